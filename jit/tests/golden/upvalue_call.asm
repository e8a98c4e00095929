0000  push rbx
0001  push rbp
0002  push r12
0004  push r13
0006  push r14
0008  push r15
000a  sub rsp, 0x28
0011  mov rbx, rdi
0014  mov rbp, [rbx+0x30]
001b  dec rbp
001e  shl rbp, 0x6
0022  mov rax, [rbx+0x28]
0029  add rax, rbp
002c  mov r15, [rax+0x10]
0033  shl r15, 0x4
0037  mov r12, [rbx]
003e  add r12, r15
0041  mov rcx, [rax+0x30]
0048  mov r13, [rcx]
004f  mov rcx, [rax+0x8]
0056  shl rcx, 0x4
005a  add rcx, [rbx]
0061  mov rcx, [rcx+0x8]
0065  mov r14, [rcx+0x20]
006c  mov esi, esi
006e  cmp rsi, 0x7
0075  jae 0x8b
007b  lea rcx, [rel 0x654]
0082  movsxd rax, [rcx+rsi*4]
0086  add rax, rcx
0089  jmp rax
008b  mov eax, 0x7
0090  jmp 0xf6
0095  cmp byte [rbx+0x48], 0x0
009c  jne 0xf1
00a2  mov rax, [rbx+0x28]
00a9  mov rcx, [rbx+0x30]
00b0  shl rcx, 0x6
00b4  lea rax, [rax+rcx-0x40]
00bc  cmp byte [rax], 0x0
00c3  jne 0xf1
00c9  mov rcx, [rax+0x30]
00d0  mov r11, [rcx+0x88]
00d7  test r11, r11
00da  je 0xf1
00e0  mov rsi, [rax+0x20]
00e7  add r11, 0x14
00ee  jmp r11
00f1  mov eax, 0x3
00f6  add rsp, 0x28
00fd  pop r15
00ff  pop r14
0101  pop r13
0103  pop r12
0105  pop rbp
0106  pop rbx
0107  ret
0108  nop
0109  nop
010a  nop
010b  nop
010c  nop
010d  nop
010e  nop
010f  nop
; [0] GetTabUp { a: 1, up: 0, k: 0 }  -- line 1
0110  mov rdx, [r14]
0117  cmp byte [rdx+0x18], 0x1
011e  jne 0x4d1
0124  cmp byte [rdx+0x20], 0x5
012b  jne 0x4d1
0131  mov rdx, [rdx+0x28]
0138  mov rax, [r13+0x8]
013f  mov r8, <addr>
0149  mov ecx, [r8]
014c  cmp rcx, [rdx+0x38]
0153  jae 0x4d1
0159  mov r9, rcx
015c  shl rcx, 0x5
0160  add rcx, [rdx+0x30]
0167  cmp byte [rcx], 0x4
016e  jne 0x4d1
0174  cmp rax, [rcx+0x8]
017b  jne 0x4d1
0181  cmp byte [rcx+0x10], 0x0
0188  je 0x4d1
018e  mov rax, [rcx+0x10]
0195  mov r10, [rcx+0x18]
019c  mov [r12+0x10], rax
01a4  mov [r12+0x18], r10
; [1] Move { a: 2, b: 0 }  -- line 1
01ac  mov rax, [r12]
01b4  mov rcx, [r12+0x8]
01bc  mov [r12+0x20], rax
01c4  mov [r12+0x28], rcx
; [2] Call { a: 1, b: 2, c: 2 }  -- line 1
01cc  mov rax, [rbx+0x28]
01d3  mov qword [rax+rbp+0x20], 0x3
01df  cmp byte [r12+0x10], 0x6
01e8  jne 0x367
01ee  cmp byte [rbx+0x48], 0x0
01f5  jne 0x367
01fb  mov rdx, [r12+0x18]
0203  mov r8, [rdx+0x18]
020a  add r8, 0x18
0211  mov r11, [r8+0x88]
0218  test r11, r11
021b  je 0x367
0221  cmp byte [r8+0x61], 0x0
0229  jne 0x367
022f  cmp dword [r8+0x80], 0x1
023a  jle 0x367
0240  mov rax, r15
0243  shr rax, 0x4
0247  add rax, 0x1
024d  movzx ecx, byte [r8+0x62]
0255  lea rcx, [rax+rcx+0x1]
025a  lea r9, [rcx+0x14]
0261  cmp r9, [rbx+0x20]
0268  ja 0x367
026e  mov r9, [rbx+0x30]
0275  cmp r9, [rbx+0x38]
027c  jae 0x367
0282  cmp r9, 0xf4240
0289  jae 0x367
028f  movzx r10d, byte [r8+0x60]
0297  sub r10d, 0x1
029e  jle 0x2bc
02a4  lea rdi, [r12+0x30]
02ac  mov byte [rdi], 0x0
02af  add rdi, 0x10
02b3  dec r10d
02b6  jne 0x2ac
02bc  dec dword [r8+0x80]
02c3  mov rdi, r9
02c6  shl rdi, 0x6
02ca  add rdi, [rbx+0x28]
02d1  mov dword [rdi], 0x0
02db  mov dword [rdi+0x4], 0x1
02e5  mov [rdi+0x8], rax
02ec  lea r10, [rax+0x1]
02f0  mov [rdi+0x10], r10
02f7  mov [rdi+0x18], rcx
02fe  mov qword [rdi+0x20], 0x0
0309  mov qword [rdi+0x28], 0x0
0314  mov [rdi+0x30], r8
031b  mov qword [rdi+0x38], 0x0
0326  inc r9
0329  mov [rbx+0x30], r9
0330  mov [rbx+0x18], rcx
0337  add rbp, 0x40
033e  mov r15, r10
0341  shl r15, 0x4
0345  mov r12, [rbx]
034c  add r12, r15
034f  mov r13, [r8]
0356  mov r14, [rdx+0x20]
035d  add r11, 0x110
0364  jmp r11
0367  mov esi, 0x1
036c  mov edx, 0x2
0371  mov ecx, 0x2
0376  mov rdi, rbx
0379  mov rax, kiln_rt_call
0383  call rax
0385  test eax, eax
0387  je 0x39d
038d  cmp eax, 0x3
0392  je 0x95
0398  jmp 0xf6
039d  cmp byte [rbx+0x48], 0x0
03a4  jne 0xf1
03aa  mov r12, [rbx]
03b1  add r12, r15
; [3] GetUpval { a: 2, b: 1 }  -- line 1
03b4  mov rdx, [r14+0x8]
03bb  cmp byte [rdx+0x18], 0x1
03c2  jne 0x3d4
03c8  lea rdx, [rdx+0x20]
03cf  jmp 0x3fa
03d4  mov rax, [rdx+0x20]
03db  cmp rax, [rbx+0x40]
03e2  jne 0x526
03e8  mov rdx, [rdx+0x28]
03ef  shl rdx, 0x4
03f3  add rdx, [rbx]
03fa  mov rax, [rdx]
03fd  mov rcx, [rdx+0x8]
0401  mov [r12+0x20], rax
0409  mov [r12+0x28], rcx
; [4] Mul { a: 1, b: 1, c: 2 }  -- line 1
0411  cmp byte [r12+0x10], 0x2
041a  jne 0x5c9
0420  cmp byte [r12+0x20], 0x2
0429  jne 0x5c9
042f  mov rax, [r12+0x18]
0437  mov rcx, [r12+0x28]
043f  imul rax, rcx
0443  mov byte [r12+0x10], 0x2
044c  mov [r12+0x18], rax
; [5] Return1 { a: 1 }  -- line 1
0454  mov rax, [rbx+0x28]
045b  mov qword [rax+rbp+0x20], 0x6
0467  mov esi, 0x1
046c  mov edx, 0x2
0471  mov rdi, rbx
0474  mov rax, kiln_rt_return
047e  call rax
0480  cmp eax, 0x3
0485  je 0x95
048b  jmp 0xf6
; [6] Return0  -- line 1
0490  mov rax, [rbx+0x28]
0497  mov qword [rax+rbp+0x20], 0x7
04a3  mov esi, 0x0
04a8  mov edx, 0x1
04ad  mov rdi, rbx
04b0  mov rax, kiln_rt_return
04ba  call rax
04bc  cmp eax, 0x3
04c1  je 0x95
04c7  jmp 0xf6
04cc  jmp 0x8b
04d1  mov rax, [rbx+0x28]
04d8  mov qword [rax+rbp+0x20], 0x1
04e4  lea rcx, [r13]
04ec  mov esi, 0x1
04f1  mov edx, 0x0
04f6  mov r8, <addr>
0500  mov rdi, rbx
0503  mov rax, kiln_rt_get_tab_up
050d  call rax
050f  test eax, eax
0511  jne 0xf6
0517  mov r12, [rbx]
051e  add r12, r15
0521  jmp 0x1ac
0526  mov rax, [rbx+0x28]
052d  mov qword [rax+rbp+0x20], 0x4
0539  mov esi, 0x2
053e  mov edx, 0x1
0543  mov rdi, rbx
0546  mov rax, kiln_rt_get_upval
0550  call rax
0552  test eax, eax
0554  jne 0xf6
055a  mov r12, [rbx]
0561  add r12, r15
0564  jmp 0x411
0569  mov rax, [rbx+0x28]
0570  mov qword [rax+rbp+0x20], 0x5
057c  lea rcx, [r12+0x10]
0584  lea r8, [r12+0x20]
058c  mov esi, 0x2
0591  mov edx, 0x1
0596  mov r9d, 0x1
059c  mov dword [rsp], 0x2
05a3  mov rdi, rbx
05a6  mov rax, kiln_rt_arith
05b0  call rax
05b2  test eax, eax
05b4  jne 0xf6
05ba  mov r12, [rbx]
05c1  add r12, r15
05c4  jmp 0x454
05c9  cmp byte [r12+0x10], 0x3
05d2  jne 0x5e7
05d8  movsd xmm0, [r12+0x18]
05e2  jmp 0x600
05e7  cmp byte [r12+0x10], 0x2
05f0  jne 0x569
05f6  cvtsi2sd xmm0, qword [r12+0x18]
0600  cmp byte [r12+0x20], 0x3
0609  jne 0x61e
060f  movsd xmm1, [r12+0x28]
0619  jmp 0x637
061e  cmp byte [r12+0x20], 0x2
0627  jne 0x569
062d  cvtsi2sd xmm1, qword [r12+0x28]
0637  mulsd xmm0, xmm1
063b  mov byte [r12+0x10], 0x3
0644  movsd [r12+0x18], xmm0
064e  jmp 0x454
0653  nop

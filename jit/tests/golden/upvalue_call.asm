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
007b  lea rcx, [rel 0x80c]
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
011e  jne 0x5b3
0124  cmp byte [rdx+0x20], 0x5
012b  jne 0x5b3
0131  mov rdx, [rdx+0x28]
0138  mov rax, [r13+0x8]
013f  mov r8, <addr>
0149  mov ecx, [r8]
014c  cmp rcx, [rdx+0x38]
0153  jae 0x5b3
0159  mov r9, rcx
015c  shl rcx, 0x5
0160  add rcx, [rdx+0x30]
0167  cmp byte [rcx], 0x4
016e  jne 0x5b3
0174  cmp rax, [rcx+0x8]
017b  jne 0x5b3
0181  cmp byte [rcx+0x10], 0x0
0188  je 0x5b3
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
01e8  jne 0x371
01ee  cmp byte [rbx+0x48], 0x0
01f5  jne 0x371
01fb  mov rdx, [r12+0x18]
0203  mov r8, [rdx+0x18]
020a  add r8, 0x18
0211  mov r11, [r8+0x88]
0218  test r11, r11
021b  je 0x371
0221  cmp byte [r8+0x61], 0x0
0229  jne 0x371
022f  cmp dword [r8+0x80], 0x1
023a  jle 0x371
0240  mov rax, r15
0243  shr rax, 0x4
0247  add rax, 0x1
024d  movzx ecx, byte [r8+0x62]
0255  lea rcx, [rax+rcx+0x1]
025a  lea r9, [rcx+0x14]
0261  cmp r9, [rbx+0x20]
0268  ja 0x371
026e  mov r9, [rbx+0x30]
0275  cmp r9, [rbx+0x38]
027c  jae 0x371
0282  cmp r9, 0xf4240
0289  jae 0x371
028f  lea rsi, [r12+0x20]
0297  movzx r10d, byte [r8+0x60]
029f  sub r10d, 0x1
02a6  jle 0x2c3
02ac  add rsi, 0x10
02b3  mov byte [rsi], 0x0
02b6  add rsi, 0x10
02ba  dec r10d
02bd  jne 0x2b3
02c3  dec dword [r8+0x80]
02ca  mov rdi, r9
02cd  shl rdi, 0x6
02d1  add rdi, [rbx+0x28]
02d8  mov dword [rdi], 0x0
02e2  mov dword [rdi+0x4], 0x1
02ec  mov [rdi+0x8], rax
02f3  lea r10, [rax+0x1]
02f7  mov [rdi+0x10], r10
02fe  mov [rdi+0x18], rcx
0305  mov qword [rdi+0x20], 0x0
0310  mov qword [rdi+0x28], 0x0
031b  mov [rdi+0x30], r8
0322  lea rsi, [rel 0x608]
0329  mov [rdi+0x38], rsi
0330  inc r9
0333  mov [rbx+0x30], r9
033a  mov [rbx+0x18], rcx
0341  add rbp, 0x40
0348  mov r15, r10
034b  shl r15, 0x4
034f  mov r12, [rbx]
0356  add r12, r15
0359  mov r13, [r8]
0360  mov r14, [rdx+0x20]
0367  add r11, 0x110
036e  jmp r11
0371  mov esi, 0x1
0376  mov edx, 0x2
037b  mov ecx, 0x2
0380  mov rdi, rbx
0383  mov rax, kiln_rt_call
038d  call rax
038f  test eax, eax
0391  je 0x3a7
0397  cmp eax, 0x3
039c  je 0x95
03a2  jmp 0xf6
03a7  cmp byte [rbx+0x48], 0x0
03ae  jne 0xf1
03b4  mov r12, [rbx]
03bb  add r12, r15
; [3] GetUpval { a: 2, b: 1 }  -- line 1
03be  mov rdx, [r14+0x8]
03c5  cmp byte [rdx+0x18], 0x1
03cc  jne 0x3de
03d2  lea rdx, [rdx+0x20]
03d9  jmp 0x404
03de  mov rax, [rdx+0x20]
03e5  cmp rax, [rbx+0x40]
03ec  jne 0x665
03f2  mov rdx, [rdx+0x28]
03f9  shl rdx, 0x4
03fd  add rdx, [rbx]
0404  mov rax, [rdx]
0407  mov rcx, [rdx+0x8]
040b  mov [r12+0x20], rax
0413  mov [r12+0x28], rcx
; [4] Mul { a: 1, b: 1, c: 2 }  -- line 1
041b  cmp byte [r12+0x10], 0x2
0424  jne 0x708
042a  cmp byte [r12+0x20], 0x2
0433  jne 0x708
0439  mov rax, [r12+0x18]
0441  mov rcx, [r12+0x28]
0449  imul rax, rcx
044d  mov byte [r12+0x10], 0x2
0456  mov [r12+0x18], rax
; [5] Return1 { a: 1 }  -- line 1
045e  cmp byte [rbx+0x48], 0x0
0465  jne 0x792
046b  mov rax, [rbx+0x28]
0472  add rax, rbp
0475  test word [rax-0x40], 0x1ff
047e  jne 0x792
0484  mov ecx, [rax+0x4]
048a  lea edx, [rcx+0x1]
048d  cmp edx, 0x2
0493  ja 0x792
0499  mov r8d, ecx
049c  mov edx, 0x1
04a1  test ecx, ecx
04a3  cmovs ecx, edx
04a6  mov r9, [rax+0x8]
04ad  mov rdi, r9
04b0  shl rdi, 0x4
04b4  add rdi, [rbx]
04bb  cmp ecx, 0x0
04c1  je 0x4e5
04c7  mov rdx, [r12+0x10]
04cf  mov rsi, [r12+0x18]
04d7  mov [rdi], rdx
04de  mov [rdi+0x8], rsi
04e5  mov rdx, [rax-0x28]
04ec  lea rsi, [r9+0x1]
04f3  test r8d, r8d
04f6  cmovs rdx, rsi
04fa  mov [rbx+0x18], rdx
0501  dec qword [rbx+0x30]
0508  mov r10, [rax+0x38]
050f  test r10, r10
0512  je 0x95
0518  jmp r10
; [6] Return0  -- line 1
051b  cmp byte [rbx+0x48], 0x0
0522  jne 0x7ce
0528  mov rax, [rbx+0x28]
052f  add rax, rbp
0532  test word [rax-0x40], 0x1ff
053b  jne 0x7ce
0541  mov ecx, [rax+0x4]
0547  lea edx, [rcx+0x1]
054a  cmp edx, 0x1
0550  ja 0x7ce
0556  mov r8d, ecx
0559  mov edx, 0x0
055e  test ecx, ecx
0560  cmovs ecx, edx
0563  mov r9, [rax+0x8]
056a  mov rdi, r9
056d  shl rdi, 0x4
0571  add rdi, [rbx]
0578  mov rdx, [rax-0x28]
057f  lea rsi, [r9]
0586  test r8d, r8d
0589  cmovs rdx, rsi
058d  mov [rbx+0x18], rdx
0594  dec qword [rbx+0x30]
059b  mov r10, [rax+0x38]
05a2  test r10, r10
05a5  je 0x95
05ab  jmp r10
05ae  jmp 0x8b
05b3  mov rax, [rbx+0x28]
05ba  mov qword [rax+rbp+0x20], 0x1
05c6  lea rcx, [r13]
05ce  mov esi, 0x1
05d3  mov edx, 0x0
05d8  mov r8, <addr>
05e2  mov rdi, rbx
05e5  mov rax, kiln_rt_get_tab_up
05ef  call rax
05f1  test eax, eax
05f3  jne 0xf6
05f9  mov r12, [rbx]
0600  add r12, r15
0603  jmp 0x1ac
0608  mov rbp, [rbx+0x30]
060f  dec rbp
0612  shl rbp, 0x6
0616  mov rax, [rbx+0x28]
061d  add rax, rbp
0620  mov r15, [rax+0x10]
0627  shl r15, 0x4
062b  mov r12, [rbx]
0632  add r12, r15
0635  mov rcx, [rax+0x30]
063c  mov r13, [rcx]
0643  mov rcx, [rax+0x8]
064a  shl rcx, 0x4
064e  add rcx, [rbx]
0655  mov rcx, [rcx+0x8]
0659  mov r14, [rcx+0x20]
0660  jmp 0x3be
0665  mov rax, [rbx+0x28]
066c  mov qword [rax+rbp+0x20], 0x4
0678  mov esi, 0x2
067d  mov edx, 0x1
0682  mov rdi, rbx
0685  mov rax, kiln_rt_get_upval
068f  call rax
0691  test eax, eax
0693  jne 0xf6
0699  mov r12, [rbx]
06a0  add r12, r15
06a3  jmp 0x41b
06a8  mov rax, [rbx+0x28]
06af  mov qword [rax+rbp+0x20], 0x5
06bb  lea rcx, [r12+0x10]
06c3  lea r8, [r12+0x20]
06cb  mov esi, 0x2
06d0  mov edx, 0x1
06d5  mov r9d, 0x1
06db  mov dword [rsp], 0x2
06e2  mov rdi, rbx
06e5  mov rax, kiln_rt_arith
06ef  call rax
06f1  test eax, eax
06f3  jne 0xf6
06f9  mov r12, [rbx]
0700  add r12, r15
0703  jmp 0x45e
0708  cmp byte [r12+0x10], 0x3
0711  jne 0x726
0717  movsd xmm0, [r12+0x18]
0721  jmp 0x73f
0726  cmp byte [r12+0x10], 0x2
072f  jne 0x6a8
0735  cvtsi2sd xmm0, qword [r12+0x18]
073f  cmp byte [r12+0x20], 0x3
0748  jne 0x75d
074e  movsd xmm1, [r12+0x28]
0758  jmp 0x776
075d  cmp byte [r12+0x20], 0x2
0766  jne 0x6a8
076c  cvtsi2sd xmm1, qword [r12+0x28]
0776  mulsd xmm0, xmm1
077a  mov byte [r12+0x10], 0x3
0783  movsd [r12+0x18], xmm0
078d  jmp 0x45e
0792  mov rax, [rbx+0x28]
0799  mov qword [rax+rbp+0x20], 0x6
07a5  mov esi, 0x1
07aa  mov edx, 0x2
07af  mov rdi, rbx
07b2  mov rax, kiln_rt_return
07bc  call rax
07be  cmp eax, 0x3
07c3  je 0x95
07c9  jmp 0xf6
07ce  mov rax, [rbx+0x28]
07d5  mov qword [rax+rbp+0x20], 0x7
07e1  mov esi, 0x0
07e6  mov edx, 0x1
07eb  mov rdi, rbx
07ee  mov rax, kiln_rt_return
07f8  call rax
07fa  cmp eax, 0x3
07ff  je 0x95
0805  jmp 0xf6
080a  nop
080b  nop

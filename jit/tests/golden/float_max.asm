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
007b  lea rcx, [rel 0x41c]
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
; [0] Lt { a: 0, b: 1, k: false }  -- line 1
0110  cmp byte [r12], 0x2
0119  jne 0x31f
011f  cmp byte [r12+0x10], 0x2
0128  jne 0x31f
012e  mov rax, [r12+0x8]
0136  cmp rax, [r12+0x18]
013e  jl 0x14e
0144  jmp 0x1e1
; [1] Jmp { to: 4 }  -- line 1
0149  jmp 0x1e1
; [2] MulK { a: 2, b: 1, k: 0, flip: false }  -- line 1
014e  cmp byte [r12+0x10], 0x3
0157  jne 0x16c
015d  movsd xmm0, [r12+0x18]
0167  jmp 0x185
016c  cmp byte [r12+0x10], 0x2
0175  jne 0x35c
017b  cvtsi2sd xmm0, qword [r12+0x18]
0185  movsd xmm1, [r13+0x8]
018e  mulsd xmm0, xmm1
0192  mov byte [r12+0x20], 0x3
019b  movsd [r12+0x28], xmm0
; [3] Return1 { a: 2 }  -- line 1
01a5  mov rax, [rbx+0x28]
01ac  mov qword [rax+rbp+0x20], 0x4
01b8  mov esi, 0x2
01bd  mov edx, 0x2
01c2  mov rdi, rbx
01c5  mov rax, kiln_rt_return
01cf  call rax
01d1  cmp eax, 0x3
01d6  je 0x95
01dc  jmp 0xf6
; [4] DivK { a: 2, b: 0, k: 1 }  -- line 1
01e1  cmp byte [r12], 0x3
01ea  jne 0x1ff
01f0  movsd xmm0, [r12+0x8]
01fa  jmp 0x218
01ff  cmp byte [r12], 0x2
0208  jne 0x3bc
020e  cvtsi2sd xmm0, qword [r12+0x8]
0218  cvtsi2sd xmm1, qword [r13+0x18]
0221  divsd xmm0, xmm1
0225  mov byte [r12+0x20], 0x3
022e  movsd [r12+0x28], xmm0
; [5] Return1 { a: 2 }  -- line 1
0238  mov rax, [rbx+0x28]
023f  mov qword [rax+rbp+0x20], 0x6
024b  mov esi, 0x2
0250  mov edx, 0x2
0255  mov rdi, rbx
0258  mov rax, kiln_rt_return
0262  call rax
0264  cmp eax, 0x3
0269  je 0x95
026f  jmp 0xf6
; [6] Return0  -- line 1
0274  mov rax, [rbx+0x28]
027b  mov qword [rax+rbp+0x20], 0x7
0287  mov esi, 0x0
028c  mov edx, 0x1
0291  mov rdi, rbx
0294  mov rax, kiln_rt_return
029e  call rax
02a0  cmp eax, 0x3
02a5  je 0x95
02ab  jmp 0xf6
02b0  jmp 0x8b
02b5  mov rax, [rbx+0x28]
02bc  mov qword [rax+rbp+0x20], 0x1
02c8  lea rdx, [r12]
02d0  lea rcx, [r12+0x10]
02d8  mov esi, 0x0
02dd  mov rdi, rbx
02e0  mov rax, kiln_rt_compare
02ea  call rax
02ec  cmp eax, 0x5
02f1  je 0x302
02f7  cmp eax, 0x6
02fc  jne 0xf6
0302  mov ecx, eax
0304  mov r12, [rbx]
030b  add r12, r15
030e  cmp ecx, 0x5
0314  je 0x14e
031a  jmp 0x1e1
031f  cmp byte [r12], 0x3
0328  jne 0x2b5
032e  cmp byte [r12+0x10], 0x3
0337  jne 0x2b5
033d  movsd xmm0, [r12+0x18]
0347  ucomisd xmm0, [r12+0x8]
0351  ja 0x14e
0357  jmp 0x1e1
035c  mov rax, [rbx+0x28]
0363  mov qword [rax+rbp+0x20], 0x3
036f  lea rcx, [r12+0x10]
0377  lea r8, [r13]
037f  mov esi, 0x2
0384  mov edx, 0x2
0389  mov r9d, 0x1
038f  mov dword [rsp], 0xffffffff
0396  mov rdi, rbx
0399  mov rax, kiln_rt_arith
03a3  call rax
03a5  test eax, eax
03a7  jne 0xf6
03ad  mov r12, [rbx]
03b4  add r12, r15
03b7  jmp 0x1a5
03bc  mov rax, [rbx+0x28]
03c3  mov qword [rax+rbp+0x20], 0x5
03cf  lea rcx, [r12]
03d7  lea r8, [r13+0x10]
03df  mov esi, 0x5
03e4  mov edx, 0x2
03e9  mov r9d, 0x0
03ef  mov dword [rsp], 0xffffffff
03f6  mov rdi, rbx
03f9  mov rax, kiln_rt_arith
0403  call rax
0405  test eax, eax
0407  jne 0xf6
040d  mov r12, [rbx]
0414  add r12, r15
0417  jmp 0x238

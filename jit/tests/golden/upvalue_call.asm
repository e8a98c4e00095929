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
007b  lea rcx, [rel 0x89c]
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
011e  jne 0x130
0124  lea rdx, [rdx+0x20]
012b  jmp 0x16d
0130  mov rax, [rdx+0x20]
0137  cmp rax, [rbx+0x40]
013e  jne 0x15b
0144  mov rdx, [rdx+0x28]
014b  shl rdx, 0x4
014f  add rdx, [rbx]
0156  jmp 0x16d
015b  mov rdx, [rdx+0x28]
0162  shl rdx, 0x4
0166  add rdx, [rax+0x48]
016d  cmp byte [rdx], 0x5
0170  jne 0x686
0176  mov rdx, [rdx+0x8]
017a  mov rax, [r13+0x8]
0181  mov r8, <addr>
018b  mov ecx, [r8]
018e  cmp rcx, [rdx+0x38]
0195  jae 0x686
019b  mov r9, rcx
019e  shl rcx, 0x5
01a2  add rcx, [rdx+0x30]
01a9  cmp byte [rcx], 0x4
01b0  jne 0x686
01b6  cmp rax, [rcx+0x8]
01bd  jne 0x686
01c3  cmp byte [rcx+0x10], 0x0
01ca  je 0x686
01d0  mov rax, [rcx+0x10]
01d7  mov r10, [rcx+0x18]
01de  mov [r12+0x10], rax
01e6  mov [r12+0x18], r10
; [1] Move { a: 2, b: 0 }  -- line 1
01ee  mov rax, [r12]
01f6  mov rcx, [r12+0x8]
01fe  mov [r12+0x20], rax
0206  mov [r12+0x28], rcx
; [2] Call { a: 1, b: 2, c: 2 }  -- line 1
020e  mov rax, [rbx+0x28]
0215  mov qword [rax+rbp+0x20], 0x3
0221  cmp byte [r12+0x10], 0x6
022a  jne 0x3b3
0230  cmp byte [rbx+0x48], 0x0
0237  jne 0x3b3
023d  mov rdx, [r12+0x18]
0245  mov r8, [rdx+0x18]
024c  add r8, 0x18
0253  mov r11, [r8+0x88]
025a  test r11, r11
025d  je 0x3b3
0263  cmp byte [r8+0x61], 0x0
026b  jne 0x3b3
0271  cmp dword [r8+0x80], 0x1
027c  jle 0x3b3
0282  mov rax, r15
0285  shr rax, 0x4
0289  add rax, 0x1
028f  movzx ecx, byte [r8+0x62]
0297  lea rcx, [rax+rcx+0x1]
029c  lea r9, [rcx+0x14]
02a3  cmp r9, [rbx+0x20]
02aa  ja 0x3b3
02b0  mov r9, [rbx+0x30]
02b7  cmp r9, [rbx+0x38]
02be  jae 0x3b3
02c4  cmp r9, 0xf4240
02cb  jae 0x3b3
02d1  lea rsi, [r12+0x20]
02d9  movzx r10d, byte [r8+0x60]
02e1  sub r10d, 0x1
02e8  jle 0x305
02ee  add rsi, 0x10
02f5  mov byte [rsi], 0x0
02f8  add rsi, 0x10
02fc  dec r10d
02ff  jne 0x2f5
0305  dec dword [r8+0x80]
030c  mov rdi, r9
030f  shl rdi, 0x6
0313  add rdi, [rbx+0x28]
031a  mov dword [rdi], 0x0
0324  mov dword [rdi+0x4], 0x1
032e  mov [rdi+0x8], rax
0335  lea r10, [rax+0x1]
0339  mov [rdi+0x10], r10
0340  mov [rdi+0x18], rcx
0347  mov qword [rdi+0x20], 0x0
0352  mov qword [rdi+0x28], 0x0
035d  mov [rdi+0x30], r8
0364  lea rsi, [rel 0x6db]
036b  mov [rdi+0x38], rsi
0372  inc r9
0375  mov [rbx+0x30], r9
037c  mov [rbx+0x18], rcx
0383  add rbp, 0x40
038a  mov r15, r10
038d  shl r15, 0x4
0391  mov r12, [rbx]
0398  add r12, r15
039b  mov r13, [r8]
03a2  mov r14, [rdx+0x20]
03a9  add r11, 0x110
03b0  jmp r11
03b3  mov esi, 0x1
03b8  mov edx, 0x2
03bd  mov ecx, 0x2
03c2  mov rdi, rbx
03c5  mov rax, kiln_rt_call
03cf  call rax
03d1  test eax, eax
03d3  je 0x3e9
03d9  cmp eax, 0x3
03de  je 0x95
03e4  jmp 0xf6
03e9  cmp byte [rbx+0x48], 0x0
03f0  jne 0xf1
03f6  mov r12, [rbx]
03fd  add r12, r15
; [3] GetUpval { a: 2, b: 1 }  -- line 1
0400  mov rdx, [r14+0x8]
0407  cmp byte [rdx+0x18], 0x1
040e  jne 0x420
0414  lea rdx, [rdx+0x20]
041b  jmp 0x45d
0420  mov rax, [rdx+0x20]
0427  cmp rax, [rbx+0x40]
042e  jne 0x44b
0434  mov rdx, [rdx+0x28]
043b  shl rdx, 0x4
043f  add rdx, [rbx]
0446  jmp 0x45d
044b  mov rdx, [rdx+0x28]
0452  shl rdx, 0x4
0456  add rdx, [rax+0x48]
045d  mov rax, [rdx]
0460  mov rcx, [rdx+0x8]
0464  mov [r12+0x20], rax
046c  mov [r12+0x28], rcx
; [4] Mul { a: 1, b: 1, c: 2 }  -- line 1
0474  cmp byte [r12+0x10], 0x2
047d  jne 0x798
0483  cmp byte [r12+0x20], 0x2
048c  jne 0x798
0492  mov rax, [r12+0x18]
049a  mov rcx, [r12+0x28]
04a2  imul rax, rcx
04a6  mov byte [r12+0x10], 0x2
04af  mov [r12+0x18], rax
; [5] Return1 { a: 1 }  -- line 1
04b7  cmp byte [rbx+0x48], 0x0
04be  jne 0x822
04c4  mov rax, [rbx+0x28]
04cb  add rax, rbp
04ce  movzx ecx, word [rax-0x40]
04d5  xor r11d, r11d
04d8  test ecx, 0x1ff
04de  je 0x4fc
04e4  cmp cl, 0x3
04e7  jne 0x822
04ed  test ecx, 0x1000
04f3  jne 0x822
04f9  inc r11d
04fc  mov ecx, [rax+0x4]
0502  lea edx, [rcx+0x1]
0505  cmp edx, 0x2
050b  ja 0x822
0511  mov r8d, ecx
0514  mov edx, 0x1
0519  test ecx, ecx
051b  cmovs ecx, edx
051e  mov r9, [rax+0x8]
0525  mov rdi, r9
0528  shl rdi, 0x4
052c  add rdi, [rbx]
0533  cmp ecx, 0x0
0539  je 0x55d
053f  mov rdx, [r12+0x10]
0547  mov rsi, [r12+0x18]
054f  mov [rdi], rdx
0556  mov [rdi+0x8], rsi
055d  dec qword [rbx+0x30]
0564  test r11d, r11d
0567  jne 0x59c
056d  mov rdx, [rax-0x28]
0574  lea rsi, [r9+0x1]
057b  test r8d, r8d
057e  cmovs rdx, rsi
0582  mov [rbx+0x18], rdx
0589  mov r10, [rax+0x38]
0590  test r10, r10
0593  je 0x95
0599  jmp r10
059c  lea rdx, [r9+rcx]
05a0  mov [rbx+0x18], rdx
05a7  mov eax, 0x4
05ac  jmp 0xf6
; [6] Return0  -- line 1
05b1  cmp byte [rbx+0x48], 0x0
05b8  jne 0x85e
05be  mov rax, [rbx+0x28]
05c5  add rax, rbp
05c8  movzx ecx, word [rax-0x40]
05cf  xor r11d, r11d
05d2  test ecx, 0x1ff
05d8  je 0x5f6
05de  cmp cl, 0x3
05e1  jne 0x85e
05e7  test ecx, 0x1000
05ed  jne 0x85e
05f3  inc r11d
05f6  mov ecx, [rax+0x4]
05fc  lea edx, [rcx+0x1]
05ff  cmp edx, 0x1
0605  ja 0x85e
060b  mov r8d, ecx
060e  mov edx, 0x0
0613  test ecx, ecx
0615  cmovs ecx, edx
0618  mov r9, [rax+0x8]
061f  mov rdi, r9
0622  shl rdi, 0x4
0626  add rdi, [rbx]
062d  dec qword [rbx+0x30]
0634  test r11d, r11d
0637  jne 0x66c
063d  mov rdx, [rax-0x28]
0644  lea rsi, [r9]
064b  test r8d, r8d
064e  cmovs rdx, rsi
0652  mov [rbx+0x18], rdx
0659  mov r10, [rax+0x38]
0660  test r10, r10
0663  je 0x95
0669  jmp r10
066c  lea rdx, [r9+rcx]
0670  mov [rbx+0x18], rdx
0677  mov eax, 0x4
067c  jmp 0xf6
0681  jmp 0x8b
0686  mov rax, [rbx+0x28]
068d  mov qword [rax+rbp+0x20], 0x1
0699  lea rcx, [r13]
06a1  mov esi, 0x1
06a6  mov edx, 0x0
06ab  mov r8, <addr>
06b5  mov rdi, rbx
06b8  mov rax, kiln_rt_get_tab_up
06c2  call rax
06c4  test eax, eax
06c6  jne 0xf6
06cc  mov r12, [rbx]
06d3  add r12, r15
06d6  jmp 0x1ee
06db  mov rbp, [rbx+0x30]
06e2  dec rbp
06e5  shl rbp, 0x6
06e9  mov rax, [rbx+0x28]
06f0  add rax, rbp
06f3  mov r15, [rax+0x10]
06fa  shl r15, 0x4
06fe  mov r12, [rbx]
0705  add r12, r15
0708  mov rcx, [rax+0x30]
070f  mov r13, [rcx]
0716  mov rcx, [rax+0x8]
071d  shl rcx, 0x4
0721  add rcx, [rbx]
0728  mov rcx, [rcx+0x8]
072c  mov r14, [rcx+0x20]
0733  jmp 0x400
0738  mov rax, [rbx+0x28]
073f  mov qword [rax+rbp+0x20], 0x5
074b  lea rcx, [r12+0x10]
0753  lea r8, [r12+0x20]
075b  mov esi, 0x2
0760  mov edx, 0x1
0765  mov r9d, 0x1
076b  mov dword [rsp], 0x2
0772  mov rdi, rbx
0775  mov rax, kiln_rt_arith
077f  call rax
0781  test eax, eax
0783  jne 0xf6
0789  mov r12, [rbx]
0790  add r12, r15
0793  jmp 0x4b7
0798  cmp byte [r12+0x10], 0x3
07a1  jne 0x7b6
07a7  movsd xmm0, [r12+0x18]
07b1  jmp 0x7cf
07b6  cmp byte [r12+0x10], 0x2
07bf  jne 0x738
07c5  cvtsi2sd xmm0, qword [r12+0x18]
07cf  cmp byte [r12+0x20], 0x3
07d8  jne 0x7ed
07de  movsd xmm1, [r12+0x28]
07e8  jmp 0x806
07ed  cmp byte [r12+0x20], 0x2
07f6  jne 0x738
07fc  cvtsi2sd xmm1, qword [r12+0x28]
0806  mulsd xmm0, xmm1
080a  mov byte [r12+0x10], 0x3
0813  movsd [r12+0x18], xmm0
081d  jmp 0x4b7
0822  mov rax, [rbx+0x28]
0829  mov qword [rax+rbp+0x20], 0x6
0835  mov esi, 0x1
083a  mov edx, 0x2
083f  mov rdi, rbx
0842  mov rax, kiln_rt_return
084c  call rax
084e  cmp eax, 0x3
0853  je 0x95
0859  jmp 0xf6
085e  mov rax, [rbx+0x28]
0865  mov qword [rax+rbp+0x20], 0x7
0871  mov esi, 0x0
0876  mov edx, 0x1
087b  mov rdi, rbx
087e  mov rax, kiln_rt_return
0888  call rax
088a  cmp eax, 0x3
088f  je 0x95
0895  jmp 0xf6
089a  nop
089b  nop

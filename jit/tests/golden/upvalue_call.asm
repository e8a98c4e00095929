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
007b  lea rcx, [rel 0x934]
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
0170  jne 0x720
0176  mov rdx, [rdx+0x8]
017a  mov rax, [r13+0x8]
0181  mov r8, <addr>
018b  mov ecx, [r8]
018e  cmp rcx, [rdx+0x38]
0195  jae 0x720
019b  mov r9, rcx
019e  shl rcx, 0x5
01a2  add rcx, [rdx+0x30]
01a9  cmp byte [rcx], 0x4
01b0  jne 0x720
01b6  cmp rax, [rcx+0x8]
01bd  jne 0x720
01c3  cmp byte [rcx+0x10], 0x0
01ca  je 0x720
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
022a  jne 0x39b
0230  cmp byte [rbx+0x48], 0x0
0237  jne 0x39b
023d  mov rdx, [r12+0x18]
0245  mov r8, [rdx+0x18]
024c  add r8, 0x18
0253  mov r11, [r8+0x88]
025a  test r11, r11
025d  je 0x39b
0263  cmp byte [r8+0x61], 0x0
026b  jne 0x39b
0271  mov rax, r15
0274  shr rax, 0x4
0278  add rax, 0x1
027e  movzx ecx, byte [r8+0x62]
0286  lea rcx, [rax+rcx+0x1]
028b  lea r9, [rcx+0x14]
0292  cmp r9, [rbx+0x20]
0299  ja 0x39b
029f  mov r9, [rbx+0x30]
02a6  cmp r9, [rbx+0x38]
02ad  jae 0x39b
02b3  cmp r9, 0xf4240
02ba  jae 0x39b
02c0  lea rsi, [r12+0x20]
02c8  movzx r10d, byte [r8+0x60]
02d0  sub r10d, 0x1
02d7  jle 0x2f4
02dd  add rsi, 0x10
02e4  mov byte [rsi], 0x0
02e7  add rsi, 0x10
02eb  dec r10d
02ee  jne 0x2e4
02f4  mov rdi, r9
02f7  shl rdi, 0x6
02fb  add rdi, [rbx+0x28]
0302  mov dword [rdi], 0x0
030c  mov dword [rdi+0x4], 0x1
0316  mov [rdi+0x8], rax
031d  lea r10, [rax+0x1]
0321  mov [rdi+0x10], r10
0328  mov [rdi+0x18], rcx
032f  mov qword [rdi+0x20], 0x0
033a  mov qword [rdi+0x28], 0x0
0345  mov [rdi+0x30], r8
034c  lea rsi, [rel 0x775]
0353  mov [rdi+0x38], rsi
035a  inc r9
035d  mov [rbx+0x30], r9
0364  mov [rbx+0x18], rcx
036b  add rbp, 0x40
0372  mov r15, r10
0375  shl r15, 0x4
0379  mov r12, [rbx]
0380  add r12, r15
0383  mov r13, [r8]
038a  mov r14, [rdx+0x20]
0391  add r11, 0x110
0398  jmp r11
039b  mov esi, 0x1
03a0  mov edx, 0x2
03a5  mov ecx, 0x2
03aa  mov rdi, rbx
03ad  mov rax, kiln_rt_call
03b7  call rax
03b9  test eax, eax
03bb  je 0x3d1
03c1  cmp eax, 0x3
03c6  je 0x95
03cc  jmp 0xf6
03d1  cmp byte [rbx+0x48], 0x0
03d8  jne 0xf1
03de  mov r12, [rbx]
03e5  add r12, r15
; [3] GetUpval { a: 2, b: 1 }  -- line 1
03e8  mov rdx, [r14+0x8]
03ef  cmp byte [rdx+0x18], 0x1
03f6  jne 0x408
03fc  lea rdx, [rdx+0x20]
0403  jmp 0x445
0408  mov rax, [rdx+0x20]
040f  cmp rax, [rbx+0x40]
0416  jne 0x433
041c  mov rdx, [rdx+0x28]
0423  shl rdx, 0x4
0427  add rdx, [rbx]
042e  jmp 0x445
0433  mov rdx, [rdx+0x28]
043a  shl rdx, 0x4
043e  add rdx, [rax+0x48]
0445  mov rax, [rdx]
0448  mov rcx, [rdx+0x8]
044c  mov [r12+0x20], rax
0454  mov [r12+0x28], rcx
; [4] Mul { a: 1, b: 1, c: 2 }  -- line 1
045c  cmp byte [r12+0x10], 0x2
0465  jne 0x832
046b  cmp byte [r12+0x20], 0x2
0474  jne 0x832
047a  mov rax, [r12+0x18]
0482  mov rcx, [r12+0x28]
048a  imul rax, rcx
048e  mov byte [r12+0x10], 0x2
0497  mov [r12+0x18], rax
; [5] Return1 { a: 1 }  -- line 1
049f  cmp byte [rbx+0x48], 0x0
04a6  jne 0x8bc
04ac  mov rax, [rbx+0x28]
04b3  add rax, rbp
04b6  movzx ecx, word [rax-0x40]
04bd  xor r11d, r11d
04c0  test ecx, 0x1ff
04c6  jne 0x534
04cc  cmp dword [rax+0x4], 0x1
04d6  jne 0x54c
04dc  mov rdi, [rax+0x8]
04e3  shl rdi, 0x4
04e7  add rdi, [rbx]
04ee  mov rdx, [r12+0x10]
04f6  mov rsi, [r12+0x18]
04fe  mov [rdi], rdx
0505  mov [rdi+0x8], rsi
050c  dec qword [rbx+0x30]
0513  mov rdx, [rax-0x28]
051a  mov [rbx+0x18], rdx
0521  mov r10, [rax+0x38]
0528  test r10, r10
052b  je 0x95
0531  jmp r10
0534  cmp cl, 0x3
0537  jne 0x8bc
053d  test ecx, 0x1000
0543  jne 0x8bc
0549  inc r11d
054c  mov ecx, [rax+0x4]
0552  lea edx, [rcx+0x1]
0555  cmp edx, 0x2
055b  ja 0x8bc
0561  mov r8d, ecx
0564  mov edx, 0x1
0569  test ecx, ecx
056b  cmovs ecx, edx
056e  mov r9, [rax+0x8]
0575  mov rdi, r9
0578  shl rdi, 0x4
057c  add rdi, [rbx]
0583  cmp ecx, 0x0
0589  je 0x5ad
058f  mov rdx, [r12+0x10]
0597  mov rsi, [r12+0x18]
059f  mov [rdi], rdx
05a6  mov [rdi+0x8], rsi
05ad  dec qword [rbx+0x30]
05b4  test r11d, r11d
05b7  jne 0x5ec
05bd  mov rdx, [rax-0x28]
05c4  lea rsi, [r9+0x1]
05cb  test r8d, r8d
05ce  cmovs rdx, rsi
05d2  mov [rbx+0x18], rdx
05d9  mov r10, [rax+0x38]
05e0  test r10, r10
05e3  je 0x95
05e9  jmp r10
05ec  lea rdx, [r9+rcx]
05f0  mov [rbx+0x18], rdx
05f7  mov eax, 0x4
05fc  jmp 0xf6
; [6] Return0  -- line 1
0601  cmp byte [rbx+0x48], 0x0
0608  jne 0x8f8
060e  mov rax, [rbx+0x28]
0615  add rax, rbp
0618  movzx ecx, word [rax-0x40]
061f  xor r11d, r11d
0622  test ecx, 0x1ff
0628  jne 0x678
062e  cmp dword [rax+0x4], 0x0
0638  jne 0x690
063e  mov rdi, [rax+0x8]
0645  shl rdi, 0x4
0649  add rdi, [rbx]
0650  dec qword [rbx+0x30]
0657  mov rdx, [rax-0x28]
065e  mov [rbx+0x18], rdx
0665  mov r10, [rax+0x38]
066c  test r10, r10
066f  je 0x95
0675  jmp r10
0678  cmp cl, 0x3
067b  jne 0x8f8
0681  test ecx, 0x1000
0687  jne 0x8f8
068d  inc r11d
0690  mov ecx, [rax+0x4]
0696  lea edx, [rcx+0x1]
0699  cmp edx, 0x1
069f  ja 0x8f8
06a5  mov r8d, ecx
06a8  mov edx, 0x0
06ad  test ecx, ecx
06af  cmovs ecx, edx
06b2  mov r9, [rax+0x8]
06b9  mov rdi, r9
06bc  shl rdi, 0x4
06c0  add rdi, [rbx]
06c7  dec qword [rbx+0x30]
06ce  test r11d, r11d
06d1  jne 0x706
06d7  mov rdx, [rax-0x28]
06de  lea rsi, [r9]
06e5  test r8d, r8d
06e8  cmovs rdx, rsi
06ec  mov [rbx+0x18], rdx
06f3  mov r10, [rax+0x38]
06fa  test r10, r10
06fd  je 0x95
0703  jmp r10
0706  lea rdx, [r9+rcx]
070a  mov [rbx+0x18], rdx
0711  mov eax, 0x4
0716  jmp 0xf6
071b  jmp 0x8b
0720  mov rax, [rbx+0x28]
0727  mov qword [rax+rbp+0x20], 0x1
0733  lea rcx, [r13]
073b  mov esi, 0x1
0740  mov edx, 0x0
0745  mov r8, <addr>
074f  mov rdi, rbx
0752  mov rax, kiln_rt_get_tab_up
075c  call rax
075e  test eax, eax
0760  jne 0xf6
0766  mov r12, [rbx]
076d  add r12, r15
0770  jmp 0x1ee
0775  mov rbp, [rbx+0x30]
077c  dec rbp
077f  shl rbp, 0x6
0783  mov rax, [rbx+0x28]
078a  add rax, rbp
078d  mov r15, [rax+0x10]
0794  shl r15, 0x4
0798  mov r12, [rbx]
079f  add r12, r15
07a2  mov rcx, [rax+0x30]
07a9  mov r13, [rcx]
07b0  mov rcx, [rax+0x8]
07b7  shl rcx, 0x4
07bb  add rcx, [rbx]
07c2  mov rcx, [rcx+0x8]
07c6  mov r14, [rcx+0x20]
07cd  jmp 0x3e8
07d2  mov rax, [rbx+0x28]
07d9  mov qword [rax+rbp+0x20], 0x5
07e5  lea rcx, [r12+0x10]
07ed  lea r8, [r12+0x20]
07f5  mov esi, 0x2
07fa  mov edx, 0x1
07ff  mov r9d, 0x1
0805  mov dword [rsp], 0x2
080c  mov rdi, rbx
080f  mov rax, kiln_rt_arith
0819  call rax
081b  test eax, eax
081d  jne 0xf6
0823  mov r12, [rbx]
082a  add r12, r15
082d  jmp 0x49f
0832  cmp byte [r12+0x10], 0x3
083b  jne 0x850
0841  movsd xmm0, [r12+0x18]
084b  jmp 0x869
0850  cmp byte [r12+0x10], 0x2
0859  jne 0x7d2
085f  cvtsi2sd xmm0, qword [r12+0x18]
0869  cmp byte [r12+0x20], 0x3
0872  jne 0x887
0878  movsd xmm1, [r12+0x28]
0882  jmp 0x8a0
0887  cmp byte [r12+0x20], 0x2
0890  jne 0x7d2
0896  cvtsi2sd xmm1, qword [r12+0x28]
08a0  mulsd xmm0, xmm1
08a4  mov byte [r12+0x10], 0x3
08ad  movsd [r12+0x18], xmm0
08b7  jmp 0x49f
08bc  mov rax, [rbx+0x28]
08c3  mov qword [rax+rbp+0x20], 0x6
08cf  mov esi, 0x1
08d4  mov edx, 0x2
08d9  mov rdi, rbx
08dc  mov rax, kiln_rt_return
08e6  call rax
08e8  cmp eax, 0x3
08ed  je 0x95
08f3  jmp 0xf6
08f8  mov rax, [rbx+0x28]
08ff  mov qword [rax+rbp+0x20], 0x7
090b  mov esi, 0x0
0910  mov edx, 0x1
0915  mov rdi, rbx
0918  mov rax, kiln_rt_return
0922  call rax
0924  cmp eax, 0x3
0929  je 0x95
092f  jmp 0xf6

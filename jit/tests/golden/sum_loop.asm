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
006e  cmp rsi, 0x9
0075  jae 0x8b
007b  lea rcx, [rel 0x820]
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
; [0] LoadI { a: 1, i: 0 }  -- line 1
0110  mov byte [r12+0x10], 0x2
0119  mov qword [r12+0x18], 0x0
; [1] LoadI { a: 2, i: 1 }  -- line 1
0125  mov byte [r12+0x20], 0x2
012e  mov qword [r12+0x28], 0x1
; [2] Move { a: 3, b: 0 }  -- line 1
013a  movzx eax, byte [r12]
0143  mov rcx, [r12+0x8]
014b  mov [r12+0x30], rax
0153  mov [r12+0x38], rcx
; [3] LoadI { a: 4, i: 1 }  -- line 1
015b  mov byte [r12+0x40], 0x2
0164  mov qword [r12+0x48], 0x1
; [4] ForPrep { a: 2, exit: 7 }  -- line 1
0170  cmp byte [r12+0x20], 0x2
0179  jne 0x559
017f  cmp byte [r12+0x30], 0x2
0188  jne 0x559
018e  cmp byte [r12+0x40], 0x2
0197  jne 0x559
019d  mov rcx, [r12+0x48]
01a5  test rcx, rcx
01a8  je 0x559
01ae  mov r8, [r12+0x28]
01b6  mov rax, [r12+0x38]
01be  js 0x1e7
01c4  cmp r8, rax
01c7  jg 0x2d6
01cd  sub rax, r8
01d0  cmp rcx, 0x1
01d7  je 0x204
01dd  xor edx, edx
01df  div rcx
01e2  jmp 0x204
01e7  cmp r8, rax
01ea  jl 0x2d6
01f0  neg rax
01f3  add rax, r8
01f6  inc rcx
01f9  neg rcx
01fc  inc rcx
01ff  xor edx, edx
0201  div rcx
0204  mov [r12+0x38], rax
020c  mov byte [r12+0x50], 0x2
0215  mov [r12+0x58], r8
; [5] Add { a: 1, b: 1, c: 5 }  -- line 1
021d  cmp byte [r12+0x10], 0x2
0226  jne 0x61d
022c  cmp byte [r12+0x50], 0x2
0235  jne 0x61d
023b  mov rax, [r12+0x18]
0243  mov rcx, [r12+0x58]
024b  add rax, rcx
024e  mov byte [r12+0x10], 0x2
0257  mov [r12+0x18], rax
; [6] ForLoop { a: 2, body: 5 }  -- line 1
025f  cmp byte [r12+0x20], 0x2
0268  jne 0x6cc
026e  cmp byte [r12+0x30], 0x2
0277  jne 0x6cc
027d  cmp byte [r12+0x40], 0x2
0286  jne 0x6cc
028c  mov rax, [r12+0x38]
0294  test rax, rax
0297  je 0x2d6
029d  dec rax
02a0  mov [r12+0x38], rax
02a8  mov rcx, [r12+0x28]
02b0  add rcx, [r12+0x48]
02b8  mov [r12+0x28], rcx
02c0  mov byte [r12+0x50], 0x2
02c9  mov [r12+0x58], rcx
02d1  jmp 0x6ba
; [7] Return1 { a: 1 }  -- line 1
02d6  cmp byte [rbx+0x48], 0x0
02dd  jne 0x76a
02e3  mov rax, [rbx+0x28]
02ea  add rax, rbp
02ed  movzx ecx, word [rax-0x40]
02f4  xor r11d, r11d
02f7  test ecx, 0x1ff
02fd  jne 0x36c
0303  cmp dword [rax+0x4], 0x1
030d  jne 0x384
0313  mov rdi, [rax+0x8]
031a  shl rdi, 0x4
031e  add rdi, [rbx]
0325  movzx edx, byte [r12+0x10]
032e  mov rsi, [r12+0x18]
0336  mov [rdi], rdx
033d  mov [rdi+0x8], rsi
0344  dec qword [rbx+0x30]
034b  mov rdx, [rax-0x28]
0352  mov [rbx+0x18], rdx
0359  mov r10, [rax+0x38]
0360  test r10, r10
0363  je 0x95
0369  jmp r10
036c  cmp cl, 0x3
036f  jne 0x76a
0375  test ecx, 0x1000
037b  jne 0x76a
0381  inc r11d
0384  mov ecx, [rax+0x4]
038a  lea edx, [rcx+0x1]
038d  cmp edx, 0x2
0393  ja 0x76a
0399  mov r8d, ecx
039c  mov edx, 0x1
03a1  test ecx, ecx
03a3  cmovs ecx, edx
03a6  mov r9, [rax+0x8]
03ad  mov rdi, r9
03b0  shl rdi, 0x4
03b4  add rdi, [rbx]
03bb  cmp ecx, 0x0
03c1  je 0x3e6
03c7  movzx edx, byte [r12+0x10]
03d0  mov rsi, [r12+0x18]
03d8  mov [rdi], rdx
03df  mov [rdi+0x8], rsi
03e6  dec qword [rbx+0x30]
03ed  test r11d, r11d
03f0  jne 0x425
03f6  mov rdx, [rax-0x28]
03fd  lea rsi, [r9+0x1]
0404  test r8d, r8d
0407  cmovs rdx, rsi
040b  mov [rbx+0x18], rdx
0412  mov r10, [rax+0x38]
0419  test r10, r10
041c  je 0x95
0422  jmp r10
0425  lea rdx, [r9+rcx]
0429  mov [rbx+0x18], rdx
0430  mov eax, 0x4
0435  jmp 0xf6
; [8] Return0  -- line 1
043a  cmp byte [rbx+0x48], 0x0
0441  jne 0x7a6
0447  mov rax, [rbx+0x28]
044e  add rax, rbp
0451  movzx ecx, word [rax-0x40]
0458  xor r11d, r11d
045b  test ecx, 0x1ff
0461  jne 0x4b1
0467  cmp dword [rax+0x4], 0x0
0471  jne 0x4c9
0477  mov rdi, [rax+0x8]
047e  shl rdi, 0x4
0482  add rdi, [rbx]
0489  dec qword [rbx+0x30]
0490  mov rdx, [rax-0x28]
0497  mov [rbx+0x18], rdx
049e  mov r10, [rax+0x38]
04a5  test r10, r10
04a8  je 0x95
04ae  jmp r10
04b1  cmp cl, 0x3
04b4  jne 0x7a6
04ba  test ecx, 0x1000
04c0  jne 0x7a6
04c6  inc r11d
04c9  mov ecx, [rax+0x4]
04cf  lea edx, [rcx+0x1]
04d2  cmp edx, 0x1
04d8  ja 0x7a6
04de  mov r8d, ecx
04e1  mov edx, 0x0
04e6  test ecx, ecx
04e8  cmovs ecx, edx
04eb  mov r9, [rax+0x8]
04f2  mov rdi, r9
04f5  shl rdi, 0x4
04f9  add rdi, [rbx]
0500  dec qword [rbx+0x30]
0507  test r11d, r11d
050a  jne 0x53f
0510  mov rdx, [rax-0x28]
0517  lea rsi, [r9]
051e  test r8d, r8d
0521  cmovs rdx, rsi
0525  mov [rbx+0x18], rdx
052c  mov r10, [rax+0x38]
0533  test r10, r10
0536  je 0x95
053c  jmp r10
053f  lea rdx, [r9+rcx]
0543  mov [rbx+0x18], rdx
054a  mov eax, 0x4
054f  jmp 0xf6
0554  jmp 0x8b
0559  mov rax, [rbx+0x28]
0560  mov qword [rax+rbp+0x20], 0x5
056c  mov esi, 0x2
0571  mov rdi, rbx
0574  mov rax, kiln_rt_for_prep
057e  call rax
0580  cmp eax, 0x5
0585  je 0x596
058b  cmp eax, 0x6
0590  jne 0xf6
0596  mov ecx, eax
0598  mov r12, [rbx]
059f  add r12, r15
05a2  cmp ecx, 0x5
05a8  je 0x2d6
05ae  jmp 0x21d
05b3  mov rax, [rbx+0x28]
05ba  mov qword [rax+rbp+0x20], 0x6
05c6  lea rcx, [r12+0x10]
05ce  lea r8, [r12+0x50]
05d6  mov esi, 0x0
05db  mov edx, 0x1
05e0  mov r9d, 0x1
05e6  mov dword [rsp], 0x5
05ed  mov rdi, rbx
05f0  mov rax, kiln_rt_arith
05fa  call rax
05fc  test eax, eax
05fe  jne 0xf6
0604  mov r12, [rbx]
060b  add r12, r15
060e  movsd xmm7, [r12+0x18]
0618  jmp 0x25f
061d  cmp byte [r12+0x10], 0x3
0626  jne 0x63b
062c  movsd xmm0, [r12+0x18]
0636  jmp 0x654
063b  cmp byte [r12+0x10], 0x2
0644  jne 0x5b3
064a  cvtsi2sd xmm0, qword [r12+0x18]
0654  cmp byte [r12+0x50], 0x3
065d  jne 0x672
0663  movsd xmm1, [r12+0x58]
066d  jmp 0x68b
0672  cmp byte [r12+0x50], 0x2
067b  jne 0x5b3
0681  cvtsi2sd xmm1, qword [r12+0x58]
068b  addsd xmm0, xmm1
068f  mov byte [r12+0x10], 0x3
0698  movsd [r12+0x18], xmm0
06a2  movapd xmm7, xmm0
06a6  jmp 0x25f
06ab  movsd xmm7, [r12+0x18]
06b5  jmp 0x25f
06ba  cmp byte [rbx+0x48], 0x0
06c1  jne 0x7e2
06c7  jmp 0x21d
06cc  cmp byte [r12+0x20], 0x3
06d5  jne 0x2d6
06db  cmp byte [r12+0x30], 0x3
06e4  jne 0x2d6
06ea  cmp byte [r12+0x40], 0x3
06f3  jne 0x2d6
06f9  movsd xmm0, [r12+0x28]
0703  movsd xmm1, [r12+0x48]
070d  movsd xmm3, [r12+0x38]
0717  addsd xmm0, xmm1
071b  xorpd xmm2, xmm2
071f  ucomisd xmm1, xmm2
0723  ja 0x738
0729  ucomisd xmm0, xmm3
072d  jae 0x748
0733  jmp 0x2d6
0738  ucomisd xmm3, xmm0
073c  jb 0x2d6
0742  jp 0x2d6
0748  movsd [r12+0x28], xmm0
0752  mov byte [r12+0x50], 0x3
075b  movsd [r12+0x58], xmm0
0765  jmp 0x6ba
076a  mov rax, [rbx+0x28]
0771  mov qword [rax+rbp+0x20], 0x8
077d  mov esi, 0x1
0782  mov edx, 0x2
0787  mov rdi, rbx
078a  mov rax, kiln_rt_return
0794  call rax
0796  cmp eax, 0x3
079b  je 0x95
07a1  jmp 0xf6
07a6  mov rax, [rbx+0x28]
07ad  mov qword [rax+rbp+0x20], 0x9
07b9  mov esi, 0x0
07be  mov edx, 0x1
07c3  mov rdi, rbx
07c6  mov rax, kiln_rt_return
07d0  call rax
07d2  cmp eax, 0x3
07d7  je 0x95
07dd  jmp 0xf6
07e2  mov rax, [rbx+0x28]
07e9  mov qword [rax+rbp+0x20], 0x5
07f5  mov esi, 0x5
07fa  mov rdi, rbx
07fd  mov rax, kiln_rt_backedge
0807  call rax
0809  test eax, eax
080b  jne 0xf6
0811  mov r12, [rbx]
0818  add r12, r15
081b  jmp 0x21d

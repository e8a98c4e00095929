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
007b  lea rcx, [rel 0x6d4]
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
013a  mov rax, [r12]
0142  mov rcx, [r12+0x8]
014a  mov [r12+0x30], rax
0152  mov [r12+0x38], rcx
; [3] LoadI { a: 4, i: 1 }  -- line 1
015a  mov byte [r12+0x40], 0x2
0163  mov qword [r12+0x48], 0x1
; [4] ForPrep { a: 2, exit: 7 }  -- line 1
016f  cmp byte [r12+0x20], 0x2
0178  jne 0x42a
017e  cmp byte [r12+0x30], 0x2
0187  jne 0x42a
018d  cmp byte [r12+0x40], 0x2
0196  jne 0x42a
019c  mov rcx, [r12+0x48]
01a4  test rcx, rcx
01a7  je 0x42a
01ad  mov r8, [r12+0x28]
01b5  mov rax, [r12+0x38]
01bd  js 0x1e6
01c3  cmp r8, rax
01c6  jg 0x2d5
01cc  sub rax, r8
01cf  cmp rcx, 0x1
01d6  je 0x203
01dc  xor edx, edx
01de  div rcx
01e1  jmp 0x203
01e6  cmp r8, rax
01e9  jl 0x2d5
01ef  neg rax
01f2  add rax, r8
01f5  inc rcx
01f8  neg rcx
01fb  inc rcx
01fe  xor edx, edx
0200  div rcx
0203  mov [r12+0x38], rax
020b  mov byte [r12+0x50], 0x2
0214  mov [r12+0x58], r8
; [5] Add { a: 1, b: 1, c: 5 }  -- line 1
021c  cmp byte [r12+0x10], 0x2
0225  jne 0x4e4
022b  cmp byte [r12+0x50], 0x2
0234  jne 0x4e4
023a  mov rax, [r12+0x18]
0242  mov rcx, [r12+0x58]
024a  add rax, rcx
024d  mov byte [r12+0x10], 0x2
0256  mov [r12+0x18], rax
; [6] ForLoop { a: 2, body: 5 }  -- line 1
025e  cmp byte [r12+0x20], 0x2
0267  jne 0x580
026d  cmp byte [r12+0x30], 0x2
0276  jne 0x580
027c  cmp byte [r12+0x40], 0x2
0285  jne 0x580
028b  mov rax, [r12+0x38]
0293  test rax, rax
0296  je 0x2d5
029c  dec rax
029f  mov [r12+0x38], rax
02a7  mov rcx, [r12+0x28]
02af  add rcx, [r12+0x48]
02b7  mov [r12+0x28], rcx
02bf  mov byte [r12+0x50], 0x2
02c8  mov [r12+0x58], rcx
02d0  jmp 0x56e
; [7] Return1 { a: 1 }  -- line 1
02d5  cmp byte [rbx+0x48], 0x0
02dc  jne 0x61e
02e2  mov rax, [rbx+0x28]
02e9  add rax, rbp
02ec  test word [rax-0x40], 0x1ff
02f5  jne 0x61e
02fb  mov ecx, [rax+0x4]
0301  lea edx, [rcx+0x1]
0304  cmp edx, 0x2
030a  ja 0x61e
0310  mov r8d, ecx
0313  mov edx, 0x1
0318  test ecx, ecx
031a  cmovs ecx, edx
031d  mov r9, [rax+0x8]
0324  mov rdi, r9
0327  shl rdi, 0x4
032b  add rdi, [rbx]
0332  cmp ecx, 0x0
0338  je 0x35c
033e  mov rdx, [r12+0x10]
0346  mov rsi, [r12+0x18]
034e  mov [rdi], rdx
0355  mov [rdi+0x8], rsi
035c  mov rdx, [rax-0x28]
0363  lea rsi, [r9+0x1]
036a  test r8d, r8d
036d  cmovs rdx, rsi
0371  mov [rbx+0x18], rdx
0378  dec qword [rbx+0x30]
037f  mov r10, [rax+0x38]
0386  test r10, r10
0389  je 0x95
038f  jmp r10
; [8] Return0  -- line 1
0392  cmp byte [rbx+0x48], 0x0
0399  jne 0x65a
039f  mov rax, [rbx+0x28]
03a6  add rax, rbp
03a9  test word [rax-0x40], 0x1ff
03b2  jne 0x65a
03b8  mov ecx, [rax+0x4]
03be  lea edx, [rcx+0x1]
03c1  cmp edx, 0x1
03c7  ja 0x65a
03cd  mov r8d, ecx
03d0  mov edx, 0x0
03d5  test ecx, ecx
03d7  cmovs ecx, edx
03da  mov r9, [rax+0x8]
03e1  mov rdi, r9
03e4  shl rdi, 0x4
03e8  add rdi, [rbx]
03ef  mov rdx, [rax-0x28]
03f6  lea rsi, [r9]
03fd  test r8d, r8d
0400  cmovs rdx, rsi
0404  mov [rbx+0x18], rdx
040b  dec qword [rbx+0x30]
0412  mov r10, [rax+0x38]
0419  test r10, r10
041c  je 0x95
0422  jmp r10
0425  jmp 0x8b
042a  mov rax, [rbx+0x28]
0431  mov qword [rax+rbp+0x20], 0x5
043d  mov esi, 0x2
0442  mov rdi, rbx
0445  mov rax, kiln_rt_for_prep
044f  call rax
0451  cmp eax, 0x5
0456  je 0x467
045c  cmp eax, 0x6
0461  jne 0xf6
0467  mov ecx, eax
0469  mov r12, [rbx]
0470  add r12, r15
0473  cmp ecx, 0x5
0479  je 0x2d5
047f  jmp 0x21c
0484  mov rax, [rbx+0x28]
048b  mov qword [rax+rbp+0x20], 0x6
0497  lea rcx, [r12+0x10]
049f  lea r8, [r12+0x50]
04a7  mov esi, 0x0
04ac  mov edx, 0x1
04b1  mov r9d, 0x1
04b7  mov dword [rsp], 0x5
04be  mov rdi, rbx
04c1  mov rax, kiln_rt_arith
04cb  call rax
04cd  test eax, eax
04cf  jne 0xf6
04d5  mov r12, [rbx]
04dc  add r12, r15
04df  jmp 0x25e
04e4  cmp byte [r12+0x10], 0x3
04ed  jne 0x502
04f3  movsd xmm0, [r12+0x18]
04fd  jmp 0x51b
0502  cmp byte [r12+0x10], 0x2
050b  jne 0x484
0511  cvtsi2sd xmm0, qword [r12+0x18]
051b  cmp byte [r12+0x50], 0x3
0524  jne 0x539
052a  movsd xmm1, [r12+0x58]
0534  jmp 0x552
0539  cmp byte [r12+0x50], 0x2
0542  jne 0x484
0548  cvtsi2sd xmm1, qword [r12+0x58]
0552  addsd xmm0, xmm1
0556  mov byte [r12+0x10], 0x3
055f  movsd [r12+0x18], xmm0
0569  jmp 0x25e
056e  cmp byte [rbx+0x48], 0x0
0575  jne 0x696
057b  jmp 0x21c
0580  cmp byte [r12+0x20], 0x3
0589  jne 0x2d5
058f  cmp byte [r12+0x30], 0x3
0598  jne 0x2d5
059e  cmp byte [r12+0x40], 0x3
05a7  jne 0x2d5
05ad  movsd xmm0, [r12+0x28]
05b7  movsd xmm1, [r12+0x48]
05c1  movsd xmm3, [r12+0x38]
05cb  addsd xmm0, xmm1
05cf  xorpd xmm2, xmm2
05d3  ucomisd xmm1, xmm2
05d7  ja 0x5ec
05dd  ucomisd xmm0, xmm3
05e1  jae 0x5fc
05e7  jmp 0x2d5
05ec  ucomisd xmm3, xmm0
05f0  jb 0x2d5
05f6  jp 0x2d5
05fc  movsd [r12+0x28], xmm0
0606  mov byte [r12+0x50], 0x3
060f  movsd [r12+0x58], xmm0
0619  jmp 0x56e
061e  mov rax, [rbx+0x28]
0625  mov qword [rax+rbp+0x20], 0x8
0631  mov esi, 0x1
0636  mov edx, 0x2
063b  mov rdi, rbx
063e  mov rax, kiln_rt_return
0648  call rax
064a  cmp eax, 0x3
064f  je 0x95
0655  jmp 0xf6
065a  mov rax, [rbx+0x28]
0661  mov qword [rax+rbp+0x20], 0x9
066d  mov esi, 0x0
0672  mov edx, 0x1
0677  mov rdi, rbx
067a  mov rax, kiln_rt_return
0684  call rax
0686  cmp eax, 0x3
068b  je 0x95
0691  jmp 0xf6
0696  mov rax, [rbx+0x28]
069d  mov qword [rax+rbp+0x20], 0x5
06a9  mov esi, 0x5
06ae  mov rdi, rbx
06b1  mov rax, kiln_rt_backedge
06bb  call rax
06bd  test eax, eax
06bf  jne 0xf6
06c5  mov r12, [rbx]
06cc  add r12, r15
06cf  jmp 0x21c

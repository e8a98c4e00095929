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
007b  lea rcx, [rel 0x4d8]
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
016f  mov rax, [rbx+0x28]
0176  mov qword [rax+rbp+0x20], 0x5
0182  mov esi, 0x2
0187  mov rdi, rbx
018a  mov rax, kiln_rt_for_prep
0194  call rax
0196  cmp eax, 0x5
019b  je 0x1ac
01a1  cmp eax, 0x6
01a6  jne 0xf6
01ac  mov ecx, eax
01ae  mov r12, [rbx]
01b5  add r12, r15
01b8  cmp ecx, 0x5
01be  je 0x282
01c4  jmp 0x1c9
; [5] Add { a: 1, b: 1, c: 5 }  -- line 1
01c9  cmp byte [r12+0x10], 0x2
01d2  jne 0x35f
01d8  cmp byte [r12+0x50], 0x2
01e1  jne 0x35f
01e7  mov rax, [r12+0x18]
01ef  mov rcx, [r12+0x58]
01f7  add rax, rcx
01fa  mov byte [r12+0x10], 0x2
0203  mov [r12+0x18], rax
; [6] ForLoop { a: 2, body: 5 }  -- line 1
020b  cmp byte [r12+0x20], 0x2
0214  jne 0x3fb
021a  cmp byte [r12+0x30], 0x2
0223  jne 0x3fb
0229  cmp byte [r12+0x40], 0x2
0232  jne 0x3fb
0238  mov rax, [r12+0x38]
0240  test rax, rax
0243  je 0x282
0249  dec rax
024c  mov [r12+0x38], rax
0254  mov rcx, [r12+0x28]
025c  add rcx, [r12+0x48]
0264  mov [r12+0x28], rcx
026c  mov byte [r12+0x50], 0x2
0275  mov [r12+0x58], rcx
027d  jmp 0x3e9
; [7] Return1 { a: 1 }  -- line 1
0282  mov rax, [rbx+0x28]
0289  mov qword [rax+rbp+0x20], 0x8
0295  mov esi, 0x1
029a  mov edx, 0x2
029f  mov rdi, rbx
02a2  mov rax, kiln_rt_return
02ac  call rax
02ae  cmp eax, 0x3
02b3  je 0x95
02b9  jmp 0xf6
; [8] Return0  -- line 1
02be  mov rax, [rbx+0x28]
02c5  mov qword [rax+rbp+0x20], 0x9
02d1  mov esi, 0x0
02d6  mov edx, 0x1
02db  mov rdi, rbx
02de  mov rax, kiln_rt_return
02e8  call rax
02ea  cmp eax, 0x3
02ef  je 0x95
02f5  jmp 0xf6
02fa  jmp 0x8b
02ff  mov rax, [rbx+0x28]
0306  mov qword [rax+rbp+0x20], 0x6
0312  lea rcx, [r12+0x10]
031a  lea r8, [r12+0x50]
0322  mov esi, 0x0
0327  mov edx, 0x1
032c  mov r9d, 0x1
0332  mov dword [rsp], 0x5
0339  mov rdi, rbx
033c  mov rax, kiln_rt_arith
0346  call rax
0348  test eax, eax
034a  jne 0xf6
0350  mov r12, [rbx]
0357  add r12, r15
035a  jmp 0x20b
035f  cmp byte [r12+0x10], 0x3
0368  jne 0x37d
036e  movsd xmm0, [r12+0x18]
0378  jmp 0x396
037d  cmp byte [r12+0x10], 0x2
0386  jne 0x2ff
038c  cvtsi2sd xmm0, qword [r12+0x18]
0396  cmp byte [r12+0x50], 0x3
039f  jne 0x3b4
03a5  movsd xmm1, [r12+0x58]
03af  jmp 0x3cd
03b4  cmp byte [r12+0x50], 0x2
03bd  jne 0x2ff
03c3  cvtsi2sd xmm1, qword [r12+0x58]
03cd  addsd xmm0, xmm1
03d1  mov byte [r12+0x10], 0x3
03da  movsd [r12+0x18], xmm0
03e4  jmp 0x20b
03e9  cmp byte [rbx+0x48], 0x0
03f0  jne 0x499
03f6  jmp 0x1c9
03fb  cmp byte [r12+0x20], 0x3
0404  jne 0x282
040a  cmp byte [r12+0x30], 0x3
0413  jne 0x282
0419  cmp byte [r12+0x40], 0x3
0422  jne 0x282
0428  movsd xmm0, [r12+0x28]
0432  movsd xmm1, [r12+0x48]
043c  movsd xmm3, [r12+0x38]
0446  addsd xmm0, xmm1
044a  xorpd xmm2, xmm2
044e  ucomisd xmm1, xmm2
0452  ja 0x467
0458  ucomisd xmm0, xmm3
045c  jae 0x477
0462  jmp 0x282
0467  ucomisd xmm3, xmm0
046b  jb 0x282
0471  jp 0x282
0477  movsd [r12+0x28], xmm0
0481  mov byte [r12+0x50], 0x3
048a  movsd [r12+0x58], xmm0
0494  jmp 0x3e9
0499  mov rax, [rbx+0x28]
04a0  mov qword [rax+rbp+0x20], 0x5
04ac  mov esi, 0x5
04b1  mov rdi, rbx
04b4  mov rax, kiln_rt_backedge
04be  call rax
04c0  test eax, eax
04c2  jne 0xf6
04c8  mov r12, [rbx]
04cf  add r12, r15
04d2  jmp 0x1c9
04d7  nop

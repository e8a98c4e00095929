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
007b  lea rcx, [rel 0x584]
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
0178  jne 0x352
017e  cmp byte [r12+0x30], 0x2
0187  jne 0x352
018d  cmp byte [r12+0x40], 0x2
0196  jne 0x352
019c  mov rcx, [r12+0x48]
01a4  test rcx, rcx
01a7  je 0x352
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
0225  jne 0x40c
022b  cmp byte [r12+0x50], 0x2
0234  jne 0x40c
023a  mov rax, [r12+0x18]
0242  mov rcx, [r12+0x58]
024a  add rax, rcx
024d  mov byte [r12+0x10], 0x2
0256  mov [r12+0x18], rax
; [6] ForLoop { a: 2, body: 5 }  -- line 1
025e  cmp byte [r12+0x20], 0x2
0267  jne 0x4a8
026d  cmp byte [r12+0x30], 0x2
0276  jne 0x4a8
027c  cmp byte [r12+0x40], 0x2
0285  jne 0x4a8
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
02d0  jmp 0x496
; [7] Return1 { a: 1 }  -- line 1
02d5  mov rax, [rbx+0x28]
02dc  mov qword [rax+rbp+0x20], 0x8
02e8  mov esi, 0x1
02ed  mov edx, 0x2
02f2  mov rdi, rbx
02f5  mov rax, kiln_rt_return
02ff  call rax
0301  cmp eax, 0x3
0306  je 0x95
030c  jmp 0xf6
; [8] Return0  -- line 1
0311  mov rax, [rbx+0x28]
0318  mov qword [rax+rbp+0x20], 0x9
0324  mov esi, 0x0
0329  mov edx, 0x1
032e  mov rdi, rbx
0331  mov rax, kiln_rt_return
033b  call rax
033d  cmp eax, 0x3
0342  je 0x95
0348  jmp 0xf6
034d  jmp 0x8b
0352  mov rax, [rbx+0x28]
0359  mov qword [rax+rbp+0x20], 0x5
0365  mov esi, 0x2
036a  mov rdi, rbx
036d  mov rax, kiln_rt_for_prep
0377  call rax
0379  cmp eax, 0x5
037e  je 0x38f
0384  cmp eax, 0x6
0389  jne 0xf6
038f  mov ecx, eax
0391  mov r12, [rbx]
0398  add r12, r15
039b  cmp ecx, 0x5
03a1  je 0x2d5
03a7  jmp 0x21c
03ac  mov rax, [rbx+0x28]
03b3  mov qword [rax+rbp+0x20], 0x6
03bf  lea rcx, [r12+0x10]
03c7  lea r8, [r12+0x50]
03cf  mov esi, 0x0
03d4  mov edx, 0x1
03d9  mov r9d, 0x1
03df  mov dword [rsp], 0x5
03e6  mov rdi, rbx
03e9  mov rax, kiln_rt_arith
03f3  call rax
03f5  test eax, eax
03f7  jne 0xf6
03fd  mov r12, [rbx]
0404  add r12, r15
0407  jmp 0x25e
040c  cmp byte [r12+0x10], 0x3
0415  jne 0x42a
041b  movsd xmm0, [r12+0x18]
0425  jmp 0x443
042a  cmp byte [r12+0x10], 0x2
0433  jne 0x3ac
0439  cvtsi2sd xmm0, qword [r12+0x18]
0443  cmp byte [r12+0x50], 0x3
044c  jne 0x461
0452  movsd xmm1, [r12+0x58]
045c  jmp 0x47a
0461  cmp byte [r12+0x50], 0x2
046a  jne 0x3ac
0470  cvtsi2sd xmm1, qword [r12+0x58]
047a  addsd xmm0, xmm1
047e  mov byte [r12+0x10], 0x3
0487  movsd [r12+0x18], xmm0
0491  jmp 0x25e
0496  cmp byte [rbx+0x48], 0x0
049d  jne 0x546
04a3  jmp 0x21c
04a8  cmp byte [r12+0x20], 0x3
04b1  jne 0x2d5
04b7  cmp byte [r12+0x30], 0x3
04c0  jne 0x2d5
04c6  cmp byte [r12+0x40], 0x3
04cf  jne 0x2d5
04d5  movsd xmm0, [r12+0x28]
04df  movsd xmm1, [r12+0x48]
04e9  movsd xmm3, [r12+0x38]
04f3  addsd xmm0, xmm1
04f7  xorpd xmm2, xmm2
04fb  ucomisd xmm1, xmm2
04ff  ja 0x514
0505  ucomisd xmm0, xmm3
0509  jae 0x524
050f  jmp 0x2d5
0514  ucomisd xmm3, xmm0
0518  jb 0x2d5
051e  jp 0x2d5
0524  movsd [r12+0x28], xmm0
052e  mov byte [r12+0x50], 0x3
0537  movsd [r12+0x58], xmm0
0541  jmp 0x496
0546  mov rax, [rbx+0x28]
054d  mov qword [rax+rbp+0x20], 0x5
0559  mov esi, 0x5
055e  mov rdi, rbx
0561  mov rax, kiln_rt_backedge
056b  call rax
056d  test eax, eax
056f  jne 0xf6
0575  mov r12, [rbx]
057c  add r12, r15
057f  jmp 0x21c

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
007b  lea rcx, [rel 0x750]
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
0178  jne 0x4a4
017e  cmp byte [r12+0x30], 0x2
0187  jne 0x4a4
018d  cmp byte [r12+0x40], 0x2
0196  jne 0x4a4
019c  mov rcx, [r12+0x48]
01a4  test rcx, rcx
01a7  je 0x4a4
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
0225  jne 0x55e
022b  cmp byte [r12+0x50], 0x2
0234  jne 0x55e
023a  mov rax, [r12+0x18]
0242  mov rcx, [r12+0x58]
024a  add rax, rcx
024d  mov byte [r12+0x10], 0x2
0256  mov [r12+0x18], rax
; [6] ForLoop { a: 2, body: 5 }  -- line 1
025e  cmp byte [r12+0x20], 0x2
0267  jne 0x5fa
026d  cmp byte [r12+0x30], 0x2
0276  jne 0x5fa
027c  cmp byte [r12+0x40], 0x2
0285  jne 0x5fa
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
02d0  jmp 0x5e8
; [7] Return1 { a: 1 }  -- line 1
02d5  cmp byte [rbx+0x48], 0x0
02dc  jne 0x698
02e2  mov rax, [rbx+0x28]
02e9  add rax, rbp
02ec  movzx ecx, word [rax-0x40]
02f3  xor r11d, r11d
02f6  test ecx, 0x1ff
02fc  je 0x31a
0302  cmp cl, 0x3
0305  jne 0x698
030b  test ecx, 0x1000
0311  jne 0x698
0317  inc r11d
031a  mov ecx, [rax+0x4]
0320  lea edx, [rcx+0x1]
0323  cmp edx, 0x2
0329  ja 0x698
032f  mov r8d, ecx
0332  mov edx, 0x1
0337  test ecx, ecx
0339  cmovs ecx, edx
033c  mov r9, [rax+0x8]
0343  mov rdi, r9
0346  shl rdi, 0x4
034a  add rdi, [rbx]
0351  cmp ecx, 0x0
0357  je 0x37b
035d  mov rdx, [r12+0x10]
0365  mov rsi, [r12+0x18]
036d  mov [rdi], rdx
0374  mov [rdi+0x8], rsi
037b  dec qword [rbx+0x30]
0382  test r11d, r11d
0385  jne 0x3ba
038b  mov rdx, [rax-0x28]
0392  lea rsi, [r9+0x1]
0399  test r8d, r8d
039c  cmovs rdx, rsi
03a0  mov [rbx+0x18], rdx
03a7  mov r10, [rax+0x38]
03ae  test r10, r10
03b1  je 0x95
03b7  jmp r10
03ba  lea rdx, [r9+rcx]
03be  mov [rbx+0x18], rdx
03c5  mov eax, 0x4
03ca  jmp 0xf6
; [8] Return0  -- line 1
03cf  cmp byte [rbx+0x48], 0x0
03d6  jne 0x6d4
03dc  mov rax, [rbx+0x28]
03e3  add rax, rbp
03e6  movzx ecx, word [rax-0x40]
03ed  xor r11d, r11d
03f0  test ecx, 0x1ff
03f6  je 0x414
03fc  cmp cl, 0x3
03ff  jne 0x6d4
0405  test ecx, 0x1000
040b  jne 0x6d4
0411  inc r11d
0414  mov ecx, [rax+0x4]
041a  lea edx, [rcx+0x1]
041d  cmp edx, 0x1
0423  ja 0x6d4
0429  mov r8d, ecx
042c  mov edx, 0x0
0431  test ecx, ecx
0433  cmovs ecx, edx
0436  mov r9, [rax+0x8]
043d  mov rdi, r9
0440  shl rdi, 0x4
0444  add rdi, [rbx]
044b  dec qword [rbx+0x30]
0452  test r11d, r11d
0455  jne 0x48a
045b  mov rdx, [rax-0x28]
0462  lea rsi, [r9]
0469  test r8d, r8d
046c  cmovs rdx, rsi
0470  mov [rbx+0x18], rdx
0477  mov r10, [rax+0x38]
047e  test r10, r10
0481  je 0x95
0487  jmp r10
048a  lea rdx, [r9+rcx]
048e  mov [rbx+0x18], rdx
0495  mov eax, 0x4
049a  jmp 0xf6
049f  jmp 0x8b
04a4  mov rax, [rbx+0x28]
04ab  mov qword [rax+rbp+0x20], 0x5
04b7  mov esi, 0x2
04bc  mov rdi, rbx
04bf  mov rax, kiln_rt_for_prep
04c9  call rax
04cb  cmp eax, 0x5
04d0  je 0x4e1
04d6  cmp eax, 0x6
04db  jne 0xf6
04e1  mov ecx, eax
04e3  mov r12, [rbx]
04ea  add r12, r15
04ed  cmp ecx, 0x5
04f3  je 0x2d5
04f9  jmp 0x21c
04fe  mov rax, [rbx+0x28]
0505  mov qword [rax+rbp+0x20], 0x6
0511  lea rcx, [r12+0x10]
0519  lea r8, [r12+0x50]
0521  mov esi, 0x0
0526  mov edx, 0x1
052b  mov r9d, 0x1
0531  mov dword [rsp], 0x5
0538  mov rdi, rbx
053b  mov rax, kiln_rt_arith
0545  call rax
0547  test eax, eax
0549  jne 0xf6
054f  mov r12, [rbx]
0556  add r12, r15
0559  jmp 0x25e
055e  cmp byte [r12+0x10], 0x3
0567  jne 0x57c
056d  movsd xmm0, [r12+0x18]
0577  jmp 0x595
057c  cmp byte [r12+0x10], 0x2
0585  jne 0x4fe
058b  cvtsi2sd xmm0, qword [r12+0x18]
0595  cmp byte [r12+0x50], 0x3
059e  jne 0x5b3
05a4  movsd xmm1, [r12+0x58]
05ae  jmp 0x5cc
05b3  cmp byte [r12+0x50], 0x2
05bc  jne 0x4fe
05c2  cvtsi2sd xmm1, qword [r12+0x58]
05cc  addsd xmm0, xmm1
05d0  mov byte [r12+0x10], 0x3
05d9  movsd [r12+0x18], xmm0
05e3  jmp 0x25e
05e8  cmp byte [rbx+0x48], 0x0
05ef  jne 0x710
05f5  jmp 0x21c
05fa  cmp byte [r12+0x20], 0x3
0603  jne 0x2d5
0609  cmp byte [r12+0x30], 0x3
0612  jne 0x2d5
0618  cmp byte [r12+0x40], 0x3
0621  jne 0x2d5
0627  movsd xmm0, [r12+0x28]
0631  movsd xmm1, [r12+0x48]
063b  movsd xmm3, [r12+0x38]
0645  addsd xmm0, xmm1
0649  xorpd xmm2, xmm2
064d  ucomisd xmm1, xmm2
0651  ja 0x666
0657  ucomisd xmm0, xmm3
065b  jae 0x676
0661  jmp 0x2d5
0666  ucomisd xmm3, xmm0
066a  jb 0x2d5
0670  jp 0x2d5
0676  movsd [r12+0x28], xmm0
0680  mov byte [r12+0x50], 0x3
0689  movsd [r12+0x58], xmm0
0693  jmp 0x5e8
0698  mov rax, [rbx+0x28]
069f  mov qword [rax+rbp+0x20], 0x8
06ab  mov esi, 0x1
06b0  mov edx, 0x2
06b5  mov rdi, rbx
06b8  mov rax, kiln_rt_return
06c2  call rax
06c4  cmp eax, 0x3
06c9  je 0x95
06cf  jmp 0xf6
06d4  mov rax, [rbx+0x28]
06db  mov qword [rax+rbp+0x20], 0x9
06e7  mov esi, 0x0
06ec  mov edx, 0x1
06f1  mov rdi, rbx
06f4  mov rax, kiln_rt_return
06fe  call rax
0700  cmp eax, 0x3
0705  je 0x95
070b  jmp 0xf6
0710  mov rax, [rbx+0x28]
0717  mov qword [rax+rbp+0x20], 0x5
0723  mov esi, 0x5
0728  mov rdi, rbx
072b  mov rax, kiln_rt_backedge
0735  call rax
0737  test eax, eax
0739  jne 0xf6
073f  mov r12, [rbx]
0746  add r12, r15
0749  jmp 0x21c
074e  nop
074f  nop

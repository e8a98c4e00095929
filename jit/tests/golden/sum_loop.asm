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
007b  lea rcx, [rel 0x800]
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
0178  jne 0x556
017e  cmp byte [r12+0x30], 0x2
0187  jne 0x556
018d  cmp byte [r12+0x40], 0x2
0196  jne 0x556
019c  mov rcx, [r12+0x48]
01a4  test rcx, rcx
01a7  je 0x556
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
0225  jne 0x610
022b  cmp byte [r12+0x50], 0x2
0234  jne 0x610
023a  mov rax, [r12+0x18]
0242  mov rcx, [r12+0x58]
024a  add rax, rcx
024d  mov byte [r12+0x10], 0x2
0256  mov [r12+0x18], rax
; [6] ForLoop { a: 2, body: 5 }  -- line 1
025e  cmp byte [r12+0x20], 0x2
0267  jne 0x6ac
026d  cmp byte [r12+0x30], 0x2
0276  jne 0x6ac
027c  cmp byte [r12+0x40], 0x2
0285  jne 0x6ac
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
02d0  jmp 0x69a
; [7] Return1 { a: 1 }  -- line 1
02d5  cmp byte [rbx+0x48], 0x0
02dc  jne 0x74a
02e2  mov rax, [rbx+0x28]
02e9  add rax, rbp
02ec  movzx ecx, word [rax-0x40]
02f3  xor r11d, r11d
02f6  test ecx, 0x1ff
02fc  jne 0x36a
0302  cmp dword [rax+0x4], 0x1
030c  jne 0x382
0312  mov rdi, [rax+0x8]
0319  shl rdi, 0x4
031d  add rdi, [rbx]
0324  mov rdx, [r12+0x10]
032c  mov rsi, [r12+0x18]
0334  mov [rdi], rdx
033b  mov [rdi+0x8], rsi
0342  dec qword [rbx+0x30]
0349  mov rdx, [rax-0x28]
0350  mov [rbx+0x18], rdx
0357  mov r10, [rax+0x38]
035e  test r10, r10
0361  je 0x95
0367  jmp r10
036a  cmp cl, 0x3
036d  jne 0x74a
0373  test ecx, 0x1000
0379  jne 0x74a
037f  inc r11d
0382  mov ecx, [rax+0x4]
0388  lea edx, [rcx+0x1]
038b  cmp edx, 0x2
0391  ja 0x74a
0397  mov r8d, ecx
039a  mov edx, 0x1
039f  test ecx, ecx
03a1  cmovs ecx, edx
03a4  mov r9, [rax+0x8]
03ab  mov rdi, r9
03ae  shl rdi, 0x4
03b2  add rdi, [rbx]
03b9  cmp ecx, 0x0
03bf  je 0x3e3
03c5  mov rdx, [r12+0x10]
03cd  mov rsi, [r12+0x18]
03d5  mov [rdi], rdx
03dc  mov [rdi+0x8], rsi
03e3  dec qword [rbx+0x30]
03ea  test r11d, r11d
03ed  jne 0x422
03f3  mov rdx, [rax-0x28]
03fa  lea rsi, [r9+0x1]
0401  test r8d, r8d
0404  cmovs rdx, rsi
0408  mov [rbx+0x18], rdx
040f  mov r10, [rax+0x38]
0416  test r10, r10
0419  je 0x95
041f  jmp r10
0422  lea rdx, [r9+rcx]
0426  mov [rbx+0x18], rdx
042d  mov eax, 0x4
0432  jmp 0xf6
; [8] Return0  -- line 1
0437  cmp byte [rbx+0x48], 0x0
043e  jne 0x786
0444  mov rax, [rbx+0x28]
044b  add rax, rbp
044e  movzx ecx, word [rax-0x40]
0455  xor r11d, r11d
0458  test ecx, 0x1ff
045e  jne 0x4ae
0464  cmp dword [rax+0x4], 0x0
046e  jne 0x4c6
0474  mov rdi, [rax+0x8]
047b  shl rdi, 0x4
047f  add rdi, [rbx]
0486  dec qword [rbx+0x30]
048d  mov rdx, [rax-0x28]
0494  mov [rbx+0x18], rdx
049b  mov r10, [rax+0x38]
04a2  test r10, r10
04a5  je 0x95
04ab  jmp r10
04ae  cmp cl, 0x3
04b1  jne 0x786
04b7  test ecx, 0x1000
04bd  jne 0x786
04c3  inc r11d
04c6  mov ecx, [rax+0x4]
04cc  lea edx, [rcx+0x1]
04cf  cmp edx, 0x1
04d5  ja 0x786
04db  mov r8d, ecx
04de  mov edx, 0x0
04e3  test ecx, ecx
04e5  cmovs ecx, edx
04e8  mov r9, [rax+0x8]
04ef  mov rdi, r9
04f2  shl rdi, 0x4
04f6  add rdi, [rbx]
04fd  dec qword [rbx+0x30]
0504  test r11d, r11d
0507  jne 0x53c
050d  mov rdx, [rax-0x28]
0514  lea rsi, [r9]
051b  test r8d, r8d
051e  cmovs rdx, rsi
0522  mov [rbx+0x18], rdx
0529  mov r10, [rax+0x38]
0530  test r10, r10
0533  je 0x95
0539  jmp r10
053c  lea rdx, [r9+rcx]
0540  mov [rbx+0x18], rdx
0547  mov eax, 0x4
054c  jmp 0xf6
0551  jmp 0x8b
0556  mov rax, [rbx+0x28]
055d  mov qword [rax+rbp+0x20], 0x5
0569  mov esi, 0x2
056e  mov rdi, rbx
0571  mov rax, kiln_rt_for_prep
057b  call rax
057d  cmp eax, 0x5
0582  je 0x593
0588  cmp eax, 0x6
058d  jne 0xf6
0593  mov ecx, eax
0595  mov r12, [rbx]
059c  add r12, r15
059f  cmp ecx, 0x5
05a5  je 0x2d5
05ab  jmp 0x21c
05b0  mov rax, [rbx+0x28]
05b7  mov qword [rax+rbp+0x20], 0x6
05c3  lea rcx, [r12+0x10]
05cb  lea r8, [r12+0x50]
05d3  mov esi, 0x0
05d8  mov edx, 0x1
05dd  mov r9d, 0x1
05e3  mov dword [rsp], 0x5
05ea  mov rdi, rbx
05ed  mov rax, kiln_rt_arith
05f7  call rax
05f9  test eax, eax
05fb  jne 0xf6
0601  mov r12, [rbx]
0608  add r12, r15
060b  jmp 0x25e
0610  cmp byte [r12+0x10], 0x3
0619  jne 0x62e
061f  movsd xmm0, [r12+0x18]
0629  jmp 0x647
062e  cmp byte [r12+0x10], 0x2
0637  jne 0x5b0
063d  cvtsi2sd xmm0, qword [r12+0x18]
0647  cmp byte [r12+0x50], 0x3
0650  jne 0x665
0656  movsd xmm1, [r12+0x58]
0660  jmp 0x67e
0665  cmp byte [r12+0x50], 0x2
066e  jne 0x5b0
0674  cvtsi2sd xmm1, qword [r12+0x58]
067e  addsd xmm0, xmm1
0682  mov byte [r12+0x10], 0x3
068b  movsd [r12+0x18], xmm0
0695  jmp 0x25e
069a  cmp byte [rbx+0x48], 0x0
06a1  jne 0x7c2
06a7  jmp 0x21c
06ac  cmp byte [r12+0x20], 0x3
06b5  jne 0x2d5
06bb  cmp byte [r12+0x30], 0x3
06c4  jne 0x2d5
06ca  cmp byte [r12+0x40], 0x3
06d3  jne 0x2d5
06d9  movsd xmm0, [r12+0x28]
06e3  movsd xmm1, [r12+0x48]
06ed  movsd xmm3, [r12+0x38]
06f7  addsd xmm0, xmm1
06fb  xorpd xmm2, xmm2
06ff  ucomisd xmm1, xmm2
0703  ja 0x718
0709  ucomisd xmm0, xmm3
070d  jae 0x728
0713  jmp 0x2d5
0718  ucomisd xmm3, xmm0
071c  jb 0x2d5
0722  jp 0x2d5
0728  movsd [r12+0x28], xmm0
0732  mov byte [r12+0x50], 0x3
073b  movsd [r12+0x58], xmm0
0745  jmp 0x69a
074a  mov rax, [rbx+0x28]
0751  mov qword [rax+rbp+0x20], 0x8
075d  mov esi, 0x1
0762  mov edx, 0x2
0767  mov rdi, rbx
076a  mov rax, kiln_rt_return
0774  call rax
0776  cmp eax, 0x3
077b  je 0x95
0781  jmp 0xf6
0786  mov rax, [rbx+0x28]
078d  mov qword [rax+rbp+0x20], 0x9
0799  mov esi, 0x0
079e  mov edx, 0x1
07a3  mov rdi, rbx
07a6  mov rax, kiln_rt_return
07b0  call rax
07b2  cmp eax, 0x3
07b7  je 0x95
07bd  jmp 0xf6
07c2  mov rax, [rbx+0x28]
07c9  mov qword [rax+rbp+0x20], 0x5
07d5  mov esi, 0x5
07da  mov rdi, rbx
07dd  mov rax, kiln_rt_backedge
07e7  call rax
07e9  test eax, eax
07eb  jne 0xf6
07f1  mov r12, [rbx]
07f8  add r12, r15
07fb  jmp 0x21c

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
007b  lea rcx, [rel 0x7fc]
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
0119  jne 0x649
011f  cmp byte [r12+0x10], 0x2
0128  jne 0x649
012e  mov rax, [r12+0x8]
0136  cmp rax, [r12+0x18]
013e  jl 0x14e
0144  jmp 0x307
; [1] Jmp { to: 4 }  -- line 1
0149  jmp 0x307
; [2] MulK { a: 2, b: 1, k: 0, flip: false }  -- line 1
014e  cmp byte [r12+0x10], 0x3
0157  jne 0x16c
015d  movsd xmm0, [r12+0x18]
0167  jmp 0x185
016c  cmp byte [r12+0x10], 0x2
0175  jne 0x686
017b  cvtsi2sd xmm0, qword [r12+0x18]
0185  movsd xmm1, [r13+0x8]
018e  mulsd xmm0, xmm1
0192  mov byte [r12+0x20], 0x3
019b  movsd [r12+0x28], xmm0
; [3] Return1 { a: 2 }  -- line 1
01a5  cmp byte [rbx+0x48], 0x0
01ac  jne 0x6e6
01b2  mov rax, [rbx+0x28]
01b9  add rax, rbp
01bc  movzx ecx, word [rax-0x40]
01c3  xor r11d, r11d
01c6  test ecx, 0x1ff
01cc  jne 0x23a
01d2  cmp dword [rax+0x4], 0x1
01dc  jne 0x252
01e2  mov rdi, [rax+0x8]
01e9  shl rdi, 0x4
01ed  add rdi, [rbx]
01f4  mov rdx, [r12+0x20]
01fc  mov rsi, [r12+0x28]
0204  mov [rdi], rdx
020b  mov [rdi+0x8], rsi
0212  dec qword [rbx+0x30]
0219  mov rdx, [rax-0x28]
0220  mov [rbx+0x18], rdx
0227  mov r10, [rax+0x38]
022e  test r10, r10
0231  je 0x95
0237  jmp r10
023a  cmp cl, 0x3
023d  jne 0x6e6
0243  test ecx, 0x1000
0249  jne 0x6e6
024f  inc r11d
0252  mov ecx, [rax+0x4]
0258  lea edx, [rcx+0x1]
025b  cmp edx, 0x2
0261  ja 0x6e6
0267  mov r8d, ecx
026a  mov edx, 0x1
026f  test ecx, ecx
0271  cmovs ecx, edx
0274  mov r9, [rax+0x8]
027b  mov rdi, r9
027e  shl rdi, 0x4
0282  add rdi, [rbx]
0289  cmp ecx, 0x0
028f  je 0x2b3
0295  mov rdx, [r12+0x20]
029d  mov rsi, [r12+0x28]
02a5  mov [rdi], rdx
02ac  mov [rdi+0x8], rsi
02b3  dec qword [rbx+0x30]
02ba  test r11d, r11d
02bd  jne 0x2f2
02c3  mov rdx, [rax-0x28]
02ca  lea rsi, [r9+0x1]
02d1  test r8d, r8d
02d4  cmovs rdx, rsi
02d8  mov [rbx+0x18], rdx
02df  mov r10, [rax+0x38]
02e6  test r10, r10
02e9  je 0x95
02ef  jmp r10
02f2  lea rdx, [r9+rcx]
02f6  mov [rbx+0x18], rdx
02fd  mov eax, 0x4
0302  jmp 0xf6
; [4] DivK { a: 2, b: 0, k: 1 }  -- line 1
0307  cmp byte [r12], 0x3
0310  jne 0x325
0316  movsd xmm0, [r12+0x8]
0320  jmp 0x33e
0325  cmp byte [r12], 0x2
032e  jne 0x722
0334  cvtsi2sd xmm0, qword [r12+0x8]
033e  cvtsi2sd xmm1, qword [r13+0x18]
0347  divsd xmm0, xmm1
034b  mov byte [r12+0x20], 0x3
0354  movsd [r12+0x28], xmm0
; [5] Return1 { a: 2 }  -- line 1
035e  cmp byte [rbx+0x48], 0x0
0365  jne 0x782
036b  mov rax, [rbx+0x28]
0372  add rax, rbp
0375  movzx ecx, word [rax-0x40]
037c  xor r11d, r11d
037f  test ecx, 0x1ff
0385  jne 0x3f3
038b  cmp dword [rax+0x4], 0x1
0395  jne 0x40b
039b  mov rdi, [rax+0x8]
03a2  shl rdi, 0x4
03a6  add rdi, [rbx]
03ad  mov rdx, [r12+0x20]
03b5  mov rsi, [r12+0x28]
03bd  mov [rdi], rdx
03c4  mov [rdi+0x8], rsi
03cb  dec qword [rbx+0x30]
03d2  mov rdx, [rax-0x28]
03d9  mov [rbx+0x18], rdx
03e0  mov r10, [rax+0x38]
03e7  test r10, r10
03ea  je 0x95
03f0  jmp r10
03f3  cmp cl, 0x3
03f6  jne 0x782
03fc  test ecx, 0x1000
0402  jne 0x782
0408  inc r11d
040b  mov ecx, [rax+0x4]
0411  lea edx, [rcx+0x1]
0414  cmp edx, 0x2
041a  ja 0x782
0420  mov r8d, ecx
0423  mov edx, 0x1
0428  test ecx, ecx
042a  cmovs ecx, edx
042d  mov r9, [rax+0x8]
0434  mov rdi, r9
0437  shl rdi, 0x4
043b  add rdi, [rbx]
0442  cmp ecx, 0x0
0448  je 0x46c
044e  mov rdx, [r12+0x20]
0456  mov rsi, [r12+0x28]
045e  mov [rdi], rdx
0465  mov [rdi+0x8], rsi
046c  dec qword [rbx+0x30]
0473  test r11d, r11d
0476  jne 0x4ab
047c  mov rdx, [rax-0x28]
0483  lea rsi, [r9+0x1]
048a  test r8d, r8d
048d  cmovs rdx, rsi
0491  mov [rbx+0x18], rdx
0498  mov r10, [rax+0x38]
049f  test r10, r10
04a2  je 0x95
04a8  jmp r10
04ab  lea rdx, [r9+rcx]
04af  mov [rbx+0x18], rdx
04b6  mov eax, 0x4
04bb  jmp 0xf6
; [6] Return0  -- line 1
04c0  cmp byte [rbx+0x48], 0x0
04c7  jne 0x7be
04cd  mov rax, [rbx+0x28]
04d4  add rax, rbp
04d7  movzx ecx, word [rax-0x40]
04de  xor r11d, r11d
04e1  test ecx, 0x1ff
04e7  jne 0x537
04ed  cmp dword [rax+0x4], 0x0
04f7  jne 0x54f
04fd  mov rdi, [rax+0x8]
0504  shl rdi, 0x4
0508  add rdi, [rbx]
050f  dec qword [rbx+0x30]
0516  mov rdx, [rax-0x28]
051d  mov [rbx+0x18], rdx
0524  mov r10, [rax+0x38]
052b  test r10, r10
052e  je 0x95
0534  jmp r10
0537  cmp cl, 0x3
053a  jne 0x7be
0540  test ecx, 0x1000
0546  jne 0x7be
054c  inc r11d
054f  mov ecx, [rax+0x4]
0555  lea edx, [rcx+0x1]
0558  cmp edx, 0x1
055e  ja 0x7be
0564  mov r8d, ecx
0567  mov edx, 0x0
056c  test ecx, ecx
056e  cmovs ecx, edx
0571  mov r9, [rax+0x8]
0578  mov rdi, r9
057b  shl rdi, 0x4
057f  add rdi, [rbx]
0586  dec qword [rbx+0x30]
058d  test r11d, r11d
0590  jne 0x5c5
0596  mov rdx, [rax-0x28]
059d  lea rsi, [r9]
05a4  test r8d, r8d
05a7  cmovs rdx, rsi
05ab  mov [rbx+0x18], rdx
05b2  mov r10, [rax+0x38]
05b9  test r10, r10
05bc  je 0x95
05c2  jmp r10
05c5  lea rdx, [r9+rcx]
05c9  mov [rbx+0x18], rdx
05d0  mov eax, 0x4
05d5  jmp 0xf6
05da  jmp 0x8b
05df  mov rax, [rbx+0x28]
05e6  mov qword [rax+rbp+0x20], 0x1
05f2  lea rdx, [r12]
05fa  lea rcx, [r12+0x10]
0602  mov esi, 0x0
0607  mov rdi, rbx
060a  mov rax, kiln_rt_compare
0614  call rax
0616  cmp eax, 0x5
061b  je 0x62c
0621  cmp eax, 0x6
0626  jne 0xf6
062c  mov ecx, eax
062e  mov r12, [rbx]
0635  add r12, r15
0638  cmp ecx, 0x5
063e  je 0x14e
0644  jmp 0x307
0649  cmp byte [r12], 0x3
0652  jne 0x5df
0658  cmp byte [r12+0x10], 0x3
0661  jne 0x5df
0667  movsd xmm0, [r12+0x18]
0671  ucomisd xmm0, [r12+0x8]
067b  ja 0x14e
0681  jmp 0x307
0686  mov rax, [rbx+0x28]
068d  mov qword [rax+rbp+0x20], 0x3
0699  lea rcx, [r12+0x10]
06a1  lea r8, [r13]
06a9  mov esi, 0x2
06ae  mov edx, 0x2
06b3  mov r9d, 0x1
06b9  mov dword [rsp], 0xffffffff
06c0  mov rdi, rbx
06c3  mov rax, kiln_rt_arith
06cd  call rax
06cf  test eax, eax
06d1  jne 0xf6
06d7  mov r12, [rbx]
06de  add r12, r15
06e1  jmp 0x1a5
06e6  mov rax, [rbx+0x28]
06ed  mov qword [rax+rbp+0x20], 0x4
06f9  mov esi, 0x2
06fe  mov edx, 0x2
0703  mov rdi, rbx
0706  mov rax, kiln_rt_return
0710  call rax
0712  cmp eax, 0x3
0717  je 0x95
071d  jmp 0xf6
0722  mov rax, [rbx+0x28]
0729  mov qword [rax+rbp+0x20], 0x5
0735  lea rcx, [r12]
073d  lea r8, [r13+0x10]
0745  mov esi, 0x5
074a  mov edx, 0x2
074f  mov r9d, 0x0
0755  mov dword [rsp], 0xffffffff
075c  mov rdi, rbx
075f  mov rax, kiln_rt_arith
0769  call rax
076b  test eax, eax
076d  jne 0xf6
0773  mov r12, [rbx]
077a  add r12, r15
077d  jmp 0x35e
0782  mov rax, [rbx+0x28]
0789  mov qword [rax+rbp+0x20], 0x6
0795  mov esi, 0x2
079a  mov edx, 0x2
079f  mov rdi, rbx
07a2  mov rax, kiln_rt_return
07ac  call rax
07ae  cmp eax, 0x3
07b3  je 0x95
07b9  jmp 0xf6
07be  mov rax, [rbx+0x28]
07c5  mov qword [rax+rbp+0x20], 0x7
07d1  mov esi, 0x0
07d6  mov edx, 0x1
07db  mov rdi, rbx
07de  mov rax, kiln_rt_return
07e8  call rax
07ea  cmp eax, 0x3
07ef  je 0x95
07f5  jmp 0xf6
07fa  nop
07fb  nop

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
006e  cmp rsi, 0x5
0075  jae 0x8b
007b  lea rcx, [rel 0x920]
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
; [0] GetTable { a: 3, b: 0, c: 2 }  -- line 1
0110  cmp byte [r12], 0x5
0119  jne 0x4c1
011f  mov rdx, [r12+0x8]
0127  cmp byte [r12+0x20], 0x2
0130  jne 0x4c1
0136  mov rcx, [r12+0x28]
013e  dec rcx
0141  cmp rcx, [rdx+0x20]
0148  jae 0x541
014e  mov r9, rcx
0151  shl rcx, 0x4
0155  add rcx, [rdx+0x18]
015c  cmp byte [rcx], 0x0
015f  jne 0x176
0165  cmp qword [rdx+0x60], 0x0
0170  jne 0x4c1
0176  mov rax, [rcx]
017d  mov r10, [rcx+0x8]
0184  mov [r12+0x30], rax
018c  mov [r12+0x38], r10
; [1] GetTable { a: 4, b: 0, c: 1 }  -- line 1
0194  cmp byte [r12], 0x5
019d  jne 0x571
01a3  mov rdx, [r12+0x8]
01ab  cmp byte [r12+0x10], 0x2
01b4  jne 0x571
01ba  mov rcx, [r12+0x18]
01c2  dec rcx
01c5  cmp rcx, [rdx+0x20]
01cc  jae 0x5f1
01d2  mov r9, rcx
01d5  shl rcx, 0x4
01d9  add rcx, [rdx+0x18]
01e0  cmp byte [rcx], 0x0
01e3  jne 0x1fa
01e9  cmp qword [rdx+0x60], 0x0
01f4  jne 0x571
01fa  mov rax, [rcx]
0201  mov r10, [rcx+0x8]
0208  mov [r12+0x40], rax
0210  mov [r12+0x48], r10
; [2] SetTable { a: 0, b: 2, v: 4 }  -- line 1
0218  cmp byte [r12], 0x5
0221  jne 0x621
0227  mov rdx, [r12+0x8]
022f  cmp byte [r12+0x20], 0x2
0238  jne 0x621
023e  mov rcx, [r12+0x28]
0246  dec rcx
0249  cmp rcx, [rdx+0x20]
0250  jae 0x6a7
0256  mov r9, rcx
0259  shl rcx, 0x4
025d  add rcx, [rdx+0x18]
0264  cmp byte [r12+0x40], 0x0
026d  je 0x621
0273  cmp byte [rcx], 0x0
0276  jne 0x28d
027c  cmp qword [rdx+0x60], 0x0
0287  jne 0x621
028d  mov rax, [r12+0x40]
0295  mov r10, [r12+0x48]
029d  mov [rcx], rax
02a4  mov [rcx+0x8], r10
02ab  cmp r9, [rdx+0x50]
02b2  jae 0x2bf
02b8  mov [rdx+0x50], r9
02bf  movzx eax, byte [r12+0x40]
02c8  sub eax, 0x4
02cd  cmp eax, 0x5
02d2  ja 0x302
02d8  mov al, [rdx+0x10]
02de  and al, 0x5
02e0  cmp al, 0x1
02e2  jne 0x302
02e8  mov rsi, rdx
02eb  lea rdx, [r12+0x40]
02f3  mov rdi, rbx
02f6  mov rax, kiln_rt_barrier
0300  call rax
; [3] SetTable { a: 0, b: 1, v: 3 }  -- line 1
0302  cmp byte [r12], 0x5
030b  jne 0x781
0311  mov rdx, [r12+0x8]
0319  cmp byte [r12+0x10], 0x2
0322  jne 0x781
0328  mov rcx, [r12+0x18]
0330  dec rcx
0333  cmp rcx, [rdx+0x20]
033a  jae 0x807
0340  mov r9, rcx
0343  shl rcx, 0x4
0347  add rcx, [rdx+0x18]
034e  cmp byte [r12+0x30], 0x0
0357  je 0x781
035d  cmp byte [rcx], 0x0
0360  jne 0x377
0366  cmp qword [rdx+0x60], 0x0
0371  jne 0x781
0377  mov rax, [r12+0x30]
037f  mov r10, [r12+0x38]
0387  mov [rcx], rax
038e  mov [rcx+0x8], r10
0395  cmp r9, [rdx+0x50]
039c  jae 0x3a9
03a2  mov [rdx+0x50], r9
03a9  movzx eax, byte [r12+0x30]
03b2  sub eax, 0x4
03b7  cmp eax, 0x5
03bc  ja 0x3ec
03c2  mov al, [rdx+0x10]
03c8  and al, 0x5
03ca  cmp al, 0x1
03cc  jne 0x3ec
03d2  mov rsi, rdx
03d5  lea rdx, [r12+0x30]
03dd  mov rdi, rbx
03e0  mov rax, kiln_rt_barrier
03ea  call rax
; [4] Return0  -- line 1
03ec  cmp byte [rbx+0x48], 0x0
03f3  jne 0x8e1
03f9  mov rax, [rbx+0x28]
0400  add rax, rbp
0403  movzx ecx, word [rax-0x40]
040a  xor r11d, r11d
040d  test ecx, 0x1ff
0413  je 0x431
0419  cmp cl, 0x3
041c  jne 0x8e1
0422  test ecx, 0x1000
0428  jne 0x8e1
042e  inc r11d
0431  mov ecx, [rax+0x4]
0437  lea edx, [rcx+0x1]
043a  cmp edx, 0x1
0440  ja 0x8e1
0446  mov r8d, ecx
0449  mov edx, 0x0
044e  test ecx, ecx
0450  cmovs ecx, edx
0453  mov r9, [rax+0x8]
045a  mov rdi, r9
045d  shl rdi, 0x4
0461  add rdi, [rbx]
0468  dec qword [rbx+0x30]
046f  test r11d, r11d
0472  jne 0x4a7
0478  mov rdx, [rax-0x28]
047f  lea rsi, [r9]
0486  test r8d, r8d
0489  cmovs rdx, rsi
048d  mov [rbx+0x18], rdx
0494  mov r10, [rax+0x38]
049b  test r10, r10
049e  je 0x95
04a4  jmp r10
04a7  lea rdx, [r9+rcx]
04ab  mov [rbx+0x18], rdx
04b2  mov eax, 0x4
04b7  jmp 0xf6
04bc  jmp 0x8b
04c1  lea rdi, [r12]
04c9  lea rsi, [r12+0x20]
04d1  lea rdx, [r12+0x30]
04d9  mov rax, kiln_rt_table_get
04e3  call rax
04e5  test eax, eax
04e7  jne 0x194
04ed  mov rax, [rbx+0x28]
04f4  mov qword [rax+rbp+0x20], 0x1
0500  lea rdx, [r12]
0508  lea rcx, [r12+0x20]
0510  mov esi, 0x3
0515  mov r8d, 0x0
051b  mov rdi, rbx
051e  mov rax, kiln_rt_index
0528  call rax
052a  test eax, eax
052c  jne 0xf6
0532  mov r12, [rbx]
0539  add r12, r15
053c  jmp 0x194
0541  cmp qword [rdx+0x38], 0x0
054c  jne 0x4c1
0552  cmp qword [rdx+0x60], 0x0
055d  jne 0x4c1
0563  mov byte [r12+0x30], 0x0
056c  jmp 0x194
0571  lea rdi, [r12]
0579  lea rsi, [r12+0x10]
0581  lea rdx, [r12+0x40]
0589  mov rax, kiln_rt_table_get
0593  call rax
0595  test eax, eax
0597  jne 0x218
059d  mov rax, [rbx+0x28]
05a4  mov qword [rax+rbp+0x20], 0x2
05b0  lea rdx, [r12]
05b8  lea rcx, [r12+0x10]
05c0  mov esi, 0x4
05c5  mov r8d, 0x0
05cb  mov rdi, rbx
05ce  mov rax, kiln_rt_index
05d8  call rax
05da  test eax, eax
05dc  jne 0xf6
05e2  mov r12, [rbx]
05e9  add r12, r15
05ec  jmp 0x218
05f1  cmp qword [rdx+0x38], 0x0
05fc  jne 0x571
0602  cmp qword [rdx+0x60], 0x0
060d  jne 0x571
0613  mov byte [r12+0x40], 0x0
061c  jmp 0x218
0621  lea rsi, [r12]
0629  lea rdx, [r12+0x20]
0631  lea rcx, [r12+0x40]
0639  mov rdi, rbx
063c  mov rax, kiln_rt_table_set
0646  call rax
0648  test eax, eax
064a  jne 0x302
0650  mov rax, [rbx+0x28]
0657  mov qword [rax+rbp+0x20], 0x3
0663  lea rsi, [r12]
066b  lea rdx, [r12+0x20]
0673  lea rcx, [r12+0x40]
067b  mov r8d, 0x0
0681  mov rdi, rbx
0684  mov rax, kiln_rt_set_index
068e  call rax
0690  test eax, eax
0692  jne 0xf6
0698  mov r12, [rbx]
069f  add r12, r15
06a2  jmp 0x302
06a7  cmp rcx, [rdx+0x20]
06ae  jne 0x621
06b4  cmp rcx, [rdx+0x28]
06bb  jae 0x621
06c1  cmp qword [rdx+0x38], 0x0
06cc  jne 0x621
06d2  cmp qword [rdx+0x60], 0x0
06dd  jne 0x621
06e3  cmp byte [r12+0x40], 0x0
06ec  je 0x621
06f2  mov r9, rcx
06f5  shl rcx, 0x4
06f9  add rcx, [rdx+0x18]
0700  inc qword [rdx+0x20]
0707  mov rax, [r12+0x40]
070f  mov r10, [r12+0x48]
0717  mov [rcx], rax
071e  mov [rcx+0x8], r10
0725  cmp r9, [rdx+0x50]
072c  jae 0x739
0732  mov [rdx+0x50], r9
0739  movzx eax, byte [r12+0x40]
0742  sub eax, 0x4
0747  cmp eax, 0x5
074c  ja 0x77c
0752  mov al, [rdx+0x10]
0758  and al, 0x5
075a  cmp al, 0x1
075c  jne 0x77c
0762  mov rsi, rdx
0765  lea rdx, [r12+0x40]
076d  mov rdi, rbx
0770  mov rax, kiln_rt_barrier
077a  call rax
077c  jmp 0x302
0781  lea rsi, [r12]
0789  lea rdx, [r12+0x10]
0791  lea rcx, [r12+0x30]
0799  mov rdi, rbx
079c  mov rax, kiln_rt_table_set
07a6  call rax
07a8  test eax, eax
07aa  jne 0x3ec
07b0  mov rax, [rbx+0x28]
07b7  mov qword [rax+rbp+0x20], 0x4
07c3  lea rsi, [r12]
07cb  lea rdx, [r12+0x10]
07d3  lea rcx, [r12+0x30]
07db  mov r8d, 0x0
07e1  mov rdi, rbx
07e4  mov rax, kiln_rt_set_index
07ee  call rax
07f0  test eax, eax
07f2  jne 0xf6
07f8  mov r12, [rbx]
07ff  add r12, r15
0802  jmp 0x3ec
0807  cmp rcx, [rdx+0x20]
080e  jne 0x781
0814  cmp rcx, [rdx+0x28]
081b  jae 0x781
0821  cmp qword [rdx+0x38], 0x0
082c  jne 0x781
0832  cmp qword [rdx+0x60], 0x0
083d  jne 0x781
0843  cmp byte [r12+0x30], 0x0
084c  je 0x781
0852  mov r9, rcx
0855  shl rcx, 0x4
0859  add rcx, [rdx+0x18]
0860  inc qword [rdx+0x20]
0867  mov rax, [r12+0x30]
086f  mov r10, [r12+0x38]
0877  mov [rcx], rax
087e  mov [rcx+0x8], r10
0885  cmp r9, [rdx+0x50]
088c  jae 0x899
0892  mov [rdx+0x50], r9
0899  movzx eax, byte [r12+0x30]
08a2  sub eax, 0x4
08a7  cmp eax, 0x5
08ac  ja 0x8dc
08b2  mov al, [rdx+0x10]
08b8  and al, 0x5
08ba  cmp al, 0x1
08bc  jne 0x8dc
08c2  mov rsi, rdx
08c5  lea rdx, [r12+0x30]
08cd  mov rdi, rbx
08d0  mov rax, kiln_rt_barrier
08da  call rax
08dc  jmp 0x3ec
08e1  mov rax, [rbx+0x28]
08e8  mov qword [rax+rbp+0x20], 0x5
08f4  mov esi, 0x0
08f9  mov edx, 0x1
08fe  mov rdi, rbx
0901  mov rax, kiln_rt_return
090b  call rax
090d  cmp eax, 0x3
0912  je 0x95
0918  jmp 0xf6
091d  nop
091e  nop
091f  nop

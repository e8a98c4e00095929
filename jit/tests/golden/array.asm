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
007b  lea rcx, [rel 0x6cc]
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
0119  jne 0x484
011f  mov rdx, [r12+0x8]
0127  cmp byte [r12+0x20], 0x2
0130  jne 0x484
0136  mov rcx, [r12+0x28]
013e  dec rcx
0141  cmp rcx, [rdx+0x20]
0148  jae 0x484
014e  mov r9, rcx
0151  shl rcx, 0x4
0155  add rcx, [rdx+0x18]
015c  cmp byte [rcx], 0x0
015f  jne 0x176
0165  cmp qword [rdx+0x60], 0x0
0170  jne 0x484
0176  mov rax, [rcx]
017d  mov r10, [rcx+0x8]
0184  mov [r12+0x30], rax
018c  mov [r12+0x38], r10
; [1] GetTable { a: 4, b: 0, c: 1 }  -- line 1
0194  cmp byte [r12], 0x5
019d  jne 0x504
01a3  mov rdx, [r12+0x8]
01ab  cmp byte [r12+0x10], 0x2
01b4  jne 0x504
01ba  mov rcx, [r12+0x18]
01c2  dec rcx
01c5  cmp rcx, [rdx+0x20]
01cc  jae 0x504
01d2  mov r9, rcx
01d5  shl rcx, 0x4
01d9  add rcx, [rdx+0x18]
01e0  cmp byte [rcx], 0x0
01e3  jne 0x1fa
01e9  cmp qword [rdx+0x60], 0x0
01f4  jne 0x504
01fa  mov rax, [rcx]
0201  mov r10, [rcx+0x8]
0208  mov [r12+0x40], rax
0210  mov [r12+0x48], r10
; [2] SetTable { a: 0, b: 2, v: 4 }  -- line 1
0218  cmp byte [r12], 0x5
0221  jne 0x584
0227  mov rdx, [r12+0x8]
022f  cmp byte [r12+0x20], 0x2
0238  jne 0x584
023e  mov rcx, [r12+0x28]
0246  dec rcx
0249  cmp rcx, [rdx+0x20]
0250  jae 0x584
0256  mov r9, rcx
0259  shl rcx, 0x4
025d  add rcx, [rdx+0x18]
0264  cmp byte [r12+0x40], 0x0
026d  je 0x584
0273  cmp byte [rcx], 0x0
0276  jne 0x28d
027c  cmp qword [rdx+0x60], 0x0
0287  jne 0x584
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
030b  jne 0x60a
0311  mov rdx, [r12+0x8]
0319  cmp byte [r12+0x10], 0x2
0322  jne 0x60a
0328  mov rcx, [r12+0x18]
0330  dec rcx
0333  cmp rcx, [rdx+0x20]
033a  jae 0x60a
0340  mov r9, rcx
0343  shl rcx, 0x4
0347  add rcx, [rdx+0x18]
034e  cmp byte [r12+0x30], 0x0
0357  je 0x60a
035d  cmp byte [rcx], 0x0
0360  jne 0x377
0366  cmp qword [rdx+0x60], 0x0
0371  jne 0x60a
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
03f3  jne 0x690
03f9  mov rax, [rbx+0x28]
0400  add rax, rbp
0403  test word [rax-0x40], 0x1ff
040c  jne 0x690
0412  mov ecx, [rax+0x4]
0418  lea edx, [rcx+0x1]
041b  cmp edx, 0x1
0421  ja 0x690
0427  mov r8d, ecx
042a  mov edx, 0x0
042f  test ecx, ecx
0431  cmovs ecx, edx
0434  mov r9, [rax+0x8]
043b  mov rdi, r9
043e  shl rdi, 0x4
0442  add rdi, [rbx]
0449  mov rdx, [rax-0x28]
0450  lea rsi, [r9]
0457  test r8d, r8d
045a  cmovs rdx, rsi
045e  mov [rbx+0x18], rdx
0465  dec qword [rbx+0x30]
046c  mov r10, [rax+0x38]
0473  test r10, r10
0476  je 0x95
047c  jmp r10
047f  jmp 0x8b
0484  lea rdi, [r12]
048c  lea rsi, [r12+0x20]
0494  lea rdx, [r12+0x30]
049c  mov rax, kiln_rt_table_get
04a6  call rax
04a8  test eax, eax
04aa  jne 0x194
04b0  mov rax, [rbx+0x28]
04b7  mov qword [rax+rbp+0x20], 0x1
04c3  lea rdx, [r12]
04cb  lea rcx, [r12+0x20]
04d3  mov esi, 0x3
04d8  mov r8d, 0x0
04de  mov rdi, rbx
04e1  mov rax, kiln_rt_index
04eb  call rax
04ed  test eax, eax
04ef  jne 0xf6
04f5  mov r12, [rbx]
04fc  add r12, r15
04ff  jmp 0x194
0504  lea rdi, [r12]
050c  lea rsi, [r12+0x10]
0514  lea rdx, [r12+0x40]
051c  mov rax, kiln_rt_table_get
0526  call rax
0528  test eax, eax
052a  jne 0x218
0530  mov rax, [rbx+0x28]
0537  mov qword [rax+rbp+0x20], 0x2
0543  lea rdx, [r12]
054b  lea rcx, [r12+0x10]
0553  mov esi, 0x4
0558  mov r8d, 0x0
055e  mov rdi, rbx
0561  mov rax, kiln_rt_index
056b  call rax
056d  test eax, eax
056f  jne 0xf6
0575  mov r12, [rbx]
057c  add r12, r15
057f  jmp 0x218
0584  lea rsi, [r12]
058c  lea rdx, [r12+0x20]
0594  lea rcx, [r12+0x40]
059c  mov rdi, rbx
059f  mov rax, kiln_rt_table_set
05a9  call rax
05ab  test eax, eax
05ad  jne 0x302
05b3  mov rax, [rbx+0x28]
05ba  mov qword [rax+rbp+0x20], 0x3
05c6  lea rsi, [r12]
05ce  lea rdx, [r12+0x20]
05d6  lea rcx, [r12+0x40]
05de  mov r8d, 0x0
05e4  mov rdi, rbx
05e7  mov rax, kiln_rt_set_index
05f1  call rax
05f3  test eax, eax
05f5  jne 0xf6
05fb  mov r12, [rbx]
0602  add r12, r15
0605  jmp 0x302
060a  lea rsi, [r12]
0612  lea rdx, [r12+0x10]
061a  lea rcx, [r12+0x30]
0622  mov rdi, rbx
0625  mov rax, kiln_rt_table_set
062f  call rax
0631  test eax, eax
0633  jne 0x3ec
0639  mov rax, [rbx+0x28]
0640  mov qword [rax+rbp+0x20], 0x4
064c  lea rsi, [r12]
0654  lea rdx, [r12+0x10]
065c  lea rcx, [r12+0x30]
0664  mov r8d, 0x0
066a  mov rdi, rbx
066d  mov rax, kiln_rt_set_index
0677  call rax
0679  test eax, eax
067b  jne 0xf6
0681  mov r12, [rbx]
0688  add r12, r15
068b  jmp 0x3ec
0690  mov rax, [rbx+0x28]
0697  mov qword [rax+rbp+0x20], 0x5
06a3  mov esi, 0x0
06a8  mov edx, 0x1
06ad  mov rdi, rbx
06b0  mov rax, kiln_rt_return
06ba  call rax
06bc  cmp eax, 0x3
06c1  je 0x95
06c7  jmp 0xf6

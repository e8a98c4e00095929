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
007b  lea rcx, [rel 0x8e0]
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
0148  jae 0x504
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
019d  jne 0x534
01a3  mov rdx, [r12+0x8]
01ab  cmp byte [r12+0x10], 0x2
01b4  jne 0x534
01ba  mov rcx, [r12+0x18]
01c2  dec rcx
01c5  cmp rcx, [rdx+0x20]
01cc  jae 0x5b4
01d2  mov r9, rcx
01d5  shl rcx, 0x4
01d9  add rcx, [rdx+0x18]
01e0  cmp byte [rcx], 0x0
01e3  jne 0x1fa
01e9  cmp qword [rdx+0x60], 0x0
01f4  jne 0x534
01fa  mov rax, [rcx]
0201  mov r10, [rcx+0x8]
0208  mov [r12+0x40], rax
0210  mov [r12+0x48], r10
; [2] SetTable { a: 0, b: 2, v: 4 }  -- line 1
0218  cmp byte [r12], 0x5
0221  jne 0x5e4
0227  mov rdx, [r12+0x8]
022f  cmp byte [r12+0x20], 0x2
0238  jne 0x5e4
023e  mov rcx, [r12+0x28]
0246  dec rcx
0249  cmp rcx, [rdx+0x20]
0250  jae 0x66a
0256  mov r9, rcx
0259  shl rcx, 0x4
025d  add rcx, [rdx+0x18]
0264  cmp byte [r12+0x40], 0x0
026d  je 0x5e4
0273  cmp byte [rcx], 0x0
0276  jne 0x28d
027c  cmp qword [rdx+0x60], 0x0
0287  jne 0x5e4
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
030b  jne 0x744
0311  mov rdx, [r12+0x8]
0319  cmp byte [r12+0x10], 0x2
0322  jne 0x744
0328  mov rcx, [r12+0x18]
0330  dec rcx
0333  cmp rcx, [rdx+0x20]
033a  jae 0x7ca
0340  mov r9, rcx
0343  shl rcx, 0x4
0347  add rcx, [rdx+0x18]
034e  cmp byte [r12+0x30], 0x0
0357  je 0x744
035d  cmp byte [rcx], 0x0
0360  jne 0x377
0366  cmp qword [rdx+0x60], 0x0
0371  jne 0x744
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
03f3  jne 0x8a4
03f9  mov rax, [rbx+0x28]
0400  add rax, rbp
0403  test word [rax-0x40], 0x1ff
040c  jne 0x8a4
0412  mov ecx, [rax+0x4]
0418  lea edx, [rcx+0x1]
041b  cmp edx, 0x1
0421  ja 0x8a4
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
0504  cmp qword [rdx+0x38], 0x0
050f  jne 0x484
0515  cmp qword [rdx+0x60], 0x0
0520  jne 0x484
0526  mov byte [r12+0x30], 0x0
052f  jmp 0x194
0534  lea rdi, [r12]
053c  lea rsi, [r12+0x10]
0544  lea rdx, [r12+0x40]
054c  mov rax, kiln_rt_table_get
0556  call rax
0558  test eax, eax
055a  jne 0x218
0560  mov rax, [rbx+0x28]
0567  mov qword [rax+rbp+0x20], 0x2
0573  lea rdx, [r12]
057b  lea rcx, [r12+0x10]
0583  mov esi, 0x4
0588  mov r8d, 0x0
058e  mov rdi, rbx
0591  mov rax, kiln_rt_index
059b  call rax
059d  test eax, eax
059f  jne 0xf6
05a5  mov r12, [rbx]
05ac  add r12, r15
05af  jmp 0x218
05b4  cmp qword [rdx+0x38], 0x0
05bf  jne 0x534
05c5  cmp qword [rdx+0x60], 0x0
05d0  jne 0x534
05d6  mov byte [r12+0x40], 0x0
05df  jmp 0x218
05e4  lea rsi, [r12]
05ec  lea rdx, [r12+0x20]
05f4  lea rcx, [r12+0x40]
05fc  mov rdi, rbx
05ff  mov rax, kiln_rt_table_set
0609  call rax
060b  test eax, eax
060d  jne 0x302
0613  mov rax, [rbx+0x28]
061a  mov qword [rax+rbp+0x20], 0x3
0626  lea rsi, [r12]
062e  lea rdx, [r12+0x20]
0636  lea rcx, [r12+0x40]
063e  mov r8d, 0x0
0644  mov rdi, rbx
0647  mov rax, kiln_rt_set_index
0651  call rax
0653  test eax, eax
0655  jne 0xf6
065b  mov r12, [rbx]
0662  add r12, r15
0665  jmp 0x302
066a  cmp rcx, [rdx+0x20]
0671  jne 0x5e4
0677  cmp rcx, [rdx+0x28]
067e  jae 0x5e4
0684  cmp qword [rdx+0x38], 0x0
068f  jne 0x5e4
0695  cmp qword [rdx+0x60], 0x0
06a0  jne 0x5e4
06a6  cmp byte [r12+0x40], 0x0
06af  je 0x5e4
06b5  mov r9, rcx
06b8  shl rcx, 0x4
06bc  add rcx, [rdx+0x18]
06c3  inc qword [rdx+0x20]
06ca  mov rax, [r12+0x40]
06d2  mov r10, [r12+0x48]
06da  mov [rcx], rax
06e1  mov [rcx+0x8], r10
06e8  cmp r9, [rdx+0x50]
06ef  jae 0x6fc
06f5  mov [rdx+0x50], r9
06fc  movzx eax, byte [r12+0x40]
0705  sub eax, 0x4
070a  cmp eax, 0x5
070f  ja 0x73f
0715  mov al, [rdx+0x10]
071b  and al, 0x5
071d  cmp al, 0x1
071f  jne 0x73f
0725  mov rsi, rdx
0728  lea rdx, [r12+0x40]
0730  mov rdi, rbx
0733  mov rax, kiln_rt_barrier
073d  call rax
073f  jmp 0x302
0744  lea rsi, [r12]
074c  lea rdx, [r12+0x10]
0754  lea rcx, [r12+0x30]
075c  mov rdi, rbx
075f  mov rax, kiln_rt_table_set
0769  call rax
076b  test eax, eax
076d  jne 0x3ec
0773  mov rax, [rbx+0x28]
077a  mov qword [rax+rbp+0x20], 0x4
0786  lea rsi, [r12]
078e  lea rdx, [r12+0x10]
0796  lea rcx, [r12+0x30]
079e  mov r8d, 0x0
07a4  mov rdi, rbx
07a7  mov rax, kiln_rt_set_index
07b1  call rax
07b3  test eax, eax
07b5  jne 0xf6
07bb  mov r12, [rbx]
07c2  add r12, r15
07c5  jmp 0x3ec
07ca  cmp rcx, [rdx+0x20]
07d1  jne 0x744
07d7  cmp rcx, [rdx+0x28]
07de  jae 0x744
07e4  cmp qword [rdx+0x38], 0x0
07ef  jne 0x744
07f5  cmp qword [rdx+0x60], 0x0
0800  jne 0x744
0806  cmp byte [r12+0x30], 0x0
080f  je 0x744
0815  mov r9, rcx
0818  shl rcx, 0x4
081c  add rcx, [rdx+0x18]
0823  inc qword [rdx+0x20]
082a  mov rax, [r12+0x30]
0832  mov r10, [r12+0x38]
083a  mov [rcx], rax
0841  mov [rcx+0x8], r10
0848  cmp r9, [rdx+0x50]
084f  jae 0x85c
0855  mov [rdx+0x50], r9
085c  movzx eax, byte [r12+0x30]
0865  sub eax, 0x4
086a  cmp eax, 0x5
086f  ja 0x89f
0875  mov al, [rdx+0x10]
087b  and al, 0x5
087d  cmp al, 0x1
087f  jne 0x89f
0885  mov rsi, rdx
0888  lea rdx, [r12+0x30]
0890  mov rdi, rbx
0893  mov rax, kiln_rt_barrier
089d  call rax
089f  jmp 0x3ec
08a4  mov rax, [rbx+0x28]
08ab  mov qword [rax+rbp+0x20], 0x5
08b7  mov esi, 0x0
08bc  mov edx, 0x1
08c1  mov rdi, rbx
08c4  mov rax, kiln_rt_return
08ce  call rax
08d0  cmp eax, 0x3
08d5  je 0x95
08db  jmp 0xf6

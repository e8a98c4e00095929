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
007b  lea rcx, [rel 0xe4c]
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
0119  jne 0x50b
011f  mov rdx, [r12+0x8]
0127  cmp byte [r12+0x20], 0x2
0130  jne 0x50b
0136  mov rcx, [r12+0x28]
013e  dec rcx
0141  cmp rcx, [rdx+0x20]
0148  jae 0x58b
014e  mov r9, rcx
0151  shl rcx, 0x4
0155  add rcx, [rdx+0x18]
015c  cmp byte [rcx], 0x0
015f  jne 0x176
0165  cmp qword [rdx+0x60], 0x0
0170  jne 0x50b
0176  mov rax, [rcx]
017d  mov r10, [rcx+0x8]
0184  mov [r12+0x30], rax
018c  mov [r12+0x38], r10
; [1] GetTable { a: 4, b: 0, c: 1 }  -- line 1
0194  cmp byte [r12], 0x5
019d  jne 0x655
01a3  mov rdx, [r12+0x8]
01ab  cmp byte [r12+0x10], 0x2
01b4  jne 0x655
01ba  mov rcx, [r12+0x18]
01c2  dec rcx
01c5  cmp rcx, [rdx+0x20]
01cc  jae 0x6d5
01d2  mov r9, rcx
01d5  shl rcx, 0x4
01d9  add rcx, [rdx+0x18]
01e0  cmp byte [rcx], 0x0
01e3  jne 0x1fa
01e9  cmp qword [rdx+0x60], 0x0
01f4  jne 0x655
01fa  mov rax, [rcx]
0201  mov r10, [rcx+0x8]
0208  mov [r12+0x40], rax
0210  mov [r12+0x48], r10
; [2] SetTable { a: 0, b: 2, v: 4 }  -- line 1
0218  cmp byte [r12], 0x5
0221  jne 0x79f
0227  mov rdx, [r12+0x8]
022f  cmp byte [r12+0x20], 0x2
0238  jne 0x79f
023e  mov rcx, [r12+0x28]
0246  dec rcx
0249  cmp rcx, [rdx+0x20]
0250  jae 0x9fc
0256  mov r9, rcx
0259  shl rcx, 0x4
025d  add rcx, [rdx+0x18]
0264  cmp byte [r12+0x40], 0x0
026d  je 0x79f
0273  cmp byte [rcx], 0x0
0276  jne 0x28d
027c  cmp qword [rdx+0x60], 0x0
0287  jne 0x79f
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
030b  jne 0xad6
0311  mov rdx, [r12+0x8]
0319  cmp byte [r12+0x10], 0x2
0322  jne 0xad6
0328  mov rcx, [r12+0x18]
0330  dec rcx
0333  cmp rcx, [rdx+0x20]
033a  jae 0xd33
0340  mov r9, rcx
0343  shl rcx, 0x4
0347  add rcx, [rdx+0x18]
034e  cmp byte [r12+0x30], 0x0
0357  je 0xad6
035d  cmp byte [rcx], 0x0
0360  jne 0x377
0366  cmp qword [rdx+0x60], 0x0
0371  jne 0xad6
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
03f3  jne 0xe0d
03f9  mov rax, [rbx+0x28]
0400  add rax, rbp
0403  movzx ecx, word [rax-0x40]
040a  xor r11d, r11d
040d  test ecx, 0x1ff
0413  jne 0x463
0419  cmp dword [rax+0x4], 0x0
0423  jne 0x47b
0429  mov rdi, [rax+0x8]
0430  shl rdi, 0x4
0434  add rdi, [rbx]
043b  dec qword [rbx+0x30]
0442  mov rdx, [rax-0x28]
0449  mov [rbx+0x18], rdx
0450  mov r10, [rax+0x38]
0457  test r10, r10
045a  je 0x95
0460  jmp r10
0463  cmp cl, 0x3
0466  jne 0xe0d
046c  test ecx, 0x1000
0472  jne 0xe0d
0478  inc r11d
047b  mov ecx, [rax+0x4]
0481  lea edx, [rcx+0x1]
0484  cmp edx, 0x1
048a  ja 0xe0d
0490  mov r8d, ecx
0493  mov edx, 0x0
0498  test ecx, ecx
049a  cmovs ecx, edx
049d  mov r9, [rax+0x8]
04a4  mov rdi, r9
04a7  shl rdi, 0x4
04ab  add rdi, [rbx]
04b2  dec qword [rbx+0x30]
04b9  test r11d, r11d
04bc  jne 0x4f1
04c2  mov rdx, [rax-0x28]
04c9  lea rsi, [r9]
04d0  test r8d, r8d
04d3  cmovs rdx, rsi
04d7  mov [rbx+0x18], rdx
04de  mov r10, [rax+0x38]
04e5  test r10, r10
04e8  je 0x95
04ee  jmp r10
04f1  lea rdx, [r9+rcx]
04f5  mov [rbx+0x18], rdx
04fc  mov eax, 0x4
0501  jmp 0xf6
0506  jmp 0x8b
050b  lea rdi, [r12]
0513  lea rsi, [r12+0x20]
051b  lea rdx, [r12+0x30]
0523  mov rax, kiln_rt_table_get
052d  call rax
052f  test eax, eax
0531  jne 0x194
0537  mov rax, [rbx+0x28]
053e  mov qword [rax+rbp+0x20], 0x1
054a  lea rdx, [r12]
0552  lea rcx, [r12+0x20]
055a  mov esi, 0x3
055f  mov r8d, 0x0
0565  mov rdi, rbx
0568  mov rax, kiln_rt_index
0572  call rax
0574  test eax, eax
0576  jne 0xf6
057c  mov r12, [rbx]
0583  add r12, r15
0586  jmp 0x194
058b  lea r8, [rcx+0x1]
058f  mov r9, [rdx+0x38]
0596  test r9, r9
0599  je 0x636
059f  dec r9
05a2  mov rax, <addr>
05ac  imul rax, r8
05b0  mov rcx, rax
05b3  shr rcx, 0x20
05b7  xor ecx, eax
05b9  and rcx, r9
05bc  mov r10, [rdx+0x30]
05c3  mov rax, rcx
05c6  shl rax, 0x5
05ca  add rax, r10
05cd  movzx r11d, byte [rax]
05d5  test r11d, r11d
05d8  je 0x636
05de  cmp r11d, 0x2
05e5  jne 0x5f8
05eb  cmp r8, [rax+0x8]
05f2  je 0x603
05f8  inc rcx
05fb  and rcx, r9
05fe  jmp 0x5c3
0603  cmp byte [rax+0x10], 0x0
060a  je 0x636
0610  mov rcx, rax
0613  mov rax, [rcx+0x10]
061a  mov r10, [rcx+0x18]
0621  mov [r12+0x30], rax
0629  mov [r12+0x38], r10
0631  jmp 0x194
0636  cmp qword [rdx+0x60], 0x0
0641  jne 0x50b
0647  mov byte [r12+0x30], 0x0
0650  jmp 0x194
0655  lea rdi, [r12]
065d  lea rsi, [r12+0x10]
0665  lea rdx, [r12+0x40]
066d  mov rax, kiln_rt_table_get
0677  call rax
0679  test eax, eax
067b  jne 0x218
0681  mov rax, [rbx+0x28]
0688  mov qword [rax+rbp+0x20], 0x2
0694  lea rdx, [r12]
069c  lea rcx, [r12+0x10]
06a4  mov esi, 0x4
06a9  mov r8d, 0x0
06af  mov rdi, rbx
06b2  mov rax, kiln_rt_index
06bc  call rax
06be  test eax, eax
06c0  jne 0xf6
06c6  mov r12, [rbx]
06cd  add r12, r15
06d0  jmp 0x218
06d5  lea r8, [rcx+0x1]
06d9  mov r9, [rdx+0x38]
06e0  test r9, r9
06e3  je 0x780
06e9  dec r9
06ec  mov rax, <addr>
06f6  imul rax, r8
06fa  mov rcx, rax
06fd  shr rcx, 0x20
0701  xor ecx, eax
0703  and rcx, r9
0706  mov r10, [rdx+0x30]
070d  mov rax, rcx
0710  shl rax, 0x5
0714  add rax, r10
0717  movzx r11d, byte [rax]
071f  test r11d, r11d
0722  je 0x780
0728  cmp r11d, 0x2
072f  jne 0x742
0735  cmp r8, [rax+0x8]
073c  je 0x74d
0742  inc rcx
0745  and rcx, r9
0748  jmp 0x70d
074d  cmp byte [rax+0x10], 0x0
0754  je 0x780
075a  mov rcx, rax
075d  mov rax, [rcx+0x10]
0764  mov r10, [rcx+0x18]
076b  mov [r12+0x40], rax
0773  mov [r12+0x48], r10
077b  jmp 0x218
0780  cmp qword [rdx+0x60], 0x0
078b  jne 0x655
0791  mov byte [r12+0x40], 0x0
079a  jmp 0x218
079f  lea rsi, [r12]
07a7  lea rdx, [r12+0x20]
07af  lea rcx, [r12+0x40]
07b7  mov rdi, rbx
07ba  mov rax, kiln_rt_table_set
07c4  call rax
07c6  test eax, eax
07c8  jne 0x302
07ce  mov rax, [rbx+0x28]
07d5  mov qword [rax+rbp+0x20], 0x3
07e1  lea rsi, [r12]
07e9  lea rdx, [r12+0x20]
07f1  lea rcx, [r12+0x40]
07f9  mov r8d, 0x0
07ff  mov rdi, rbx
0802  mov rax, kiln_rt_set_index
080c  call rax
080e  test eax, eax
0810  jne 0xf6
0816  mov r12, [rbx]
081d  add r12, r15
0820  jmp 0x302
0825  lea r8, [rcx+0x1]
0829  mov r9, [rdx+0x38]
0830  test r9, r9
0833  je 0x79f
0839  dec r9
083c  mov rax, <addr>
0846  imul rax, r8
084a  mov rcx, rax
084d  shr rcx, 0x20
0851  xor ecx, eax
0853  and rcx, r9
0856  mov r10, [rdx+0x30]
085d  mov rax, rcx
0860  shl rax, 0x5
0864  add rax, r10
0867  movzx r11d, byte [rax]
086f  test r11d, r11d
0872  je 0x89d
0878  cmp r11d, 0x2
087f  jne 0x892
0885  cmp r8, [rax+0x8]
088c  je 0x95b
0892  inc rcx
0895  and rcx, r9
0898  jmp 0x85d
089d  cmp byte [r12+0x40], 0x0
08a6  je 0x79f
08ac  cmp qword [rdx+0x60], 0x0
08b7  jne 0x79f
08bd  mov r9b, [rdx+0x10]
08c4  and r9b, 0x5
08c8  cmp r9b, 0x1
08cc  je 0x79f
08d2  mov r9, [rdx+0x48]
08d9  lea r9, [r9*4+0x4]
08e1  mov r10, [rdx+0x38]
08e8  lea r10, [r10+r10*2]
08ec  cmp r9, r10
08ef  ja 0x79f
08f5  inc qword [rdx+0x48]
08fc  mov r9, rcx
08ff  mov rcx, rax
0902  mov byte [rcx], 0x2
0909  mov [rcx+0x8], r8
0910  mov rax, [r12+0x40]
0918  mov r10, [r12+0x48]
0920  mov [rcx+0x10], rax
0927  mov [rcx+0x18], r10
092e  cmp r9d, [rdx+0x58]
0935  jae 0x942
093b  mov [rdx+0x58], r9d
0942  cmp r9d, [rdx+0x5c]
0949  jbe 0x956
094f  mov [rdx+0x5c], r9d
0956  jmp 0x302
095b  cmp byte [rax+0x10], 0x0
0962  je 0x79f
0968  mov r9, rcx
096b  mov rcx, rax
096e  mov rax, [r12+0x40]
0976  mov r10, [r12+0x48]
097e  mov [rcx+0x10], rax
0985  mov [rcx+0x18], r10
098c  cmp r9d, [rdx+0x58]
0993  jae 0x9a0
0999  mov [rdx+0x58], r9d
09a0  cmp r9d, [rdx+0x5c]
09a7  jbe 0x9b4
09ad  mov [rdx+0x5c], r9d
09b4  movzx eax, byte [r12+0x40]
09bd  sub eax, 0x4
09c2  cmp eax, 0x5
09c7  ja 0x9f7
09cd  mov al, [rdx+0x10]
09d3  and al, 0x5
09d5  cmp al, 0x1
09d7  jne 0x9f7
09dd  mov rsi, rdx
09e0  lea rdx, [r12+0x40]
09e8  mov rdi, rbx
09eb  mov rax, kiln_rt_barrier
09f5  call rax
09f7  jmp 0x302
09fc  cmp rcx, [rdx+0x20]
0a03  jne 0x825
0a09  cmp rcx, [rdx+0x28]
0a10  jae 0x79f
0a16  cmp qword [rdx+0x38], 0x0
0a21  jne 0x79f
0a27  cmp qword [rdx+0x60], 0x0
0a32  jne 0x79f
0a38  cmp byte [r12+0x40], 0x0
0a41  je 0x79f
0a47  mov r9, rcx
0a4a  shl rcx, 0x4
0a4e  add rcx, [rdx+0x18]
0a55  inc qword [rdx+0x20]
0a5c  mov rax, [r12+0x40]
0a64  mov r10, [r12+0x48]
0a6c  mov [rcx], rax
0a73  mov [rcx+0x8], r10
0a7a  cmp r9, [rdx+0x50]
0a81  jae 0xa8e
0a87  mov [rdx+0x50], r9
0a8e  movzx eax, byte [r12+0x40]
0a97  sub eax, 0x4
0a9c  cmp eax, 0x5
0aa1  ja 0xad1
0aa7  mov al, [rdx+0x10]
0aad  and al, 0x5
0aaf  cmp al, 0x1
0ab1  jne 0xad1
0ab7  mov rsi, rdx
0aba  lea rdx, [r12+0x40]
0ac2  mov rdi, rbx
0ac5  mov rax, kiln_rt_barrier
0acf  call rax
0ad1  jmp 0x302
0ad6  lea rsi, [r12]
0ade  lea rdx, [r12+0x10]
0ae6  lea rcx, [r12+0x30]
0aee  mov rdi, rbx
0af1  mov rax, kiln_rt_table_set
0afb  call rax
0afd  test eax, eax
0aff  jne 0x3ec
0b05  mov rax, [rbx+0x28]
0b0c  mov qword [rax+rbp+0x20], 0x4
0b18  lea rsi, [r12]
0b20  lea rdx, [r12+0x10]
0b28  lea rcx, [r12+0x30]
0b30  mov r8d, 0x0
0b36  mov rdi, rbx
0b39  mov rax, kiln_rt_set_index
0b43  call rax
0b45  test eax, eax
0b47  jne 0xf6
0b4d  mov r12, [rbx]
0b54  add r12, r15
0b57  jmp 0x3ec
0b5c  lea r8, [rcx+0x1]
0b60  mov r9, [rdx+0x38]
0b67  test r9, r9
0b6a  je 0xad6
0b70  dec r9
0b73  mov rax, <addr>
0b7d  imul rax, r8
0b81  mov rcx, rax
0b84  shr rcx, 0x20
0b88  xor ecx, eax
0b8a  and rcx, r9
0b8d  mov r10, [rdx+0x30]
0b94  mov rax, rcx
0b97  shl rax, 0x5
0b9b  add rax, r10
0b9e  movzx r11d, byte [rax]
0ba6  test r11d, r11d
0ba9  je 0xbd4
0baf  cmp r11d, 0x2
0bb6  jne 0xbc9
0bbc  cmp r8, [rax+0x8]
0bc3  je 0xc92
0bc9  inc rcx
0bcc  and rcx, r9
0bcf  jmp 0xb94
0bd4  cmp byte [r12+0x30], 0x0
0bdd  je 0xad6
0be3  cmp qword [rdx+0x60], 0x0
0bee  jne 0xad6
0bf4  mov r9b, [rdx+0x10]
0bfb  and r9b, 0x5
0bff  cmp r9b, 0x1
0c03  je 0xad6
0c09  mov r9, [rdx+0x48]
0c10  lea r9, [r9*4+0x4]
0c18  mov r10, [rdx+0x38]
0c1f  lea r10, [r10+r10*2]
0c23  cmp r9, r10
0c26  ja 0xad6
0c2c  inc qword [rdx+0x48]
0c33  mov r9, rcx
0c36  mov rcx, rax
0c39  mov byte [rcx], 0x2
0c40  mov [rcx+0x8], r8
0c47  mov rax, [r12+0x30]
0c4f  mov r10, [r12+0x38]
0c57  mov [rcx+0x10], rax
0c5e  mov [rcx+0x18], r10
0c65  cmp r9d, [rdx+0x58]
0c6c  jae 0xc79
0c72  mov [rdx+0x58], r9d
0c79  cmp r9d, [rdx+0x5c]
0c80  jbe 0xc8d
0c86  mov [rdx+0x5c], r9d
0c8d  jmp 0x3ec
0c92  cmp byte [rax+0x10], 0x0
0c99  je 0xad6
0c9f  mov r9, rcx
0ca2  mov rcx, rax
0ca5  mov rax, [r12+0x30]
0cad  mov r10, [r12+0x38]
0cb5  mov [rcx+0x10], rax
0cbc  mov [rcx+0x18], r10
0cc3  cmp r9d, [rdx+0x58]
0cca  jae 0xcd7
0cd0  mov [rdx+0x58], r9d
0cd7  cmp r9d, [rdx+0x5c]
0cde  jbe 0xceb
0ce4  mov [rdx+0x5c], r9d
0ceb  movzx eax, byte [r12+0x30]
0cf4  sub eax, 0x4
0cf9  cmp eax, 0x5
0cfe  ja 0xd2e
0d04  mov al, [rdx+0x10]
0d0a  and al, 0x5
0d0c  cmp al, 0x1
0d0e  jne 0xd2e
0d14  mov rsi, rdx
0d17  lea rdx, [r12+0x30]
0d1f  mov rdi, rbx
0d22  mov rax, kiln_rt_barrier
0d2c  call rax
0d2e  jmp 0x3ec
0d33  cmp rcx, [rdx+0x20]
0d3a  jne 0xb5c
0d40  cmp rcx, [rdx+0x28]
0d47  jae 0xad6
0d4d  cmp qword [rdx+0x38], 0x0
0d58  jne 0xad6
0d5e  cmp qword [rdx+0x60], 0x0
0d69  jne 0xad6
0d6f  cmp byte [r12+0x30], 0x0
0d78  je 0xad6
0d7e  mov r9, rcx
0d81  shl rcx, 0x4
0d85  add rcx, [rdx+0x18]
0d8c  inc qword [rdx+0x20]
0d93  mov rax, [r12+0x30]
0d9b  mov r10, [r12+0x38]
0da3  mov [rcx], rax
0daa  mov [rcx+0x8], r10
0db1  cmp r9, [rdx+0x50]
0db8  jae 0xdc5
0dbe  mov [rdx+0x50], r9
0dc5  movzx eax, byte [r12+0x30]
0dce  sub eax, 0x4
0dd3  cmp eax, 0x5
0dd8  ja 0xe08
0dde  mov al, [rdx+0x10]
0de4  and al, 0x5
0de6  cmp al, 0x1
0de8  jne 0xe08
0dee  mov rsi, rdx
0df1  lea rdx, [r12+0x30]
0df9  mov rdi, rbx
0dfc  mov rax, kiln_rt_barrier
0e06  call rax
0e08  jmp 0x3ec
0e0d  mov rax, [rbx+0x28]
0e14  mov qword [rax+rbp+0x20], 0x5
0e20  mov esi, 0x0
0e25  mov edx, 0x1
0e2a  mov rdi, rbx
0e2d  mov rax, kiln_rt_return
0e37  call rax
0e39  cmp eax, 0x3
0e3e  je 0x95
0e44  jmp 0xf6
0e49  nop
0e4a  nop
0e4b  nop

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
007b  lea rcx, [rel 0xe88]
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
0250  jae 0xa1a
0256  mov r9, rcx
0259  shl rcx, 0x4
025d  add rcx, [rdx+0x18]
0264  cmp byte [r12+0x40], 0x0
026d  je 0x79f
0273  cmp qword [rdx+0x60], 0x0
027e  je 0x28d
0284  cmp byte [rcx], 0x0
0287  je 0x79f
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
030b  jne 0xaf4
0311  mov rdx, [r12+0x8]
0319  cmp byte [r12+0x10], 0x2
0322  jne 0xaf4
0328  mov rcx, [r12+0x18]
0330  dec rcx
0333  cmp rcx, [rdx+0x20]
033a  jae 0xd6f
0340  mov r9, rcx
0343  shl rcx, 0x4
0347  add rcx, [rdx+0x18]
034e  cmp byte [r12+0x30], 0x0
0357  je 0xaf4
035d  cmp qword [rdx+0x60], 0x0
0368  je 0x377
036e  cmp byte [rcx], 0x0
0371  je 0xaf4
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
03f3  jne 0xe49
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
0466  jne 0xe49
046c  test ecx, 0x1000
0472  jne 0xe49
0478  inc r11d
047b  mov ecx, [rax+0x4]
0481  lea edx, [rcx+0x1]
0484  cmp edx, 0x1
048a  ja 0xe49
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
088c  je 0x979
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
0910  mov rax, <addr>
091a  imul rax, r8
091e  mov r10, rax
0921  shr r10, 0x20
0925  xor eax, r10d
0928  mov [rcx+0x4], eax
092e  mov rax, [r12+0x40]
0936  mov r10, [r12+0x48]
093e  mov [rcx+0x10], rax
0945  mov [rcx+0x18], r10
094c  cmp r9d, [rdx+0x58]
0953  jae 0x960
0959  mov [rdx+0x58], r9d
0960  cmp r9d, [rdx+0x5c]
0967  jbe 0x974
096d  mov [rdx+0x5c], r9d
0974  jmp 0x302
0979  cmp byte [rax+0x10], 0x0
0980  je 0x79f
0986  mov r9, rcx
0989  mov rcx, rax
098c  mov rax, [r12+0x40]
0994  mov r10, [r12+0x48]
099c  mov [rcx+0x10], rax
09a3  mov [rcx+0x18], r10
09aa  cmp r9d, [rdx+0x58]
09b1  jae 0x9be
09b7  mov [rdx+0x58], r9d
09be  cmp r9d, [rdx+0x5c]
09c5  jbe 0x9d2
09cb  mov [rdx+0x5c], r9d
09d2  movzx eax, byte [r12+0x40]
09db  sub eax, 0x4
09e0  cmp eax, 0x5
09e5  ja 0xa15
09eb  mov al, [rdx+0x10]
09f1  and al, 0x5
09f3  cmp al, 0x1
09f5  jne 0xa15
09fb  mov rsi, rdx
09fe  lea rdx, [r12+0x40]
0a06  mov rdi, rbx
0a09  mov rax, kiln_rt_barrier
0a13  call rax
0a15  jmp 0x302
0a1a  cmp rcx, [rdx+0x20]
0a21  jne 0x825
0a27  cmp rcx, [rdx+0x28]
0a2e  jae 0x79f
0a34  cmp qword [rdx+0x38], 0x0
0a3f  jne 0x79f
0a45  cmp qword [rdx+0x60], 0x0
0a50  jne 0x79f
0a56  cmp byte [r12+0x40], 0x0
0a5f  je 0x79f
0a65  mov r9, rcx
0a68  shl rcx, 0x4
0a6c  add rcx, [rdx+0x18]
0a73  inc qword [rdx+0x20]
0a7a  mov rax, [r12+0x40]
0a82  mov r10, [r12+0x48]
0a8a  mov [rcx], rax
0a91  mov [rcx+0x8], r10
0a98  cmp r9, [rdx+0x50]
0a9f  jae 0xaac
0aa5  mov [rdx+0x50], r9
0aac  movzx eax, byte [r12+0x40]
0ab5  sub eax, 0x4
0aba  cmp eax, 0x5
0abf  ja 0xaef
0ac5  mov al, [rdx+0x10]
0acb  and al, 0x5
0acd  cmp al, 0x1
0acf  jne 0xaef
0ad5  mov rsi, rdx
0ad8  lea rdx, [r12+0x40]
0ae0  mov rdi, rbx
0ae3  mov rax, kiln_rt_barrier
0aed  call rax
0aef  jmp 0x302
0af4  lea rsi, [r12]
0afc  lea rdx, [r12+0x10]
0b04  lea rcx, [r12+0x30]
0b0c  mov rdi, rbx
0b0f  mov rax, kiln_rt_table_set
0b19  call rax
0b1b  test eax, eax
0b1d  jne 0x3ec
0b23  mov rax, [rbx+0x28]
0b2a  mov qword [rax+rbp+0x20], 0x4
0b36  lea rsi, [r12]
0b3e  lea rdx, [r12+0x10]
0b46  lea rcx, [r12+0x30]
0b4e  mov r8d, 0x0
0b54  mov rdi, rbx
0b57  mov rax, kiln_rt_set_index
0b61  call rax
0b63  test eax, eax
0b65  jne 0xf6
0b6b  mov r12, [rbx]
0b72  add r12, r15
0b75  jmp 0x3ec
0b7a  lea r8, [rcx+0x1]
0b7e  mov r9, [rdx+0x38]
0b85  test r9, r9
0b88  je 0xaf4
0b8e  dec r9
0b91  mov rax, <addr>
0b9b  imul rax, r8
0b9f  mov rcx, rax
0ba2  shr rcx, 0x20
0ba6  xor ecx, eax
0ba8  and rcx, r9
0bab  mov r10, [rdx+0x30]
0bb2  mov rax, rcx
0bb5  shl rax, 0x5
0bb9  add rax, r10
0bbc  movzx r11d, byte [rax]
0bc4  test r11d, r11d
0bc7  je 0xbf2
0bcd  cmp r11d, 0x2
0bd4  jne 0xbe7
0bda  cmp r8, [rax+0x8]
0be1  je 0xcce
0be7  inc rcx
0bea  and rcx, r9
0bed  jmp 0xbb2
0bf2  cmp byte [r12+0x30], 0x0
0bfb  je 0xaf4
0c01  cmp qword [rdx+0x60], 0x0
0c0c  jne 0xaf4
0c12  mov r9b, [rdx+0x10]
0c19  and r9b, 0x5
0c1d  cmp r9b, 0x1
0c21  je 0xaf4
0c27  mov r9, [rdx+0x48]
0c2e  lea r9, [r9*4+0x4]
0c36  mov r10, [rdx+0x38]
0c3d  lea r10, [r10+r10*2]
0c41  cmp r9, r10
0c44  ja 0xaf4
0c4a  inc qword [rdx+0x48]
0c51  mov r9, rcx
0c54  mov rcx, rax
0c57  mov byte [rcx], 0x2
0c5e  mov [rcx+0x8], r8
0c65  mov rax, <addr>
0c6f  imul rax, r8
0c73  mov r10, rax
0c76  shr r10, 0x20
0c7a  xor eax, r10d
0c7d  mov [rcx+0x4], eax
0c83  mov rax, [r12+0x30]
0c8b  mov r10, [r12+0x38]
0c93  mov [rcx+0x10], rax
0c9a  mov [rcx+0x18], r10
0ca1  cmp r9d, [rdx+0x58]
0ca8  jae 0xcb5
0cae  mov [rdx+0x58], r9d
0cb5  cmp r9d, [rdx+0x5c]
0cbc  jbe 0xcc9
0cc2  mov [rdx+0x5c], r9d
0cc9  jmp 0x3ec
0cce  cmp byte [rax+0x10], 0x0
0cd5  je 0xaf4
0cdb  mov r9, rcx
0cde  mov rcx, rax
0ce1  mov rax, [r12+0x30]
0ce9  mov r10, [r12+0x38]
0cf1  mov [rcx+0x10], rax
0cf8  mov [rcx+0x18], r10
0cff  cmp r9d, [rdx+0x58]
0d06  jae 0xd13
0d0c  mov [rdx+0x58], r9d
0d13  cmp r9d, [rdx+0x5c]
0d1a  jbe 0xd27
0d20  mov [rdx+0x5c], r9d
0d27  movzx eax, byte [r12+0x30]
0d30  sub eax, 0x4
0d35  cmp eax, 0x5
0d3a  ja 0xd6a
0d40  mov al, [rdx+0x10]
0d46  and al, 0x5
0d48  cmp al, 0x1
0d4a  jne 0xd6a
0d50  mov rsi, rdx
0d53  lea rdx, [r12+0x30]
0d5b  mov rdi, rbx
0d5e  mov rax, kiln_rt_barrier
0d68  call rax
0d6a  jmp 0x3ec
0d6f  cmp rcx, [rdx+0x20]
0d76  jne 0xb7a
0d7c  cmp rcx, [rdx+0x28]
0d83  jae 0xaf4
0d89  cmp qword [rdx+0x38], 0x0
0d94  jne 0xaf4
0d9a  cmp qword [rdx+0x60], 0x0
0da5  jne 0xaf4
0dab  cmp byte [r12+0x30], 0x0
0db4  je 0xaf4
0dba  mov r9, rcx
0dbd  shl rcx, 0x4
0dc1  add rcx, [rdx+0x18]
0dc8  inc qword [rdx+0x20]
0dcf  mov rax, [r12+0x30]
0dd7  mov r10, [r12+0x38]
0ddf  mov [rcx], rax
0de6  mov [rcx+0x8], r10
0ded  cmp r9, [rdx+0x50]
0df4  jae 0xe01
0dfa  mov [rdx+0x50], r9
0e01  movzx eax, byte [r12+0x30]
0e0a  sub eax, 0x4
0e0f  cmp eax, 0x5
0e14  ja 0xe44
0e1a  mov al, [rdx+0x10]
0e20  and al, 0x5
0e22  cmp al, 0x1
0e24  jne 0xe44
0e2a  mov rsi, rdx
0e2d  lea rdx, [r12+0x30]
0e35  mov rdi, rbx
0e38  mov rax, kiln_rt_barrier
0e42  call rax
0e44  jmp 0x3ec
0e49  mov rax, [rbx+0x28]
0e50  mov qword [rax+rbp+0x20], 0x5
0e5c  mov esi, 0x0
0e61  mov edx, 0x1
0e66  mov rdi, rbx
0e69  mov rax, kiln_rt_return
0e73  call rax
0e75  cmp eax, 0x3
0e7a  je 0x95
0e80  jmp 0xf6
0e85  nop
0e86  nop
0e87  nop

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
007b  lea rcx, [rel 0xe00]
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
019d  jne 0x60b
01a3  mov rdx, [r12+0x8]
01ab  cmp byte [r12+0x10], 0x2
01b4  jne 0x60b
01ba  mov rcx, [r12+0x18]
01c2  dec rcx
01c5  cmp rcx, [rdx+0x20]
01cc  jae 0x68b
01d2  mov r9, rcx
01d5  shl rcx, 0x4
01d9  add rcx, [rdx+0x18]
01e0  cmp byte [rcx], 0x0
01e3  jne 0x1fa
01e9  cmp qword [rdx+0x60], 0x0
01f4  jne 0x60b
01fa  mov rax, [rcx]
0201  mov r10, [rcx+0x8]
0208  mov [r12+0x40], rax
0210  mov [r12+0x48], r10
; [2] SetTable { a: 0, b: 2, v: 4 }  -- line 1
0218  cmp byte [r12], 0x5
0221  jne 0x755
0227  mov rdx, [r12+0x8]
022f  cmp byte [r12+0x20], 0x2
0238  jne 0x755
023e  mov rcx, [r12+0x28]
0246  dec rcx
0249  cmp rcx, [rdx+0x20]
0250  jae 0x9b2
0256  mov r9, rcx
0259  shl rcx, 0x4
025d  add rcx, [rdx+0x18]
0264  cmp byte [r12+0x40], 0x0
026d  je 0x755
0273  cmp byte [rcx], 0x0
0276  jne 0x28d
027c  cmp qword [rdx+0x60], 0x0
0287  jne 0x755
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
030b  jne 0xa8c
0311  mov rdx, [r12+0x8]
0319  cmp byte [r12+0x10], 0x2
0322  jne 0xa8c
0328  mov rcx, [r12+0x18]
0330  dec rcx
0333  cmp rcx, [rdx+0x20]
033a  jae 0xce9
0340  mov r9, rcx
0343  shl rcx, 0x4
0347  add rcx, [rdx+0x18]
034e  cmp byte [r12+0x30], 0x0
0357  je 0xa8c
035d  cmp byte [rcx], 0x0
0360  jne 0x377
0366  cmp qword [rdx+0x60], 0x0
0371  jne 0xa8c
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
03f3  jne 0xdc3
03f9  mov rax, [rbx+0x28]
0400  add rax, rbp
0403  movzx ecx, word [rax-0x40]
040a  xor r11d, r11d
040d  test ecx, 0x1ff
0413  je 0x431
0419  cmp cl, 0x3
041c  jne 0xdc3
0422  test ecx, 0x1000
0428  jne 0xdc3
042e  inc r11d
0431  mov ecx, [rax+0x4]
0437  lea edx, [rcx+0x1]
043a  cmp edx, 0x1
0440  ja 0xdc3
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
0541  lea r8, [rcx+0x1]
0545  mov r9, [rdx+0x38]
054c  test r9, r9
054f  je 0x5ec
0555  dec r9
0558  mov rax, <addr>
0562  imul rax, r8
0566  mov rcx, rax
0569  shr rcx, 0x20
056d  xor ecx, eax
056f  and rcx, r9
0572  mov r10, [rdx+0x30]
0579  mov rax, rcx
057c  shl rax, 0x5
0580  add rax, r10
0583  movzx r11d, byte [rax]
058b  test r11d, r11d
058e  je 0x5ec
0594  cmp r11d, 0x2
059b  jne 0x5ae
05a1  cmp r8, [rax+0x8]
05a8  je 0x5b9
05ae  inc rcx
05b1  and rcx, r9
05b4  jmp 0x579
05b9  cmp byte [rax+0x10], 0x0
05c0  je 0x5ec
05c6  mov rcx, rax
05c9  mov rax, [rcx+0x10]
05d0  mov r10, [rcx+0x18]
05d7  mov [r12+0x30], rax
05df  mov [r12+0x38], r10
05e7  jmp 0x194
05ec  cmp qword [rdx+0x60], 0x0
05f7  jne 0x4c1
05fd  mov byte [r12+0x30], 0x0
0606  jmp 0x194
060b  lea rdi, [r12]
0613  lea rsi, [r12+0x10]
061b  lea rdx, [r12+0x40]
0623  mov rax, kiln_rt_table_get
062d  call rax
062f  test eax, eax
0631  jne 0x218
0637  mov rax, [rbx+0x28]
063e  mov qword [rax+rbp+0x20], 0x2
064a  lea rdx, [r12]
0652  lea rcx, [r12+0x10]
065a  mov esi, 0x4
065f  mov r8d, 0x0
0665  mov rdi, rbx
0668  mov rax, kiln_rt_index
0672  call rax
0674  test eax, eax
0676  jne 0xf6
067c  mov r12, [rbx]
0683  add r12, r15
0686  jmp 0x218
068b  lea r8, [rcx+0x1]
068f  mov r9, [rdx+0x38]
0696  test r9, r9
0699  je 0x736
069f  dec r9
06a2  mov rax, <addr>
06ac  imul rax, r8
06b0  mov rcx, rax
06b3  shr rcx, 0x20
06b7  xor ecx, eax
06b9  and rcx, r9
06bc  mov r10, [rdx+0x30]
06c3  mov rax, rcx
06c6  shl rax, 0x5
06ca  add rax, r10
06cd  movzx r11d, byte [rax]
06d5  test r11d, r11d
06d8  je 0x736
06de  cmp r11d, 0x2
06e5  jne 0x6f8
06eb  cmp r8, [rax+0x8]
06f2  je 0x703
06f8  inc rcx
06fb  and rcx, r9
06fe  jmp 0x6c3
0703  cmp byte [rax+0x10], 0x0
070a  je 0x736
0710  mov rcx, rax
0713  mov rax, [rcx+0x10]
071a  mov r10, [rcx+0x18]
0721  mov [r12+0x40], rax
0729  mov [r12+0x48], r10
0731  jmp 0x218
0736  cmp qword [rdx+0x60], 0x0
0741  jne 0x60b
0747  mov byte [r12+0x40], 0x0
0750  jmp 0x218
0755  lea rsi, [r12]
075d  lea rdx, [r12+0x20]
0765  lea rcx, [r12+0x40]
076d  mov rdi, rbx
0770  mov rax, kiln_rt_table_set
077a  call rax
077c  test eax, eax
077e  jne 0x302
0784  mov rax, [rbx+0x28]
078b  mov qword [rax+rbp+0x20], 0x3
0797  lea rsi, [r12]
079f  lea rdx, [r12+0x20]
07a7  lea rcx, [r12+0x40]
07af  mov r8d, 0x0
07b5  mov rdi, rbx
07b8  mov rax, kiln_rt_set_index
07c2  call rax
07c4  test eax, eax
07c6  jne 0xf6
07cc  mov r12, [rbx]
07d3  add r12, r15
07d6  jmp 0x302
07db  lea r8, [rcx+0x1]
07df  mov r9, [rdx+0x38]
07e6  test r9, r9
07e9  je 0x755
07ef  dec r9
07f2  mov rax, <addr>
07fc  imul rax, r8
0800  mov rcx, rax
0803  shr rcx, 0x20
0807  xor ecx, eax
0809  and rcx, r9
080c  mov r10, [rdx+0x30]
0813  mov rax, rcx
0816  shl rax, 0x5
081a  add rax, r10
081d  movzx r11d, byte [rax]
0825  test r11d, r11d
0828  je 0x853
082e  cmp r11d, 0x2
0835  jne 0x848
083b  cmp r8, [rax+0x8]
0842  je 0x911
0848  inc rcx
084b  and rcx, r9
084e  jmp 0x813
0853  cmp byte [r12+0x40], 0x0
085c  je 0x755
0862  cmp qword [rdx+0x60], 0x0
086d  jne 0x755
0873  mov r9b, [rdx+0x10]
087a  and r9b, 0x5
087e  cmp r9b, 0x1
0882  je 0x755
0888  mov r9, [rdx+0x48]
088f  lea r9, [r9*4+0x4]
0897  mov r10, [rdx+0x38]
089e  lea r10, [r10+r10*2]
08a2  cmp r9, r10
08a5  ja 0x755
08ab  inc qword [rdx+0x48]
08b2  mov r9, rcx
08b5  mov rcx, rax
08b8  mov byte [rcx], 0x2
08bf  mov [rcx+0x8], r8
08c6  mov rax, [r12+0x40]
08ce  mov r10, [r12+0x48]
08d6  mov [rcx+0x10], rax
08dd  mov [rcx+0x18], r10
08e4  cmp r9d, [rdx+0x58]
08eb  jae 0x8f8
08f1  mov [rdx+0x58], r9d
08f8  cmp r9d, [rdx+0x5c]
08ff  jbe 0x90c
0905  mov [rdx+0x5c], r9d
090c  jmp 0x302
0911  cmp byte [rax+0x10], 0x0
0918  je 0x755
091e  mov r9, rcx
0921  mov rcx, rax
0924  mov rax, [r12+0x40]
092c  mov r10, [r12+0x48]
0934  mov [rcx+0x10], rax
093b  mov [rcx+0x18], r10
0942  cmp r9d, [rdx+0x58]
0949  jae 0x956
094f  mov [rdx+0x58], r9d
0956  cmp r9d, [rdx+0x5c]
095d  jbe 0x96a
0963  mov [rdx+0x5c], r9d
096a  movzx eax, byte [r12+0x40]
0973  sub eax, 0x4
0978  cmp eax, 0x5
097d  ja 0x9ad
0983  mov al, [rdx+0x10]
0989  and al, 0x5
098b  cmp al, 0x1
098d  jne 0x9ad
0993  mov rsi, rdx
0996  lea rdx, [r12+0x40]
099e  mov rdi, rbx
09a1  mov rax, kiln_rt_barrier
09ab  call rax
09ad  jmp 0x302
09b2  cmp rcx, [rdx+0x20]
09b9  jne 0x7db
09bf  cmp rcx, [rdx+0x28]
09c6  jae 0x755
09cc  cmp qword [rdx+0x38], 0x0
09d7  jne 0x755
09dd  cmp qword [rdx+0x60], 0x0
09e8  jne 0x755
09ee  cmp byte [r12+0x40], 0x0
09f7  je 0x755
09fd  mov r9, rcx
0a00  shl rcx, 0x4
0a04  add rcx, [rdx+0x18]
0a0b  inc qword [rdx+0x20]
0a12  mov rax, [r12+0x40]
0a1a  mov r10, [r12+0x48]
0a22  mov [rcx], rax
0a29  mov [rcx+0x8], r10
0a30  cmp r9, [rdx+0x50]
0a37  jae 0xa44
0a3d  mov [rdx+0x50], r9
0a44  movzx eax, byte [r12+0x40]
0a4d  sub eax, 0x4
0a52  cmp eax, 0x5
0a57  ja 0xa87
0a5d  mov al, [rdx+0x10]
0a63  and al, 0x5
0a65  cmp al, 0x1
0a67  jne 0xa87
0a6d  mov rsi, rdx
0a70  lea rdx, [r12+0x40]
0a78  mov rdi, rbx
0a7b  mov rax, kiln_rt_barrier
0a85  call rax
0a87  jmp 0x302
0a8c  lea rsi, [r12]
0a94  lea rdx, [r12+0x10]
0a9c  lea rcx, [r12+0x30]
0aa4  mov rdi, rbx
0aa7  mov rax, kiln_rt_table_set
0ab1  call rax
0ab3  test eax, eax
0ab5  jne 0x3ec
0abb  mov rax, [rbx+0x28]
0ac2  mov qword [rax+rbp+0x20], 0x4
0ace  lea rsi, [r12]
0ad6  lea rdx, [r12+0x10]
0ade  lea rcx, [r12+0x30]
0ae6  mov r8d, 0x0
0aec  mov rdi, rbx
0aef  mov rax, kiln_rt_set_index
0af9  call rax
0afb  test eax, eax
0afd  jne 0xf6
0b03  mov r12, [rbx]
0b0a  add r12, r15
0b0d  jmp 0x3ec
0b12  lea r8, [rcx+0x1]
0b16  mov r9, [rdx+0x38]
0b1d  test r9, r9
0b20  je 0xa8c
0b26  dec r9
0b29  mov rax, <addr>
0b33  imul rax, r8
0b37  mov rcx, rax
0b3a  shr rcx, 0x20
0b3e  xor ecx, eax
0b40  and rcx, r9
0b43  mov r10, [rdx+0x30]
0b4a  mov rax, rcx
0b4d  shl rax, 0x5
0b51  add rax, r10
0b54  movzx r11d, byte [rax]
0b5c  test r11d, r11d
0b5f  je 0xb8a
0b65  cmp r11d, 0x2
0b6c  jne 0xb7f
0b72  cmp r8, [rax+0x8]
0b79  je 0xc48
0b7f  inc rcx
0b82  and rcx, r9
0b85  jmp 0xb4a
0b8a  cmp byte [r12+0x30], 0x0
0b93  je 0xa8c
0b99  cmp qword [rdx+0x60], 0x0
0ba4  jne 0xa8c
0baa  mov r9b, [rdx+0x10]
0bb1  and r9b, 0x5
0bb5  cmp r9b, 0x1
0bb9  je 0xa8c
0bbf  mov r9, [rdx+0x48]
0bc6  lea r9, [r9*4+0x4]
0bce  mov r10, [rdx+0x38]
0bd5  lea r10, [r10+r10*2]
0bd9  cmp r9, r10
0bdc  ja 0xa8c
0be2  inc qword [rdx+0x48]
0be9  mov r9, rcx
0bec  mov rcx, rax
0bef  mov byte [rcx], 0x2
0bf6  mov [rcx+0x8], r8
0bfd  mov rax, [r12+0x30]
0c05  mov r10, [r12+0x38]
0c0d  mov [rcx+0x10], rax
0c14  mov [rcx+0x18], r10
0c1b  cmp r9d, [rdx+0x58]
0c22  jae 0xc2f
0c28  mov [rdx+0x58], r9d
0c2f  cmp r9d, [rdx+0x5c]
0c36  jbe 0xc43
0c3c  mov [rdx+0x5c], r9d
0c43  jmp 0x3ec
0c48  cmp byte [rax+0x10], 0x0
0c4f  je 0xa8c
0c55  mov r9, rcx
0c58  mov rcx, rax
0c5b  mov rax, [r12+0x30]
0c63  mov r10, [r12+0x38]
0c6b  mov [rcx+0x10], rax
0c72  mov [rcx+0x18], r10
0c79  cmp r9d, [rdx+0x58]
0c80  jae 0xc8d
0c86  mov [rdx+0x58], r9d
0c8d  cmp r9d, [rdx+0x5c]
0c94  jbe 0xca1
0c9a  mov [rdx+0x5c], r9d
0ca1  movzx eax, byte [r12+0x30]
0caa  sub eax, 0x4
0caf  cmp eax, 0x5
0cb4  ja 0xce4
0cba  mov al, [rdx+0x10]
0cc0  and al, 0x5
0cc2  cmp al, 0x1
0cc4  jne 0xce4
0cca  mov rsi, rdx
0ccd  lea rdx, [r12+0x30]
0cd5  mov rdi, rbx
0cd8  mov rax, kiln_rt_barrier
0ce2  call rax
0ce4  jmp 0x3ec
0ce9  cmp rcx, [rdx+0x20]
0cf0  jne 0xb12
0cf6  cmp rcx, [rdx+0x28]
0cfd  jae 0xa8c
0d03  cmp qword [rdx+0x38], 0x0
0d0e  jne 0xa8c
0d14  cmp qword [rdx+0x60], 0x0
0d1f  jne 0xa8c
0d25  cmp byte [r12+0x30], 0x0
0d2e  je 0xa8c
0d34  mov r9, rcx
0d37  shl rcx, 0x4
0d3b  add rcx, [rdx+0x18]
0d42  inc qword [rdx+0x20]
0d49  mov rax, [r12+0x30]
0d51  mov r10, [r12+0x38]
0d59  mov [rcx], rax
0d60  mov [rcx+0x8], r10
0d67  cmp r9, [rdx+0x50]
0d6e  jae 0xd7b
0d74  mov [rdx+0x50], r9
0d7b  movzx eax, byte [r12+0x30]
0d84  sub eax, 0x4
0d89  cmp eax, 0x5
0d8e  ja 0xdbe
0d94  mov al, [rdx+0x10]
0d9a  and al, 0x5
0d9c  cmp al, 0x1
0d9e  jne 0xdbe
0da4  mov rsi, rdx
0da7  lea rdx, [r12+0x30]
0daf  mov rdi, rbx
0db2  mov rax, kiln_rt_barrier
0dbc  call rax
0dbe  jmp 0x3ec
0dc3  mov rax, [rbx+0x28]
0dca  mov qword [rax+rbp+0x20], 0x5
0dd6  mov esi, 0x0
0ddb  mov edx, 0x1
0de0  mov rdi, rbx
0de3  mov rax, kiln_rt_return
0ded  call rax
0def  cmp eax, 0x3
0df4  je 0x95
0dfa  jmp 0xf6
0dff  nop

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
007b  lea rcx, [rel 0xe90]
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
0119  jne 0x50d
011f  mov rdx, [r12+0x8]
0127  cmp byte [r12+0x20], 0x2
0130  jne 0x50d
0136  mov rcx, [r12+0x28]
013e  dec rcx
0141  cmp rcx, [rdx+0x20]
0148  jae 0x58d
014e  mov r9, rcx
0151  shl rcx, 0x4
0155  add rcx, [rdx+0x18]
015c  cmp byte [rcx], 0x0
015f  jne 0x176
0165  cmp qword [rdx+0x60], 0x0
0170  jne 0x50d
0176  movzx eax, byte [rcx]
017d  mov r10, [rcx+0x8]
0184  mov [r12+0x30], rax
018c  mov [r12+0x38], r10
; [1] GetTable { a: 4, b: 0, c: 1 }  -- line 1
0194  cmp byte [r12], 0x5
019d  jne 0x657
01a3  mov rdx, [r12+0x8]
01ab  cmp byte [r12+0x10], 0x2
01b4  jne 0x657
01ba  mov rcx, [r12+0x18]
01c2  dec rcx
01c5  cmp rcx, [rdx+0x20]
01cc  jae 0x6d7
01d2  mov r9, rcx
01d5  shl rcx, 0x4
01d9  add rcx, [rdx+0x18]
01e0  cmp byte [rcx], 0x0
01e3  jne 0x1fa
01e9  cmp qword [rdx+0x60], 0x0
01f4  jne 0x657
01fa  movzx eax, byte [rcx]
0201  mov r10, [rcx+0x8]
0208  mov [r12+0x40], rax
0210  mov [r12+0x48], r10
; [2] SetTable { a: 0, b: 2, v: 4 }  -- line 1
0218  cmp byte [r12], 0x5
0221  jne 0x7a1
0227  mov rdx, [r12+0x8]
022f  cmp byte [r12+0x20], 0x2
0238  jne 0x7a1
023e  mov rcx, [r12+0x28]
0246  dec rcx
0249  cmp rcx, [rdx+0x20]
0250  jae 0xa1e
0256  mov r9, rcx
0259  shl rcx, 0x4
025d  add rcx, [rdx+0x18]
0264  cmp byte [r12+0x40], 0x0
026d  je 0x7a1
0273  cmp qword [rdx+0x60], 0x0
027e  je 0x28d
0284  cmp byte [rcx], 0x0
0287  je 0x7a1
028d  movzx eax, byte [r12+0x40]
0296  mov r10, [r12+0x48]
029e  mov [rcx], rax
02a5  mov [rcx+0x8], r10
02ac  cmp r9, [rdx+0x50]
02b3  jae 0x2c0
02b9  mov [rdx+0x50], r9
02c0  movzx eax, byte [r12+0x40]
02c9  sub eax, 0x4
02ce  cmp eax, 0x5
02d3  ja 0x303
02d9  mov al, [rdx+0x10]
02df  and al, 0x5
02e1  cmp al, 0x1
02e3  jne 0x303
02e9  mov rsi, rdx
02ec  lea rdx, [r12+0x40]
02f4  mov rdi, rbx
02f7  mov rax, kiln_rt_barrier
0301  call rax
; [3] SetTable { a: 0, b: 1, v: 3 }  -- line 1
0303  cmp byte [r12], 0x5
030c  jne 0xaf9
0312  mov rdx, [r12+0x8]
031a  cmp byte [r12+0x10], 0x2
0323  jne 0xaf9
0329  mov rcx, [r12+0x18]
0331  dec rcx
0334  cmp rcx, [rdx+0x20]
033b  jae 0xd76
0341  mov r9, rcx
0344  shl rcx, 0x4
0348  add rcx, [rdx+0x18]
034f  cmp byte [r12+0x30], 0x0
0358  je 0xaf9
035e  cmp qword [rdx+0x60], 0x0
0369  je 0x378
036f  cmp byte [rcx], 0x0
0372  je 0xaf9
0378  movzx eax, byte [r12+0x30]
0381  mov r10, [r12+0x38]
0389  mov [rcx], rax
0390  mov [rcx+0x8], r10
0397  cmp r9, [rdx+0x50]
039e  jae 0x3ab
03a4  mov [rdx+0x50], r9
03ab  movzx eax, byte [r12+0x30]
03b4  sub eax, 0x4
03b9  cmp eax, 0x5
03be  ja 0x3ee
03c4  mov al, [rdx+0x10]
03ca  and al, 0x5
03cc  cmp al, 0x1
03ce  jne 0x3ee
03d4  mov rsi, rdx
03d7  lea rdx, [r12+0x30]
03df  mov rdi, rbx
03e2  mov rax, kiln_rt_barrier
03ec  call rax
; [4] Return0  -- line 1
03ee  cmp byte [rbx+0x48], 0x0
03f5  jne 0xe51
03fb  mov rax, [rbx+0x28]
0402  add rax, rbp
0405  movzx ecx, word [rax-0x40]
040c  xor r11d, r11d
040f  test ecx, 0x1ff
0415  jne 0x465
041b  cmp dword [rax+0x4], 0x0
0425  jne 0x47d
042b  mov rdi, [rax+0x8]
0432  shl rdi, 0x4
0436  add rdi, [rbx]
043d  dec qword [rbx+0x30]
0444  mov rdx, [rax-0x28]
044b  mov [rbx+0x18], rdx
0452  mov r10, [rax+0x38]
0459  test r10, r10
045c  je 0x95
0462  jmp r10
0465  cmp cl, 0x3
0468  jne 0xe51
046e  test ecx, 0x1000
0474  jne 0xe51
047a  inc r11d
047d  mov ecx, [rax+0x4]
0483  lea edx, [rcx+0x1]
0486  cmp edx, 0x1
048c  ja 0xe51
0492  mov r8d, ecx
0495  mov edx, 0x0
049a  test ecx, ecx
049c  cmovs ecx, edx
049f  mov r9, [rax+0x8]
04a6  mov rdi, r9
04a9  shl rdi, 0x4
04ad  add rdi, [rbx]
04b4  dec qword [rbx+0x30]
04bb  test r11d, r11d
04be  jne 0x4f3
04c4  mov rdx, [rax-0x28]
04cb  lea rsi, [r9]
04d2  test r8d, r8d
04d5  cmovs rdx, rsi
04d9  mov [rbx+0x18], rdx
04e0  mov r10, [rax+0x38]
04e7  test r10, r10
04ea  je 0x95
04f0  jmp r10
04f3  lea rdx, [r9+rcx]
04f7  mov [rbx+0x18], rdx
04fe  mov eax, 0x4
0503  jmp 0xf6
0508  jmp 0x8b
050d  lea rdi, [r12]
0515  lea rsi, [r12+0x20]
051d  lea rdx, [r12+0x30]
0525  mov rax, kiln_rt_table_get
052f  call rax
0531  test eax, eax
0533  jne 0x194
0539  mov rax, [rbx+0x28]
0540  mov qword [rax+rbp+0x20], 0x1
054c  lea rdx, [r12]
0554  lea rcx, [r12+0x20]
055c  mov esi, 0x3
0561  mov r8d, 0x0
0567  mov rdi, rbx
056a  mov rax, kiln_rt_index
0574  call rax
0576  test eax, eax
0578  jne 0xf6
057e  mov r12, [rbx]
0585  add r12, r15
0588  jmp 0x194
058d  lea r8, [rcx+0x1]
0591  mov r9, [rdx+0x38]
0598  test r9, r9
059b  je 0x638
05a1  dec r9
05a4  mov rax, <addr>
05ae  imul rax, r8
05b2  mov rcx, rax
05b5  shr rcx, 0x20
05b9  xor ecx, eax
05bb  and rcx, r9
05be  mov r10, [rdx+0x30]
05c5  mov rax, rcx
05c8  shl rax, 0x5
05cc  add rax, r10
05cf  movzx r11d, byte [rax]
05d7  test r11d, r11d
05da  je 0x638
05e0  cmp r11d, 0x2
05e7  jne 0x5fa
05ed  cmp r8, [rax+0x8]
05f4  je 0x605
05fa  inc rcx
05fd  and rcx, r9
0600  jmp 0x5c5
0605  cmp byte [rax+0x10], 0x0
060c  je 0x638
0612  mov rcx, rax
0615  movzx eax, byte [rcx+0x10]
061c  mov r10, [rcx+0x18]
0623  mov [r12+0x30], rax
062b  mov [r12+0x38], r10
0633  jmp 0x194
0638  cmp qword [rdx+0x60], 0x0
0643  jne 0x50d
0649  mov byte [r12+0x30], 0x0
0652  jmp 0x194
0657  lea rdi, [r12]
065f  lea rsi, [r12+0x10]
0667  lea rdx, [r12+0x40]
066f  mov rax, kiln_rt_table_get
0679  call rax
067b  test eax, eax
067d  jne 0x218
0683  mov rax, [rbx+0x28]
068a  mov qword [rax+rbp+0x20], 0x2
0696  lea rdx, [r12]
069e  lea rcx, [r12+0x10]
06a6  mov esi, 0x4
06ab  mov r8d, 0x0
06b1  mov rdi, rbx
06b4  mov rax, kiln_rt_index
06be  call rax
06c0  test eax, eax
06c2  jne 0xf6
06c8  mov r12, [rbx]
06cf  add r12, r15
06d2  jmp 0x218
06d7  lea r8, [rcx+0x1]
06db  mov r9, [rdx+0x38]
06e2  test r9, r9
06e5  je 0x782
06eb  dec r9
06ee  mov rax, <addr>
06f8  imul rax, r8
06fc  mov rcx, rax
06ff  shr rcx, 0x20
0703  xor ecx, eax
0705  and rcx, r9
0708  mov r10, [rdx+0x30]
070f  mov rax, rcx
0712  shl rax, 0x5
0716  add rax, r10
0719  movzx r11d, byte [rax]
0721  test r11d, r11d
0724  je 0x782
072a  cmp r11d, 0x2
0731  jne 0x744
0737  cmp r8, [rax+0x8]
073e  je 0x74f
0744  inc rcx
0747  and rcx, r9
074a  jmp 0x70f
074f  cmp byte [rax+0x10], 0x0
0756  je 0x782
075c  mov rcx, rax
075f  movzx eax, byte [rcx+0x10]
0766  mov r10, [rcx+0x18]
076d  mov [r12+0x40], rax
0775  mov [r12+0x48], r10
077d  jmp 0x218
0782  cmp qword [rdx+0x60], 0x0
078d  jne 0x657
0793  mov byte [r12+0x40], 0x0
079c  jmp 0x218
07a1  lea rsi, [r12]
07a9  lea rdx, [r12+0x20]
07b1  lea rcx, [r12+0x40]
07b9  mov rdi, rbx
07bc  mov rax, kiln_rt_table_set
07c6  call rax
07c8  test eax, eax
07ca  jne 0x303
07d0  mov rax, [rbx+0x28]
07d7  mov qword [rax+rbp+0x20], 0x3
07e3  lea rsi, [r12]
07eb  lea rdx, [r12+0x20]
07f3  lea rcx, [r12+0x40]
07fb  mov r8d, 0x0
0801  mov rdi, rbx
0804  mov rax, kiln_rt_set_index
080e  call rax
0810  test eax, eax
0812  jne 0xf6
0818  mov r12, [rbx]
081f  add r12, r15
0822  jmp 0x303
0827  lea r8, [rcx+0x1]
082b  mov r9, [rdx+0x38]
0832  test r9, r9
0835  je 0x7a1
083b  dec r9
083e  mov rax, <addr>
0848  imul rax, r8
084c  mov rcx, rax
084f  shr rcx, 0x20
0853  xor ecx, eax
0855  and rcx, r9
0858  mov r10, [rdx+0x30]
085f  mov rax, rcx
0862  shl rax, 0x5
0866  add rax, r10
0869  movzx r11d, byte [rax]
0871  test r11d, r11d
0874  je 0x89f
087a  cmp r11d, 0x2
0881  jne 0x894
0887  cmp r8, [rax+0x8]
088e  je 0x97c
0894  inc rcx
0897  and rcx, r9
089a  jmp 0x85f
089f  cmp byte [r12+0x40], 0x0
08a8  je 0x7a1
08ae  cmp qword [rdx+0x60], 0x0
08b9  jne 0x7a1
08bf  mov r9b, [rdx+0x10]
08c6  and r9b, 0x5
08ca  cmp r9b, 0x1
08ce  je 0x7a1
08d4  mov r9, [rdx+0x48]
08db  lea r9, [r9*4+0x4]
08e3  mov r10, [rdx+0x38]
08ea  lea r10, [r10+r10*2]
08ee  cmp r9, r10
08f1  ja 0x7a1
08f7  inc qword [rdx+0x48]
08fe  mov r9, rcx
0901  mov rcx, rax
0904  mov byte [rcx], 0x2
090b  mov [rcx+0x8], r8
0912  mov rax, <addr>
091c  imul rax, r8
0920  mov r10, rax
0923  shr r10, 0x20
0927  xor eax, r10d
092a  mov [rcx+0x4], eax
0930  movzx eax, byte [r12+0x40]
0939  mov r10, [r12+0x48]
0941  mov [rcx+0x10], rax
0948  mov [rcx+0x18], r10
094f  cmp r9d, [rdx+0x58]
0956  jae 0x963
095c  mov [rdx+0x58], r9d
0963  cmp r9d, [rdx+0x5c]
096a  jbe 0x977
0970  mov [rdx+0x5c], r9d
0977  jmp 0x303
097c  cmp byte [rax+0x10], 0x0
0983  je 0x7a1
0989  mov r9, rcx
098c  mov rcx, rax
098f  movzx eax, byte [r12+0x40]
0998  mov r10, [r12+0x48]
09a0  mov [rcx+0x10], rax
09a7  mov [rcx+0x18], r10
09ae  cmp r9d, [rdx+0x58]
09b5  jae 0x9c2
09bb  mov [rdx+0x58], r9d
09c2  cmp r9d, [rdx+0x5c]
09c9  jbe 0x9d6
09cf  mov [rdx+0x5c], r9d
09d6  movzx eax, byte [r12+0x40]
09df  sub eax, 0x4
09e4  cmp eax, 0x5
09e9  ja 0xa19
09ef  mov al, [rdx+0x10]
09f5  and al, 0x5
09f7  cmp al, 0x1
09f9  jne 0xa19
09ff  mov rsi, rdx
0a02  lea rdx, [r12+0x40]
0a0a  mov rdi, rbx
0a0d  mov rax, kiln_rt_barrier
0a17  call rax
0a19  jmp 0x303
0a1e  cmp rcx, [rdx+0x20]
0a25  jne 0x827
0a2b  cmp rcx, [rdx+0x28]
0a32  jae 0x7a1
0a38  cmp qword [rdx+0x38], 0x0
0a43  jne 0x7a1
0a49  cmp qword [rdx+0x60], 0x0
0a54  jne 0x7a1
0a5a  cmp byte [r12+0x40], 0x0
0a63  je 0x7a1
0a69  mov r9, rcx
0a6c  shl rcx, 0x4
0a70  add rcx, [rdx+0x18]
0a77  inc qword [rdx+0x20]
0a7e  movzx eax, byte [r12+0x40]
0a87  mov r10, [r12+0x48]
0a8f  mov [rcx], rax
0a96  mov [rcx+0x8], r10
0a9d  cmp r9, [rdx+0x50]
0aa4  jae 0xab1
0aaa  mov [rdx+0x50], r9
0ab1  movzx eax, byte [r12+0x40]
0aba  sub eax, 0x4
0abf  cmp eax, 0x5
0ac4  ja 0xaf4
0aca  mov al, [rdx+0x10]
0ad0  and al, 0x5
0ad2  cmp al, 0x1
0ad4  jne 0xaf4
0ada  mov rsi, rdx
0add  lea rdx, [r12+0x40]
0ae5  mov rdi, rbx
0ae8  mov rax, kiln_rt_barrier
0af2  call rax
0af4  jmp 0x303
0af9  lea rsi, [r12]
0b01  lea rdx, [r12+0x10]
0b09  lea rcx, [r12+0x30]
0b11  mov rdi, rbx
0b14  mov rax, kiln_rt_table_set
0b1e  call rax
0b20  test eax, eax
0b22  jne 0x3ee
0b28  mov rax, [rbx+0x28]
0b2f  mov qword [rax+rbp+0x20], 0x4
0b3b  lea rsi, [r12]
0b43  lea rdx, [r12+0x10]
0b4b  lea rcx, [r12+0x30]
0b53  mov r8d, 0x0
0b59  mov rdi, rbx
0b5c  mov rax, kiln_rt_set_index
0b66  call rax
0b68  test eax, eax
0b6a  jne 0xf6
0b70  mov r12, [rbx]
0b77  add r12, r15
0b7a  jmp 0x3ee
0b7f  lea r8, [rcx+0x1]
0b83  mov r9, [rdx+0x38]
0b8a  test r9, r9
0b8d  je 0xaf9
0b93  dec r9
0b96  mov rax, <addr>
0ba0  imul rax, r8
0ba4  mov rcx, rax
0ba7  shr rcx, 0x20
0bab  xor ecx, eax
0bad  and rcx, r9
0bb0  mov r10, [rdx+0x30]
0bb7  mov rax, rcx
0bba  shl rax, 0x5
0bbe  add rax, r10
0bc1  movzx r11d, byte [rax]
0bc9  test r11d, r11d
0bcc  je 0xbf7
0bd2  cmp r11d, 0x2
0bd9  jne 0xbec
0bdf  cmp r8, [rax+0x8]
0be6  je 0xcd4
0bec  inc rcx
0bef  and rcx, r9
0bf2  jmp 0xbb7
0bf7  cmp byte [r12+0x30], 0x0
0c00  je 0xaf9
0c06  cmp qword [rdx+0x60], 0x0
0c11  jne 0xaf9
0c17  mov r9b, [rdx+0x10]
0c1e  and r9b, 0x5
0c22  cmp r9b, 0x1
0c26  je 0xaf9
0c2c  mov r9, [rdx+0x48]
0c33  lea r9, [r9*4+0x4]
0c3b  mov r10, [rdx+0x38]
0c42  lea r10, [r10+r10*2]
0c46  cmp r9, r10
0c49  ja 0xaf9
0c4f  inc qword [rdx+0x48]
0c56  mov r9, rcx
0c59  mov rcx, rax
0c5c  mov byte [rcx], 0x2
0c63  mov [rcx+0x8], r8
0c6a  mov rax, <addr>
0c74  imul rax, r8
0c78  mov r10, rax
0c7b  shr r10, 0x20
0c7f  xor eax, r10d
0c82  mov [rcx+0x4], eax
0c88  movzx eax, byte [r12+0x30]
0c91  mov r10, [r12+0x38]
0c99  mov [rcx+0x10], rax
0ca0  mov [rcx+0x18], r10
0ca7  cmp r9d, [rdx+0x58]
0cae  jae 0xcbb
0cb4  mov [rdx+0x58], r9d
0cbb  cmp r9d, [rdx+0x5c]
0cc2  jbe 0xccf
0cc8  mov [rdx+0x5c], r9d
0ccf  jmp 0x3ee
0cd4  cmp byte [rax+0x10], 0x0
0cdb  je 0xaf9
0ce1  mov r9, rcx
0ce4  mov rcx, rax
0ce7  movzx eax, byte [r12+0x30]
0cf0  mov r10, [r12+0x38]
0cf8  mov [rcx+0x10], rax
0cff  mov [rcx+0x18], r10
0d06  cmp r9d, [rdx+0x58]
0d0d  jae 0xd1a
0d13  mov [rdx+0x58], r9d
0d1a  cmp r9d, [rdx+0x5c]
0d21  jbe 0xd2e
0d27  mov [rdx+0x5c], r9d
0d2e  movzx eax, byte [r12+0x30]
0d37  sub eax, 0x4
0d3c  cmp eax, 0x5
0d41  ja 0xd71
0d47  mov al, [rdx+0x10]
0d4d  and al, 0x5
0d4f  cmp al, 0x1
0d51  jne 0xd71
0d57  mov rsi, rdx
0d5a  lea rdx, [r12+0x30]
0d62  mov rdi, rbx
0d65  mov rax, kiln_rt_barrier
0d6f  call rax
0d71  jmp 0x3ee
0d76  cmp rcx, [rdx+0x20]
0d7d  jne 0xb7f
0d83  cmp rcx, [rdx+0x28]
0d8a  jae 0xaf9
0d90  cmp qword [rdx+0x38], 0x0
0d9b  jne 0xaf9
0da1  cmp qword [rdx+0x60], 0x0
0dac  jne 0xaf9
0db2  cmp byte [r12+0x30], 0x0
0dbb  je 0xaf9
0dc1  mov r9, rcx
0dc4  shl rcx, 0x4
0dc8  add rcx, [rdx+0x18]
0dcf  inc qword [rdx+0x20]
0dd6  movzx eax, byte [r12+0x30]
0ddf  mov r10, [r12+0x38]
0de7  mov [rcx], rax
0dee  mov [rcx+0x8], r10
0df5  cmp r9, [rdx+0x50]
0dfc  jae 0xe09
0e02  mov [rdx+0x50], r9
0e09  movzx eax, byte [r12+0x30]
0e12  sub eax, 0x4
0e17  cmp eax, 0x5
0e1c  ja 0xe4c
0e22  mov al, [rdx+0x10]
0e28  and al, 0x5
0e2a  cmp al, 0x1
0e2c  jne 0xe4c
0e32  mov rsi, rdx
0e35  lea rdx, [r12+0x30]
0e3d  mov rdi, rbx
0e40  mov rax, kiln_rt_barrier
0e4a  call rax
0e4c  jmp 0x3ee
0e51  mov rax, [rbx+0x28]
0e58  mov qword [rax+rbp+0x20], 0x5
0e64  mov esi, 0x0
0e69  mov edx, 0x1
0e6e  mov rdi, rbx
0e71  mov rax, kiln_rt_return
0e7b  call rax
0e7d  cmp eax, 0x3
0e82  je 0x95
0e88  jmp 0xf6
0e8d  nop
0e8e  nop
0e8f  nop

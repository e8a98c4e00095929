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
; [0] GetField { a: 1, b: 0, k: 0 }  -- line 1
0110  cmp byte [r12], 0x5
0119  jne 0x62f
011f  mov rdx, [r12+0x8]
0127  mov rax, [r13+0x8]
012e  mov r8, <addr>
0138  mov ecx, [r8]
013b  cmp rcx, [rdx+0x38]
0142  jae 0x68d
0148  mov r9, rcx
014b  shl rcx, 0x5
014f  add rcx, [rdx+0x30]
0156  cmp byte [rcx], 0x4
015d  jne 0x68d
0163  cmp rax, [rcx+0x8]
016a  jne 0x68d
0170  cmp byte [rcx+0x10], 0x0
0177  je 0x68d
017d  mov rax, [rcx+0x10]
0184  mov r10, [rcx+0x18]
018b  mov [r12+0x10], rax
0193  mov [r12+0x18], r10
; [1] AddI { a: 1, b: 1, i: 1 }  -- line 1
019b  cmp byte [r12+0x10], 0x2
01a4  jne 0x881
01aa  mov rax, [r12+0x18]
01b2  add rax, 0x1
01b8  mov byte [r12+0x10], 0x2
01c1  mov [r12+0x18], rax
; [2] SetField { a: 0, k: 0, v: 1 }  -- line 1
01c9  cmp byte [r12], 0x5
01d2  jne 0x8e3
01d8  mov rdx, [r12+0x8]
01e0  mov rax, [r13+0x8]
01e7  mov r8, <addr>
01f1  mov ecx, [r8]
01f4  cmp rcx, [rdx+0x38]
01fb  jae 0x944
0201  mov r9, rcx
0204  shl rcx, 0x5
0208  add rcx, [rdx+0x30]
020f  cmp byte [rcx], 0x4
0216  jne 0x944
021c  cmp rax, [rcx+0x8]
0223  jne 0x944
0229  cmp byte [rcx+0x10], 0x0
0230  je 0x944
0236  mov rax, [r12+0x10]
023e  mov r10, [r12+0x18]
0246  mov [rcx+0x10], rax
024d  mov [rcx+0x18], r10
0254  cmp r9d, [rdx+0x58]
025b  jae 0x268
0261  mov [rdx+0x58], r9d
0268  cmp r9d, [rdx+0x5c]
026f  jbe 0x27c
0275  mov [rdx+0x5c], r9d
027c  movzx eax, byte [r12+0x10]
0285  sub eax, 0x4
028a  cmp eax, 0x5
028f  ja 0x2bf
0295  mov al, [rdx+0x10]
029b  and al, 0x5
029d  cmp al, 0x1
029f  jne 0x2bf
02a5  mov rsi, rdx
02a8  lea rdx, [r12+0x10]
02b0  mov rdi, rbx
02b3  mov rax, kiln_rt_barrier
02bd  call rax
; [3] SelfOp { a: 1, b: 0, k: 1 }  -- line 1
02bf  mov rax, [r12]
02c7  mov rcx, [r12+0x8]
02cf  mov [r12+0x20], rax
02d7  mov [r12+0x28], rcx
02df  cmp byte [r12], 0x5
02e8  jne 0xd16
02ee  mov rdx, [r12+0x8]
02f6  mov rax, [r13+0x18]
02fd  mov r8, <addr>
0307  mov ecx, [r8]
030a  cmp rcx, [rdx+0x38]
0311  jae 0xb97
0317  mov r9, rcx
031a  shl rcx, 0x5
031e  add rcx, [rdx+0x30]
0325  cmp byte [rcx], 0x4
032c  jne 0xb97
0332  cmp rax, [rcx+0x8]
0339  jne 0xb97
033f  cmp byte [rcx+0x10], 0x0
0346  je 0xb97
034c  mov rax, [rcx+0x10]
0353  mov r10, [rcx+0x18]
035a  mov [r12+0x10], rax
0362  mov [r12+0x18], r10
; [4] TailCall { a: 1, b: 2 }  -- line 1
036a  mov rax, [rbx+0x28]
0371  mov qword [rax+rbp+0x20], 0x5
037d  cmp byte [r12+0x10], 0x6
0386  jne 0x4e2
038c  cmp byte [rbx+0x48], 0x0
0393  jne 0x4e2
0399  mov rdx, [r12+0x18]
03a1  mov r8, [rdx+0x18]
03a8  add r8, 0x18
03af  mov r11, [r8+0x88]
03b6  test r11, r11
03b9  je 0x4e2
03bf  cmp byte [r8+0x61], 0x0
03c7  jne 0x4e2
03cd  mov rdi, [rbx+0x28]
03d4  add rdi, rbp
03d7  mov rax, [rdi+0x8]
03de  movzx ecx, byte [r8+0x62]
03e6  lea rcx, [rax+rcx+0x1]
03eb  lea r9, [rcx+0x14]
03f2  cmp r9, [rbx+0x20]
03f9  ja 0x4e2
03ff  mov r9, rax
0402  shl r9, 0x4
0406  add r9, [rbx]
040d  mov r10, [r12+0x10]
0415  mov [r9], r10
041c  mov r10, [r12+0x18]
0424  mov [r9+0x8], r10
042b  mov r10, [r12+0x20]
0433  mov [r9+0x10], r10
043a  mov r10, [r12+0x28]
0442  mov [r9+0x18], r10
0449  lea rsi, [r9+0x10]
044d  movzx r10d, byte [r8+0x60]
0455  sub r10d, 0x1
045c  jle 0x479
0462  add rsi, 0x10
0469  mov byte [rsi], 0x0
046c  add rsi, 0x10
0470  dec r10d
0473  jne 0x469
0479  mov dword [rdi], 0x10000
0483  lea r10, [rax+0x1]
0487  mov [rdi+0x10], r10
048e  mov [rdi+0x18], rcx
0495  mov qword [rdi+0x20], 0x0
04a0  mov qword [rdi+0x28], 0x0
04ab  mov [rdi+0x30], r8
04b2  mov [rbx+0x18], rcx
04b9  mov r15, r10
04bc  shl r15, 0x4
04c0  mov r12, [rbx]
04c7  add r12, r15
04ca  mov r13, [r8]
04d1  mov r14, [rdx+0x20]
04d8  add r11, 0x110
04df  jmp r11
04e2  mov esi, 0x1
04e7  mov edx, 0x2
04ec  mov rdi, rbx
04ef  mov rax, kiln_rt_tail_call
04f9  call rax
04fb  cmp eax, 0x3
0500  je 0x95
0506  jmp 0xf6
; [5] Return { a: 1, b: 0 }  -- line 1
050b  jmp 0xdd2
; [6] Return0  -- line 1
0510  cmp byte [rbx+0x48], 0x0
0517  jne 0xe0e
051d  mov rax, [rbx+0x28]
0524  add rax, rbp
0527  movzx ecx, word [rax-0x40]
052e  xor r11d, r11d
0531  test ecx, 0x1ff
0537  jne 0x587
053d  cmp dword [rax+0x4], 0x0
0547  jne 0x59f
054d  mov rdi, [rax+0x8]
0554  shl rdi, 0x4
0558  add rdi, [rbx]
055f  dec qword [rbx+0x30]
0566  mov rdx, [rax-0x28]
056d  mov [rbx+0x18], rdx
0574  mov r10, [rax+0x38]
057b  test r10, r10
057e  je 0x95
0584  jmp r10
0587  cmp cl, 0x3
058a  jne 0xe0e
0590  test ecx, 0x1000
0596  jne 0xe0e
059c  inc r11d
059f  mov ecx, [rax+0x4]
05a5  lea edx, [rcx+0x1]
05a8  cmp edx, 0x1
05ae  ja 0xe0e
05b4  mov r8d, ecx
05b7  mov edx, 0x0
05bc  test ecx, ecx
05be  cmovs ecx, edx
05c1  mov r9, [rax+0x8]
05c8  mov rdi, r9
05cb  shl rdi, 0x4
05cf  add rdi, [rbx]
05d6  dec qword [rbx+0x30]
05dd  test r11d, r11d
05e0  jne 0x615
05e6  mov rdx, [rax-0x28]
05ed  lea rsi, [r9]
05f4  test r8d, r8d
05f7  cmovs rdx, rsi
05fb  mov [rbx+0x18], rdx
0602  mov r10, [rax+0x38]
0609  test r10, r10
060c  je 0x95
0612  jmp r10
0615  lea rdx, [r9+rcx]
0619  mov [rbx+0x18], rdx
0620  mov eax, 0x4
0625  jmp 0xf6
062a  jmp 0x8b
062f  mov rax, [rbx+0x28]
0636  mov qword [rax+rbp+0x20], 0x1
0642  lea rdx, [r12]
064a  lea rcx, [r13]
0652  mov esi, 0x1
0657  mov r8d, 0x0
065d  mov r9, <addr>
0667  mov rdi, rbx
066a  mov rax, kiln_rt_get_field
0674  call rax
0676  test eax, eax
0678  jne 0xf6
067e  mov r12, [rbx]
0685  add r12, r15
0688  jmp 0x19b
068d  mov esi, 0x4
0692  mov r8, [r13+0x8]
0699  mov edi, 0xea0c329f
069e  mov r9, [rdx+0x38]
06a5  test r9, r9
06a8  je 0x741
06ae  dec r9
06b1  mov ecx, edi
06b3  and rcx, r9
06b6  mov r10, [rdx+0x30]
06bd  mov rax, rcx
06c0  shl rax, 0x5
06c4  add rax, r10
06c7  movzx r11d, byte [rax]
06cf  test r11d, r11d
06d2  je 0x741
06d8  cmp [rax+0x4], edi
06de  jne 0x703
06e4  cmp r11d, 0x4
06eb  jne 0x703
06f1  cmp r8, [rax+0x8]
06f8  je 0x70e
06fe  jmp 0x62f
0703  inc rcx
0706  and rcx, r9
0709  jmp 0x6bd
070e  cmp byte [rax+0x10], 0x0
0715  je 0x741
071b  mov rcx, rax
071e  mov rax, [rcx+0x10]
0725  mov r10, [rcx+0x18]
072c  mov [r12+0x10], rax
0734  mov [r12+0x18], r10
073c  jmp 0x19b
0741  mov rdx, [rdx+0x60]
0748  test rdx, rdx
074b  je 0x7fe
0751  mov r8, <addr>
075b  mov edi, 0xa78fee25
0760  mov r9, [rdx+0x38]
0767  test r9, r9
076a  je 0x7fe
0770  dec r9
0773  mov ecx, edi
0775  and rcx, r9
0778  mov r10, [rdx+0x30]
077f  mov rax, rcx
0782  shl rax, 0x5
0786  add rax, r10
0789  movzx r11d, byte [rax]
0791  test r11d, r11d
0794  je 0x7fe
079a  cmp [rax+0x4], edi
07a0  jne 0x7c5
07a6  cmp r11d, 0x4
07ad  jne 0x7c5
07b3  cmp r8, [rax+0x8]
07ba  je 0x7d0
07c0  jmp 0x62f
07c5  inc rcx
07c8  and rcx, r9
07cb  jmp 0x77f
07d0  cmp byte [rax+0x10], 0x5
07d7  jne 0x7f1
07dd  mov rdx, [rax+0x18]
07e4  dec esi
07e6  jne 0x692
07ec  jmp 0x62f
07f1  cmp byte [rax+0x10], 0x0
07f8  jne 0x62f
07fe  mov byte [r12+0x10], 0x0
0807  jmp 0x19b
080c  mov rax, [rbx+0x28]
0813  mov qword [rax+rbp+0x20], 0x2
081f  lea rcx, [r12+0x10]
0827  mov byte [rsp+0x18], 0x2
0830  mov qword [rsp+0x20], 0x1
083c  lea r8, [rsp+0x18]
0844  mov esi, 0x0
0849  mov edx, 0x1
084e  mov r9d, 0x1
0854  mov dword [rsp], 0xffffffff
085b  mov rdi, rbx
085e  mov rax, kiln_rt_arith
0868  call rax
086a  test eax, eax
086c  jne 0xf6
0872  mov r12, [rbx]
0879  add r12, r15
087c  jmp 0x1c9
0881  cmp byte [r12+0x10], 0x3
088a  jne 0x89f
0890  movsd xmm0, [r12+0x18]
089a  jmp 0x8b8
089f  cmp byte [r12+0x10], 0x2
08a8  jne 0x80c
08ae  cvtsi2sd xmm0, qword [r12+0x18]
08b8  mov rax, 0x1
08c2  cvtsi2sd xmm1, rax
08c7  addsd xmm0, xmm1
08cb  mov byte [r12+0x10], 0x3
08d4  movsd [r12+0x18], xmm0
08de  jmp 0x1c9
08e3  mov rax, [rbx+0x28]
08ea  mov qword [rax+rbp+0x20], 0x3
08f6  lea rsi, [r12]
08fe  lea rdx, [r13]
0906  lea rcx, [r12+0x10]
090e  mov r8d, 0x0
0914  mov r9, <addr>
091e  mov rdi, rbx
0921  mov rax, kiln_rt_set_field
092b  call rax
092d  test eax, eax
092f  jne 0xf6
0935  mov r12, [rbx]
093c  add r12, r15
093f  jmp 0x2bf
0944  mov r8, [r13+0x8]
094b  mov edi, 0xea0c329f
0950  mov r9, [rdx+0x38]
0957  test r9, r9
095a  je 0x8e3
0960  dec r9
0963  mov ecx, edi
0965  and rcx, r9
0968  mov r10, [rdx+0x30]
096f  mov rax, rcx
0972  shl rax, 0x5
0976  add rax, r10
0979  movzx r11d, byte [rax]
0981  test r11d, r11d
0984  je 0xa61
098a  cmp [rax+0x4], edi
0990  jne 0x9b5
0996  cmp r11d, 0x4
099d  jne 0x9b5
09a3  cmp r8, [rax+0x8]
09aa  je 0x9c0
09b0  jmp 0x8e3
09b5  inc rcx
09b8  and rcx, r9
09bb  jmp 0x96f
09c0  cmp byte [rax+0x10], 0x0
09c7  je 0x8e3
09cd  mov r9, rcx
09d0  mov rcx, rax
09d3  mov rax, [r12+0x10]
09db  mov r10, [r12+0x18]
09e3  mov [rcx+0x10], rax
09ea  mov [rcx+0x18], r10
09f1  cmp r9d, [rdx+0x58]
09f8  jae 0xa05
09fe  mov [rdx+0x58], r9d
0a05  cmp r9d, [rdx+0x5c]
0a0c  jbe 0xa19
0a12  mov [rdx+0x5c], r9d
0a19  movzx eax, byte [r12+0x10]
0a22  sub eax, 0x4
0a27  cmp eax, 0x5
0a2c  ja 0xa5c
0a32  mov al, [rdx+0x10]
0a38  and al, 0x5
0a3a  cmp al, 0x1
0a3c  jne 0xa5c
0a42  mov rsi, rdx
0a45  lea rdx, [r12+0x10]
0a4d  mov rdi, rbx
0a50  mov rax, kiln_rt_barrier
0a5a  call rax
0a5c  jmp 0x2bf
0a61  cmp byte [r12+0x10], 0x0
0a6a  je 0x8e3
0a70  cmp qword [rdx+0x60], 0x0
0a7b  jne 0x8e3
0a81  mov r9b, [rdx+0x10]
0a88  and r9b, 0x5
0a8c  cmp r9b, 0x1
0a90  je 0x8e3
0a96  mov r9, [rdx+0x48]
0a9d  lea r9, [r9*4+0x4]
0aa5  mov r10, [rdx+0x38]
0aac  lea r10, [r10+r10*2]
0ab0  cmp r9, r10
0ab3  ja 0x8e3
0ab9  inc qword [rdx+0x48]
0ac0  mov r9, rcx
0ac3  mov rcx, rax
0ac6  mov rax, [r13]
0ace  mov r10, [r13+0x8]
0ad6  mov [rcx], rax
0add  mov [rcx+0x8], r10
0ae4  mov dword [rcx+0x4], 0xea0c329f
0aee  mov rax, [r12+0x10]
0af6  mov r10, [r12+0x18]
0afe  mov [rcx+0x10], rax
0b05  mov [rcx+0x18], r10
0b0c  cmp r9d, [rdx+0x58]
0b13  jae 0xb20
0b19  mov [rdx+0x58], r9d
0b20  cmp r9d, [rdx+0x5c]
0b27  jbe 0xb34
0b2d  mov [rdx+0x5c], r9d
0b34  jmp 0x2bf
0b39  mov rax, [rbx+0x28]
0b40  mov qword [rax+rbp+0x20], 0x4
0b4c  lea rdx, [r12]
0b54  lea rcx, [r13+0x10]
0b5c  mov esi, 0x1
0b61  mov r8d, 0x0
0b67  mov r9, <addr>
0b71  mov rdi, rbx
0b74  mov rax, kiln_rt_get_field
0b7e  call rax
0b80  test eax, eax
0b82  jne 0xf6
0b88  mov r12, [rbx]
0b8f  add r12, r15
0b92  jmp 0x36a
0b97  mov esi, 0x4
0b9c  mov r8, [r13+0x18]
0ba3  mov edi, 0xd7599ae3
0ba8  mov r9, [rdx+0x38]
0baf  test r9, r9
0bb2  je 0xc4b
0bb8  dec r9
0bbb  mov ecx, edi
0bbd  and rcx, r9
0bc0  mov r10, [rdx+0x30]
0bc7  mov rax, rcx
0bca  shl rax, 0x5
0bce  add rax, r10
0bd1  movzx r11d, byte [rax]
0bd9  test r11d, r11d
0bdc  je 0xc4b
0be2  cmp [rax+0x4], edi
0be8  jne 0xc0d
0bee  cmp r11d, 0x4
0bf5  jne 0xc0d
0bfb  cmp r8, [rax+0x8]
0c02  je 0xc18
0c08  jmp 0xb39
0c0d  inc rcx
0c10  and rcx, r9
0c13  jmp 0xbc7
0c18  cmp byte [rax+0x10], 0x0
0c1f  je 0xc4b
0c25  mov rcx, rax
0c28  mov rax, [rcx+0x10]
0c2f  mov r10, [rcx+0x18]
0c36  mov [r12+0x10], rax
0c3e  mov [r12+0x18], r10
0c46  jmp 0x36a
0c4b  mov rdx, [rdx+0x60]
0c52  test rdx, rdx
0c55  je 0xd08
0c5b  mov r8, <addr>
0c65  mov edi, 0xa78fee25
0c6a  mov r9, [rdx+0x38]
0c71  test r9, r9
0c74  je 0xd08
0c7a  dec r9
0c7d  mov ecx, edi
0c7f  and rcx, r9
0c82  mov r10, [rdx+0x30]
0c89  mov rax, rcx
0c8c  shl rax, 0x5
0c90  add rax, r10
0c93  movzx r11d, byte [rax]
0c9b  test r11d, r11d
0c9e  je 0xd08
0ca4  cmp [rax+0x4], edi
0caa  jne 0xccf
0cb0  cmp r11d, 0x4
0cb7  jne 0xccf
0cbd  cmp r8, [rax+0x8]
0cc4  je 0xcda
0cca  jmp 0xb39
0ccf  inc rcx
0cd2  and rcx, r9
0cd5  jmp 0xc89
0cda  cmp byte [rax+0x10], 0x5
0ce1  jne 0xcfb
0ce7  mov rdx, [rax+0x18]
0cee  dec esi
0cf0  jne 0xb9c
0cf6  jmp 0xb39
0cfb  cmp byte [rax+0x10], 0x0
0d02  jne 0xb39
0d08  mov byte [r12+0x10], 0x0
0d11  jmp 0x36a
0d16  cmp byte [r12], 0x4
0d1f  jne 0xb39
0d25  mov rdx, [rbx+0x2b8]
0d2c  test rdx, rdx
0d2f  je 0xb39
0d35  mov r8, <addr>
0d3f  mov edi, 0xa78fee25
0d44  mov r9, [rdx+0x38]
0d4b  test r9, r9
0d4e  je 0xb39
0d54  dec r9
0d57  mov ecx, edi
0d59  and rcx, r9
0d5c  mov r10, [rdx+0x30]
0d63  mov rax, rcx
0d66  shl rax, 0x5
0d6a  add rax, r10
0d6d  movzx r11d, byte [rax]
0d75  test r11d, r11d
0d78  je 0xb39
0d7e  cmp [rax+0x4], edi
0d84  jne 0xda9
0d8a  cmp r11d, 0x4
0d91  jne 0xda9
0d97  cmp r8, [rax+0x8]
0d9e  je 0xdb4
0da4  jmp 0xb39
0da9  inc rcx
0dac  and rcx, r9
0daf  jmp 0xd63
0db4  cmp byte [rax+0x10], 0x5
0dbb  jne 0xb39
0dc1  mov rdx, [rax+0x18]
0dc8  mov esi, 0x3
0dcd  jmp 0xb9c
0dd2  mov rax, [rbx+0x28]
0dd9  mov qword [rax+rbp+0x20], 0x6
0de5  mov esi, 0x1
0dea  mov edx, 0x0
0def  mov rdi, rbx
0df2  mov rax, kiln_rt_return
0dfc  call rax
0dfe  cmp eax, 0x3
0e03  je 0x95
0e09  jmp 0xf6
0e0e  mov rax, [rbx+0x28]
0e15  mov qword [rax+rbp+0x20], 0x7
0e21  mov esi, 0x0
0e26  mov edx, 0x1
0e2b  mov rdi, rbx
0e2e  mov rax, kiln_rt_return
0e38  call rax
0e3a  cmp eax, 0x3
0e3f  je 0x95
0e45  jmp 0xf6
0e4a  nop
0e4b  nop

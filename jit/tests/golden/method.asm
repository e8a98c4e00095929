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
007b  lea rcx, [rel 0xe08]
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
0119  jne 0x5fd
011f  mov rdx, [r12+0x8]
0127  mov rax, [r13+0x8]
012e  mov r8, <addr>
0138  mov ecx, [r8]
013b  cmp rcx, [rdx+0x38]
0142  jae 0x65b
0148  mov r9, rcx
014b  shl rcx, 0x5
014f  add rcx, [rdx+0x30]
0156  cmp byte [rcx], 0x4
015d  jne 0x65b
0163  cmp rax, [rcx+0x8]
016a  jne 0x65b
0170  cmp byte [rcx+0x10], 0x0
0177  je 0x65b
017d  mov rax, [rcx+0x10]
0184  mov r10, [rcx+0x18]
018b  mov [r12+0x10], rax
0193  mov [r12+0x18], r10
; [1] AddI { a: 1, b: 1, i: 1 }  -- line 1
019b  cmp byte [r12+0x10], 0x2
01a4  jne 0x84d
01aa  mov rax, [r12+0x18]
01b2  add rax, 0x1
01b8  mov byte [r12+0x10], 0x2
01c1  mov [r12+0x18], rax
; [2] SetField { a: 0, k: 0, v: 1 }  -- line 1
01c9  cmp byte [r12], 0x5
01d2  jne 0x8af
01d8  mov rdx, [r12+0x8]
01e0  mov rax, [r13+0x8]
01e7  mov r8, <addr>
01f1  mov ecx, [r8]
01f4  cmp rcx, [rdx+0x38]
01fb  jae 0x910
0201  mov r9, rcx
0204  shl rcx, 0x5
0208  add rcx, [rdx+0x30]
020f  cmp byte [rcx], 0x4
0216  jne 0x910
021c  cmp rax, [rcx+0x8]
0223  jne 0x910
0229  cmp byte [rcx+0x10], 0x0
0230  je 0x910
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
02e8  jne 0xcd5
02ee  mov rdx, [r12+0x8]
02f6  mov rax, [r13+0x18]
02fd  mov r8, <addr>
0307  mov ecx, [r8]
030a  cmp rcx, [rdx+0x38]
0311  jae 0xb58
0317  mov r9, rcx
031a  shl rcx, 0x5
031e  add rcx, [rdx+0x30]
0325  cmp byte [rcx], 0x4
032c  jne 0xb58
0332  cmp rax, [rcx+0x8]
0339  jne 0xb58
033f  cmp byte [rcx+0x10], 0x0
0346  je 0xb58
034c  mov rax, [rcx+0x10]
0353  mov r10, [rcx+0x18]
035a  mov [r12+0x10], rax
0362  mov [r12+0x18], r10
; [4] TailCall { a: 1, b: 2 }  -- line 1
036a  mov rax, [rbx+0x28]
0371  mov qword [rax+rbp+0x20], 0x5
037d  cmp byte [r12+0x10], 0x6
0386  jne 0x4fa
038c  cmp byte [rbx+0x48], 0x0
0393  jne 0x4fa
0399  mov rdx, [r12+0x18]
03a1  mov r8, [rdx+0x18]
03a8  add r8, 0x18
03af  mov r11, [r8+0x88]
03b6  test r11, r11
03b9  je 0x4fa
03bf  cmp byte [r8+0x61], 0x0
03c7  jne 0x4fa
03cd  cmp dword [r8+0x80], 0x1
03d8  jle 0x4fa
03de  mov rdi, [rbx+0x28]
03e5  add rdi, rbp
03e8  mov rax, [rdi+0x8]
03ef  movzx ecx, byte [r8+0x62]
03f7  lea rcx, [rax+rcx+0x1]
03fc  lea r9, [rcx+0x14]
0403  cmp r9, [rbx+0x20]
040a  ja 0x4fa
0410  mov r9, rax
0413  shl r9, 0x4
0417  add r9, [rbx]
041e  mov r10, [r12+0x10]
0426  mov [r9], r10
042d  mov r10, [r12+0x18]
0435  mov [r9+0x8], r10
043c  mov r10, [r12+0x20]
0444  mov [r9+0x10], r10
044b  mov r10, [r12+0x28]
0453  mov [r9+0x18], r10
045a  lea rsi, [r9+0x10]
045e  movzx r10d, byte [r8+0x60]
0466  sub r10d, 0x1
046d  jle 0x48a
0473  add rsi, 0x10
047a  mov byte [rsi], 0x0
047d  add rsi, 0x10
0481  dec r10d
0484  jne 0x47a
048a  dec dword [r8+0x80]
0491  mov dword [rdi], 0x10000
049b  lea r10, [rax+0x1]
049f  mov [rdi+0x10], r10
04a6  mov [rdi+0x18], rcx
04ad  mov qword [rdi+0x20], 0x0
04b8  mov qword [rdi+0x28], 0x0
04c3  mov [rdi+0x30], r8
04ca  mov [rbx+0x18], rcx
04d1  mov r15, r10
04d4  shl r15, 0x4
04d8  mov r12, [rbx]
04df  add r12, r15
04e2  mov r13, [r8]
04e9  mov r14, [rdx+0x20]
04f0  add r11, 0x110
04f7  jmp r11
04fa  mov esi, 0x1
04ff  mov edx, 0x2
0504  mov rdi, rbx
0507  mov rax, kiln_rt_tail_call
0511  call rax
0513  cmp eax, 0x3
0518  je 0x95
051e  jmp 0xf6
; [5] Return { a: 1, b: 0 }  -- line 1
0523  jmp 0xd90
; [6] Return0  -- line 1
0528  cmp byte [rbx+0x48], 0x0
052f  jne 0xdcc
0535  mov rax, [rbx+0x28]
053c  add rax, rbp
053f  movzx ecx, word [rax-0x40]
0546  xor r11d, r11d
0549  test ecx, 0x1ff
054f  je 0x56d
0555  cmp cl, 0x3
0558  jne 0xdcc
055e  test ecx, 0x1000
0564  jne 0xdcc
056a  inc r11d
056d  mov ecx, [rax+0x4]
0573  lea edx, [rcx+0x1]
0576  cmp edx, 0x1
057c  ja 0xdcc
0582  mov r8d, ecx
0585  mov edx, 0x0
058a  test ecx, ecx
058c  cmovs ecx, edx
058f  mov r9, [rax+0x8]
0596  mov rdi, r9
0599  shl rdi, 0x4
059d  add rdi, [rbx]
05a4  dec qword [rbx+0x30]
05ab  test r11d, r11d
05ae  jne 0x5e3
05b4  mov rdx, [rax-0x28]
05bb  lea rsi, [r9]
05c2  test r8d, r8d
05c5  cmovs rdx, rsi
05c9  mov [rbx+0x18], rdx
05d0  mov r10, [rax+0x38]
05d7  test r10, r10
05da  je 0x95
05e0  jmp r10
05e3  lea rdx, [r9+rcx]
05e7  mov [rbx+0x18], rdx
05ee  mov eax, 0x4
05f3  jmp 0xf6
05f8  jmp 0x8b
05fd  mov rax, [rbx+0x28]
0604  mov qword [rax+rbp+0x20], 0x1
0610  lea rdx, [r12]
0618  lea rcx, [r13]
0620  mov esi, 0x1
0625  mov r8d, 0x0
062b  mov r9, <addr>
0635  mov rdi, rbx
0638  mov rax, kiln_rt_get_field
0642  call rax
0644  test eax, eax
0646  jne 0xf6
064c  mov r12, [rbx]
0653  add r12, r15
0656  jmp 0x19b
065b  mov esi, 0x4
0660  mov r8, [r13+0x8]
0667  mov edi, 0xea0c329f
066c  mov r9, [rdx+0x38]
0673  test r9, r9
0676  je 0x70e
067c  dec r9
067f  mov ecx, edi
0681  and rcx, r9
0684  mov r10, [rdx+0x30]
068b  mov rax, rcx
068e  shl rax, 0x5
0692  add rax, r10
0695  movzx r11d, byte [rax]
069d  test r11d, r11d
06a0  je 0x70e
06a6  cmp r11d, 0x4
06ad  jne 0x6d0
06b3  mov r11, [rax+0x8]
06ba  cmp r11, r8
06bd  je 0x6db
06c3  cmp [r11+0x20], edi
06ca  je 0x5fd
06d0  inc rcx
06d3  and rcx, r9
06d6  jmp 0x68b
06db  cmp byte [rax+0x10], 0x0
06e2  je 0x70e
06e8  mov rcx, rax
06eb  mov rax, [rcx+0x10]
06f2  mov r10, [rcx+0x18]
06f9  mov [r12+0x10], rax
0701  mov [r12+0x18], r10
0709  jmp 0x19b
070e  mov rdx, [rdx+0x60]
0715  test rdx, rdx
0718  je 0x7ca
071e  mov r8, <addr>
0728  mov edi, 0xa78fee25
072d  mov r9, [rdx+0x38]
0734  test r9, r9
0737  je 0x7ca
073d  dec r9
0740  mov ecx, edi
0742  and rcx, r9
0745  mov r10, [rdx+0x30]
074c  mov rax, rcx
074f  shl rax, 0x5
0753  add rax, r10
0756  movzx r11d, byte [rax]
075e  test r11d, r11d
0761  je 0x7ca
0767  cmp r11d, 0x4
076e  jne 0x791
0774  mov r11, [rax+0x8]
077b  cmp r11, r8
077e  je 0x79c
0784  cmp [r11+0x20], edi
078b  je 0x5fd
0791  inc rcx
0794  and rcx, r9
0797  jmp 0x74c
079c  cmp byte [rax+0x10], 0x5
07a3  jne 0x7bd
07a9  mov rdx, [rax+0x18]
07b0  dec esi
07b2  jne 0x660
07b8  jmp 0x5fd
07bd  cmp byte [rax+0x10], 0x0
07c4  jne 0x5fd
07ca  mov byte [r12+0x10], 0x0
07d3  jmp 0x19b
07d8  mov rax, [rbx+0x28]
07df  mov qword [rax+rbp+0x20], 0x2
07eb  lea rcx, [r12+0x10]
07f3  mov byte [rsp+0x18], 0x2
07fc  mov qword [rsp+0x20], 0x1
0808  lea r8, [rsp+0x18]
0810  mov esi, 0x0
0815  mov edx, 0x1
081a  mov r9d, 0x1
0820  mov dword [rsp], 0xffffffff
0827  mov rdi, rbx
082a  mov rax, kiln_rt_arith
0834  call rax
0836  test eax, eax
0838  jne 0xf6
083e  mov r12, [rbx]
0845  add r12, r15
0848  jmp 0x1c9
084d  cmp byte [r12+0x10], 0x3
0856  jne 0x86b
085c  movsd xmm0, [r12+0x18]
0866  jmp 0x884
086b  cmp byte [r12+0x10], 0x2
0874  jne 0x7d8
087a  cvtsi2sd xmm0, qword [r12+0x18]
0884  mov rax, 0x1
088e  cvtsi2sd xmm1, rax
0893  addsd xmm0, xmm1
0897  mov byte [r12+0x10], 0x3
08a0  movsd [r12+0x18], xmm0
08aa  jmp 0x1c9
08af  mov rax, [rbx+0x28]
08b6  mov qword [rax+rbp+0x20], 0x3
08c2  lea rsi, [r12]
08ca  lea rdx, [r13]
08d2  lea rcx, [r12+0x10]
08da  mov r8d, 0x0
08e0  mov r9, <addr>
08ea  mov rdi, rbx
08ed  mov rax, kiln_rt_set_field
08f7  call rax
08f9  test eax, eax
08fb  jne 0xf6
0901  mov r12, [rbx]
0908  add r12, r15
090b  jmp 0x2bf
0910  mov r8, [r13+0x8]
0917  mov edi, 0xea0c329f
091c  mov r9, [rdx+0x38]
0923  test r9, r9
0926  je 0x8af
092c  dec r9
092f  mov ecx, edi
0931  and rcx, r9
0934  mov r10, [rdx+0x30]
093b  mov rax, rcx
093e  shl rax, 0x5
0942  add rax, r10
0945  movzx r11d, byte [rax]
094d  test r11d, r11d
0950  je 0xa2c
0956  cmp r11d, 0x4
095d  jne 0x980
0963  mov r11, [rax+0x8]
096a  cmp r11, r8
096d  je 0x98b
0973  cmp [r11+0x20], edi
097a  je 0x8af
0980  inc rcx
0983  and rcx, r9
0986  jmp 0x93b
098b  cmp byte [rax+0x10], 0x0
0992  je 0x8af
0998  mov r9, rcx
099b  mov rcx, rax
099e  mov rax, [r12+0x10]
09a6  mov r10, [r12+0x18]
09ae  mov [rcx+0x10], rax
09b5  mov [rcx+0x18], r10
09bc  cmp r9d, [rdx+0x58]
09c3  jae 0x9d0
09c9  mov [rdx+0x58], r9d
09d0  cmp r9d, [rdx+0x5c]
09d7  jbe 0x9e4
09dd  mov [rdx+0x5c], r9d
09e4  movzx eax, byte [r12+0x10]
09ed  sub eax, 0x4
09f2  cmp eax, 0x5
09f7  ja 0xa27
09fd  mov al, [rdx+0x10]
0a03  and al, 0x5
0a05  cmp al, 0x1
0a07  jne 0xa27
0a0d  mov rsi, rdx
0a10  lea rdx, [r12+0x10]
0a18  mov rdi, rbx
0a1b  mov rax, kiln_rt_barrier
0a25  call rax
0a27  jmp 0x2bf
0a2c  cmp byte [r12+0x10], 0x0
0a35  je 0x8af
0a3b  cmp qword [rdx+0x60], 0x0
0a46  jne 0x8af
0a4c  mov r9b, [rdx+0x10]
0a53  and r9b, 0x5
0a57  cmp r9b, 0x1
0a5b  je 0x8af
0a61  mov r9, [rdx+0x48]
0a68  lea r9, [r9*4+0x4]
0a70  mov r10, [rdx+0x38]
0a77  lea r10, [r10+r10*2]
0a7b  cmp r9, r10
0a7e  ja 0x8af
0a84  inc qword [rdx+0x48]
0a8b  mov r9, rcx
0a8e  mov rcx, rax
0a91  mov rax, [r13]
0a99  mov r10, [r13+0x8]
0aa1  mov [rcx], rax
0aa8  mov [rcx+0x8], r10
0aaf  mov rax, [r12+0x10]
0ab7  mov r10, [r12+0x18]
0abf  mov [rcx+0x10], rax
0ac6  mov [rcx+0x18], r10
0acd  cmp r9d, [rdx+0x58]
0ad4  jae 0xae1
0ada  mov [rdx+0x58], r9d
0ae1  cmp r9d, [rdx+0x5c]
0ae8  jbe 0xaf5
0aee  mov [rdx+0x5c], r9d
0af5  jmp 0x2bf
0afa  mov rax, [rbx+0x28]
0b01  mov qword [rax+rbp+0x20], 0x4
0b0d  lea rdx, [r12]
0b15  lea rcx, [r13+0x10]
0b1d  mov esi, 0x1
0b22  mov r8d, 0x0
0b28  mov r9, <addr>
0b32  mov rdi, rbx
0b35  mov rax, kiln_rt_get_field
0b3f  call rax
0b41  test eax, eax
0b43  jne 0xf6
0b49  mov r12, [rbx]
0b50  add r12, r15
0b53  jmp 0x36a
0b58  mov esi, 0x4
0b5d  mov r8, [r13+0x18]
0b64  mov edi, 0xd7599ae3
0b69  mov r9, [rdx+0x38]
0b70  test r9, r9
0b73  je 0xc0b
0b79  dec r9
0b7c  mov ecx, edi
0b7e  and rcx, r9
0b81  mov r10, [rdx+0x30]
0b88  mov rax, rcx
0b8b  shl rax, 0x5
0b8f  add rax, r10
0b92  movzx r11d, byte [rax]
0b9a  test r11d, r11d
0b9d  je 0xc0b
0ba3  cmp r11d, 0x4
0baa  jne 0xbcd
0bb0  mov r11, [rax+0x8]
0bb7  cmp r11, r8
0bba  je 0xbd8
0bc0  cmp [r11+0x20], edi
0bc7  je 0xafa
0bcd  inc rcx
0bd0  and rcx, r9
0bd3  jmp 0xb88
0bd8  cmp byte [rax+0x10], 0x0
0bdf  je 0xc0b
0be5  mov rcx, rax
0be8  mov rax, [rcx+0x10]
0bef  mov r10, [rcx+0x18]
0bf6  mov [r12+0x10], rax
0bfe  mov [r12+0x18], r10
0c06  jmp 0x36a
0c0b  mov rdx, [rdx+0x60]
0c12  test rdx, rdx
0c15  je 0xcc7
0c1b  mov r8, <addr>
0c25  mov edi, 0xa78fee25
0c2a  mov r9, [rdx+0x38]
0c31  test r9, r9
0c34  je 0xcc7
0c3a  dec r9
0c3d  mov ecx, edi
0c3f  and rcx, r9
0c42  mov r10, [rdx+0x30]
0c49  mov rax, rcx
0c4c  shl rax, 0x5
0c50  add rax, r10
0c53  movzx r11d, byte [rax]
0c5b  test r11d, r11d
0c5e  je 0xcc7
0c64  cmp r11d, 0x4
0c6b  jne 0xc8e
0c71  mov r11, [rax+0x8]
0c78  cmp r11, r8
0c7b  je 0xc99
0c81  cmp [r11+0x20], edi
0c88  je 0xafa
0c8e  inc rcx
0c91  and rcx, r9
0c94  jmp 0xc49
0c99  cmp byte [rax+0x10], 0x5
0ca0  jne 0xcba
0ca6  mov rdx, [rax+0x18]
0cad  dec esi
0caf  jne 0xb5d
0cb5  jmp 0xafa
0cba  cmp byte [rax+0x10], 0x0
0cc1  jne 0xafa
0cc7  mov byte [r12+0x10], 0x0
0cd0  jmp 0x36a
0cd5  cmp byte [r12], 0x4
0cde  jne 0xafa
0ce4  mov rdx, [rbx+0x2b8]
0ceb  test rdx, rdx
0cee  je 0xafa
0cf4  mov r8, <addr>
0cfe  mov edi, 0xa78fee25
0d03  mov r9, [rdx+0x38]
0d0a  test r9, r9
0d0d  je 0xafa
0d13  dec r9
0d16  mov ecx, edi
0d18  and rcx, r9
0d1b  mov r10, [rdx+0x30]
0d22  mov rax, rcx
0d25  shl rax, 0x5
0d29  add rax, r10
0d2c  movzx r11d, byte [rax]
0d34  test r11d, r11d
0d37  je 0xafa
0d3d  cmp r11d, 0x4
0d44  jne 0xd67
0d4a  mov r11, [rax+0x8]
0d51  cmp r11, r8
0d54  je 0xd72
0d5a  cmp [r11+0x20], edi
0d61  je 0xafa
0d67  inc rcx
0d6a  and rcx, r9
0d6d  jmp 0xd22
0d72  cmp byte [rax+0x10], 0x5
0d79  jne 0xafa
0d7f  mov rdx, [rax+0x18]
0d86  mov esi, 0x3
0d8b  jmp 0xb5d
0d90  mov rax, [rbx+0x28]
0d97  mov qword [rax+rbp+0x20], 0x6
0da3  mov esi, 0x1
0da8  mov edx, 0x0
0dad  mov rdi, rbx
0db0  mov rax, kiln_rt_return
0dba  call rax
0dbc  cmp eax, 0x3
0dc1  je 0x95
0dc7  jmp 0xf6
0dcc  mov rax, [rbx+0x28]
0dd3  mov qword [rax+rbp+0x20], 0x7
0ddf  mov esi, 0x0
0de4  mov edx, 0x1
0de9  mov rdi, rbx
0dec  mov rax, kiln_rt_return
0df6  call rax
0df8  cmp eax, 0x3
0dfd  je 0x95
0e03  jmp 0xf6

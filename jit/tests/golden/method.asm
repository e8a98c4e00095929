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
007b  lea rcx, [rel 0xe10]
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
0119  jne 0x604
011f  mov rdx, [r12+0x8]
0127  mov rax, [r13+0x8]
012e  mov r8, <addr>
0138  mov ecx, [r8]
013b  cmp rcx, [rdx+0x38]
0142  jae 0x662
0148  mov r9, rcx
014b  shl rcx, 0x5
014f  add rcx, [rdx+0x30]
0156  cmp byte [rcx], 0x4
015d  jne 0x662
0163  cmp rax, [rcx+0x8]
016a  jne 0x662
0170  cmp byte [rcx+0x10], 0x0
0177  je 0x662
017d  mov rax, [rcx+0x10]
0184  mov r10, [rcx+0x18]
018b  mov [r12+0x10], rax
0193  mov [r12+0x18], r10
; [1] AddI { a: 1, b: 1, i: 1 }  -- line 1
019b  cmp byte [r12+0x10], 0x2
01a4  jne 0x854
01aa  mov rax, [r12+0x18]
01b2  mov rcx, 0x1
01bc  add rax, rcx
01bf  mov byte [r12+0x10], 0x2
01c8  mov [r12+0x18], rax
; [2] SetField { a: 0, k: 0, v: 1 }  -- line 1
01d0  cmp byte [r12], 0x5
01d9  jne 0x8b6
01df  mov rdx, [r12+0x8]
01e7  mov rax, [r13+0x8]
01ee  mov r8, <addr>
01f8  mov ecx, [r8]
01fb  cmp rcx, [rdx+0x38]
0202  jae 0x917
0208  mov r9, rcx
020b  shl rcx, 0x5
020f  add rcx, [rdx+0x30]
0216  cmp byte [rcx], 0x4
021d  jne 0x917
0223  cmp rax, [rcx+0x8]
022a  jne 0x917
0230  cmp byte [rcx+0x10], 0x0
0237  je 0x917
023d  mov rax, [r12+0x10]
0245  mov r10, [r12+0x18]
024d  mov [rcx+0x10], rax
0254  mov [rcx+0x18], r10
025b  cmp r9d, [rdx+0x58]
0262  jae 0x26f
0268  mov [rdx+0x58], r9d
026f  cmp r9d, [rdx+0x5c]
0276  jbe 0x283
027c  mov [rdx+0x5c], r9d
0283  movzx eax, byte [r12+0x10]
028c  sub eax, 0x4
0291  cmp eax, 0x5
0296  ja 0x2c6
029c  mov al, [rdx+0x10]
02a2  and al, 0x5
02a4  cmp al, 0x1
02a6  jne 0x2c6
02ac  mov rsi, rdx
02af  lea rdx, [r12+0x10]
02b7  mov rdi, rbx
02ba  mov rax, kiln_rt_barrier
02c4  call rax
; [3] SelfOp { a: 1, b: 0, k: 1 }  -- line 1
02c6  mov rax, [r12]
02ce  mov rcx, [r12+0x8]
02d6  mov [r12+0x20], rax
02de  mov [r12+0x28], rcx
02e6  cmp byte [r12], 0x5
02ef  jne 0xcdc
02f5  mov rdx, [r12+0x8]
02fd  mov rax, [r13+0x18]
0304  mov r8, <addr>
030e  mov ecx, [r8]
0311  cmp rcx, [rdx+0x38]
0318  jae 0xb5f
031e  mov r9, rcx
0321  shl rcx, 0x5
0325  add rcx, [rdx+0x30]
032c  cmp byte [rcx], 0x4
0333  jne 0xb5f
0339  cmp rax, [rcx+0x8]
0340  jne 0xb5f
0346  cmp byte [rcx+0x10], 0x0
034d  je 0xb5f
0353  mov rax, [rcx+0x10]
035a  mov r10, [rcx+0x18]
0361  mov [r12+0x10], rax
0369  mov [r12+0x18], r10
; [4] TailCall { a: 1, b: 2 }  -- line 1
0371  mov rax, [rbx+0x28]
0378  mov qword [rax+rbp+0x20], 0x5
0384  cmp byte [r12+0x10], 0x6
038d  jne 0x501
0393  cmp byte [rbx+0x48], 0x0
039a  jne 0x501
03a0  mov rdx, [r12+0x18]
03a8  mov r8, [rdx+0x18]
03af  add r8, 0x18
03b6  mov r11, [r8+0x88]
03bd  test r11, r11
03c0  je 0x501
03c6  cmp byte [r8+0x61], 0x0
03ce  jne 0x501
03d4  cmp dword [r8+0x80], 0x1
03df  jle 0x501
03e5  mov rdi, [rbx+0x28]
03ec  add rdi, rbp
03ef  mov rax, [rdi+0x8]
03f6  movzx ecx, byte [r8+0x62]
03fe  lea rcx, [rax+rcx+0x1]
0403  lea r9, [rcx+0x14]
040a  cmp r9, [rbx+0x20]
0411  ja 0x501
0417  mov r9, rax
041a  shl r9, 0x4
041e  add r9, [rbx]
0425  mov r10, [r12+0x10]
042d  mov [r9], r10
0434  mov r10, [r12+0x18]
043c  mov [r9+0x8], r10
0443  mov r10, [r12+0x20]
044b  mov [r9+0x10], r10
0452  mov r10, [r12+0x28]
045a  mov [r9+0x18], r10
0461  lea rsi, [r9+0x10]
0465  movzx r10d, byte [r8+0x60]
046d  sub r10d, 0x1
0474  jle 0x491
047a  add rsi, 0x10
0481  mov byte [rsi], 0x0
0484  add rsi, 0x10
0488  dec r10d
048b  jne 0x481
0491  dec dword [r8+0x80]
0498  mov dword [rdi], 0x10000
04a2  lea r10, [rax+0x1]
04a6  mov [rdi+0x10], r10
04ad  mov [rdi+0x18], rcx
04b4  mov qword [rdi+0x20], 0x0
04bf  mov qword [rdi+0x28], 0x0
04ca  mov [rdi+0x30], r8
04d1  mov [rbx+0x18], rcx
04d8  mov r15, r10
04db  shl r15, 0x4
04df  mov r12, [rbx]
04e6  add r12, r15
04e9  mov r13, [r8]
04f0  mov r14, [rdx+0x20]
04f7  add r11, 0x110
04fe  jmp r11
0501  mov esi, 0x1
0506  mov edx, 0x2
050b  mov rdi, rbx
050e  mov rax, kiln_rt_tail_call
0518  call rax
051a  cmp eax, 0x3
051f  je 0x95
0525  jmp 0xf6
; [5] Return { a: 1, b: 0 }  -- line 1
052a  jmp 0xd97
; [6] Return0  -- line 1
052f  cmp byte [rbx+0x48], 0x0
0536  jne 0xdd3
053c  mov rax, [rbx+0x28]
0543  add rax, rbp
0546  movzx ecx, word [rax-0x40]
054d  xor r11d, r11d
0550  test ecx, 0x1ff
0556  je 0x574
055c  cmp cl, 0x3
055f  jne 0xdd3
0565  test ecx, 0x1000
056b  jne 0xdd3
0571  inc r11d
0574  mov ecx, [rax+0x4]
057a  lea edx, [rcx+0x1]
057d  cmp edx, 0x1
0583  ja 0xdd3
0589  mov r8d, ecx
058c  mov edx, 0x0
0591  test ecx, ecx
0593  cmovs ecx, edx
0596  mov r9, [rax+0x8]
059d  mov rdi, r9
05a0  shl rdi, 0x4
05a4  add rdi, [rbx]
05ab  dec qword [rbx+0x30]
05b2  test r11d, r11d
05b5  jne 0x5ea
05bb  mov rdx, [rax-0x28]
05c2  lea rsi, [r9]
05c9  test r8d, r8d
05cc  cmovs rdx, rsi
05d0  mov [rbx+0x18], rdx
05d7  mov r10, [rax+0x38]
05de  test r10, r10
05e1  je 0x95
05e7  jmp r10
05ea  lea rdx, [r9+rcx]
05ee  mov [rbx+0x18], rdx
05f5  mov eax, 0x4
05fa  jmp 0xf6
05ff  jmp 0x8b
0604  mov rax, [rbx+0x28]
060b  mov qword [rax+rbp+0x20], 0x1
0617  lea rdx, [r12]
061f  lea rcx, [r13]
0627  mov esi, 0x1
062c  mov r8d, 0x0
0632  mov r9, <addr>
063c  mov rdi, rbx
063f  mov rax, kiln_rt_get_field
0649  call rax
064b  test eax, eax
064d  jne 0xf6
0653  mov r12, [rbx]
065a  add r12, r15
065d  jmp 0x19b
0662  mov esi, 0x4
0667  mov r8, [r13+0x8]
066e  mov edi, 0xea0c329f
0673  mov r9, [rdx+0x38]
067a  test r9, r9
067d  je 0x715
0683  dec r9
0686  mov ecx, edi
0688  and rcx, r9
068b  mov r10, [rdx+0x30]
0692  mov rax, rcx
0695  shl rax, 0x5
0699  add rax, r10
069c  movzx r11d, byte [rax]
06a4  test r11d, r11d
06a7  je 0x715
06ad  cmp r11d, 0x4
06b4  jne 0x6d7
06ba  mov r11, [rax+0x8]
06c1  cmp r11, r8
06c4  je 0x6e2
06ca  cmp [r11+0x20], edi
06d1  je 0x604
06d7  inc rcx
06da  and rcx, r9
06dd  jmp 0x692
06e2  cmp byte [rax+0x10], 0x0
06e9  je 0x715
06ef  mov rcx, rax
06f2  mov rax, [rcx+0x10]
06f9  mov r10, [rcx+0x18]
0700  mov [r12+0x10], rax
0708  mov [r12+0x18], r10
0710  jmp 0x19b
0715  mov rdx, [rdx+0x60]
071c  test rdx, rdx
071f  je 0x7d1
0725  mov r8, <addr>
072f  mov edi, 0xa78fee25
0734  mov r9, [rdx+0x38]
073b  test r9, r9
073e  je 0x7d1
0744  dec r9
0747  mov ecx, edi
0749  and rcx, r9
074c  mov r10, [rdx+0x30]
0753  mov rax, rcx
0756  shl rax, 0x5
075a  add rax, r10
075d  movzx r11d, byte [rax]
0765  test r11d, r11d
0768  je 0x7d1
076e  cmp r11d, 0x4
0775  jne 0x798
077b  mov r11, [rax+0x8]
0782  cmp r11, r8
0785  je 0x7a3
078b  cmp [r11+0x20], edi
0792  je 0x604
0798  inc rcx
079b  and rcx, r9
079e  jmp 0x753
07a3  cmp byte [rax+0x10], 0x5
07aa  jne 0x7c4
07b0  mov rdx, [rax+0x18]
07b7  dec esi
07b9  jne 0x667
07bf  jmp 0x604
07c4  cmp byte [rax+0x10], 0x0
07cb  jne 0x604
07d1  mov byte [r12+0x10], 0x0
07da  jmp 0x19b
07df  mov rax, [rbx+0x28]
07e6  mov qword [rax+rbp+0x20], 0x2
07f2  lea rcx, [r12+0x10]
07fa  mov byte [rsp+0x18], 0x2
0803  mov qword [rsp+0x20], 0x1
080f  lea r8, [rsp+0x18]
0817  mov esi, 0x0
081c  mov edx, 0x1
0821  mov r9d, 0x1
0827  mov dword [rsp], 0xffffffff
082e  mov rdi, rbx
0831  mov rax, kiln_rt_arith
083b  call rax
083d  test eax, eax
083f  jne 0xf6
0845  mov r12, [rbx]
084c  add r12, r15
084f  jmp 0x1d0
0854  cmp byte [r12+0x10], 0x3
085d  jne 0x872
0863  movsd xmm0, [r12+0x18]
086d  jmp 0x88b
0872  cmp byte [r12+0x10], 0x2
087b  jne 0x7df
0881  cvtsi2sd xmm0, qword [r12+0x18]
088b  mov rax, 0x1
0895  cvtsi2sd xmm1, rax
089a  addsd xmm0, xmm1
089e  mov byte [r12+0x10], 0x3
08a7  movsd [r12+0x18], xmm0
08b1  jmp 0x1d0
08b6  mov rax, [rbx+0x28]
08bd  mov qword [rax+rbp+0x20], 0x3
08c9  lea rsi, [r12]
08d1  lea rdx, [r13]
08d9  lea rcx, [r12+0x10]
08e1  mov r8d, 0x0
08e7  mov r9, <addr>
08f1  mov rdi, rbx
08f4  mov rax, kiln_rt_set_field
08fe  call rax
0900  test eax, eax
0902  jne 0xf6
0908  mov r12, [rbx]
090f  add r12, r15
0912  jmp 0x2c6
0917  mov r8, [r13+0x8]
091e  mov edi, 0xea0c329f
0923  mov r9, [rdx+0x38]
092a  test r9, r9
092d  je 0x8b6
0933  dec r9
0936  mov ecx, edi
0938  and rcx, r9
093b  mov r10, [rdx+0x30]
0942  mov rax, rcx
0945  shl rax, 0x5
0949  add rax, r10
094c  movzx r11d, byte [rax]
0954  test r11d, r11d
0957  je 0xa33
095d  cmp r11d, 0x4
0964  jne 0x987
096a  mov r11, [rax+0x8]
0971  cmp r11, r8
0974  je 0x992
097a  cmp [r11+0x20], edi
0981  je 0x8b6
0987  inc rcx
098a  and rcx, r9
098d  jmp 0x942
0992  cmp byte [rax+0x10], 0x0
0999  je 0x8b6
099f  mov r9, rcx
09a2  mov rcx, rax
09a5  mov rax, [r12+0x10]
09ad  mov r10, [r12+0x18]
09b5  mov [rcx+0x10], rax
09bc  mov [rcx+0x18], r10
09c3  cmp r9d, [rdx+0x58]
09ca  jae 0x9d7
09d0  mov [rdx+0x58], r9d
09d7  cmp r9d, [rdx+0x5c]
09de  jbe 0x9eb
09e4  mov [rdx+0x5c], r9d
09eb  movzx eax, byte [r12+0x10]
09f4  sub eax, 0x4
09f9  cmp eax, 0x5
09fe  ja 0xa2e
0a04  mov al, [rdx+0x10]
0a0a  and al, 0x5
0a0c  cmp al, 0x1
0a0e  jne 0xa2e
0a14  mov rsi, rdx
0a17  lea rdx, [r12+0x10]
0a1f  mov rdi, rbx
0a22  mov rax, kiln_rt_barrier
0a2c  call rax
0a2e  jmp 0x2c6
0a33  cmp byte [r12+0x10], 0x0
0a3c  je 0x8b6
0a42  cmp qword [rdx+0x60], 0x0
0a4d  jne 0x8b6
0a53  mov r9b, [rdx+0x10]
0a5a  and r9b, 0x5
0a5e  cmp r9b, 0x1
0a62  je 0x8b6
0a68  mov r9, [rdx+0x48]
0a6f  lea r9, [r9*4+0x4]
0a77  mov r10, [rdx+0x38]
0a7e  lea r10, [r10+r10*2]
0a82  cmp r9, r10
0a85  ja 0x8b6
0a8b  inc qword [rdx+0x48]
0a92  mov r9, rcx
0a95  mov rcx, rax
0a98  mov rax, [r13]
0aa0  mov r10, [r13+0x8]
0aa8  mov [rcx], rax
0aaf  mov [rcx+0x8], r10
0ab6  mov rax, [r12+0x10]
0abe  mov r10, [r12+0x18]
0ac6  mov [rcx+0x10], rax
0acd  mov [rcx+0x18], r10
0ad4  cmp r9d, [rdx+0x58]
0adb  jae 0xae8
0ae1  mov [rdx+0x58], r9d
0ae8  cmp r9d, [rdx+0x5c]
0aef  jbe 0xafc
0af5  mov [rdx+0x5c], r9d
0afc  jmp 0x2c6
0b01  mov rax, [rbx+0x28]
0b08  mov qword [rax+rbp+0x20], 0x4
0b14  lea rdx, [r12]
0b1c  lea rcx, [r13+0x10]
0b24  mov esi, 0x1
0b29  mov r8d, 0x0
0b2f  mov r9, <addr>
0b39  mov rdi, rbx
0b3c  mov rax, kiln_rt_get_field
0b46  call rax
0b48  test eax, eax
0b4a  jne 0xf6
0b50  mov r12, [rbx]
0b57  add r12, r15
0b5a  jmp 0x371
0b5f  mov esi, 0x4
0b64  mov r8, [r13+0x18]
0b6b  mov edi, 0xd7599ae3
0b70  mov r9, [rdx+0x38]
0b77  test r9, r9
0b7a  je 0xc12
0b80  dec r9
0b83  mov ecx, edi
0b85  and rcx, r9
0b88  mov r10, [rdx+0x30]
0b8f  mov rax, rcx
0b92  shl rax, 0x5
0b96  add rax, r10
0b99  movzx r11d, byte [rax]
0ba1  test r11d, r11d
0ba4  je 0xc12
0baa  cmp r11d, 0x4
0bb1  jne 0xbd4
0bb7  mov r11, [rax+0x8]
0bbe  cmp r11, r8
0bc1  je 0xbdf
0bc7  cmp [r11+0x20], edi
0bce  je 0xb01
0bd4  inc rcx
0bd7  and rcx, r9
0bda  jmp 0xb8f
0bdf  cmp byte [rax+0x10], 0x0
0be6  je 0xc12
0bec  mov rcx, rax
0bef  mov rax, [rcx+0x10]
0bf6  mov r10, [rcx+0x18]
0bfd  mov [r12+0x10], rax
0c05  mov [r12+0x18], r10
0c0d  jmp 0x371
0c12  mov rdx, [rdx+0x60]
0c19  test rdx, rdx
0c1c  je 0xcce
0c22  mov r8, <addr>
0c2c  mov edi, 0xa78fee25
0c31  mov r9, [rdx+0x38]
0c38  test r9, r9
0c3b  je 0xcce
0c41  dec r9
0c44  mov ecx, edi
0c46  and rcx, r9
0c49  mov r10, [rdx+0x30]
0c50  mov rax, rcx
0c53  shl rax, 0x5
0c57  add rax, r10
0c5a  movzx r11d, byte [rax]
0c62  test r11d, r11d
0c65  je 0xcce
0c6b  cmp r11d, 0x4
0c72  jne 0xc95
0c78  mov r11, [rax+0x8]
0c7f  cmp r11, r8
0c82  je 0xca0
0c88  cmp [r11+0x20], edi
0c8f  je 0xb01
0c95  inc rcx
0c98  and rcx, r9
0c9b  jmp 0xc50
0ca0  cmp byte [rax+0x10], 0x5
0ca7  jne 0xcc1
0cad  mov rdx, [rax+0x18]
0cb4  dec esi
0cb6  jne 0xb64
0cbc  jmp 0xb01
0cc1  cmp byte [rax+0x10], 0x0
0cc8  jne 0xb01
0cce  mov byte [r12+0x10], 0x0
0cd7  jmp 0x371
0cdc  cmp byte [r12], 0x4
0ce5  jne 0xb01
0ceb  mov rdx, [rbx+0x2b8]
0cf2  test rdx, rdx
0cf5  je 0xb01
0cfb  mov r8, <addr>
0d05  mov edi, 0xa78fee25
0d0a  mov r9, [rdx+0x38]
0d11  test r9, r9
0d14  je 0xb01
0d1a  dec r9
0d1d  mov ecx, edi
0d1f  and rcx, r9
0d22  mov r10, [rdx+0x30]
0d29  mov rax, rcx
0d2c  shl rax, 0x5
0d30  add rax, r10
0d33  movzx r11d, byte [rax]
0d3b  test r11d, r11d
0d3e  je 0xb01
0d44  cmp r11d, 0x4
0d4b  jne 0xd6e
0d51  mov r11, [rax+0x8]
0d58  cmp r11, r8
0d5b  je 0xd79
0d61  cmp [r11+0x20], edi
0d68  je 0xb01
0d6e  inc rcx
0d71  and rcx, r9
0d74  jmp 0xd29
0d79  cmp byte [rax+0x10], 0x5
0d80  jne 0xb01
0d86  mov rdx, [rax+0x18]
0d8d  mov esi, 0x3
0d92  jmp 0xb64
0d97  mov rax, [rbx+0x28]
0d9e  mov qword [rax+rbp+0x20], 0x6
0daa  mov esi, 0x1
0daf  mov edx, 0x0
0db4  mov rdi, rbx
0db7  mov rax, kiln_rt_return
0dc1  call rax
0dc3  cmp eax, 0x3
0dc8  je 0x95
0dce  jmp 0xf6
0dd3  mov rax, [rbx+0x28]
0dda  mov qword [rax+rbp+0x20], 0x7
0de6  mov esi, 0x0
0deb  mov edx, 0x1
0df0  mov rdi, rbx
0df3  mov rax, kiln_rt_return
0dfd  call rax
0dff  cmp eax, 0x3
0e04  je 0x95
0e0a  jmp 0xf6
0e0f  nop

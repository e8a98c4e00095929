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
007b  lea rcx, [rel 0xd04]
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
0119  jne 0x5c7
011f  mov rdx, [r12+0x8]
0127  mov rax, [r13+0x8]
012e  mov r8, <addr>
0138  mov ecx, [r8]
013b  cmp rcx, [rdx+0x38]
0142  jae 0x625
0148  mov r9, rcx
014b  shl rcx, 0x5
014f  add rcx, [rdx+0x30]
0156  cmp byte [rcx], 0x4
015d  jne 0x625
0163  cmp rax, [rcx+0x8]
016a  jne 0x625
0170  cmp byte [rcx+0x10], 0x0
0177  je 0x625
017d  mov rax, [rcx+0x10]
0184  mov r10, [rcx+0x18]
018b  mov [r12+0x10], rax
0193  mov [r12+0x18], r10
; [1] AddI { a: 1, b: 1, i: 1 }  -- line 1
019b  cmp byte [r12+0x10], 0x2
01a4  jne 0x817
01aa  mov rax, [r12+0x18]
01b2  mov rcx, 0x1
01bc  add rax, rcx
01bf  mov byte [r12+0x10], 0x2
01c8  mov [r12+0x18], rax
; [2] SetField { a: 0, k: 0, v: 1 }  -- line 1
01d0  cmp byte [r12], 0x5
01d9  jne 0x879
01df  mov rdx, [r12+0x8]
01e7  mov rax, [r13+0x8]
01ee  mov r8, <addr>
01f8  mov ecx, [r8]
01fb  cmp rcx, [rdx+0x38]
0202  jae 0x8da
0208  mov r9, rcx
020b  shl rcx, 0x5
020f  add rcx, [rdx+0x30]
0216  cmp byte [rcx], 0x4
021d  jne 0x8da
0223  cmp rax, [rcx+0x8]
022a  jne 0x8da
0230  cmp byte [rcx+0x10], 0x0
0237  je 0x8da
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
02ef  jne 0xbd1
02f5  mov rdx, [r12+0x8]
02fd  mov rax, [r13+0x18]
0304  mov r8, <addr>
030e  mov ecx, [r8]
0311  cmp rcx, [rdx+0x38]
0318  jae 0xa54
031e  mov r9, rcx
0321  shl rcx, 0x5
0325  add rcx, [rdx+0x30]
032c  cmp byte [rcx], 0x4
0333  jne 0xa54
0339  cmp rax, [rcx+0x8]
0340  jne 0xa54
0346  cmp byte [rcx+0x10], 0x0
034d  je 0xa54
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
052a  jmp 0xc8c
; [6] Return0  -- line 1
052f  cmp byte [rbx+0x48], 0x0
0536  jne 0xcc8
053c  mov rax, [rbx+0x28]
0543  add rax, rbp
0546  test word [rax-0x40], 0x1ff
054f  jne 0xcc8
0555  mov ecx, [rax+0x4]
055b  lea edx, [rcx+0x1]
055e  cmp edx, 0x1
0564  ja 0xcc8
056a  mov r8d, ecx
056d  mov edx, 0x0
0572  test ecx, ecx
0574  cmovs ecx, edx
0577  mov r9, [rax+0x8]
057e  mov rdi, r9
0581  shl rdi, 0x4
0585  add rdi, [rbx]
058c  mov rdx, [rax-0x28]
0593  lea rsi, [r9]
059a  test r8d, r8d
059d  cmovs rdx, rsi
05a1  mov [rbx+0x18], rdx
05a8  dec qword [rbx+0x30]
05af  mov r10, [rax+0x38]
05b6  test r10, r10
05b9  je 0x95
05bf  jmp r10
05c2  jmp 0x8b
05c7  mov rax, [rbx+0x28]
05ce  mov qword [rax+rbp+0x20], 0x1
05da  lea rdx, [r12]
05e2  lea rcx, [r13]
05ea  mov esi, 0x1
05ef  mov r8d, 0x0
05f5  mov r9, <addr>
05ff  mov rdi, rbx
0602  mov rax, kiln_rt_get_field
060c  call rax
060e  test eax, eax
0610  jne 0xf6
0616  mov r12, [rbx]
061d  add r12, r15
0620  jmp 0x19b
0625  mov esi, 0x4
062a  mov r8, [r13+0x8]
0631  mov edi, 0xea0c329f
0636  mov r9, [rdx+0x38]
063d  test r9, r9
0640  je 0x6d8
0646  dec r9
0649  mov ecx, edi
064b  and rcx, r9
064e  mov r10, [rdx+0x30]
0655  mov rax, rcx
0658  shl rax, 0x5
065c  add rax, r10
065f  movzx r11d, byte [rax]
0667  test r11d, r11d
066a  je 0x6d8
0670  cmp r11d, 0x4
0677  jne 0x69a
067d  mov r11, [rax+0x8]
0684  cmp r11, r8
0687  je 0x6a5
068d  cmp [r11+0x20], edi
0694  je 0x5c7
069a  inc rcx
069d  and rcx, r9
06a0  jmp 0x655
06a5  cmp byte [rax+0x10], 0x0
06ac  je 0x6d8
06b2  mov rcx, rax
06b5  mov rax, [rcx+0x10]
06bc  mov r10, [rcx+0x18]
06c3  mov [r12+0x10], rax
06cb  mov [r12+0x18], r10
06d3  jmp 0x19b
06d8  mov rdx, [rdx+0x60]
06df  test rdx, rdx
06e2  je 0x794
06e8  mov r8, <addr>
06f2  mov edi, 0xa78fee25
06f7  mov r9, [rdx+0x38]
06fe  test r9, r9
0701  je 0x794
0707  dec r9
070a  mov ecx, edi
070c  and rcx, r9
070f  mov r10, [rdx+0x30]
0716  mov rax, rcx
0719  shl rax, 0x5
071d  add rax, r10
0720  movzx r11d, byte [rax]
0728  test r11d, r11d
072b  je 0x794
0731  cmp r11d, 0x4
0738  jne 0x75b
073e  mov r11, [rax+0x8]
0745  cmp r11, r8
0748  je 0x766
074e  cmp [r11+0x20], edi
0755  je 0x5c7
075b  inc rcx
075e  and rcx, r9
0761  jmp 0x716
0766  cmp byte [rax+0x10], 0x5
076d  jne 0x787
0773  mov rdx, [rax+0x18]
077a  dec esi
077c  jne 0x62a
0782  jmp 0x5c7
0787  cmp byte [rax+0x10], 0x0
078e  jne 0x5c7
0794  mov byte [r12+0x10], 0x0
079d  jmp 0x19b
07a2  mov rax, [rbx+0x28]
07a9  mov qword [rax+rbp+0x20], 0x2
07b5  lea rcx, [r12+0x10]
07bd  mov byte [rsp+0x18], 0x2
07c6  mov qword [rsp+0x20], 0x1
07d2  lea r8, [rsp+0x18]
07da  mov esi, 0x0
07df  mov edx, 0x1
07e4  mov r9d, 0x1
07ea  mov dword [rsp], 0xffffffff
07f1  mov rdi, rbx
07f4  mov rax, kiln_rt_arith
07fe  call rax
0800  test eax, eax
0802  jne 0xf6
0808  mov r12, [rbx]
080f  add r12, r15
0812  jmp 0x1d0
0817  cmp byte [r12+0x10], 0x3
0820  jne 0x835
0826  movsd xmm0, [r12+0x18]
0830  jmp 0x84e
0835  cmp byte [r12+0x10], 0x2
083e  jne 0x7a2
0844  cvtsi2sd xmm0, qword [r12+0x18]
084e  mov rax, 0x1
0858  cvtsi2sd xmm1, rax
085d  addsd xmm0, xmm1
0861  mov byte [r12+0x10], 0x3
086a  movsd [r12+0x18], xmm0
0874  jmp 0x1d0
0879  mov rax, [rbx+0x28]
0880  mov qword [rax+rbp+0x20], 0x3
088c  lea rsi, [r12]
0894  lea rdx, [r13]
089c  lea rcx, [r12+0x10]
08a4  mov r8d, 0x0
08aa  mov r9, <addr>
08b4  mov rdi, rbx
08b7  mov rax, kiln_rt_set_field
08c1  call rax
08c3  test eax, eax
08c5  jne 0xf6
08cb  mov r12, [rbx]
08d2  add r12, r15
08d5  jmp 0x2c6
08da  mov r8, [r13+0x8]
08e1  mov edi, 0xea0c329f
08e6  mov r9, [rdx+0x38]
08ed  test r9, r9
08f0  je 0x879
08f6  dec r9
08f9  mov ecx, edi
08fb  and rcx, r9
08fe  mov r10, [rdx+0x30]
0905  mov rax, rcx
0908  shl rax, 0x5
090c  add rax, r10
090f  movzx r11d, byte [rax]
0917  test r11d, r11d
091a  je 0x879
0920  cmp r11d, 0x4
0927  jne 0x94a
092d  mov r11, [rax+0x8]
0934  cmp r11, r8
0937  je 0x955
093d  cmp [r11+0x20], edi
0944  je 0x879
094a  inc rcx
094d  and rcx, r9
0950  jmp 0x905
0955  cmp byte [rax+0x10], 0x0
095c  je 0x879
0962  mov r9, rcx
0965  mov rcx, rax
0968  mov rax, [r12+0x10]
0970  mov r10, [r12+0x18]
0978  mov [rcx+0x10], rax
097f  mov [rcx+0x18], r10
0986  cmp r9d, [rdx+0x58]
098d  jae 0x99a
0993  mov [rdx+0x58], r9d
099a  cmp r9d, [rdx+0x5c]
09a1  jbe 0x9ae
09a7  mov [rdx+0x5c], r9d
09ae  movzx eax, byte [r12+0x10]
09b7  sub eax, 0x4
09bc  cmp eax, 0x5
09c1  ja 0x9f1
09c7  mov al, [rdx+0x10]
09cd  and al, 0x5
09cf  cmp al, 0x1
09d1  jne 0x9f1
09d7  mov rsi, rdx
09da  lea rdx, [r12+0x10]
09e2  mov rdi, rbx
09e5  mov rax, kiln_rt_barrier
09ef  call rax
09f1  jmp 0x2c6
09f6  mov rax, [rbx+0x28]
09fd  mov qword [rax+rbp+0x20], 0x4
0a09  lea rdx, [r12]
0a11  lea rcx, [r13+0x10]
0a19  mov esi, 0x1
0a1e  mov r8d, 0x0
0a24  mov r9, <addr>
0a2e  mov rdi, rbx
0a31  mov rax, kiln_rt_get_field
0a3b  call rax
0a3d  test eax, eax
0a3f  jne 0xf6
0a45  mov r12, [rbx]
0a4c  add r12, r15
0a4f  jmp 0x371
0a54  mov esi, 0x4
0a59  mov r8, [r13+0x18]
0a60  mov edi, 0xd7599ae3
0a65  mov r9, [rdx+0x38]
0a6c  test r9, r9
0a6f  je 0xb07
0a75  dec r9
0a78  mov ecx, edi
0a7a  and rcx, r9
0a7d  mov r10, [rdx+0x30]
0a84  mov rax, rcx
0a87  shl rax, 0x5
0a8b  add rax, r10
0a8e  movzx r11d, byte [rax]
0a96  test r11d, r11d
0a99  je 0xb07
0a9f  cmp r11d, 0x4
0aa6  jne 0xac9
0aac  mov r11, [rax+0x8]
0ab3  cmp r11, r8
0ab6  je 0xad4
0abc  cmp [r11+0x20], edi
0ac3  je 0x9f6
0ac9  inc rcx
0acc  and rcx, r9
0acf  jmp 0xa84
0ad4  cmp byte [rax+0x10], 0x0
0adb  je 0xb07
0ae1  mov rcx, rax
0ae4  mov rax, [rcx+0x10]
0aeb  mov r10, [rcx+0x18]
0af2  mov [r12+0x10], rax
0afa  mov [r12+0x18], r10
0b02  jmp 0x371
0b07  mov rdx, [rdx+0x60]
0b0e  test rdx, rdx
0b11  je 0xbc3
0b17  mov r8, <addr>
0b21  mov edi, 0xa78fee25
0b26  mov r9, [rdx+0x38]
0b2d  test r9, r9
0b30  je 0xbc3
0b36  dec r9
0b39  mov ecx, edi
0b3b  and rcx, r9
0b3e  mov r10, [rdx+0x30]
0b45  mov rax, rcx
0b48  shl rax, 0x5
0b4c  add rax, r10
0b4f  movzx r11d, byte [rax]
0b57  test r11d, r11d
0b5a  je 0xbc3
0b60  cmp r11d, 0x4
0b67  jne 0xb8a
0b6d  mov r11, [rax+0x8]
0b74  cmp r11, r8
0b77  je 0xb95
0b7d  cmp [r11+0x20], edi
0b84  je 0x9f6
0b8a  inc rcx
0b8d  and rcx, r9
0b90  jmp 0xb45
0b95  cmp byte [rax+0x10], 0x5
0b9c  jne 0xbb6
0ba2  mov rdx, [rax+0x18]
0ba9  dec esi
0bab  jne 0xa59
0bb1  jmp 0x9f6
0bb6  cmp byte [rax+0x10], 0x0
0bbd  jne 0x9f6
0bc3  mov byte [r12+0x10], 0x0
0bcc  jmp 0x371
0bd1  cmp byte [r12], 0x4
0bda  jne 0x9f6
0be0  mov rdx, [rbx+0x2b8]
0be7  test rdx, rdx
0bea  je 0x9f6
0bf0  mov r8, <addr>
0bfa  mov edi, 0xa78fee25
0bff  mov r9, [rdx+0x38]
0c06  test r9, r9
0c09  je 0x9f6
0c0f  dec r9
0c12  mov ecx, edi
0c14  and rcx, r9
0c17  mov r10, [rdx+0x30]
0c1e  mov rax, rcx
0c21  shl rax, 0x5
0c25  add rax, r10
0c28  movzx r11d, byte [rax]
0c30  test r11d, r11d
0c33  je 0x9f6
0c39  cmp r11d, 0x4
0c40  jne 0xc63
0c46  mov r11, [rax+0x8]
0c4d  cmp r11, r8
0c50  je 0xc6e
0c56  cmp [r11+0x20], edi
0c5d  je 0x9f6
0c63  inc rcx
0c66  and rcx, r9
0c69  jmp 0xc1e
0c6e  cmp byte [rax+0x10], 0x5
0c75  jne 0x9f6
0c7b  mov rdx, [rax+0x18]
0c82  mov esi, 0x3
0c87  jmp 0xa59
0c8c  mov rax, [rbx+0x28]
0c93  mov qword [rax+rbp+0x20], 0x6
0c9f  mov esi, 0x1
0ca4  mov edx, 0x0
0ca9  mov rdi, rbx
0cac  mov rax, kiln_rt_return
0cb6  call rax
0cb8  cmp eax, 0x3
0cbd  je 0x95
0cc3  jmp 0xf6
0cc8  mov rax, [rbx+0x28]
0ccf  mov qword [rax+rbp+0x20], 0x7
0cdb  mov esi, 0x0
0ce0  mov edx, 0x1
0ce5  mov rdi, rbx
0ce8  mov rax, kiln_rt_return
0cf2  call rax
0cf4  cmp eax, 0x3
0cf9  je 0x95
0cff  jmp 0xf6

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
007b  lea rcx, [rel 0xe70]
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
0119  jne 0x633
011f  mov rdx, [r12+0x8]
0127  mov rax, [r13+0x8]
012e  mov r8, <addr>
0138  mov ecx, [r8]
013b  cmp rcx, [rdx+0x38]
0142  jae 0x691
0148  mov r9, rcx
014b  shl rcx, 0x5
014f  add rcx, [rdx+0x30]
0156  cmp byte [rcx], 0x4
015d  jne 0x691
0163  cmp rax, [rcx+0x8]
016a  jne 0x691
0170  cmp byte [rcx+0x10], 0x0
0177  je 0x691
017d  movzx eax, byte [rcx+0x10]
0184  mov r10, [rcx+0x18]
018b  mov [r12+0x10], rax
0193  mov [r12+0x18], r10
; [1] AddI { a: 1, b: 1, i: 1 }  -- line 1
019b  cmp byte [r12+0x10], 0x2
01a4  jne 0x88f
01aa  mov rax, [r12+0x18]
01b2  add rax, 0x1
01b8  mov byte [r12+0x10], 0x2
01c1  mov [r12+0x18], rax
; [2] SetField { a: 0, k: 0, v: 1 }  -- line 1
01c9  cmp byte [r12], 0x5
01d2  jne 0x904
01d8  mov rdx, [r12+0x8]
01e0  mov rax, [r13+0x8]
01e7  mov r8, <addr>
01f1  mov ecx, [r8]
01f4  cmp rcx, [rdx+0x38]
01fb  jae 0x965
0201  mov r9, rcx
0204  shl rcx, 0x5
0208  add rcx, [rdx+0x30]
020f  cmp byte [rcx], 0x4
0216  jne 0x965
021c  cmp rax, [rcx+0x8]
0223  jne 0x965
0229  cmp byte [rcx+0x10], 0x0
0230  je 0x965
0236  movzx eax, byte [r12+0x10]
023f  mov r10, [r12+0x18]
0247  mov [rcx+0x10], rax
024e  mov [rcx+0x18], r10
0255  cmp r9d, [rdx+0x58]
025c  jae 0x269
0262  mov [rdx+0x58], r9d
0269  cmp r9d, [rdx+0x5c]
0270  jbe 0x27d
0276  mov [rdx+0x5c], r9d
027d  movzx eax, byte [r12+0x10]
0286  sub eax, 0x4
028b  cmp eax, 0x5
0290  ja 0x2c0
0296  mov al, [rdx+0x10]
029c  and al, 0x5
029e  cmp al, 0x1
02a0  jne 0x2c0
02a6  mov rsi, rdx
02a9  lea rdx, [r12+0x10]
02b1  mov rdi, rbx
02b4  mov rax, kiln_rt_barrier
02be  call rax
; [3] SelfOp { a: 1, b: 0, k: 1 }  -- line 1
02c0  movzx eax, byte [r12]
02c9  mov rcx, [r12+0x8]
02d1  mov [r12+0x20], rax
02d9  mov [r12+0x28], rcx
02e1  cmp byte [r12], 0x5
02ea  jne 0xd3a
02f0  mov rdx, [r12+0x8]
02f8  mov rax, [r13+0x18]
02ff  mov r8, <addr>
0309  mov ecx, [r8]
030c  cmp rcx, [rdx+0x38]
0313  jae 0xbbb
0319  mov r9, rcx
031c  shl rcx, 0x5
0320  add rcx, [rdx+0x30]
0327  cmp byte [rcx], 0x4
032e  jne 0xbbb
0334  cmp rax, [rcx+0x8]
033b  jne 0xbbb
0341  cmp byte [rcx+0x10], 0x0
0348  je 0xbbb
034e  movzx eax, byte [rcx+0x10]
0355  mov r10, [rcx+0x18]
035c  mov [r12+0x10], rax
0364  mov [r12+0x18], r10
; [4] TailCall { a: 1, b: 2 }  -- line 1
036c  mov rax, [rbx+0x28]
0373  mov qword [rax+rbp+0x20], 0x5
037f  cmp byte [r12+0x10], 0x6
0388  jne 0x4e6
038e  cmp byte [rbx+0x48], 0x0
0395  jne 0x4e6
039b  mov rdx, [r12+0x18]
03a3  mov r8, [rdx+0x18]
03aa  add r8, 0x18
03b1  mov r11, [r8+0x88]
03b8  test r11, r11
03bb  je 0x4e6
03c1  cmp byte [r8+0x61], 0x0
03c9  jne 0x4e6
03cf  mov rdi, [rbx+0x28]
03d6  add rdi, rbp
03d9  mov rax, [rdi+0x8]
03e0  movzx ecx, byte [r8+0x62]
03e8  lea rcx, [rax+rcx+0x1]
03ed  lea r9, [rcx+0x14]
03f4  cmp r9, [rbx+0x20]
03fb  ja 0x4e6
0401  mov r9, rax
0404  shl r9, 0x4
0408  add r9, [rbx]
040f  movzx r10d, byte [r12+0x10]
0418  mov [r9], r10
041f  mov r10, [r12+0x18]
0427  mov [r9+0x8], r10
042e  movzx r10d, byte [r12+0x20]
0437  mov [r9+0x10], r10
043e  mov r10, [r12+0x28]
0446  mov [r9+0x18], r10
044d  lea rsi, [r9+0x10]
0451  movzx r10d, byte [r8+0x60]
0459  sub r10d, 0x1
0460  jle 0x47d
0466  add rsi, 0x10
046d  mov byte [rsi], 0x0
0470  add rsi, 0x10
0474  dec r10d
0477  jne 0x46d
047d  mov dword [rdi], 0x10000
0487  lea r10, [rax+0x1]
048b  mov [rdi+0x10], r10
0492  mov [rdi+0x18], rcx
0499  mov qword [rdi+0x20], 0x0
04a4  mov qword [rdi+0x28], 0x0
04af  mov [rdi+0x30], r8
04b6  mov [rbx+0x18], rcx
04bd  mov r15, r10
04c0  shl r15, 0x4
04c4  mov r12, [rbx]
04cb  add r12, r15
04ce  mov r13, [r8]
04d5  mov r14, [rdx+0x20]
04dc  add r11, 0x110
04e3  jmp r11
04e6  mov esi, 0x1
04eb  mov edx, 0x2
04f0  mov rdi, rbx
04f3  mov rax, kiln_rt_tail_call
04fd  call rax
04ff  cmp eax, 0x3
0504  je 0x95
050a  jmp 0xf6
; [5] Return { a: 1, b: 0 }  -- line 1
050f  jmp 0xdf6
; [6] Return0  -- line 1
0514  cmp byte [rbx+0x48], 0x0
051b  jne 0xe32
0521  mov rax, [rbx+0x28]
0528  add rax, rbp
052b  movzx ecx, word [rax-0x40]
0532  xor r11d, r11d
0535  test ecx, 0x1ff
053b  jne 0x58b
0541  cmp dword [rax+0x4], 0x0
054b  jne 0x5a3
0551  mov rdi, [rax+0x8]
0558  shl rdi, 0x4
055c  add rdi, [rbx]
0563  dec qword [rbx+0x30]
056a  mov rdx, [rax-0x28]
0571  mov [rbx+0x18], rdx
0578  mov r10, [rax+0x38]
057f  test r10, r10
0582  je 0x95
0588  jmp r10
058b  cmp cl, 0x3
058e  jne 0xe32
0594  test ecx, 0x1000
059a  jne 0xe32
05a0  inc r11d
05a3  mov ecx, [rax+0x4]
05a9  lea edx, [rcx+0x1]
05ac  cmp edx, 0x1
05b2  ja 0xe32
05b8  mov r8d, ecx
05bb  mov edx, 0x0
05c0  test ecx, ecx
05c2  cmovs ecx, edx
05c5  mov r9, [rax+0x8]
05cc  mov rdi, r9
05cf  shl rdi, 0x4
05d3  add rdi, [rbx]
05da  dec qword [rbx+0x30]
05e1  test r11d, r11d
05e4  jne 0x619
05ea  mov rdx, [rax-0x28]
05f1  lea rsi, [r9]
05f8  test r8d, r8d
05fb  cmovs rdx, rsi
05ff  mov [rbx+0x18], rdx
0606  mov r10, [rax+0x38]
060d  test r10, r10
0610  je 0x95
0616  jmp r10
0619  lea rdx, [r9+rcx]
061d  mov [rbx+0x18], rdx
0624  mov eax, 0x4
0629  jmp 0xf6
062e  jmp 0x8b
0633  mov rax, [rbx+0x28]
063a  mov qword [rax+rbp+0x20], 0x1
0646  lea rdx, [r12]
064e  lea rcx, [r13]
0656  mov esi, 0x1
065b  mov r8d, 0x0
0661  mov r9, <addr>
066b  mov rdi, rbx
066e  mov rax, kiln_rt_get_field
0678  call rax
067a  test eax, eax
067c  jne 0xf6
0682  mov r12, [rbx]
0689  add r12, r15
068c  jmp 0x19b
0691  mov esi, 0x4
0696  mov r8, [r13+0x8]
069d  mov edi, 0xea0c329f
06a2  mov r9, [rdx+0x38]
06a9  test r9, r9
06ac  je 0x745
06b2  dec r9
06b5  mov ecx, edi
06b7  and rcx, r9
06ba  mov r10, [rdx+0x30]
06c1  mov rax, rcx
06c4  shl rax, 0x5
06c8  add rax, r10
06cb  movzx r11d, byte [rax]
06d3  test r11d, r11d
06d6  je 0x745
06dc  cmp [rax+0x4], edi
06e2  jne 0x707
06e8  cmp r11d, 0x4
06ef  jne 0x707
06f5  cmp r8, [rax+0x8]
06fc  je 0x712
0702  jmp 0x633
0707  inc rcx
070a  and rcx, r9
070d  jmp 0x6c1
0712  cmp byte [rax+0x10], 0x0
0719  je 0x745
071f  mov rcx, rax
0722  movzx eax, byte [rcx+0x10]
0729  mov r10, [rcx+0x18]
0730  mov [r12+0x10], rax
0738  mov [r12+0x18], r10
0740  jmp 0x19b
0745  mov rdx, [rdx+0x60]
074c  test rdx, rdx
074f  je 0x802
0755  mov r8, <addr>
075f  mov edi, 0xa78fee25
0764  mov r9, [rdx+0x38]
076b  test r9, r9
076e  je 0x802
0774  dec r9
0777  mov ecx, edi
0779  and rcx, r9
077c  mov r10, [rdx+0x30]
0783  mov rax, rcx
0786  shl rax, 0x5
078a  add rax, r10
078d  movzx r11d, byte [rax]
0795  test r11d, r11d
0798  je 0x802
079e  cmp [rax+0x4], edi
07a4  jne 0x7c9
07aa  cmp r11d, 0x4
07b1  jne 0x7c9
07b7  cmp r8, [rax+0x8]
07be  je 0x7d4
07c4  jmp 0x633
07c9  inc rcx
07cc  and rcx, r9
07cf  jmp 0x783
07d4  cmp byte [rax+0x10], 0x5
07db  jne 0x7f5
07e1  mov rdx, [rax+0x18]
07e8  dec esi
07ea  jne 0x696
07f0  jmp 0x633
07f5  cmp byte [rax+0x10], 0x0
07fc  jne 0x633
0802  mov byte [r12+0x10], 0x0
080b  jmp 0x19b
0810  mov rax, [rbx+0x28]
0817  mov qword [rax+rbp+0x20], 0x2
0823  lea rcx, [r12+0x10]
082b  mov byte [rsp+0x18], 0x2
0834  mov qword [rsp+0x20], 0x1
0840  lea r8, [rsp+0x18]
0848  mov esi, 0x0
084d  mov edx, 0x1
0852  mov r9d, 0x1
0858  mov dword [rsp], 0xffffffff
085f  mov rdi, rbx
0862  mov rax, kiln_rt_arith
086c  call rax
086e  test eax, eax
0870  jne 0xf6
0876  mov r12, [rbx]
087d  add r12, r15
0880  movsd xmm7, [r12+0x18]
088a  jmp 0x1c9
088f  cmp byte [r12+0x10], 0x3
0898  jne 0x8ad
089e  movsd xmm0, [r12+0x18]
08a8  jmp 0x8c6
08ad  cmp byte [r12+0x10], 0x2
08b6  jne 0x810
08bc  cvtsi2sd xmm0, qword [r12+0x18]
08c6  mov rax, 0x1
08d0  cvtsi2sd xmm1, rax
08d5  addsd xmm0, xmm1
08d9  mov byte [r12+0x10], 0x3
08e2  movsd [r12+0x18], xmm0
08ec  movapd xmm7, xmm0
08f0  jmp 0x1c9
08f5  movsd xmm7, [r12+0x18]
08ff  jmp 0x1c9
0904  mov rax, [rbx+0x28]
090b  mov qword [rax+rbp+0x20], 0x3
0917  lea rsi, [r12]
091f  lea rdx, [r13]
0927  lea rcx, [r12+0x10]
092f  mov r8d, 0x0
0935  mov r9, <addr>
093f  mov rdi, rbx
0942  mov rax, kiln_rt_set_field
094c  call rax
094e  test eax, eax
0950  jne 0xf6
0956  mov r12, [rbx]
095d  add r12, r15
0960  jmp 0x2c0
0965  mov r8, [r13+0x8]
096c  mov edi, 0xea0c329f
0971  mov r9, [rdx+0x38]
0978  test r9, r9
097b  je 0x904
0981  dec r9
0984  mov ecx, edi
0986  and rcx, r9
0989  mov r10, [rdx+0x30]
0990  mov rax, rcx
0993  shl rax, 0x5
0997  add rax, r10
099a  movzx r11d, byte [rax]
09a2  test r11d, r11d
09a5  je 0xa83
09ab  cmp [rax+0x4], edi
09b1  jne 0x9d6
09b7  cmp r11d, 0x4
09be  jne 0x9d6
09c4  cmp r8, [rax+0x8]
09cb  je 0x9e1
09d1  jmp 0x904
09d6  inc rcx
09d9  and rcx, r9
09dc  jmp 0x990
09e1  cmp byte [rax+0x10], 0x0
09e8  je 0x904
09ee  mov r9, rcx
09f1  mov rcx, rax
09f4  movzx eax, byte [r12+0x10]
09fd  mov r10, [r12+0x18]
0a05  mov [rcx+0x10], rax
0a0c  mov [rcx+0x18], r10
0a13  cmp r9d, [rdx+0x58]
0a1a  jae 0xa27
0a20  mov [rdx+0x58], r9d
0a27  cmp r9d, [rdx+0x5c]
0a2e  jbe 0xa3b
0a34  mov [rdx+0x5c], r9d
0a3b  movzx eax, byte [r12+0x10]
0a44  sub eax, 0x4
0a49  cmp eax, 0x5
0a4e  ja 0xa7e
0a54  mov al, [rdx+0x10]
0a5a  and al, 0x5
0a5c  cmp al, 0x1
0a5e  jne 0xa7e
0a64  mov rsi, rdx
0a67  lea rdx, [r12+0x10]
0a6f  mov rdi, rbx
0a72  mov rax, kiln_rt_barrier
0a7c  call rax
0a7e  jmp 0x2c0
0a83  cmp byte [r12+0x10], 0x0
0a8c  je 0x904
0a92  cmp qword [rdx+0x60], 0x0
0a9d  jne 0x904
0aa3  mov r9b, [rdx+0x10]
0aaa  and r9b, 0x5
0aae  cmp r9b, 0x1
0ab2  je 0x904
0ab8  mov r9, [rdx+0x48]
0abf  lea r9, [r9*4+0x4]
0ac7  mov r10, [rdx+0x38]
0ace  lea r10, [r10+r10*2]
0ad2  cmp r9, r10
0ad5  ja 0x904
0adb  inc qword [rdx+0x48]
0ae2  mov r9, rcx
0ae5  mov rcx, rax
0ae8  movzx eax, byte [r13]
0af1  mov r10, [r13+0x8]
0af9  mov [rcx], rax
0b00  mov [rcx+0x8], r10
0b07  mov dword [rcx+0x4], 0xea0c329f
0b11  movzx eax, byte [r12+0x10]
0b1a  mov r10, [r12+0x18]
0b22  mov [rcx+0x10], rax
0b29  mov [rcx+0x18], r10
0b30  cmp r9d, [rdx+0x58]
0b37  jae 0xb44
0b3d  mov [rdx+0x58], r9d
0b44  cmp r9d, [rdx+0x5c]
0b4b  jbe 0xb58
0b51  mov [rdx+0x5c], r9d
0b58  jmp 0x2c0
0b5d  mov rax, [rbx+0x28]
0b64  mov qword [rax+rbp+0x20], 0x4
0b70  lea rdx, [r12]
0b78  lea rcx, [r13+0x10]
0b80  mov esi, 0x1
0b85  mov r8d, 0x0
0b8b  mov r9, <addr>
0b95  mov rdi, rbx
0b98  mov rax, kiln_rt_get_field
0ba2  call rax
0ba4  test eax, eax
0ba6  jne 0xf6
0bac  mov r12, [rbx]
0bb3  add r12, r15
0bb6  jmp 0x36c
0bbb  mov esi, 0x4
0bc0  mov r8, [r13+0x18]
0bc7  mov edi, 0xd7599ae3
0bcc  mov r9, [rdx+0x38]
0bd3  test r9, r9
0bd6  je 0xc6f
0bdc  dec r9
0bdf  mov ecx, edi
0be1  and rcx, r9
0be4  mov r10, [rdx+0x30]
0beb  mov rax, rcx
0bee  shl rax, 0x5
0bf2  add rax, r10
0bf5  movzx r11d, byte [rax]
0bfd  test r11d, r11d
0c00  je 0xc6f
0c06  cmp [rax+0x4], edi
0c0c  jne 0xc31
0c12  cmp r11d, 0x4
0c19  jne 0xc31
0c1f  cmp r8, [rax+0x8]
0c26  je 0xc3c
0c2c  jmp 0xb5d
0c31  inc rcx
0c34  and rcx, r9
0c37  jmp 0xbeb
0c3c  cmp byte [rax+0x10], 0x0
0c43  je 0xc6f
0c49  mov rcx, rax
0c4c  movzx eax, byte [rcx+0x10]
0c53  mov r10, [rcx+0x18]
0c5a  mov [r12+0x10], rax
0c62  mov [r12+0x18], r10
0c6a  jmp 0x36c
0c6f  mov rdx, [rdx+0x60]
0c76  test rdx, rdx
0c79  je 0xd2c
0c7f  mov r8, <addr>
0c89  mov edi, 0xa78fee25
0c8e  mov r9, [rdx+0x38]
0c95  test r9, r9
0c98  je 0xd2c
0c9e  dec r9
0ca1  mov ecx, edi
0ca3  and rcx, r9
0ca6  mov r10, [rdx+0x30]
0cad  mov rax, rcx
0cb0  shl rax, 0x5
0cb4  add rax, r10
0cb7  movzx r11d, byte [rax]
0cbf  test r11d, r11d
0cc2  je 0xd2c
0cc8  cmp [rax+0x4], edi
0cce  jne 0xcf3
0cd4  cmp r11d, 0x4
0cdb  jne 0xcf3
0ce1  cmp r8, [rax+0x8]
0ce8  je 0xcfe
0cee  jmp 0xb5d
0cf3  inc rcx
0cf6  and rcx, r9
0cf9  jmp 0xcad
0cfe  cmp byte [rax+0x10], 0x5
0d05  jne 0xd1f
0d0b  mov rdx, [rax+0x18]
0d12  dec esi
0d14  jne 0xbc0
0d1a  jmp 0xb5d
0d1f  cmp byte [rax+0x10], 0x0
0d26  jne 0xb5d
0d2c  mov byte [r12+0x10], 0x0
0d35  jmp 0x36c
0d3a  cmp byte [r12], 0x4
0d43  jne 0xb5d
0d49  mov rdx, [rbx+0x2b8]
0d50  test rdx, rdx
0d53  je 0xb5d
0d59  mov r8, <addr>
0d63  mov edi, 0xa78fee25
0d68  mov r9, [rdx+0x38]
0d6f  test r9, r9
0d72  je 0xb5d
0d78  dec r9
0d7b  mov ecx, edi
0d7d  and rcx, r9
0d80  mov r10, [rdx+0x30]
0d87  mov rax, rcx
0d8a  shl rax, 0x5
0d8e  add rax, r10
0d91  movzx r11d, byte [rax]
0d99  test r11d, r11d
0d9c  je 0xb5d
0da2  cmp [rax+0x4], edi
0da8  jne 0xdcd
0dae  cmp r11d, 0x4
0db5  jne 0xdcd
0dbb  cmp r8, [rax+0x8]
0dc2  je 0xdd8
0dc8  jmp 0xb5d
0dcd  inc rcx
0dd0  and rcx, r9
0dd3  jmp 0xd87
0dd8  cmp byte [rax+0x10], 0x5
0ddf  jne 0xb5d
0de5  mov rdx, [rax+0x18]
0dec  mov esi, 0x3
0df1  jmp 0xbc0
0df6  mov rax, [rbx+0x28]
0dfd  mov qword [rax+rbp+0x20], 0x6
0e09  mov esi, 0x1
0e0e  mov edx, 0x0
0e13  mov rdi, rbx
0e16  mov rax, kiln_rt_return
0e20  call rax
0e22  cmp eax, 0x3
0e27  je 0x95
0e2d  jmp 0xf6
0e32  mov rax, [rbx+0x28]
0e39  mov qword [rax+rbp+0x20], 0x7
0e45  mov esi, 0x0
0e4a  mov edx, 0x1
0e4f  mov rdi, rbx
0e52  mov rax, kiln_rt_return
0e5c  call rax
0e5e  cmp eax, 0x3
0e63  je 0x95
0e69  jmp 0xf6
0e6e  nop
0e6f  nop

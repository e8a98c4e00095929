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
007b  lea rcx, [rel 0xe3c]
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
01a4  jne 0x87f
01aa  mov rax, [r12+0x18]
01b2  add rax, 0x1
01b8  mov byte [r12+0x10], 0x2
01c1  mov [r12+0x18], rax
; [2] SetField { a: 0, k: 0, v: 1 }  -- line 1
01c9  cmp byte [r12], 0x5
01d2  jne 0x8e1
01d8  mov rdx, [r12+0x8]
01e0  mov rax, [r13+0x8]
01e7  mov r8, <addr>
01f1  mov ecx, [r8]
01f4  cmp rcx, [rdx+0x38]
01fb  jae 0x942
0201  mov r9, rcx
0204  shl rcx, 0x5
0208  add rcx, [rdx+0x30]
020f  cmp byte [rcx], 0x4
0216  jne 0x942
021c  cmp rax, [rcx+0x8]
0223  jne 0x942
0229  cmp byte [rcx+0x10], 0x0
0230  je 0x942
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
02e8  jne 0xd07
02ee  mov rdx, [r12+0x8]
02f6  mov rax, [r13+0x18]
02fd  mov r8, <addr>
0307  mov ecx, [r8]
030a  cmp rcx, [rdx+0x38]
0311  jae 0xb8a
0317  mov r9, rcx
031a  shl rcx, 0x5
031e  add rcx, [rdx+0x30]
0325  cmp byte [rcx], 0x4
032c  jne 0xb8a
0332  cmp rax, [rcx+0x8]
0339  jne 0xb8a
033f  cmp byte [rcx+0x10], 0x0
0346  je 0xb8a
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
050b  jmp 0xdc2
; [6] Return0  -- line 1
0510  cmp byte [rbx+0x48], 0x0
0517  jne 0xdfe
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
058a  jne 0xdfe
0590  test ecx, 0x1000
0596  jne 0xdfe
059c  inc r11d
059f  mov ecx, [rax+0x4]
05a5  lea edx, [rcx+0x1]
05a8  cmp edx, 0x1
05ae  ja 0xdfe
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
06a8  je 0x740
06ae  dec r9
06b1  mov ecx, edi
06b3  and rcx, r9
06b6  mov r10, [rdx+0x30]
06bd  mov rax, rcx
06c0  shl rax, 0x5
06c4  add rax, r10
06c7  movzx r11d, byte [rax]
06cf  test r11d, r11d
06d2  je 0x740
06d8  cmp r11d, 0x4
06df  jne 0x702
06e5  mov r11, [rax+0x8]
06ec  cmp r11, r8
06ef  je 0x70d
06f5  cmp [r11+0x20], edi
06fc  je 0x62f
0702  inc rcx
0705  and rcx, r9
0708  jmp 0x6bd
070d  cmp byte [rax+0x10], 0x0
0714  je 0x740
071a  mov rcx, rax
071d  mov rax, [rcx+0x10]
0724  mov r10, [rcx+0x18]
072b  mov [r12+0x10], rax
0733  mov [r12+0x18], r10
073b  jmp 0x19b
0740  mov rdx, [rdx+0x60]
0747  test rdx, rdx
074a  je 0x7fc
0750  mov r8, <addr>
075a  mov edi, 0xa78fee25
075f  mov r9, [rdx+0x38]
0766  test r9, r9
0769  je 0x7fc
076f  dec r9
0772  mov ecx, edi
0774  and rcx, r9
0777  mov r10, [rdx+0x30]
077e  mov rax, rcx
0781  shl rax, 0x5
0785  add rax, r10
0788  movzx r11d, byte [rax]
0790  test r11d, r11d
0793  je 0x7fc
0799  cmp r11d, 0x4
07a0  jne 0x7c3
07a6  mov r11, [rax+0x8]
07ad  cmp r11, r8
07b0  je 0x7ce
07b6  cmp [r11+0x20], edi
07bd  je 0x62f
07c3  inc rcx
07c6  and rcx, r9
07c9  jmp 0x77e
07ce  cmp byte [rax+0x10], 0x5
07d5  jne 0x7ef
07db  mov rdx, [rax+0x18]
07e2  dec esi
07e4  jne 0x692
07ea  jmp 0x62f
07ef  cmp byte [rax+0x10], 0x0
07f6  jne 0x62f
07fc  mov byte [r12+0x10], 0x0
0805  jmp 0x19b
080a  mov rax, [rbx+0x28]
0811  mov qword [rax+rbp+0x20], 0x2
081d  lea rcx, [r12+0x10]
0825  mov byte [rsp+0x18], 0x2
082e  mov qword [rsp+0x20], 0x1
083a  lea r8, [rsp+0x18]
0842  mov esi, 0x0
0847  mov edx, 0x1
084c  mov r9d, 0x1
0852  mov dword [rsp], 0xffffffff
0859  mov rdi, rbx
085c  mov rax, kiln_rt_arith
0866  call rax
0868  test eax, eax
086a  jne 0xf6
0870  mov r12, [rbx]
0877  add r12, r15
087a  jmp 0x1c9
087f  cmp byte [r12+0x10], 0x3
0888  jne 0x89d
088e  movsd xmm0, [r12+0x18]
0898  jmp 0x8b6
089d  cmp byte [r12+0x10], 0x2
08a6  jne 0x80a
08ac  cvtsi2sd xmm0, qword [r12+0x18]
08b6  mov rax, 0x1
08c0  cvtsi2sd xmm1, rax
08c5  addsd xmm0, xmm1
08c9  mov byte [r12+0x10], 0x3
08d2  movsd [r12+0x18], xmm0
08dc  jmp 0x1c9
08e1  mov rax, [rbx+0x28]
08e8  mov qword [rax+rbp+0x20], 0x3
08f4  lea rsi, [r12]
08fc  lea rdx, [r13]
0904  lea rcx, [r12+0x10]
090c  mov r8d, 0x0
0912  mov r9, <addr>
091c  mov rdi, rbx
091f  mov rax, kiln_rt_set_field
0929  call rax
092b  test eax, eax
092d  jne 0xf6
0933  mov r12, [rbx]
093a  add r12, r15
093d  jmp 0x2bf
0942  mov r8, [r13+0x8]
0949  mov edi, 0xea0c329f
094e  mov r9, [rdx+0x38]
0955  test r9, r9
0958  je 0x8e1
095e  dec r9
0961  mov ecx, edi
0963  and rcx, r9
0966  mov r10, [rdx+0x30]
096d  mov rax, rcx
0970  shl rax, 0x5
0974  add rax, r10
0977  movzx r11d, byte [rax]
097f  test r11d, r11d
0982  je 0xa5e
0988  cmp r11d, 0x4
098f  jne 0x9b2
0995  mov r11, [rax+0x8]
099c  cmp r11, r8
099f  je 0x9bd
09a5  cmp [r11+0x20], edi
09ac  je 0x8e1
09b2  inc rcx
09b5  and rcx, r9
09b8  jmp 0x96d
09bd  cmp byte [rax+0x10], 0x0
09c4  je 0x8e1
09ca  mov r9, rcx
09cd  mov rcx, rax
09d0  mov rax, [r12+0x10]
09d8  mov r10, [r12+0x18]
09e0  mov [rcx+0x10], rax
09e7  mov [rcx+0x18], r10
09ee  cmp r9d, [rdx+0x58]
09f5  jae 0xa02
09fb  mov [rdx+0x58], r9d
0a02  cmp r9d, [rdx+0x5c]
0a09  jbe 0xa16
0a0f  mov [rdx+0x5c], r9d
0a16  movzx eax, byte [r12+0x10]
0a1f  sub eax, 0x4
0a24  cmp eax, 0x5
0a29  ja 0xa59
0a2f  mov al, [rdx+0x10]
0a35  and al, 0x5
0a37  cmp al, 0x1
0a39  jne 0xa59
0a3f  mov rsi, rdx
0a42  lea rdx, [r12+0x10]
0a4a  mov rdi, rbx
0a4d  mov rax, kiln_rt_barrier
0a57  call rax
0a59  jmp 0x2bf
0a5e  cmp byte [r12+0x10], 0x0
0a67  je 0x8e1
0a6d  cmp qword [rdx+0x60], 0x0
0a78  jne 0x8e1
0a7e  mov r9b, [rdx+0x10]
0a85  and r9b, 0x5
0a89  cmp r9b, 0x1
0a8d  je 0x8e1
0a93  mov r9, [rdx+0x48]
0a9a  lea r9, [r9*4+0x4]
0aa2  mov r10, [rdx+0x38]
0aa9  lea r10, [r10+r10*2]
0aad  cmp r9, r10
0ab0  ja 0x8e1
0ab6  inc qword [rdx+0x48]
0abd  mov r9, rcx
0ac0  mov rcx, rax
0ac3  mov rax, [r13]
0acb  mov r10, [r13+0x8]
0ad3  mov [rcx], rax
0ada  mov [rcx+0x8], r10
0ae1  mov rax, [r12+0x10]
0ae9  mov r10, [r12+0x18]
0af1  mov [rcx+0x10], rax
0af8  mov [rcx+0x18], r10
0aff  cmp r9d, [rdx+0x58]
0b06  jae 0xb13
0b0c  mov [rdx+0x58], r9d
0b13  cmp r9d, [rdx+0x5c]
0b1a  jbe 0xb27
0b20  mov [rdx+0x5c], r9d
0b27  jmp 0x2bf
0b2c  mov rax, [rbx+0x28]
0b33  mov qword [rax+rbp+0x20], 0x4
0b3f  lea rdx, [r12]
0b47  lea rcx, [r13+0x10]
0b4f  mov esi, 0x1
0b54  mov r8d, 0x0
0b5a  mov r9, <addr>
0b64  mov rdi, rbx
0b67  mov rax, kiln_rt_get_field
0b71  call rax
0b73  test eax, eax
0b75  jne 0xf6
0b7b  mov r12, [rbx]
0b82  add r12, r15
0b85  jmp 0x36a
0b8a  mov esi, 0x4
0b8f  mov r8, [r13+0x18]
0b96  mov edi, 0xd7599ae3
0b9b  mov r9, [rdx+0x38]
0ba2  test r9, r9
0ba5  je 0xc3d
0bab  dec r9
0bae  mov ecx, edi
0bb0  and rcx, r9
0bb3  mov r10, [rdx+0x30]
0bba  mov rax, rcx
0bbd  shl rax, 0x5
0bc1  add rax, r10
0bc4  movzx r11d, byte [rax]
0bcc  test r11d, r11d
0bcf  je 0xc3d
0bd5  cmp r11d, 0x4
0bdc  jne 0xbff
0be2  mov r11, [rax+0x8]
0be9  cmp r11, r8
0bec  je 0xc0a
0bf2  cmp [r11+0x20], edi
0bf9  je 0xb2c
0bff  inc rcx
0c02  and rcx, r9
0c05  jmp 0xbba
0c0a  cmp byte [rax+0x10], 0x0
0c11  je 0xc3d
0c17  mov rcx, rax
0c1a  mov rax, [rcx+0x10]
0c21  mov r10, [rcx+0x18]
0c28  mov [r12+0x10], rax
0c30  mov [r12+0x18], r10
0c38  jmp 0x36a
0c3d  mov rdx, [rdx+0x60]
0c44  test rdx, rdx
0c47  je 0xcf9
0c4d  mov r8, <addr>
0c57  mov edi, 0xa78fee25
0c5c  mov r9, [rdx+0x38]
0c63  test r9, r9
0c66  je 0xcf9
0c6c  dec r9
0c6f  mov ecx, edi
0c71  and rcx, r9
0c74  mov r10, [rdx+0x30]
0c7b  mov rax, rcx
0c7e  shl rax, 0x5
0c82  add rax, r10
0c85  movzx r11d, byte [rax]
0c8d  test r11d, r11d
0c90  je 0xcf9
0c96  cmp r11d, 0x4
0c9d  jne 0xcc0
0ca3  mov r11, [rax+0x8]
0caa  cmp r11, r8
0cad  je 0xccb
0cb3  cmp [r11+0x20], edi
0cba  je 0xb2c
0cc0  inc rcx
0cc3  and rcx, r9
0cc6  jmp 0xc7b
0ccb  cmp byte [rax+0x10], 0x5
0cd2  jne 0xcec
0cd8  mov rdx, [rax+0x18]
0cdf  dec esi
0ce1  jne 0xb8f
0ce7  jmp 0xb2c
0cec  cmp byte [rax+0x10], 0x0
0cf3  jne 0xb2c
0cf9  mov byte [r12+0x10], 0x0
0d02  jmp 0x36a
0d07  cmp byte [r12], 0x4
0d10  jne 0xb2c
0d16  mov rdx, [rbx+0x2b8]
0d1d  test rdx, rdx
0d20  je 0xb2c
0d26  mov r8, <addr>
0d30  mov edi, 0xa78fee25
0d35  mov r9, [rdx+0x38]
0d3c  test r9, r9
0d3f  je 0xb2c
0d45  dec r9
0d48  mov ecx, edi
0d4a  and rcx, r9
0d4d  mov r10, [rdx+0x30]
0d54  mov rax, rcx
0d57  shl rax, 0x5
0d5b  add rax, r10
0d5e  movzx r11d, byte [rax]
0d66  test r11d, r11d
0d69  je 0xb2c
0d6f  cmp r11d, 0x4
0d76  jne 0xd99
0d7c  mov r11, [rax+0x8]
0d83  cmp r11, r8
0d86  je 0xda4
0d8c  cmp [r11+0x20], edi
0d93  je 0xb2c
0d99  inc rcx
0d9c  and rcx, r9
0d9f  jmp 0xd54
0da4  cmp byte [rax+0x10], 0x5
0dab  jne 0xb2c
0db1  mov rdx, [rax+0x18]
0db8  mov esi, 0x3
0dbd  jmp 0xb8f
0dc2  mov rax, [rbx+0x28]
0dc9  mov qword [rax+rbp+0x20], 0x6
0dd5  mov esi, 0x1
0dda  mov edx, 0x0
0ddf  mov rdi, rbx
0de2  mov rax, kiln_rt_return
0dec  call rax
0dee  cmp eax, 0x3
0df3  je 0x95
0df9  jmp 0xf6
0dfe  mov rax, [rbx+0x28]
0e05  mov qword [rax+rbp+0x20], 0x7
0e11  mov esi, 0x0
0e16  mov edx, 0x1
0e1b  mov rdi, rbx
0e1e  mov rax, kiln_rt_return
0e28  call rax
0e2a  cmp eax, 0x3
0e2f  je 0x95
0e35  jmp 0xf6
0e3a  nop
0e3b  nop

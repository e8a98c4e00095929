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
007b  lea rcx, [rel 0x9c4]
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
; [0] GetTabUp { a: 1, up: 0, k: 0 }  -- line 1
0110  mov rdx, [r14]
0117  cmp byte [rdx+0x18], 0x1
011e  jne 0x130
0124  lea rdx, [rdx+0x20]
012b  jmp 0x16d
0130  mov rax, [rdx+0x20]
0137  cmp rax, [rbx+0x40]
013e  jne 0x15b
0144  mov rdx, [rdx+0x28]
014b  shl rdx, 0x4
014f  add rdx, [rbx]
0156  jmp 0x16d
015b  mov rdx, [rdx+0x28]
0162  shl rdx, 0x4
0166  add rdx, [rax+0x48]
016d  cmp byte [rdx], 0x5
0170  jne 0x79e
0176  mov rdx, [rdx+0x8]
017a  mov rax, [r13+0x8]
0181  mov r8, <addr>
018b  mov ecx, [r8]
018e  cmp rcx, [rdx+0x38]
0195  jae 0x79e
019b  mov r9, rcx
019e  shl rcx, 0x5
01a2  add rcx, [rdx+0x30]
01a9  cmp byte [rcx], 0x4
01b0  jne 0x79e
01b6  cmp rax, [rcx+0x8]
01bd  jne 0x79e
01c3  cmp byte [rcx+0x10], 0x0
01ca  je 0x79e
01d0  movzx eax, byte [rcx+0x10]
01d7  mov r10, [rcx+0x18]
01de  mov [r12+0x10], rax
01e6  mov [r12+0x18], r10
; [1] Move { a: 2, b: 0 }  -- line 1
01ee  movzx eax, byte [r12]
01f7  mov rcx, [r12+0x8]
01ff  mov [r12+0x20], rax
0207  mov [r12+0x28], rcx
; [2] Call { a: 1, b: 2, c: 2 }  -- line 1
020f  mov rax, [rbx+0x28]
0216  mov qword [rax+rbp+0x20], 0x3
0222  cmp byte [r12+0x10], 0x6
022b  jne 0x39c
0231  cmp byte [rbx+0x48], 0x0
0238  jne 0x39c
023e  mov rdx, [r12+0x18]
0246  mov r8, [rdx+0x18]
024d  add r8, 0x18
0254  mov r11, [r8+0x88]
025b  test r11, r11
025e  je 0x39c
0264  cmp byte [r8+0x61], 0x0
026c  jne 0x39c
0272  mov rax, r15
0275  shr rax, 0x4
0279  add rax, 0x1
027f  movzx ecx, byte [r8+0x62]
0287  lea rcx, [rax+rcx+0x1]
028c  lea r9, [rcx+0x14]
0293  cmp r9, [rbx+0x20]
029a  ja 0x39c
02a0  mov r9, [rbx+0x30]
02a7  cmp r9, [rbx+0x38]
02ae  jae 0x39c
02b4  cmp r9, 0xf4240
02bb  jae 0x39c
02c1  lea rsi, [r12+0x20]
02c9  movzx r10d, byte [r8+0x60]
02d1  sub r10d, 0x1
02d8  jle 0x2f5
02de  add rsi, 0x10
02e5  mov byte [rsi], 0x0
02e8  add rsi, 0x10
02ec  dec r10d
02ef  jne 0x2e5
02f5  mov rdi, r9
02f8  shl rdi, 0x6
02fc  add rdi, [rbx+0x28]
0303  mov dword [rdi], 0x0
030d  mov dword [rdi+0x4], 0x1
0317  mov [rdi+0x8], rax
031e  lea r10, [rax+0x1]
0322  mov [rdi+0x10], r10
0329  mov [rdi+0x18], rcx
0330  mov qword [rdi+0x20], 0x0
033b  mov qword [rdi+0x28], 0x0
0346  mov [rdi+0x30], r8
034d  lea rsi, [rel 0x7f3]
0354  mov [rdi+0x38], rsi
035b  inc r9
035e  mov [rbx+0x30], r9
0365  mov [rbx+0x18], rcx
036c  add rbp, 0x40
0373  mov r15, r10
0376  shl r15, 0x4
037a  mov r12, [rbx]
0381  add r12, r15
0384  mov r13, [r8]
038b  mov r14, [rdx+0x20]
0392  add r11, 0x110
0399  jmp r11
039c  cmp byte [r12+0x10], 0x7
03a5  jne 0x417
03ab  mov rax, [r12+0x18]
03b3  cmp qword [rax+0x40], 0x0
03be  je 0x417
03c4  test byte [rbx+0x48], 0xf
03cb  jne 0x417
03d1  mov rsi, r15
03d4  shr rsi, 0x4
03d8  add rsi, 0x1
03df  mov edx, 0x1
03e4  mov rdi, rbx
03e7  mov rax, kiln_rt_call_fast
03f1  call rax
03f3  test eax, eax
03f5  je 0x417
03fb  cmp byte [rbx+0x48], 0x0
0402  jne 0xf1
0408  mov r12, [rbx]
040f  add r12, r15
0412  jmp 0x464
0417  mov esi, 0x1
041c  mov edx, 0x2
0421  mov ecx, 0x2
0426  mov rdi, rbx
0429  mov rax, kiln_rt_call
0433  call rax
0435  test eax, eax
0437  je 0x44d
043d  cmp eax, 0x3
0442  je 0x95
0448  jmp 0xf6
044d  cmp byte [rbx+0x48], 0x0
0454  jne 0xf1
045a  mov r12, [rbx]
0461  add r12, r15
; [3] GetUpval { a: 2, b: 1 }  -- line 1
0464  mov rdx, [r14+0x8]
046b  cmp byte [rdx+0x18], 0x1
0472  jne 0x484
0478  lea rdx, [rdx+0x20]
047f  jmp 0x4c1
0484  mov rax, [rdx+0x20]
048b  cmp rax, [rbx+0x40]
0492  jne 0x4af
0498  mov rdx, [rdx+0x28]
049f  shl rdx, 0x4
04a3  add rdx, [rbx]
04aa  jmp 0x4c1
04af  mov rdx, [rdx+0x28]
04b6  shl rdx, 0x4
04ba  add rdx, [rax+0x48]
04c1  movzx eax, byte [rdx]
04c4  mov rcx, [rdx+0x8]
04c8  mov [r12+0x20], rax
04d0  mov [r12+0x28], rcx
; [4] Mul { a: 1, b: 1, c: 2 }  -- line 1
04d8  cmp byte [r12+0x10], 0x2
04e1  jne 0x8af
04e7  cmp byte [r12+0x20], 0x2
04f0  jne 0x8af
04f6  mov rax, [r12+0x18]
04fe  mov rcx, [r12+0x28]
0506  imul rax, rcx
050a  mov byte [r12+0x10], 0x2
0513  mov [r12+0x18], rax
; [5] Return1 { a: 1 }  -- line 1
051b  cmp byte [rbx+0x48], 0x0
0522  jne 0x94c
0528  mov rax, [rbx+0x28]
052f  add rax, rbp
0532  movzx ecx, word [rax-0x40]
0539  xor r11d, r11d
053c  test ecx, 0x1ff
0542  jne 0x5b1
0548  cmp dword [rax+0x4], 0x1
0552  jne 0x5c9
0558  mov rdi, [rax+0x8]
055f  shl rdi, 0x4
0563  add rdi, [rbx]
056a  movzx edx, byte [r12+0x10]
0573  mov rsi, [r12+0x18]
057b  mov [rdi], rdx
0582  mov [rdi+0x8], rsi
0589  dec qword [rbx+0x30]
0590  mov rdx, [rax-0x28]
0597  mov [rbx+0x18], rdx
059e  mov r10, [rax+0x38]
05a5  test r10, r10
05a8  je 0x95
05ae  jmp r10
05b1  cmp cl, 0x3
05b4  jne 0x94c
05ba  test ecx, 0x1000
05c0  jne 0x94c
05c6  inc r11d
05c9  mov ecx, [rax+0x4]
05cf  lea edx, [rcx+0x1]
05d2  cmp edx, 0x2
05d8  ja 0x94c
05de  mov r8d, ecx
05e1  mov edx, 0x1
05e6  test ecx, ecx
05e8  cmovs ecx, edx
05eb  mov r9, [rax+0x8]
05f2  mov rdi, r9
05f5  shl rdi, 0x4
05f9  add rdi, [rbx]
0600  cmp ecx, 0x0
0606  je 0x62b
060c  movzx edx, byte [r12+0x10]
0615  mov rsi, [r12+0x18]
061d  mov [rdi], rdx
0624  mov [rdi+0x8], rsi
062b  dec qword [rbx+0x30]
0632  test r11d, r11d
0635  jne 0x66a
063b  mov rdx, [rax-0x28]
0642  lea rsi, [r9+0x1]
0649  test r8d, r8d
064c  cmovs rdx, rsi
0650  mov [rbx+0x18], rdx
0657  mov r10, [rax+0x38]
065e  test r10, r10
0661  je 0x95
0667  jmp r10
066a  lea rdx, [r9+rcx]
066e  mov [rbx+0x18], rdx
0675  mov eax, 0x4
067a  jmp 0xf6
; [6] Return0  -- line 1
067f  cmp byte [rbx+0x48], 0x0
0686  jne 0x988
068c  mov rax, [rbx+0x28]
0693  add rax, rbp
0696  movzx ecx, word [rax-0x40]
069d  xor r11d, r11d
06a0  test ecx, 0x1ff
06a6  jne 0x6f6
06ac  cmp dword [rax+0x4], 0x0
06b6  jne 0x70e
06bc  mov rdi, [rax+0x8]
06c3  shl rdi, 0x4
06c7  add rdi, [rbx]
06ce  dec qword [rbx+0x30]
06d5  mov rdx, [rax-0x28]
06dc  mov [rbx+0x18], rdx
06e3  mov r10, [rax+0x38]
06ea  test r10, r10
06ed  je 0x95
06f3  jmp r10
06f6  cmp cl, 0x3
06f9  jne 0x988
06ff  test ecx, 0x1000
0705  jne 0x988
070b  inc r11d
070e  mov ecx, [rax+0x4]
0714  lea edx, [rcx+0x1]
0717  cmp edx, 0x1
071d  ja 0x988
0723  mov r8d, ecx
0726  mov edx, 0x0
072b  test ecx, ecx
072d  cmovs ecx, edx
0730  mov r9, [rax+0x8]
0737  mov rdi, r9
073a  shl rdi, 0x4
073e  add rdi, [rbx]
0745  dec qword [rbx+0x30]
074c  test r11d, r11d
074f  jne 0x784
0755  mov rdx, [rax-0x28]
075c  lea rsi, [r9]
0763  test r8d, r8d
0766  cmovs rdx, rsi
076a  mov [rbx+0x18], rdx
0771  mov r10, [rax+0x38]
0778  test r10, r10
077b  je 0x95
0781  jmp r10
0784  lea rdx, [r9+rcx]
0788  mov [rbx+0x18], rdx
078f  mov eax, 0x4
0794  jmp 0xf6
0799  jmp 0x8b
079e  mov rax, [rbx+0x28]
07a5  mov qword [rax+rbp+0x20], 0x1
07b1  lea rcx, [r13]
07b9  mov esi, 0x1
07be  mov edx, 0x0
07c3  mov r8, <addr>
07cd  mov rdi, rbx
07d0  mov rax, kiln_rt_get_tab_up
07da  call rax
07dc  test eax, eax
07de  jne 0xf6
07e4  mov r12, [rbx]
07eb  add r12, r15
07ee  jmp 0x1ee
07f3  sub rbp, 0x40
07fa  sub rax, 0x40
0800  mov r15, [rax+0x10]
0807  shl r15, 0x4
080b  mov r12, [rbx]
0812  add r12, r15
0815  mov rcx, [rax+0x30]
081c  mov r13, [rcx]
0823  mov rcx, [rax+0x8]
082a  shl rcx, 0x4
082e  add rcx, [rbx]
0835  mov rcx, [rcx+0x8]
0839  mov r14, [rcx+0x20]
0840  jmp 0x464
0845  mov rax, [rbx+0x28]
084c  mov qword [rax+rbp+0x20], 0x5
0858  lea rcx, [r12+0x10]
0860  lea r8, [r12+0x20]
0868  mov esi, 0x2
086d  mov edx, 0x1
0872  mov r9d, 0x1
0878  mov dword [rsp], 0x2
087f  mov rdi, rbx
0882  mov rax, kiln_rt_arith
088c  call rax
088e  test eax, eax
0890  jne 0xf6
0896  mov r12, [rbx]
089d  add r12, r15
08a0  movsd xmm7, [r12+0x18]
08aa  jmp 0x51b
08af  cmp byte [r12+0x10], 0x3
08b8  jne 0x8cd
08be  movsd xmm0, [r12+0x18]
08c8  jmp 0x8e6
08cd  cmp byte [r12+0x10], 0x2
08d6  jne 0x845
08dc  cvtsi2sd xmm0, qword [r12+0x18]
08e6  cmp byte [r12+0x20], 0x3
08ef  jne 0x904
08f5  movsd xmm1, [r12+0x28]
08ff  jmp 0x91d
0904  cmp byte [r12+0x20], 0x2
090d  jne 0x845
0913  cvtsi2sd xmm1, qword [r12+0x28]
091d  mulsd xmm0, xmm1
0921  mov byte [r12+0x10], 0x3
092a  movsd [r12+0x18], xmm0
0934  movapd xmm7, xmm0
0938  jmp 0x51b
093d  movsd xmm7, [r12+0x18]
0947  jmp 0x51b
094c  mov rax, [rbx+0x28]
0953  mov qword [rax+rbp+0x20], 0x6
095f  mov esi, 0x1
0964  mov edx, 0x2
0969  mov rdi, rbx
096c  mov rax, kiln_rt_return
0976  call rax
0978  cmp eax, 0x3
097d  je 0x95
0983  jmp 0xf6
0988  mov rax, [rbx+0x28]
098f  mov qword [rax+rbp+0x20], 0x7
099b  mov esi, 0x0
09a0  mov edx, 0x1
09a5  mov rdi, rbx
09a8  mov rax, kiln_rt_return
09b2  call rax
09b4  cmp eax, 0x3
09b9  je 0x95
09bf  jmp 0xf6

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
007b  lea rcx, [rel 0x8b0]
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
012b  jmp 0x156
0130  mov rax, [rdx+0x20]
0137  cmp rax, [rbx+0x40]
013e  jne 0x658
0144  mov rdx, [rdx+0x28]
014b  shl rdx, 0x4
014f  add rdx, [rbx]
0156  cmp byte [rdx], 0x5
0159  jne 0x658
015f  mov rdx, [rdx+0x8]
0163  mov rax, [r13+0x8]
016a  mov r8, <addr>
0174  mov ecx, [r8]
0177  cmp rcx, [rdx+0x38]
017e  jae 0x658
0184  mov r9, rcx
0187  shl rcx, 0x5
018b  add rcx, [rdx+0x30]
0192  cmp byte [rcx], 0x4
0199  jne 0x658
019f  cmp rax, [rcx+0x8]
01a6  jne 0x658
01ac  cmp byte [rcx+0x10], 0x0
01b3  je 0x658
01b9  mov rax, [rcx+0x10]
01c0  mov r10, [rcx+0x18]
01c7  mov [r12+0x10], rax
01cf  mov [r12+0x18], r10
; [1] Move { a: 2, b: 0 }  -- line 1
01d7  mov rax, [r12]
01df  mov rcx, [r12+0x8]
01e7  mov [r12+0x20], rax
01ef  mov [r12+0x28], rcx
; [2] Call { a: 1, b: 2, c: 2 }  -- line 1
01f7  mov rax, [rbx+0x28]
01fe  mov qword [rax+rbp+0x20], 0x3
020a  cmp byte [r12+0x10], 0x6
0213  jne 0x39c
0219  cmp byte [rbx+0x48], 0x0
0220  jne 0x39c
0226  mov rdx, [r12+0x18]
022e  mov r8, [rdx+0x18]
0235  add r8, 0x18
023c  mov r11, [r8+0x88]
0243  test r11, r11
0246  je 0x39c
024c  cmp byte [r8+0x61], 0x0
0254  jne 0x39c
025a  cmp dword [r8+0x80], 0x1
0265  jle 0x39c
026b  mov rax, r15
026e  shr rax, 0x4
0272  add rax, 0x1
0278  movzx ecx, byte [r8+0x62]
0280  lea rcx, [rax+rcx+0x1]
0285  lea r9, [rcx+0x14]
028c  cmp r9, [rbx+0x20]
0293  ja 0x39c
0299  mov r9, [rbx+0x30]
02a0  cmp r9, [rbx+0x38]
02a7  jae 0x39c
02ad  cmp r9, 0xf4240
02b4  jae 0x39c
02ba  lea rsi, [r12+0x20]
02c2  movzx r10d, byte [r8+0x60]
02ca  sub r10d, 0x1
02d1  jle 0x2ee
02d7  add rsi, 0x10
02de  mov byte [rsi], 0x0
02e1  add rsi, 0x10
02e5  dec r10d
02e8  jne 0x2de
02ee  dec dword [r8+0x80]
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
034d  lea rsi, [rel 0x6ad]
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
039c  mov esi, 0x1
03a1  mov edx, 0x2
03a6  mov ecx, 0x2
03ab  mov rdi, rbx
03ae  mov rax, kiln_rt_call
03b8  call rax
03ba  test eax, eax
03bc  je 0x3d2
03c2  cmp eax, 0x3
03c7  je 0x95
03cd  jmp 0xf6
03d2  cmp byte [rbx+0x48], 0x0
03d9  jne 0xf1
03df  mov r12, [rbx]
03e6  add r12, r15
; [3] GetUpval { a: 2, b: 1 }  -- line 1
03e9  mov rdx, [r14+0x8]
03f0  cmp byte [rdx+0x18], 0x1
03f7  jne 0x409
03fd  lea rdx, [rdx+0x20]
0404  jmp 0x42f
0409  mov rax, [rdx+0x20]
0410  cmp rax, [rbx+0x40]
0417  jne 0x70a
041d  mov rdx, [rdx+0x28]
0424  shl rdx, 0x4
0428  add rdx, [rbx]
042f  mov rax, [rdx]
0432  mov rcx, [rdx+0x8]
0436  mov [r12+0x20], rax
043e  mov [r12+0x28], rcx
; [4] Mul { a: 1, b: 1, c: 2 }  -- line 1
0446  cmp byte [r12+0x10], 0x2
044f  jne 0x7ad
0455  cmp byte [r12+0x20], 0x2
045e  jne 0x7ad
0464  mov rax, [r12+0x18]
046c  mov rcx, [r12+0x28]
0474  imul rax, rcx
0478  mov byte [r12+0x10], 0x2
0481  mov [r12+0x18], rax
; [5] Return1 { a: 1 }  -- line 1
0489  cmp byte [rbx+0x48], 0x0
0490  jne 0x837
0496  mov rax, [rbx+0x28]
049d  add rax, rbp
04a0  movzx ecx, word [rax-0x40]
04a7  xor r11d, r11d
04aa  test ecx, 0x1ff
04b0  je 0x4ce
04b6  cmp cl, 0x3
04b9  jne 0x837
04bf  test ecx, 0x1000
04c5  jne 0x837
04cb  inc r11d
04ce  mov ecx, [rax+0x4]
04d4  lea edx, [rcx+0x1]
04d7  cmp edx, 0x2
04dd  ja 0x837
04e3  mov r8d, ecx
04e6  mov edx, 0x1
04eb  test ecx, ecx
04ed  cmovs ecx, edx
04f0  mov r9, [rax+0x8]
04f7  mov rdi, r9
04fa  shl rdi, 0x4
04fe  add rdi, [rbx]
0505  cmp ecx, 0x0
050b  je 0x52f
0511  mov rdx, [r12+0x10]
0519  mov rsi, [r12+0x18]
0521  mov [rdi], rdx
0528  mov [rdi+0x8], rsi
052f  dec qword [rbx+0x30]
0536  test r11d, r11d
0539  jne 0x56e
053f  mov rdx, [rax-0x28]
0546  lea rsi, [r9+0x1]
054d  test r8d, r8d
0550  cmovs rdx, rsi
0554  mov [rbx+0x18], rdx
055b  mov r10, [rax+0x38]
0562  test r10, r10
0565  je 0x95
056b  jmp r10
056e  lea rdx, [r9+rcx]
0572  mov [rbx+0x18], rdx
0579  mov eax, 0x4
057e  jmp 0xf6
; [6] Return0  -- line 1
0583  cmp byte [rbx+0x48], 0x0
058a  jne 0x873
0590  mov rax, [rbx+0x28]
0597  add rax, rbp
059a  movzx ecx, word [rax-0x40]
05a1  xor r11d, r11d
05a4  test ecx, 0x1ff
05aa  je 0x5c8
05b0  cmp cl, 0x3
05b3  jne 0x873
05b9  test ecx, 0x1000
05bf  jne 0x873
05c5  inc r11d
05c8  mov ecx, [rax+0x4]
05ce  lea edx, [rcx+0x1]
05d1  cmp edx, 0x1
05d7  ja 0x873
05dd  mov r8d, ecx
05e0  mov edx, 0x0
05e5  test ecx, ecx
05e7  cmovs ecx, edx
05ea  mov r9, [rax+0x8]
05f1  mov rdi, r9
05f4  shl rdi, 0x4
05f8  add rdi, [rbx]
05ff  dec qword [rbx+0x30]
0606  test r11d, r11d
0609  jne 0x63e
060f  mov rdx, [rax-0x28]
0616  lea rsi, [r9]
061d  test r8d, r8d
0620  cmovs rdx, rsi
0624  mov [rbx+0x18], rdx
062b  mov r10, [rax+0x38]
0632  test r10, r10
0635  je 0x95
063b  jmp r10
063e  lea rdx, [r9+rcx]
0642  mov [rbx+0x18], rdx
0649  mov eax, 0x4
064e  jmp 0xf6
0653  jmp 0x8b
0658  mov rax, [rbx+0x28]
065f  mov qword [rax+rbp+0x20], 0x1
066b  lea rcx, [r13]
0673  mov esi, 0x1
0678  mov edx, 0x0
067d  mov r8, <addr>
0687  mov rdi, rbx
068a  mov rax, kiln_rt_get_tab_up
0694  call rax
0696  test eax, eax
0698  jne 0xf6
069e  mov r12, [rbx]
06a5  add r12, r15
06a8  jmp 0x1d7
06ad  mov rbp, [rbx+0x30]
06b4  dec rbp
06b7  shl rbp, 0x6
06bb  mov rax, [rbx+0x28]
06c2  add rax, rbp
06c5  mov r15, [rax+0x10]
06cc  shl r15, 0x4
06d0  mov r12, [rbx]
06d7  add r12, r15
06da  mov rcx, [rax+0x30]
06e1  mov r13, [rcx]
06e8  mov rcx, [rax+0x8]
06ef  shl rcx, 0x4
06f3  add rcx, [rbx]
06fa  mov rcx, [rcx+0x8]
06fe  mov r14, [rcx+0x20]
0705  jmp 0x3e9
070a  mov rax, [rbx+0x28]
0711  mov qword [rax+rbp+0x20], 0x4
071d  mov esi, 0x2
0722  mov edx, 0x1
0727  mov rdi, rbx
072a  mov rax, kiln_rt_get_upval
0734  call rax
0736  test eax, eax
0738  jne 0xf6
073e  mov r12, [rbx]
0745  add r12, r15
0748  jmp 0x446
074d  mov rax, [rbx+0x28]
0754  mov qword [rax+rbp+0x20], 0x5
0760  lea rcx, [r12+0x10]
0768  lea r8, [r12+0x20]
0770  mov esi, 0x2
0775  mov edx, 0x1
077a  mov r9d, 0x1
0780  mov dword [rsp], 0x2
0787  mov rdi, rbx
078a  mov rax, kiln_rt_arith
0794  call rax
0796  test eax, eax
0798  jne 0xf6
079e  mov r12, [rbx]
07a5  add r12, r15
07a8  jmp 0x489
07ad  cmp byte [r12+0x10], 0x3
07b6  jne 0x7cb
07bc  movsd xmm0, [r12+0x18]
07c6  jmp 0x7e4
07cb  cmp byte [r12+0x10], 0x2
07d4  jne 0x74d
07da  cvtsi2sd xmm0, qword [r12+0x18]
07e4  cmp byte [r12+0x20], 0x3
07ed  jne 0x802
07f3  movsd xmm1, [r12+0x28]
07fd  jmp 0x81b
0802  cmp byte [r12+0x20], 0x2
080b  jne 0x74d
0811  cvtsi2sd xmm1, qword [r12+0x28]
081b  mulsd xmm0, xmm1
081f  mov byte [r12+0x10], 0x3
0828  movsd [r12+0x18], xmm0
0832  jmp 0x489
0837  mov rax, [rbx+0x28]
083e  mov qword [rax+rbp+0x20], 0x6
084a  mov esi, 0x1
084f  mov edx, 0x2
0854  mov rdi, rbx
0857  mov rax, kiln_rt_return
0861  call rax
0863  cmp eax, 0x3
0868  je 0x95
086e  jmp 0xf6
0873  mov rax, [rbx+0x28]
087a  mov qword [rax+rbp+0x20], 0x7
0886  mov esi, 0x0
088b  mov edx, 0x1
0890  mov rdi, rbx
0893  mov rax, kiln_rt_return
089d  call rax
089f  cmp eax, 0x3
08a4  je 0x95
08aa  jmp 0xf6
08af  nop

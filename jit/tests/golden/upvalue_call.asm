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
007b  lea rcx, [rel 0x9b0]
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
0170  jne 0x79b
0176  mov rdx, [rdx+0x8]
017a  mov rax, [r13+0x8]
0181  mov r8, <addr>
018b  mov ecx, [r8]
018e  cmp rcx, [rdx+0x38]
0195  jae 0x79b
019b  mov r9, rcx
019e  shl rcx, 0x5
01a2  add rcx, [rdx+0x30]
01a9  cmp byte [rcx], 0x4
01b0  jne 0x79b
01b6  cmp rax, [rcx+0x8]
01bd  jne 0x79b
01c3  cmp byte [rcx+0x10], 0x0
01ca  je 0x79b
01d0  mov rax, [rcx+0x10]
01d7  mov r10, [rcx+0x18]
01de  mov [r12+0x10], rax
01e6  mov [r12+0x18], r10
; [1] Move { a: 2, b: 0 }  -- line 1
01ee  mov rax, [r12]
01f6  mov rcx, [r12+0x8]
01fe  mov [r12+0x20], rax
0206  mov [r12+0x28], rcx
; [2] Call { a: 1, b: 2, c: 2 }  -- line 1
020e  mov rax, [rbx+0x28]
0215  mov qword [rax+rbp+0x20], 0x3
0221  cmp byte [r12+0x10], 0x6
022a  jne 0x39b
0230  cmp byte [rbx+0x48], 0x0
0237  jne 0x39b
023d  mov rdx, [r12+0x18]
0245  mov r8, [rdx+0x18]
024c  add r8, 0x18
0253  mov r11, [r8+0x88]
025a  test r11, r11
025d  je 0x39b
0263  cmp byte [r8+0x61], 0x0
026b  jne 0x39b
0271  mov rax, r15
0274  shr rax, 0x4
0278  add rax, 0x1
027e  movzx ecx, byte [r8+0x62]
0286  lea rcx, [rax+rcx+0x1]
028b  lea r9, [rcx+0x14]
0292  cmp r9, [rbx+0x20]
0299  ja 0x39b
029f  mov r9, [rbx+0x30]
02a6  cmp r9, [rbx+0x38]
02ad  jae 0x39b
02b3  cmp r9, 0xf4240
02ba  jae 0x39b
02c0  lea rsi, [r12+0x20]
02c8  movzx r10d, byte [r8+0x60]
02d0  sub r10d, 0x1
02d7  jle 0x2f4
02dd  add rsi, 0x10
02e4  mov byte [rsi], 0x0
02e7  add rsi, 0x10
02eb  dec r10d
02ee  jne 0x2e4
02f4  mov rdi, r9
02f7  shl rdi, 0x6
02fb  add rdi, [rbx+0x28]
0302  mov dword [rdi], 0x0
030c  mov dword [rdi+0x4], 0x1
0316  mov [rdi+0x8], rax
031d  lea r10, [rax+0x1]
0321  mov [rdi+0x10], r10
0328  mov [rdi+0x18], rcx
032f  mov qword [rdi+0x20], 0x0
033a  mov qword [rdi+0x28], 0x0
0345  mov [rdi+0x30], r8
034c  lea rsi, [rel 0x7f0]
0353  mov [rdi+0x38], rsi
035a  inc r9
035d  mov [rbx+0x30], r9
0364  mov [rbx+0x18], rcx
036b  add rbp, 0x40
0372  mov r15, r10
0375  shl r15, 0x4
0379  mov r12, [rbx]
0380  add r12, r15
0383  mov r13, [r8]
038a  mov r14, [rdx+0x20]
0391  add r11, 0x110
0398  jmp r11
039b  cmp byte [r12+0x10], 0x7
03a4  jne 0x416
03aa  mov rax, [r12+0x18]
03b2  cmp qword [rax+0x40], 0x0
03bd  je 0x416
03c3  test byte [rbx+0x48], 0xf
03ca  jne 0x416
03d0  mov rsi, r15
03d3  shr rsi, 0x4
03d7  add rsi, 0x1
03de  mov edx, 0x1
03e3  mov rdi, rbx
03e6  mov rax, kiln_rt_call_fast
03f0  call rax
03f2  test eax, eax
03f4  je 0x416
03fa  cmp byte [rbx+0x48], 0x0
0401  jne 0xf1
0407  mov r12, [rbx]
040e  add r12, r15
0411  jmp 0x463
0416  mov esi, 0x1
041b  mov edx, 0x2
0420  mov ecx, 0x2
0425  mov rdi, rbx
0428  mov rax, kiln_rt_call
0432  call rax
0434  test eax, eax
0436  je 0x44c
043c  cmp eax, 0x3
0441  je 0x95
0447  jmp 0xf6
044c  cmp byte [rbx+0x48], 0x0
0453  jne 0xf1
0459  mov r12, [rbx]
0460  add r12, r15
; [3] GetUpval { a: 2, b: 1 }  -- line 1
0463  mov rdx, [r14+0x8]
046a  cmp byte [rdx+0x18], 0x1
0471  jne 0x483
0477  lea rdx, [rdx+0x20]
047e  jmp 0x4c0
0483  mov rax, [rdx+0x20]
048a  cmp rax, [rbx+0x40]
0491  jne 0x4ae
0497  mov rdx, [rdx+0x28]
049e  shl rdx, 0x4
04a2  add rdx, [rbx]
04a9  jmp 0x4c0
04ae  mov rdx, [rdx+0x28]
04b5  shl rdx, 0x4
04b9  add rdx, [rax+0x48]
04c0  mov rax, [rdx]
04c3  mov rcx, [rdx+0x8]
04c7  mov [r12+0x20], rax
04cf  mov [r12+0x28], rcx
; [4] Mul { a: 1, b: 1, c: 2 }  -- line 1
04d7  cmp byte [r12+0x10], 0x2
04e0  jne 0x8ad
04e6  cmp byte [r12+0x20], 0x2
04ef  jne 0x8ad
04f5  mov rax, [r12+0x18]
04fd  mov rcx, [r12+0x28]
0505  imul rax, rcx
0509  mov byte [r12+0x10], 0x2
0512  mov [r12+0x18], rax
; [5] Return1 { a: 1 }  -- line 1
051a  cmp byte [rbx+0x48], 0x0
0521  jne 0x937
0527  mov rax, [rbx+0x28]
052e  add rax, rbp
0531  movzx ecx, word [rax-0x40]
0538  xor r11d, r11d
053b  test ecx, 0x1ff
0541  jne 0x5af
0547  cmp dword [rax+0x4], 0x1
0551  jne 0x5c7
0557  mov rdi, [rax+0x8]
055e  shl rdi, 0x4
0562  add rdi, [rbx]
0569  mov rdx, [r12+0x10]
0571  mov rsi, [r12+0x18]
0579  mov [rdi], rdx
0580  mov [rdi+0x8], rsi
0587  dec qword [rbx+0x30]
058e  mov rdx, [rax-0x28]
0595  mov [rbx+0x18], rdx
059c  mov r10, [rax+0x38]
05a3  test r10, r10
05a6  je 0x95
05ac  jmp r10
05af  cmp cl, 0x3
05b2  jne 0x937
05b8  test ecx, 0x1000
05be  jne 0x937
05c4  inc r11d
05c7  mov ecx, [rax+0x4]
05cd  lea edx, [rcx+0x1]
05d0  cmp edx, 0x2
05d6  ja 0x937
05dc  mov r8d, ecx
05df  mov edx, 0x1
05e4  test ecx, ecx
05e6  cmovs ecx, edx
05e9  mov r9, [rax+0x8]
05f0  mov rdi, r9
05f3  shl rdi, 0x4
05f7  add rdi, [rbx]
05fe  cmp ecx, 0x0
0604  je 0x628
060a  mov rdx, [r12+0x10]
0612  mov rsi, [r12+0x18]
061a  mov [rdi], rdx
0621  mov [rdi+0x8], rsi
0628  dec qword [rbx+0x30]
062f  test r11d, r11d
0632  jne 0x667
0638  mov rdx, [rax-0x28]
063f  lea rsi, [r9+0x1]
0646  test r8d, r8d
0649  cmovs rdx, rsi
064d  mov [rbx+0x18], rdx
0654  mov r10, [rax+0x38]
065b  test r10, r10
065e  je 0x95
0664  jmp r10
0667  lea rdx, [r9+rcx]
066b  mov [rbx+0x18], rdx
0672  mov eax, 0x4
0677  jmp 0xf6
; [6] Return0  -- line 1
067c  cmp byte [rbx+0x48], 0x0
0683  jne 0x973
0689  mov rax, [rbx+0x28]
0690  add rax, rbp
0693  movzx ecx, word [rax-0x40]
069a  xor r11d, r11d
069d  test ecx, 0x1ff
06a3  jne 0x6f3
06a9  cmp dword [rax+0x4], 0x0
06b3  jne 0x70b
06b9  mov rdi, [rax+0x8]
06c0  shl rdi, 0x4
06c4  add rdi, [rbx]
06cb  dec qword [rbx+0x30]
06d2  mov rdx, [rax-0x28]
06d9  mov [rbx+0x18], rdx
06e0  mov r10, [rax+0x38]
06e7  test r10, r10
06ea  je 0x95
06f0  jmp r10
06f3  cmp cl, 0x3
06f6  jne 0x973
06fc  test ecx, 0x1000
0702  jne 0x973
0708  inc r11d
070b  mov ecx, [rax+0x4]
0711  lea edx, [rcx+0x1]
0714  cmp edx, 0x1
071a  ja 0x973
0720  mov r8d, ecx
0723  mov edx, 0x0
0728  test ecx, ecx
072a  cmovs ecx, edx
072d  mov r9, [rax+0x8]
0734  mov rdi, r9
0737  shl rdi, 0x4
073b  add rdi, [rbx]
0742  dec qword [rbx+0x30]
0749  test r11d, r11d
074c  jne 0x781
0752  mov rdx, [rax-0x28]
0759  lea rsi, [r9]
0760  test r8d, r8d
0763  cmovs rdx, rsi
0767  mov [rbx+0x18], rdx
076e  mov r10, [rax+0x38]
0775  test r10, r10
0778  je 0x95
077e  jmp r10
0781  lea rdx, [r9+rcx]
0785  mov [rbx+0x18], rdx
078c  mov eax, 0x4
0791  jmp 0xf6
0796  jmp 0x8b
079b  mov rax, [rbx+0x28]
07a2  mov qword [rax+rbp+0x20], 0x1
07ae  lea rcx, [r13]
07b6  mov esi, 0x1
07bb  mov edx, 0x0
07c0  mov r8, <addr>
07ca  mov rdi, rbx
07cd  mov rax, kiln_rt_get_tab_up
07d7  call rax
07d9  test eax, eax
07db  jne 0xf6
07e1  mov r12, [rbx]
07e8  add r12, r15
07eb  jmp 0x1ee
07f0  mov rbp, [rbx+0x30]
07f7  dec rbp
07fa  shl rbp, 0x6
07fe  mov rax, [rbx+0x28]
0805  add rax, rbp
0808  mov r15, [rax+0x10]
080f  shl r15, 0x4
0813  mov r12, [rbx]
081a  add r12, r15
081d  mov rcx, [rax+0x30]
0824  mov r13, [rcx]
082b  mov rcx, [rax+0x8]
0832  shl rcx, 0x4
0836  add rcx, [rbx]
083d  mov rcx, [rcx+0x8]
0841  mov r14, [rcx+0x20]
0848  jmp 0x463
084d  mov rax, [rbx+0x28]
0854  mov qword [rax+rbp+0x20], 0x5
0860  lea rcx, [r12+0x10]
0868  lea r8, [r12+0x20]
0870  mov esi, 0x2
0875  mov edx, 0x1
087a  mov r9d, 0x1
0880  mov dword [rsp], 0x2
0887  mov rdi, rbx
088a  mov rax, kiln_rt_arith
0894  call rax
0896  test eax, eax
0898  jne 0xf6
089e  mov r12, [rbx]
08a5  add r12, r15
08a8  jmp 0x51a
08ad  cmp byte [r12+0x10], 0x3
08b6  jne 0x8cb
08bc  movsd xmm0, [r12+0x18]
08c6  jmp 0x8e4
08cb  cmp byte [r12+0x10], 0x2
08d4  jne 0x84d
08da  cvtsi2sd xmm0, qword [r12+0x18]
08e4  cmp byte [r12+0x20], 0x3
08ed  jne 0x902
08f3  movsd xmm1, [r12+0x28]
08fd  jmp 0x91b
0902  cmp byte [r12+0x20], 0x2
090b  jne 0x84d
0911  cvtsi2sd xmm1, qword [r12+0x28]
091b  mulsd xmm0, xmm1
091f  mov byte [r12+0x10], 0x3
0928  movsd [r12+0x18], xmm0
0932  jmp 0x51a
0937  mov rax, [rbx+0x28]
093e  mov qword [rax+rbp+0x20], 0x6
094a  mov esi, 0x1
094f  mov edx, 0x2
0954  mov rdi, rbx
0957  mov rax, kiln_rt_return
0961  call rax
0963  cmp eax, 0x3
0968  je 0x95
096e  jmp 0xf6
0973  mov rax, [rbx+0x28]
097a  mov qword [rax+rbp+0x20], 0x7
0986  mov esi, 0x0
098b  mov edx, 0x1
0990  mov rdi, rbx
0993  mov rax, kiln_rt_return
099d  call rax
099f  cmp eax, 0x3
09a4  je 0x95
09aa  jmp 0xf6
09af  nop

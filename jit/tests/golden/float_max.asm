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
007b  lea rcx, [rel 0x838]
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
; [0] Lt { a: 0, b: 1, k: false }  -- line 1
0110  cmp byte [r12], 0x2
0119  jne 0x655
011f  cmp byte [r12+0x10], 0x2
0128  jne 0x655
012e  mov rax, [r12+0x8]
0136  cmp rax, [r12+0x18]
013e  jl 0x14e
0144  jmp 0x30d
; [1] Jmp { to: 4 }  -- line 1
0149  jmp 0x30d
; [2] MulK { a: 2, b: 1, k: 0, flip: false }  -- line 1
014e  cmp byte [r12+0x10], 0x3
0157  jne 0x16c
015d  movsd xmm0, [r12+0x18]
0167  jmp 0x185
016c  cmp byte [r12+0x10], 0x2
0175  jne 0x692
017b  cvtsi2sd xmm0, qword [r12+0x18]
0185  movsd xmm1, [r13+0x8]
018e  mulsd xmm0, xmm1
0192  mov byte [r12+0x20], 0x3
019b  movsd [r12+0x28], xmm0
01a5  movapd xmm7, xmm0
; [3] Return1 { a: 2 }  -- line 1
01a9  cmp byte [rbx+0x48], 0x0
01b0  jne 0x70b
01b6  mov rax, [rbx+0x28]
01bd  add rax, rbp
01c0  movzx ecx, word [rax-0x40]
01c7  xor r11d, r11d
01ca  test ecx, 0x1ff
01d0  jne 0x23f
01d6  cmp dword [rax+0x4], 0x1
01e0  jne 0x257
01e6  mov rdi, [rax+0x8]
01ed  shl rdi, 0x4
01f1  add rdi, [rbx]
01f8  movzx edx, byte [r12+0x20]
0201  mov rsi, [r12+0x28]
0209  mov [rdi], rdx
0210  mov [rdi+0x8], rsi
0217  dec qword [rbx+0x30]
021e  mov rdx, [rax-0x28]
0225  mov [rbx+0x18], rdx
022c  mov r10, [rax+0x38]
0233  test r10, r10
0236  je 0x95
023c  jmp r10
023f  cmp cl, 0x3
0242  jne 0x70b
0248  test ecx, 0x1000
024e  jne 0x70b
0254  inc r11d
0257  mov ecx, [rax+0x4]
025d  lea edx, [rcx+0x1]
0260  cmp edx, 0x2
0266  ja 0x70b
026c  mov r8d, ecx
026f  mov edx, 0x1
0274  test ecx, ecx
0276  cmovs ecx, edx
0279  mov r9, [rax+0x8]
0280  mov rdi, r9
0283  shl rdi, 0x4
0287  add rdi, [rbx]
028e  cmp ecx, 0x0
0294  je 0x2b9
029a  movzx edx, byte [r12+0x20]
02a3  mov rsi, [r12+0x28]
02ab  mov [rdi], rdx
02b2  mov [rdi+0x8], rsi
02b9  dec qword [rbx+0x30]
02c0  test r11d, r11d
02c3  jne 0x2f8
02c9  mov rdx, [rax-0x28]
02d0  lea rsi, [r9+0x1]
02d7  test r8d, r8d
02da  cmovs rdx, rsi
02de  mov [rbx+0x18], rdx
02e5  mov r10, [rax+0x38]
02ec  test r10, r10
02ef  je 0x95
02f5  jmp r10
02f8  lea rdx, [r9+rcx]
02fc  mov [rbx+0x18], rdx
0303  mov eax, 0x4
0308  jmp 0xf6
; [4] DivK { a: 2, b: 0, k: 1 }  -- line 1
030d  cmp byte [r12], 0x3
0316  jne 0x32b
031c  movsd xmm0, [r12+0x8]
0326  jmp 0x344
032b  cmp byte [r12], 0x2
0334  jne 0x747
033a  cvtsi2sd xmm0, qword [r12+0x8]
0344  cvtsi2sd xmm1, qword [r13+0x18]
034d  divsd xmm0, xmm1
0351  mov byte [r12+0x20], 0x3
035a  movsd [r12+0x28], xmm0
0364  movapd xmm7, xmm0
; [5] Return1 { a: 2 }  -- line 1
0368  cmp byte [rbx+0x48], 0x0
036f  jne 0x7c0
0375  mov rax, [rbx+0x28]
037c  add rax, rbp
037f  movzx ecx, word [rax-0x40]
0386  xor r11d, r11d
0389  test ecx, 0x1ff
038f  jne 0x3fe
0395  cmp dword [rax+0x4], 0x1
039f  jne 0x416
03a5  mov rdi, [rax+0x8]
03ac  shl rdi, 0x4
03b0  add rdi, [rbx]
03b7  movzx edx, byte [r12+0x20]
03c0  mov rsi, [r12+0x28]
03c8  mov [rdi], rdx
03cf  mov [rdi+0x8], rsi
03d6  dec qword [rbx+0x30]
03dd  mov rdx, [rax-0x28]
03e4  mov [rbx+0x18], rdx
03eb  mov r10, [rax+0x38]
03f2  test r10, r10
03f5  je 0x95
03fb  jmp r10
03fe  cmp cl, 0x3
0401  jne 0x7c0
0407  test ecx, 0x1000
040d  jne 0x7c0
0413  inc r11d
0416  mov ecx, [rax+0x4]
041c  lea edx, [rcx+0x1]
041f  cmp edx, 0x2
0425  ja 0x7c0
042b  mov r8d, ecx
042e  mov edx, 0x1
0433  test ecx, ecx
0435  cmovs ecx, edx
0438  mov r9, [rax+0x8]
043f  mov rdi, r9
0442  shl rdi, 0x4
0446  add rdi, [rbx]
044d  cmp ecx, 0x0
0453  je 0x478
0459  movzx edx, byte [r12+0x20]
0462  mov rsi, [r12+0x28]
046a  mov [rdi], rdx
0471  mov [rdi+0x8], rsi
0478  dec qword [rbx+0x30]
047f  test r11d, r11d
0482  jne 0x4b7
0488  mov rdx, [rax-0x28]
048f  lea rsi, [r9+0x1]
0496  test r8d, r8d
0499  cmovs rdx, rsi
049d  mov [rbx+0x18], rdx
04a4  mov r10, [rax+0x38]
04ab  test r10, r10
04ae  je 0x95
04b4  jmp r10
04b7  lea rdx, [r9+rcx]
04bb  mov [rbx+0x18], rdx
04c2  mov eax, 0x4
04c7  jmp 0xf6
; [6] Return0  -- line 1
04cc  cmp byte [rbx+0x48], 0x0
04d3  jne 0x7fc
04d9  mov rax, [rbx+0x28]
04e0  add rax, rbp
04e3  movzx ecx, word [rax-0x40]
04ea  xor r11d, r11d
04ed  test ecx, 0x1ff
04f3  jne 0x543
04f9  cmp dword [rax+0x4], 0x0
0503  jne 0x55b
0509  mov rdi, [rax+0x8]
0510  shl rdi, 0x4
0514  add rdi, [rbx]
051b  dec qword [rbx+0x30]
0522  mov rdx, [rax-0x28]
0529  mov [rbx+0x18], rdx
0530  mov r10, [rax+0x38]
0537  test r10, r10
053a  je 0x95
0540  jmp r10
0543  cmp cl, 0x3
0546  jne 0x7fc
054c  test ecx, 0x1000
0552  jne 0x7fc
0558  inc r11d
055b  mov ecx, [rax+0x4]
0561  lea edx, [rcx+0x1]
0564  cmp edx, 0x1
056a  ja 0x7fc
0570  mov r8d, ecx
0573  mov edx, 0x0
0578  test ecx, ecx
057a  cmovs ecx, edx
057d  mov r9, [rax+0x8]
0584  mov rdi, r9
0587  shl rdi, 0x4
058b  add rdi, [rbx]
0592  dec qword [rbx+0x30]
0599  test r11d, r11d
059c  jne 0x5d1
05a2  mov rdx, [rax-0x28]
05a9  lea rsi, [r9]
05b0  test r8d, r8d
05b3  cmovs rdx, rsi
05b7  mov [rbx+0x18], rdx
05be  mov r10, [rax+0x38]
05c5  test r10, r10
05c8  je 0x95
05ce  jmp r10
05d1  lea rdx, [r9+rcx]
05d5  mov [rbx+0x18], rdx
05dc  mov eax, 0x4
05e1  jmp 0xf6
05e6  jmp 0x8b
05eb  mov rax, [rbx+0x28]
05f2  mov qword [rax+rbp+0x20], 0x1
05fe  lea rdx, [r12]
0606  lea rcx, [r12+0x10]
060e  mov esi, 0x0
0613  mov rdi, rbx
0616  mov rax, kiln_rt_compare
0620  call rax
0622  cmp eax, 0x5
0627  je 0x638
062d  cmp eax, 0x6
0632  jne 0xf6
0638  mov ecx, eax
063a  mov r12, [rbx]
0641  add r12, r15
0644  cmp ecx, 0x5
064a  je 0x14e
0650  jmp 0x30d
0655  cmp byte [r12], 0x3
065e  jne 0x5eb
0664  cmp byte [r12+0x10], 0x3
066d  jne 0x5eb
0673  movsd xmm0, [r12+0x18]
067d  ucomisd xmm0, [r12+0x8]
0687  ja 0x14e
068d  jmp 0x30d
0692  mov rax, [rbx+0x28]
0699  mov qword [rax+rbp+0x20], 0x3
06a5  lea rcx, [r12+0x10]
06ad  lea r8, [r13]
06b5  mov esi, 0x2
06ba  mov edx, 0x2
06bf  mov r9d, 0x1
06c5  mov dword [rsp], 0xffffffff
06cc  mov rdi, rbx
06cf  mov rax, kiln_rt_arith
06d9  call rax
06db  test eax, eax
06dd  jne 0xf6
06e3  mov r12, [rbx]
06ea  add r12, r15
06ed  movsd xmm7, [r12+0x28]
06f7  jmp 0x1a9
06fc  movsd xmm7, [r12+0x28]
0706  jmp 0x1a9
070b  mov rax, [rbx+0x28]
0712  mov qword [rax+rbp+0x20], 0x4
071e  mov esi, 0x2
0723  mov edx, 0x2
0728  mov rdi, rbx
072b  mov rax, kiln_rt_return
0735  call rax
0737  cmp eax, 0x3
073c  je 0x95
0742  jmp 0xf6
0747  mov rax, [rbx+0x28]
074e  mov qword [rax+rbp+0x20], 0x5
075a  lea rcx, [r12]
0762  lea r8, [r13+0x10]
076a  mov esi, 0x5
076f  mov edx, 0x2
0774  mov r9d, 0x0
077a  mov dword [rsp], 0xffffffff
0781  mov rdi, rbx
0784  mov rax, kiln_rt_arith
078e  call rax
0790  test eax, eax
0792  jne 0xf6
0798  mov r12, [rbx]
079f  add r12, r15
07a2  movsd xmm7, [r12+0x28]
07ac  jmp 0x368
07b1  movsd xmm7, [r12+0x28]
07bb  jmp 0x368
07c0  mov rax, [rbx+0x28]
07c7  mov qword [rax+rbp+0x20], 0x6
07d3  mov esi, 0x2
07d8  mov edx, 0x2
07dd  mov rdi, rbx
07e0  mov rax, kiln_rt_return
07ea  call rax
07ec  cmp eax, 0x3
07f1  je 0x95
07f7  jmp 0xf6
07fc  mov rax, [rbx+0x28]
0803  mov qword [rax+rbp+0x20], 0x7
080f  mov esi, 0x0
0814  mov edx, 0x1
0819  mov rdi, rbx
081c  mov rax, kiln_rt_return
0826  call rax
0828  cmp eax, 0x3
082d  je 0x95
0833  jmp 0xf6

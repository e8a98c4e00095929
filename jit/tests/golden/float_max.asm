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
007b  lea rcx, [rel 0x6e0]
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
0119  jne 0x52f
011f  cmp byte [r12+0x10], 0x2
0128  jne 0x52f
012e  mov rax, [r12+0x8]
0136  cmp rax, [r12+0x18]
013e  jl 0x14e
0144  jmp 0x29f
; [1] Jmp { to: 4 }  -- line 1
0149  jmp 0x29f
; [2] MulK { a: 2, b: 1, k: 0, flip: false }  -- line 1
014e  cmp byte [r12+0x10], 0x3
0157  jne 0x16c
015d  movsd xmm0, [r12+0x18]
0167  jmp 0x185
016c  cmp byte [r12+0x10], 0x2
0175  jne 0x56c
017b  cvtsi2sd xmm0, qword [r12+0x18]
0185  movsd xmm1, [r13+0x8]
018e  mulsd xmm0, xmm1
0192  mov byte [r12+0x20], 0x3
019b  movsd [r12+0x28], xmm0
; [3] Return1 { a: 2 }  -- line 1
01a5  cmp byte [rbx+0x48], 0x0
01ac  jne 0x5cc
01b2  mov rax, [rbx+0x28]
01b9  add rax, rbp
01bc  movzx ecx, word [rax-0x40]
01c3  xor r11d, r11d
01c6  test ecx, 0x1ff
01cc  je 0x1ea
01d2  cmp cl, 0x3
01d5  jne 0x5cc
01db  test ecx, 0x1000
01e1  jne 0x5cc
01e7  inc r11d
01ea  mov ecx, [rax+0x4]
01f0  lea edx, [rcx+0x1]
01f3  cmp edx, 0x2
01f9  ja 0x5cc
01ff  mov r8d, ecx
0202  mov edx, 0x1
0207  test ecx, ecx
0209  cmovs ecx, edx
020c  mov r9, [rax+0x8]
0213  mov rdi, r9
0216  shl rdi, 0x4
021a  add rdi, [rbx]
0221  cmp ecx, 0x0
0227  je 0x24b
022d  mov rdx, [r12+0x20]
0235  mov rsi, [r12+0x28]
023d  mov [rdi], rdx
0244  mov [rdi+0x8], rsi
024b  dec qword [rbx+0x30]
0252  test r11d, r11d
0255  jne 0x28a
025b  mov rdx, [rax-0x28]
0262  lea rsi, [r9+0x1]
0269  test r8d, r8d
026c  cmovs rdx, rsi
0270  mov [rbx+0x18], rdx
0277  mov r10, [rax+0x38]
027e  test r10, r10
0281  je 0x95
0287  jmp r10
028a  lea rdx, [r9+rcx]
028e  mov [rbx+0x18], rdx
0295  mov eax, 0x4
029a  jmp 0xf6
; [4] DivK { a: 2, b: 0, k: 1 }  -- line 1
029f  cmp byte [r12], 0x3
02a8  jne 0x2bd
02ae  movsd xmm0, [r12+0x8]
02b8  jmp 0x2d6
02bd  cmp byte [r12], 0x2
02c6  jne 0x608
02cc  cvtsi2sd xmm0, qword [r12+0x8]
02d6  cvtsi2sd xmm1, qword [r13+0x18]
02df  divsd xmm0, xmm1
02e3  mov byte [r12+0x20], 0x3
02ec  movsd [r12+0x28], xmm0
; [5] Return1 { a: 2 }  -- line 1
02f6  cmp byte [rbx+0x48], 0x0
02fd  jne 0x668
0303  mov rax, [rbx+0x28]
030a  add rax, rbp
030d  movzx ecx, word [rax-0x40]
0314  xor r11d, r11d
0317  test ecx, 0x1ff
031d  je 0x33b
0323  cmp cl, 0x3
0326  jne 0x668
032c  test ecx, 0x1000
0332  jne 0x668
0338  inc r11d
033b  mov ecx, [rax+0x4]
0341  lea edx, [rcx+0x1]
0344  cmp edx, 0x2
034a  ja 0x668
0350  mov r8d, ecx
0353  mov edx, 0x1
0358  test ecx, ecx
035a  cmovs ecx, edx
035d  mov r9, [rax+0x8]
0364  mov rdi, r9
0367  shl rdi, 0x4
036b  add rdi, [rbx]
0372  cmp ecx, 0x0
0378  je 0x39c
037e  mov rdx, [r12+0x20]
0386  mov rsi, [r12+0x28]
038e  mov [rdi], rdx
0395  mov [rdi+0x8], rsi
039c  dec qword [rbx+0x30]
03a3  test r11d, r11d
03a6  jne 0x3db
03ac  mov rdx, [rax-0x28]
03b3  lea rsi, [r9+0x1]
03ba  test r8d, r8d
03bd  cmovs rdx, rsi
03c1  mov [rbx+0x18], rdx
03c8  mov r10, [rax+0x38]
03cf  test r10, r10
03d2  je 0x95
03d8  jmp r10
03db  lea rdx, [r9+rcx]
03df  mov [rbx+0x18], rdx
03e6  mov eax, 0x4
03eb  jmp 0xf6
; [6] Return0  -- line 1
03f0  cmp byte [rbx+0x48], 0x0
03f7  jne 0x6a4
03fd  mov rax, [rbx+0x28]
0404  add rax, rbp
0407  movzx ecx, word [rax-0x40]
040e  xor r11d, r11d
0411  test ecx, 0x1ff
0417  je 0x435
041d  cmp cl, 0x3
0420  jne 0x6a4
0426  test ecx, 0x1000
042c  jne 0x6a4
0432  inc r11d
0435  mov ecx, [rax+0x4]
043b  lea edx, [rcx+0x1]
043e  cmp edx, 0x1
0444  ja 0x6a4
044a  mov r8d, ecx
044d  mov edx, 0x0
0452  test ecx, ecx
0454  cmovs ecx, edx
0457  mov r9, [rax+0x8]
045e  mov rdi, r9
0461  shl rdi, 0x4
0465  add rdi, [rbx]
046c  dec qword [rbx+0x30]
0473  test r11d, r11d
0476  jne 0x4ab
047c  mov rdx, [rax-0x28]
0483  lea rsi, [r9]
048a  test r8d, r8d
048d  cmovs rdx, rsi
0491  mov [rbx+0x18], rdx
0498  mov r10, [rax+0x38]
049f  test r10, r10
04a2  je 0x95
04a8  jmp r10
04ab  lea rdx, [r9+rcx]
04af  mov [rbx+0x18], rdx
04b6  mov eax, 0x4
04bb  jmp 0xf6
04c0  jmp 0x8b
04c5  mov rax, [rbx+0x28]
04cc  mov qword [rax+rbp+0x20], 0x1
04d8  lea rdx, [r12]
04e0  lea rcx, [r12+0x10]
04e8  mov esi, 0x0
04ed  mov rdi, rbx
04f0  mov rax, kiln_rt_compare
04fa  call rax
04fc  cmp eax, 0x5
0501  je 0x512
0507  cmp eax, 0x6
050c  jne 0xf6
0512  mov ecx, eax
0514  mov r12, [rbx]
051b  add r12, r15
051e  cmp ecx, 0x5
0524  je 0x14e
052a  jmp 0x29f
052f  cmp byte [r12], 0x3
0538  jne 0x4c5
053e  cmp byte [r12+0x10], 0x3
0547  jne 0x4c5
054d  movsd xmm0, [r12+0x18]
0557  ucomisd xmm0, [r12+0x8]
0561  ja 0x14e
0567  jmp 0x29f
056c  mov rax, [rbx+0x28]
0573  mov qword [rax+rbp+0x20], 0x3
057f  lea rcx, [r12+0x10]
0587  lea r8, [r13]
058f  mov esi, 0x2
0594  mov edx, 0x2
0599  mov r9d, 0x1
059f  mov dword [rsp], 0xffffffff
05a6  mov rdi, rbx
05a9  mov rax, kiln_rt_arith
05b3  call rax
05b5  test eax, eax
05b7  jne 0xf6
05bd  mov r12, [rbx]
05c4  add r12, r15
05c7  jmp 0x1a5
05cc  mov rax, [rbx+0x28]
05d3  mov qword [rax+rbp+0x20], 0x4
05df  mov esi, 0x2
05e4  mov edx, 0x2
05e9  mov rdi, rbx
05ec  mov rax, kiln_rt_return
05f6  call rax
05f8  cmp eax, 0x3
05fd  je 0x95
0603  jmp 0xf6
0608  mov rax, [rbx+0x28]
060f  mov qword [rax+rbp+0x20], 0x5
061b  lea rcx, [r12]
0623  lea r8, [r13+0x10]
062b  mov esi, 0x5
0630  mov edx, 0x2
0635  mov r9d, 0x0
063b  mov dword [rsp], 0xffffffff
0642  mov rdi, rbx
0645  mov rax, kiln_rt_arith
064f  call rax
0651  test eax, eax
0653  jne 0xf6
0659  mov r12, [rbx]
0660  add r12, r15
0663  jmp 0x2f6
0668  mov rax, [rbx+0x28]
066f  mov qword [rax+rbp+0x20], 0x6
067b  mov esi, 0x2
0680  mov edx, 0x2
0685  mov rdi, rbx
0688  mov rax, kiln_rt_return
0692  call rax
0694  cmp eax, 0x3
0699  je 0x95
069f  jmp 0xf6
06a4  mov rax, [rbx+0x28]
06ab  mov qword [rax+rbp+0x20], 0x7
06b7  mov esi, 0x0
06bc  mov edx, 0x1
06c1  mov rdi, rbx
06c4  mov rax, kiln_rt_return
06ce  call rax
06d0  cmp eax, 0x3
06d5  je 0x95
06db  jmp 0xf6

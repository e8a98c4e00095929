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
007b  lea rcx, [rel 0x62c]
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
0119  jne 0x478
011f  cmp byte [r12+0x10], 0x2
0128  jne 0x478
012e  mov rax, [r12+0x8]
0136  cmp rax, [r12+0x18]
013e  jl 0x14e
0144  jmp 0x262
; [1] Jmp { to: 4 }  -- line 1
0149  jmp 0x262
; [2] MulK { a: 2, b: 1, k: 0, flip: false }  -- line 1
014e  cmp byte [r12+0x10], 0x3
0157  jne 0x16c
015d  movsd xmm0, [r12+0x18]
0167  jmp 0x185
016c  cmp byte [r12+0x10], 0x2
0175  jne 0x4b5
017b  cvtsi2sd xmm0, qword [r12+0x18]
0185  movsd xmm1, [r13+0x8]
018e  mulsd xmm0, xmm1
0192  mov byte [r12+0x20], 0x3
019b  movsd [r12+0x28], xmm0
; [3] Return1 { a: 2 }  -- line 1
01a5  cmp byte [rbx+0x48], 0x0
01ac  jne 0x515
01b2  mov rax, [rbx+0x28]
01b9  add rax, rbp
01bc  test word [rax-0x40], 0x1ff
01c5  jne 0x515
01cb  mov ecx, [rax+0x4]
01d1  lea edx, [rcx+0x1]
01d4  cmp edx, 0x2
01da  ja 0x515
01e0  mov r8d, ecx
01e3  mov edx, 0x1
01e8  test ecx, ecx
01ea  cmovs ecx, edx
01ed  mov r9, [rax+0x8]
01f4  mov rdi, r9
01f7  shl rdi, 0x4
01fb  add rdi, [rbx]
0202  cmp ecx, 0x0
0208  je 0x22c
020e  mov rdx, [r12+0x20]
0216  mov rsi, [r12+0x28]
021e  mov [rdi], rdx
0225  mov [rdi+0x8], rsi
022c  mov rdx, [rax-0x28]
0233  lea rsi, [r9+0x1]
023a  test r8d, r8d
023d  cmovs rdx, rsi
0241  mov [rbx+0x18], rdx
0248  dec qword [rbx+0x30]
024f  mov r10, [rax+0x38]
0256  test r10, r10
0259  je 0x95
025f  jmp r10
; [4] DivK { a: 2, b: 0, k: 1 }  -- line 1
0262  cmp byte [r12], 0x3
026b  jne 0x280
0271  movsd xmm0, [r12+0x8]
027b  jmp 0x299
0280  cmp byte [r12], 0x2
0289  jne 0x551
028f  cvtsi2sd xmm0, qword [r12+0x8]
0299  cvtsi2sd xmm1, qword [r13+0x18]
02a2  divsd xmm0, xmm1
02a6  mov byte [r12+0x20], 0x3
02af  movsd [r12+0x28], xmm0
; [5] Return1 { a: 2 }  -- line 1
02b9  cmp byte [rbx+0x48], 0x0
02c0  jne 0x5b1
02c6  mov rax, [rbx+0x28]
02cd  add rax, rbp
02d0  test word [rax-0x40], 0x1ff
02d9  jne 0x5b1
02df  mov ecx, [rax+0x4]
02e5  lea edx, [rcx+0x1]
02e8  cmp edx, 0x2
02ee  ja 0x5b1
02f4  mov r8d, ecx
02f7  mov edx, 0x1
02fc  test ecx, ecx
02fe  cmovs ecx, edx
0301  mov r9, [rax+0x8]
0308  mov rdi, r9
030b  shl rdi, 0x4
030f  add rdi, [rbx]
0316  cmp ecx, 0x0
031c  je 0x340
0322  mov rdx, [r12+0x20]
032a  mov rsi, [r12+0x28]
0332  mov [rdi], rdx
0339  mov [rdi+0x8], rsi
0340  mov rdx, [rax-0x28]
0347  lea rsi, [r9+0x1]
034e  test r8d, r8d
0351  cmovs rdx, rsi
0355  mov [rbx+0x18], rdx
035c  dec qword [rbx+0x30]
0363  mov r10, [rax+0x38]
036a  test r10, r10
036d  je 0x95
0373  jmp r10
; [6] Return0  -- line 1
0376  cmp byte [rbx+0x48], 0x0
037d  jne 0x5ed
0383  mov rax, [rbx+0x28]
038a  add rax, rbp
038d  test word [rax-0x40], 0x1ff
0396  jne 0x5ed
039c  mov ecx, [rax+0x4]
03a2  lea edx, [rcx+0x1]
03a5  cmp edx, 0x1
03ab  ja 0x5ed
03b1  mov r8d, ecx
03b4  mov edx, 0x0
03b9  test ecx, ecx
03bb  cmovs ecx, edx
03be  mov r9, [rax+0x8]
03c5  mov rdi, r9
03c8  shl rdi, 0x4
03cc  add rdi, [rbx]
03d3  mov rdx, [rax-0x28]
03da  lea rsi, [r9]
03e1  test r8d, r8d
03e4  cmovs rdx, rsi
03e8  mov [rbx+0x18], rdx
03ef  dec qword [rbx+0x30]
03f6  mov r10, [rax+0x38]
03fd  test r10, r10
0400  je 0x95
0406  jmp r10
0409  jmp 0x8b
040e  mov rax, [rbx+0x28]
0415  mov qword [rax+rbp+0x20], 0x1
0421  lea rdx, [r12]
0429  lea rcx, [r12+0x10]
0431  mov esi, 0x0
0436  mov rdi, rbx
0439  mov rax, kiln_rt_compare
0443  call rax
0445  cmp eax, 0x5
044a  je 0x45b
0450  cmp eax, 0x6
0455  jne 0xf6
045b  mov ecx, eax
045d  mov r12, [rbx]
0464  add r12, r15
0467  cmp ecx, 0x5
046d  je 0x14e
0473  jmp 0x262
0478  cmp byte [r12], 0x3
0481  jne 0x40e
0487  cmp byte [r12+0x10], 0x3
0490  jne 0x40e
0496  movsd xmm0, [r12+0x18]
04a0  ucomisd xmm0, [r12+0x8]
04aa  ja 0x14e
04b0  jmp 0x262
04b5  mov rax, [rbx+0x28]
04bc  mov qword [rax+rbp+0x20], 0x3
04c8  lea rcx, [r12+0x10]
04d0  lea r8, [r13]
04d8  mov esi, 0x2
04dd  mov edx, 0x2
04e2  mov r9d, 0x1
04e8  mov dword [rsp], 0xffffffff
04ef  mov rdi, rbx
04f2  mov rax, kiln_rt_arith
04fc  call rax
04fe  test eax, eax
0500  jne 0xf6
0506  mov r12, [rbx]
050d  add r12, r15
0510  jmp 0x1a5
0515  mov rax, [rbx+0x28]
051c  mov qword [rax+rbp+0x20], 0x4
0528  mov esi, 0x2
052d  mov edx, 0x2
0532  mov rdi, rbx
0535  mov rax, kiln_rt_return
053f  call rax
0541  cmp eax, 0x3
0546  je 0x95
054c  jmp 0xf6
0551  mov rax, [rbx+0x28]
0558  mov qword [rax+rbp+0x20], 0x5
0564  lea rcx, [r12]
056c  lea r8, [r13+0x10]
0574  mov esi, 0x5
0579  mov edx, 0x2
057e  mov r9d, 0x0
0584  mov dword [rsp], 0xffffffff
058b  mov rdi, rbx
058e  mov rax, kiln_rt_arith
0598  call rax
059a  test eax, eax
059c  jne 0xf6
05a2  mov r12, [rbx]
05a9  add r12, r15
05ac  jmp 0x2b9
05b1  mov rax, [rbx+0x28]
05b8  mov qword [rax+rbp+0x20], 0x6
05c4  mov esi, 0x2
05c9  mov edx, 0x2
05ce  mov rdi, rbx
05d1  mov rax, kiln_rt_return
05db  call rax
05dd  cmp eax, 0x3
05e2  je 0x95
05e8  jmp 0xf6
05ed  mov rax, [rbx+0x28]
05f4  mov qword [rax+rbp+0x20], 0x7
0600  mov esi, 0x0
0605  mov edx, 0x1
060a  mov rdi, rbx
060d  mov rax, kiln_rt_return
0617  call rax
0619  cmp eax, 0x3
061e  je 0x95
0624  jmp 0xf6
0629  nop
062a  nop
062b  nop

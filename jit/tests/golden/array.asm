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
006e  cmp rsi, 0x5
0075  jae 0x8b
007b  lea rcx, [rel 0x63c]
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
; [0] GetTable { a: 3, b: 0, c: 2 }  -- line 1
0110  cmp byte [r12], 0x5
0119  jne 0x42d
011f  mov rdx, [r12+0x8]
0127  cmp byte [r12+0x20], 0x2
0130  jne 0x42d
0136  mov rcx, [r12+0x28]
013e  dec rcx
0141  cmp rcx, [rdx+0x20]
0148  jae 0x42d
014e  mov r9, rcx
0151  shl rcx, 0x4
0155  add rcx, [rdx+0x18]
015c  cmp byte [rcx], 0x0
015f  jne 0x176
0165  cmp qword [rdx+0x60], 0x0
0170  jne 0x42d
0176  mov rax, [rcx]
017d  mov r10, [rcx+0x8]
0184  mov [r12+0x30], rax
018c  mov [r12+0x38], r10
; [1] GetTable { a: 4, b: 0, c: 1 }  -- line 1
0194  cmp byte [r12], 0x5
019d  jne 0x4ad
01a3  mov rdx, [r12+0x8]
01ab  cmp byte [r12+0x10], 0x2
01b4  jne 0x4ad
01ba  mov rcx, [r12+0x18]
01c2  dec rcx
01c5  cmp rcx, [rdx+0x20]
01cc  jae 0x4ad
01d2  mov r9, rcx
01d5  shl rcx, 0x4
01d9  add rcx, [rdx+0x18]
01e0  cmp byte [rcx], 0x0
01e3  jne 0x1fa
01e9  cmp qword [rdx+0x60], 0x0
01f4  jne 0x4ad
01fa  mov rax, [rcx]
0201  mov r10, [rcx+0x8]
0208  mov [r12+0x40], rax
0210  mov [r12+0x48], r10
; [2] SetTable { a: 0, b: 2, v: 4 }  -- line 1
0218  cmp byte [r12], 0x5
0221  jne 0x52d
0227  mov rdx, [r12+0x8]
022f  cmp byte [r12+0x20], 0x2
0238  jne 0x52d
023e  mov rcx, [r12+0x28]
0246  dec rcx
0249  cmp rcx, [rdx+0x20]
0250  jae 0x52d
0256  mov r9, rcx
0259  shl rcx, 0x4
025d  add rcx, [rdx+0x18]
0264  cmp byte [r12+0x40], 0x0
026d  je 0x52d
0273  cmp byte [rcx], 0x0
0276  jne 0x28d
027c  cmp qword [rdx+0x60], 0x0
0287  jne 0x52d
028d  mov rax, [r12+0x40]
0295  mov r10, [r12+0x48]
029d  mov [rcx], rax
02a4  mov [rcx+0x8], r10
02ab  cmp r9, [rdx+0x50]
02b2  jae 0x2bf
02b8  mov [rdx+0x50], r9
02bf  movzx eax, byte [r12+0x40]
02c8  sub eax, 0x4
02cd  cmp eax, 0x5
02d2  ja 0x302
02d8  mov al, [rdx+0x10]
02de  and al, 0x5
02e0  cmp al, 0x1
02e2  jne 0x302
02e8  mov rsi, rdx
02eb  lea rdx, [r12+0x40]
02f3  mov rdi, rbx
02f6  mov rax, kiln_rt_barrier
0300  call rax
; [3] SetTable { a: 0, b: 1, v: 3 }  -- line 1
0302  cmp byte [r12], 0x5
030b  jne 0x5b3
0311  mov rdx, [r12+0x8]
0319  cmp byte [r12+0x10], 0x2
0322  jne 0x5b3
0328  mov rcx, [r12+0x18]
0330  dec rcx
0333  cmp rcx, [rdx+0x20]
033a  jae 0x5b3
0340  mov r9, rcx
0343  shl rcx, 0x4
0347  add rcx, [rdx+0x18]
034e  cmp byte [r12+0x30], 0x0
0357  je 0x5b3
035d  cmp byte [rcx], 0x0
0360  jne 0x377
0366  cmp qword [rdx+0x60], 0x0
0371  jne 0x5b3
0377  mov rax, [r12+0x30]
037f  mov r10, [r12+0x38]
0387  mov [rcx], rax
038e  mov [rcx+0x8], r10
0395  cmp r9, [rdx+0x50]
039c  jae 0x3a9
03a2  mov [rdx+0x50], r9
03a9  movzx eax, byte [r12+0x30]
03b2  sub eax, 0x4
03b7  cmp eax, 0x5
03bc  ja 0x3ec
03c2  mov al, [rdx+0x10]
03c8  and al, 0x5
03ca  cmp al, 0x1
03cc  jne 0x3ec
03d2  mov rsi, rdx
03d5  lea rdx, [r12+0x30]
03dd  mov rdi, rbx
03e0  mov rax, kiln_rt_barrier
03ea  call rax
; [4] Return0  -- line 1
03ec  mov rax, [rbx+0x28]
03f3  mov qword [rax+rbp+0x20], 0x5
03ff  mov esi, 0x0
0404  mov edx, 0x1
0409  mov rdi, rbx
040c  mov rax, kiln_rt_return
0416  call rax
0418  cmp eax, 0x3
041d  je 0x95
0423  jmp 0xf6
0428  jmp 0x8b
042d  lea rdi, [r12]
0435  lea rsi, [r12+0x20]
043d  lea rdx, [r12+0x30]
0445  mov rax, kiln_rt_table_get
044f  call rax
0451  test eax, eax
0453  jne 0x194
0459  mov rax, [rbx+0x28]
0460  mov qword [rax+rbp+0x20], 0x1
046c  lea rdx, [r12]
0474  lea rcx, [r12+0x20]
047c  mov esi, 0x3
0481  mov r8d, 0x0
0487  mov rdi, rbx
048a  mov rax, kiln_rt_index
0494  call rax
0496  test eax, eax
0498  jne 0xf6
049e  mov r12, [rbx]
04a5  add r12, r15
04a8  jmp 0x194
04ad  lea rdi, [r12]
04b5  lea rsi, [r12+0x10]
04bd  lea rdx, [r12+0x40]
04c5  mov rax, kiln_rt_table_get
04cf  call rax
04d1  test eax, eax
04d3  jne 0x218
04d9  mov rax, [rbx+0x28]
04e0  mov qword [rax+rbp+0x20], 0x2
04ec  lea rdx, [r12]
04f4  lea rcx, [r12+0x10]
04fc  mov esi, 0x4
0501  mov r8d, 0x0
0507  mov rdi, rbx
050a  mov rax, kiln_rt_index
0514  call rax
0516  test eax, eax
0518  jne 0xf6
051e  mov r12, [rbx]
0525  add r12, r15
0528  jmp 0x218
052d  lea rsi, [r12]
0535  lea rdx, [r12+0x20]
053d  lea rcx, [r12+0x40]
0545  mov rdi, rbx
0548  mov rax, kiln_rt_table_set
0552  call rax
0554  test eax, eax
0556  jne 0x302
055c  mov rax, [rbx+0x28]
0563  mov qword [rax+rbp+0x20], 0x3
056f  lea rsi, [r12]
0577  lea rdx, [r12+0x20]
057f  lea rcx, [r12+0x40]
0587  mov r8d, 0x0
058d  mov rdi, rbx
0590  mov rax, kiln_rt_set_index
059a  call rax
059c  test eax, eax
059e  jne 0xf6
05a4  mov r12, [rbx]
05ab  add r12, r15
05ae  jmp 0x302
05b3  lea rsi, [r12]
05bb  lea rdx, [r12+0x10]
05c3  lea rcx, [r12+0x30]
05cb  mov rdi, rbx
05ce  mov rax, kiln_rt_table_set
05d8  call rax
05da  test eax, eax
05dc  jne 0x3ec
05e2  mov rax, [rbx+0x28]
05e9  mov qword [rax+rbp+0x20], 0x4
05f5  lea rsi, [r12]
05fd  lea rdx, [r12+0x10]
0605  lea rcx, [r12+0x30]
060d  mov r8d, 0x0
0613  mov rdi, rbx
0616  mov rax, kiln_rt_set_index
0620  call rax
0622  test eax, eax
0624  jne 0xf6
062a  mov r12, [rbx]
0631  add r12, r15
0634  jmp 0x3ec
0639  nop
063a  nop
063b  nop

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
007b  lea rcx, [rel 0xa34]
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
0119  jne 0x42a
011f  mov rdx, [r12+0x8]
0127  mov rax, [r13+0x8]
012e  mov r8, <addr>
0138  mov ecx, [r8]
013b  cmp rcx, [rdx+0x38]
0142  jae 0x488
0148  mov r9, rcx
014b  shl rcx, 0x5
014f  add rcx, [rdx+0x30]
0156  cmp byte [rcx], 0x4
015d  jne 0x488
0163  cmp rax, [rcx+0x8]
016a  jne 0x488
0170  cmp byte [rcx+0x10], 0x0
0177  je 0x488
017d  mov rax, [rcx+0x10]
0184  mov r10, [rcx+0x18]
018b  mov [r12+0x10], rax
0193  mov [r12+0x18], r10
; [1] AddI { a: 1, b: 1, i: 1 }  -- line 1
019b  cmp byte [r12+0x10], 0x2
01a4  jne 0x67a
01aa  mov rax, [r12+0x18]
01b2  mov rcx, 0x1
01bc  add rax, rcx
01bf  mov byte [r12+0x10], 0x2
01c8  mov [r12+0x18], rax
; [2] SetField { a: 0, k: 0, v: 1 }  -- line 1
01d0  cmp byte [r12], 0x5
01d9  jne 0x6dc
01df  mov rdx, [r12+0x8]
01e7  mov rax, [r13+0x8]
01ee  mov r8, <addr>
01f8  mov ecx, [r8]
01fb  cmp rcx, [rdx+0x38]
0202  jae 0x73d
0208  mov r9, rcx
020b  shl rcx, 0x5
020f  add rcx, [rdx+0x30]
0216  cmp byte [rcx], 0x4
021d  jne 0x73d
0223  cmp rax, [rcx+0x8]
022a  jne 0x73d
0230  cmp byte [rcx+0x10], 0x0
0237  je 0x73d
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
02ef  jne 0x859
02f5  mov rdx, [r12+0x8]
02fd  mov rax, [r13+0x18]
0304  mov r8, <addr>
030e  mov ecx, [r8]
0311  cmp rcx, [rdx+0x38]
0318  jae 0x8b7
031e  mov r9, rcx
0321  shl rcx, 0x5
0325  add rcx, [rdx+0x30]
032c  cmp byte [rcx], 0x4
0333  jne 0x8b7
0339  cmp rax, [rcx+0x8]
0340  jne 0x8b7
0346  cmp byte [rcx+0x10], 0x0
034d  je 0x8b7
0353  mov rax, [rcx+0x10]
035a  mov r10, [rcx+0x18]
0361  mov [r12+0x10], rax
0369  mov [r12+0x18], r10
; [4] TailCall { a: 1, b: 2 }  -- line 1
0371  mov rax, [rbx+0x28]
0378  mov qword [rax+rbp+0x20], 0x5
0384  mov esi, 0x1
0389  mov edx, 0x2
038e  mov rdi, rbx
0391  mov rax, kiln_rt_tail_call
039b  call rax
039d  cmp eax, 0x3
03a2  je 0x95
03a8  jmp 0xf6
; [5] Return { a: 1, b: 0 }  -- line 1
03ad  mov rax, [rbx+0x28]
03b4  mov qword [rax+rbp+0x20], 0x6
03c0  mov esi, 0x1
03c5  mov edx, 0x0
03ca  mov rdi, rbx
03cd  mov rax, kiln_rt_return
03d7  call rax
03d9  cmp eax, 0x3
03de  je 0x95
03e4  jmp 0xf6
; [6] Return0  -- line 1
03e9  mov rax, [rbx+0x28]
03f0  mov qword [rax+rbp+0x20], 0x7
03fc  mov esi, 0x0
0401  mov edx, 0x1
0406  mov rdi, rbx
0409  mov rax, kiln_rt_return
0413  call rax
0415  cmp eax, 0x3
041a  je 0x95
0420  jmp 0xf6
0425  jmp 0x8b
042a  mov rax, [rbx+0x28]
0431  mov qword [rax+rbp+0x20], 0x1
043d  lea rdx, [r12]
0445  lea rcx, [r13]
044d  mov esi, 0x1
0452  mov r8d, 0x0
0458  mov r9, <addr>
0462  mov rdi, rbx
0465  mov rax, kiln_rt_get_field
046f  call rax
0471  test eax, eax
0473  jne 0xf6
0479  mov r12, [rbx]
0480  add r12, r15
0483  jmp 0x19b
0488  mov esi, 0x4
048d  mov r8, [r13+0x8]
0494  mov edi, 0xea0c329f
0499  mov r9, [rdx+0x38]
04a0  test r9, r9
04a3  je 0x53b
04a9  dec r9
04ac  mov ecx, edi
04ae  and rcx, r9
04b1  mov r10, [rdx+0x30]
04b8  mov rax, rcx
04bb  shl rax, 0x5
04bf  add rax, r10
04c2  movzx r11d, byte [rax]
04ca  test r11d, r11d
04cd  je 0x53b
04d3  cmp r11d, 0x4
04da  jne 0x4fd
04e0  mov r11, [rax+0x8]
04e7  cmp r11, r8
04ea  je 0x508
04f0  cmp [r11+0x20], edi
04f7  je 0x42a
04fd  inc rcx
0500  and rcx, r9
0503  jmp 0x4b8
0508  cmp byte [rax+0x10], 0x0
050f  je 0x53b
0515  mov rcx, rax
0518  mov rax, [rcx+0x10]
051f  mov r10, [rcx+0x18]
0526  mov [r12+0x10], rax
052e  mov [r12+0x18], r10
0536  jmp 0x19b
053b  mov rdx, [rdx+0x60]
0542  test rdx, rdx
0545  je 0x5f7
054b  mov r8, <addr>
0555  mov edi, 0xa78fee25
055a  mov r9, [rdx+0x38]
0561  test r9, r9
0564  je 0x5f7
056a  dec r9
056d  mov ecx, edi
056f  and rcx, r9
0572  mov r10, [rdx+0x30]
0579  mov rax, rcx
057c  shl rax, 0x5
0580  add rax, r10
0583  movzx r11d, byte [rax]
058b  test r11d, r11d
058e  je 0x5f7
0594  cmp r11d, 0x4
059b  jne 0x5be
05a1  mov r11, [rax+0x8]
05a8  cmp r11, r8
05ab  je 0x5c9
05b1  cmp [r11+0x20], edi
05b8  je 0x42a
05be  inc rcx
05c1  and rcx, r9
05c4  jmp 0x579
05c9  cmp byte [rax+0x10], 0x5
05d0  jne 0x5ea
05d6  mov rdx, [rax+0x18]
05dd  dec esi
05df  jne 0x48d
05e5  jmp 0x42a
05ea  cmp byte [rax+0x10], 0x0
05f1  jne 0x42a
05f7  mov byte [r12+0x10], 0x0
0600  jmp 0x19b
0605  mov rax, [rbx+0x28]
060c  mov qword [rax+rbp+0x20], 0x2
0618  lea rcx, [r12+0x10]
0620  mov byte [rsp+0x18], 0x2
0629  mov qword [rsp+0x20], 0x1
0635  lea r8, [rsp+0x18]
063d  mov esi, 0x0
0642  mov edx, 0x1
0647  mov r9d, 0x1
064d  mov dword [rsp], 0xffffffff
0654  mov rdi, rbx
0657  mov rax, kiln_rt_arith
0661  call rax
0663  test eax, eax
0665  jne 0xf6
066b  mov r12, [rbx]
0672  add r12, r15
0675  jmp 0x1d0
067a  cmp byte [r12+0x10], 0x3
0683  jne 0x698
0689  movsd xmm0, [r12+0x18]
0693  jmp 0x6b1
0698  cmp byte [r12+0x10], 0x2
06a1  jne 0x605
06a7  cvtsi2sd xmm0, qword [r12+0x18]
06b1  mov rax, 0x1
06bb  cvtsi2sd xmm1, rax
06c0  addsd xmm0, xmm1
06c4  mov byte [r12+0x10], 0x3
06cd  movsd [r12+0x18], xmm0
06d7  jmp 0x1d0
06dc  mov rax, [rbx+0x28]
06e3  mov qword [rax+rbp+0x20], 0x3
06ef  lea rsi, [r12]
06f7  lea rdx, [r13]
06ff  lea rcx, [r12+0x10]
0707  mov r8d, 0x0
070d  mov r9, <addr>
0717  mov rdi, rbx
071a  mov rax, kiln_rt_set_field
0724  call rax
0726  test eax, eax
0728  jne 0xf6
072e  mov r12, [rbx]
0735  add r12, r15
0738  jmp 0x2c6
073d  mov r8, [r13+0x8]
0744  mov edi, 0xea0c329f
0749  mov r9, [rdx+0x38]
0750  test r9, r9
0753  je 0x6dc
0759  dec r9
075c  mov ecx, edi
075e  and rcx, r9
0761  mov r10, [rdx+0x30]
0768  mov rax, rcx
076b  shl rax, 0x5
076f  add rax, r10
0772  movzx r11d, byte [rax]
077a  test r11d, r11d
077d  je 0x6dc
0783  cmp r11d, 0x4
078a  jne 0x7ad
0790  mov r11, [rax+0x8]
0797  cmp r11, r8
079a  je 0x7b8
07a0  cmp [r11+0x20], edi
07a7  je 0x6dc
07ad  inc rcx
07b0  and rcx, r9
07b3  jmp 0x768
07b8  cmp byte [rax+0x10], 0x0
07bf  je 0x6dc
07c5  mov r9, rcx
07c8  mov rcx, rax
07cb  mov rax, [r12+0x10]
07d3  mov r10, [r12+0x18]
07db  mov [rcx+0x10], rax
07e2  mov [rcx+0x18], r10
07e9  cmp r9d, [rdx+0x58]
07f0  jae 0x7fd
07f6  mov [rdx+0x58], r9d
07fd  cmp r9d, [rdx+0x5c]
0804  jbe 0x811
080a  mov [rdx+0x5c], r9d
0811  movzx eax, byte [r12+0x10]
081a  sub eax, 0x4
081f  cmp eax, 0x5
0824  ja 0x854
082a  mov al, [rdx+0x10]
0830  and al, 0x5
0832  cmp al, 0x1
0834  jne 0x854
083a  mov rsi, rdx
083d  lea rdx, [r12+0x10]
0845  mov rdi, rbx
0848  mov rax, kiln_rt_barrier
0852  call rax
0854  jmp 0x2c6
0859  mov rax, [rbx+0x28]
0860  mov qword [rax+rbp+0x20], 0x4
086c  lea rdx, [r12]
0874  lea rcx, [r13+0x10]
087c  mov esi, 0x1
0881  mov r8d, 0x0
0887  mov r9, <addr>
0891  mov rdi, rbx
0894  mov rax, kiln_rt_get_field
089e  call rax
08a0  test eax, eax
08a2  jne 0xf6
08a8  mov r12, [rbx]
08af  add r12, r15
08b2  jmp 0x371
08b7  mov esi, 0x4
08bc  mov r8, [r13+0x18]
08c3  mov edi, 0xd7599ae3
08c8  mov r9, [rdx+0x38]
08cf  test r9, r9
08d2  je 0x96a
08d8  dec r9
08db  mov ecx, edi
08dd  and rcx, r9
08e0  mov r10, [rdx+0x30]
08e7  mov rax, rcx
08ea  shl rax, 0x5
08ee  add rax, r10
08f1  movzx r11d, byte [rax]
08f9  test r11d, r11d
08fc  je 0x96a
0902  cmp r11d, 0x4
0909  jne 0x92c
090f  mov r11, [rax+0x8]
0916  cmp r11, r8
0919  je 0x937
091f  cmp [r11+0x20], edi
0926  je 0x859
092c  inc rcx
092f  and rcx, r9
0932  jmp 0x8e7
0937  cmp byte [rax+0x10], 0x0
093e  je 0x96a
0944  mov rcx, rax
0947  mov rax, [rcx+0x10]
094e  mov r10, [rcx+0x18]
0955  mov [r12+0x10], rax
095d  mov [r12+0x18], r10
0965  jmp 0x371
096a  mov rdx, [rdx+0x60]
0971  test rdx, rdx
0974  je 0xa26
097a  mov r8, <addr>
0984  mov edi, 0xa78fee25
0989  mov r9, [rdx+0x38]
0990  test r9, r9
0993  je 0xa26
0999  dec r9
099c  mov ecx, edi
099e  and rcx, r9
09a1  mov r10, [rdx+0x30]
09a8  mov rax, rcx
09ab  shl rax, 0x5
09af  add rax, r10
09b2  movzx r11d, byte [rax]
09ba  test r11d, r11d
09bd  je 0xa26
09c3  cmp r11d, 0x4
09ca  jne 0x9ed
09d0  mov r11, [rax+0x8]
09d7  cmp r11, r8
09da  je 0x9f8
09e0  cmp [r11+0x20], edi
09e7  je 0x859
09ed  inc rcx
09f0  and rcx, r9
09f3  jmp 0x9a8
09f8  cmp byte [rax+0x10], 0x5
09ff  jne 0xa19
0a05  mov rdx, [rax+0x18]
0a0c  dec esi
0a0e  jne 0x8bc
0a14  jmp 0x859
0a19  cmp byte [rax+0x10], 0x0
0a20  jne 0x859
0a26  mov byte [r12+0x10], 0x0
0a2f  jmp 0x371

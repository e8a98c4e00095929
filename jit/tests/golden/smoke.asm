; prologue: save callee-saved registers, pin ctx and n
0000  push rbx
0001  push r12
0003  push r13
0005  push r14
0007  push r15
0009  mov rbx, rdi
000c  mov r12, rsi
000f  xor r13d, r13d
0012  xor r14d, r14d
0015  mov r15d, 0x3
; loop head
001b  cmp r13, r12
001e  jge 0x45
0024  mov rdi, rbx
0027  mov rsi, r13
002a  mov rax, smoke_helper
0034  call rax
0036  imul rax, r15
003a  add r14, rax
003d  inc r13
0040  jmp 0x1b
; epilogue
0045  mov rax, r14
0048  pop r15
004a  pop r14
004c  pop r13
004e  pop r12
0050  pop rbx
0051  ret

local f = ...
f()
f(1, 2, 3)
f(f())
f(f(), 1)
local a, b, c = f()
local d = (f())
f
(
  1,
  2
)
f{1, 2}
f"str"
f.g.h(1)
return f(1)

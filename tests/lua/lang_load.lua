-- load: reader functions, chunk names, modes, environments, syntax error messages
-- load
local parts = {"local a", " = 1", "0 ret", "urn a * 2", nil}
local i = 0
local f = load(function() i = i + 1 return parts[i] end, "=pieces")
print(f())
i = 0
print(type(load(function() i = i + 1 if i == 1 then return "return 1" elseif i == 2 then return "" else return "+1" end end)))
print(type(load(function() return nil end)))
print(pcall(load, function() error("reader err") end))
print(load("return 1", "=name", "b"))
print(load("x x", "=name"))
print(load("x x", "@file.lua"))
print(load("x x", "chunk string"))
print(load("x x"))
print(load("\n\nx x"))
print(load("x = 1\nlocal y = \n\n"))
print(load("return 1", nil, "tb") ~= nil, pcall(load, "return 1", nil, "q"))
local env = {print = print, tostring = tostring}
local g = load("x = 5; return _ENV, x", "=env", "t", env)
local e2, x = g()
print(e2 == env, x, env.x, rawget(_G, "x"))
print(load("return _ENV", "=e", "t", nil)())
local h = load("local a = ...; return function() return a, _ENV end")
print(select("#", h(1)()))
-- loadstring-like with syntax error messages
print(load("for"))
print(load("local t = {"))
print(load("if x then"))
print(load("x = 'abc"))
print(load("f(", "=(load)"))
print(load(("x = 1\n"):rep(3) .. "x ="))
print(load("return 1 .. 2 ..", "=a"))
print(load("local <const> x = 1"))
print(load("return function(a, a) end") ~= nil)
print(load("local a <const> = 1; a = 2", "=c"))
print(load("local a <const> = {}; a.x = 2") ~= nil)
print(load("local a <const> = 1; return function() a = 3 end", "=c"))
-- dofile / loadstring via load with mode
print(pcall(dofile, "/nonexistent/file.lua"))
print(loadfile("/nonexistent/file.lua"))

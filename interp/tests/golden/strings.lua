local a, b = ...
local s = a .. b .. "c" .. 1 .. 2.5
local esc = "tab\tnl\nquote\"back\\bell\a\0nul\x41\u{48}\z
             long"
local long = [==[
line1
]]line2]==]
return s .. (a .. b), esc, long

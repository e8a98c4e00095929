local t = {}
for k, v in pairs(t) do print(k, v) end
for i, v in ipairs(t) do if v then break end end
for _, a, b, c in next, t do end
for k in pairs(t) do
  local g = function() return k end
  t[k] = g
end

-- string processing: encode generated records as JSON text and parse it back with a hand-written recursive-descent parser
local byte, char, sub, find, format, concat = string.byte, string.char, string.sub, string.find, string.format, table.concat

local seed = 7
local function random(n)
  seed = (seed * 16807) % 2147483647
  return seed % n
end

local words = {"alpha", "beta", "gamma", "delta", "quote\"d", "back\\slash", "tab\there", "line\nbreak", "plain"}

local function make_record(i)
  local tags = {}
  for t = 1, random(5) do tags[t] = words[random(#words) + 1] end
  return {
    id = i,
    name = words[random(#words) + 1] .. "-" .. i,
    active = random(2) == 1,
    score = random(100000) / 100,
    tags = tags,
    point = {x = random(1000) - 500, y = random(1000) - 500},
  }
end

local escapes = {['"'] = '\\"', ["\\"] = "\\\\", ["\n"] = "\\n", ["\t"] = "\\t"}

local function encode_string(s)
  return '"' .. s:gsub('[%c"\\]', escapes) .. '"'
end

-- Objects are written with their keys sorted, so the text does not depend on table iteration order.
local function encode(value, out)
  local kind = type(value)
  if kind == "string" then
    out[#out + 1] = encode_string(value)
  elseif kind == "number" then
    if value == math.floor(value) then out[#out + 1] = format("%d", value)
    else out[#out + 1] = format("%.2f", value) end
  elseif kind == "boolean" then
    out[#out + 1] = value and "true" or "false"
  elseif value[1] ~= nil or next(value) == nil then
    out[#out + 1] = "["
    for i = 1, #value do
      if i > 1 then out[#out + 1] = "," end
      encode(value[i], out)
    end
    out[#out + 1] = "]"
  else
    local keys = {}
    for k in pairs(value) do keys[#keys + 1] = k end
    table.sort(keys)
    out[#out + 1] = "{"
    for i, k in ipairs(keys) do
      if i > 1 then out[#out + 1] = "," end
      out[#out + 1] = encode_string(k)
      out[#out + 1] = ":"
      encode(value[k], out)
    end
    out[#out + 1] = "}"
  end
end

local unescapes = {[byte('"')] = '"', [byte("\\")] = "\\", [byte("n")] = "\n", [byte("t")] = "\t"}

local parse_value

local function skip_space(text, pos)
  return (find(text, "[^ \n\t]", pos)) or #text + 1
end

local function parse_string(text, pos)
  local parts = {}
  pos = pos + 1
  while true do
    local stop = find(text, '["\\]', pos)
    if not stop then error("unterminated string") end
    parts[#parts + 1] = sub(text, pos, stop - 1)
    if byte(text, stop) == 34 then return concat(parts), stop + 1 end
    parts[#parts + 1] = unescapes[byte(text, stop + 1)] or error("bad escape at " .. stop)
    pos = stop + 2
  end
end

local function parse_array(text, pos)
  local array = {}
  pos = skip_space(text, pos + 1)
  if byte(text, pos) == 93 then return array, pos + 1 end
  while true do
    array[#array + 1], pos = parse_value(text, pos)
    pos = skip_space(text, pos)
    local c = byte(text, pos)
    if c == 93 then return array, pos + 1 end
    if c ~= 44 then error("expected ',' or ']' at " .. pos) end
    pos = skip_space(text, pos + 1)
  end
end

local function parse_object(text, pos)
  local object = {}
  pos = skip_space(text, pos + 1)
  if byte(text, pos) == 125 then return object, pos + 1 end
  while true do
    local key
    key, pos = parse_string(text, pos)
    pos = skip_space(text, pos)
    if byte(text, pos) ~= 58 then error("expected ':' at " .. pos) end
    object[key], pos = parse_value(text, skip_space(text, pos + 1))
    pos = skip_space(text, pos)
    local c = byte(text, pos)
    if c == 125 then return object, pos + 1 end
    if c ~= 44 then error("expected ',' or '}' at " .. pos) end
    pos = skip_space(text, pos + 1)
  end
end

function parse_value(text, pos)
  local c = byte(text, pos)
  if c == 34 then return parse_string(text, pos) end
  if c == 91 then return parse_array(text, pos) end
  if c == 123 then return parse_object(text, pos) end
  if sub(text, pos, pos + 3) == "true" then return true, pos + 4 end
  if sub(text, pos, pos + 4) == "false" then return false, pos + 5 end
  local first, last = find(text, "^-?%d+%.?%d*", pos)
  if not first then error("unexpected character at " .. pos) end
  return tonumber(sub(text, first, last)), last + 1
end

local records = {}
for i = 1, 2000 do records[i] = make_record(i) end

local checksum, length = 0, 0
for round = 1, 12 do
  local out = {}
  encode(records, out)
  local text = concat(out)
  length = #text
  local decoded = parse_value(text, 1)
  local again = {}
  encode(decoded, again)
  if concat(again) ~= text then error("round trip changed the text in round " .. round) end
  for _, r in ipairs(decoded) do
    checksum = (checksum + r.id * 7 + r.point.x * 3 + r.point.y + #r.tags + #r.name + (r.active and 1 or 0)) % 1000003
  end
  records[round].name = records[round].name .. "!"
end
print(format("%d %d", length, checksum))

-- an error object with __tostring: the message is its string form, no traceback
local E = setmetatable({}, {__tostring = function() return "custom error object" end})
error(E)

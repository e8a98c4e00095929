-- an error object whose __tostring fails: the command line reports that error with its traceback
local function thrower()
  error(setmetatable({}, {__tostring = function() error('tse') end}))
end
local function mid() thrower() end
mid()

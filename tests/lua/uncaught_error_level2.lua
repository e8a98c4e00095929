-- error with level 2 blames the caller; the traceback names global functions and methods
local function check(x)
  if type(x) ~= "number" then error("number expected, got " .. type(x), 2) end
  return x
end
Account = {balance = 0}
function Account:deposit(v)
  self.balance = self.balance + check(v)
end
function run_all()
  Account:deposit(10)
  Account:deposit("ten")
end
run_all()

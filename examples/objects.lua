-- objects.lua: classes with metatables, inheritance and operators
local Account = {}
Account.__index = Account

function Account.new(owner, balance)
  return setmetatable({owner = owner, balance = balance or 0}, Account)
end

function Account:deposit(amount)
  if amount <= 0 then error("deposit must be positive", 2) end
  self.balance = self.balance + amount
  return self
end

function Account:__tostring()
  return string.format("%s: %.2f", self.owner, self.balance)
end

local Savings = setmetatable({}, {__index = Account})
Savings.__index = Savings
Savings.__tostring = Account.__tostring

function Savings.new(owner, balance, rate)
  local self = Account.new(owner, balance)
  self.rate = rate
  return setmetatable(self, Savings)
end

function Savings:add_interest()
  return self:deposit(self.balance * self.rate)
end

local a = Account.new("alice", 10):deposit(5)
local s = Savings.new("bob", 100, 0.05):add_interest()
print(a)
print(s)
print(pcall(a.deposit, a, -1))

-- a syntax error in the script itself: message without traceback, exit status 1
print("this line is never run")
local x = = 1

-- A stopped collector frees nothing: memory grows while stopped (even when young
-- garbage fills a tiny nursery many times over) and shrinks after "restart".
collectgarbage(); collectgarbage()
local x = collectgarbage("count")
collectgarbage("stop")
repeat local a = {} until collectgarbage("count") > 3 * x
print("grew while stopped", collectgarbage("isrunning"))
collectgarbage("restart")
repeat local a = {} until collectgarbage("count") <= 2 * x
print("shrank after restart", collectgarbage("isrunning"))

-- collectgarbage("incremental", pause, stepmul, stepsize): nonzero arguments set the pause and step multiplier
-- that setpause/setstepmul report (stored divided by 4, as in Lua 5.4); zero keeps them (found by fuzz/gc_gen.py).
print(collectgarbage("incremental", 100, 296, 10))
print(collectgarbage("setpause", 216), collectgarbage("setstepmul", 188))
print(collectgarbage("incremental", 0, 0, 0))
print(collectgarbage("setpause"), collectgarbage("setstepmul"))
print(collectgarbage("generational", 20, 100))
print(collectgarbage("setpause", 150), collectgarbage("setstepmul", 300))
print(collectgarbage("incremental", 123, 0))
print(collectgarbage("setpause", 200), collectgarbage("setstepmul", 100))

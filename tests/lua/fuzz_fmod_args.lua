-- Found by fuzz/: with two bad arguments, PUC's math.fmod reports the second one (its C call checks them right
-- to left); one bad argument is reported as itself.
print(pcall(math.fmod, true, false))
print(pcall(math.fmod, "x", {}))
print(pcall(math.fmod, true, 2))
print(pcall(math.fmod, 2.5, nil))
print(pcall(math.fmod, 1, 0))
print(math.fmod(7, 3), math.fmod(-7.5, 2), math.fmod("7", 2))

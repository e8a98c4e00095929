-- dofile's itself without end: for dofile_recursion.lua
depth = depth + 1
return dofile("modules/recursive_dofile.lua")

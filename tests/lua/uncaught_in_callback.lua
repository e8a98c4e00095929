-- an error in a Lua callback of a native (table.sort): the traceback shows both
table.sort({3, 2, 1}, function(a, b) return a.x < b end)

-- a non-string error object without __tostring
io.write("partial output\n")
error({code = 1})

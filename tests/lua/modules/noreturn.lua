loaded_noreturn = true

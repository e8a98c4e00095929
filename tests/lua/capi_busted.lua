-- requires C module: term.core
-- requires C module: system.core
-- Debian's busted (its `term` and `system` dependencies are C modules) runs a spec and reports in TAP.
arg = { [0] = "busted", "-o", "TAP", "busted/arith_spec.lua" }
require("busted.runner")({ standalone = false })

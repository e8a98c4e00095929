-- An in-memory SQLite database through the FFI: sqlite3_exec runs SQL and calls a Lua function for each row.
local ffi = require("ffi")
ffi.cdef [[
typedef struct sqlite3 sqlite3;
int sqlite3_open(const char *filename, sqlite3 **db);
int sqlite3_exec(sqlite3 *db, const char *sql, int (*callback)(void *, int, char **, char **), void *arg,
                 char **errmsg);
int sqlite3_close(sqlite3 *db);
void sqlite3_free(void *p);
]]
local sqlite = ffi.load("sqlite3")

local handle = ffi.new("sqlite3 *[1]")
assert(sqlite.sqlite3_open(":memory:", handle) == 0, "cannot open the database")
local db = handle[0]

-- Runs SQL; `on_row(values)` (optional) gets each result row as a table of column name -> string (or nil).
local function exec(sql, on_row)
  local callback = nil
  if on_row then
    callback = function(_, ncols, values, names)
      local row = {}
      for i = 0, ncols - 1 do
        if values[i] ~= nil then row[ffi.string(names[i])] = ffi.string(values[i]) end
      end
      on_row(row)
      return 0 -- nonzero would abort the query
    end
  end
  local errmsg = ffi.new("char *[1]")
  if sqlite.sqlite3_exec(db, sql, callback, nil, errmsg) ~= 0 then
    local msg = ffi.string(errmsg[0])
    sqlite.sqlite3_free(errmsg[0])
    error(msg, 2)
  end
end

exec("CREATE TABLE langs (name TEXT, year INTEGER)")
exec("INSERT INTO langs VALUES ('Lua', 1993), ('C', 1972), ('Rust', 2015)")
exec("SELECT name, year FROM langs ORDER BY year", function(row)
  print(row.name, row.year)
end)
sqlite.sqlite3_close(db)

-- luajit
-- sqlite3 through ffi.load: an in-memory database, prepared statements with bound values, and sqlite3_exec with
-- a Lua row callback (called from C once per row) collecting rows.
local ffi = require("ffi")
ffi.cdef [[
typedef struct sqlite3 sqlite3;
typedef struct sqlite3_stmt sqlite3_stmt;
int sqlite3_open(const char *filename, sqlite3 **db);
int sqlite3_close(sqlite3 *db);
const char *sqlite3_errmsg(sqlite3 *db);
int sqlite3_exec(sqlite3 *db, const char *sql, int (*callback)(void *, int, char **, char **), void *arg,
                 char **errmsg);
void sqlite3_free(void *p);
int sqlite3_prepare_v2(sqlite3 *db, const char *sql, int nbyte, sqlite3_stmt **stmt, const char **tail);
int sqlite3_bind_int(sqlite3_stmt *stmt, int index, int value);
int sqlite3_bind_null(sqlite3_stmt *stmt, int index);
int sqlite3_bind_double(sqlite3_stmt *stmt, int index, double value);
int sqlite3_bind_text(sqlite3_stmt *stmt, int index, const char *text, int n, void (*destructor)(void *));
int sqlite3_step(sqlite3_stmt *stmt);
int sqlite3_reset(sqlite3_stmt *stmt);
int sqlite3_finalize(sqlite3_stmt *stmt);
int sqlite3_changes(sqlite3 *db);
]]
local sqlite = ffi.load("sqlite3")
-- A null pointer to compare with: in Lua 5.4 `cdata == nil` is always false (__eq runs only between two
-- userdata), so kiln cannot answer LuaJIT's `ptr == nil`; `ptr == NULL` works in both.
local NULL = ffi.cast("void *", 0)
local SQLITE_OK, SQLITE_DONE = 0, 101
-- SQLITE_TRANSIENT: sqlite copies the text before bind returns.
local SQLITE_TRANSIENT = ffi.cast("void (*)(void *)", -1)

local dbp = ffi.new("sqlite3 *[1]")
assert(sqlite.sqlite3_open(":memory:", dbp) == SQLITE_OK)
local db = dbp[0]

local function exec(sql, callback)
  local err = ffi.new("char *[1]")
  local rc = sqlite.sqlite3_exec(db, sql, callback, nil, err)
  if rc ~= SQLITE_OK then
    local msg = ffi.string(err[0])
    sqlite.sqlite3_free(err[0])
    return nil, msg, rc
  end
  return true
end

assert(exec("CREATE TABLE fruit (id INTEGER PRIMARY KEY, name TEXT NOT NULL, price REAL, note TEXT)"))

local insert = ffi.new("sqlite3_stmt *[1]")
assert(sqlite.sqlite3_prepare_v2(db, "INSERT INTO fruit (name, price, note) VALUES (?, ?, ?)", -1, insert, nil)
  == SQLITE_OK)
local stmt = insert[0]
local names = { "apple", "banana", "cherry", "damson", "elderberry", "fig", "grape" }
for i, name in ipairs(names) do
  sqlite.sqlite3_bind_text(stmt, 1, name, #name, SQLITE_TRANSIENT)
  sqlite.sqlite3_bind_double(stmt, 2, i * 0.75)
  if i % 3 == 0 then
    sqlite.sqlite3_bind_text(stmt, 3, "note " .. i, -1, SQLITE_TRANSIENT)
  else
    sqlite.sqlite3_bind_null(stmt, 3) -- bindings persist across sqlite3_reset
  end
  assert(sqlite.sqlite3_step(stmt) == SQLITE_DONE)
  sqlite.sqlite3_reset(stmt)
end
sqlite.sqlite3_finalize(stmt)
print("rows inserted:", #names)

-- sqlite3_exec calls the Lua function once per row with column values and names (NULL for SQL NULL).
local rows = {}
local ok = exec("SELECT id, name, price, note FROM fruit WHERE price > 1 ORDER BY name DESC", function(_, ncols, values, columns)
  local row = {}
  for c = 0, ncols - 1 do
    local v = values[c] == NULL and "NULL" or ffi.string(values[c])
    row[#row + 1] = ffi.string(columns[c]) .. "=" .. v
  end
  rows[#rows + 1] = table.concat(row, " ")
  return 0
end)
print("exec ok:", ok)
for _, r in ipairs(rows) do print(r) end

-- A nonzero return from the callback aborts the query: sqlite3_exec returns SQLITE_ABORT (4).
local seen = 0
local res, msg, rc = exec("SELECT name FROM fruit", function()
  seen = seen + 1
  return seen == 2 and 1 or 0
end)
print("aborted after", seen, "rows:", res, msg, rc)

-- An SQL error is reported through the errmsg out-parameter.
res, msg, rc = exec("SELECT nosuchcolumn FROM fruit")
print("error:", res, msg, rc)

-- Aggregates, through a callback that keeps the values it is given.
local total
exec("SELECT count(*), sum(price), group_concat(name, ',') FROM fruit WHERE note IS NOT NULL", function(_, n, v)
  total = { ffi.string(v[0]), ffi.string(v[1]), ffi.string(v[2]) }
  return 0
end)
print("aggregate:", total[1], total[2], total[3])
print("close:", sqlite.sqlite3_close(db))

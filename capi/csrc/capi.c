/* The C half of kiln's Lua 5.4 C API: every exported lua_* and luaL_* symbol, the setjmp trampoline C functions
 * run under, and the parts that are C by nature (varargs, loops calling a module's reader or writer, luaL_Buffer).
 *
 * Errors unwind only C frames. kiln calls every C function through kiln_capi_protect, which sets a jump point
 * directly below it. The Rust implementations (kiln_* in capi/src) never unwind: a failure sets L->pending and
 * returns. The wrapper here that called them then longjmps to the innermost jump point, skipping only the
 * module's C frames and its own; kiln_capi_protect returns the status to Rust, which raises the Lua error.
 *
 * The types and constants are Lua 5.4's ABI (lua.h, lauxlib.h and luaconf.h of a default 64-bit build), declared
 * here so that kiln builds without Lua's headers; the test module compiled against Debian's headers checks them. */

#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

typedef struct lua_State lua_State;
typedef int (*lua_CFunction)(lua_State *L);
typedef double lua_Number;
typedef long long lua_Integer;
typedef intptr_t lua_KContext;
typedef int (*lua_KFunction)(lua_State *L, int status, lua_KContext ctx);
typedef const char *(*lua_Reader)(lua_State *L, void *ud, size_t *sz);
typedef int (*lua_Writer)(lua_State *L, const void *p, size_t sz, void *ud);
typedef void *(*lua_Alloc)(void *ud, void *ptr, size_t osize, size_t nsize);

#define LUA_REGISTRYINDEX (-1000000 - 1000)
#define LUA_OK 0
#define LUA_ERRSYNTAX 3
#define LUA_ERRFILE (LUA_ERRSYNTAX + 3)
#define LUA_TNONE (-1)
#define LUA_TNIL 0
#define LUA_TTABLE 5
#define LUA_REFNIL (-1)
#define LUA_NOREF (-2)
#define LUA_GCSTEP 5
#define LUA_GCSETPAUSE 6
#define LUA_GCSETSTEPMUL 7
#define LUA_GCGEN 10
#define LUA_GCINC 11
#define LUAL_NUMSIZES (sizeof(lua_Integer) * 16 + sizeof(lua_Number))
#define LUAL_BUFFERSIZE ((int)(16 * sizeof(void *) * sizeof(lua_Number)))
#define LUAI_MAXCCALLS 200

typedef struct luaL_Reg {
    const char *name;
    lua_CFunction func;
} luaL_Reg;

typedef struct luaL_Buffer {
    char *b;
    size_t size;
    size_t n;
    lua_State *L;
    union {
        lua_Number n;
        double u;
        void *s;
        lua_Integer i;
        long l;
        char b[LUAL_BUFFERSIZE];
    } init;
} luaL_Buffer;

/* A jump point: one per C function running (kiln_capi_protect's frame), innermost first. */
struct kiln_jmp {
    jmp_buf buf;
    struct kiln_jmp *prev;
};

/* The prefix of kiln's per-VM state that C reads (capi/src/state.rs, `CState`, repr(C)). */
struct lua_State {
    int pending; /* 0, or what the Rust side left to raise: an error (1) or a yield (2) */
    struct kiln_jmp *jmp;
    lua_CFunction panic;
};

/* Raises the error a Rust implementation left pending: back to the innermost kiln_capi_protect. Without one
 * (C using the API outside any call kiln made) there is nobody to catch it: the panic function, then abort,
 * as lua5.4 does. */
static void kiln_capi_throw(lua_State *L) {
    struct kiln_jmp *j = L->jmp;
    if (j == NULL) {
        if (L->panic) L->panic(L);
        fprintf(stderr, "PANIC: unprotected error in call to Lua API\n");
        fflush(stderr);
        abort();
    }
    longjmp(j->buf, 1);
}

#define RAISE_IF_PENDING(L) \
    do { \
        if ((L)->pending) kiln_capi_throw(L); \
    } while (0)

/* Calls the C function `f` with a jump point below it. Returns 0 with its result count in *nresults, or the
 * status of the error that unwound it (left in the VM by the Rust side). */
int kiln_capi_protect(lua_State *L, lua_CFunction f, int *nresults) {
    struct kiln_jmp j;
    volatile int status = 0;
    j.prev = L->jmp;
    L->jmp = &j;
    if (setjmp(j.buf) == 0) {
        *nresults = f(L);
    } else {
        status = L->pending;
    }
    L->jmp = j.prev;
    L->pending = 0;
    return status;
}

/* Calls the continuation `k` of a C function that yielded (lua_yieldk), resumed: as kiln_capi_protect. */
int kiln_capi_protect_k(lua_State *L, lua_KFunction k, int status, lua_KContext ctx, int *nresults) {
    struct kiln_jmp j;
    volatile int outcome = 0;
    j.prev = L->jmp;
    L->jmp = &j;
    if (setjmp(j.buf) == 0) {
        *nresults = k(L, status, ctx);
    } else {
        outcome = L->pending;
    }
    L->jmp = j.prev;
    L->pending = 0;
    return outcome;
}

/* One exported function per line: its Rust implementation is kiln_NAME; the wrapper raises what it left pending. */
#define API_R(type, name, params, args) \
    extern type kiln_##name params; \
    type name params { \
        type r = kiln_##name args; \
        RAISE_IF_PENDING(L); \
        return r; \
    }
#define API_V(name, params, args) \
    extern void kiln_##name params; \
    void name params { \
        kiln_##name args; \
        RAISE_IF_PENDING(L); \
    }

/* ---- state and stack */
API_R(int, lua_absindex, (lua_State * L, int idx), (L, idx))
API_R(int, lua_gettop, (lua_State * L), (L))
API_V(lua_settop, (lua_State * L, int idx), (L, idx))
API_V(lua_pushvalue, (lua_State * L, int idx), (L, idx))
API_V(lua_rotate, (lua_State * L, int idx, int n), (L, idx, n))
API_V(lua_copy, (lua_State * L, int from, int to), (L, from, to))
API_R(int, lua_checkstack, (lua_State * L, int n), (L, n))
API_V(lua_xmove, (lua_State * L, lua_State *to, int n), (L, to, n))

/* ---- access */
API_R(int, lua_isnumber, (lua_State * L, int idx), (L, idx))
API_R(int, lua_isstring, (lua_State * L, int idx), (L, idx))
API_R(int, lua_iscfunction, (lua_State * L, int idx), (L, idx))
API_R(int, lua_isinteger, (lua_State * L, int idx), (L, idx))
API_R(int, lua_isuserdata, (lua_State * L, int idx), (L, idx))
API_R(int, lua_type, (lua_State * L, int idx), (L, idx))
API_R(lua_Number, lua_tonumberx, (lua_State * L, int idx, int *isnum), (L, idx, isnum))
API_R(lua_Integer, lua_tointegerx, (lua_State * L, int idx, int *isnum), (L, idx, isnum))
API_R(int, lua_toboolean, (lua_State * L, int idx), (L, idx))
API_R(const char *, lua_tolstring, (lua_State * L, int idx, size_t *len), (L, idx, len))
API_R(size_t, lua_rawlen, (lua_State * L, int idx), (L, idx))
API_R(lua_CFunction, lua_tocfunction, (lua_State * L, int idx), (L, idx))
API_R(void *, lua_touserdata, (lua_State * L, int idx), (L, idx))
API_R(lua_State *, lua_tothread, (lua_State * L, int idx), (L, idx))
API_R(const void *, lua_topointer, (lua_State * L, int idx), (L, idx))
API_V(lua_arith, (lua_State * L, int op), (L, op))
API_R(int, lua_rawequal, (lua_State * L, int a, int b), (L, a, b))
API_R(int, lua_compare, (lua_State * L, int a, int b, int op), (L, a, b, op))

/* ---- push */
API_V(lua_pushnil, (lua_State * L), (L))
API_V(lua_pushnumber, (lua_State * L, lua_Number n), (L, n))
API_V(lua_pushinteger, (lua_State * L, lua_Integer n), (L, n))
API_R(const char *, lua_pushlstring, (lua_State * L, const char *s, size_t len), (L, s, len))
API_R(const char *, lua_pushstring, (lua_State * L, const char *s), (L, s))
API_V(lua_pushcclosure, (lua_State * L, lua_CFunction fn, int n), (L, fn, n))
API_V(lua_pushboolean, (lua_State * L, int b), (L, b))
API_V(lua_pushlightuserdata, (lua_State * L, void *p), (L, p))
API_R(int, lua_pushthread, (lua_State * L), (L))

/* ---- get */
API_R(int, lua_getglobal, (lua_State * L, const char *name), (L, name))
API_R(int, lua_gettable, (lua_State * L, int idx), (L, idx))
API_R(int, lua_getfield, (lua_State * L, int idx, const char *k), (L, idx, k))
API_R(int, lua_geti, (lua_State * L, int idx, lua_Integer n), (L, idx, n))
API_R(int, lua_rawget, (lua_State * L, int idx), (L, idx))
API_R(int, lua_rawgeti, (lua_State * L, int idx, lua_Integer n), (L, idx, n))
API_R(int, lua_rawgetp, (lua_State * L, int idx, const void *p), (L, idx, p))
API_V(lua_createtable, (lua_State * L, int narr, int nrec), (L, narr, nrec))
API_R(void *, lua_newuserdatauv, (lua_State * L, size_t sz, int nuvalue), (L, sz, nuvalue))
API_R(int, lua_getmetatable, (lua_State * L, int idx), (L, idx))
API_R(int, lua_getiuservalue, (lua_State * L, int idx, int n), (L, idx, n))

/* ---- set */
API_V(lua_setglobal, (lua_State * L, const char *name), (L, name))
API_V(lua_settable, (lua_State * L, int idx), (L, idx))
API_V(lua_setfield, (lua_State * L, int idx, const char *k), (L, idx, k))
API_V(lua_seti, (lua_State * L, int idx, lua_Integer n), (L, idx, n))
API_V(lua_rawset, (lua_State * L, int idx), (L, idx))
API_V(lua_rawseti, (lua_State * L, int idx, lua_Integer n), (L, idx, n))
API_V(lua_rawsetp, (lua_State * L, int idx, const void *p), (L, idx, p))
API_R(int, lua_setmetatable, (lua_State * L, int idx), (L, idx))
API_R(int, lua_setiuservalue, (lua_State * L, int idx, int n), (L, idx, n))

/* ---- calls, errors, miscellaneous */
API_V(lua_callk, (lua_State * L, int nargs, int nresults, lua_KContext ctx, lua_KFunction k), (L, nargs, nresults, ctx, k))
API_R(int, lua_pcallk, (lua_State * L, int nargs, int nresults, int msgh, lua_KContext ctx, lua_KFunction k),
      (L, nargs, nresults, msgh, ctx, k))
API_R(int, lua_status, (lua_State * L), (L))
API_R(int, lua_yieldk, (lua_State * L, int nresults, lua_KContext ctx, lua_KFunction k), (L, nresults, ctx, k))
API_R(int, lua_isyieldable, (lua_State * L), (L))
API_R(int, lua_next, (lua_State * L, int idx), (L, idx))
API_V(lua_concat, (lua_State * L, int n), (L, n))
API_V(lua_len, (lua_State * L, int idx), (L, idx))
API_R(size_t, lua_stringtonumber, (lua_State * L, const char *s), (L, s))
API_V(lua_warning, (lua_State * L, const char *msg, int tocont), (L, msg, tocont))

extern void kiln_lua_error(lua_State *L);
int lua_error(lua_State *L) {
    kiln_lua_error(L);
    kiln_capi_throw(L);
    return 0;
}

extern int kiln_lua_gc(lua_State *L, int what, int a, int b, int c);
int lua_gc(lua_State *L, int what, ...) {
    int args[3] = {0, 0, 0};
    int count = what == LUA_GCSTEP || what == LUA_GCSETPAUSE || what == LUA_GCSETSTEPMUL ? 1
                : what == LUA_GCGEN                                                     ? 2
                : what == LUA_GCINC                                                     ? 3
                                                                                        : 0;
    va_list ap;
    va_start(ap, what);
    for (int i = 0; i < count; i++) args[i] = va_arg(ap, int);
    va_end(ap);
    int r = kiln_lua_gc(L, what, args[0], args[1], args[2]);
    RAISE_IF_PENDING(L);
    return r;
}

lua_CFunction lua_atpanic(lua_State *L, lua_CFunction panicf) {
    lua_CFunction old = L->panic;
    L->panic = panicf;
    return old;
}

lua_Number lua_version(lua_State *L) {
    (void)L;
    return 504;
}

/* Deprecated in 5.4 (the limit is fixed): answers the limit, as lua5.4 does. */
int lua_setcstacklimit(lua_State *L, unsigned int limit) {
    (void)L;
    (void)limit;
    return LUAI_MAXCCALLS;
}

static const char *const type_names[] = {"no value", "nil",   "boolean",  "userdata", "number", "string",
                                         "table",    "function", "userdata", "thread"};

const char *lua_typename(lua_State *L, int t) {
    (void)L;
    return (t >= LUA_TNONE && t <= 8) ? type_names[t + 1] : "?";
}

/* The allocator modules that manage their own memory ask for (lpeg): the C heap. */
static void *kiln_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
    (void)ud;
    (void)osize;
    if (nsize == 0) {
        free(ptr);
        return NULL;
    }
    return realloc(ptr, nsize);
}

lua_Alloc lua_getallocf(lua_State *L, void **ud) {
    (void)L;
    if (ud) *ud = NULL;
    return kiln_alloc;
}

/* ---- formatted strings: the pieces go to a byte buffer of the state, pushed as one string at the end */
extern void kiln_fmt_reset(lua_State *L);
extern void kiln_fmt_bytes(lua_State *L, const char *s, size_t n);
extern void kiln_fmt_integer(lua_State *L, lua_Integer i);
extern void kiln_fmt_number(lua_State *L, lua_Number n);
extern void kiln_fmt_invalid(lua_State *L, int conversion);
extern const char *kiln_fmt_push(lua_State *L);

/* The UTF-8 bytes of code point `x` (up to 0x7FFFFFFF, as Lua's '%U' allows) into `out`; returns their count. */
static int utf8_encode(char *out, unsigned long x) {
    if (x < 0x80) {
        out[0] = (char)x;
        return 1;
    }
    char tmp[8];
    int n = 0;
    unsigned long first_max = 0x3f; /* payload bits the first byte can still hold */
    while (x > first_max) {
        tmp[n++] = (char)(0x80 | (x & 0x3f));
        x >>= 6;
        first_max >>= 1;
    }
    tmp[n++] = (char)((~first_max << 1) | x);
    for (int i = 0; i < n; i++) out[i] = tmp[n - 1 - i];
    return n;
}

const char *lua_pushvfstring(lua_State *L, const char *fmt, va_list ap) {
    kiln_fmt_reset(L);
    const char *p = fmt;
    for (;;) {
        const char *pct = strchr(p, '%');
        if (pct == NULL) {
            kiln_fmt_bytes(L, p, strlen(p));
            break;
        }
        kiln_fmt_bytes(L, p, (size_t)(pct - p));
        switch (pct[1]) {
        case 's': {
            const char *s = va_arg(ap, const char *);
            if (s == NULL) s = "(null)";
            kiln_fmt_bytes(L, s, strlen(s));
            break;
        }
        case 'c': {
            char c = (char)va_arg(ap, int);
            kiln_fmt_bytes(L, &c, 1);
            break;
        }
        case 'd': kiln_fmt_integer(L, va_arg(ap, int)); break;
        case 'I': kiln_fmt_integer(L, va_arg(ap, lua_Integer)); break;
        case 'f': kiln_fmt_number(L, va_arg(ap, lua_Number)); break;
        case 'p': {
            char buf[40];
            int n = snprintf(buf, sizeof buf, "%p", va_arg(ap, void *));
            kiln_fmt_bytes(L, buf, (size_t)n);
            break;
        }
        case 'U': {
            char buf[8];
            int n = utf8_encode(buf, (unsigned long)va_arg(ap, long));
            kiln_fmt_bytes(L, buf, (size_t)n);
            break;
        }
        case '%': kiln_fmt_bytes(L, "%", 1); break;
        default: kiln_fmt_invalid(L, (unsigned char)pct[1]); RAISE_IF_PENDING(L);
        }
        p = pct + 2;
    }
    const char *r = kiln_fmt_push(L);
    RAISE_IF_PENDING(L);
    return r;
}

const char *lua_pushfstring(lua_State *L, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    const char *r = lua_pushvfstring(L, fmt, ap);
    va_end(ap);
    return r;
}

/* ---- chunks: lua_load gathers the reader's pieces, lua_dump hands the dump to the writer */
extern void kiln_chunk_reset(lua_State *L);
extern void kiln_chunk_bytes(lua_State *L, const char *p, size_t n);
extern int kiln_chunk_load(lua_State *L, const char *chunkname, const char *mode);
extern int kiln_chunk_dump(lua_State *L, int strip);
extern const char *kiln_chunk_data(lua_State *L, size_t *len);

int lua_load(lua_State *L, lua_Reader reader, void *data, const char *chunkname, const char *mode) {
    kiln_chunk_reset(L);
    for (;;) {
        size_t n = 0;
        const char *piece = reader(L, data, &n);
        if (piece == NULL || n == 0) break;
        kiln_chunk_bytes(L, piece, n);
    }
    int status = kiln_chunk_load(L, chunkname ? chunkname : "?", mode);
    RAISE_IF_PENDING(L);
    return status;
}

int lua_dump(lua_State *L, lua_Writer writer, void *data, int strip) {
    int status = kiln_chunk_dump(L, strip);
    RAISE_IF_PENDING(L);
    if (status != 0) return status;
    size_t len = 0;
    const char *p = kiln_chunk_data(L, &len);
    return writer(L, p, len, data);
}

/* ---- the debug interface */
typedef struct lua_Debug lua_Debug;
API_R(int, lua_getstack, (lua_State * L, int level, lua_Debug *ar), (L, level, ar))
API_R(int, lua_getinfo, (lua_State * L, const char *what, lua_Debug *ar), (L, what, ar))
API_R(const char *, lua_getlocal, (lua_State * L, const lua_Debug *ar, int n), (L, ar, n))
API_R(const char *, lua_setlocal, (lua_State * L, const lua_Debug *ar, int n), (L, ar, n))
API_R(const char *, lua_getupvalue, (lua_State * L, int funcindex, int n), (L, funcindex, n))
API_R(const char *, lua_setupvalue, (lua_State * L, int funcindex, int n), (L, funcindex, n))

/* ---- the auxiliary library: the parts that need kiln's internals */
API_R(int, luaL_argerror, (lua_State * L, int arg, const char *extramsg), (L, arg, extramsg))
API_R(int, luaL_typeerror, (lua_State * L, int arg, const char *tname), (L, arg, tname))
API_V(luaL_where, (lua_State * L, int lvl), (L, lvl))
API_R(const char *, luaL_tolstring, (lua_State * L, int idx, size_t *len), (L, idx, len))
API_V(luaL_traceback, (lua_State * L, lua_State *L1, const char *msg, int level), (L, L1, msg, level))
API_R(int, luaL_loadfilex, (lua_State * L, const char *filename, const char *mode), (L, filename, mode))
API_R(int, luaL_loadbufferx, (lua_State * L, const char *buff, size_t sz, const char *name, const char *mode),
      (L, buff, sz, name, mode))
API_R(char *, kiln_buffer_box, (lua_State * L, int idx, size_t size), (L, idx, size))
API_V(kiln_buffer_free, (lua_State * L, int idx), (L, idx))

#define lua_pop(L, n) lua_settop(L, -(n)-1)
#define lua_isnoneornil(L, n) (lua_type(L, (n)) <= 0)
#define lua_remove(L, idx) (lua_rotate(L, (idx), -1), lua_pop(L, 1))
#define lua_tostring(L, i) lua_tolstring(L, (i), NULL)

int luaL_error(lua_State *L, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    luaL_where(L, 1);
    lua_pushvfstring(L, fmt, ap);
    va_end(ap);
    lua_concat(L, 2);
    return lua_error(L);
}

void luaL_checkversion_(lua_State *L, lua_Number ver, size_t sz) {
    if (sz != LUAL_NUMSIZES)
        luaL_error(L, "core and library have incompatible numeric types");
    else if (ver != 504)
        luaL_error(L, "version mismatch: app. needs %f, Lua core provides %f", ver, (lua_Number)504);
}

int luaL_getmetafield(lua_State *L, int obj, const char *e) {
    if (!lua_getmetatable(L, obj)) return LUA_TNIL;
    lua_pushstring(L, e);
    int t = lua_rawget(L, -2);
    if (t == LUA_TNIL)
        lua_pop(L, 2);
    else
        lua_remove(L, -2);
    return t;
}

int luaL_callmeta(lua_State *L, int obj, const char *e) {
    obj = lua_absindex(L, obj);
    if (luaL_getmetafield(L, obj, e) == LUA_TNIL) return 0;
    lua_pushvalue(L, obj);
    lua_callk(L, 1, 1, 0, NULL);
    return 1;
}

const char *luaL_checklstring(lua_State *L, int arg, size_t *len) {
    const char *s = lua_tolstring(L, arg, len);
    if (s == NULL) luaL_typeerror(L, arg, "string");
    return s;
}

const char *luaL_optlstring(lua_State *L, int arg, const char *def, size_t *len) {
    if (!lua_isnoneornil(L, arg)) return luaL_checklstring(L, arg, len);
    if (len) *len = def ? strlen(def) : 0;
    return def;
}

lua_Number luaL_checknumber(lua_State *L, int arg) {
    int ok;
    lua_Number n = lua_tonumberx(L, arg, &ok);
    if (!ok) luaL_typeerror(L, arg, "number");
    return n;
}

lua_Number luaL_optnumber(lua_State *L, int arg, lua_Number def) {
    return lua_isnoneornil(L, arg) ? def : luaL_checknumber(L, arg);
}

lua_Integer luaL_checkinteger(lua_State *L, int arg) {
    int ok;
    lua_Integer n = lua_tointegerx(L, arg, &ok);
    if (!ok) {
        if (lua_isnumber(L, arg))
            luaL_argerror(L, arg, "number has no integer representation");
        else
            luaL_typeerror(L, arg, "number");
    }
    return n;
}

lua_Integer luaL_optinteger(lua_State *L, int arg, lua_Integer def) {
    return lua_isnoneornil(L, arg) ? def : luaL_checkinteger(L, arg);
}

void luaL_checkstack(lua_State *L, int space, const char *msg) {
    if (!lua_checkstack(L, space)) {
        if (msg)
            luaL_error(L, "stack overflow (%s)", msg);
        else
            luaL_error(L, "stack overflow");
    }
}

void luaL_checktype(lua_State *L, int arg, int t) {
    if (lua_type(L, arg) != t) luaL_typeerror(L, arg, lua_typename(L, t));
}

void luaL_checkany(lua_State *L, int arg) {
    if (lua_type(L, arg) == LUA_TNONE) luaL_argerror(L, arg, "value expected");
}

int luaL_newmetatable(lua_State *L, const char *tname) {
    if (lua_getfield(L, LUA_REGISTRYINDEX, tname) != LUA_TNIL) return 0;
    lua_pop(L, 1);
    lua_createtable(L, 0, 2);
    lua_pushstring(L, tname);
    lua_setfield(L, -2, "__name");
    lua_pushvalue(L, -1);
    lua_setfield(L, LUA_REGISTRYINDEX, tname);
    return 1;
}

void luaL_setmetatable(lua_State *L, const char *tname) {
    lua_getfield(L, LUA_REGISTRYINDEX, tname);
    lua_setmetatable(L, -2);
}

void *luaL_testudata(lua_State *L, int ud, const char *tname) {
    void *p = lua_touserdata(L, ud);
    if (p == NULL || !lua_getmetatable(L, ud)) return NULL;
    lua_getfield(L, LUA_REGISTRYINDEX, tname);
    if (!lua_rawequal(L, -1, -2)) p = NULL;
    lua_pop(L, 2);
    return p;
}

void *luaL_checkudata(lua_State *L, int ud, const char *tname) {
    void *p = luaL_testudata(L, ud, tname);
    if (p == NULL) luaL_typeerror(L, ud, tname);
    return p;
}

int luaL_checkoption(lua_State *L, int arg, const char *def, const char *const lst[]) {
    const char *name = def ? luaL_optlstring(L, arg, def, NULL) : luaL_checklstring(L, arg, NULL);
    for (int i = 0; lst[i]; i++)
        if (strcmp(lst[i], name) == 0) return i;
    return luaL_argerror(L, arg, lua_pushfstring(L, "invalid option '%s'", name));
}

int luaL_fileresult(lua_State *L, int stat, const char *fname) {
    int en = errno; /* before any call that may change it */
    if (stat) {
        lua_pushboolean(L, 1);
        return 1;
    }
    lua_pushnil(L);
    if (fname)
        lua_pushfstring(L, "%s: %s", fname, strerror(en));
    else
        lua_pushstring(L, strerror(en));
    lua_pushinteger(L, en);
    return 3;
}

int luaL_execresult(lua_State *L, int stat) {
    if (stat != 0 && errno != 0) return luaL_fileresult(L, 0, NULL);
    const char *what = "exit";
    if (WIFEXITED(stat)) {
        stat = WEXITSTATUS(stat);
    } else if (WIFSIGNALED(stat)) {
        stat = WTERMSIG(stat);
        what = "signal";
    }
    if (what[0] == 'e' && stat == 0)
        lua_pushboolean(L, 1);
    else
        lua_pushnil(L);
    lua_pushstring(L, what);
    lua_pushinteger(L, stat);
    return 3;
}

/* References: t[FREE_REFS] heads a chain of released references, each free slot holding the next (0 ends it);
 * a new reference takes the head of the chain, or the slot after the table's border. In the registry, slots 1
 * and 2 are the main thread and the globals (LUA_RIDX_*), so references start at 4 there. */
#define FREE_REFS 3

int luaL_ref(lua_State *L, int t) {
    if (lua_type(L, -1) == LUA_TNIL) {
        lua_pop(L, 1);
        return LUA_REFNIL;
    }
    t = lua_absindex(L, t);
    int head = 0;
    if (lua_rawgeti(L, t, FREE_REFS) == LUA_TNIL) {
        lua_pushinteger(L, 0);
        lua_rawseti(L, t, FREE_REFS);
    } else {
        head = (int)lua_tointegerx(L, -1, NULL);
    }
    lua_pop(L, 1);
    int ref;
    if (head != 0) {
        ref = head;
        lua_rawgeti(L, t, ref);
        lua_rawseti(L, t, FREE_REFS); /* the chain now starts at the next free slot */
    } else {
        ref = (int)lua_rawlen(L, t) + 1;
    }
    lua_rawseti(L, t, ref);
    return ref;
}

void luaL_unref(lua_State *L, int t, int ref) {
    if (ref < 0) return;
    t = lua_absindex(L, t);
    lua_rawgeti(L, t, FREE_REFS);
    lua_rawseti(L, t, ref);
    lua_pushinteger(L, ref);
    lua_rawseti(L, t, FREE_REFS);
}

int luaL_loadstring(lua_State *L, const char *s) {
    return luaL_loadbufferx(L, s, strlen(s), s, NULL);
}

lua_Integer luaL_len(lua_State *L, int idx) {
    int ok;
    lua_len(L, idx);
    lua_Integer n = lua_tointegerx(L, -1, &ok);
    if (!ok) luaL_error(L, "object length is not an integer");
    lua_pop(L, 1);
    return n;
}

void luaL_setfuncs(lua_State *L, const luaL_Reg *l, int nup) {
    luaL_checkstack(L, nup, "too many upvalues");
    for (; l->name != NULL; l++) {
        if (l->func == NULL) {
            lua_pushboolean(L, 0);
        } else {
            for (int i = 0; i < nup; i++) lua_pushvalue(L, -nup);
            lua_pushcclosure(L, l->func, nup);
        }
        lua_setfield(L, -(nup + 2), l->name);
    }
    lua_pop(L, nup);
}

int luaL_getsubtable(lua_State *L, int idx, const char *fname) {
    if (lua_getfield(L, idx, fname) == LUA_TTABLE) return 1;
    lua_pop(L, 1);
    idx = lua_absindex(L, idx);
    lua_createtable(L, 0, 0);
    lua_pushvalue(L, -1);
    lua_setfield(L, idx, fname);
    return 0;
}

void luaL_requiref(lua_State *L, const char *modname, lua_CFunction openf, int glb) {
    luaL_getsubtable(L, LUA_REGISTRYINDEX, "_LOADED");
    lua_getfield(L, -1, modname);
    if (!lua_toboolean(L, -1)) {
        lua_pop(L, 1);
        lua_pushcclosure(L, openf, 0);
        lua_pushstring(L, modname);
        lua_callk(L, 1, 1, 0, NULL);
        lua_pushvalue(L, -1);
        lua_setfield(L, -3, modname);
    }
    lua_remove(L, -2);
    if (glb) {
        lua_pushvalue(L, -1);
        lua_setglobal(L, modname);
    }
}

/* ---- luaL_Buffer. While a buffer is in use its slot is the top of the stack (below a value luaL_addvalue
 * adds): a light userdata placeholder while the bytes fit the buffer's own `init` array, then a userdata box
 * owning the bytes (kiln_buffer_box), so that they are freed if an error abandons the buffer. */

static int buffer_boxed(luaL_Buffer *B) {
    return B->b != B->init.b;
}

/* Room for `sz` more bytes, the buffer's slot being at `slot`. */
static char *prepare(luaL_Buffer *B, size_t sz, int slot) {
    lua_State *L = B->L;
    if (B->size - B->n >= sz) return B->b + B->n;
    if (SIZE_MAX - sz < B->n) luaL_error(L, "buffer too large");
    size_t want = B->size / 2 * 3;
    if (want < B->n + sz) want = B->n + sz;
    char *bytes = kiln_buffer_box(L, slot, want);
    if (!buffer_boxed(B)) memcpy(bytes, B->b, B->n);
    B->b = bytes;
    B->size = want;
    return bytes + B->n;
}

void luaL_buffinit(lua_State *L, luaL_Buffer *B) {
    B->L = L;
    B->b = B->init.b;
    B->n = 0;
    B->size = LUAL_BUFFERSIZE;
    lua_pushlightuserdata(L, B);
}

char *luaL_prepbuffsize(luaL_Buffer *B, size_t sz) {
    return prepare(B, sz, -1);
}

char *luaL_buffinitsize(lua_State *L, luaL_Buffer *B, size_t sz) {
    luaL_buffinit(L, B);
    return prepare(B, sz, -1);
}

void luaL_addlstring(luaL_Buffer *B, const char *s, size_t l) {
    if (l > 0) {
        char *p = prepare(B, l, -1);
        memcpy(p, s, l);
        B->n += l;
    }
}

void luaL_addstring(luaL_Buffer *B, const char *s) {
    luaL_addlstring(B, s, strlen(s));
}

void luaL_addvalue(luaL_Buffer *B) {
    lua_State *L = B->L;
    size_t len;
    /* The string stays on the stack (its bytes do not move) while the buffer grows below it. */
    const char *s = lua_tolstring(L, -1, &len);
    char *p = prepare(B, len, -2);
    memcpy(p, s, len);
    B->n += len;
    lua_pop(L, 1);
}

void luaL_pushresult(luaL_Buffer *B) {
    lua_State *L = B->L;
    lua_pushlstring(L, B->b, B->n);
    if (buffer_boxed(B)) kiln_buffer_free(L, -2);
    lua_remove(L, -2);
}

void luaL_pushresultsize(luaL_Buffer *B, size_t sz) {
    B->n += sz;
    luaL_pushresult(B);
}

void luaL_addgsub(luaL_Buffer *B, const char *s, const char *p, const char *r) {
    size_t plen = strlen(p);
    const char *hit;
    while ((hit = strstr(s, p)) != NULL) {
        luaL_addlstring(B, s, (size_t)(hit - s));
        luaL_addstring(B, r);
        s = hit + plen;
    }
    luaL_addstring(B, s);
}

const char *luaL_gsub(lua_State *L, const char *s, const char *p, const char *r) {
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    luaL_addgsub(&b, s, p, r);
    luaL_pushresult(&b);
    return lua_tostring(L, -1);
}

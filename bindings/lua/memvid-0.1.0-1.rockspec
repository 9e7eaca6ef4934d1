-- LuaRocks package for the LuaJIT wrapper (not published; install from a checkout with
-- `luarocks make bindings/lua/memvid-0.1.0-1.rockspec`). The C library itself is built with
-- `cargo tool build`; point MEMVID_LIB at it (or install it on the library path) and
-- MEMVID_DECLS at bindings/flat/memvid.h when the module is installed outside the checkout.
package = "memvid"
version = "0.1.0-1"
source = { url = "git+https://example.invalid/memvid-ffi.git" }
description = {
  summary = "memvid (single-file memory with lexical and vector search) for LuaJIT",
  license = "Apache-2.0",
}
dependencies = { "lua >= 5.1" }
build = {
  type = "builtin",
  modules = { memvid = "memvid.lua" },
}

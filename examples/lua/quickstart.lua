-- quickstart: create a memory, put notes, commit, search, print the hits.
--   cargo tool build && MEMVID_LIB=target/debug/libmemvid_ffi.so luajit examples/lua/quickstart.lua /tmp/notes.mv2
local root = debug.getinfo(1, "S").source:match("^@(.*/)examples/lua/") or "./"
package.path = root .. "bindings/lua/?.lua;" .. package.path
local memvid = require("memvid")

local path, query = arg[1], arg[2] or "portable binary"
if not path then io.stderr:write("usage: quickstart.lua <new-file.mv2> [query]\n"); os.exit(2) end

local mem, err = memvid.create(path)          -- nil, err on failure; err prints as "MV209: ..."
if not mem then io.stderr:write(tostring(err), "\n"); os.exit(1) end
local notes = {
  { "Rust ownership", "Every value in Rust has a single owner; it is dropped when the owner goes out of scope." },
  { "WebAssembly", "WebAssembly is a portable binary format that runs in browsers and in Node.js." },
  { "memvid", "memvid keeps documents, a full-text index and vectors together in one .mv2 file." },
}
for _, note in ipairs(notes) do
  print(("put frame %d: %s"):format(assert(mem:put(note[2], { title = note[1] })), note[1]))
end
assert(mem:commit())                           -- puts become durable and searchable here
local hits = assert(mem:find(query, { k = 3 }))
print(('\nfind "%s": %d hit(s)'):format(query, #hits))
for _, hit in ipairs(hits) do
  print(("  #%d frame %d  score %.3f  %s"):format(hit.rank, hit.frame_id, hit.score, hit.title))
end
mem:close()
os.exit(#hits > 0 and 0 or 1)

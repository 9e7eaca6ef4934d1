-- The LuaJIT suite: bindings/lua/memvid.lua against the real library. Run by `cargo tool test`.
local root = debug.getinfo(1, "S").source:match("^@(.*/)tests/lua/") or "./"
package.path = root .. "bindings/lua/?.lua;" .. package.path
local memvid = require("memvid")

local scratch = os.tmpname()
os.remove(scratch)
assert(os.execute("mkdir -p " .. scratch) == 0 or true)
local function path(name) return scratch .. "/" .. name end

local DOCS = {
  { "Rust", "Rust is a systems programming language focused on safety and speed." },
  { "WebAssembly", "WebAssembly runs compiled code inside browsers and Node.js." },
  { "Gardening", "Tomatoes need sunlight, water and patience to ripen in summer." },
}
local function axis(i) local v = { 0.05, 0.05, 0.05, 0.05 }; v[i] = 1.0; return v end

local function make(name, vectors)
  local mem = assert(memvid.create(path(name)))
  for i, doc in ipairs(DOCS) do
    local id = assert(mem:put(doc[2], { title = doc[1], uri = "mv2://docs/" .. (i - 1), tags = { "t" },
                                        embedding = vectors and axis(i) or nil }))
    assert(id == i - 1, "frame id " .. tostring(id))
  end
  assert(mem:commit())
  return mem
end

local function expect_code(code, value, err)
  assert(value == nil, "expected error " .. code .. ", got a value")
  assert(getmetatable(err) and err.code == code, "expected " .. code .. ", got " .. tostring(err))
  assert(tostring(err):sub(1, 5) == code and #err.message > 0)
end

local tests = {}

tests.version = function()
  assert(memvid.version():find("memvid%-core 2%.0%.140"))
end

tests.create_put_find_reopen = function()
  local mem = make("round.mv2")
  local hits = assert(mem:find("tomatoes sunlight"))
  assert(#hits == 1 and hits[1].frame_id == 2 and hits[1].title == "Gardening" and hits[1].score > 0)
  assert(hits[1].uri == "mv2://docs/2" and hits[1].text:find("Tomatoes"))
  assert(mem:close())
  expect_code("MV203", mem:find("rust"))
  mem = assert(memvid.open(path("round.mv2"), { read_only = true }))
  assert(mem:stats().frame_count == 3 and mem:state().read_only)
  assert(mem:frame_text(1) == DOCS[2][2])
  assert(mem:frame_text("mv2://docs/0") == DOCS[1][2])
  local fr = assert(mem:frame("mv2://docs/2"))
  assert(fr.id == 2 and fr.title == "Gardening" and fr.active)
  expect_code("MV204", mem:put("nope"))
  assert(mem:close())
end

tests.put_many_timeline_delete = function()
  local mem = assert(memvid.create(path("many.mv2")))
  local docs = {}
  for i = 0, 299 do docs[#docs + 1] = { text = "batch doc " .. i .. " marker" .. i .. "z", timestamp = 1000 + i } end
  local ids = assert(mem:put_many(docs))
  assert(#ids == 300 and ids[1] == 0 and ids[300] == 299)
  assert(mem:state().pending_frames == 300)
  assert(mem:commit())
  local hits = assert(mem:find("marker123z"))
  assert(#hits == 1 and hits[1].frame_id == 123)
  local newest = assert(mem:timeline({ limit = 2, reverse = true }))
  assert(#newest == 2 and newest[1].frame_id == 299 and newest[2].frame_id == 298)
  assert(#assert(mem:timeline({ since = 1010, ["until"] = 1019 })) == 10)
  assert(mem:delete(123))
  assert(mem:commit())
  assert(#assert(mem:find("marker123z")) == 0)
  expect_code("MV202", mem:timeline({ limit = 0 }))
  mem:close()
end

tests.query_syntax = function()
  local mem = make("syntax.mv2")
  local words = assert(mem:find("safety and speed"))
  assert(#words == 1 and words[1].frame_id == 0, "plain: " .. #words .. " hit(s)")
  assert(#assert(mem:find("rust OR tomatoes")) == 0)
  assert(#assert(mem:find("rust OR tomatoes", { syntax = "plain" })) == 0)
  local either = assert(mem:find("rust OR tomatoes", { syntax = "operators" }))
  local seen = {}
  for _, h in ipairs(either) do seen[h.frame_id] = true end
  assert(#either == 2 and seen[0] and seen[2], "operators: " .. #either .. " hit(s)")
  expect_code("MV120", mem:find("and", { syntax = "operators" }))
  local ok, err = pcall(mem.find, mem, "rust", { syntax = "lucene" })
  assert(not ok and tostring(err):find("syntax must be plain or operators", 1, true))
  mem:close()
end

tests.vec_and_hybrid = function()
  local mem = make("vec.mv2", true)
  local near = assert(mem:vec_search(axis(2), 2))
  assert(near[1].frame_id == 1 and near[2].frame_id == 0)
  local fused = assert(mem:find("rust", { mode = "hybrid", embedding = axis(2) }))
  local seen = {}
  for _, h in ipairs(fused) do seen[h.frame_id] = true end
  assert(seen[0] and seen[1])
  expect_code("MV014", mem:vec_search({ 1, 0 }, 3))
  expect_code("MV202", mem:vec_search({ 0 / 0, 0, 0, 0 }, 3))
  expect_code("MV202", mem:find("rust", { mode = "vec" }))
  mem:close()
end

tests.errors_have_codes = function()
  expect_code("MV013", memvid.open(path("missing.mv2")))
  local f = assert(io.open(path("junk.mv2"), "wb")); f:write(string.rep("j", 8192)); f:close()
  expect_code("MV012", memvid.open(path("junk.mv2")))
  local _, err = memvid.create(path("junk.mv2"))
  assert(err.number == 209 and err.name == "AlreadyExists")
  local mem = make("errs.mv2")
  expect_code("MV007", memvid.open(path("errs.mv2")))
  expect_code("MV120", mem:find(""))
  expect_code("MV010", mem:frame(42))
  expect_code("MV201", mem:put("caf\195"))
  expect_code("MV205", mem:search_json("{"))
  assert(assert(mem:search_json('{"query":"webassembly","top_k":2,"snippet_chars":40}')):find('"frame_id":1'))
  mem:close()
end

tests.call_and_maintenance = function()
  local mem = assert(memvid.create(path("calls.mv2")))
  assert(mem:put("I work at Acme Robotics."))
  assert(mem:commit())
  assert(tonumber(assert(mem:call("enrich")):match('"cards":(%d+)')) >= 1)
  local cards = assert(mem:call("memories", '{"entity":"user","slot":"employer"}'))
  local _, n = cards:gsub('"value":"[^"]*Acme', "")
  assert(n == 1, cards)
  assert(assert(mem:call("ask", '{"question":"Acme","context_only":true}')):find('"hits":%[{'))
  expect_code("MV206", mem:call("no_such_op"))
  assert(mem:close())
  local report = assert(memvid.maintenance("verify", '{"path":"' .. path("calls.mv2") .. '"}'))
  assert(report:find('"overall_status":"passed"', 1, true), report)
end

local names = {}
for name in pairs(tests) do names[#names + 1] = name end
table.sort(names)
local passed, failed = 0, 0
for _, name in ipairs(names) do
  local ok, err = pcall(tests[name])
  if ok then passed = passed + 1; print("ok   " .. name)
  else failed = failed + 1; print("FAIL " .. name .. ": " .. tostring(err)) end
  collectgarbage()
end
os.execute("rm -rf " .. scratch)
print(string.format("lua: %d passed, %d failed", passed, failed))
os.exit(failed == 0 and 0 or 1)

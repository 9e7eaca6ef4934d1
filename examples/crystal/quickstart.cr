# quickstart: create a memory, put notes, commit, search, print the hits.
#   cargo tool build && crystal run examples/crystal/quickstart.cr \
#     --link-flags "-L$PWD/target/debug -Wl,-rpath,$PWD/target/debug" -- /tmp/notes.mv2
require "../../bindings/crystal/src/memvid"

path = ARGV[0]? || abort("usage: quickstart <new-file.mv2> [query]")
query = ARGV[1]? || "portable binary"
notes = {
  "Rust ownership" => "Every value in Rust has a single owner; it is dropped when the owner goes out of scope.",
  "WebAssembly"    => "WebAssembly is a portable binary format that runs in browsers and in Node.js.",
  "memvid"         => "memvid keeps documents, a full-text index and vectors together in one .mv2 file.",
}

begin
  hits = [] of Memvid::Hit
  Memvid::Memory.create(path) do |mem| # closed (and committed) at the end of the block
    notes.each { |title, text| puts "put frame #{mem.put(text, title: title)}: #{title}" }
    mem.commit # puts become durable and searchable here
    hits = mem.find(query, k: 3_u32)
  end
  puts "\nfind \"#{query}\": #{hits.size} hit(s)"
  hits.each { |h| puts "  ##{h.rank} frame #{h.frame_id}  score #{h.score.round(3)}  #{h.title}" }
  exit(hits.empty? ? 1 : 0)
rescue e : Memvid::Error # e.code is the stable code, e.g. "MV209"
  STDERR.puts e.message
  exit 1
end

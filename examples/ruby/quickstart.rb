# quickstart: create a memory, put notes, commit, search, print the hits.
#   cargo tool build && MEMVID_LIB=target/debug/libmemvid_ffi.so ruby examples/ruby/quickstart.rb /tmp/notes.mv2
require_relative "../../bindings/ruby/lib/memvid"

path, query = ARGV[0], ARGV[1] || "portable binary"
abort "usage: quickstart.rb <new-file.mv2> [query]" unless path

NOTES = {
  "Rust ownership" => "Every value in Rust has a single owner; it is dropped when the owner goes out of scope.",
  "WebAssembly" => "WebAssembly is a portable binary format that runs in browsers and in Node.js.",
  "memvid" => "memvid keeps documents, a full-text index and vectors together in one .mv2 file."
}.freeze

begin
  hits = Memvid::Memory.create(path) do |mem| # closes (and commits) at the end of the block
    NOTES.each { |title, text| puts "put frame #{mem.put(text, title: title)}: #{title}" }
    mem.commit # puts become durable and searchable here
    mem.find(query, k: 3)
  end
  puts "\nfind \"#{query}\": #{hits.size} hit(s)"
  hits.each { |h| puts format("  #%d frame %d  score %.3f  %s", h.rank, h.frame_id, h.score, h.title) }
  exit(hits.empty? ? 1 : 0)
rescue Memvid::Error => e # e.code is the stable code, e.g. "MV209"
  warn e.message
  exit 1
end

# The Crystal suite: bindings/crystal against the real library (crystal spec).
require "spec"
require "file_utils"
require "../../bindings/crystal/src/memvid"

DOCS = [
  {"Rust", "Rust is a systems programming language focused on safety and speed."},
  {"WebAssembly", "WebAssembly runs compiled code inside browsers and Node.js."},
  {"Gardening", "Tomatoes need sunlight, water and patience to ripen in summer."},
]
SCRATCH = File.tempname("memvid-crystal")
Dir.mkdir_p(SCRATCH)
Spec.after_suite { FileUtils.rm_rf(SCRATCH) }

def path(name)
  File.join(SCRATCH, name)
end

def axis(i) : Array(Float32)
  v = [0.05_f32] * 4
  v[i] = 1.0_f32
  v
end

def make(name, vectors = false)
  mem = Memvid::Memory.create(path(name))
  DOCS.each_with_index do |(title, text), i|
    mem.put(text, title: title, uri: "mv2://docs/#{i}", embedding: vectors ? axis(i) : nil).should eq(i)
  end
  mem.commit
  mem
end

def expect_code(code, &)
  err = expect_raises(Memvid::Error) { yield }
  err.code.should eq(code)
  err.message.not_nil!.should start_with(code)
  err
end

describe Memvid do
  it "reports its versions" do
    Memvid.version.should contain("memvid-core 2.0.140")
  end

  it "creates, puts, finds and reads back after reopening" do
    mem = make("round.mv2")
    hits = mem.find("tomatoes sunlight")
    hits.map(&.frame_id).should eq([2])
    hits[0].title.should eq("Gardening")
    hits[0].score.should be > 0
    mem.close
    mem.closed?.should be_true
    expect_code("MV203") { mem.find("rust") }
    ro = Memvid::Memory.open(path("round.mv2"), read_only: true)
    ro.stats.frame_count.should eq(3)
    ro.state.read_only.should be_true
    ro.frame_text(1).should eq(DOCS[1][1])
    ro.frame("mv2://docs/2")["title"].should eq("Gardening")
    expect_code("MV204") { ro.put("nope") }
    ro.close
  end

  it "puts many, lists the timeline and deletes" do
    Memvid::Memory.create(path("many.mv2")) do |mem|
      ids = mem.put_many((0...300).map { |i| {"batch doc #{i} marker#{i}z", Memvid::PutOptions.new(timestamp: 1000_i64 + i)} })
      ids.should eq((0_u64...300_u64).to_a)
      mem.state.pending_frames.should eq(300)
      mem.commit
      mem.find("marker123z").map(&.frame_id).should eq([123])
      mem.timeline(limit: 2_u64, reverse: true).map(&.frame_id).should eq([299, 298])
      mem.delete(123_u64)
      mem.commit
      mem.find("marker123z").should be_empty
      expect_code("MV202") { mem.timeline(limit: 0_u64) }
    end
  end

  it "reads queries as plain text unless operators are asked for" do
    mem = make("syntax.mv2")
    mem.find("safety and speed").map(&.frame_id).should eq([0])
    mem.find("rust OR tomatoes").should be_empty
    mem.find("rust OR tomatoes", syntax: Memvid::Syntax::Plain).should be_empty
    mem.find("rust OR tomatoes", syntax: Memvid::Syntax::Operators).map(&.frame_id).sort.should eq([0, 2])
    mem.find("rust OR tomatoes", syntax: :operators).size.should eq(2)
    expect_code("MV120") { mem.find("and", syntax: :operators) }
    mem.close
  end

  it "searches by vector and hybrid" do
    mem = make("vec.mv2", vectors: true)
    mem.vec_search(axis(1), k: 2_u32).map(&.frame_id).should eq([1, 0])
    fused = mem.find("rust", mode: Memvid::Mode::Hybrid, embedding: axis(1)).map(&.frame_id)
    fused.should contain(0_u64)
    fused.should contain(1_u64)
    expect_code("MV014") { mem.vec_search([1.0_f32, 0.0_f32]) }
    expect_code("MV202") { mem.vec_search([Float32::NAN, 0_f32, 0_f32, 0_f32]) }
    expect_code("MV202") { mem.find("rust", mode: Memvid::Mode::Vec) }
    mem.close
  end

  it "gives every error its code" do
    expect_code("MV013") { Memvid::Memory.open(path("missing.mv2")) }
    File.write(path("junk.mv2"), "j" * 8192)
    expect_code("MV012") { Memvid::Memory.open(path("junk.mv2")) }
    err = expect_code("MV209") { Memvid::Memory.create(path("junk.mv2")) }
    err.number.should eq(209)
    err.name.should eq(LibMemvid::MemvidErrorCode::AlreadyExists)
    mem = make("errs.mv2")
    expect_code("MV007") { Memvid::Memory.open(path("errs.mv2")) }
    expect_code("MV120") { mem.find("") }
    expect_code("MV010") { mem.frame_text(42_u64) }
    expect_code("MV201") { mem.put(String.new(Bytes[0x63, 0x61, 0x66, 0xc3])) }
    expect_code("MV206") { mem.search_json(%({"query":"x"})) }
    mem.search_json(%({"query":"webassembly","top_k":2,"snippet_chars":40}))["hits"][0]["frame_id"].should eq(1)
    mem.close
  end

  it "reaches every other feature through call and maintenance" do
    Memvid::Memory.create(path("calls.mv2")) do |mem|
      mem.put("I work at Acme Robotics.")
      mem.commit
      mem.call("enrich")["cards"].as_i.should be >= 1
      cards = mem.call("memories", {entity: "user", slot: "employer"}).as_a
      cards.size.should eq(1)
      cards[0]["value"].as_s.should contain("Acme")
      mem.call("ask", {"question" => "Acme", "context_only" => true})["retrieval"]["hits"].as_a.should_not be_empty
      expect_code("MV206") { mem.call("defrag") }
    end
    Memvid.maintenance("verify", {path: path("calls.mv2")})["overall_status"].should eq("passed")
  end
end

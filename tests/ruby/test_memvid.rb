# The Ruby suite: bindings/ruby against the real library (minitest). Run by `cargo tool test`.
require "minitest/autorun"
require "tmpdir"
require_relative "../../bindings/ruby/lib/memvid"

class MemvidTest < Minitest::Test
  DOCS = [
    ["Rust", "Rust is a systems programming language focused on safety and speed."],
    ["WebAssembly", "WebAssembly runs compiled code inside browsers and Node.js."],
    ["Gardening", "Tomatoes need sunlight, water and patience to ripen in summer."]
  ].freeze

  def setup
    @dir = Dir.mktmpdir
  end

  def teardown
    GC.start
    FileUtils.rm_rf(@dir)
  end

  def path(name) = File.join(@dir, name)

  def axis(i)
    v = [0.05] * 4
    v[i] = 1.0
    v
  end

  def make(name, vectors: false)
    mem = Memvid::Memory.create(path(name))
    DOCS.each_with_index do |(title, text), i|
      assert_equal i, mem.put(text, title: title, uri: "mv2://docs/#{i}", tags: ["t"], embedding: vectors ? axis(i) : nil)
    end
    mem.commit
    mem
  end

  def assert_code(code)
    err = assert_raises(Memvid::Error) { yield }
    assert_equal code, err.code, err.message
    assert err.message.start_with?(code)
    err
  end

  def test_version
    assert_includes Memvid.version, "memvid-core 2.0.140"
  end

  def test_create_put_find_reopen
    mem = make("round.mv2")
    hits = mem.find("tomatoes sunlight")
    assert_equal [2], hits.map(&:frame_id)
    assert_equal "Gardening", hits.first.title
    assert_operator hits.first.score, :>, 0
    mem.close
    assert mem.closed?
    assert_code("MV203") { mem.find("rust") }
    Memvid::Memory.open(path("round.mv2"), read_only: true) do |ro|
      assert_equal 3, ro.stats[:frame_count]
      assert ro.state[:read_only]
      assert_equal DOCS[1][1], ro.frame_text(1)
      assert_equal DOCS[0][1], ro.frame_text("mv2://docs/0")
      assert_equal "Gardening", ro.frame("mv2://docs/2")[:title]
      assert_code("MV204") { ro.put("nope") }
    end
  end

  def test_put_many_timeline_delete
    Memvid::Memory.create(path("many.mv2")) do |mem|
      ids = mem.put_many((0...300).map { |i| { text: "batch doc #{i} marker#{i}z", timestamp: 1000 + i } } + ["plain"])
      assert_equal (0..300).to_a, ids
      assert_equal 301, mem.state[:pending_frames]
      mem.commit
      assert_equal [123], mem.find("marker123z").map(&:frame_id)
      assert_equal [300, 299], mem.timeline(limit: 2, reverse: true).map(&:frame_id)
      assert_equal 10, mem.timeline(since: 1010, until_ts: 1019).size
      mem.delete(123)
      mem.commit
      assert_empty mem.find("marker123z")
      assert_code("MV206") { mem.timeline(limit: 0) }
    end
  end

  def test_query_syntax
    mem = make("syntax.mv2")
    assert_equal [0], mem.find("safety and speed").map(&:frame_id)
    assert_empty mem.find("rust OR tomatoes")
    assert_empty mem.find("rust OR tomatoes", syntax: :plain)
    assert_equal [0, 2], mem.find("rust OR tomatoes", syntax: :operators).map(&:frame_id).sort
    assert_code("MV120") { mem.find("and", syntax: :operators) }
    assert_raises(ArgumentError) { mem.find("rust", syntax: :lucene) }
    mem.close
  end

  def test_vec_and_hybrid
    mem = make("vec.mv2", vectors: true)
    assert_equal [1, 0], mem.vec_search(axis(1), k: 2).map(&:frame_id)
    fused = mem.find("rust", mode: :hybrid, embedding: axis(1)).map(&:frame_id)
    assert_includes fused, 0
    assert_includes fused, 1
    assert_code("MV014") { mem.vec_search([1.0, 0.0]) }
    assert_code("MV202") { mem.vec_search([Float::NAN, 0.0, 0.0, 0.0]) }
    assert_code("MV202") { mem.find("rust", mode: :vec) }
    mem.close
  end

  def test_errors_have_codes
    assert_code("MV013") { Memvid::Memory.open(path("missing.mv2")) }
    File.binwrite(path("junk.mv2"), "j" * 8192)
    assert_code("MV012") { Memvid::Memory.open(path("junk.mv2")) }
    err = assert_code("MV209") { Memvid::Memory.create(path("junk.mv2")) }
    assert_equal [209, :AlreadyExists], [err.number, err.name]
    mem = make("errs.mv2")
    assert_code("MV007") { Memvid::Memory.open(path("errs.mv2")) }
    assert_code("MV120") { mem.find("") }
    assert_code("MV010") { mem.frame(42) }
    assert_code("MV201") { mem.put("caf\xC3".b) }
    assert_code("MV206") { mem.search_json(query: "x") }
    assert_equal 1, mem.search_json(query: "webassembly", top_k: 2, snippet_chars: 40)[:hits][0][:frame_id]
    mem.close
  end

  def test_call_json_and_maintenance
    Memvid::Memory.create(path("calls.mv2")) do |mem|
      mem.put("I work at Acme Robotics.")
      mem.commit
      assert_operator mem.call("enrich")[:cards], :>=, 1
      cards = mem.call("memories", entity: "user", slot: "employer")
      assert_equal 1, cards.size
      assert_includes cards[0][:value], "Acme"
      refute_empty mem.call("ask", { "question" => "Acme", "context_only" => true })[:retrieval][:hits]
      assert_code("MV206") { mem.call("defrag") }
    end
    assert_equal "passed", Memvid.maintenance("verify", path: path("calls.mv2"))[:overall_status]
  end
end

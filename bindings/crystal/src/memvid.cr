# memvid for Crystal through the memvid-ffi C library.
#
#   Memvid::Memory.create("notes.mv2") do |mem|   # closed (and committed) at the end of the block
#     mem.put("Tomatoes need full sun.", title: "Tomatoes")
#     mem.commit
#     mem.find("tomatoes").each { |hit| puts "#{hit.frame_id} #{hit.title}" }
#   end
#
# Every other feature (sessions, memory cards, ask, tables, tickets, ...) is one call away:
# mem.call("ask", {question: "..."}), and Memvid.maintenance("verify", {path: ...}) for files by
# path; the ops and their JSON are in the README's feature table.
#
# Failures raise Memvid::Error with #code ("MV013"), #number (13), #name (FileNotFound) and the
# message. Native objects are freed by finalizers; #close releases the file at once.
# Linking needs libmemvid_ffi on the library path (or --link-flags "-L<dir> -Wl,-rpath,<dir>").
require "json"
require "./memvid/lib_memvid"

module Memvid
  VERSION = "0.1.0"

  # Every failure of the library.
  class Error < Exception
    getter number : Int32
    getter name : LibMemvid::MemvidErrorCode

    def initialize(@number : Int32, message : String)
      @name = LibMemvid::MemvidErrorCode.new(@number)
      super("#{Memvid.code_string(@number)}: #{message}")
    end

    # The stable string code, e.g. "MV013".
    def code : String
      Memvid.code_string(@number)
    end
  end

  def self.code_string(number : Int32) : String
    "MV%03d" % number
  end

  record Hit, frame_id : UInt64, rank : UInt64, score : Float32, uri : String, title : String, text : String
  record TimelineEntry, frame_id : UInt64, timestamp : Int64, preview : String

  # Helpers: string views, written text, results.
  module Native
    extend self

    def sv(s : String) : LibMemvid::DiplomatStringView
      LibMemvid::DiplomatStringView.new(data: s.to_unsafe, len: s.bytesize)
    end

    def f32(values : Array(Float32)) : LibMemvid::DiplomatF32View
      LibMemvid::DiplomatF32View.new(data: values.to_unsafe, len: values.size)
    end

    # Yields a write buffer; returns the text written into it.
    def written(& : LibMemvid::DiplomatWrite* ->) : String
      w = LibMemvid.diplomat_buffer_write_create(64)
      begin
        yield w
        String.new(LibMemvid.diplomat_buffer_write_get_bytes(w), LibMemvid.diplomat_buffer_write_len(w))
      ensure
        LibMemvid.diplomat_buffer_write_destroy(w)
      end
    end

    # Raises the error of a failed result struct (freeing it).
    def raise_error(err : LibMemvid::MemvidError*) : NoReturn
      number = LibMemvid.memvid_MemvidError_code(err).value
      message = written { |w| LibMemvid.memvid_MemvidError_message(err, w) }
      LibMemvid.memvid_MemvidError_destroy(err)
      raise Error.new(number, message)
    end

    # The ok value of a result struct, or raises.
    macro ok(result)
      %r = {{result}}
      Memvid::Native.raise_error(%r.u.err) unless %r.is_ok
      %r.u.ok
    end

    # Raises if a result without a value failed.
    macro check(result)
      %r = {{result}}
      Memvid::Native.raise_error(%r.u.err) unless %r.is_ok
      nil
    end
  end

  # The binding and memvid-core versions.
  def self.version : String
    Native.written { |w| LibMemvid.memvid_MemvidVersion_describe(w) }
  end

  # JSON API for files by path, closed (not open for writing): op is "verify", "doctor_plan",
  # "doctor", "doctor_apply", "lock_holder", "check_single_file", "lock" or "unlock", the request
  # anything with #to_json (a Hash or NamedTuple) or JSON text; e.g.
  # Memvid.maintenance("verify", {path: "notes.mv2"})["overall_status"]. See the README's feature table.
  def self.maintenance(op : String, request = NamedTuple.new) : JSON::Any
    maintenance(op, request.to_json)
  end

  # :ditto:
  def self.maintenance(op : String, request : String) : JSON::Any
    result = nil
    json = Native.written { |w| result = LibMemvid.memvid_MemvidMaintenance_call_json(Native.sv(op), Native.sv(request), w) }
    Native.check(result.not_nil!)
    JSON.parse(json)
  end

  # Metadata of a put; `nil` fields are left unset.
  record PutOptions, title : String? = nil, uri : String? = nil, kind : String? = nil, track : String? = nil,
    tags : Array(String) = [] of String, labels : Array(String) = [] of String, timestamp : Int64? = nil do
    # A native MemvidPutOptions (the caller destroys it).
    def build : LibMemvid::MemvidPutOptions*
      o = LibMemvid.memvid_MemvidPutOptions_new
      begin
        title.try { |v| Native.check(LibMemvid.memvid_MemvidPutOptions_set_title(o, Native.sv(v))) }
        uri.try { |v| Native.check(LibMemvid.memvid_MemvidPutOptions_set_uri(o, Native.sv(v))) }
        kind.try { |v| Native.check(LibMemvid.memvid_MemvidPutOptions_set_kind(o, Native.sv(v))) }
        track.try { |v| Native.check(LibMemvid.memvid_MemvidPutOptions_set_track(o, Native.sv(v))) }
        tags.each { |t| Native.check(LibMemvid.memvid_MemvidPutOptions_add_tag(o, Native.sv(t))) }
        labels.each { |l| Native.check(LibMemvid.memvid_MemvidPutOptions_add_label(o, Native.sv(l))) }
        timestamp.try { |t| LibMemvid.memvid_MemvidPutOptions_set_timestamp(o, t) }
      rescue e
        LibMemvid.memvid_MemvidPutOptions_destroy(o)
        raise e
      end
      o
    end
  end

  enum Mode
    Lex    = 0
    Vec    = 1
    Hybrid = 2
  end

  # The language of a find query. Plain (the default) reads it as plain text: every word must
  # appear (and, or, not are words too), "double quotes" make a phrase, no text is a syntax
  # error. Operators is memvid's AND, OR, NOT, parentheses, tag:/uri:/date: fields and *
  # wildcards; a malformed query raises MV120.
  enum Syntax
    Plain     = 0
    Operators = 1
  end

  # An open memory file (.mv2). Writes become durable and searchable at #commit; #close commits
  # what is pending.
  class Memory
    getter path : String

    # Creates a new memory file (MV209 if a file exists there).
    def self.create(path : String) : Memory
      new(Native.ok(LibMemvid.memvid_MemvidStore_create(Native.sv(path))), path)
    end

    # Creates a memory file, yields it and closes it.
    def self.create(path : String, &)
      mem = create(path)
      begin
        yield mem
      ensure
        mem.close
      end
    end

    # Opens an existing memory file, for writing unless read_only.
    def self.open(path : String, read_only = false) : Memory
      r = read_only ? LibMemvid.memvid_MemvidStore_open_read_only(Native.sv(path)) : LibMemvid.memvid_MemvidStore_open(Native.sv(path))
      new(Native.ok(r), path)
    end

    protected def initialize(@ptr : LibMemvid::MemvidStore*, @path : String)
    end

    def finalize
      LibMemvid.memvid_MemvidStore_destroy(@ptr)
    end

    # Commits pending writes and releases the file (closing twice is fine).
    def close : Nil
      Native.check(LibMemvid.memvid_MemvidStore_close(@ptr))
    end

    def closed? : Bool
      LibMemvid.memvid_MemvidStore_is_closed(@ptr)
    end

    # Puts a text document; returns its frame id.
    def put(text : String, title : String? = nil, uri : String? = nil, tags = [] of String,
            timestamp : Int64? = nil, embedding : Array(Float32)? = nil) : UInt64
      with_options(PutOptions.new(title: title, uri: uri, tags: tags, timestamp: timestamp)) do |o|
        if e = embedding
          Native.ok(LibMemvid.memvid_MemvidStore_put_text_with_embedding(@ptr, Native.sv(text), Native.f32(e), o))
        else
          Native.ok(LibMemvid.memvid_MemvidStore_put_text(@ptr, Native.sv(text), o))
        end
      end
    end

    # Puts documents (text and options) in one batch; returns their frame ids.
    def put_many(docs : Enumerable({String, PutOptions})) : Array(UInt64)
      batch = LibMemvid.memvid_MemvidPutBatch_new
      begin
        docs.each do |text, opts|
          with_options(opts) { |o| Native.check(LibMemvid.memvid_MemvidPutBatch_add_text(batch, Native.sv(text), o)) }
        end
        ids = Native.ok(LibMemvid.memvid_MemvidStore_put_many(@ptr, batch))
        begin
          Array(UInt64).new(LibMemvid.memvid_MemvidFrameIds_len(ids)) { |i| LibMemvid.memvid_MemvidFrameIds_get(ids, i).u.ok }
        ensure
          LibMemvid.memvid_MemvidFrameIds_destroy(ids)
        end
      ensure
        LibMemvid.memvid_MemvidPutBatch_destroy(batch)
      end
    end

    # Makes pending writes durable and searchable.
    def commit : Nil
      Native.check(LibMemvid.memvid_MemvidStore_commit(@ptr))
    end

    # Deletes a frame (effective at commit).
    def delete(frame_id : UInt64) : Nil
      Native.check(LibMemvid.memvid_MemvidStore_delete_frame(@ptr, frame_id))
    end

    # Searches; Vec and Hybrid modes need an embedding. The query is plain text unless
    # syntax is Syntax::Operators (or :operators), memvid's operator language.
    def find(query : String, mode = Mode::Lex, k : UInt32 = 10, embedding : Array(Float32)? = nil,
             scope : String? = nil, syntax : Syntax = Syntax::Plain) : Array(Hit)
      o = LibMemvid.memvid_MemvidFindOptions_new
      begin
        LibMemvid.memvid_MemvidFindOptions_set_mode(o, LibMemvid::MemvidFindMode.new(mode.value))
        LibMemvid.memvid_MemvidFindOptions_set_syntax(o, LibMemvid::MemvidQuerySyntax.new(syntax.value))
        Native.check(LibMemvid.memvid_MemvidFindOptions_set_k(o, k))
        embedding.try { |e| Native.check(LibMemvid.memvid_MemvidFindOptions_set_query_embedding(o, Native.f32(e))) }
        scope.try { |s| Native.check(LibMemvid.memvid_MemvidFindOptions_set_scope(o, Native.sv(s))) }
        hits(Native.ok(LibMemvid.memvid_MemvidStore_find(@ptr, Native.sv(query), o)))
      ensure
        LibMemvid.memvid_MemvidFindOptions_destroy(o)
      end
    end

    # The k stored embeddings nearest to embedding.
    def vec_search(embedding : Array(Float32), k : UInt32 = 10) : Array(Hit)
      hits(Native.ok(LibMemvid.memvid_MemvidStore_vec_search(@ptr, Native.f32(embedding), k)))
    end

    # Storage statistics of the committed file.
    def stats : LibMemvid::MemvidStats
      Native.ok(LibMemvid.memvid_MemvidStore_stats(@ptr))
    end

    # What the handle holds now (committed and pending frames, vector dimension, read-only).
    def state : LibMemvid::MemvidState
      Native.ok(LibMemvid.memvid_MemvidStore_state(@ptr))
    end

    # The text that was put as frame id.
    def frame_text(id : UInt64) : String
      result = nil
      text = Native.written { |w| result = LibMemvid.memvid_MemvidStore_frame_text(@ptr, id, w) }
      Native.check(result.not_nil!)
      text
    end

    # A frame's metadata (memvid-core Frame as JSON::Any), by uri.
    def frame(uri : String) : JSON::Any
      f = Native.ok(LibMemvid.memvid_MemvidStore_frame_by_uri(@ptr, Native.sv(uri)))
      begin
        result = nil
        json = Native.written { |w| result = LibMemvid.memvid_MemvidFrame_to_json(f, w) }
        Native.check(result.not_nil!)
        JSON.parse(json)
      ensure
        LibMemvid.memvid_MemvidFrame_destroy(f)
      end
    end

    # Frames in time order.
    def timeline(limit : UInt64? = nil, reverse = false) : Array(TimelineEntry)
      q = LibMemvid.memvid_MemvidTimelineQuery_new
      begin
        limit.try { |l| Native.check(LibMemvid.memvid_MemvidTimelineQuery_set_limit(q, l)) }
        LibMemvid.memvid_MemvidTimelineQuery_set_reverse(q, reverse)
        tl = Native.ok(LibMemvid.memvid_MemvidStore_timeline(@ptr, q))
        begin
          Array(TimelineEntry).new(LibMemvid.memvid_MemvidTimeline_len(tl)) do |i|
            e = LibMemvid.memvid_MemvidTimeline_get(tl, i)
            begin
              TimelineEntry.new(LibMemvid.memvid_MemvidTimelineEntry_frame_id(e), LibMemvid.memvid_MemvidTimelineEntry_timestamp(e),
                Native.written { |w| LibMemvid.memvid_MemvidTimelineEntry_preview(e, w) })
            ensure
              LibMemvid.memvid_MemvidTimelineEntry_destroy(e)
            end
          end
        ensure
          LibMemvid.memvid_MemvidTimeline_destroy(tl)
        end
      ensure
        LibMemvid.memvid_MemvidTimelineQuery_destroy(q)
      end
    end

    # JSON API: memvid-core's SearchRequest in, its SearchResponse out.
    def search_json(request : String) : JSON::Any
      result = nil
      json = Native.written { |w| result = LibMemvid.memvid_MemvidStore_search_json(@ptr, Native.sv(request), w) }
      Native.check(result.not_nil!)
      JSON.parse(json)
    end

    # JSON API for every other feature: op names the call ("enrich", "memories", "ask",
    # "start_session", ...), the request is its JSON object, anything with #to_json (a Hash or
    # NamedTuple) or JSON text. The README's feature table lists every op; an unknown op or field
    # is MV206.
    def call(op : String, request = NamedTuple.new) : JSON::Any
      call(op, request.to_json)
    end

    # :ditto:
    def call(op : String, request : String) : JSON::Any
      result = nil
      json = Native.written { |w| result = LibMemvid.memvid_MemvidStore_call_json(@ptr, Native.sv(op), Native.sv(request), w) }
      Native.check(result.not_nil!)
      JSON.parse(json)
    end

    private def with_options(opts : PutOptions, &)
      o = opts.build
      begin
        yield o
      ensure
        LibMemvid.memvid_MemvidPutOptions_destroy(o)
      end
    end

    private def hits(results : LibMemvid::MemvidSearchResults*) : Array(Hit)
      Array(Hit).new(LibMemvid.memvid_MemvidSearchResults_len(results)) do |i|
        h = LibMemvid.memvid_MemvidSearchResults_get(results, i)
        begin
          Hit.new(LibMemvid.memvid_MemvidSearchHit_frame_id(h), LibMemvid.memvid_MemvidSearchHit_rank(h).to_u64,
            LibMemvid.memvid_MemvidSearchHit_score(h),
            Native.written { |w| LibMemvid.memvid_MemvidSearchHit_uri(h, w) },
            Native.written { |w| LibMemvid.memvid_MemvidSearchHit_title(h, w) },
            Native.written { |w| LibMemvid.memvid_MemvidSearchHit_text(h, w) })
        ensure
          LibMemvid.memvid_MemvidSearchHit_destroy(h)
        end
      end
    ensure
      LibMemvid.memvid_MemvidSearchResults_destroy(results)
    end
  end
end

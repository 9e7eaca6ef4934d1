# memvid for Ruby through the memvid-ffi C library (ruby-ffi).
#
#   Memvid::Memory.create("notes.mv2") do |mem|      # closes (and commits) at the end of the block
#     mem.put("Tomatoes need full sun.", title: "Tomatoes")
#     mem.commit
#     mem.find("tomatoes").each { |hit| puts "#{hit.frame_id} #{hit.title}" }
#   end
#
# Every other feature (sessions, memory cards, ask, tables, tickets, ...) is one call away:
# mem.call("ask", question: "..."), and Memvid.maintenance("verify", path: ...) for files by path;
# the ops and their JSON are in the README's feature table.
#
# Failures raise Memvid::Error with #code ("MV013"), #number (13), #name (:FileNotFound), #message.
# Native objects are released by the garbage collector (FFI::AutoPointer); #close releases the
# file at once. The library is loaded from $MEMVID_LIB, else libmemvid_ffi on the library path.
require "json"
require_relative "memvid/native"

module Memvid
  VERSION = "0.1.0"

  # Every failure of the library.
  class Error < StandardError
    attr_reader :number, :code, :name

    def initialize(number, message)
      @number = number
      @code = format("MV%03d", number)
      @name = Native::MemvidErrorCode.key(number) || :Unknown
      super("#{@code}: #{message}")
    end
  end

  Hit = Struct.new(:frame_id, :rank, :score, :uri, :title, :text, keyword_init: true)
  TimelineEntry = Struct.new(:frame_id, :timestamp, :preview, keyword_init: true)

  # Helpers shared by the wrappers: strings, vectors, written text, results.
  module Call
    module_function

    # A string view over a C copy of str; the copy lives as long as the view.
    def sv(str)
      bytes = str.to_s.b
      mem = FFI::MemoryPointer.new(:uint8, [bytes.bytesize, 1].max)
      mem.put_bytes(0, bytes)
      view = Native::DiplomatStringView.new
      view[:data] = mem
      view[:len] = bytes.bytesize
      view.instance_variable_set(:@keep, mem)
      view
    end

    def f32(values)
      mem = FFI::MemoryPointer.new(:float, [values.size, 1].max)
      mem.put_array_of_float(0, values.map(&:to_f))
      view = Native::DiplomatF32View.new
      view[:data] = mem
      view[:len] = values.size
      view.instance_variable_set(:@keep, mem)
      view
    end

    # Calls the block with a write buffer; returns [text, block result].
    def written
      w = Native.diplomat_buffer_write_create(64)
      result = yield w
      text = Native.diplomat_buffer_write_get_bytes(w).read_bytes(Native.diplomat_buffer_write_len(w))
      [text.force_encoding(Encoding::UTF_8), result]
    ensure
      Native.diplomat_buffer_write_destroy(w) if w
    end

    # The ok value of a result struct (nil when it has none), or raises its error.
    def check(result)
      union = result[:u]
      return (union.members.include?(:ok) ? union[:ok] : nil) if result[:is_ok]

      err = union[:err]
      number = Native.memvid_MemvidError_code(err)
      message, = written { |w| Native.memvid_MemvidError_message(err, w) }
      Native.memvid_MemvidError_destroy(err)
      raise Error.new(number, message)
    end

    def owned(ptr, destroy)
      FFI::AutoPointer.new(ptr, Native.method(destroy))
    end

    # The JSON the block writes (given a write buffer), parsed with symbol keys; raises the
    # error of the block's result.
    def json_call(&block)
      text, r = written(&block)
      check(r)
      JSON.parse(text, symbolize_names: true)
    end
  end

  # The binding and memvid-core versions.
  def self.version
    Call.written { |w| Native.memvid_MemvidVersion_describe(w) }.first
  end

  # JSON API for files by path, closed (not open for writing): op is "verify", "doctor_plan",
  # "doctor", "doctor_apply", "lock_holder", "check_single_file", "lock" or "unlock", the request a
  # Hash and/or keywords; returns the result with symbol keys, e.g.
  # Memvid.maintenance("verify", path: "notes.mv2")[:overall_status]. See the README's feature table.
  def self.maintenance(op, request = {}, **fields)
    json = JSON.generate(request.merge(fields))
    Call.json_call { |w| Native.memvid_MemvidMaintenance_call_json(Call.sv(op), Call.sv(json), w) }
  end

  # An open memory file (.mv2). Writes become durable and searchable at #commit; #close commits
  # what is pending.
  class Memory
    include Call
    MODES = { lex: 0, vec: 1, hybrid: 2 }.freeze
    SYNTAXES = { plain: 0, operators: 1 }.freeze

    attr_reader :path

    # Creates a new memory file (MV209 if a file exists there); with a block, closes it after.
    def self.create(path, &block)
      wrap(Call.check(Native.memvid_MemvidStore_create(Call.sv(path))), path, &block)
    end

    # Opens an existing memory file, for writing unless read_only.
    def self.open(path, read_only: false, &block)
      fn = read_only ? :memvid_MemvidStore_open_read_only : :memvid_MemvidStore_open
      wrap(Call.check(Native.public_send(fn, Call.sv(path))), path, &block)
    end

    def self.wrap(ptr, path)
      mem = new(Call.owned(ptr, :memvid_MemvidStore_destroy), path)
      return mem unless block_given?

      begin
        yield mem
      ensure
        mem.close
      end
    end
    private_class_method :wrap

    def initialize(ptr, path)
      @ptr = ptr
      @path = path
    end

    # Commits pending writes and releases the file (closing twice is fine).
    def close
      check(Native.memvid_MemvidStore_close(@ptr))
      nil
    end

    def closed?
      Native.memvid_MemvidStore_is_closed(@ptr)
    end

    # Puts a text document; returns its frame id.
    def put(text, title: nil, uri: nil, kind: nil, track: nil, tags: [], labels: [], metadata: {}, timestamp: nil,
            embedding: nil)
      opts = put_options(title: title, uri: uri, kind: kind, track: track, tags: tags, labels: labels,
                         metadata: metadata, timestamp: timestamp)
      if embedding
        check(Native.memvid_MemvidStore_put_text_with_embedding(@ptr, sv(text), f32(embedding), opts))
      else
        check(Native.memvid_MemvidStore_put_text(@ptr, sv(text), opts))
      end
    end

    # Puts documents (strings, or hashes with :text and #put's keywords) in one batch; returns
    # their frame ids.
    def put_many(docs)
      batch = owned(Native.memvid_MemvidPutBatch_new, :memvid_MemvidPutBatch_destroy)
      docs.each do |doc|
        doc = { text: doc } if doc.is_a?(String)
        opts = put_options(**doc.reject { |k, _| %i[text embedding].include?(k) })
        if doc[:embedding]
          check(Native.memvid_MemvidPutBatch_add_text_with_embedding(batch, sv(doc[:text]), f32(doc[:embedding]), opts))
        else
          check(Native.memvid_MemvidPutBatch_add_text(batch, sv(doc[:text]), opts))
        end
      end
      ids = owned(check(Native.memvid_MemvidStore_put_many(@ptr, batch)), :memvid_MemvidFrameIds_destroy)
      Array.new(Native.memvid_MemvidFrameIds_len(ids)) { |i| Native.memvid_MemvidFrameIds_get(ids, i)[:u][:ok] }
    end

    # Makes pending writes durable and searchable.
    def commit
      check(Native.memvid_MemvidStore_commit(@ptr))
      nil
    end

    # Deletes a frame (effective at commit).
    def delete(frame_id)
      check(Native.memvid_MemvidStore_delete_frame(@ptr, frame_id))
      nil
    end

    # Searches; mode: :lex, :vec or :hybrid (the last two need embedding:).
    # syntax: :plain (default) reads the query as plain text: every word must appear (and, or,
    # not are words too), "double quotes" make a phrase, no text is a syntax error; :operators
    # is memvid's AND, OR, NOT, parentheses, tag:/uri:/date: fields and * wildcards (malformed:
    # MV120).
    def find(query, mode: :lex, syntax: :plain, k: 10, snippet_chars: nil, embedding: nil, scope: nil, uri: nil)
      raise ArgumentError, "mode must be :lex, :vec or :hybrid" unless MODES.key?(mode)
      raise ArgumentError, "syntax must be :plain or :operators" unless SYNTAXES.key?(syntax)

      o = owned(Native.memvid_MemvidFindOptions_new, :memvid_MemvidFindOptions_destroy)
      Native.memvid_MemvidFindOptions_set_mode(o, MODES[mode])
      Native.memvid_MemvidFindOptions_set_syntax(o, SYNTAXES[syntax])
      check(Native.memvid_MemvidFindOptions_set_k(o, k))
      Native.memvid_MemvidFindOptions_set_snippet_chars(o, snippet_chars) if snippet_chars
      check(Native.memvid_MemvidFindOptions_set_query_embedding(o, f32(embedding))) if embedding
      check(Native.memvid_MemvidFindOptions_set_scope(o, sv(scope))) if scope
      check(Native.memvid_MemvidFindOptions_set_uri(o, sv(uri))) if uri
      hits(check(Native.memvid_MemvidStore_find(@ptr, sv(query), o)))
    end

    # The k stored embeddings nearest to embedding.
    def vec_search(embedding, k: 10)
      hits(check(Native.memvid_MemvidStore_vec_search(@ptr, f32(embedding), k)))
    end

    # memvid-core's complete Stats as a Hash with symbol keys.
    def stats
      json_call { |w| Native.memvid_MemvidStore_stats_json(@ptr, w) }
    end

    # What the handle holds: committed_frames, pending_frames, next_frame_id, vec_dimension, read_only.
    def state
      s = check(Native.memvid_MemvidStore_state(@ptr))
      s.members.to_h { |m| [m, s[m]] }
    end

    # A frame's metadata (memvid-core Frame, symbol keys) by id or uri.
    def frame(which)
      r = which.is_a?(String) ? Native.memvid_MemvidStore_frame_by_uri(@ptr, sv(which)) : Native.memvid_MemvidStore_frame(@ptr, which)
      f = owned(check(r), :memvid_MemvidFrame_destroy)
      json_call { |w| Native.memvid_MemvidFrame_to_json(f, w) }
    end

    # The text that was put, by frame id or uri.
    def frame_text(which)
      text, r = written do |w|
        if which.is_a?(String)
          Native.memvid_MemvidStore_frame_text_by_uri(@ptr, sv(which), w)
        else
          Native.memvid_MemvidStore_frame_text(@ptr, which, w)
        end
      end
      check(r)
      text
    end

    # Frames in time order.
    def timeline(limit: nil, since: nil, until_ts: nil, reverse: false)
      query = JSON.generate(limit: limit, since: since, until: until_ts, reverse: reverse)
      json_call { |w| Native.memvid_MemvidStore_timeline_json(@ptr, sv(query), w) }.map do |e|
        TimelineEntry.new(frame_id: e[:frame_id], timestamp: e[:timestamp], preview: e[:preview])
      end
    end

    # JSON API: memvid-core's SearchRequest (a Hash) in, its SearchResponse (symbol keys) out.
    def search_json(request)
      json_call { |w| Native.memvid_MemvidStore_search_json(@ptr, sv(JSON.generate(request)), w) }
    end

    # JSON API for every other feature: op names the call ("enrich", "memories", "ask",
    # "start_session", ...), the request is its JSON object as a Hash and/or keywords; returns the
    # result with symbol keys. The README's feature table lists every op; an unknown op or field
    # is MV206.
    def call(op, request = {}, **fields)
      json = JSON.generate(request.merge(fields))
      json_call { |w| Native.memvid_MemvidStore_call_json(@ptr, sv(op), sv(json), w) }
    end

    private

    def put_options(title: nil, uri: nil, kind: nil, track: nil, tags: [], labels: [], metadata: {}, timestamp: nil)
      o = owned(Native.memvid_MemvidPutOptions_new, :memvid_MemvidPutOptions_destroy)
      { title: title, uri: uri, kind: kind, track: track }.each do |key, value|
        check(Native.public_send(:"memvid_MemvidPutOptions_set_#{key}", o, sv(value))) if value
      end
      tags.each { |t| check(Native.memvid_MemvidPutOptions_add_tag(o, sv(t))) }
      labels.each { |l| check(Native.memvid_MemvidPutOptions_add_label(o, sv(l))) }
      metadata.each { |k, v| check(Native.memvid_MemvidPutOptions_set_metadata(o, sv(k.to_s), sv(v.to_s))) }
      Native.memvid_MemvidPutOptions_set_timestamp(o, timestamp) if timestamp
      o
    end

    def hits(ptr)
      results = owned(ptr, :memvid_MemvidSearchResults_destroy)
      Array.new(Native.memvid_MemvidSearchResults_len(results)) do |i|
        h = owned(Native.memvid_MemvidSearchResults_get(results, i), :memvid_MemvidSearchHit_destroy)
        Hit.new(frame_id: Native.memvid_MemvidSearchHit_frame_id(h), rank: Native.memvid_MemvidSearchHit_rank(h),
                score: Native.memvid_MemvidSearchHit_score(h),
                uri: written { |w| Native.memvid_MemvidSearchHit_uri(h, w) }.first,
                title: written { |w| Native.memvid_MemvidSearchHit_title(h, w) }.first,
                text: written { |w| Native.memvid_MemvidSearchHit_text(h, w) }.first)
      end
    end
  end
end

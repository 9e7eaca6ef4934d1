//! memvid for Zig through the memvid-ffi C library (@cImport of bindings/c).
//!
//!     var diag: memvid.Diagnostic = .{};
//!     var mem = try memvid.Memory.create("notes.mv2", &diag);
//!     defer mem.deinit(); // closes (and commits) if still open, then frees
//!     _ = try mem.put("Tomatoes need full sun.", .{ .title = "Tomatoes" }, &diag);
//!     try mem.commit(&diag);
//!     const hits = try mem.find(allocator, "tomatoes", .{}, &diag);
//!     defer memvid.freeHits(allocator, hits);
//!
//! Failures return `memvid.Error` (one error per stable code); pass a `*Diagnostic` to also
//! get the code number and memvid's message. Strings returned to the caller are allocated with
//! the allocator it passes and are the caller's to free.
//!
//! Features beyond the typed calls (sessions, memory cards, ask, tables, tickets, ...) are
//! reached by name with JSON through `Memory.call`, and maintenance of closed files through
//! `maintenance`.

const std = @import("std");
pub const codes = @import("codes.zig");
pub const Error = codes.Error;

pub const c = @cImport({
    @cInclude("MemvidError.h");
    @cInclude("MemvidFindOptions.h");
    @cInclude("MemvidFrame.h");
    @cInclude("MemvidFrameIds.h");
    @cInclude("MemvidMaintenance.h");
    @cInclude("MemvidPutBatch.h");
    @cInclude("MemvidPutOptions.h");
    @cInclude("MemvidSearchHit.h");
    @cInclude("MemvidSearchResults.h");
    @cInclude("MemvidStore.h");
    @cInclude("MemvidTimeline.h");
    @cInclude("MemvidTimelineEntry.h");
    @cInclude("MemvidTimelineQuery.h");
    @cInclude("MemvidVersion.h");
});

/// The details of the last failure: its code number and memvid's message.
pub const Diagnostic = struct {
    code: u32 = 0,
    buf: [512]u8 = undefined,
    len: usize = 0,

    /// The message (truncated to 512 bytes).
    pub fn message(self: *const Diagnostic) []const u8 {
        return self.buf[0..self.len];
    }

    /// "MVnnn".
    pub fn codeString(self: *const Diagnostic, out: *[5]u8) []const u8 {
        return std.fmt.bufPrint(out, "MV{d:0>3}", .{self.code}) catch unreachable;
    }
};

/// Collects what a DiplomatWrite function writes; the bytes live until `deinit`.
const Written = struct {
    w: *c.DiplomatWrite,

    fn init() Written {
        return .{ .w = c.diplomat_buffer_write_create(64) };
    }
    fn bytes(self: Written) []const u8 {
        const n = c.diplomat_buffer_write_len(self.w);
        if (n == 0) return "";
        return c.diplomat_buffer_write_get_bytes(self.w)[0..n];
    }
    fn deinit(self: Written) void {
        c.diplomat_buffer_write_destroy(self.w);
    }
};

/// Converts and frees a C error, filling `diag` if given.
fn fail(err: ?*c.MemvidError, diag: ?*Diagnostic) Error {
    const number = c.memvid_MemvidError_code(err);
    if (diag) |d| {
        const msg = Written.init();
        defer msg.deinit();
        c.memvid_MemvidError_message(err, msg.w);
        d.code = @intCast(number);
        d.len = @min(msg.bytes().len, d.buf.len);
        @memcpy(d.buf[0..d.len], msg.bytes()[0..d.len]);
    }
    c.memvid_MemvidError_destroy(err);
    return codes.fromCode(number);
}

/// The ok value of a C result struct, or its error.
fn check(r: anytype, diag: ?*Diagnostic) Error!OkType(@TypeOf(r)) {
    if (!r.is_ok) return fail(r.unnamed_0.err, diag);
    if (OkType(@TypeOf(r)) == void) return;
    return r.unnamed_0.ok;
}

fn OkType(comptime R: type) type {
    const U = @FieldType(R, "unnamed_0");
    return if (@hasField(U, "ok")) @FieldType(U, "ok") else void;
}

fn sv(s: []const u8) c.DiplomatStringView {
    return .{ .data = s.ptr, .len = s.len };
}

fn f32v(v: []const f32) c.DiplomatF32View {
    return .{ .data = v.ptr, .len = v.len };
}

/// Metadata of a put.
pub const PutOptions = struct {
    title: ?[]const u8 = null,
    uri: ?[]const u8 = null,
    kind: ?[]const u8 = null,
    track: ?[]const u8 = null,
    tags: []const []const u8 = &.{},
    labels: []const []const u8 = &.{},
    timestamp: ?i64 = null,
    embedding: ?[]const f32 = null,

    fn build(self: PutOptions, diag: ?*Diagnostic) Error!?*c.MemvidPutOptions {
        const o = c.memvid_MemvidPutOptions_new() orelse return Error.Internal;
        errdefer c.memvid_MemvidPutOptions_destroy(o);
        if (self.title) |v| try check(c.memvid_MemvidPutOptions_set_title(o, sv(v)), diag);
        if (self.uri) |v| try check(c.memvid_MemvidPutOptions_set_uri(o, sv(v)), diag);
        if (self.kind) |v| try check(c.memvid_MemvidPutOptions_set_kind(o, sv(v)), diag);
        if (self.track) |v| try check(c.memvid_MemvidPutOptions_set_track(o, sv(v)), diag);
        for (self.tags) |v| try check(c.memvid_MemvidPutOptions_add_tag(o, sv(v)), diag);
        for (self.labels) |v| try check(c.memvid_MemvidPutOptions_add_label(o, sv(v)), diag);
        if (self.timestamp) |t| c.memvid_MemvidPutOptions_set_timestamp(o, t);
        return o;
    }
};

/// One document of `putMany`.
pub const Doc = struct {
    text: []const u8,
    options: PutOptions = .{},
};

pub const Mode = enum(c_uint) { lex = c.MemvidFindMode_Lex, vec = c.MemvidFindMode_Vec, hybrid = c.MemvidFindMode_Hybrid };

/// The language of a `find` query. `plain` (the default) reads it as plain text: every word
/// must appear (`and`, `or`, `not` are words too), "double quotes" make a phrase, and no text
/// is a syntax error. `operators` is memvid's `AND`, `OR`, `NOT`, parentheses, `tag:`/`uri:`/
/// `date:` fields and `*` wildcards; a malformed query is `Error.InvalidQuery` (MV120).
pub const Syntax = enum(c_uint) { plain = c.MemvidQuerySyntax_Plain, operators = c.MemvidQuerySyntax_Operators };

/// How `find` searches.
pub const FindOptions = struct {
    mode: Mode = .lex,
    syntax: Syntax = .plain,
    k: u32 = 10,
    snippet_chars: ?u32 = null,
    embedding: ?[]const f32 = null,
    scope: ?[]const u8 = null,
    uri: ?[]const u8 = null,
};

/// One search hit; its strings belong to the allocator given to `find` (see `freeHits`).
pub const Hit = struct {
    frame_id: u64,
    rank: usize,
    score: f32,
    uri: []u8,
    title: []u8,
    text: []u8,
};

/// Frees the hits returned by `find` / `vecSearch`.
pub fn freeHits(allocator: std.mem.Allocator, hits: []Hit) void {
    for (hits) |h| {
        allocator.free(h.uri);
        allocator.free(h.title);
        allocator.free(h.text);
    }
    allocator.free(hits);
}

/// One timeline entry (no owned memory).
pub const TimelineEntry = struct { frame_id: u64, timestamp: i64 };

/// Which frames `timeline` lists.
pub const TimelineQuery = struct {
    limit: ?u64 = null,
    since: ?i64 = null,
    until: ?i64 = null,
    reverse: bool = false,
};

/// The binding and memvid-core versions, allocated with `allocator`.
pub fn version(allocator: std.mem.Allocator) ![]u8 {
    const w = Written.init();
    defer w.deinit();
    c.memvid_MemvidVersion_describe(w.w);
    return allocator.dupe(u8, w.bytes());
}

/// An open memory file (.mv2). Writes become durable and searchable at `commit`.
pub const Memory = struct {
    ptr: *c.MemvidStore,

    /// Creates a new memory file (error.AlreadyExists if a file exists there).
    pub fn create(path: []const u8, diag: ?*Diagnostic) Error!Memory {
        return .{ .ptr = (try check(c.memvid_MemvidStore_create(sv(path)), diag)).? };
    }

    /// Opens an existing memory file for writing.
    pub fn open(path: []const u8, diag: ?*Diagnostic) Error!Memory {
        return .{ .ptr = (try check(c.memvid_MemvidStore_open(sv(path)), diag)).? };
    }

    /// Opens an existing memory file for reading only.
    pub fn openReadOnly(path: []const u8, diag: ?*Diagnostic) Error!Memory {
        return .{ .ptr = (try check(c.memvid_MemvidStore_open_read_only(sv(path)), diag)).? };
    }

    /// Closes (committing pending writes) if still open, and frees the handle.
    pub fn deinit(self: *Memory) void {
        c.memvid_MemvidStore_destroy(self.ptr);
        self.* = undefined;
    }

    /// Commits pending writes and releases the file; the handle must still be deinit'ed.
    pub fn close(self: Memory, diag: ?*Diagnostic) Error!void {
        return check(c.memvid_MemvidStore_close(self.ptr), diag);
    }

    /// Puts a UTF-8 text document; returns its frame id.
    pub fn put(self: Memory, text: []const u8, options: PutOptions, diag: ?*Diagnostic) Error!u64 {
        const o = try options.build(diag);
        defer c.memvid_MemvidPutOptions_destroy(o);
        if (options.embedding) |e| {
            return check(c.memvid_MemvidStore_put_text_with_embedding(self.ptr, sv(text), f32v(e), o), diag);
        }
        return check(c.memvid_MemvidStore_put_text(self.ptr, sv(text), o), diag);
    }

    /// Puts documents in one batch; returns their frame ids (allocated with `allocator`).
    pub fn putMany(self: Memory, allocator: std.mem.Allocator, docs: []const Doc, diag: ?*Diagnostic) ![]u64 {
        const batch = c.memvid_MemvidPutBatch_new() orelse return Error.Internal;
        defer c.memvid_MemvidPutBatch_destroy(batch);
        for (docs) |doc| {
            const o = try doc.options.build(diag);
            defer c.memvid_MemvidPutOptions_destroy(o);
            if (doc.options.embedding) |e| {
                try check(c.memvid_MemvidPutBatch_add_text_with_embedding(batch, sv(doc.text), f32v(e), o), diag);
            } else {
                try check(c.memvid_MemvidPutBatch_add_text(batch, sv(doc.text), o), diag);
            }
        }
        const ids = (try check(c.memvid_MemvidStore_put_many(self.ptr, batch), diag)).?;
        defer c.memvid_MemvidFrameIds_destroy(ids);
        const out = try allocator.alloc(u64, c.memvid_MemvidFrameIds_len(ids));
        for (out, 0..) |*id, i| id.* = c.memvid_MemvidFrameIds_get(ids, i).unnamed_0.ok;
        return out;
    }

    /// Makes pending writes durable and searchable.
    pub fn commit(self: Memory, diag: ?*Diagnostic) Error!void {
        return check(c.memvid_MemvidStore_commit(self.ptr), diag);
    }

    /// Deletes a frame (effective at commit).
    pub fn delete(self: Memory, frame_id: u64, diag: ?*Diagnostic) Error!void {
        return check(c.memvid_MemvidStore_delete_frame(self.ptr, frame_id), diag);
    }

    /// Searches (the query is plain text unless `options.syntax` is `.operators`); free the
    /// result with `freeHits(allocator, hits)`.
    pub fn find(self: Memory, allocator: std.mem.Allocator, query: []const u8, options: FindOptions, diag: ?*Diagnostic) ![]Hit {
        const o = c.memvid_MemvidFindOptions_new() orelse return Error.Internal;
        defer c.memvid_MemvidFindOptions_destroy(o);
        c.memvid_MemvidFindOptions_set_mode(o, @intFromEnum(options.mode));
        c.memvid_MemvidFindOptions_set_syntax(o, @intFromEnum(options.syntax));
        try check(c.memvid_MemvidFindOptions_set_k(o, options.k), diag);
        if (options.snippet_chars) |n| c.memvid_MemvidFindOptions_set_snippet_chars(o, n);
        if (options.embedding) |e| try check(c.memvid_MemvidFindOptions_set_query_embedding(o, f32v(e)), diag);
        if (options.scope) |s| try check(c.memvid_MemvidFindOptions_set_scope(o, sv(s)), diag);
        if (options.uri) |u| try check(c.memvid_MemvidFindOptions_set_uri(o, sv(u)), diag);
        return collectHits(allocator, (try check(c.memvid_MemvidStore_find(self.ptr, sv(query), o), diag)).?);
    }

    /// The `k` stored embeddings nearest to `embedding`; free with `freeHits`.
    pub fn vecSearch(self: Memory, allocator: std.mem.Allocator, embedding: []const f32, k: u32, diag: ?*Diagnostic) ![]Hit {
        return collectHits(allocator, (try check(c.memvid_MemvidStore_vec_search(self.ptr, f32v(embedding), k), diag)).?);
    }

    fn collectHits(allocator: std.mem.Allocator, results: *c.MemvidSearchResults) ![]Hit {
        defer c.memvid_MemvidSearchResults_destroy(results);
        const hits = try allocator.alloc(Hit, c.memvid_MemvidSearchResults_len(results));
        var filled: usize = 0;
        errdefer freeHits(allocator, hits[0..filled]);
        for (hits, 0..) |*h, i| {
            const hit = c.memvid_MemvidSearchResults_get(results, i);
            defer c.memvid_MemvidSearchHit_destroy(hit);
            h.* = .{
                .frame_id = c.memvid_MemvidSearchHit_frame_id(hit),
                .rank = c.memvid_MemvidSearchHit_rank(hit),
                .score = c.memvid_MemvidSearchHit_score(hit),
                .uri = try dupWritten(allocator, c.memvid_MemvidSearchHit_uri, hit),
                .title = try dupWritten(allocator, c.memvid_MemvidSearchHit_title, hit),
                .text = try dupWritten(allocator, c.memvid_MemvidSearchHit_text, hit),
            };
            filled += 1;
        }
        return hits;
    }

    /// Storage statistics of the committed file.
    pub fn stats(self: Memory, diag: ?*Diagnostic) Error!c.MemvidStats {
        return check(c.memvid_MemvidStore_stats(self.ptr), diag);
    }

    /// What the handle holds now (committed and pending frames, vector dimension, read-only).
    pub fn state(self: Memory, diag: ?*Diagnostic) Error!c.MemvidState {
        return check(c.memvid_MemvidStore_state(self.ptr), diag);
    }

    /// The text that was put as frame `id`, allocated with `allocator`.
    pub fn frameText(self: Memory, allocator: std.mem.Allocator, id: u64, diag: ?*Diagnostic) ![]u8 {
        const w = Written.init();
        defer w.deinit();
        try check(c.memvid_MemvidStore_frame_text(self.ptr, id, w.w), diag);
        return allocator.dupe(u8, w.bytes());
    }

    /// The title of frame `id` (by uri: `frameTitleByUri`), allocated with `allocator`.
    pub fn frameTitle(self: Memory, allocator: std.mem.Allocator, id: u64, diag: ?*Diagnostic) ![]u8 {
        const frame = (try check(c.memvid_MemvidStore_frame(self.ptr, id), diag)).?;
        defer c.memvid_MemvidFrame_destroy(frame);
        return dupWritten(allocator, c.memvid_MemvidFrame_title, frame);
    }

    /// Frames in time order, allocated with `allocator`.
    pub fn timeline(self: Memory, allocator: std.mem.Allocator, query: TimelineQuery, diag: ?*Diagnostic) ![]TimelineEntry {
        const q = c.memvid_MemvidTimelineQuery_new() orelse return Error.Internal;
        defer c.memvid_MemvidTimelineQuery_destroy(q);
        if (query.limit) |l| try check(c.memvid_MemvidTimelineQuery_set_limit(q, l), diag);
        if (query.since) |s| c.memvid_MemvidTimelineQuery_set_since(q, s);
        if (query.until) |u| c.memvid_MemvidTimelineQuery_set_until(q, u);
        c.memvid_MemvidTimelineQuery_set_reverse(q, query.reverse);
        const tl = (try check(c.memvid_MemvidStore_timeline(self.ptr, q), diag)).?;
        defer c.memvid_MemvidTimeline_destroy(tl);
        const out = try allocator.alloc(TimelineEntry, c.memvid_MemvidTimeline_len(tl));
        for (out, 0..) |*e, i| {
            const entry = c.memvid_MemvidTimeline_get(tl, i);
            defer c.memvid_MemvidTimelineEntry_destroy(entry);
            e.* = .{ .frame_id = c.memvid_MemvidTimelineEntry_frame_id(entry), .timestamp = c.memvid_MemvidTimelineEntry_timestamp(entry) };
        }
        return out;
    }

    /// JSON API: memvid-core's SearchRequest in, its SearchResponse out (allocated).
    pub fn searchJson(self: Memory, allocator: std.mem.Allocator, request: []const u8, diag: ?*Diagnostic) ![]u8 {
        const w = Written.init();
        defer w.deinit();
        try check(c.memvid_MemvidStore_search_json(self.ptr, sv(request), w.w), diag);
        return allocator.dupe(u8, w.bytes());
    }

    /// JSON API for everything else: `op` names the call (update_frame, correct, put_file,
    /// frame, start_session, sessions, enrich, memories, add_memory_cards, export_facts,
    /// import_tables, ask, ticket, capacity, ...; see the README's feature table), `request` is
    /// its JSON object ("" means {}); returns the JSON result, allocated with `allocator`.
    /// An unknown op or request field is error.JsonShape (MV206).
    pub fn call(self: Memory, allocator: std.mem.Allocator, op: []const u8, request: []const u8, diag: ?*Diagnostic) ![]u8 {
        const w = Written.init();
        defer w.deinit();
        try check(c.memvid_MemvidStore_call_json(self.ptr, sv(op), sv(request), w.w), diag);
        return allocator.dupe(u8, w.bytes());
    }
};

/// JSON API for maintenance and encryption of a memory file by path, like `Memory.call`:
/// verify `{"path","deep"}` (a VerificationReport; "overall_status" is "passed" when the file is
/// sound), doctor_plan, doctor, doctor_apply, lock_holder `{"path"}`, check_single_file, and
/// lock / unlock `{"path","password","output"}`. The file must not be open for writing.
/// Returns the JSON result, allocated with `allocator`.
pub fn maintenance(allocator: std.mem.Allocator, op: []const u8, request: []const u8, diag: ?*Diagnostic) ![]u8 {
    const w = Written.init();
    defer w.deinit();
    try check(c.memvid_MemvidMaintenance_call_json(sv(op), sv(request), w.w), diag);
    return allocator.dupe(u8, w.bytes());
}

fn dupWritten(allocator: std.mem.Allocator, comptime getter: anytype, obj: anytype) ![]u8 {
    const w = Written.init();
    defer w.deinit();
    getter(obj, w.w);
    return allocator.dupe(u8, w.bytes());
}

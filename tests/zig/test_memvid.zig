//! The Zig suite: bindings/zig against the real library. Run by `cargo tool test` (zig test).
const std = @import("std");
const memvid = @import("memvid");
const testing = std.testing;

const docs = [_][2][]const u8{
    .{ "Rust", "Rust is a systems programming language focused on safety and speed." },
    .{ "WebAssembly", "WebAssembly runs compiled code inside browsers and Node.js." },
    .{ "Gardening", "Tomatoes need sunlight, water and patience to ripen in summer." },
};

fn axis(i: usize) [4]f32 {
    var v = [_]f32{ 0.05, 0.05, 0.05, 0.05 };
    v[i] = 1.0;
    return v;
}

/// A path in a fresh temporary directory (NUL-free slice, allocated).
fn tmpPath(tmp: *testing.TmpDir, name: []const u8) ![]u8 {
    return std.fmt.allocPrint(testing.allocator, ".zig-cache/tmp/{s}/{s}", .{ tmp.sub_path, name });
}

fn make(path: []const u8, vectors: bool) !memvid.Memory {
    var mem = try memvid.Memory.create(path, null);
    errdefer mem.deinit();
    for (docs, 0..) |d, i| {
        const v = axis(i);
        const id = try mem.put(d[1], .{ .title = d[0], .embedding = if (vectors) &v else null }, null);
        try testing.expectEqual(@as(u64, i), id);
    }
    try mem.commit(null);
    return mem;
}

fn expectCode(expected: memvid.Error, number: u32, result: anytype, diag: *memvid.Diagnostic) !void {
    if (result) |_| return error.TestExpectedError else |err| {
        try testing.expectEqual(expected, err);
        try testing.expectEqual(number, diag.code);
        try testing.expectEqual(number, memvid.codes.code(@errorCast(err)));
        try testing.expect(diag.message().len > 0);
    }
}

test "version" {
    const v = try memvid.version(testing.allocator);
    defer testing.allocator.free(v);
    try testing.expect(std.mem.indexOf(u8, v, "memvid-core 2.0.140") != null);
}

test "create, put, find, reopen" {
    var tmp = testing.tmpDir(.{});
    defer tmp.cleanup();
    const path = try tmpPath(&tmp, "round.mv2");
    defer testing.allocator.free(path);
    {
        var mem = try make(path, false);
        defer mem.deinit();
        const hits = try mem.find(testing.allocator, "tomatoes sunlight", .{}, null);
        defer memvid.freeHits(testing.allocator, hits);
        try testing.expectEqual(@as(usize, 1), hits.len);
        try testing.expectEqual(@as(u64, 2), hits[0].frame_id);
        try testing.expectEqualStrings("Gardening", hits[0].title);
        try testing.expect(hits[0].score > 0);
    }
    var ro = try memvid.Memory.openReadOnly(path, null);
    defer ro.deinit();
    try testing.expectEqual(@as(u64, 3), (try ro.stats(null)).frame_count);
    try testing.expect((try ro.state(null)).read_only);
    const text = try ro.frameText(testing.allocator, 1, null);
    defer testing.allocator.free(text);
    try testing.expectEqualStrings(docs[1][1], text);
    const title = try ro.frameTitle(testing.allocator, 2, null);
    defer testing.allocator.free(title);
    try testing.expectEqualStrings("Gardening", title);
    var diag: memvid.Diagnostic = .{};
    try expectCode(memvid.Error.ReadOnly, 204, ro.put("nope", .{}, &diag), &diag);
}

test "put many, timeline, delete" {
    var tmp = testing.tmpDir(.{});
    defer tmp.cleanup();
    const path = try tmpPath(&tmp, "many.mv2");
    defer testing.allocator.free(path);
    var mem = try memvid.Memory.create(path, null);
    defer mem.deinit();
    var texts: [200][40]u8 = undefined;
    var batch: [200]memvid.Doc = undefined;
    for (&batch, 0..) |*doc, i| {
        const t = try std.fmt.bufPrint(&texts[i], "batch doc {d} marker{d}z", .{ i, i });
        doc.* = .{ .text = t, .options = .{ .timestamp = 1000 + @as(i64, @intCast(i)) } };
    }
    const ids = try mem.putMany(testing.allocator, &batch, null);
    defer testing.allocator.free(ids);
    try testing.expectEqual(@as(usize, 200), ids.len);
    try testing.expectEqual(@as(u64, 199), ids[199]);
    try mem.commit(null);
    const hits = try mem.find(testing.allocator, "marker123z", .{}, null);
    defer memvid.freeHits(testing.allocator, hits);
    try testing.expectEqual(@as(usize, 1), hits.len);
    try testing.expectEqual(@as(u64, 123), hits[0].frame_id);
    const newest = try mem.timeline(testing.allocator, .{ .limit = 2, .reverse = true }, null);
    defer testing.allocator.free(newest);
    try testing.expectEqual(@as(u64, 199), newest[0].frame_id);
    try testing.expectEqual(@as(u64, 198), newest[1].frame_id);
    try mem.delete(123, null);
    try mem.commit(null);
    const gone = try mem.find(testing.allocator, "marker123z", .{}, null);
    defer memvid.freeHits(testing.allocator, gone);
    try testing.expectEqual(@as(usize, 0), gone.len);
}

test "query syntax: plain text by default, operators on request" {
    var tmp = testing.tmpDir(.{});
    defer tmp.cleanup();
    const path = try tmpPath(&tmp, "syntax.mv2");
    defer testing.allocator.free(path);
    var mem = try make(path, false);
    defer mem.deinit();
    const words = try mem.find(testing.allocator, "safety and speed", .{}, null);
    defer memvid.freeHits(testing.allocator, words);
    try testing.expectEqual(@as(usize, 1), words.len);
    try testing.expectEqual(@as(u64, 0), words[0].frame_id);
    const plain_or = try mem.find(testing.allocator, "rust OR tomatoes", .{ .syntax = .plain }, null);
    defer memvid.freeHits(testing.allocator, plain_or);
    try testing.expectEqual(@as(usize, 0), plain_or.len);
    const either = try mem.find(testing.allocator, "rust OR tomatoes", .{ .syntax = .operators }, null);
    defer memvid.freeHits(testing.allocator, either);
    try testing.expectEqual(@as(usize, 2), either.len);
    var seen = [_]bool{ false, false, false };
    for (either) |h| seen[h.frame_id] = true;
    try testing.expect(seen[0] and !seen[1] and seen[2]);
    var diag: memvid.Diagnostic = .{};
    try expectCode(memvid.Error.InvalidQuery, 120, mem.find(testing.allocator, "and", .{ .syntax = .operators }, &diag), &diag);
}

test "vector and hybrid search" {
    var tmp = testing.tmpDir(.{});
    defer tmp.cleanup();
    const path = try tmpPath(&tmp, "vec.mv2");
    defer testing.allocator.free(path);
    var mem = try make(path, true);
    defer mem.deinit();
    const q = axis(1);
    const near = try mem.vecSearch(testing.allocator, &q, 2, null);
    defer memvid.freeHits(testing.allocator, near);
    try testing.expectEqual(@as(u64, 1), near[0].frame_id);
    try testing.expectEqual(@as(u64, 0), near[1].frame_id);
    const fused = try mem.find(testing.allocator, "rust", .{ .mode = .hybrid, .embedding = &q }, null);
    defer memvid.freeHits(testing.allocator, fused);
    var seen = [_]bool{ false, false, false };
    for (fused) |h| seen[h.frame_id] = true;
    try testing.expect(seen[0] and seen[1]);
    var diag: memvid.Diagnostic = .{};
    try expectCode(memvid.Error.VecDimensionMismatch, 14, mem.vecSearch(testing.allocator, &[_]f32{ 1, 0 }, 2, &diag), &diag);
    try expectCode(memvid.Error.InvalidArgument, 202, mem.vecSearch(testing.allocator, &[_]f32{ std.math.nan(f32), 0, 0, 0 }, 2, &diag), &diag);
    try expectCode(memvid.Error.InvalidArgument, 202, mem.find(testing.allocator, "rust", .{ .mode = .vec }, &diag), &diag);
}

test "errors have codes" {
    var tmp = testing.tmpDir(.{});
    defer tmp.cleanup();
    var diag: memvid.Diagnostic = .{};
    const missing = try tmpPath(&tmp, "missing.mv2");
    defer testing.allocator.free(missing);
    try expectCode(memvid.Error.FileNotFound, 13, memvid.Memory.open(missing, &diag), &diag);
    var code_buf: [5]u8 = undefined;
    try testing.expectEqualStrings("MV013", diag.codeString(&code_buf));
    try tmp.dir.writeFile(testing.io, .{ .sub_path = "junk.mv2", .data = "j" ** 8192 });
    const junk = try tmpPath(&tmp, "junk.mv2");
    defer testing.allocator.free(junk);
    try expectCode(memvid.Error.CorruptFile, 12, memvid.Memory.open(junk, &diag), &diag);
    try expectCode(memvid.Error.AlreadyExists, 209, memvid.Memory.create(junk, &diag), &diag);
    const path = try tmpPath(&tmp, "errs.mv2");
    defer testing.allocator.free(path);
    var mem = try make(path, false);
    defer mem.deinit();
    try expectCode(memvid.Error.Locked, 7, memvid.Memory.open(path, &diag), &diag);
    try expectCode(memvid.Error.InvalidQuery, 120, mem.find(testing.allocator, "", .{}, &diag), &diag);
    try expectCode(memvid.Error.InvalidUtf8, 201, mem.put("caf\xc3", .{}, &diag), &diag);
    try expectCode(memvid.Error.JsonSyntax, 205, mem.searchJson(testing.allocator, "{", &diag), &diag);
    try mem.close(null);
    try expectCode(memvid.Error.HandleClosed, 203, mem.commit(&diag), &diag);
}

/// Parses a JSON result into `T`, ignoring the fields `T` leaves out.
fn parseJson(comptime T: type, text: []const u8) !std.json.Parsed(T) {
    return std.json.parseFromSlice(T, testing.allocator, text, .{ .ignore_unknown_fields = true });
}

test "call and maintenance (JSON API)" {
    var tmp = testing.tmpDir(.{});
    defer tmp.cleanup();
    const path = try tmpPath(&tmp, "calls.mv2");
    defer testing.allocator.free(path);
    var mem = try memvid.Memory.create(path, null);
    defer mem.deinit();
    _ = try mem.put("I work at Acme Robotics.", .{}, null);
    try mem.commit(null);
    const enriched = try mem.call(testing.allocator, "enrich", "", null);
    defer testing.allocator.free(enriched);
    const e = try parseJson(struct { cards: u64 }, enriched);
    defer e.deinit();
    try testing.expect(e.value.cards >= 1);
    const memories = try mem.call(testing.allocator, "memories", "{\"entity\":\"user\",\"slot\":\"employer\"}", null);
    defer testing.allocator.free(memories);
    const cards = try parseJson([]struct { value: []const u8 }, memories);
    defer cards.deinit();
    try testing.expectEqual(@as(usize, 1), cards.value.len);
    try testing.expect(std.mem.indexOf(u8, cards.value[0].value, "Acme") != null);
    const answer = try mem.call(testing.allocator, "ask", "{\"question\":\"Acme\",\"context_only\":true}", null);
    defer testing.allocator.free(answer);
    const a = try parseJson(struct { retrieval: struct { hits: []std.json.Value } }, answer);
    defer a.deinit();
    try testing.expect(a.value.retrieval.hits.len > 0);
    var diag: memvid.Diagnostic = .{};
    try expectCode(memvid.Error.JsonShape, 206, mem.call(testing.allocator, "no_such_op", "", &diag), &diag);
    try mem.close(null);
    const request = try std.fmt.allocPrint(testing.allocator, "{f}", .{std.json.fmt(.{ .path = path }, .{})});
    defer testing.allocator.free(request);
    const report = try memvid.maintenance(testing.allocator, "verify", request, null);
    defer testing.allocator.free(report);
    const r = try parseJson(struct { overall_status: []const u8 }, report);
    defer r.deinit();
    try testing.expectEqualStrings("passed", r.value.overall_status);
}

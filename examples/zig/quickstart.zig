//! quickstart: create a memory, put notes, commit, search, print the hits.
//!   cargo tool build && python3 -m ziglang run --dep memvid -Mroot=examples/zig/quickstart.zig \
//!     -Ibindings/c -Mmemvid=bindings/zig/src/memvid.zig -lc -Ltarget/debug -lmemvid_ffi \
//!     -rpath target/debug -- /tmp/notes.mv2
//! (or add the bindings/zig package to your build.zig.zon and import the "memvid" module)
const std = @import("std");
const memvid = @import("memvid");

const notes = [_][2][]const u8{
    .{ "Rust ownership", "Every value in Rust has a single owner; it is dropped when the owner goes out of scope." },
    .{ "WebAssembly", "WebAssembly is a portable binary format that runs in browsers and in Node.js." },
    .{ "memvid", "memvid keeps documents, a full-text index and vectors together in one .mv2 file." },
};

pub fn main(init: std.process.Init) !void {
    var args = std.process.Args.Iterator.init(init.minimal.args);
    _ = args.skip();
    const path = args.next() orelse {
        std.debug.print("usage: quickstart <new-file.mv2> [query]\n", .{});
        std.process.exit(2);
    };
    const query = args.next() orelse "portable binary";

    var diag: memvid.Diagnostic = .{};
    var mem = memvid.Memory.create(path, &diag) catch |err| {
        var code: [5]u8 = undefined; // e.g. MV209 (error.AlreadyExists) when the file exists
        std.debug.print("{s} ({t}): {s}\n", .{ diag.codeString(&code), err, diag.message() });
        std.process.exit(1);
    };
    defer mem.deinit(); // closes (committing anything pending) and frees
    for (notes) |n| {
        const id = try mem.put(n[1], .{ .title = n[0] }, &diag);
        std.debug.print("put frame {d}: {s}\n", .{ id, n[0] });
    }
    try mem.commit(&diag); // puts become durable and searchable here

    const hits = try mem.find(init.gpa, query, .{ .k = 3 }, &diag);
    defer memvid.freeHits(init.gpa, hits);
    std.debug.print("\nfind \"{s}\": {d} hit(s)\n", .{ query, hits.len });
    for (hits) |h| std.debug.print("  #{d} frame {d}  score {d:.3}  {s}\n", .{ h.rank, h.frame_id, h.score, h.title });
    if (hits.len == 0) std.process.exit(1);
}

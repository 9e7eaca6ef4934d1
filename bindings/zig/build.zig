//! The Zig package: a module "memvid" over the C library. Use it from another build.zig with
//! `b.dependency("memvid", .{ .@"memvid-include" = ..., .@"memvid-lib" = ... }).module("memvid")`.
//! Defaults point at this checkout's bindings/c and target/debug.
const std = @import("std");

pub fn build(b: *std.Build) void {
    const target = b.standardTargetOptions(.{});
    const optimize = b.standardOptimizeOption(.{});
    const include = b.option([]const u8, "memvid-include", "directory of the memvid C headers") orelse
        b.pathFromRoot("../c");
    const lib_dir = b.option([]const u8, "memvid-lib", "directory of libmemvid_ffi") orelse
        b.pathFromRoot("../../target/debug");

    const mod = b.addModule("memvid", .{
        .root_source_file = b.path("src/memvid.zig"),
        .target = target,
        .optimize = optimize,
        .link_libc = true,
    });
    mod.addIncludePath(.{ .cwd_relative = include });
    mod.addLibraryPath(.{ .cwd_relative = lib_dir });
    mod.addRPath(.{ .cwd_relative = lib_dir });
    mod.linkSystemLibrary("memvid_ffi", .{});
}

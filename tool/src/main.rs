//! `cargo tool <command>`: the project's own command (a cargo alias, see .cargo/config.toml).
//!
//!   gen [--check]   regenerate bindings/{c,cpp,dart,js} and the README error table,
//!                   or check that the committed ones are current
//!   build           build the library (target/debug/libmemvid_ffi.{so,a})
//!   test [NAME..]   run every suite and language wrapper (or the named ones); one result
//!                   line each (--require-all: a language whose toolchain is missing fails)
//!   demo            build, create a memory under target/, put, find, print (examples/c)
//!   setup           install every language toolchain (Debian: apt, pip, rustup target)
//!   bench [flags]   the benchmark: every path against native memvid-core (tool/src/bench.rs;
//!                   --docs N --queries N --batch N --stats-calls N --open-close N --runs N
//!                   --sdk-runs N --only c,go,... --publish to copy the report to docs/)
//!   bench --scaling [flags]   commit cost and file size as a memory grows, this binding's
//!                   memvid-core against the published one (tool/src/scaling.rs; --sizes
//!                   1000,5000,20000 --cycles N --growth N --publish)
//!   bench --search [flags]    instructions per query (exact vector search, lexical find), this
//!                   binding's memvid-core against the published one (tool/src/search_bench.rs;
//!                   --docs 2000 --queries 200 --publish)
//!   install --prefix DIR   release build installed with headers, memvid.pc and a CMake package
//!   docs            the API reference in target/docs (Doxygen for C and C++, rustdoc)
//!   wasm            build the bridge for wasm32-wasip1 (JS bindings), with the wasm patches

mod bench;
mod cc;
mod dart;
mod decls;
mod docs;
mod gen;
mod install;
mod langs;
mod scaling;
mod search_bench;
mod suites;
mod vendor;
mod wasm;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::sync::OnceLock;

/// A failed step, with the message to show.
#[derive(Debug)]
pub struct Failure(pub String);

/// The workspace root (the tool crate sits one level below it).
pub fn root() -> &'static Path {
    static ROOT: OnceLock<PathBuf> = OnceLock::new();
    ROOT.get_or_init(|| {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .expect("tool/ has a parent")
            .to_path_buf()
    })
}

/// The one target dir shared by every step and suite.
pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| root().join("target"))
}

/// Where cargo puts the library (debug build; bench and install use `target_dir()/release`).
pub fn lib_dir() -> PathBuf {
    target_dir().join("debug")
}

/// Runs a command and returns its standard output; fails with `what` and its standard error if
/// it does not exit 0.
pub fn output(cmd: &mut Command, what: &str) -> Result<String, Failure> {
    let out = cmd.output().map_err(|e| Failure(format!("{what}: could not start {:?}: {e}", cmd.get_program())))?;
    if !out.status.success() {
        return Err(Failure(format!("{what}: {} {}", out.status, String::from_utf8_lossy(&out.stderr).trim())));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Runs a command with inherited output; fails with `what` if it does not exit 0.
pub fn run(cmd: &mut Command, what: &str) -> Result<(), Failure> {
    let status = cmd
        .status()
        .map_err(|e| Failure(format!("{what}: could not start {:?}: {e}", cmd.get_program())))?;
    if status.success() {
        Ok(())
    } else {
        Err(Failure(format!("{what}: {status}")))
    }
}

/// Builds the bridge crate (cdylib + staticlib) into the shared target dir.
pub fn build_library() -> Result<(), Failure> {
    run(
        Command::new(env!("CARGO")).current_dir(root()).args(["build", "--quiet", "-p", "memvid-ffi"]),
        "cargo build -p memvid-ffi",
    )
}

/// Builds the library in release mode (what is installed, and what the bench's language paths
/// load).
pub fn build_release_library() -> Result<(), Failure> {
    run(
        Command::new(env!("CARGO")).current_dir(root()).args(["build", "--quiet", "--release", "-p", "memvid-ffi"]),
        "cargo build --release -p memvid-ffi",
    )
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flag = |f: &str| args.iter().any(|a| a == f);
    let result = match args.first().map(String::as_str) {
        Some("gen") => gen::run(flag("--check")),
        Some("build") => build_library().map(|()| println!("built {}", lib_dir().display())),
        Some("test") => {
            let names: Vec<&str> = args[1..].iter().map(String::as_str).filter(|a| !a.starts_with("--")).collect();
            suites::run_all(flag("--require-all"), &names)
        }
        Some("setup") => langs::setup(),
        Some("bench") if args.get(1).is_some_and(|a| a == "--scaling") => scaling::run_scaling(&args[2..]),
        Some("bench") if args.get(1).is_some_and(|a| a == "--search") => search_bench::run_search(&args[2..]),
        Some("bench") => bench::run_bench(&args[1..]),
        Some("install") => install::install_command(&args[1..]),
        Some("wasm") => wasm::build().map(|_| ()),
        Some("demo") => suites::demo(),
        Some("docs") => docs::run_command(),
        _ => {
            eprintln!("usage: cargo tool <gen [--check] | build | test [--require-all] [NAME..] | demo | bench [flags] | install --prefix DIR | docs | setup | wasm>");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure(message)) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

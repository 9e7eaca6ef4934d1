//! `cargo tool test` and `cargo tool demo`.
//!
//! Suites run in order against one build of the library; each prints its own closing
//! `N passed, N failed` line, and the run ends with one line per suite and a total.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::cc::{self, Lang};
use crate::langs::{self, Outcome};
use crate::{build_library, dart, docs, gen, install, output, root, run, vendor, wasm, Failure};

type Suite = (&'static str, fn() -> Result<(), Failure>);

const SUITES: [Suite; 15] = [
    ("generated", || gen::run(true)),
    ("vendor", vendor::check),
    ("versions", install::check_versions),
    ("rust", rust),
    ("integrity", integrity),
    ("headers", headers),
    ("dart", dart::check),
    ("c", || programs(Lang::C, &PLAIN)),
    ("cpp", || programs(Lang::Cpp, &PLAIN)),
    ("memcheck", memcheck),
    ("sanitizers", sanitizers),
    ("examples", examples),
    ("js", js),
    ("install", install_suite),
    ("docs", docs::run_command),
];

/// Every suite, then every language wrapper; with `only` non-empty, just the suites and languages
/// named there. With `require_all`, a language whose toolchain is missing fails instead of being
/// skipped.
pub fn run_all(require_all: bool, only: &[&str]) -> Result<(), Failure> {
    let known = SUITES.iter().map(|(name, _)| *name).chain(langs::LANGUAGES.iter().map(|l| l.name));
    let known: Vec<&str> = known.collect();
    if let Some(unknown) = only.iter().find(|name| !known.contains(name)) {
        return Err(Failure(format!("no suite or language named {unknown}; there are: {}", known.join(" "))));
    }
    let chosen = |name: &str| only.is_empty() || only.contains(&name);
    build_library()?;
    let mut outcomes: Vec<(&str, bool, String)> = Vec::new();
    for (name, suite) in SUITES.into_iter().filter(|(name, _)| chosen(name)) {
        println!("\n=== suite {name} ===");
        let outcome = suite();
        if let Err(Failure(message)) = &outcome {
            eprintln!("suite {name} failed: {message}");
        }
        outcomes.push((name, outcome.is_ok(), if outcome.is_ok() { "passed" } else { "FAILED" }.into()));
    }
    langs::write_build_tree_pkgconfig()?;
    for lang in langs::LANGUAGES.iter().filter(|l| chosen(l.name)) {
        println!("\n=== language {} ===", lang.name);
        let (ok, line) = match langs::run_language(lang) {
            Outcome::Ran { passed } => (true, format!("ran: {passed} tests passed, example ran")),
            Outcome::Skipped if require_all => (false, format!("FAILED: toolchain missing; install: {}", lang.install)),
            Outcome::Skipped => (true, format!("skipped: toolchain missing; install: {}", lang.install)),
            Outcome::Failed(message) => {
                eprintln!("{message}");
                (false, format!("FAILED: {message}"))
            }
        };
        outcomes.push((lang.name, ok, line));
    }
    println!("\n=== results ===");
    for (name, _, line) in &outcomes {
        println!("{name:<10} {line}");
    }
    let failed = outcomes.iter().filter(|(_, ok, _)| !ok).count();
    println!("suites: {} passed, {} failed", outcomes.len() - failed, failed);
    if failed == 0 {
        Ok(())
    } else {
        Err(Failure(format!("{failed} suite(s) failed")))
    }
}

fn rust() -> Result<(), Failure> {
    run(
        Command::new(env!("CARGO")).current_dir(root()).args(["test", "-p", "memvid-ffi"]),
        "cargo test -p memvid-ffi",
    )
}

/// The stress and corrupt-file tests in release mode, larger than the `rust` suite's slice of
/// each: 20 seeds × 3,000 random steps plus 3 memories of 8 threads × 375 steps, every committed
/// frame read back after reopen; 1,000 mutants of each of two base files plus a ~40 MB memory with
/// a damaged tail, each opened both ways in a child process (about 2.5 minutes here, since commits
/// are incremental; each once rewrote the file and this run took 28 minutes). A variable already
/// set wins, so `MEMVID_STRESS_STEPS=10000 cargo tool test integrity` runs longer sequences.
fn integrity() -> Result<(), Failure> {
    let mut cmd = Command::new(env!("CARGO"));
    cmd.current_dir(root())
        .args(["test", "--release", "-p", "memvid-ffi", "--test", "stress", "--test", "corrupt", "--"])
        .args(["--nocapture", "--test-threads=1"]);
    let sizes = [
        ("MEMVID_STRESS_SEEDS", "20"),
        ("MEMVID_STRESS_STEPS", "3000"),
        ("MEMVID_STRESS_THREAD_SEEDS", "3"),
        ("MEMVID_STRESS_THREAD_STEPS", "375"),
        ("MEMVID_CORRUPT_MUTANTS", "1000"),
        ("MEMVID_CORRUPT_LARGE_DOCS", "350"),
    ];
    for (name, value) in sizes {
        if std::env::var_os(name).is_none() {
            cmd.env(name, value);
        }
    }
    run(&mut cmd, "cargo test --release (stress, corrupt)")
}

/// Every generated C header as C11 and every C++ header as C++17, each on its own.
fn headers() -> Result<(), Failure> {
    let scratch = fresh_dir("headers")?;
    let mut checks = Vec::new();
    for (lang, ext) in [(Lang::C, "h"), (Lang::Cpp, "hpp")] {
        for header in files_with_extension(&lang.include_dir(), ext)? {
            checks.push(cc::check_header(lang, &header, &scratch));
        }
    }
    checks.push(cc::check_flat_declarations(&scratch));
    tally("headers", "header(s) do not compile on their own", checks)
}

/// Prints each failure and the closing `name: N passed, M failed` line; fails if any failed.
fn tally(name: &str, what_failed: &str, outcomes: Vec<Result<(), Failure>>) -> Result<(), Failure> {
    let failed = outcomes.iter().filter(|o| o.is_err()).count();
    for Failure(message) in outcomes.iter().filter_map(|o| o.as_ref().err()) {
        eprintln!("{message}");
    }
    println!("{name}: {} passed, {failed} failed", outcomes.len() - failed);
    if failed == 0 {
        Ok(())
    } else {
        Err(Failure(format!("{failed} {what_failed}")))
    }
}

/// The C and C++ test programs: the core API, and the rest of memvid (`test_features`).
const PROGRAM_SUITES: [(Lang, &str); 4] = [
    (Lang::C, "tests/c/test_memvid.c"),
    (Lang::C, "tests/c/test_features.c"),
    (Lang::Cpp, "tests/cpp/test_memvid.cpp"),
    (Lang::Cpp, "tests/cpp/test_features.cpp"),
];

/// Every program of one language, in one variant.
fn programs(lang: Lang, variant: &Variant) -> Result<(), Failure> {
    let outcomes = PROGRAM_SUITES.into_iter().filter(|(l, _)| *l == lang).map(|(lang, source)| program_suite(lang, source, variant)).collect();
    tally(if lang == Lang::C { "c" } else { "cpp" }, "program(s) failed", outcomes)
}

/// How a C or C++ suite program is built and run: extra compiler flags, a command to run it
/// under, and optionally the one test to run.
struct Variant {
    name: &'static str,
    flags: &'static [&'static str],
    runner: &'static [&'static str],
    only: Option<&'static str>,
}

const PLAIN: Variant = Variant { name: "plain", flags: &[], runner: &[], only: None };

/// Any memory error or definite leak fails the run.
const VALGRIND: Variant = Variant {
    name: "valgrind",
    flags: &[],
    runner: &["valgrind", "-q", "--leak-check=full", "--errors-for-leak-kinds=definite", "--error-exitcode=1"],
    only: None,
};

const ASAN: Variant = Variant {
    name: "asan",
    flags: &["-fsanitize=address,undefined", "-fno-omit-frame-pointer", "-fno-sanitize-recover=all"],
    runner: &[],
    only: None,
};

const TSAN: Variant =
    Variant { name: "tsan", flags: &["-fsanitize=thread"], runner: &[], only: Some("eight_threads_share_one_handle") };

/// Builds a test program and runs it in an empty scratch dir; the program prints its own results.
fn program_suite(lang: Lang, source: &str, variant: &Variant) -> Result<(), Failure> {
    let name = format!("{}-{}", suite_name(source), variant.name);
    let exe = root().join("target/suites/programs").join(&name);
    cc::build_program_with(lang, &[&root().join(source)], &exe, variant.flags)?;
    let scratch = fresh_dir(&name)?;
    let mut cmd = match variant.runner.split_first() {
        Some((runner, args)) => {
            let mut cmd = Command::new(runner);
            cmd.args(args).arg(&exe);
            cmd
        }
        None => Command::new(&exe),
    };
    cmd.arg(&scratch)
        .args(variant.only)
        .env("MEMVID_FIXTURES", root().join("tests/fixtures"))
        .env("ASAN_OPTIONS", "detect_leaks=1:abort_on_error=1")
        .env("UBSAN_OPTIONS", "print_stacktrace=1:halt_on_error=1")
        .env("TSAN_OPTIONS", format!("halt_on_error=1 suppressions={}", root().join("tests/c/tsan.supp").display()));
    run(&mut cmd, &format!("{name} suite"))
}

/// The C and C++ suites under valgrind.
fn memcheck() -> Result<(), Failure> {
    let outcomes = PROGRAM_SUITES.into_iter().map(|(lang, source)| program_suite(lang, source, &VALGRIND)).collect();
    tally("memcheck", "suite(s) failed under valgrind", outcomes)
}

/// The C and C++ suites built with AddressSanitizer + UndefinedBehaviorSanitizer (leak detection
/// on), and the C threads test with ThreadSanitizer. The Rust library itself is not instrumented:
/// these check the C ABI's contract as seen from the caller (ownership, frees, shared handles).
fn sanitizers() -> Result<(), Failure> {
    let mut outcomes: Vec<Result<(), Failure>> =
        PROGRAM_SUITES.into_iter().map(|(lang, source)| program_suite(lang, source, &ASAN)).collect();
    outcomes.push(program_suite(Lang::C, "tests/c/test_memvid.c", &TSAN));
    tally("sanitizers", "sanitized run(s) failed", outcomes)
}

/// `tests/c/test_features.c` -> `c-features`.
fn suite_name(source: &str) -> String {
    let path = Path::new(source);
    let dir = path.parent().and_then(Path::file_name).unwrap_or_default().to_string_lossy();
    let stem = path.file_stem().unwrap_or_default().to_string_lossy();
    format!("{dir}-{}", stem.trim_start_matches("test_"))
}

/// The npm package over the WebAssembly build: node --test (with a native peer for the
/// cross-checks), the TypeScript example type-checked, the JS example run.
fn js() -> Result<(), Failure> {
    wasm::build()?;
    let peer = root().join("target/suites/js/native_peer");
    cc::build_program(Lang::C, &[&root().join("tests/js/native_peer.c")], &peer)?;
    let example = root().join("examples/js");
    run(
        Command::new("npm").args(["install", "--no-audit", "--no-fund", "--loglevel=error"]).current_dir(&example),
        "npm install (examples/js)",
    )?;
    run(
        Command::new("node").args(["--no-warnings", "--test", "tests/js/"]).current_dir(root()).env("MEMVID_NATIVE_PEER", &peer),
        "node --test tests/js",
    )?;
    run(Command::new("npx").args(["tsc", "--noEmit", "-p", "."]).current_dir(&example), "tsc --noEmit (examples/js)")?;
    let memory = fresh_dir("js-example")?.join("example.mv2");
    run(
        Command::new("node").arg("--no-warnings").arg("quickstart.mjs").arg(&memory).current_dir(&example),
        "examples/js/quickstart.mjs",
    )?;
    println!("js: suite passed, TypeScript example type-checks, example ran");
    Ok(())
}

/// Every example builds and runs to a successful find.
fn examples() -> Result<(), Failure> {
    let outcomes = [(Lang::C, "examples/c/quickstart.c"), (Lang::Cpp, "examples/cpp/quickstart.cpp")]
        .into_iter()
        .map(|(lang, source)| run_example(lang, source))
        .collect();
    tally("examples", "example(s) failed", outcomes)
}

fn run_example(lang: Lang, source: &str) -> Result<(), Failure> {
    let stem = source.replace(['/', '.'], "-");
    let exe = root().join("target/suites/examples").join(&stem);
    cc::build_program(lang, &[&root().join(source)], &exe)?;
    let memory = fresh_dir(&stem)?.join("example.mv2");
    run(Command::new(&exe).arg(&memory), source)
}

/// Builds the C example and runs it on a new memory file under target/demo.
pub fn demo() -> Result<(), Failure> {
    build_library()?;
    let exe = root().join("target/demo/quickstart");
    cc::build_program(Lang::C, &[&root().join("examples/c/quickstart.c")], &exe)?;
    let memory = fresh_dir("demo-memory")?.join("demo.mv2");
    println!("memory file: {}\n", memory.display());
    run(Command::new(&exe).arg(&memory), "examples/c/quickstart")
}

fn fresh_dir(name: &str) -> Result<PathBuf, Failure> {
    let dir = root().join("target/scratch").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).map_err(|e| Failure(format!("{}: {e}", dir.display())))?;
    Ok(dir)
}

fn files_with_extension(dir: &Path, ext: &str) -> Result<Vec<PathBuf>, Failure> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| Failure(format!("{}: {e}", dir.display())))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == ext))
        .collect();
    files.sort();
    Ok(files)
}

/// `cargo tool install` into a fresh prefix, then consumers that see nothing but what was
/// installed: a C program built from `pkg-config --cflags --libs memvid`, and a CMake project
/// (tests/install/cmake) that uses `find_package(memvid)` for the C++ wrapper and the static
/// library. Each creates a memory, puts, commits and checks a find result.
fn install_suite() -> Result<(), Failure> {
    let work = root().join("target/install-test");
    let _ = std::fs::remove_dir_all(&work);
    let prefix = work.join("prefix");
    install::install(&prefix)?;
    let lib = prefix.join("lib");

    let flags = output(
        Command::new("pkg-config").args(["--cflags", "--libs", "memvid"]).env("PKG_CONFIG_PATH", lib.join("pkgconfig")),
        "pkg-config --cflags --libs memvid",
    )?;
    let exe = work.join("find_pkgconfig");
    run(
        Command::new("cc").args(["-std=c11", "-Wall", "-Werror"]).arg(root().join("tests/install/find.c")).args(flags.split_whitespace()).arg("-o").arg(&exe),
        "cc with pkg-config's flags",
    )?;
    let dynamic = output(Command::new("readelf").arg("-d").arg(&exe), "readelf -d")?;
    let soname = format!("libmemvid_ffi.so.{}", install::abi());
    if !dynamic.contains(&format!("[{soname}]")) {
        return Err(Failure(format!("{} does not depend on {soname}", exe.display())));
    }
    run(Command::new(&exe).arg(work.join("pkgconfig.mv2")).env("LD_LIBRARY_PATH", &lib), "the pkg-config program")?;

    run(
        Command::new("cmake")
            .arg("-S")
            .arg(root().join("tests/install/cmake"))
            .arg("-B")
            .arg(work.join("cmake"))
            .arg(format!("-DCMAKE_PREFIX_PATH={}", prefix.display()))
            .arg("-DCMAKE_BUILD_TYPE=Release"),
        "cmake configure (find_package(memvid))",
    )?;
    run(Command::new("cmake").arg("--build").arg(work.join("cmake")), "cmake --build")?;
    // No LD_LIBRARY_PATH: the shared library is found through the RPATH CMake records.
    for program in ["find_cpp", "find_static"] {
        run(
            Command::new(work.join("cmake").join(program)).arg(work.join(format!("{program}.mv2"))).env_remove("LD_LIBRARY_PATH"),
            program,
        )?;
    }
    println!("install: 3 passed, 0 failed");
    Ok(())
}

//! The language wrappers over the C library: their suites, examples and toolchain installs.
//!
//! A language whose toolchain is missing is skipped with the command that installs it, unless
//! `--require-all` is given (CI), which makes a skip a failure.

use std::path::Path;
use std::process::{Command, Stdio};

use crate::{lib_dir, root, run, Failure};

pub struct Language {
    pub name: &'static str,
    /// The directories the suite and the example run in (relative to the repository root).
    dir: &'static str,
    example_dir: &'static str,
    /// A command that succeeds when the toolchain is present.
    probe: &'static [&'static str],
    /// The one command that installs the toolchain on Debian.
    pub install: &'static str,
    /// The suite's command; `{lib}` stands for the directory of the built library.
    test: &'static [&'static str],
    /// The example's command; the new memory file's path is appended.
    example: &'static [&'static str],
}

pub const LANGUAGES: &[Language] = &[
    Language {
        name: "python",
        dir: ".",
        example_dir: ".",
        probe: &["python3", "--version"],
        install: "apt-get install -y python3",
        test: &["python3", "tests/python/test_memvid.py"],
        example: &["python3", "examples/python/quickstart.py"],
    },
    Language {
        name: "lua",
        dir: ".",
        example_dir: ".",
        probe: &["luajit", "-v"],
        install: "apt-get install -y luajit",
        test: &["luajit", "tests/lua/test_memvid.lua"],
        example: &["luajit", "examples/lua/quickstart.lua"],
    },
    Language {
        name: "php",
        dir: ".",
        example_dir: ".",
        probe: &["php", "-r", "exit(extension_loaded('ffi') ? 0 : 1);"],
        install: "apt-get install -y php-cli",
        test: &["php", "tests/php/test_memvid.php"],
        example: &["php", "examples/php/quickstart.php"],
    },
    Language {
        name: "go",
        dir: "tests/go",
        example_dir: "examples/go",
        probe: &["go", "version"],
        install: "apt-get install -y golang-go pkg-config",
        test: &["go", "test", "-race", "-v", "-count=1", "./..."],
        example: &["go", "run", "."],
    },
    Language {
        name: "ruby",
        dir: ".",
        example_dir: ".",
        probe: &["ruby", "-e", "require 'ffi'; require 'minitest'"],
        install: "apt-get install -y ruby ruby-ffi",
        test: &["ruby", "tests/ruby/test_memvid.rb"],
        example: &["ruby", "examples/ruby/quickstart.rb"],
    },
    Language {
        name: "zig",
        dir: ".",
        example_dir: ".",
        probe: &["python3", "-m", "ziglang", "version"],
        install: "python3 -m pip install ziglang==0.16.0",
        test: &[
            "python3", "-m", "ziglang", "test", "--dep", "memvid", "-Mroot=tests/zig/test_memvid.zig", "-Ibindings/c",
            "-Mmemvid=bindings/zig/src/memvid.zig", "-lc", "-L{lib}", "-lmemvid_ffi", "-rpath", "{lib}",
        ],
        example: &[
            "python3", "-m", "ziglang", "run", "--dep", "memvid", "-Mroot=examples/zig/quickstart.zig", "-Ibindings/c",
            "-Mmemvid=bindings/zig/src/memvid.zig", "-lc", "-L{lib}", "-lmemvid_ffi", "-rpath", "{lib}", "--",
        ],
    },
    Language {
        name: "crystal",
        dir: ".",
        example_dir: ".",
        probe: &["crystal", "--version"],
        install: "apt-get install -y crystal",
        test: &["crystal", "spec", "tests/crystal/memvid_spec.cr", "--link-flags", "-L{lib} -Wl,-rpath,{lib}"],
        example: &["crystal", "run", "examples/crystal/quickstart.cr", "--link-flags", "-L{lib} -Wl,-rpath,{lib}", "--"],
    },
];

/// apt packages and pip requirements for every language (`cargo tool setup`).
const APT_PACKAGES: &[&str] = &["gcc", "g++", "pkg-config", "valgrind", "clang", "wasi-libc", "binaryen", "python3", "luajit", "php-cli", "golang-go", "ruby", "ruby-ffi", "crystal", "cmake", "patchelf", "doxygen"];
const PIP_PACKAGES: &[&str] = &["ziglang==0.16.0", "tree-sitter==0.26.1", "tree-sitter-dart==0.1.0"];

pub fn setup() -> Result<(), Failure> {
    run(Command::new("apt-get").arg("update").arg("-qq"), "apt-get update")?;
    run(
        Command::new("apt-get").args(["install", "-y", "-qq"]).args(APT_PACKAGES).env("DEBIAN_FRONTEND", "noninteractive"),
        "apt-get install",
    )?;
    run(Command::new("python3").args(["-m", "pip", "install", "-q"]).args(PIP_PACKAGES), "pip install")?;
    run(Command::new("rustup").args(["target", "add", crate::wasm::TARGET]), "rustup target add wasm32-wasip1")
}

pub enum Outcome {
    Ran { passed: usize },
    Skipped,
    Failed(String),
}

/// Runs one language: its suite, then its example.
pub fn run_language(lang: &Language) -> Outcome {
    let present = Command::new(lang.probe[0])
        .args(&lang.probe[1..])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !present {
        return Outcome::Skipped;
    }
    let passed = match run_counting(lang, &format!("{} suite", lang.name)) {
        Ok(n) => n,
        Err(Failure(m)) => return Outcome::Failed(m),
    };
    let scratch = root().join("target/scratch");
    if let Err(e) = std::fs::create_dir_all(&scratch) {
        return Outcome::Failed(format!("{}: {e}", scratch.display()));
    }
    let memory = scratch.join(format!("{}-example.mv2", lang.name));
    let _ = std::fs::remove_file(&memory);
    let mut example = command(lang.example_dir, lang.example);
    example.arg(&memory);
    match run(&mut example, &format!("{} example", lang.name)) {
        Ok(()) => Outcome::Ran { passed },
        Err(Failure(m)) => Outcome::Failed(m),
    }
}

/// A language's command, told where the freshly built library, its declarations and its
/// pkg-config file are.
fn command(dir: &str, argv: &[&str]) -> Command {
    let lib = lib_dir().display().to_string();
    let mut cmd = Command::new(argv[0]);
    cmd.args(argv[1..].iter().map(|a| a.replace("{lib}", &lib)))
        .current_dir(root().join(dir))
        .env("MEMVID_LIB", lib_dir().join("libmemvid_ffi.so"))
        .env("MEMVID_DECLS", root().join("bindings/flat/memvid.h"))
        .env("LD_LIBRARY_PATH", lib_dir())
        .env("PKG_CONFIG_PATH", root().join("target/pkgconfig"))
        .env("GOFLAGS", "-mod=mod")
        .env("GOPROXY", "off");
    cmd
}

/// A `memvid.pc` for the build tree (headers in bindings/c, library in the target dir), so that
/// pkg-config users (Go's `#cgo pkg-config: memvid`) build against this checkout.
pub fn write_build_tree_pkgconfig() -> Result<(), Failure> {
    write_pkgconfig(&root().join("target/pkgconfig"), &lib_dir())
}

/// Writes `dir/memvid.pc` for the headers in bindings/c and the library in `lib`.
pub fn write_pkgconfig(dir: &Path, lib: &Path) -> Result<(), Failure> {
    std::fs::create_dir_all(dir).map_err(|e| Failure(format!("{}: {e}", dir.display())))?;
    let pc = format!(
        "Name: memvid\nDescription: memvid C API (memvid-ffi), build tree\nVersion: {}\n\
         Cflags: -I{}\nLibs: -L{} -lmemvid_ffi -Wl,-rpath,{}\n",
        env!("CARGO_PKG_VERSION"),
        root().join("bindings/c").display(),
        lib.display(),
        lib.display()
    );
    std::fs::write(dir.join("memvid.pc"), pc).map_err(|e| Failure(format!("memvid.pc: {e}")))
}

/// Runs a suite, echoing its output, and reads the pass count from its `N passed, M failed`
/// line, minitest's `N runs, ...` / crystal spec's `N examples, ...` (minus failures and errors),
/// zig test's `All N tests passed.`, or
/// go test -v's `--- PASS` lines.
fn run_counting(lang: &Language, what: &str) -> Result<usize, Failure> {
    let argv = lang.test;
    let output = command(lang.dir, argv)
        .output()
        .map_err(|e| Failure(format!("{what}: could not start {}: {e}", argv[0])))?;
    // zig test reports on stderr; both streams are read for the summary.
    let stdout = String::from_utf8_lossy(&output.stdout).to_string() + &String::from_utf8_lossy(&output.stderr);
    print!("{stdout}");
    if !output.status.success() {
        return Err(Failure(format!("{what}: {}", output.status)));
    }
    let go_passes = stdout.lines().filter(|l| l.trim_start().starts_with("--- PASS")).count();
    let number_before = |line: &str, word: &str| -> Option<usize> {
        line.split(", ").find_map(|part| part.strip_suffix(word)?.trim().parse().ok())
    };
    let minitest = stdout.lines().rev().find(|l| l.contains(" runs, ") || l.contains(" examples, ")).and_then(|l| {
        let total = number_before(l, " runs").or_else(|| number_before(l, " examples"))?;
        Some(total - number_before(l, " failures")? - number_before(l, " errors")?)
    });
    stdout
        .lines()
        .rev()
        .find_map(|l| l.split_once(" passed,").and_then(|(head, _)| head.rsplit(' ').next()?.parse().ok()))
        .or(minitest)
        .or_else(|| stdout.lines().find_map(|l| l.trim().strip_prefix("All ")?.strip_suffix(" tests passed.")?.parse().ok()))
        .or((go_passes > 0).then_some(go_passes))
        .ok_or_else(|| Failure(format!("{what}: no `N passed, M failed` line in its output")))
}

//! Compiling and running the C and C++ programs (tests, header checks, examples) against the
//! library in the shared target dir.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::{lib_dir, root, run, Failure};

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    C,
    Cpp,
}

impl Lang {
    fn compiler(self) -> String {
        let (var, default) = match self {
            Lang::C => ("CC", "cc"),
            Lang::Cpp => ("CXX", "c++"),
        };
        std::env::var(var).unwrap_or_else(|_| default.to_string())
    }

    /// The strictest standard flags the generated headers promise to compile under.
    fn flags(self) -> [&'static str; 4] {
        match self {
            Lang::C => ["-std=c11", "-Wall", "-Wextra", "-Werror"],
            Lang::Cpp => ["-std=c++17", "-Wall", "-Wextra", "-Werror"],
        }
    }

    pub fn include_dir(self) -> PathBuf {
        root().join("bindings").join(match self {
            Lang::C => "c",
            Lang::Cpp => "cpp",
        })
    }
}

/// Compiles `sources` into `out`, linked against libmemvid_ffi with an rpath to it.
pub fn build_program(lang: Lang, sources: &[&Path], out: &Path) -> Result<(), Failure> {
    build_program_with(lang, sources, out, &[])
}

/// `build_program` with extra compiler flags (sanitizers).
pub fn build_program_with(lang: Lang, sources: &[&Path], out: &Path, extra: &[&str]) -> Result<(), Failure> {
    build_program_against(lang, sources, out, extra, &lib_dir())
}

/// `build_program_with`, linked against the library in `lib` (the benchmark's release build).
pub fn build_program_against(lang: Lang, sources: &[&Path], out: &Path, extra: &[&str], lib: &Path) -> Result<(), Failure> {
    if let Some(dir) = out.parent() {
        std::fs::create_dir_all(dir).map_err(|e| Failure(format!("{}: {e}", dir.display())))?;
    }
    let mut cmd = Command::new(lang.compiler());
    cmd.args(lang.flags())
        .args(extra)
        .arg("-pthread")
        .arg("-I")
        .arg(lang.include_dir())
        .args(sources)
        .arg("-o")
        .arg(out)
        .arg(format!("-L{}", lib.display()))
        .arg("-lmemvid_ffi")
        // RPATH, not RUNPATH: `cargo run` (how `cargo tool` starts) puts target/release on
        // LD_LIBRARY_PATH, which would otherwise win over a RUNPATH and load a stale library.
        .arg(format!("-Wl,--disable-new-dtags,-rpath,{}", lib.display()));
    run(&mut cmd, &format!("compiling {}", out.display()))
}

/// Compiles one translation unit that includes only `header`: every header must stand alone.
pub fn check_header(lang: Lang, header: &Path, scratch: &Path) -> Result<(), Failure> {
    check_unit(lang, header, "", &lang.include_dir(), scratch)
}

/// The flat declarations are not a C header for compilers, but they must still be valid C11
/// once the standard types they use are declared.
pub fn check_flat_declarations(scratch: &Path) -> Result<(), Failure> {
    let flat = root().join("bindings/flat/memvid.h");
    let prelude = "#include <stdint.h>\n#include <stddef.h>\n#include <stdbool.h>\n";
    check_unit(Lang::C, &flat, prelude, &root().join("bindings/flat"), scratch)
}

fn check_unit(lang: Lang, header: &Path, prelude: &str, include_dir: &Path, scratch: &Path) -> Result<(), Failure> {
    let ext = match lang {
        Lang::C => "c",
        Lang::Cpp => "cpp",
    };
    let name = header.file_name().unwrap_or_default().to_string_lossy().to_string();
    let unit = scratch.join(format!("{name}.{ext}"));
    std::fs::write(&unit, format!("{prelude}#include \"{name}\"\n"))
        .map_err(|e| Failure(format!("{}: {e}", unit.display())))?;
    let mut cmd = Command::new(lang.compiler());
    cmd.args(lang.flags()).arg("-fsyntax-only").arg("-I").arg(include_dir).arg(&unit);
    run(&mut cmd, &format!("header {name}"))
}

//! `cargo tool wasm`: the bridge built for `wasm32-wasip1`, for the JS bindings under Node.
//!
//! memvid-core, tantivy and memmap2 need small wasm-only patches (wasm/patches/*.diff, against
//! the exact pinned versions). They are applied to copies under target/wasm/vendor and wired in
//! by a throwaway workspace (target/wasm/build) whose `[patch.crates-io]` points at the copies:
//! native builds never see the wasm patches. memvid-core is copied from vendor/ (the native
//! build's patched copy, see vendor/README.md), the others from the cargo registry.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::{root, run, Failure};

/// Crate directories (registry or vendor/) with a wasm patch; versions are the pinned ones.
const PATCHED: [&str; 3] = ["memvid-core-2.0.140", "tantivy-0.25.0", "memmap2-0.9.12"];
pub const TARGET: &str = "wasm32-wasip1";

/// Builds the wasm module and returns its path.
pub fn build() -> Result<PathBuf, Failure> {
    let work = root().join("target/wasm");
    let vendor = work.join("vendor");
    check_pins()?;
    let registry = registry_sources()?;
    let _ = fs::remove_dir_all(&vendor);
    fs::create_dir_all(&vendor).map_err(|e| Failure(format!("{}: {e}", vendor.display())))?;
    for krate in PATCHED {
        let vendored = root().join("vendor").join(krate);
        let pristine = if vendored.is_dir() { vendored } else { registry.join(krate) };
        if !pristine.is_dir() {
            return Err(Failure(format!("{} is not in the cargo registry (run `cargo fetch`)", pristine.display())));
        }
        run(Command::new("cp").arg("-r").arg(&pristine).arg(vendor.join(krate)), &format!("copying {krate}"))?;
        let patch = root().join("wasm/patches").join(format!("{krate}.diff"));
        run(
            Command::new("patch").args(["-p1", "--forward", "--batch", "--silent", "-i"]).arg(&patch).current_dir(&vendor),
            &format!("{} does not apply to {krate}; the patch must be redone for a new version", patch.display()),
        )?;
    }
    write_build_workspace(&work.join("build"))?;
    run(
        Command::new(env!("CARGO"))
            .args(["build", "--release", "--target", TARGET, "--manifest-path"])
            .arg(work.join("build/Cargo.toml"))
            .arg("--target-dir")
            .arg(root().join("target"))
            .env("CC_wasm32_wasip1", "clang")
            .env("CFLAGS_wasm32_wasip1", "--target=wasm32-wasi"),
        "cargo build --target wasm32-wasip1 (needs `rustup target add wasm32-wasip1` and clang + wasi-libc: `cargo tool setup`)",
    )?;
    let built = root().join("target").join(TARGET).join("release/memvid_ffi_wasm.wasm");
    // The npm package (bindings/package.json) ships the module beside its entry point.
    let module = root().join("bindings/memvid_ffi.wasm");
    fs::copy(&built, &module).map_err(|e| Failure(format!("{}: {e}", module.display())))?;
    optimize(&module)?;
    println!("wasm: {} ({} bytes)", module.display(), fs::metadata(&module).map(|m| m.len()).unwrap_or(0));
    Ok(module)
}

/// The patches are written against exact versions: fail early if the workspace pins others.
fn check_pins() -> Result<(), Failure> {
    let lock = fs::read_to_string(root().join("Cargo.lock")).map_err(|e| Failure(format!("Cargo.lock: {e}")))?;
    for krate in PATCHED {
        let (name, version) = krate.rsplit_once('-').unwrap_or((krate, ""));
        let pinned = format!("name = \"{name}\"\nversion = \"{version}\"");
        if !lock.contains(&pinned) {
            return Err(Failure(format!(
                "Cargo.lock no longer pins {name} {version}: wasm/patches/{krate}.diff must be redone for the new version"
            )));
        }
    }
    Ok(())
}

fn registry_sources() -> Result<PathBuf, Failure> {
    run(Command::new(env!("CARGO")).args(["fetch", "--quiet"]).current_dir(root()), "cargo fetch")?;
    let src = crate::vendor::cargo_home()?.join("registry/src");
    fs::read_dir(&src)
        .map_err(|e| Failure(format!("{}: {e}", src.display())))?
        .flatten()
        .map(|e| e.path())
        .find(|p| p.join(PATCHED[1]).is_dir())
        .ok_or_else(|| Failure(format!("no registry index under {} holds {}", src.display(), PATCHED[1])))
}

/// A cdylib that links the bridge (its `#[no_mangle]` functions are the module's exports), with
/// the patched crates and the workspace's own lock file, so versions match the native build.
fn write_build_workspace(dir: &Path) -> Result<(), Failure> {
    let write = |rel: &str, text: String| {
        let path = dir.join(rel);
        fs::create_dir_all(path.parent().unwrap_or(dir)).map_err(|e| Failure(format!("{}: {e}", dir.display())))?;
        fs::write(&path, text).map_err(|e| Failure(format!("{}: {e}", path.display())))
    };
    let ffi = root().join("ffi");
    let vendor = dir.parent().unwrap_or(dir).join("vendor");
    let mut manifest = format!(
        "# Written by `cargo tool wasm`; do not edit.\n[package]\nname = \"memvid-ffi-wasm\"\nversion = \"0.0.0\"\n\
         edition = \"2021\"\npublish = false\n\n[lib]\ncrate-type = [\"cdylib\"]\npath = \"lib.rs\"\n\n[dependencies]\n\
         memvid-ffi = {{ path = \"{}\" }}\n\n[workspace]\n\n[profile.release]\nopt-level = 3\nstrip = true\n\
         debug = false\npanic = \"unwind\"\n\n[patch.crates-io]\n",
        ffi.display()
    );
    for krate in PATCHED {
        let (name, _) = krate.rsplit_once('-').unwrap_or((krate, ""));
        manifest.push_str(&format!("{name} = {{ path = \"{}\" }}\n", vendor.join(krate).display()));
    }
    write("Cargo.toml", manifest)?;
    write("lib.rs", "//! Links the bridge into a wasm cdylib.\nextern crate memvid_ffi;\n".into())?;
    let lock = fs::read_to_string(root().join("Cargo.lock")).map_err(|e| Failure(format!("Cargo.lock: {e}")))?;
    write("Cargo.lock", lock)
}

/// Runs binaryen's wasm-opt when it is installed (for speed; it also shrinks the module by an eighth).
fn optimize(module: &Path) -> Result<(), Failure> {
    if Command::new("wasm-opt").arg("--version").output().is_err() {
        println!("wasm: wasm-opt not found (apt-get install binaryen); module left unoptimized");
        return Ok(());
    }
    run(
        Command::new("wasm-opt").arg("-O3").arg("--enable-bulk-memory").arg("--enable-sign-ext")
            .arg("--enable-nontrapping-float-to-int").arg("--enable-mutable-globals").arg(module).arg("-o").arg(module),
        "wasm-opt",
    )
}

//! The `vendor` suite: vendor/memvid-core-2.0.140 must be exactly the published crate plus
//! vendor/memvid-core-2.0.140.diff, so the fork stays a reviewable diff (vendor/README.md).

use std::fs;
use std::path::PathBuf;
use std::process::Command;

use crate::{output, root, run, Failure};

const CRATE: &str = "memvid-core-2.0.140";
/// crates.io's sha256 of memvid-core-2.0.140.crate (the checksum Cargo.lock held before the fork).
const SHA256: &str = "c1d781d355751509b0a845a9203eb2db5a4e2b9750f193380439378a61080f85";
/// What the vendored copy keeps of the published crate (data/ only serves `symspell_cleanup`).
const KEPT: [&str; 3] = ["src", "Cargo.toml", "README.md"];

pub fn check() -> Result<(), Failure> {
    let work = root().join("target/vendor-check");
    let _ = fs::remove_dir_all(&work);
    fs::create_dir_all(work.join("patched")).map_err(|e| Failure(format!("{}: {e}", work.display())))?;
    let archive = published_crate(&work)?;
    let digest = output(Command::new("sha256sum").arg(&archive), "sha256sum")?;
    if !digest.starts_with(SHA256) {
        return Err(Failure(format!("{} does not have crates.io's checksum {SHA256}", archive.display())));
    }
    run(Command::new("tar").arg("xzf").arg(&archive).arg("-C").arg(&work), "unpacking the published crate")?;
    let patched = work.join("patched").join(CRATE);
    fs::create_dir_all(&patched).map_err(|e| Failure(format!("{}: {e}", patched.display())))?;
    for item in KEPT {
        run(Command::new("cp").arg("-r").arg(work.join(CRATE).join(item)).arg(&patched), "copying the published crate")?;
    }
    run(
        Command::new("patch")
            .args(["-p1", "--batch", "--silent", "-i"])
            .arg(root().join("vendor").join(format!("{CRATE}.diff")))
            .current_dir(&patched),
        "applying the vendor diff to the published crate",
    )?;
    run(
        Command::new("diff").arg("-r").arg(&patched).arg(root().join("vendor").join(CRATE)),
        &format!("vendor/{CRATE} differs from the published crate + vendor/{CRATE}.diff (regenerate the diff)"),
    )?;
    println!("vendor/{CRATE} = crates.io {CRATE} + vendor/{CRATE}.diff");
    Ok(())
}

/// The .crate from cargo's download cache, or from crates.io when this machine never fetched it
/// (the workspace builds from vendor/, so cargo itself does not download it).
fn published_crate(work: &std::path::Path) -> Result<PathBuf, Failure> {
    let cache = cargo_home()?.join("registry/cache");
    let cached = fs::read_dir(&cache)
        .into_iter()
        .flatten()
        .flatten()
        .map(|index| index.path().join(format!("{CRATE}.crate")))
        .find(|path| path.is_file());
    if let Some(path) = cached {
        return Ok(path);
    }
    let path = work.join(format!("{CRATE}.crate"));
    let url = format!("https://static.crates.io/crates/memvid-core/{CRATE}.crate");
    run(Command::new("curl").args(["-sSfL", "-o"]).arg(&path).arg(&url), &format!("downloading {url}"))?;
    Ok(path)
}

pub fn cargo_home() -> Result<PathBuf, Failure> {
    std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .ok_or_else(|| Failure("neither CARGO_HOME nor HOME is set".into()))
}

//! Opening a file a crashed writer left behind, without risking what it had committed.
//!
//! A writer that dies between a put and the next commit leaves records in the file's WAL.
//! memvid-core replays them when the file is next opened for writing, in place, and in
//! memvid-core 2.0.140 that replay can grow the WAL without moving the sketch track's offset:
//! the open fails with "Invalid sketch track magic" and leaves the file unreadable, committed
//! frames included. So before a writer opens a file with pending records, the replay is tried
//! on a copy; if it fails, the copy drops the uncommitted records instead (the binding only
//! promises what was committed). The copy then replaces the file with an atomic rename, so a
//! crash during recovery leaves the original untouched.

use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use memvid_core::io::header::HeaderCodec;
use memvid_core::io::EmbeddedWal;
use memvid_core::{Memvid, HEADER_SIZE};

use crate::errors::FfiResult;

/// Makes `path` safe to open for writing: a no-op unless its WAL holds uncommitted records.
/// The caller holds the writer lock.
pub(crate) fn recover_pending_writes(path: &Path) -> FfiResult<()> {
    // A record torn by the crash makes the scan fail: that too is a log to recover from.
    if matches!(pending_records(path), Ok(0)) {
        return Ok(());
    }
    let copy = sibling(path, "recover");
    let outcome = replay_on_copy(path, &copy)
        .or_else(|_| discard_on_copy(path, &copy))
        .and_then(|()| Ok(File::open(&copy)?.sync_all()?));
    match outcome {
        Ok(()) => {
            std::fs::rename(&copy, path)?;
            sync_dir(path);
            Ok(())
        }
        Err(e) => {
            let _ = std::fs::remove_file(&copy);
            Err(e)
        }
    }
}

fn pending_records(path: &Path) -> FfiResult<usize> {
    let mut file = File::open(path)?;
    let header = read_header(&mut file)?;
    // open_read_only only scans the region; it never writes.
    let mut wal = EmbeddedWal::open_read_only(&file, &header)?;
    Ok(wal.pending_records()?.len())
}

/// Reads the header without `HeaderCodec::read`, which writes to the file.
fn read_header(file: &mut File) -> FfiResult<memvid_core::Header> {
    let mut buf = [0u8; HEADER_SIZE];
    file.seek(SeekFrom::Start(0))?;
    file.read_exact(&mut buf)?;
    Ok(HeaderCodec::decode(&buf)?)
}

/// Lets memvid-core replay the records on a copy, commits, and checks the result reopens.
fn replay_on_copy(path: &Path, copy: &Path) -> FfiResult<()> {
    std::fs::copy(path, copy)?;
    let mut mem = Memvid::open(copy)?;
    mem.commit()?;
    drop(mem);
    check_opens(copy)
}

/// Zeroes the WAL region of a copy: the committed frames live outside it, and a zeroed region
/// holds no records to replay.
fn discard_on_copy(path: &Path, copy: &Path) -> FfiResult<()> {
    std::fs::copy(path, copy)?;
    let mut file = OpenOptions::new().read(true).write(true).open(copy)?;
    let header = read_header(&mut file)?;
    file.seek(SeekFrom::Start(header.wal_offset))?;
    let zeros = vec![0u8; 64 * 1024];
    let mut left = header.wal_size;
    while left > 0 {
        let n = left.min(zeros.len() as u64) as usize;
        file.write_all(&zeros[..n])?;
        left -= n as u64;
    }
    drop(file);
    if !matches!(pending_records(copy), Ok(0)) {
        return Err(crate::errors::ffi::MemvidError::new(
            crate::errors::ffi::MemvidErrorCode::CorruptFile,
            "could not clear the write-ahead log left by a crashed writer",
        ));
    }
    check_opens(copy)
}

fn check_opens(path: &Path) -> FfiResult<()> {
    drop(Memvid::open_read_only(path)?);
    Ok(())
}

fn sibling(path: &Path, what: &str) -> PathBuf {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    path.with_file_name(format!(".{name}.{what}-{}", std::process::id()))
}

fn sync_dir(path: &Path) {
    if let Some(dir) = path.parent() {
        if let Ok(d) = File::open(if dir.as_os_str().is_empty() { Path::new(".") } else { dir }) {
            let _ = d.sync_all();
        }
    }
}

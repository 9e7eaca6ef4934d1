//! Opening a file a crashed writer left behind, without risking what it had committed.
//!
//! A writer that dies between a put and the next commit leaves records in the file's WAL.
//! memvid-core replays them when the file is next opened for writing, in place, and that replay
//! has lost committed frames before (memvid-core 2.0.140 could grow the WAL without moving the
//! sketch track); it also accepts a WAL damaged by something other than a crash and makes a file
//! that opens and panics at the first search. So before a writer opens a file with pending
//! records, the binding works on copies: one with the WAL cleared must deep-verify (everything
//! committed is intact, else `MV012` and the file is left as it was), one with the records
//! replayed is kept if it deep-verifies too, else the cleared one is (the binding only promises
//! what was committed). The chosen copy replaces the file with an atomic rename, so a crash
//! during recovery leaves the original untouched.
//!
//! Commits are incremental (`store::commit`): what they committed stays in the WAL until the
//! next checkpoint, and the header's commit mark says up to which record. So "the WAL cleared" is
//! not always enough: when the records do not all replay, those up to the mark must, or the file
//! is refused. Readers replay them too ([`open_read_only`]).

use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use memvid_core::io::header::{read_commit_mark, HeaderCodec};
use memvid_core::io::EmbeddedWal;
use memvid_core::{Memvid, HEADER_SIZE};

use crate::errors::FfiResult;

/// Makes `path` safe to open for writing: a no-op unless its WAL holds uncommitted records.
/// The caller holds the writer lock.
///
/// What was committed must be intact first: a copy with the WAL cleared must pass deep
/// verification, or the file is refused with `MV012` (a WAL that fails its checksums may be
/// damage rather than a crashed writer's torn last record, and memvid-core's own replay then
/// makes a file that opens and panics at the first search). Then the records are replayed on a
/// second copy, kept if that verifies too; otherwise the cleared copy replaces the file.
pub(crate) fn recover_pending_writes(path: &Path) -> FfiResult<()> {
    // A record torn by the crash makes the scan fail: that too is a log to recover from.
    if matches!(pending_records(path), Ok(0)) {
        return Ok(());
    }
    let cleared = sibling(path, "recover-cleared");
    let replayed = sibling(path, "recover");
    let outcome = discard_on_copy(path, &cleared).and_then(|()| {
        let chosen = match replay_on_copy(path, &replayed, None) {
            Ok(()) => &replayed,
            // Some records after the mark do not replay (a crash tore the last one): what was
            // committed must.
            Err(_) => match committed_through(path)? {
                Some(through) => {
                    replay_on_copy(path, &replayed, Some(through)).map_err(|e| {
                        crate::errors::ffi::MemvidError::new(
                            crate::errors::ffi::MemvidErrorCode::CorruptFile,
                            format!("the committed records of the write-ahead log do not replay: {}", e.message),
                        )
                    })?;
                    &replayed
                }
                None => &cleared,
            },
        };
        File::open(chosen)?.sync_all()?;
        std::fs::rename(chosen, path)?;
        sync_dir(path);
        Ok(())
    });
    let _ = std::fs::remove_file(&cleared);
    let _ = std::fs::remove_file(&replayed);
    outcome
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

/// Lets memvid-core replay the records on a copy (up to `through`, when given), commits, and
/// checks the result reopens.
fn replay_on_copy(path: &Path, copy: &Path, through: Option<u64>) -> FfiResult<()> {
    std::fs::copy(path, copy)?;
    let mut mem = match through {
        None => Memvid::open(copy)?,
        Some(last) => Memvid::open_replaying_through(copy, last)?,
    };
    mem.commit()?;
    drop(mem);
    check_whole(copy)
}

/// The last record that incremental commits committed while it is still only in the WAL (the
/// header's commit mark, when it is newer than the checkpoint); None when every commit is
/// checkpointed.
fn committed_through(path: &Path) -> FfiResult<Option<u64>> {
    let mut buf = [0u8; HEADER_SIZE];
    let mut file = File::open(path)?;
    file.read_exact(&mut buf)?;
    let header = HeaderCodec::decode(&buf)?;
    Ok(read_commit_mark(&buf).filter(|&mark| mark > header.wal_sequence))
}

/// Opens `path` read-only as of its last commit. When incremental commits left records in the
/// WAL (the commit mark), those are replayed on a private copy, up to the mark and not past
/// it (puts after the last commit stay unseen), and the handle reads the copy: the file itself
/// is only read. The copy is unlinked once open; it lives as long as the handle. The cost, a
/// copy of the file, is paid only while a writer has commits that no checkpoint wrote yet.
pub(crate) fn open_read_only(path: &Path) -> FfiResult<Memvid> {
    let Some(through) = committed_through(path)? else {
        return Ok(Memvid::open_read_only(path)?);
    };
    let copy = private_copy(path)?;
    let opened = Memvid::open_replaying_through(&copy, through);
    let _ = std::fs::remove_file(&copy);
    Ok(opened?)
}

/// A copy of `path` next to it, or in the temporary directory when its directory is not
/// writable (a reader may not be allowed to write there).
fn private_copy(path: &Path) -> FfiResult<PathBuf> {
    static COPIES: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = COPIES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let beside = sibling(path, &format!("view{n}"));
    if std::fs::copy(path, &beside).is_ok() {
        return Ok(beside);
    }
    let _ = std::fs::remove_file(&beside);
    let name = beside.file_name().unwrap_or_default().to_owned();
    let elsewhere = std::env::temp_dir().join(name);
    std::fs::copy(path, &elsewhere)?;
    Ok(elsewhere)
}

/// Zeroes the WAL region of a copy: the committed frames live outside it, and a zeroed region
/// holds no records to replay.
fn discard_on_copy(path: &Path, copy: &Path) -> FfiResult<()> {
    std::fs::copy(path, copy)?;
    let mut file = OpenOptions::new().read(true).write(true).open(copy)?;
    let header = read_header(&mut file)?;
    // The region comes from the header: it must lie inside the file before anything is zeroed.
    let len = file.metadata()?.len();
    if header.wal_offset.checked_add(header.wal_size).is_none_or(|end| end > len) {
        return Err(crate::errors::ffi::MemvidError::new(
            crate::errors::ffi::MemvidErrorCode::CorruptFile,
            "the header's write-ahead log region extends past the end of the file",
        ));
    }
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
    check_whole(copy)
}

/// The recovered copy must be whole, not merely openable: a WAL that fails its checksums may
/// come from damage rather than a torn last record, and a copy recovered from damage opened
/// fine and then panicked inside tantivy at the first `find`. Deep verification reads every
/// frame payload and index segment back against its checksum.
fn check_whole(path: &Path) -> FfiResult<()> {
    let report = Memvid::verify(path, true)?;
    if report.overall_status == memvid_core::VerificationStatus::Failed {
        let failed: Vec<String> = report
            .checks
            .iter()
            .filter(|c| c.status == memvid_core::VerificationStatus::Failed)
            .map(|c| format!("{}: {}", c.name, c.details.as_deref().unwrap_or("failed")))
            .collect();
        return Err(crate::errors::ffi::MemvidError::new(
            crate::errors::ffi::MemvidErrorCode::CorruptFile,
            format!("the file is damaged beyond what a crashed writer leaves ({})", failed.join("; ")),
        ));
    }
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

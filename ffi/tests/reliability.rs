//! What a caller cannot break: panics stay inside, other processes are locked out, damaged
//! files and full disks give error codes, refused writes leave nothing behind.
//!
//! Tests that need a second process run this same test binary again with `MEMVID_FFI_CHILD`
//! set; `child_process_role` is the entry point there and does nothing in a normal run.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::process::{Child, Stdio};

use common::*;
use memvid_ffi::batch::ffi::MemvidPutBatch;
use memvid_ffi::errors::ffi::MemvidErrorCode as Code;
use memvid_ffi::fault::PANIC_TRIGGER;
use memvid_ffi::maintenance::ffi::MemvidMaintenance;
use memvid_ffi::options::ffi::MemvidFindOptions;
use memvid_ffi::store::ffi::MemvidStore;

#[test]
fn a_panic_inside_a_call_becomes_mv207_and_poisons_the_handle() {
    memvid_ffi::fault::enable();
    let dir = tempdir();
    let path = dir.path("panic.mv2");
    let store = store_with_docs(&path);
    store.put_text(b"pending when the panic hits", None).unwrap();

    let message = expect_code(store.put_text(PANIC_TRIGGER.as_bytes(), None), Code::Internal);
    assert!(message.contains("panic"), "{message}");
    assert!(store.is_poisoned());
    assert!(store.is_closed());
    expect_code(store.find(b"rust", None), Code::HandlePoisoned);
    expect_code(store.put_text(b"after the panic", None), Code::HandlePoisoned);
    expect_code(store.stats(), Code::HandlePoisoned);
    store.close().expect("closing a poisoned handle is fine");
    drop(store);

    // The file keeps its last committed state: the pending put was not committed behind the
    // caller's back, and this process still holds the writer lock.
    expect_code(MemvidStore::open(path.as_bytes()), Code::Locked);
    let reader = MemvidStore::open_read_only(path.as_bytes()).unwrap();
    assert_eq!(reader.stats().unwrap().frame_count, 3);
    assert_eq!(reader.find(b"rust", None).unwrap().len(), 1);
    assert_eq!(reader.find(b"pending", None).unwrap().len(), 0);
}

#[test]
fn a_panic_inside_a_find_is_caught_too() {
    memvid_ffi::fault::enable();
    let dir = tempdir();
    let store = store_with_docs(&dir.path("panic-find.mv2"));
    expect_code(store.find(PANIC_TRIGGER.as_bytes(), None), Code::Internal);
    assert!(store.is_poisoned());
}

#[test]
fn a_batch_with_a_wrong_dimension_puts_nothing() {
    let dir = tempdir();
    let store = MemvidStore::create(dir.path("dims.mv2").as_bytes()).unwrap();
    let mut batch = MemvidPutBatch::new();
    batch.add_text_with_embedding(b"first", &[1.0, 0.0, 0.0], None).unwrap();
    batch.add_text_with_embedding(b"second", &[0.0, 1.0, 0.0], None).unwrap();
    batch.add_text_with_embedding(b"third", &[0.0, 1.0], None).unwrap();
    let message = expect_code(store.put_many(&batch), Code::VecDimensionMismatch);
    assert!(message.contains("document 2"), "{message}");
    assert_eq!(store.state().unwrap().pending_frames, 0);

    let mut ok = MemvidPutBatch::new();
    ok.add_text_with_embedding(b"first", &[1.0, 0.0, 0.0], None).unwrap();
    store.put_many(&ok).unwrap();
    store.commit().unwrap();
    let mut other = MemvidPutBatch::new();
    other.add_text(b"no embedding is fine", None).unwrap();
    other.add_text_with_embedding(b"four dims", &[0.0, 0.0, 0.0, 1.0], None).unwrap();
    expect_code(store.put_many(&other), Code::VecDimensionMismatch);
    assert_eq!(store.state().unwrap().pending_frames, 0);
}

#[test]
fn huge_or_zero_k_is_refused() {
    let mut o = MemvidFindOptions::new();
    expect_code(o.set_k(0), Code::InvalidArgument);
    expect_code(o.set_k(u32::MAX), Code::InvalidArgument);
    o.set_k(10_000).unwrap();
    let dir = tempdir();
    let store = store_with_docs(&dir.path("k.mv2"));
    expect_code(store.vec_search(&[1.0, 0.0], 0), Code::InvalidArgument);
    expect_code(store.vec_search(&[1.0, 0.0], u32::MAX), Code::InvalidArgument);
}

#[test]
fn another_process_writing_the_file_locks_us_out_even_after_its_commits() {
    let dir = tempdir();
    let path = dir.path("shared.mv2");
    store_with_docs(&path).close().unwrap();

    let mut child = spawn_child("hold-writer", &path);
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    assert!(lines.any(|l| l.unwrap() == "holding"), "child did not get the lock");

    // The child committed twice: memvid-core's own lock is on an inode the path no longer names.
    let message = expect_code(MemvidStore::open(path.as_bytes()), Code::Locked);
    assert!(message.contains(&format!("process {}", child.id())), "{message}");
    // Readers are not locked out, and see the child's commits.
    let reader = MemvidStore::open_read_only(path.as_bytes()).unwrap();
    assert_eq!(reader.find(b"childtoken", None).unwrap().len(), 1);
    drop(reader);

    drop(child.stdin.take()); // tells the child to close
    assert!(child.wait().unwrap().success());
    let store = MemvidStore::open(path.as_bytes()).expect("free again once the child closed");
    assert_eq!(store.stats().unwrap().frame_count, 5);
}

/// A hard link is a second path to the same file: it must not give the file a second writer,
/// neither in this process nor in another, nor after commits have replaced the file's inode.
#[test]
fn a_hard_link_does_not_give_a_file_a_second_writer() {
    let dir = tempdir();
    let path = dir.path("linked.mv2");
    let store = store_with_docs(&path);
    let link = dir.path("link.mv2");
    std::fs::hard_link(&path, &link).unwrap();
    let message = expect_code(MemvidStore::open(link.as_bytes()), Code::Locked);
    assert!(message.contains("hard link"), "{message}");
    // A commit renames a new file over the path; a link made to that one is refused too.
    store.put_text(b"after the link", None).unwrap();
    store.commit().unwrap();
    let second = dir.path("second-link.mv2");
    std::fs::hard_link(&path, &second).unwrap();
    expect_code(MemvidStore::open(second.as_bytes()), Code::Locked);
    store.close().unwrap();
    drop(store);
    MemvidStore::open(second.as_bytes()).expect("free once the writer closed").close().unwrap();

    // Another process: it holds the writer (and has committed twice); we link its file.
    let mut child = spawn_child("hold-writer", &path);
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    assert!(lines.any(|l| l.unwrap() == "holding"), "child did not get the lock");
    let third = dir.path("third-link.mv2");
    std::fs::hard_link(&path, &third).unwrap();
    let message = expect_code(MemvidStore::open(third.as_bytes()), Code::Locked);
    assert!(message.contains("another process"), "{message}");
    drop(child.stdin.take());
    assert!(child.wait().unwrap().success());
}

/// Deep verify reads every stored byte back: it fails a file whose frame payload was changed, or
/// sits inside the WAL region (frames the WAL-growth bug made unreadable), and names the frame.
#[test]
fn deep_verify_reports_unreadable_frames() {
    let dir = tempdir();
    let path = dir.path("verify.mv2");
    store_with_docs(&path).close().unwrap();
    // Where the closed file holds them (incremental commits append payloads that the checkpoint
    // at close moves next to the others).
    let store = MemvidStore::open_read_only(path.as_bytes()).unwrap();
    let offset_of = |id: u64| {
        let frame: serde_json::Value = serde_json::from_str(&written(|w| store.frame(id).unwrap().to_json(w).unwrap())).unwrap();
        frame["payload_offset"].as_u64().unwrap() as usize
    };
    let (first, third) = (offset_of(0), offset_of(2));
    drop(store);
    assert!(MemvidMaintenance::verify(path.as_bytes(), true).unwrap().passed());
    let bytes = std::fs::read(&path).unwrap();
    assert_eq!(&bytes[third..third + 4], &[0x28, 0xb5, 0x2f, 0xfd], "frame 2's payload (zstd)");

    let mut changed = bytes.clone();
    changed[third + 10] ^= 0x20;
    let changed_path = dir.path("changed.mv2");
    std::fs::write(&changed_path, &changed).unwrap();
    let report = MemvidMaintenance::verify(changed_path.as_bytes(), true).unwrap();
    let json = written(|w| report.to_json(w).unwrap());
    assert!(!report.passed() && json.contains("frame 2: payload checksum mismatch"), "{json}");
    assert!(MemvidMaintenance::verify(changed_path.as_bytes(), false).unwrap().passed(), "quick verify reads no payload");

    // Grow the header's WAL region over the first payload, as the bug effectively did.
    let mut overlapping = bytes.clone();
    let wal_offset = u64::from_le_bytes(bytes[16..24].try_into().unwrap());
    let wal_size = first as u64 + 1 - wal_offset;
    overlapping[24..32].copy_from_slice(&wal_size.to_le_bytes());
    let overlap_path = dir.path("overlap.mv2");
    std::fs::write(&overlap_path, &overlapping).unwrap();
    let reader = MemvidStore::open_read_only(overlap_path.as_bytes()).unwrap();
    let message = expect_code(write_result(|w| reader.frame_text(0, w)), Code::InvalidFrame);
    assert!(message.contains("overlaps wal region"), "{message}");
    drop(reader);
    let report = MemvidMaintenance::verify(overlap_path.as_bytes(), true).unwrap();
    let json = written(|w| report.to_json(w).unwrap());
    assert!(!report.passed() && json.contains("frame 0") && json.contains("overlaps wal region"), "{json}");
}

/// A panic caught at the boundary reaches the caller as MV207 and nothing else: not a word on
/// stderr. A panic hook the host installed still sees the host's own panics.
#[test]
fn caught_panics_are_quiet_and_the_hosts_panic_hook_stays() {
    let output = child_process(None, "child_process_role", "panic-quietly", "unused")
        .env("MEMVID_FFI_FAULT_INJECTION", "1")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stdout}\n{stderr}");
    assert!(stdout.contains("MV207 caught"), "{stdout}");
    assert_eq!(stderr.matches("host hook:").count(), 1, "stderr: {stderr}");
    assert!(!stderr.contains("test panic requested"), "the caught panic printed: {stderr}");
}

#[test]
fn a_lock_file_left_by_a_killed_writer_does_not_lock_anyone_out() {
    let dir = tempdir();
    let path = dir.path("stale.mv2");
    store_with_docs(&path).close().unwrap();
    let lock_path = format!("{path}.lock");
    std::fs::write(&lock_path, "999999").unwrap();
    let store = MemvidStore::open(path.as_bytes()).expect("a stale lock file holds no lock");
    assert_eq!(std::fs::read_to_string(&lock_path).unwrap(), std::process::id().to_string());
    store.close().unwrap();
    assert!(!std::path::Path::new(&lock_path).exists(), "close removes the lock file");
}

#[test]
fn damaged_and_foreign_files_are_refused_with_codes() {
    let dir = tempdir();
    let good = dir.path("good.mv2");
    store_with_docs(&good).close().unwrap();
    let bytes = std::fs::read(&good).unwrap();

    let cases: [(&str, Vec<u8>); 5] = [
        ("empty", Vec::new()),
        ("truncated-header", bytes[..100].to_vec()),
        ("truncated-half", bytes[..bytes.len() / 2].to_vec()),
        ("text", b"just some notes, not a memory file\n".repeat(200)),
        ("zeroed-header", [vec![0u8; 4096], bytes[4096..].to_vec()].concat()),
    ];
    for (name, content) in cases {
        assert_refused_as_corrupt(&dir, name, &content);
    }
    let encrypted = dir.path("locked.mv2e");
    std::fs::write(&encrypted, [b"MV2E".as_slice(), &[7u8; 4096]].concat()).unwrap();
    expect_code(MemvidStore::open(encrypted.as_bytes()), Code::Encryption);
    expect_code(MemvidStore::open_read_only(encrypted.as_bytes()), Code::Encryption);
}

/// A damaged table of contents sends memvid-core into a scan of the whole file for another one;
/// unpatched 2.0.140 hashed every suffix of the file there, so this open took hours.
#[test]
fn a_large_file_with_a_damaged_table_of_contents_is_refused() {
    let dir = tempdir();
    let good = dir.path("large.mv2");
    let store = MemvidStore::create(good.as_bytes()).unwrap();
    let mut rng = Rng(seed(7));
    let mut batch = MemvidPutBatch::new();
    for _ in 0..400 {
        let words: Vec<String> = (0..1500).map(|_| format!("w{}", rng.below(100_000))).collect();
        batch.add_text(words.join(" ").as_bytes(), None).unwrap();
    }
    store.put_many(&batch).unwrap();
    store.commit().unwrap();
    store.close().unwrap();
    let bytes = std::fs::read(&good).unwrap();
    assert!(bytes.len() > 4 << 20, "{} bytes: the file should take a slow scan to search", bytes.len());
    // The header's footer offset (bytes 8..16) is where the table of contents starts.
    let toc = u64::from_le_bytes(bytes[8..16].try_into().unwrap()) as usize;
    let mut damaged = bytes.clone();
    damaged[toc..toc + 64].fill(0xAB);

    assert_refused_as_corrupt(&dir, "toc-overwritten", &damaged);
    assert_refused_as_corrupt(&dir, "tail-cut", &bytes[..bytes.len() - 100]);
}

/// Writes `content` as `<name>.mv2` and asserts that both opens refuse it with MV012 and leave
/// it byte-for-byte as it was.
fn assert_refused_as_corrupt(dir: &TempDir, name: &str, content: &[u8]) {
    let path = dir.path(&format!("{name}.mv2"));
    std::fs::write(&path, content).unwrap();
    for read_only in [false, true] {
        let opened = if read_only {
            MemvidStore::open_read_only(path.as_bytes())
        } else {
            MemvidStore::open(path.as_bytes())
        };
        let code = opened.err().map(|e| e.error_code());
        assert_eq!(code, Some(Code::CorruptFile), "{name} (read_only: {read_only})");
    }
    assert!(std::fs::read(&path).unwrap() == content, "{name}: a refused open changed the file");
}

#[test]
fn a_full_disk_fails_the_write_and_keeps_what_was_committed() {
    let dir = tempdir();
    let path = dir.path("full.mv2");
    store_with_docs(&path).close().unwrap();
    let size = std::fs::metadata(&path).unwrap().len();

    // RLIMIT_FSIZE stands in for a full disk: writes past the limit fail with EFBIG. The shell
    // ignores SIGXFSZ (inherited across exec) so the child sees the error instead of dying.
    let blocks = size / 512 + 64;
    let output = child_process(Some(&format!("trap '' XFSZ; ulimit -f {blocks}")), "child_process_role", "fill-disk", &path)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "child failed: {stdout}\n{}", String::from_utf8_lossy(&output.stderr));
    let code = stdout.lines().find_map(|l| l.strip_prefix("error ")).expect("the child hit the limit");
    assert_eq!(code, "MV101", "{stdout}");

    let store = MemvidStore::open(path.as_bytes()).expect("the file still opens");
    assert!(store.stats().unwrap().frame_count >= 3);
    for (i, (_, text)) in DOCS.iter().enumerate() {
        assert_eq!(written_ok(|w| store.frame_text(i as u64, w)), *text);
    }
    assert_eq!(store.find(b"tomatoes", None).unwrap().len(), 1);
}

/// A deterministic version of tests/crash.rs: commits, one uncommitted put, SIGKILL, reopen.
/// Unpatched memvid-core 2.0.140 lost the last committed document in round 1 (its in-place WAL
/// growth; vendor/README.md).
#[test]
fn a_writer_killed_with_uncommitted_puts_leaves_its_commits_readable_and_writable() {
    let dir = tempdir();
    let path = dir.path("killed.mv2");
    MemvidStore::create(path.as_bytes()).unwrap().close().unwrap();
    let mut committed = Vec::new();
    for (round, puts) in [(0u64, 10u64), (1, 7), (2, 7)] {
        let mut child = spawn_child(&format!("put-uncommitted:{round}:{puts}"), &path);
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        assert!(lines.any(|l| l.unwrap() == "holding"), "round {round}: the child did not get going");
        child.kill().unwrap(); // SIGKILL, with a put in the WAL that was never committed
        child.wait().unwrap();
        committed.extend((0..puts).map(|n| padded_text(round, n)));

        let store = MemvidStore::open(path.as_bytes()).expect("the file opens for writing after the kill");
        assert!(store.stats().unwrap().frame_count >= committed.len() as u64);
        for (round_n, text) in committed.iter().enumerate() {
            let token = text.split(' ').last().unwrap();
            let hits = store.find(token.as_bytes(), None).unwrap();
            if hits.is_empty() {
                let frames = store.stats().unwrap().frame_count;
                let holders: Vec<u64> = (0..frames).filter(|id| write_result(|w| store.frame_text(*id, w)).is_ok_and(|t| t.contains(token))).collect();
                panic!("round {round}: committed document {round_n} ({token}) not found; {frames} frames; frames containing it: {holders:?}");
            }
        }
        store.close().unwrap();
    }
    let leftovers: Vec<_> = std::fs::read_dir(dir.0.path()).unwrap().flatten().map(|e| e.file_name()).collect();
    assert!(leftovers.iter().all(|n| !n.to_string_lossy().contains("recover")), "{leftovers:?}");
}

fn padded_text(round: u64, n: u64) -> String {
    format!("{}round {round} document {n} tok{round}x{n}", "padding words for a longer commit ".repeat((n % 7) as usize * 20))
}

/// 200 puts with a commit after every 10th: in unpatched memvid-core 2.0.140 the 138th put's WAL
/// record ended within a record header of the ring's end, the end marker wrapped onto offset 0
/// and hid every pending record, and that document was lost (vendor/README.md).
#[test]
fn commits_between_puts_lose_no_document() {
    let dir = tempdir();
    let store = store_with_docs(&dir.path("sequence.mv2"));
    let mut docs = Vec::new();
    for t in 0..8 {
        for i in 0..25 {
            let text = format!("thread {t} document {i} token t{t}d{i}");
            docs.push((format!("t{t}d{i}"), store.put_text(text.as_bytes(), None).unwrap()));
            if i % 10 == 9 {
                store.commit().unwrap();
            }
        }
    }
    store.commit().unwrap();
    let missing: Vec<&(String, u64)> =
        docs.iter().filter(|(token, _)| store.find(token.as_bytes(), None).unwrap().len() != 1).collect();
    assert!(missing.is_empty(), "documents (token, returned id) not in the file: {missing:?}");
    assert_eq!(store.stats().unwrap().frame_count, 3 + docs.len() as u64);
}

/// A program that starts processes from another thread while it commits: the child holds a copy
/// of the lexical index's writer lock between its fork and its exec, and memvid-core's commit,
/// which replaces that writer, failed with MV121 "LockBusy" (119 of 150 stores in a first run).
#[test]
fn commits_succeed_while_another_thread_starts_processes() {
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let spawner = {
        let stop = stop.clone();
        std::thread::spawn(move || {
            let mut started = 0u64;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                std::process::Command::new("true").status().expect("start true");
                started += 1;
            }
            started
        })
    };
    let dir = tempdir();
    for i in 0..40 {
        let path = dir.path(&format!("spawning{i}.mv2"));
        let store = MemvidStore::create(path.as_bytes()).unwrap_or_else(|e| panic!("store {i}: create: {e:?}"));
        for k in 0..3 {
            store.put_text(format!("document {k} of store {i}").as_bytes(), None).unwrap();
            store.commit().unwrap_or_else(|e| panic!("store {i}, commit {k}: {e:?}"));
        }
        store.close().unwrap();
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let started = spawner.join().unwrap();
    assert!(started > 0, "no process was started during the commits");
}

fn spawn_child(role: &str, path: &str) -> Child {
    child_process(None, "child_process_role", role, path)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap()
}

/// The other process of the tests above; a no-op unless `MEMVID_FFI_CHILD` names a role.
#[test]
fn child_process_role() {
    let Ok(role) = std::env::var("MEMVID_FFI_CHILD") else { return };
    let path = std::env::var("MEMVID_FFI_CHILD_PATH").unwrap();
    let mut out = std::io::stdout();
    match role.as_str() {
        "hold-writer" => {
            let store = MemvidStore::open(path.as_bytes()).unwrap();
            for text in ["childtoken one", "another child document"] {
                store.put_text(text.as_bytes(), None).unwrap();
                store.commit().unwrap();
            }
            writeln!(out, "\nholding").unwrap();
            out.flush().unwrap();
            let _ = std::io::stdin().lines().count(); // until the parent closes our stdin
            store.close().unwrap();
        }
        uncommitted if uncommitted.starts_with("put-uncommitted:") => {
            let mut args = uncommitted.split(':').skip(1).map(|a| a.parse::<u64>().unwrap());
            let (round, puts) = (args.next().unwrap(), args.next().unwrap());
            let store = MemvidStore::open(path.as_bytes()).unwrap();
            for n in 0..puts {
                store.put_text(padded_text(round, n).as_bytes(), None).unwrap();
                store.commit().unwrap();
            }
            store.put_text(padded_text(round, puts).as_bytes(), None).unwrap();
            writeln!(out, "\nholding").unwrap();
            out.flush().unwrap();
            let _ = std::io::stdin().lines().count();
        }
        "fill-disk" => {
            let store = MemvidStore::open(path.as_bytes()).unwrap();
            let text = "filler text that grows the file past its size limit ".repeat(200);
            let error = (0..10_000)
                .find_map(|i| {
                    let put = store.put_text(format!("{i} {text}").as_bytes(), None);
                    put.and_then(|_| store.commit()).err()
                })
                .expect("the size limit was never hit");
            writeln!(out, "\nerror {}", written(|w| error.code_str(w))).unwrap();
            // Whatever the handle holds now must not damage the file when it is closed.
            let _ = store.close();
        }
        "panic-quietly" => {
            std::panic::set_hook(Box::new(|info| eprintln!("host hook: {info}")));
            let dir = tempdir();
            let store = MemvidStore::create(dir.path("p.mv2").as_bytes()).unwrap();
            let e = store.put_text(PANIC_TRIGGER.as_bytes(), None).err().expect("the put panics");
            assert_eq!(e.error_code(), Code::Internal);
            writeln!(out, "MV207 caught: {}", e.error_message()).unwrap();
            // The host's own panic, outside any call into the library, goes to the host's hook.
            let _ = std::panic::catch_unwind(|| panic!("the host's own"));
        }
        other => panic!("unknown child role {other}"),
    }
}

//! Incremental commits (`MemvidStore::commit`, memvid-core's `CommitMode::Incremental`): a
//! commit writes what was put, the file keeps what it had, readers see exactly what was
//! committed, and a crashed writer's file gives back every committed document even when the
//! WAL's last record is torn, or is refused untouched when a committed record is damaged.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::process::{Child, Stdio};

use common::*;
use memvid_ffi::errors::ffi::MemvidErrorCode as Code;
use memvid_ffi::store::ffi::MemvidStore;

/// The header's commit mark (vendor/memvid-core-2.0.140/src/io/header.rs): bytes 140..160.
const MARK: std::ops::Range<usize> = 140..160;

fn count(store: &MemvidStore, word: &str) -> usize {
    store.find(word.as_bytes(), None).unwrap_or_else(|e| panic!("find {word}: {}", e.error_message())).len()
}

fn vector(seed: u64) -> Vec<f32> {
    let mut rng = Rng(seed);
    let v: Vec<f32> = (0..16).map(|_| (rng.next() >> 40) as f32 / (1u64 << 24) as f32 - 0.5).collect();
    let norm = v.iter().map(|x| x * x).sum::<f32>().sqrt();
    v.into_iter().map(|x| x / norm).collect()
}

fn put(store: &MemvidStore, text: &str, seed: u64) -> u64 {
    store.put_text_with_embedding(text.as_bytes(), &vector(seed), None).unwrap()
}

fn timeline_ids(store: &MemvidStore) -> Vec<u64> {
    let timeline = store.timeline(None).unwrap();
    (0..timeline.len()).map(|i| timeline.get(i).unwrap().frame_id()).collect()
}

/// A commit after the first writes past the end of the file and the commit mark, and nothing
/// else: everything the file held stays as it was (before this, a commit copied the whole file).
#[test]
fn a_commit_writes_what_was_put_and_leaves_the_file_as_it_was() {
    let dir = tempdir();
    let path = dir.path("append.mv2");
    let store = MemvidStore::create(path.as_bytes()).unwrap();
    for i in 0..200 {
        put(&store, &format!("document {i} about appending alpha{i}"), i);
    }
    store.commit().unwrap();
    for round in 0..5u64 {
        let text = format!("one more document, round {round}, token beta{round}");
        put(&store, &text, 1000 + round);
        let before = std::fs::read(&path).unwrap();
        store.commit().unwrap();
        let after = std::fs::read(&path).unwrap();
        assert!(after.len() >= before.len(), "round {round}: the file shrank");
        assert!(after.len() - before.len() < 4 * text.len() + 4096, "round {round}: grew by {}", after.len() - before.len());
        let changed: Vec<usize> = (0..before.len()).filter(|&i| before[i] != after[i]).collect();
        assert!(changed.iter().all(|i| MARK.contains(i)), "round {round}: bytes changed outside the commit mark: {:?}", &changed[..changed.len().min(8)]);
        assert_eq!(count(&store, &format!("beta{round}")), 1, "round {round}: searchable after its commit");
    }
    store.close().unwrap();
}

/// A reader opens while a writer holds the file, from its creation on. While the writer holds
/// commits that no checkpoint wrote yet, a reader sees every committed
/// document (found, read, vector-searched, in the timeline), no uncommitted one, and no deleted
/// one; the file itself is never changed by the reader, and memvid-core's own read-only open
/// (what the official tools use) sees a whole file as of the last checkpoint. After close the
/// official read path sees everything.
#[test]
fn readers_see_what_was_committed_and_nothing_else() {
    let dir = tempdir();
    let path = dir.path("readers.mv2");
    let writer = MemvidStore::create(path.as_bytes()).unwrap();
    // Before anything is committed: nothing to see, and no wait for the writer's lock.
    assert_eq!(MemvidStore::open_read_only(path.as_bytes()).unwrap().stats().unwrap().frame_count, 0);
    let first: Vec<u64> = (0..3).map(|i| put(&writer, &format!("first batch document gamma{i}"), i)).collect();
    writer.commit().unwrap();
    let committed = put(&writer, "committed later delta", 10);
    writer.commit().unwrap();
    let pending = put(&writer, "never committed epsilon", 11);

    let before = std::fs::read(&path).unwrap();
    let reader = MemvidStore::open_read_only(path.as_bytes()).unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), before, "a reader changed the file");
    assert_eq!(count(&reader, "delta"), 1);
    assert_eq!(count(&reader, "epsilon"), 0, "an uncommitted put is visible");
    assert_eq!(written_ok(|w| reader.frame_text(committed, w)), "committed later delta");
    assert_eq!(reader.vec_search(&vector(10), 1).unwrap().get(0).unwrap().frame_id(), committed);
    assert_eq!(timeline_ids(&reader), [first[0], first[1], first[2], committed]);
    assert_eq!(reader.stats().unwrap().frame_count, 4);
    drop(reader);

    // memvid-core's own reader: the file as of its last checkpoint, whole.
    let official = memvid_core::Memvid::open_read_only(&path).unwrap();
    assert!(official.stats().unwrap().frame_count <= 4);
    drop(official);
    // memvid-core's deep verify: every stored byte checks; the WAL holds records that no
    // checkpoint wrote yet, and it says so (as it does for puts not yet committed).
    let report = memvid_core::Memvid::verify(&path, true).unwrap();
    let failed: Vec<&str> =
        report.checks.iter().filter(|c| c.status == memvid_core::VerificationStatus::Failed).map(|c| c.name.as_str()).collect();
    assert_eq!(failed, ["WalPendingRecords"], "{:?}", report.checks);

    writer.commit().unwrap();
    writer.delete_frame(first[1]).unwrap();
    writer.commit().unwrap();
    let reader = MemvidStore::open_read_only(path.as_bytes()).unwrap();
    assert_eq!(count(&reader, "epsilon"), 1);
    assert_eq!(written_ok(|w| reader.frame_text(pending, w)), "never committed epsilon");
    assert_eq!(count(&reader, "gamma1"), 0, "a deleted document is found");
    assert_eq!(timeline_ids(&reader), [first[0], first[2], committed, pending]);
    drop(reader);
    writer.close().unwrap();

    let mut official = memvid_core::Memvid::open_read_only(&path).unwrap();
    assert_eq!(official.stats().unwrap().active_frame_count, 4);
    let hits = official.search(memvid_core::SearchRequest {
        query: "epsilon".into(),
        top_k: 5,
        snippet_chars: 80,
        uri: None,
        scope: None,
        cursor: None,
        as_of_frame: None,
        as_of_ts: None,
        no_sketch: true,
        acl_context: None,
        acl_enforcement_mode: Default::default(),
    });
    assert_eq!(hits.unwrap().hits.iter().map(|h| h.frame_id).collect::<Vec<_>>(), [pending]);
}

/// The other process of the tests below: commits `committed` documents (incrementally), puts one
/// more without committing, says so, and waits to be killed.
#[test]
fn child_writer_killed_with_commits_in_its_wal() {
    let Ok(role) = std::env::var("MEMVID_FFI_CHILD") else { return };
    let path = std::env::var("MEMVID_FFI_CHILD_PATH").unwrap();
    let committed: u64 = role.strip_prefix("commit:").unwrap().parse().unwrap();
    let store = MemvidStore::open(path.as_bytes()).unwrap();
    for n in 0..committed {
        store.put_text(format!("committed document zeta{n}zeta").as_bytes(), None).unwrap();
        store.commit().unwrap();
    }
    store.put_text(b"uncommitted document omegaomega", None).unwrap();
    let mut out = std::io::stdout();
    writeln!(out, "\nready").unwrap();
    out.flush().unwrap();
    let _ = std::io::stdin().lines().count();
}

/// A writer killed after `committed` incremental commits and one uncommitted put.
fn killed_writer(path: &str, committed: u64) {
    let mut child: Child = child_process(None, "child_writer_killed_with_commits_in_its_wal", &format!("commit:{committed}"), path)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    assert!(lines.any(|l| l.unwrap() == "ready"), "the child did not get there");
    child.kill().unwrap();
    child.wait().unwrap();
}

/// Flips a byte of the first occurrence of `token` inside the WAL region (a record's search
/// text): that record then fails its checksum.
fn damage_wal_record(path: &str, token: &str) {
    let mut bytes = std::fs::read(path).unwrap();
    let wal_offset = u64::from_le_bytes(bytes[16..24].try_into().unwrap()) as usize;
    let wal_size = u64::from_le_bytes(bytes[24..32].try_into().unwrap()) as usize;
    let region = &bytes[wal_offset..wal_offset + wal_size];
    let at = region.windows(token.len()).position(|w| w == token.as_bytes()).unwrap_or_else(|| panic!("{token} is not in the WAL"));
    bytes[wal_offset + at] ^= 0x01;
    std::fs::write(path, bytes).unwrap();
}

#[test]
fn a_torn_record_after_the_commit_mark_loses_nothing_committed() {
    let dir = tempdir();
    let path = dir.path("torn.mv2");
    store_with_docs(&path).close().unwrap();
    killed_writer(&path, 6);
    // The uncommitted put's record fails its checksum, as a record torn by the crash would.
    damage_wal_record(&path, "omegaomega");

    let reader = MemvidStore::open_read_only(path.as_bytes()).unwrap();
    for n in 0..6 {
        assert_eq!(count(&reader, &format!("zeta{n}zeta")), 1, "reader: committed document {n}");
    }
    drop(reader);
    let store = MemvidStore::open(path.as_bytes()).unwrap();
    for n in 0..6 {
        assert_eq!(count(&store, &format!("zeta{n}zeta")), 1, "writer: committed document {n}");
    }
    assert_eq!(count(&store, "omegaomega"), 0);
    assert_eq!(store.stats().unwrap().frame_count, DOCS.len() as u64 + 6);
    store.close().unwrap();
    let report = memvid_core::Memvid::verify(&path, true).unwrap();
    assert_eq!(report.overall_status, memvid_core::VerificationStatus::Passed, "{:?}", report.checks);
}

#[test]
fn a_damaged_committed_record_is_refused_and_the_file_left_as_it_was() {
    let dir = tempdir();
    let path = dir.path("damaged.mv2");
    store_with_docs(&path).close().unwrap();
    killed_writer(&path, 4);
    damage_wal_record(&path, "zeta2zeta");
    let before = std::fs::read(&path).unwrap();
    expect_code(MemvidStore::open(path.as_bytes()), Code::CorruptFile);
    expect_code(MemvidStore::open_read_only(path.as_bytes()), Code::CorruptFile);
    assert_eq!(std::fs::read(&path).unwrap(), before, "a refused open changed the file");
}

//! Lifecycle, writes, reads and their error paths, through the bridge functions themselves.

mod common;

use common::*;
use memvid_ffi::batch::ffi::MemvidPutBatch;
use memvid_ffi::errors::ffi::MemvidErrorCode as Code;
use memvid_ffi::options::ffi::{MemvidPutOptions, MemvidTimelineQuery};
use memvid_ffi::store::ffi::MemvidStore;
use memvid_ffi::version::ffi::MemvidVersion;

#[test]
fn create_put_commit_reopen_round_trip() {
    let dir = tempdir();
    let path = dir.path("round.mv2");
    let store = store_with_docs(&path);
    assert_eq!(written(|w| store.path(w)), path);
    store.close().unwrap();
    assert!(store.is_closed());
    store.close().expect("closing twice is fine");
    drop(store);

    let store = MemvidStore::open(path.as_bytes()).unwrap();
    let stats = store.stats().unwrap();
    assert_eq!(stats.frame_count, 3);
    assert_eq!(stats.active_frame_count, 3);
    assert!(stats.has_lex_index);
    assert!(stats.size_bytes > 0 && stats.capacity_bytes > stats.size_bytes);
    let frame = store.frame(1).unwrap();
    assert_eq!(written(|w| frame.title(w)), "WebAssembly");
    assert_eq!(written(|w| frame.uri(w)), "mv2://docs/1");
    assert!(frame.is_active());
    assert_eq!(written_ok(|w| store.frame_text(2, w)), DOCS[2].1);
    let by_uri = store.frame_by_uri(b"mv2://docs/0").unwrap();
    assert_eq!(by_uri.id(), 0);
    assert_eq!(written_ok(|w| store.frame_text_by_uri(b"mv2://docs/0", w)), DOCS[0].1);
    let json = written_ok(|w| frame.to_json(w));
    assert!(json.contains("\"title\":\"WebAssembly\""), "{json}");
}

#[test]
fn puts_become_visible_at_commit_and_state_says_so() {
    let dir = tempdir();
    let store = MemvidStore::create(dir.path("state.mv2").as_bytes()).unwrap();
    store.put_text(b"pending document about zebras", None).unwrap();
    let state = store.state().unwrap();
    assert_eq!((state.committed_frames, state.pending_frames, state.next_frame_id), (0, 1, 1));
    assert!(!state.read_only);
    expect_code(store.frame(0), Code::FrameNotFound);
    store.commit().unwrap();
    let state = store.state().unwrap();
    assert_eq!((state.committed_frames, state.pending_frames), (1, 0));
    assert_eq!(store.find(b"zebras", None).unwrap().len(), 1);
}

#[test]
fn destroy_without_close_commits_pending_puts() {
    let dir = tempdir();
    let path = dir.path("drop.mv2");
    let store = MemvidStore::create(path.as_bytes()).unwrap();
    store.put_text(b"kept although never committed explicitly", None).unwrap();
    drop(store);
    let store = MemvidStore::open_read_only(path.as_bytes()).unwrap();
    assert_eq!(store.stats().unwrap().frame_count, 1);
}

#[test]
fn create_refuses_existing_file_and_missing_directory() {
    let dir = tempdir();
    let path = dir.path("exists.mv2");
    std::fs::write(&path, b"precious bytes").unwrap();
    expect_code(MemvidStore::create(path.as_bytes()), Code::AlreadyExists);
    assert_eq!(std::fs::read(&path).unwrap(), b"precious bytes", "create must not truncate");
    expect_code(MemvidStore::create(dir.path("no/such/dir/x.mv2").as_bytes()), Code::FileNotFound);
    expect_code(MemvidStore::create(b""), Code::InvalidArgument);
    expect_code(MemvidStore::create(b"bad\xff.mv2"), Code::InvalidUtf8);
}

#[test]
fn open_errors_have_their_codes() {
    let dir = tempdir();
    expect_code(MemvidStore::open(dir.path("missing.mv2").as_bytes()), Code::FileNotFound);
    expect_code(MemvidStore::open_read_only(dir.path("missing.mv2").as_bytes()), Code::FileNotFound);
    let junk = dir.path("junk.mv2");
    std::fs::write(&junk, vec![7u8; 8192]).unwrap();
    expect_code(MemvidStore::open(junk.as_bytes()), Code::CorruptFile);
    let tiny = dir.path("tiny.mv2");
    std::fs::write(&tiny, b"MV").unwrap();
    expect_code(MemvidStore::open(tiny.as_bytes()), Code::CorruptFile);
}

#[test]
fn a_second_writer_is_refused_while_the_first_holds_the_file() {
    let dir = tempdir();
    let path = dir.path("locked.mv2");
    let first = store_with_docs(&path);
    expect_code(MemvidStore::open(path.as_bytes()), Code::Locked);
    first.close().unwrap();
    MemvidStore::open(path.as_bytes()).expect("free again after close");
}

#[test]
fn read_only_handles_refuse_writes_and_leave_the_bytes_alone() {
    let dir = tempdir();
    let path = dir.path("ro.mv2");
    store_with_docs(&path).close().unwrap();
    let before = std::fs::read(&path).unwrap();
    let store = MemvidStore::open_read_only(path.as_bytes()).unwrap();
    assert!(store.is_read_only());
    assert!(store.state().unwrap().read_only);
    expect_code(store.put_text(b"nope", None), Code::ReadOnly);
    expect_code(store.commit(), Code::ReadOnly);
    expect_code(store.delete_frame(0), Code::ReadOnly);
    let mut batch = MemvidPutBatch::new();
    batch.add_text(b"nope", None).unwrap();
    expect_code(store.put_many(&batch), Code::ReadOnly);
    assert_eq!(store.find(b"rust", None).unwrap().len(), 1);
    store.timeline(None).unwrap();
    store.close().unwrap();
    drop(store);
    assert!(std::fs::read(&path).unwrap() == before, "read-only use changed the file");
}

#[test]
fn closed_handles_refuse_every_call() {
    let dir = tempdir();
    let store = store_with_docs(&dir.path("closed.mv2"));
    store.close().unwrap();
    expect_code(store.put_text(b"late", None), Code::HandleClosed);
    expect_code(store.find(b"rust", None), Code::HandleClosed);
    expect_code(store.vec_search(&[1.0, 0.0], 1), Code::HandleClosed);
    expect_code(store.stats(), Code::HandleClosed);
    expect_code(store.state(), Code::HandleClosed);
    expect_code(store.frame(0), Code::HandleClosed);
    expect_code(store.commit(), Code::HandleClosed);
    expect_code(store.timeline(None), Code::HandleClosed);
}

#[test]
fn bad_put_arguments_are_refused() {
    let dir = tempdir();
    let store = MemvidStore::create(dir.path("bad.mv2").as_bytes()).unwrap();
    expect_code(store.put_text(b"caf\xc3", None), Code::InvalidUtf8);
    expect_code(store.put_text(b"", None), Code::InvalidArgument);
    expect_code(store.put_bytes(b"", None), Code::InvalidArgument);
    expect_code(store.put_text_with_embedding(b"x", &[], None), Code::InvalidArgument);
    expect_code(store.put_text_with_embedding(b"x", &[1.0, f32::NAN], None), Code::InvalidArgument);
    expect_code(store.put_text_with_embedding(b"x", &[f32::INFINITY], None), Code::InvalidArgument);
    let mut o = MemvidPutOptions::new();
    expect_code(o.set_title(b"\xff"), Code::InvalidUtf8);
    assert_eq!(store.state().unwrap().pending_frames, 0, "refused puts must not write");
}

#[test]
fn frames_can_be_deleted_and_listed_on_the_timeline() {
    let dir = tempdir();
    let store = MemvidStore::create(dir.path("tl.mv2").as_bytes()).unwrap();
    for (i, ts) in [100i64, 200, 300].iter().enumerate() {
        let mut o = MemvidPutOptions::new();
        o.set_timestamp(*ts);
        store.put_text(format!("timeline entry number {i}").as_bytes(), Some(&o)).unwrap();
    }
    store.commit().unwrap();
    let all = store.timeline(None).unwrap();
    assert_eq!(all.len(), 3);
    assert_eq!(all.get(0).unwrap().timestamp(), 100);
    assert!(all.get(3).is_none());

    let mut q = MemvidTimelineQuery::new();
    q.set_reverse(true);
    q.set_limit(2).unwrap();
    let newest = store.timeline(Some(&q)).unwrap();
    let ids: Vec<u64> = std::iter::from_fn({
        let mut it = newest.iter();
        move || it.next().map(|e| e.frame_id())
    })
    .collect();
    assert_eq!(ids, vec![2, 1]);
    expect_code(q.set_limit(0), Code::InvalidArgument);

    let mut q = MemvidTimelineQuery::new();
    q.set_since(150);
    q.set_until(250);
    let middle = store.timeline(Some(&q)).unwrap();
    assert_eq!(middle.len(), 1);
    assert!(written(|w| middle.get(0).unwrap().preview(w)).contains("number 1"));

    store.delete_frame(1).unwrap();
    store.commit().unwrap();
    assert!(!store.frame(1).unwrap().is_active());
    expect_code(store.delete_frame(1), Code::InvalidFrame);
    expect_code(store.delete_frame(99), Code::FrameNotFound);
    expect_code(write_result(|w| store.frame_text(99, w)), Code::FrameNotFound);
    assert_eq!(store.timeline(None).unwrap().len(), 2);
}

#[test]
fn put_options_reach_the_frame() {
    let dir = tempdir();
    let store = MemvidStore::create(dir.path("meta.mv2").as_bytes()).unwrap();
    let mut o = opts("Quarterly notes", "mv2://notes/q3");
    o.set_kind(b"note").unwrap();
    o.set_track(b"work").unwrap();
    o.add_tag(b"planning").unwrap();
    o.add_label(b"meeting").unwrap();
    o.set_metadata(b"team", b"search").unwrap();
    o.set_timestamp(1_700_000_000);
    let id = store.put_text(b"The quarterly planning meeting notes.", Some(&o)).unwrap();
    store.commit().unwrap();
    let frame = store.frame(id).unwrap();
    assert_eq!(written(|w| frame.kind(w)), "note");
    assert_eq!(written(|w| frame.track(w)), "work");
    assert_eq!(frame.timestamp(), 1_700_000_000);
    let json = written_ok(|w| frame.to_json(w));
    for needle in ["\"planning\"", "\"meeting\"", "\"team\":\"search\""] {
        assert!(json.contains(needle), "{needle} missing in {json}");
    }

    let from_json = MemvidPutOptions::from_json(br#"{"title":"From JSON","uri":"mv2://j/1","tags":["a"]}"#).unwrap();
    let id = store.put_text(b"document configured through JSON options", Some(&from_json)).unwrap();
    store.commit().unwrap();
    assert_eq!(written(|w| store.frame(id).unwrap().title(w)), "From JSON");
    assert!(written_ok(|w| from_json.to_json(w)).contains("\"extract_triplets\":true"));
}

#[test]
fn put_many_keeps_all_5000_documents_across_reopen() {
    let dir = tempdir();
    let path = dir.path("many.mv2");
    let store = MemvidStore::create(path.as_bytes()).unwrap();
    let mut batch = MemvidPutBatch::new();
    for i in 0..5000 {
        let o = opts(&format!("doc {i}"), &format!("mv2://batch/{i}"));
        batch.add_text(format!("batch document {i} token{i}x").as_bytes(), Some(&o)).unwrap();
    }
    assert_eq!(batch.len(), 5000);
    let ids = store.put_many(&batch).unwrap();
    assert_eq!(ids.len(), 5000);
    assert_eq!((ids.get(0), ids.get(4999), ids.get(5000)), (Some(0), Some(4999), None));
    store.close().unwrap();
    drop(store);

    let store = MemvidStore::open_read_only(path.as_bytes()).unwrap();
    assert_eq!(store.stats().unwrap().frame_count, 5000);
    for i in 0..5000u64 {
        let frame = store.frame(i).unwrap();
        assert_eq!(written(|w| frame.uri(w)), format!("mv2://batch/{i}"));
    }
    for i in [0, 1234, 4999] {
        let hits = store.find(format!("token{i}x").as_bytes(), None).unwrap();
        assert_eq!(hits.get(0).map(|h| h.frame_id()), Some(i), "token{i}x");
    }
}

#[test]
fn put_many_refuses_bad_documents_before_writing() {
    let dir = tempdir();
    let store = MemvidStore::create(dir.path("badbatch.mv2").as_bytes()).unwrap();
    let mut batch = MemvidPutBatch::new();
    expect_code(batch.add_text(b"\xfe", None), Code::InvalidUtf8);
    expect_code(batch.add_text_with_embedding(b"x", &[f32::NAN], None), Code::InvalidArgument);
    batch.add_text(b"fine", None).unwrap();
    batch.add_bytes(b"", None);
    expect_code(store.put_many(&batch), Code::InvalidArgument);
    assert_eq!(store.state().unwrap().pending_frames, 0);
}

#[test]
fn version_names_binding_and_core() {
    assert_eq!(written(MemvidVersion::binding), env!("CARGO_PKG_VERSION"));
    assert_eq!(written(MemvidVersion::core), "2.0.140");
    assert_eq!(
        written(MemvidVersion::describe),
        format!("memvid-ffi {} (memvid-core 2.0.140)", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn exceeding_the_free_capacity_is_mv001_and_writes_nothing() {
    let dir = tempdir();
    let store = MemvidStore::create(dir.path("cap.mv2").as_bytes()).unwrap();
    let capacity = store.stats().unwrap().capacity_bytes;
    assert_eq!(capacity, 50 * 1024 * 1024, "free tier");
    // Incompressible bytes, so compression cannot keep the file under the cap.
    let mut seed = 0x9e3779b97f4a7c15u64;
    let chunk: Vec<u8> = (0..4 * 1024 * 1024)
        .map(|_| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed as u8
        })
        .collect();
    let mut stored = 0u64;
    let error = loop {
        let mut doc = chunk.clone();
        doc[..8].copy_from_slice(&stored.to_le_bytes());
        match store.put_bytes(&doc, None) {
            Ok(_) => stored += 1,
            Err(e) => break e,
        }
        assert!(stored < 20, "50 MB cap never reached");
    };
    assert_eq!(error.error_code(), Code::CapacityExceeded, "{error:?}");
    assert!(error.error_message().contains("Capacity exceeded"), "{error:?}");
    // memvid-core may checkpoint (commit) on its own during large puts; either way, only the
    // accepted puts are there.
    let state = store.state().unwrap();
    assert_eq!(state.committed_frames + state.pending_frames, stored, "the refused put wrote nothing");
    store.commit().unwrap();
    assert_eq!(store.stats().unwrap().frame_count, stored);
}

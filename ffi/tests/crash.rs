//! Crash safety: a writer killed with SIGKILL at random points loses nothing it had committed.
//!
//! Each trial starts a writer process (this test binary again, with `MEMVID_FFI_CHILD` set) that
//! puts documents and commits in a loop on one shared file, printing each commit once it has
//! returned; the parent kills it after a random delay, then reopens the file and checks that every
//! acknowledged document is there, findable and intact (for a reader, then for the next writer),
//! and that memvid-core's deep verification passes. The next trial writes to the same file, so
//! recovery from a kill is itself exercised.
//! Replay a failing run with `MEMVID_FFI_SEED=<seed printed on failure>`.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::process::Stdio;
use std::sync::mpsc;
use std::time::Duration;

use common::*;
use memvid_ffi::batch::ffi::MemvidPutBatch;
use memvid_ffi::store::ffi::MemvidStore;

const TRIALS: u64 = 50;

fn text(trial: u64, n: u64) -> String {
    // A unique token per document, and some bulk so that commits take a while.
    // (memvid-core trims the text of documents long enough to be chunked: no edge whitespace.)
    format!("{}crash trial {trial} document {n} tok{trial}x{n}", "padding words for a longer commit ".repeat((n % 7) as usize * 20))
}

#[test]
fn sigkill_during_puts_and_commits_loses_no_committed_frame() {
    let seed = seed(0xc0ffee);
    let mut rng = Rng(seed);
    let dir = tempdir();
    let path = dir.path("crash.mv2");
    MemvidStore::create(path.as_bytes()).unwrap().close().unwrap();
    let mut acknowledged: Vec<(u64, u64, u64)> = Vec::new(); // (trial, n, frame id) of every committed document

    for trial in 0..TRIALS {
        let mut child = child_process(None, "child_writer", "writer", &path)
            .env("MEMVID_FFI_CHILD_TRIAL", trial.to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = mpsc::channel();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                // "committed n:id n:id ..." for the documents of one commit
                if let Some(docs) = line.strip_prefix("committed ") {
                    for doc in docs.split(' ') {
                        let (n, id) = doc.split_once(':').unwrap();
                        let _ = tx.send((n.parse::<u64>().unwrap(), id.parse::<u64>().unwrap()));
                    }
                }
            }
        });
        std::thread::sleep(Duration::from_millis(30 + rng.below(600)));
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        reader.join().unwrap();
        let committed: Vec<(u64, u64)> = rx.try_iter().collect();
        acknowledged.extend(committed.iter().map(|&(n, id)| (trial, n, id)));

        // A reader first: commits are incremental, so what this trial committed may be only in
        // the WAL, up to the header's commit mark; a reader replays it (on a copy: the file is
        // left as it is for the writer's recovery below).
        let before = std::fs::read(&path).unwrap();
        let reader = MemvidStore::open_read_only(path.as_bytes())
            .unwrap_or_else(|e| panic!("seed {seed}, trial {trial}: read-only reopen failed: {e:?}"));
        for &(n, id) in &committed {
            let context = format!("seed {seed}, trial {trial}, document {n}, frame {id}, reader");
            assert_eq!(written_ok(|w| reader.frame_text(id, w)), text(trial, n), "{context}");
            assert_searchable(&reader, trial, n, &context);
        }
        drop(reader);
        assert!(std::fs::read(&path).unwrap() == before, "seed {seed}, trial {trial}: the reader changed the file");

        let store = MemvidStore::open(path.as_bytes())
            .unwrap_or_else(|e| panic!("seed {seed}, trial {trial}: reopen failed: {e:?}"));
        let frames = store.stats().unwrap().frame_count;
        assert!(frames >= acknowledged.len() as u64, "seed {seed}, trial {trial}: {frames} frames < {}", acknowledged.len());
        for &(n, id) in &committed {
            let context = format!("seed {seed}, trial {trial}, document {n}, frame {id}");
            assert_eq!(written_ok(|w| store.frame_text(id, w)), text(trial, n), "{context}");
            assert_searchable(&store, trial, n, &context);
        }
        store.close().unwrap();
        drop(store);
        let report = memvid_core::Memvid::verify(&path, true).unwrap();
        assert_eq!(
            report.overall_status,
            memvid_core::VerificationStatus::Passed,
            "seed {seed}, trial {trial}: {:?}",
            report.checks
        );
    }

    // Everything acknowledged in every trial is still there at the end.
    let store = MemvidStore::open_read_only(path.as_bytes()).unwrap();
    for &(trial, n, id) in &acknowledged {
        let context = format!("at the end: trial {trial}, document {n}, frame {id}");
        assert_eq!(written_ok(|w| store.frame_text(id, w)), text(trial, n), "{context}");
        assert_searchable(&store, trial, n, &context);
    }
    println!("{TRIALS} kills, {} acknowledged documents all present (seed {seed})", acknowledged.len());
}

/// memvid-core splits long documents into a parent frame and chunk frames, and the token may be
/// found in either: every hit must contain it.
fn assert_searchable(store: &MemvidStore, trial: u64, n: u64, context: &str) {
    let token = format!("tok{trial}x{n}");
    let hits = store.find(token.as_bytes(), None).unwrap();
    assert!(!hits.is_empty(), "{context}: not found");
    for i in 0..hits.len() {
        let id = hits.get(i).unwrap().frame_id();
        assert!(written_ok(|w| store.frame_text(id, w)).contains(&token), "{context}: hit {id} is another document");
    }
}

/// The writer process: puts (single and batched) and commits until it is killed.
#[test]
fn child_writer() {
    if std::env::var("MEMVID_FFI_CHILD").as_deref() != Ok("writer") {
        return;
    }
    let path = std::env::var("MEMVID_FFI_CHILD_PATH").unwrap();
    let trial: u64 = std::env::var("MEMVID_FFI_CHILD_TRIAL").unwrap().parse().unwrap();
    let store = MemvidStore::open(path.as_bytes()).unwrap();
    let mut out = std::io::stdout();
    let mut n = 0;
    loop {
        let ids: Vec<u64> = if n % 2 == 0 {
            let mut batch = MemvidPutBatch::new();
            for i in n..n + 3 {
                batch.add_text(text(trial, i).as_bytes(), None).unwrap();
            }
            let ids = store.put_many(&batch).unwrap();
            (0..ids.len()).map(|i| ids.get(i).unwrap()).collect()
        } else {
            vec![store.put_text(text(trial, n).as_bytes(), None).unwrap()]
        };
        store.commit().unwrap();
        let docs: Vec<String> = ids.iter().enumerate().map(|(i, id)| format!("{}:{id}", n + i as u64)).collect();
        writeln!(out, "\ncommitted {}", docs.join(" ")).unwrap();
        n += ids.len() as u64;
        out.flush().unwrap();
    }
}

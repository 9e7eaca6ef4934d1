//! Long random operation sequences, checked after reopen: nothing a commit made durable may be
//! lost or unreadable.
//!
//! Each seed creates a memory with its own vector dimension and runs a few thousand steps drawn
//! from single puts (half with an embedding), batches, deletes, commits and finds, with documents
//! from a few bytes to tens of KiB so the write-ahead log fills and grows at unplanned moments.
//! Then the memory is closed, reopened read-only, and every frame id a put returned is read back:
//! live documents with exactly their text, deleted ones absent from search, and deep `verify` must
//! pass. The threaded variant shares one handle between 8 threads.
//!
//! `MEMVID_STRESS_SEEDS` (default 2) × `MEMVID_STRESS_STEPS` (default 400) size the single-threaded
//! run, `MEMVID_STRESS_THREAD_SEEDS` (default 1) × `MEMVID_STRESS_THREAD_STEPS` (per thread,
//! default an eighth of the steps) the threaded one. `cargo tool test integrity` runs 20 seeds ×
//! 1,000 steps and 3 memories of 8 threads × 125 steps; with `MEMVID_STRESS_STEPS=3000
//! MEMVID_STRESS_THREAD_STEPS=375` set, the full 20 × 3,000 and 3 × 8 × 375 (28 minutes each here);
//! `MEMVID_STRESS_FIRST_SEED` replays one seed, `MEMVID_STRESS_TRACE=1` prints every draw.

mod common;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use common::*;
use memvid_ffi::batch::ffi::MemvidPutBatch;
use memvid_ffi::maintenance::ffi::MemvidMaintenance;
use memvid_ffi::store::ffi::MemvidStore;

const WORDS: [&str; 16] = [
    "river", "stone", "lamp", "orbit", "cedar", "signal", "harbor", "pixel", "meadow", "copper", "violet",
    "tunnel", "and", "or", "not", "the",
];
const DIMENSIONS: [usize; 5] = [4, 8, 16, 64, 384];

fn chance(rng: &mut Rng, percent: u64) -> bool {
    rng.below(100) < percent
}

fn vector(rng: &mut Rng, dim: usize) -> Vec<f32> {
    (0..dim).map(|_| (rng.below(2001) as f32 - 1000.0) / 1000.0 + 0.001).collect()
}

#[derive(Clone)]
struct Doc {
    id: u64,
    text: String,
    token: String,
    deleted: bool,
}

/// A document text: a unique token, then words, sometimes padded to many KiB. Texts are already
/// in memvid's normal form (single spaces, no trailing space): documents of 2,400 characters and
/// more are stored as normalized chunks, and read back as such.
fn document(rng: &mut Rng, serial: String) -> (String, String) {
    let token = format!("tok{serial}q");
    let mut text = token.clone();
    let size = if chance(rng, 4) { 1024 * (1 + rng.below(40)) as usize } else { 0 };
    let words = 1 + rng.below(30);
    let mut n = 0;
    while n < words || text.len() < size {
        text.push(' ');
        text.push_str(WORDS[rng.below(WORDS.len() as u64) as usize]);
        n += 1;
    }
    (text, token)
}

/// One thread's part of a run. `committed` holds the docs this thread knows are durable: put
/// before one of its own commits.
struct Worker {
    rng: Rng,
    name: String,
    dim: usize,
    serial: u64,
    pending: Vec<Doc>,
    committed: Vec<Doc>,
}

impl Worker {
    fn new(seed: u64, name: String, dim: usize) -> Self {
        Self { rng: Rng(seed), name, dim, serial: 0, pending: Vec::new(), committed: Vec::new() }
    }

    fn new_doc(&mut self) -> (String, String) {
        self.serial += 1;
        let serial = format!("{}n{}", self.name, self.serial);
        document(&mut self.rng, serial)
    }

    fn step(&mut self, store: &MemvidStore) {
        let draw = self.rng.below(100);
        if std::env::var_os("MEMVID_STRESS_TRACE").is_some() {
            let state = store.state().unwrap();
            eprintln!("{} draw {draw} next {} pending {}", self.name, state.next_frame_id, state.pending_frames);
        }
        match draw {
            0..=44 => {
                let (text, token) = self.new_doc();
                let id = if chance(&mut self.rng, 50) {
                    let v = vector(&mut self.rng, self.dim);
                    store.put_text_with_embedding(text.as_bytes(), &v, None)
                } else {
                    store.put_text(text.as_bytes(), None)
                }
                .unwrap_or_else(|e| panic!("put: {}", e.error_message()));
                self.pending.push(Doc { id, text, token, deleted: false });
            }
            45..=52 => {
                let mut batch = MemvidPutBatch::new();
                let mut docs = Vec::new();
                for _ in 0..1 + self.rng.below(8) {
                    let (text, token) = self.new_doc();
                    if chance(&mut self.rng, 50) {
                        let v = vector(&mut self.rng, self.dim);
                        batch.add_text_with_embedding(text.as_bytes(), &v, None).unwrap();
                    } else {
                        batch.add_text(text.as_bytes(), None).unwrap();
                    }
                    docs.push((text, token));
                }
                let ids = store.put_many(&batch).unwrap_or_else(|e| panic!("put_many: {}", e.error_message()));
                assert_eq!(ids.len(), docs.len());
                for (k, (text, token)) in docs.into_iter().enumerate() {
                    self.pending.push(Doc { id: ids.get(k).unwrap(), text, token, deleted: false });
                }
            }
            53..=57 => {
                let live: Vec<usize> = (0..self.committed.len()).filter(|&i| !self.committed[i].deleted).collect();
                if !live.is_empty() {
                    let i = live[self.rng.below(live.len() as u64) as usize];
                    store
                        .delete_frame(self.committed[i].id)
                        .unwrap_or_else(|e| panic!("delete {}: {}", self.committed[i].id, e.error_message()));
                    self.committed[i].deleted = true;
                }
            }
            58..=74 => {
                store.commit().unwrap_or_else(|e| panic!("commit: {}", e.error_message()));
                self.committed.append(&mut self.pending);
            }
            _ => {
                if !self.committed.is_empty() {
                    let doc = &self.committed[self.rng.below(self.committed.len() as u64) as usize];
                    let hits = store.find(doc.token.as_bytes(), None).unwrap_or_else(|e| {
                        panic!("find {}: {}", doc.token, e.error_message())
                    });
                    // Committed by this worker's own commit, so searchable; a delete may still be
                    // pending, so a deleted document may or may not come back. A chunked document
                    // may be found through its first chunk (a frame of its own, holding the token).
                    let found = (0..hits.len()).map(|i| hits.get(i).unwrap()).any(|hit| {
                        hit.frame_id() == doc.id || written(|w| hit.text(w)).contains(&doc.token)
                    });
                    assert!(doc.deleted || found, "find {}: frame {} not found", doc.token, doc.id);
                }
            }
        }
    }
}

/// Reopens `path` read-only and checks every document: live ones read back exactly, deleted ones
/// are not found, and deep verify passes. Returns the number of documents checked.
fn check_reopened(path: &str, docs: &[Doc], what: &str) -> usize {
    let store = MemvidStore::open_read_only(path.as_bytes()).unwrap_or_else(|e| panic!("{what}: reopen: {}", e.error_message()));
    let mut unreadable = Vec::new();
    for doc in docs {
        if doc.deleted {
            let hits = store.find(doc.token.as_bytes(), None).expect("find");
            let found = (0..hits.len()).any(|i| hits.get(i).unwrap().frame_id() == doc.id);
            assert!(!found, "{what}: deleted frame {} is still found", doc.id);
            continue;
        }
        match write_result(|w| store.frame_text(doc.id, w)) {
            Ok(text) if text == doc.text => {}
            Ok(t) => unreadable.push(format!("frame {}: different text: {} bytes, expected {}, first difference at {:?}", doc.id, t.len(), doc.text.len(), t.bytes().zip(doc.text.bytes()).position(|(a, b)| a != b))),
            Err(e) => unreadable.push(format!("frame {}: {}", doc.id, e.error_message())),
        }
    }
    assert!(
        unreadable.is_empty(),
        "{what}: {} of {} frames lost or unreadable: {}",
        unreadable.len(),
        docs.len(),
        unreadable.iter().take(8).cloned().collect::<Vec<_>>().join("; ")
    );
    drop(store);
    let report = MemvidMaintenance::verify(path.as_bytes(), true).expect("verify");
    assert!(report.passed(), "{what}: deep verify failed: {}", written(|w| report.to_json(w).unwrap()));
    docs.len()
}

fn run_single(seed: u64, steps: u64) -> usize {
    let dir = tempdir();
    let path = dir.path("stress.mv2");
    let dim = DIMENSIONS[(seed % DIMENSIONS.len() as u64) as usize];
    let store = MemvidStore::create(path.as_bytes()).expect("create");
    let mut worker = Worker::new(seed, "s".into(), dim);
    // The first committed embedding fixes the memory's dimension.
    let v = vector(&mut worker.rng, dim);
    let id = store.put_text_with_embedding(b"tokfirstq the first document", &v, None).unwrap();
    store.commit().unwrap();
    worker.committed.push(Doc { id, text: "tokfirstq the first document".into(), token: "tokfirstq".into(), deleted: false });
    for _ in 0..steps {
        worker.step(&store);
    }
    store.close().expect("close");
    let mut docs = worker.committed;
    docs.append(&mut worker.pending);
    check_reopened(&path, &docs, &format!("seed {seed}, dimension {dim}"))
}

#[test]
fn random_sequences_lose_no_committed_frame() {
    let seeds = env_or("MEMVID_STRESS_SEEDS", 2);
    let steps = env_or("MEMVID_STRESS_STEPS", 400);
    let first = env_or("MEMVID_STRESS_FIRST_SEED", 1);
    // Seeds are independent memories: two at a time, one per core.
    let next = Arc::new(AtomicU64::new(first));
    let checked = Arc::new(AtomicU64::new(0));
    let runners: Vec<_> = (0..2)
        .map(|_| {
            let (next, checked) = (next.clone(), checked.clone());
            std::thread::spawn(move || loop {
                let seed = next.fetch_add(1, Ordering::Relaxed);
                if seed >= first + seeds {
                    break;
                }
                checked.fetch_add(run_single(seed, steps) as u64, Ordering::Relaxed);
            })
        })
        .collect();
    for runner in runners {
        runner.join().expect("a seed failed (its panic is above)");
    }
    let checked = checked.load(Ordering::Relaxed);
    eprintln!("stress: {seeds} seeds x {steps} steps, {checked} frames read back, 0 lost");
}

#[test]
fn eight_threads_sharing_a_handle_lose_no_committed_frame() {
    let steps = env_or("MEMVID_STRESS_THREAD_STEPS", env_or("MEMVID_STRESS_STEPS", 400) / 8);
    let first = env_or("MEMVID_STRESS_FIRST_SEED", 1);
    for seed in first..first + env_or("MEMVID_STRESS_THREAD_SEEDS", 1) {
        run_threads(seed, steps);
    }
}

fn run_threads(seed: u64, steps: u64) {
    let dir = tempdir();
    let path = dir.path("threads.mv2");
    let dim = 8;
    let store = Arc::new(MemvidStore::create(path.as_bytes()).expect("create"));
    let v = vector(&mut Rng(seed), dim);
    store.put_text_with_embedding(b"tokfirstq the first document", &v, None).unwrap();
    store.commit().unwrap();
    let all = Arc::new(Mutex::new(Vec::new()));
    let threads: Vec<_> = (0..8u64)
        .map(|t| {
            let (store, all) = (store.clone(), all.clone());
            std::thread::spawn(move || {
                let mut worker = Worker::new(seed * 1000 + t, format!("t{t}"), dim);
                for _ in 0..steps {
                    worker.step(&store);
                }
                let mut all = all.lock().unwrap();
                all.extend(worker.committed);
                all.extend(worker.pending);
            })
        })
        .collect();
    for t in threads {
        t.join().expect("worker thread");
    }
    store.close().expect("close");
    let docs = all.lock().unwrap().clone();
    let checked = check_reopened(&path, &docs, &format!("8 threads, seed {seed}"));
    eprintln!("stress: 8 threads x {steps} steps, {checked} frames read back, 0 lost");
}

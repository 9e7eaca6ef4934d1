//! Damaged files: thousands of mutants of two valid memories, each opened read-only and writable
//! in a child process, then used (stats, find, frame reads, close, deep verify).
//!
//! What must hold for every mutant: the child neither crashes nor lets a panic through (a panic
//! may only come back as MV207, and quietly: the child's stderr stays empty); each open is decided
//! (ok or error) within a bounded CPU time (`OPEN_LIMIT`: CPU, not wall clock, so a loaded machine
//! does not fail the run; the slowest open is printed); a read-only open changes no byte of the file, nor does an open
//! that fails; no single allocation exceeds 4 × the file's size (a counting allocator in the child
//! measures it).
//!
//! Mutants are bit flips, truncations, zeroed and swapped 4 KiB pages, overwritten runs and header
//! fields set to extreme values, drawn from a seed. The bases are a clean memory and the same
//! memory with uncommitted puts left in its WAL by a writer that exited without closing.
//! `MEMVID_CORRUPT_MUTANTS` (default 150 per base) and `MEMVID_CORRUPT_LARGE_DOCS` (default 30,
//! about 4 MB) size the run; `cargo tool test integrity` runs 1,000 mutants per base and damages
//! the tail and table of contents of a ~40 MB memory. `MEMVID_CORRUPT_KEEP=<dir>` keeps the
//! mutants that fail.

mod common;

use std::alloc::{GlobalAlloc, Layout, System};
use std::io::Write;
use std::process::Stdio;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use common::*;
use memvid_ffi::batch::ffi::MemvidPutBatch;
use memvid_ffi::errors::ffi::{MemvidError, MemvidErrorCode as Code};
use memvid_ffi::maintenance::ffi::MemvidMaintenance;
use memvid_ffi::store::ffi::MemvidStore;

/// The system allocator, recording the largest single request.
struct Counting;

static LARGEST: AtomicUsize = AtomicUsize::new(0);

fn note(size: usize) {
    LARGEST.fetch_max(size, Ordering::Relaxed);
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        note(layout.size());
        unsafe { System.alloc(layout) }
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        note(layout.size());
        unsafe { System.alloc_zeroed(layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        note(new_size);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const PAGE: usize = 4096;
/// No open may spend more CPU time to decide. The bug this guards against took 11 s to minutes;
/// an unoptimized build is several times slower than a release build at the same work, and a
/// recovering open (copy, deep verify, replay) does several opens' work.
const OPEN_LIMIT: Duration = Duration::from_secs(if cfg!(debug_assertions) { 5 } else { 1 });
/// A child that has not finished by then hangs.
const CHILD_LIMIT: Duration = Duration::from_secs(60);
/// Allocations the binding makes whatever the file (tantivy's and the tokenizers' tables): the
/// 4 × file size rule applies above this floor.
const ALLOCATION_FLOOR: usize = 64 << 20;

// ---- the bases ------------------------------------------------------------------------------

fn words(rng: &mut Rng, n: usize) -> String {
    const WORDS: [&str; 10] = ["river", "stone", "lamp", "orbit", "cedar", "signal", "harbor", "pixel", "meadow", "copper"];
    (0..n).map(|_| WORDS[rng.below(WORDS.len() as u64) as usize]).collect::<Vec<_>>().join(" ")
}

/// A committed memory of `docs` documents, every `long_every`-th one of `long_words` words
/// (chunked), the others short; half with embeddings.
fn write_base(path: &str, docs: usize, long_every: usize, long_words: usize) {
    let mut rng = Rng(seed(11));
    let store = MemvidStore::create(path.as_bytes()).expect("create");
    let mut batch = MemvidPutBatch::new();
    for i in 0..docs {
        let n = if i % long_every == 0 { long_words } else { 5 + rng.below(40) as usize };
        let text = format!("doc{i}x {}", words(&mut rng, n));
        if i % 2 == 0 {
            let v: Vec<f32> = (0..8).map(|k| ((i * 8 + k) as f32).sin()).collect();
            batch.add_text_with_embedding(text.as_bytes(), &v, None).unwrap();
        } else {
            batch.add_text(text.as_bytes(), None).unwrap();
        }
    }
    store.put_many(&batch).expect("put_many");
    store.commit().expect("commit");
    store.close().expect("close");
}

/// The clean base with uncommitted puts in its WAL, left by a child that exits without closing.
fn write_base_with_wal_tail(clean: &str, path: &str) {
    std::fs::copy(clean, path).unwrap();
    let status = child_process(None, "child_process_role", "leave-wal-tail", path).status().unwrap();
    assert!(status.success(), "the WAL-tail writer failed");
    let lock = format!("{path}.lock");
    let _ = std::fs::remove_file(lock);
}

// ---- the mutants ----------------------------------------------------------------------------

#[derive(Debug)]
enum Mutation {
    FlipBit(usize, u8),
    Truncate(usize),
    ZeroPage(usize),
    SwapPages(usize, usize),
    Overwrite(usize, usize, u64),
    HeaderField(usize, u64),
    HeaderBytes(usize, usize, u8),
}

fn pages(len: usize) -> usize {
    len.div_ceil(PAGE)
}

/// A place to damage: the header, the table of contents near the end, or anywhere.
fn offset(rng: &mut Rng, len: usize) -> usize {
    match rng.below(10) {
        0..=2 => rng.below(PAGE.min(len) as u64) as usize,
        3..=5 => len - 1 - rng.below((64 * 1024).min(len) as u64) as usize,
        _ => rng.below(len as u64) as usize,
    }
}

fn draw(rng: &mut Rng, len: usize) -> Mutation {
    // The header's u64 fields: footer offset, WAL offset, WAL size, checkpoint, sequence.
    const FIELDS: [usize; 5] = [8, 16, 24, 32, 40];
    match rng.below(100) {
        0..=34 => Mutation::FlipBit(offset(rng, len), 1 << rng.below(8)),
        35..=44 => Mutation::Truncate(match rng.below(4) {
            0 => len - 1 - rng.below(PAGE as u64) as usize,
            1 => rng.below(2 * PAGE as u64) as usize,
            _ => rng.below(len as u64) as usize,
        }),
        45..=56 => Mutation::ZeroPage(match rng.below(3) {
            0 => pages(len) - 1,
            _ => rng.below(pages(len) as u64) as usize,
        }),
        57..=68 => {
            let a = rng.below(pages(len) as u64) as usize;
            Mutation::SwapPages(a, (a + 1 + rng.below(pages(len) as u64 - 1) as usize) % pages(len))
        }
        69..=76 => Mutation::Overwrite(offset(rng, len), 1 + rng.below(256) as usize, rng.next()),
        77..=92 => {
            let values = [0, 1, 4095, 4096, 1 << 32, 1 << 40, 1 << 63, u64::MAX, len as u64, len as u64 + 1, len as u64 - 1];
            Mutation::HeaderField(
                FIELDS[rng.below(FIELDS.len() as u64) as usize],
                values[rng.below(values.len() as u64) as usize],
            )
        }
        _ => {
            let start = 80 + rng.below(60) as usize;
            Mutation::HeaderBytes(start, 1 + rng.below(140 - start as u64) as usize, 1 + rng.below(255) as u8)
        }
    }
}

fn apply(base: &[u8], m: &Mutation) -> Vec<u8> {
    let mut b = base.to_vec();
    let page = |p: usize| p * PAGE..((p + 1) * PAGE).min(base.len());
    match *m {
        Mutation::FlipBit(at, bit) => b[at] ^= bit,
        Mutation::Truncate(to) => b.truncate(to),
        Mutation::ZeroPage(p) => b[page(p)].fill(0),
        Mutation::SwapPages(p, q) => {
            let (a, c) = (base[page(p)].to_vec(), base[page(q)].to_vec());
            if a.len() == c.len() {
                b[page(p)].copy_from_slice(&c);
                b[page(q)].copy_from_slice(&a);
            }
        }
        Mutation::Overwrite(at, n, seed) => {
            let mut rng = Rng(seed);
            for byte in b.iter_mut().skip(at).take(n) {
                *byte = rng.next() as u8;
            }
        }
        Mutation::HeaderField(at, value) => b[at..at + 8].copy_from_slice(&value.to_le_bytes()),
        Mutation::HeaderBytes(at, n, value) => b[at..at + n].fill(value),
    }
    b
}

// ---- one mutant, in a child -----------------------------------------------------------------

/// What a child reports for one mutant.
#[derive(Debug, Default)]
struct Outcome {
    problems: Vec<String>,
    opened: [bool; 2],
    /// CPU time of the slower of the two opens.
    slowest: Duration,
}

/// Runs one mutant in a child; returns what went wrong (nothing, for a pass).
fn check_mutant(dir: &TempDir, name: &str, content: &[u8]) -> Outcome {
    let path = dir.path(&format!("{name}.mv2"));
    std::fs::write(&path, content).unwrap();
    let mut child = child_process(None, "child_process_role", "mutant", &path)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break Some(status);
        }
        if started.elapsed() > CHILD_LIMIT {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    let output = child.wait_with_output().unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    let mut outcome = Outcome::default();
    match status {
        None => outcome.problems.push(format!("hung past {CHILD_LIMIT:?}")),
        Some(s) if !s.success() => outcome.problems.push(format!("child failed ({s}): {}", last_lines(&stdout, &stderr))),
        Some(_) => {}
    }
    if !stderr.trim().is_empty() {
        outcome.problems.push(format!("stderr not quiet: {}", stderr.lines().take(3).collect::<Vec<_>>().join(" | ")));
    }
    for line in stdout.lines() {
        if let Some(problem) = line.strip_prefix("PROBLEM ") {
            outcome.problems.push(problem.to_string());
        }
        if let Some(micros) = line.strip_prefix("CPU ").and_then(|m| m.parse().ok()) {
            outcome.slowest = outcome.slowest.max(Duration::from_micros(micros));
        }
        if let Some(mode) = line.strip_prefix("OPENED ") {
            outcome.opened[(mode == "rw") as usize] = true;
        }
    }
    if status.is_some_and(|s| s.success()) && !stdout.contains("DONE") {
        outcome.problems.push("child did not finish".into());
    }
    if let (false, Some(keep)) = (outcome.problems.is_empty(), std::env::var_os("MEMVID_CORRUPT_KEEP")) {
        // To replay a failure: MEMVID_FFI_CHILD=mutant MEMVID_FFI_CHILD_PATH=<copy> <test binary>.
        let _ = std::fs::copy(&path, std::path::Path::new(&keep).join(format!("{name}.mv2")));
    }
    let _ = std::fs::remove_file(&path);
    outcome
}

fn last_lines(stdout: &str, stderr: &str) -> String {
    let all: Vec<&str> = stdout.lines().chain(stderr.lines()).filter(|l| !l.trim().is_empty()).collect();
    all[all.len().saturating_sub(4)..].join(" | ")
}

/// The child's side: both opens of the mutant at `path`, each on its own copy.
fn child_mutant(path: &str) {
    let content = std::fs::read(path).unwrap();
    let limit = (4 * content.len()).max(ALLOCATION_FLOOR);
    let mut out = std::io::stdout();
    for read_only in [true, false] {
        let copy = format!("{path}.{}", if read_only { "ro" } else { "rw" });
        std::fs::write(&copy, &content).unwrap();
        let mut problem = |what: String| {
            writeln!(out, "PROBLEM {} {what}", if read_only { "read-only" } else { "writable" }).unwrap();
        };
        let started = cpu_time();
        let opened = if read_only { MemvidStore::open_read_only(copy.as_bytes()) } else { MemvidStore::open(copy.as_bytes()) };
        let took = cpu_time() - started;
        println!("CPU {}", took.as_micros());
        if took > OPEN_LIMIT {
            problem(format!("open took {took:?} of CPU time"));
        }
        match opened {
            Err(e) => {
                if std::fs::read(&copy).unwrap() != content {
                    problem(format!("failed open ({}) changed the file", describe(&e)));
                }
            }
            Ok(store) => {
                println!("OPENED {}", if read_only { "ro" } else { "rw" });
                let mut results: Vec<Result<(), Box<MemvidError>>> = Vec::new();
                results.push(store.stats().map(drop));
                results.push(store.find(b"river", None).map(drop));
                results.push(store.vec_search(&[0.5; 8], 3).map(drop));
                let frames = store.stats().map(|s| s.frame_count).unwrap_or(0).min(64);
                for id in 0..frames {
                    results.push(write_result(|w| store.frame_text(id, w)).map(drop));
                }
                results.push(store.close());
                for e in results.into_iter().filter_map(Result::err) {
                    if e.error_code() == Code::Internal && e.error_message().contains("panic") {
                        // Allowed (caught, reported as MV207); stderr must still be quiet.
                    } else if e.error_code() == Code::Internal {
                        problem(format!("unexpected MV207 {}", e.error_message()));
                    }
                }
                drop(store);
                if read_only && std::fs::read(&copy).unwrap() != content {
                    problem("read-only open changed the file".into());
                }
            }
        }
        if let Err(e) = MemvidMaintenance::verify(copy.as_bytes(), true) {
            if e.error_code() == Code::Internal {
                problem(format!("verify: {}", describe(&e)));
            }
        }
        let largest = LARGEST.load(Ordering::Relaxed);
        if largest > limit {
            problem(format!("allocated {largest} bytes at once (file: {} bytes)", content.len()));
        }
        let _ = std::fs::remove_file(&copy);
        let _ = std::fs::remove_file(format!("{copy}.lock"));
    }
    println!("DONE");
}

/// CPU time this process has used, all threads, user and system.
fn cpu_time() -> Duration {
    // SAFETY: getrusage only writes the struct it is given.
    let usage = unsafe {
        let mut usage = std::mem::zeroed::<libc::rusage>();
        assert_eq!(libc::getrusage(libc::RUSAGE_SELF, &mut usage), 0);
        usage
    };
    let time = |t: libc::timeval| Duration::from_secs(t.tv_sec as u64) + Duration::from_micros(t.tv_usec as u64);
    time(usage.ru_utime) + time(usage.ru_stime)
}

fn describe(e: &MemvidError) -> String {
    format!("{:?}: {}", e.error_code(), e.error_message())
}

// ---- the runs -------------------------------------------------------------------------------

/// Checks `count` mutants of `base`; returns (opened read-only, opened writable, slowest open).
fn run_mutants(dir: &TempDir, label: &str, base: &[u8], count: u64, seed: u64) -> (u64, u64, Duration) {
    let mut rng = Rng(seed);
    let mut failures = Vec::new();
    let (mut ro, mut rw, mut slowest) = (0, 0, Duration::ZERO);
    for i in 0..count {
        let m = draw(&mut rng, base.len());
        let outcome = check_mutant(dir, &format!("{label}-{i}"), &apply(base, &m));
        ro += outcome.opened[0] as u64;
        rw += outcome.opened[1] as u64;
        slowest = slowest.max(outcome.slowest);
        if !outcome.problems.is_empty() {
            failures.push(format!("{label} #{i} {m:?}: {}", outcome.problems.join("; ")));
        }
    }
    assert!(failures.is_empty(), "{} of {count} {label} mutants failed:\n{}", failures.len(), failures.join("\n"));
    (ro, rw, slowest)
}

#[test]
fn mutants_of_valid_memories_are_refused_or_served_safely() {
    let count = env_or("MEMVID_CORRUPT_MUTANTS", 150);
    let dir = tempdir();
    let clean = dir.path("clean.mv2");
    write_base(&clean, 120, 7, 700);
    let tail = dir.path("tail.mv2");
    write_base_with_wal_tail(&clean, &tail);
    let mut summary = Vec::new();
    for (label, path, seed) in [("clean", &clean, 1), ("wal-tail", &tail, 2)] {
        let base = std::fs::read(path).unwrap();
        let (ro, rw, slowest) = run_mutants(&dir, label, &base, count, seed);
        summary.push(format!(
            "{label} ({} KiB): {count} mutants, {ro} opened read-only, {rw} writable, slowest open {slowest:.2?} CPU",
            base.len() / 1024
        ));
    }
    eprintln!("corrupt: {}; 0 failures", summary.join("; "));
}

/// A large memory with a damaged tail: the writable open used to scan for minutes.
#[test]
fn a_large_memory_with_a_damaged_tail_is_decided_fast() {
    let docs = env_or("MEMVID_CORRUPT_LARGE_DOCS", 30);
    let dir = tempdir();
    let path = dir.path("large.mv2");
    write_base(&path, docs as usize, 1, 4000);
    let base = std::fs::read(&path).unwrap();
    let len = base.len();
    let toc = u64::from_le_bytes(base[8..16].try_into().unwrap()) as usize;
    let mutants = [
        Mutation::ZeroPage(pages(len) - 1),
        Mutation::Truncate(len - PAGE),
        Mutation::Overwrite(toc, 64, 9),
        Mutation::FlipBit(len - 40, 1),
        Mutation::HeaderField(8, 0),
    ];
    let mut failures = Vec::new();
    let mut slowest = Duration::ZERO;
    for (i, m) in mutants.iter().enumerate() {
        let outcome = check_mutant(&dir, &format!("large-{i}"), &apply(&base, m));
        slowest = slowest.max(outcome.slowest);
        if !outcome.problems.is_empty() {
            failures.push(format!("{m:?}: {}", outcome.problems.join("; ")));
        }
    }
    assert!(failures.is_empty(), "{} KiB memory:\n{}", len / 1024, failures.join("\n"));
    eprintln!(
        "corrupt: large memory of {} KiB, {} mutants decided, slowest open {slowest:.2?} CPU (limit {OPEN_LIMIT:?})",
        len / 1024,
        mutants.len()
    );
}

/// The other process of the tests above; a no-op unless `MEMVID_FFI_CHILD` names a role.
#[test]
fn child_process_role() {
    let Ok(role) = std::env::var("MEMVID_FFI_CHILD") else { return };
    let path = std::env::var("MEMVID_FFI_CHILD_PATH").unwrap();
    match role.as_str() {
        "mutant" => child_mutant(&path),
        "leave-wal-tail" => {
            let store = MemvidStore::open(path.as_bytes()).unwrap();
            let mut rng = Rng(5);
            for i in 0..6 {
                store.put_text(format!("pending{i}x {}", words(&mut rng, 30)).as_bytes(), None).unwrap();
            }
            // Exit as a crash would: no close, no commit.
            std::process::exit(0);
        }
        other => panic!("unknown child role {other}"),
    }
}

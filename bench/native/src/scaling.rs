//! The scaling program of `cargo tool bench --scaling`: what one commit costs as a memory grows,
//! and how the file grows with the number of commits. Built twice from this one source: against
//! the vendored memvid-core (the binding's, `memvid-bench-scaling`) and against the published
//! memvid-core 2.0.140 (`bench/unpatched`, `memvid-bench-scaling-unpatched`).
//!
//! Commits are made as the binding makes them: `CommitMode::Incremental` (the published crate
//! ignores the mode and commits fully, as it always does).
//!
//! Usage: `<program> <workload_dir> <out_dir> <docs> <cycles> <growth>`. The workload directory
//! is the bench's (tool/src/bench.rs); it must hold at least `docs + cycles + 1` documents and
//! `growth` documents.
//!
//! 1. `docs` documents are put with put_many batches (the binding's batch size and WAL estimate)
//!    and one commit: the memory's size, the size of its parts and the load time.
//! 2. `cycles` times: one more document is put, then committed. For the commit alone: CPU time of
//!    the process (all threads, getrusage), wall time, and
//!    bytes read and written (`rchar`/`wchar` of /proc/self/io: every read and write call,
//!    whether or not it reached the disk).
//! 3. One more document, committed with a full commit (`Memvid::commit`): what a checkpoint of
//!    the incremental commits costs at this size.
//! 4. Read-only open + close and lexical find (k = 10) on the result.
//! 5. If `growth` > 0: `growth` documents put and committed one at a time into a new memory, then
//!    closed, against the same documents put with one put_many and one commit: both file sizes,
//!    and the commits' cost along the way, in windows that end at a checkpoint (a commit that
//!    renamed a new file over the path), merged to at least `WINDOW` commits: the mean cost per
//!    commit in a window is the amortized cost at that size, checkpoints included.
//!
//! Prints `RESULT {json}`; medians over the cycles and repetitions.

use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use memvid_bench_native::{create_unlimited, load, load_batches, options, put_batch, search_request};
use memvid_core::{CommitMode, CommitOptions, Memvid};

/// Commits merged into one growth window, at least (the published crate checkpoints at every
/// commit).
const WINDOW: usize = 100;

/// (rchar, wchar) of this process so far.
fn io_bytes() -> (u64, u64) {
    let io = std::fs::read_to_string("/proc/self/io").expect("/proc/self/io");
    let field = |key: &str| io.lines().find_map(|l| l.strip_prefix(key)).map_or(0, |v| v.trim().parse().unwrap_or(0));
    (field("rchar:"), field("wchar:"))
}

/// CPU time of this process so far, all threads, user and system (getrusage: microseconds, and
/// threads that exited count too).
fn cpu_time() -> Duration {
    // SAFETY: getrusage fills the struct it is given; all-zero is a valid `rusage`.
    let usage = unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        libc::getrusage(libc::RUSAGE_SELF, &mut usage);
        usage
    };
    let micros = |t: libc::timeval| t.tv_sec as u64 * 1_000_000 + t.tv_usec as u64;
    Duration::from_micros(micros(usage.ru_utime) + micros(usage.ru_stime))
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

fn mean(values: &[f64]) -> f64 {
    values.iter().sum::<f64>() / values.len().max(1) as f64
}

fn file_len(path: &Path) -> u64 {
    std::fs::metadata(path).unwrap().len()
}

/// The binding's commit.
fn commit(mem: &mut Memvid) {
    mem.commit_with_options(CommitOptions::new(CommitMode::Incremental)).unwrap();
}

/// What one measured call cost: CPU (ms, ticks), wall (ms), bytes read and written.
struct Cost {
    cpu_ms: f64,
    wall_ms: f64,
    read: f64,
    written: f64,
}

fn measure(f: impl FnOnce()) -> Cost {
    let (io, cpu, started) = (io_bytes(), cpu_time(), Instant::now());
    f();
    let wall_ms = started.elapsed().as_secs_f64() * 1e3;
    let cpu_ms = (cpu_time() - cpu).as_secs_f64() * 1e3;
    let after = io_bytes();
    Cost { cpu_ms, wall_ms, read: (after.0 - io.0) as f64, written: (after.1 - io.1) as f64 }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [workload, out, docs, cycles, growth] = &args[..] else {
        eprintln!("usage: memvid-bench-scaling <workload_dir> <out_dir> <docs> <cycles> <growth>");
        std::process::exit(2);
    };
    let (out, n) = (PathBuf::from(out), docs.parse::<usize>().unwrap());
    let (cycles, growth) = (cycles.parse::<usize>().unwrap(), growth.parse::<usize>().unwrap());
    let w = load(Path::new(workload));
    assert!(w.docs.len() > n + cycles && w.docs.len() >= growth, "the workload has {} documents", w.docs.len());

    // 1. The memory.
    let path = out.join("scaling.mv2");
    let started = Instant::now();
    let mut mem = load_batches(&path, &w, 0..n);
    let load_s = started.elapsed().as_secs_f64();
    let loaded_bytes = file_len(&path);
    let stats = mem.stats().unwrap();

    // 2. One-document commits.
    let (mut wall, mut read, mut written) = (Vec::new(), Vec::new(), Vec::new());
    let mut cpu = Vec::new();
    for i in n..n + cycles {
        mem.put_with_embedding_and_options(w.docs[i].as_bytes(), w.vectors[i].clone(), options()).unwrap();
        let cost = measure(|| commit(&mut mem));
        cpu.push(cost.cpu_ms);
        wall.push(cost.wall_ms);
        read.push(cost.read);
        written.push(cost.written);
    }
    let after_cycles = file_len(&path);

    // 3. A checkpoint.
    let i = n + cycles;
    mem.put_with_embedding_and_options(w.docs[i].as_bytes(), w.vectors[i].clone(), options()).unwrap();
    let checkpoint = measure(|| mem.commit().unwrap());
    drop(mem);

    // 4. Open and find.
    let mut opens = Vec::new();
    for _ in 0..5 {
        let started = Instant::now();
        drop(Memvid::open_read_only(&path).unwrap());
        opens.push(started.elapsed().as_secs_f64() * 1e3);
    }
    let mut mem = Memvid::open_read_only(&path).unwrap();
    let queries = &w.queries[..w.queries.len().min(50)];
    let mut finds = Vec::new();
    let mut hits = 0;
    for query in queries {
        let started = Instant::now();
        hits += mem.search(search_request(query)).unwrap().hits.len();
        finds.push(started.elapsed().as_secs_f64() * 1e6);
    }
    drop(mem);
    // The file stays for the tool's callgrind count of an open (tool/src/scaling.rs); the tool
    // empties the directory before each run.

    // 5. Growth: one commit per document against one put_many.
    let (mut single_bytes, mut batch_bytes, mut windows) = (0, 0, Vec::new());
    if growth > 0 {
        let single = out.join("growth-single.mv2");
        let mut mem = create_unlimited(&single);
        let mut window = Window::start(0);
        let mut inode = std::fs::metadata(&single).unwrap().ino();
        for i in 0..growth {
            mem.put_with_embedding_and_options(w.docs[i].as_bytes(), w.vectors[i].clone(), options()).unwrap();
            commit(&mut mem);
            let now = std::fs::metadata(&single).unwrap().ino();
            let checkpoint = std::mem::replace(&mut inode, now) != now;
            if checkpoint && i + 1 - window.first >= WINDOW || i + 1 == growth {
                windows.push(window.end(i + 1, file_len(&single), checkpoint));
                window = Window::start(i + 1);
            }
        }
        drop(mem);
        single_bytes = file_len(&single);
        let _ = std::fs::remove_file(&single);
        let batch = out.join("growth-batch.mv2");
        let mut mem = create_unlimited(&batch);
        put_batch(&mut mem, &w.docs[..growth], &w.vectors[..growth]);
        mem.commit().unwrap();
        drop(mem);
        batch_bytes = file_len(&batch);
        let _ = std::fs::remove_file(&batch);
    }

    let result = serde_json::json!({
        "docs": n,
        "load_s": load_s,
        "file_bytes": loaded_bytes,
        "file_bytes_after_cycles": after_cycles,
        "wal_bytes": stats.wal_bytes,
        "payload_bytes": stats.payload_bytes,
        "lex_index_bytes": stats.lex_index_bytes,
        "vec_index_bytes": stats.vec_index_bytes,
        "time_index_bytes": stats.time_index_bytes,
        "commit_cpu_ms": median(cpu.clone()),
        "commit_cpu_ms_mean": mean(&cpu),
        "commit_wall_ms": median(wall),
        "commit_read_bytes": median(read.clone()),
        "commit_written_bytes": median(written.clone()),
        "commit_read_bytes_mean": mean(&read),
        "commit_written_bytes_mean": mean(&written),
        "checkpoint_cpu_ms": checkpoint.cpu_ms,
        "checkpoint_wall_ms": checkpoint.wall_ms,
        "checkpoint_read_bytes": checkpoint.read,
        "checkpoint_written_bytes": checkpoint.written,
        "open_ms": median(opens),
        "find_us": median(finds),
        "hits": hits,
        "growth_docs": growth,
        "growth_single_bytes": single_bytes,
        "growth_batch_bytes": batch_bytes,
        "growth_windows": windows,
    });
    println!("RESULT {result}");
}

/// The commits of one growth window, from document `first`: the process's CPU and I/O counters
/// when it started.
struct Window {
    first: usize,
    cpu: Duration,
    io: (u64, u64),
    started: Instant,
}

impl Window {
    fn start(first: usize) -> Self {
        Window { first, cpu: cpu_time(), io: io_bytes(), started: Instant::now() }
    }

    /// The window's mean cost per commit, as JSON: it ended with the commit of document
    /// `end - 1`, and the file then had `file_bytes`; `checkpoint`: that commit checkpointed
    /// (else the run ended first, and the window's checkpoint is not in it).
    fn end(self, end: usize, file_bytes: u64, checkpoint: bool) -> serde_json::Value {
        let commits = (end - self.first).max(1) as f64;
        let io = io_bytes();
        serde_json::json!({
            "first": self.first,
            "end": end,
            "cpu_ms": (cpu_time() - self.cpu).as_secs_f64() * 1e3 / commits,
            "wall_ms": self.started.elapsed().as_secs_f64() * 1e3 / commits,
            "read_bytes": (io.0 - self.io.0) as f64 / commits,
            "written_bytes": (io.1 - self.io.1) as f64 / commits,
            "file_bytes": file_bytes,
            "checkpoint": checkpoint,
        })
    }
}

//! The reference path of `cargo tool bench`: the workload run on memvid-core directly, making
//! the calls the binding makes for the same operation (so a ratio measures the binding, not a
//! different use of memvid-core):
//!
//! - puts use the binding's default `PutOptions` (auto-tagging, date and triplet extraction and
//!   instant indexing off);
//! - a batch is `begin_batch` with the WAL pre-sized as the binding sizes it, puts, `end_batch`;
//! - lexical find is `Memvid::search` with `no_sketch`, k = 10, 200 snippet characters;
//! - vector search is `vec_search_with_embedding`, k = 10;
//! - open + close is a read-only open, dropped.
//!
//! Each operation is a function of its own (`op_*`) so that instruction counts can be read per
//! operation; see tool/src/bench.rs.
//!
//! Usage: memvid-bench-native <workload_dir> <out_dir>; prints `RESULT {json}` (see
//! tool/src/bench.rs for the protocol every path follows).

use std::path::{Path, PathBuf};
use std::time::Instant;

use memvid_bench_native::{load, options, put_batch, search_request};
use memvid_core::{Memvid, SearchResponse};

/// Microseconds per operation.
fn per_op(start: Instant, ops: usize) -> f64 {
    start.elapsed().as_secs_f64() * 1e6 / ops as f64
}

fn peak_rss_mb() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kb = status.lines().find_map(|l| l.strip_prefix("VmHWM:")).and_then(|v| v.trim().trim_end_matches(" kB").trim().parse::<f64>().ok());
    kb.unwrap_or(0.0) / 1024.0
}

// One function per measured operation, never inlined: `cargo tool bench` counts the instructions
// of each (callgrind, inclusive) and compares them with the C functions of the same operation.
// Results are returned, not dropped inside, as the C path frees them outside its call too.

#[inline(never)]
fn op_put(mem: &mut Memvid, doc: &str, vector: &[f32]) -> u64 {
    mem.put_with_embedding_and_options(doc.as_bytes(), vector.to_vec(), options()).unwrap()
}

#[inline(never)]
fn op_put_batch(mem: &mut Memvid, docs: &[String], vectors: &[Vec<f32>]) {
    put_batch(mem, docs, vectors);
}

#[inline(never)]
fn op_commit(mem: &mut Memvid) {
    mem.commit().unwrap();
}

#[inline(never)]
fn op_find(mem: &mut Memvid, query: &str) -> SearchResponse {
    mem.search(search_request(query)).unwrap()
}

#[inline(never)]
fn op_vec_search(mem: &mut Memvid, query: &[f32]) -> SearchResponse {
    memvid_bench_native::vec_search(mem, query)
}

#[inline(never)]
fn op_stats(mem: &Memvid) -> memvid_core::Stats {
    mem.stats().unwrap()
}

#[inline(never)]
fn op_open(path: &Path) -> Memvid {
    Memvid::open_read_only(path).unwrap()
}

fn main() {
    let args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let [workload, out] = &args[..] else {
        eprintln!("usage: memvid-bench-native <workload_dir> <out_dir>");
        std::process::exit(2);
    };
    let w = load(workload);
    let n = w.docs.len();

    let mut single = Memvid::create(out.join("single.mv2")).unwrap();
    let start = Instant::now();
    for (doc, vector) in w.docs.iter().zip(&w.vectors) {
        op_put(&mut single, doc, vector);
    }
    let put_us = per_op(start, n);
    let start = Instant::now();
    op_commit(&mut single);
    let commit_ms = start.elapsed().as_secs_f64() * 1e3;
    drop(single);

    let batch_path = out.join("batch.mv2");
    let mut mem = Memvid::create(&batch_path).unwrap();
    let start = Instant::now();
    for (docs, vectors) in w.docs.chunks(w.batch).zip(w.vectors.chunks(w.batch)) {
        op_put_batch(&mut mem, docs, vectors);
    }
    let put_many_us = per_op(start, n);
    op_commit(&mut mem);

    let mut hits = 0;
    let start = Instant::now();
    for query in &w.queries {
        hits += op_find(&mut mem, query).hits.len();
    }
    let find_us = per_op(start, w.queries.len());

    let start = Instant::now();
    for q in &w.qvectors {
        std::hint::black_box(op_vec_search(&mut mem, q));
    }
    let vec_search_us = per_op(start, w.qvectors.len());

    let start = Instant::now();
    for _ in 0..w.stats_calls {
        std::hint::black_box(op_stats(&mem));
    }
    let stats_us = per_op(start, w.stats_calls);
    drop(mem);

    let start = Instant::now();
    for _ in 0..w.open_close {
        drop(op_open(&batch_path));
    }
    let open_close_us = per_op(start, w.open_close);

    let result = serde_json::json!({
        "put_us": put_us, "commit_ms": commit_ms, "put_many_us": put_many_us, "find_us": find_us,
        "vec_search_us": vec_search_us, "stats_us": stats_us, "open_close_us": open_close_us,
        "peak_rss_mb": peak_rss_mb(), "hits": hits,
    });
    println!("RESULT {result}");
}

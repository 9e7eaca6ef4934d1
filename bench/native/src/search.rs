//! The search program of `cargo tool bench --search`: what one query costs in instructions,
//! through the vendored memvid-core (the binding's, `memvid-bench-search`) and through the
//! published memvid-core 2.0.140 (`bench/unpatched`, `memvid-bench-search-unpatched`), built
//! from this one source.
//!
//! Usage:
//! - `<program> make <workload_dir> <file>`: the workload's documents and vectors put with the
//!   binding's put_many batches and one commit.
//! - `<program> vec|lex <workload_dir> <file> <queries>`: opens the file read-only and runs the
//!   first `queries` workload queries, k = 10: `vec` as the binding's exact vector search (the
//!   query vectors), `lex` as its lexical find (the query words, `no_sketch`). Run under
//!   callgrind with 0 and with N queries, the difference over N is the cost of one query.
//!   Prints `RESULT {json}`: the wall time per query, and for `vec` the time of one streaming
//!   pass over the same vectors (the memory-bandwidth floor of an exact search), for `lex` how
//!   many top-10 lists held a frame twice.
//! - `<program> ids <workload_dir> <file> <queries> <warm>`: opens the file read-only, runs a
//!   vector search for `warm` workload queries after the first `queries` (unmeasured: they let an index
//!   that waits for enough searches build itself, and calibrate it on queries other than the
//!   measured ones), then the first `queries` as vector searches and as lexical finds. Prints
//!   `RESULT {json}`: µs per vector search and per find, and each one's top-10 frame ids, to be
//!   compared with the official SDK's on the same file.

use std::path::Path;
use std::time::Instant;

use memvid_bench_native::{load, load_batches, search_request, vec_search};
use memvid_core::Memvid;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let arg = |i: usize| args.get(i).unwrap_or_else(|| panic!("usage: see bench/native/src/search.rs"));
    let workload = load(Path::new(arg(1)));
    let file = Path::new(arg(2));
    match arg(0).as_str() {
        "make" => {
            let _ = std::fs::remove_file(file);
            load_batches(file, &workload, 0..workload.docs.len());
        }
        mode @ ("vec" | "lex") => {
            let queries: usize = arg(3).parse().unwrap();
            let mut mem = Memvid::open_read_only(file).unwrap();
            let started = Instant::now();
            let mut repeated_lists = 0usize;
            for i in 0..queries {
                if mode == "vec" {
                    let q = &workload.qvectors[i % workload.qvectors.len()];
                    std::hint::black_box(vec_search(&mut mem, q).hits.len());
                } else {
                    let response = mem.search(search_request(&workload.queries[i % workload.queries.len()])).unwrap();
                    let mut ids: Vec<u64> = response.hits.iter().map(|h| h.frame_id).collect();
                    ids.sort_unstable();
                    let n = ids.len();
                    ids.dedup();
                    repeated_lists += usize::from(ids.len() != n);
                }
            }
            let per_query_us = started.elapsed().as_secs_f64() * 1e6 / queries.max(1) as f64;
            // One pass over every vector, as an exact search must make: what it costs to read
            // them, with eight independent sums so that the compiler vectorizes the loop (the
            // best of 20, so that the data is in cache as it is for the search).
            let floor_us = (0..20)
                .map(|_| {
                    let t = Instant::now();
                    let mut lanes = [0.0f32; 8];
                    for v in &workload.vectors {
                        for block in v.chunks_exact(8) {
                            for (lane, x) in lanes.iter_mut().zip(block) {
                                *lane += x;
                            }
                        }
                    }
                    std::hint::black_box(lanes);
                    t.elapsed().as_secs_f64() * 1e6
                })
                .fold(f64::INFINITY, f64::min);
            println!(
                "RESULT {}",
                serde_json::json!({ "mode": mode, "queries": queries, "per_query_us": per_query_us,
                    "scan_floor_us": floor_us, "repeated_lists": repeated_lists })
            );
        }
        "ids" => {
            let queries: usize = arg(3).parse().unwrap();
            let warm: usize = arg(4).parse().unwrap();
            let mut mem = Memvid::open_read_only(file).unwrap();
            for q in workload.qvectors.iter().skip(queries).take(warm) {
                std::hint::black_box(vec_search(&mut mem, q).hits.len());
            }
            let started = Instant::now();
            let vec: Vec<Vec<u64>> = workload.qvectors[..queries]
                .iter()
                .map(|q| vec_search(&mut mem, q).hits.iter().map(|h| h.frame_id).collect())
                .collect();
            let vec_us = started.elapsed().as_secs_f64() * 1e6 / queries.max(1) as f64;
            let started = Instant::now();
            let lex: Vec<Vec<u64>> = workload.queries[..queries]
                .iter()
                .map(|q| mem.search(search_request(q)).unwrap().hits.iter().map(|h| h.frame_id).collect())
                .collect();
            let lex_us = started.elapsed().as_secs_f64() * 1e6 / queries.max(1) as f64;
            println!("RESULT {}", serde_json::json!({ "vec_us": vec_us, "lex_us": lex_us, "vec": vec, "lex": lex }));
        }
        other => panic!("unknown mode {other}"),
    }
}

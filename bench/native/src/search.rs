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
//!   compared with the official SDK's on the same file; also the finds' ids with memvid-core's
//!   sketch pre-filter on (`lex_sketch`), which the SDK cannot switch off.
//! - `<program> open <workload_dir> <file> <n>`: `n` read-only opens and closes of the file
//!   (callgrind with 1 and with 0: the instructions of one open).
//! - `<program> hits <workload_dir> <file> <queries>`: every hit of the first `queries` lexical
//!   finds in full (k = 1, 10, 50, and the second page of 10), one JSON line per find: run by
//!   two builds, `diff` says whether a change kept the hits.

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
            // The same finds with memvid-core's sketch pre-filter on, as the SDK runs them (it
            // has no switch for it): what of the difference the pre-filter explains. A query it
            // refuses (MV004) is null, as on the SDK's side.
            let lex_sketch: Vec<Option<Vec<u64>>> = workload.queries[..queries]
                .iter()
                .map(|q| {
                    let request = memvid_core::SearchRequest { no_sketch: false, ..search_request(q) };
                    mem.search(request).ok().map(|r| r.hits.iter().map(|h| h.frame_id).collect())
                })
                .collect();
            println!(
                "RESULT {}",
                serde_json::json!({ "vec_us": vec_us, "lex_us": lex_us, "vec": vec, "lex": lex, "lex_sketch": lex_sketch })
            );
        }
        "open" => {
            // `n` read-only opens and closes of the file: under callgrind, the runs with 1 and
            // with 0 give one open's instructions, which a bigger file's page faults and cache
            // misses do not change (its wall time they do).
            let n: usize = arg(3).parse().unwrap();
            for _ in 0..n {
                drop(Memvid::open_read_only(file).unwrap());
            }
            println!("RESULT {}", serde_json::json!({ "mode": "open", "opens": n }));
        }
        "hits" => {
            // Every hit of each lexical find in full, at k = 1, 10 and 50 and through the second
            // page of k = 10, one JSON line each: two builds that answer alike print the same
            // lines (what "the same hits" means for a change that is only about speed).
            let queries: usize = arg(3).parse().unwrap();
            let mut mem = Memvid::open_read_only(file).unwrap();
            for q in &workload.queries[..queries] {
                for (k, cursor) in [(1, None), (10, None), (50, None), (10, Some("10".to_owned()))] {
                    let line = match mem.search(memvid_core::SearchRequest { top_k: k, cursor, ..search_request(q) }) {
                        Ok(r) => serde_json::json!({ "query": q, "k": k, "total_hits": r.total_hits, "next_cursor": r.next_cursor, "hits": r.hits }),
                        Err(e) => serde_json::json!({ "query": q, "k": k, "error": e.to_string() }),
                    };
                    println!("{line}");
                }
            }
        }
        other => panic!("unknown mode {other}"),
    }
}

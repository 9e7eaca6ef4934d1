//! `cargo tool bench --search`: the instructions one query costs, exact vector search and
//! lexical find, through the vendored memvid-core (the binding's) and the published memvid-core
//! 2.0.140 in the same run. The program is bench/native/src/search.rs (its header says what it
//! runs), built twice like the scaling program (see scaling.rs).
//!
//! Each build makes the memory, then runs each query kind under callgrind with 0 and with N
//! queries: the difference over N is one query's instructions, open and setup left out. A run
//! without valgrind gives the time per query, the time of one pass over the vectors (the floor
//! an exact search cannot beat) and how many lexical top-10 lists held a frame twice.
//!
//! Then two end-to-end sections on text-like embeddings (bench/native/src/vector_index.rs writes
//! them: vectors made from topical words as a static embedder would, no model downloaded):
//! - the in-memory IVF lists of the vendored memvid-core (vec_ivf.rs) at `--index-docs`
//!   vectors on three data sets: exact and indexed µs per search, build time, recall@10;
//! - the official Python SDK (memvid-sdk, bench/sdk-python/search.py, in a venv under
//!   target/bench) on the same files: a memory written here and one written by the SDK, at
//!   `--docs`, and one written here at `--index-docs`. Vector search is the SDK's
//!   `find(mode="sem", query_embedding=...)`; the top-10 overlap says whether both sides find
//!   the same frames in each other's files. Without the SDK (no network for pip) the report
//!   says why and the rest still runs.
//!
//! Flags: `--docs 2000`, `--queries 200`, `--index-docs 20000`, `--publish` (copy the report to
//! docs/search.md). Result: target/bench/search.md.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;
use std::process::Command;

use crate::bench::{for_each_flag, machine, result_line, write_default_workload};
use crate::{root, Failure};

pub fn run_search(args: &[String]) -> Result<(), Failure> {
    let (mut docs, mut queries, mut index_docs, mut publish) = (2000usize, 200usize, 20_000usize, false);
    for_each_flag(args, &mut publish, |flag, _, number| {
        match flag {
            "--docs" => docs = number()?,
            "--queries" => queries = number()?,
            "--index-docs" => index_docs = number()?,
            _ => return Err(Failure(format!("unknown flag {flag}; see `cargo tool bench --search` in README"))),
        }
        Ok(())
    })?;
    let bench = crate::target_dir().join("bench");
    let workload = bench.join("search-workload");
    write_default_workload(docs, &workload)?;
    let builds = crate::scaling::builds("memvid-bench-search")?;

    let mut md = String::from("# Search: instructions per query\n\n");
    writeln!(
        md,
        "Made by `cargo tool bench --search` (tool/src/search_bench.rs; the program is \
         bench/native/src/search.rs, built against the vendored memvid-core that this binding uses \
         and against the published memvid-core 2.0.140). {docs} of the bench's documents (60 to 160 \
         words, a 384-float vector each), {queries} queries, k = 10. Instructions: callgrind, the \
         run with {queries} queries minus the run with none, over {queries}. Time: the same queries \
         without valgrind. The floor is one pass reading every vector, which an exact search must \
         make.\n\n{}\n",
        machine()
    )
    .unwrap();
    md.push_str("| query | memvid-core | instructions / query | µs / query | floor µs | lists with a repeated frame |\n|---|---|---:|---:|---:|---:|\n");
    let mut counts: Vec<[f64; 2]> = Vec::new();
    for (name, binary) in &builds {
        let file = bench.join(format!("search-{}.mv2", if *name == "this binding" { "patched" } else { "unpatched" }));
        program(binary, &["make", &workload.display().to_string(), &file.display().to_string()], None)?;
        let mut row = [0.0; 2];
        for (i, mode) in ["vec", "lex"].into_iter().enumerate() {
            let run = |n: usize, callgrind: Option<&Path>| {
                program(binary, &[mode, &workload.display().to_string(), &file.display().to_string(), &n.to_string()], callgrind)
            };
            let timed = result_line(&run(queries, None)?)?;
            let out = bench.join(format!("search-callgrind-{mode}"));
            let per_query = instructions_per(|n| run(n, Some(&out)).map(drop), queries, &out)?;
            row[i] = per_query;
            let get = |key: &str| timed[key].as_f64().unwrap_or(f64::NAN);
            let repeated = if mode == "lex" { format!("{} of {queries}", get("repeated_lists")) } else { "—".into() };
            let floor = if mode == "vec" { format!("{:.0}", get("scan_floor_us")) } else { "—".into() };
            writeln!(md, "| {} | {name} | {:.0} | {:.1} | {floor} | {repeated} |", if mode == "vec" { "exact vector search" } else { "lexical find" }, per_query, get("per_query_us")).unwrap();
            println!("search: {name} {mode}: {per_query:.0} instructions/query, {timed}");
        }
        counts.push(row);
    }
    if let [patched, unpatched] = counts[..] {
        writeln!(
            md,
            "\nRatios, published / this binding (instructions per query): exact vector search {:.2}×, lexical find {:.2}×.",
            unpatched[0] / patched[0],
            unpatched[1] / patched[1]
        )
        .unwrap();
    }
    vector_index_section(&mut md, index_docs)?;
    sdk_section(&mut md, &bench, docs, queries, index_docs)?;
    fs::write(bench.join("search.md"), &md).map_err(|e| Failure(format!("search.md: {e}")))?;
    println!("\n{md}\nsearch: wrote {}", bench.join("search.md").display());
    if publish {
        fs::write(root().join("docs/search.md"), &md).map_err(|e| Failure(format!("docs/search.md: {e}")))?;
        println!("search: published docs/search.md");
    }
    Ok(())
}

/// Searches run before the measured ones where an index should be in use: more than the 256
/// exact searches after which memvid-core builds its IVF lists (vec_ivf.rs
/// `EXACT_QUERIES_BEFORE_BUILD`), from queries other than the measured ones.
const WARM_SEARCHES: usize = 300;

/// The IVF lists at `docs` vectors: one row per data set, and the probe sweep of the first.
fn vector_index_section(md: &mut String, docs: usize) -> Result<(), Failure> {
    let binary = release_bin("memvid-bench-vector-index")?;
    writeln!(
        md,
        "\n## The vector index at {docs} vectors\n\nbench/native/src/vector_index.rs: {docs} × 384 \
         vectors, 300 measured queries, k = 10, through `VecIndex::search` of the vendored memvid-core. \
         The first 256 searches are exact (their µs is the exact column), the next builds the IVF lists \
         and calibrates the probe count on the last 32 exact answers (queries other than the measured \
         ones); indexed µs includes the audits (one search in 128 answered exactly). Recall@10 is \
         against a brute-force scan written in the program. `text`: vectors of topical text as a \
         static embedder makes them; `clustered`: a Gaussian mixture; `uniform`: independent uniform \
         unit vectors, which have no structure to exploit (the index must refuse them).\n\n\
         | data | lists | probes chosen | exact µs | build ms (in exact searches) | indexed µs | speedup | recall@10 |\n\
         |---|---:|---:|---:|---:|---:|---:|---:|"
    )
    .unwrap();
    let mut sweep = String::new();
    for data in ["text", "clustered", "uniform"] {
        let r = result_line(&program(&binary, &[&docs.to_string(), "300", data], None)?)?;
        let f = |key: &str| r[key].as_f64().unwrap_or(f64::NAN);
        let probes = r["probes"].as_u64().map_or_else(|| "none: exact".to_owned(), |p| p.to_string());
        writeln!(
            md,
            "| {data} | {} | {probes} | {:.0} | {:.0} ({:.0}) | {:.0} | {:.1}× | {:.3} |",
            r["lists"], f("exact_us"), f("build_ms"), f("build_in_exact_searches"), f("indexed_us"), f("speedup"), f("recall_at_10")
        )
        .unwrap();
        println!("search: vector index, {data}: {r}");
        let points: Vec<String> = r["sweep"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|p| format!("{} probes: recall {:.3}, {:.1}×", p["probes"], p["recall_at_10"].as_f64().unwrap_or(f64::NAN), p["speedup"].as_f64().unwrap_or(f64::NAN)))
            .collect();
        writeln!(sweep, "- {data}: {}", points.join("; ")).unwrap();
    }
    writeln!(md, "\nOther probe counts (the lists searched directly, no audits):\n\n{sweep}").unwrap();
    Ok(())
}

/// This binding's memvid-core and the official Python SDK on the same files (see the header).
fn sdk_section(md: &mut String, bench: &Path, docs: usize, queries: usize, index_docs: usize) -> Result<(), Failure> {
    let (vector_index, search) = (release_bin("memvid-bench-vector-index")?, release_bin("memvid-bench-search")?);
    md.push_str("\n## Against the official Python SDK\n\n");
    let sdk = |args: &[&str]| -> Result<serde_json::Value, String> {
        let mut cmd = crate::bench::sdk_python_command(bench, "search.py")?;
        let output = cmd.args(args).output().map_err(|e| format!("python: {e}"))?;
        let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
        if !output.status.success() {
            let stderr = String::from_utf8_lossy(&output.stderr);
            return Err(format!("search.py {args:?}: {}: {}", output.status, stderr.lines().last().unwrap_or("")));
        }
        result_line(&stdout).map_err(|Failure(m)| m)
    };
    let ours = |file: &Path, workload: &Path, warm: usize| -> Result<serde_json::Value, Failure> {
        let args = ["ids", &workload.display().to_string(), &file.display().to_string(), &queries.to_string(), &warm.to_string()];
        result_line(&program(&search, &args, None)?)
    };
    let small = bench.join("sdk-search-small");
    let large = bench.join("sdk-search-large");
    for (dir, n) in [(&small, docs), (&large, index_docs)] {
        let n = n.to_string();
        program(&vector_index, &["workload", &dir.display().to_string(), &n, &(queries + WARM_SEARCHES).to_string()], None)?;
    }
    let (ours_small, sdk_small, ours_large) = (bench.join("sdk-search-ours.mv2"), bench.join("sdk-search-sdk.mv2"), bench.join("sdk-search-ours-large.mv2"));
    program(&search, &["make", &small.display().to_string(), &ours_small.display().to_string()], None)?;
    program(&search, &["make", &large.display().to_string(), &ours_large.display().to_string()], None)?;
    let made = sdk(&["make", &small.display().to_string(), &sdk_small.display().to_string()]);
    let version = match &made {
        Ok(_) => sdk(&["find", &small.display().to_string(), &ours_small.display().to_string(), "1"]).ok().and_then(|r| r["sdk"].as_str().map(str::to_owned)).unwrap_or_default(),
        Err(why) => {
            writeln!(md, "Not run: the SDK could not be installed or run ({why}).").unwrap();
            println!("search: SDK not run: {why}");
            return Ok(());
        }
    };
    writeln!(
        md,
        "memvid-sdk {version} (bench/sdk-python/search.py) and this binding's memvid-core \
         (bench/native/src/search.rs `ids`) on the same files, {queries} queries, k = 10. Text-like \
         workload (bench/native/src/vector_index.rs). Vector search: the SDK's `find(mode=\"sem\", \
         query_embedding=...)`, ours `vec_search`; lexical: `find(mode=\"lex\")` and ours (plain \
         syntax, `no_sketch`). Overlap: the share of the SDK's top 10 that ours holds, averaged over \
         the queries (lexical: over the queries the SDK answered). \"after {WARM_SEARCHES} searches\": \
         ours after {WARM_SEARCHES} other vector searches on the same handle, so that the IVF lists are \
         in use.\n\n\
         The last column: the overlap when ours runs with memvid-core's sketch pre-filter, which the SDK \
         cannot switch off and this binding does (`no_sketch`; it drops matches).\n\n\
         | file | documents | search | SDK µs | ours µs | SDK / ours | top-10 overlap | overlap, ours with the pre-filter |\n|---|---:|---|---:|---:|---:|---:|---:|"
    )
    .unwrap();
    let files: [(&str, &Path, &Path, usize, &str); 4] = [
        ("written here", &ours_small, &small, docs, ""),
        ("written by the SDK", &sdk_small, &small, docs, ""),
        ("written here", &ours_large, &large, index_docs, "exact"),
        ("written here", &ours_large, &large, index_docs, "indexed"),
    ];
    let mut sdk_large: Option<serde_json::Value> = None;
    let mut worst_with_sketch = f64::INFINITY;
    for (what, file, workload, n, phase) in files {
        let theirs = match (phase, &sdk_large) {
            ("indexed", Some(previous)) => Ok(previous.clone()),
            _ => sdk(&["find", &workload.display().to_string(), &file.display().to_string(), &queries.to_string()]),
        };
        let theirs = match theirs {
            Ok(r) => r,
            Err(why) => {
                writeln!(md, "| {what} | {n} | — | SDK failed: {why} | | | | |").unwrap();
                continue;
            }
        };
        if phase == "exact" {
            sdk_large = Some(theirs.clone());
        }
        let mine = ours(file, workload, if phase == "indexed" { WARM_SEARCHES } else { 0 })?;
        for (kind, label) in [("vec", "vector"), ("lex", "lexical")] {
            if phase == "indexed" && kind == "lex" {
                continue;
            }
            let label = match phase {
                "indexed" => format!("{label}, after {WARM_SEARCHES} searches"),
                _ => label.to_owned(),
            };
            let (a, b) = (theirs[format!("{kind}_us")].as_f64().unwrap_or(f64::NAN), mine[format!("{kind}_us")].as_f64().unwrap_or(f64::NAN));
            let with_sketch = match kind {
                "lex" => {
                    let share = overlap(&theirs[kind], &mine["lex_sketch"]);
                    worst_with_sketch = worst_with_sketch.min(share);
                    format!("{share:.3}")
                }
                _ => "—".to_owned(),
            };
            writeln!(md, "| {what} | {n} | {label} | {a:.0} | {b:.0} | {:.2}× | {:.3} | {with_sketch} |", a / b, overlap(&theirs[kind], &mine[kind]))
                .unwrap();
        }
        println!("search: SDK vs ours, {what}, {n} documents {phase}: done");
    }
    if worst_with_sketch.is_finite() {
        writeln!(
            md,
            "\nWhy the lexical overlaps differ: with the pre-filter on here, this binding's top 10 and the SDK's \
             agree at {worst_with_sketch:.3} at worst (1 is the same frames for every query), so the lexical \
             difference is the pre-filter's: it drops matching documents before BM25 ranks them, more of them \
             as the memory grows, and the SDK has no switch for it. Both run the same one-hit-per-document \
             ranking. Vector search: a file this binding wrote holds a flat index, which both sides search \
             exactly; in a file the SDK wrote, its search at 1,000+ vectors runs the hnsw crate's graph, which \
             is approximate (it leaves out frames that an exact search ranks: the overlap below 1 on \
             that file) and panics for k = 50 (`copy_from_slice: source slice length (50) does not match \
             destination slice length (100)`, 2,000 vectors); see README (Known limits) for the vectors the \
             SDK stores through put_many."
        )
        .unwrap();
    }
    if let Some(errors) = sdk_large.as_ref().and_then(|r| r["lex_errors"].as_u64()).filter(|e| *e > 0) {
        writeln!(md, "\nThe SDK's lexical find failed (MV004, its sketch pre-filter) on {errors} of {queries} queries at {index_docs} documents.").unwrap();
    }
    Ok(())
}

/// The mean share of each of `theirs`' lists that the same query's list in `mine` holds; lists
/// that `theirs` has as null (a failed query) or empty are left out.
fn overlap(theirs: &serde_json::Value, mine: &serde_json::Value) -> f64 {
    let (theirs, mine) = (theirs.as_array().cloned().unwrap_or_default(), mine.as_array().cloned().unwrap_or_default());
    let shares: Vec<f64> = theirs
        .iter()
        .zip(&mine)
        .filter_map(|(t, m)| {
            let (t, m) = (t.as_array()?, m.as_array()?);
            (!t.is_empty()).then(|| t.iter().filter(|id| m.contains(id)).count() as f64 / t.len() as f64)
        })
        .collect();
    shares.iter().sum::<f64>() / shares.len().max(1) as f64
}

/// Builds one program of bench/native against the vendored memvid-core; returns its path.
pub(crate) fn release_bin(bin: &str) -> Result<std::path::PathBuf, Failure> {
    crate::run(
        Command::new(env!("CARGO")).current_dir(root()).args(["build", "--release", "-p", "memvid-bench-native", "--bin", bin]),
        &format!("cargo build --release ({bin})"),
    )?;
    Ok(crate::target_dir().join("release").join(bin))
}

/// Runs the program (under callgrind, writing `callgrind.out` into that directory, when given)
/// and returns what it printed.
pub(crate) fn program(binary: &Path, args: &[&str], callgrind: Option<&Path>) -> Result<String, Failure> {
    let mut cmd = match callgrind {
        Some(dir) => {
            fs::create_dir_all(dir).map_err(|e| Failure(format!("{}: {e}", dir.display())))?;
            let mut c = Command::new("valgrind");
            c.args(["-q", "--tool=callgrind"]).arg(format!("--callgrind-out-file={}", dir.join("callgrind.out").display())).arg(binary);
            c
        }
        None => Command::new(binary),
    };
    let output = cmd.args(args).env("MEMVID_TELEMETRY", "0").output().map_err(|e| Failure(format!("could not start {}: {e}", binary.display())))?;
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    if !output.status.success() {
        return Err(Failure(format!("{} {args:?}: {}: {stdout}{}", binary.display(), output.status, String::from_utf8_lossy(&output.stderr))));
    }
    Ok(stdout)
}

/// The instructions of one unit of work: `run(n)` (a program under callgrind writing into `dir`)
/// with `n` units and with none, the difference over `n`: start-up and setup left out.
pub(crate) fn instructions_per(run: impl Fn(usize) -> Result<(), Failure>, n: usize, dir: &Path) -> Result<f64, Failure> {
    run(0)?;
    let base = callgrind_total(dir)?;
    run(n)?;
    Ok((callgrind_total(dir)? - base) / n as f64)
}

/// The total instruction count of a callgrind profile (its `summary:` line).
fn callgrind_total(dir: &Path) -> Result<f64, Failure> {
    let profile = fs::read_to_string(dir.join("callgrind.out")).map_err(|e| Failure(format!("{}: {e}", dir.display())))?;
    profile
        .lines()
        .find_map(|l| l.strip_prefix("summary:"))
        .and_then(|v| v.trim().parse().ok())
        .ok_or_else(|| Failure(format!("{}: no summary line", dir.display())))
}

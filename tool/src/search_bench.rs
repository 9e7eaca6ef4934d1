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
//! Flags: `--docs 2000`, `--queries 200`, `--publish` (copy the report to docs/search.md).
//! Result: target/bench/search.md.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;
use std::process::Command;

use crate::bench::{for_each_flag, machine, result_line, write_default_workload};
use crate::{root, Failure};

pub fn run_search(args: &[String]) -> Result<(), Failure> {
    let (mut docs, mut queries, mut publish) = (2000usize, 200usize, false);
    for_each_flag(args, &mut publish, |flag, _, number| {
        match flag {
            "--docs" => docs = number()?,
            "--queries" => queries = number()?,
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
            run(0, Some(&out))?;
            let base = callgrind_total(&out)?;
            run(queries, Some(&out))?;
            let per_query = (callgrind_total(&out)? - base) / queries as f64;
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
    fs::write(bench.join("search.md"), &md).map_err(|e| Failure(format!("search.md: {e}")))?;
    println!("\n{md}\nsearch: wrote {}", bench.join("search.md").display());
    if publish {
        fs::write(root().join("docs/search.md"), &md).map_err(|e| Failure(format!("docs/search.md: {e}")))?;
        println!("search: published docs/search.md");
    }
    Ok(())
}

/// Runs the program (under callgrind, writing `callgrind.out` into that directory, when given)
/// and returns what it printed.
fn program(binary: &Path, args: &[&str], callgrind: Option<&Path>) -> Result<String, Failure> {
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

/// The total instruction count of a callgrind profile (its `summary:` line).
fn callgrind_total(dir: &Path) -> Result<f64, Failure> {
    let profile = fs::read_to_string(dir.join("callgrind.out")).map_err(|e| Failure(format!("{}: {e}", dir.display())))?;
    profile
        .lines()
        .find_map(|l| l.strip_prefix("summary:"))
        .and_then(|v| v.trim().parse().ok())
        .ok_or_else(|| Failure(format!("{}: no summary line", dir.display())))
}

//! `cargo tool bench --scaling`: what a one-document commit costs as a memory grows, and how
//! the file grows with the number of commits, through the vendored memvid-core (the binding's,
//! committing as the binding does: incrementally) and the published memvid-core 2.0.140 in the
//! same run. The program is bench/native/src/scaling.rs (its header says what it measures),
//! built twice: `memvid-bench-scaling` in the workspace, and `memvid-bench-scaling-unpatched`
//! from bench/unpatched, a workspace of its own so that cargo takes memvid-core from crates.io
//! instead of vendor/.
//!
//! Flags: `--sizes 1000,5000,20000` (documents in the memory), `--cycles 30` (one-document
//! commits measured at each size), `--growth 20000` (documents committed one at a time through
//! this binding's build, against one put_many; 0 skips it), `--growth-unpatched 1000` (the same
//! through the published crate, whose every commit rewrites the file: 20,000 would take hours),
//! `--publish` (copy the report and plot to docs/scaling.md and docs/scaling.svg). Results:
//! target/bench/scaling.md and scaling.svg.

use std::fmt::Write as _;
use std::fs;
use std::path::PathBuf;
use std::process::Command;

use crate::bench::{machine, number, write_default_workload};
use crate::{root, run, Failure};

struct Config {
    sizes: Vec<usize>,
    cycles: usize,
    growth: usize,
    growth_unpatched: usize,
    publish: bool,
}

impl Config {
    fn parse(args: &[String]) -> Result<Self, Failure> {
        let mut c = Config { sizes: vec![1000, 5000, 20_000], cycles: 30, growth: 20_000, growth_unpatched: 1000, publish: false };
        crate::bench::for_each_flag(args, &mut c.publish, |flag, value, number| {
            let count = || value.parse::<usize>().map_err(|_| Failure(format!("{flag} {value}: not a number")));
            match flag {
                "--sizes" => {
                    let bad = || Failure(format!("{flag} {value}: not a list of positive numbers"));
                    c.sizes = value.split(',').map(|s| s.parse::<usize>().ok().filter(|n| *n > 0)).collect::<Option<_>>().ok_or_else(bad)?;
                    c.sizes.sort_unstable();
                }
                "--cycles" => c.cycles = number()?,
                // 0 skips the growth run.
                "--growth" => c.growth = count()?,
                "--growth-unpatched" => c.growth_unpatched = count()?,
                _ => return Err(Failure(format!("unknown flag {flag}; see `cargo tool bench --scaling` in README"))),
            }
            Ok(())
        })?;
        Ok(c)
    }

    /// The documents of build `b`'s growth run (0: this binding's, 1: the published crate's).
    fn growth_of(&self, b: usize) -> usize {
        if b == 0 { self.growth } else { self.growth_unpatched.min(self.growth) }
    }
}

/// The two builds of the bench program `bin` (bench/native/src): (name in the report, binary),
/// this binding's memvid-core first, then the published one (`{bin}-unpatched`).
pub(crate) fn builds(bin: &str) -> Result<[(&'static str, PathBuf); 2], Failure> {
    let target = crate::target_dir();
    run(
        Command::new(env!("CARGO")).current_dir(root()).args(["build", "--release", "-p", "memvid-bench-native", "--bin", bin]),
        &format!("cargo build --release ({bin}, vendored memvid-core)"),
    )?;
    let unpatched_target = target.join("bench-unpatched");
    run(
        Command::new(env!("CARGO"))
            .current_dir(root())
            .args(["build", "--release", "--manifest-path", "bench/unpatched/Cargo.toml", "--target-dir"])
            .arg(&unpatched_target),
        &format!("cargo build --release ({bin}, memvid-core 2.0.140 from crates.io)"),
    )?;
    Ok([
        ("this binding", target.join("release").join(bin)),
        ("memvid-core 2.0.140", unpatched_target.join("release").join(format!("{bin}-unpatched"))),
    ])
}

pub fn run_scaling(args: &[String]) -> Result<(), Failure> {
    let config = Config::parse(args)?;
    let bench = crate::target_dir().join("bench");
    let workload = bench.join("scaling-workload");
    let largest = *config.sizes.last().ok_or_else(|| Failure("--sizes is empty".into()))?;
    write_default_workload((largest + config.cycles + 1).max(config.growth).max(2 * INTEROP_DOCS), &workload)?;
    let builds = builds("memvid-bench-scaling")?;

    // results[build][size]
    let mut results: Vec<Vec<serde_json::Value>> = vec![Vec::new(); builds.len()];
    for (s, &size) in config.sizes.iter().enumerate() {
        for (b, (name, binary)) in builds.iter().enumerate() {
            let out = bench.join("scaling-run");
            let _ = fs::remove_dir_all(&out);
            fs::create_dir_all(&out).map_err(|e| Failure(format!("{}: {e}", out.display())))?;
            // The growth run once, at the first size.
            let growth = if s == 0 { config.growth_of(b) } else { 0 };
            println!("scaling: {name}, {size} documents");
            let output = Command::new(binary)
                .arg(&workload)
                .arg(&out)
                .args([size, config.cycles, growth].map(|n| n.to_string()))
                .env("MEMVID_TELEMETRY", "0")
                .output()
                .map_err(|e| Failure(format!("could not start {}: {e}", binary.display())))?;
            let stdout = String::from_utf8_lossy(&output.stdout);
            if !output.status.success() {
                return Err(Failure(format!("{name} at {size}: {}: {stdout}{}", output.status, String::from_utf8_lossy(&output.stderr))));
            }
            let mut result = crate::bench::result_line(&stdout)?;
            if b == 0 {
                let (instructions, bytes) = open_instructions(&workload, &out.join("scaling.mv2"))?;
                result["open_instructions"] = instructions.into();
                result["open_file_bytes"] = bytes.into();
            }
            println!("scaling: {result}");
            results[b].push(result);
        }
    }

    let names: Vec<&str> = builds.iter().map(|(name, _)| *name).collect();
    let mut report = report(&config, &names, &results);
    report.push_str(&interop_section(&bench, &workload)?);
    let svg = plot(&config, &names, &results);
    fs::write(bench.join("scaling.md"), &report).map_err(|e| Failure(format!("scaling.md: {e}")))?;
    fs::write(bench.join("scaling.svg"), &svg).map_err(|e| Failure(format!("scaling.svg: {e}")))?;
    println!("\n{report}\nscaling: wrote {} and scaling.svg", bench.join("scaling.md").display());
    if config.publish {
        let docs = root().join("docs");
        fs::write(docs.join("scaling.md"), &report)
            .and_then(|()| fs::write(docs.join("scaling.svg"), &svg))
            .map_err(|e| Failure(format!("docs/: {e}")))?;
        println!("scaling: published docs/scaling.md and docs/scaling.svg");
    }
    Ok(())
}

fn get(result: &serde_json::Value, key: &str) -> f64 {
    result[key].as_f64().unwrap_or(f64::NAN)
}

const MB: f64 = 1e6;

/// The growth window of `result` that holds the commit of document `docs`: the amortized cost
/// of a commit at that size. Only windows that end at a checkpoint (the last one may not: the
/// run ended first); past the last of those, the last of those.
fn window_at(result: &serde_json::Value, docs: usize) -> Option<&serde_json::Value> {
    let windows: Vec<&serde_json::Value> =
        result["growth_windows"].as_array()?.iter().filter(|w| w["checkpoint"].as_bool().unwrap_or(false)).collect();
    let end = |w: &serde_json::Value| w["end"].as_u64().unwrap_or(0) as usize;
    windows.iter().copied().find(|w| w["first"].as_u64().unwrap_or(0) as usize <= docs.saturating_sub(1) && docs <= end(w)).or_else(|| windows.last().copied())
}

fn report(config: &Config, names: &[&str], results: &[Vec<serde_json::Value>]) -> String {
    let mut md = String::new();
    md.push_str("# Scaling: commit cost and file size as a memory grows\n\n");
    md.push_str(
        "Made by `cargo tool bench --scaling` (tool/src/scaling.rs; the program is bench/native/src/scaling.rs, \
         built against the vendored memvid-core that this binding uses, committing as the binding does \
         (`CommitMode::Incremental`), and against the published memvid-core 2.0.140, which commits fully \
         every time). The documents are the bench's (60 to 160 words, a 384-float vector each). A memory \
         of N documents is made with put_many batches and one commit; then one document is put and \
         committed, ",
    );
    writeln!(
        md,
        "{} times, then one more with a full commit (a checkpoint: what writes the incremental commits \
         into the indexes, when half the WAL holds their records, at close, or on request). CPU is the \
         process's (all threads, getrusage) per commit; bytes are every read \
         and write call of the commit (/proc/self/io). Open is a read-only open + close, find a lexical \
         query (k = 10); medians unless marked.\n",
        config.cycles
    )
    .unwrap();
    md.push_str("## Machine\n\n");
    md.push_str(&machine());
    md.push_str("\n\n## One-document commit\n\n");
    md.push_str(
        "| build | documents | file MB | commit CPU ms | commit wall ms | MB written | MB written (mean) | MB read | \
         checkpoint CPU ms | checkpoint MB written | open ms | find µs |\n",
    );
    md.push_str("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (name, runs) in names.iter().zip(results) {
        for r in runs {
            writeln!(
                md,
                "| {name} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
                r["docs"],
                number(get(r, "file_bytes") / MB),
                number(get(r, "commit_cpu_ms")),
                number(get(r, "commit_wall_ms")),
                number(get(r, "commit_written_bytes") / MB),
                number(get(r, "commit_written_bytes_mean") / MB),
                number(get(r, "commit_read_bytes") / MB),
                number(get(r, "checkpoint_cpu_ms")),
                number(get(r, "checkpoint_written_bytes") / MB),
                number(get(r, "open_ms")),
                number(get(r, "find_us")),
            )
            .unwrap();
        }
    }
    md.push_str("\n## Ratios\n\n");
    let (first, last) = (config.sizes[0], *config.sizes.last().unwrap());
    writeln!(md, "Commit at {last} documents against the same commit at {first} (the target is at most 3×):\n").unwrap();
    md.push_str("| build | CPU | wall | bytes written | bytes read | file growth over the commits |\n|---|---:|---:|---:|---:|---:|\n");
    for (name, runs) in names.iter().zip(results) {
        let (a, z) = (&runs[0], runs.last().unwrap());
        let r = |key: &str| number(get(z, key) / get(a, key));
        let growth = get(z, "file_bytes_after_cycles") - get(z, "file_bytes");
        writeln!(
            md,
            "| {name} | {}× | {}× | {}× | {}× | {} MB after {} commits |",
            r("commit_cpu_ms"),
            r("commit_wall_ms"),
            r("commit_written_bytes"),
            r("commit_read_bytes"),
            number(growth / MB),
            config.cycles
        )
        .unwrap();
    }
    writeln!(md, "\n{} against {} at the same size (how many times as costly):\n", names[1], names[0]).unwrap();
    md.push_str("| documents | commit CPU | bytes written | bytes read | file size | open | find |\n|---:|---:|---:|---:|---:|---:|---:|\n");
    for (ours, theirs) in results[0].iter().zip(&results[1]) {
        let r = |key: &str| number(get(theirs, key) / get(ours, key));
        writeln!(
            md,
            "| {} | {}× | {}× | {}× | {}× | {}× | {}× |",
            ours["docs"],
            r("commit_cpu_ms"),
            r("commit_written_bytes"),
            r("commit_read_bytes"),
            r("file_bytes_after_cycles"),
            r("open_ms"),
            r("find_us"),
        )
        .unwrap();
    }
    if config.growth > 0 {
        growth_sections(&mut md, config, names, results);
    }
    open_section(&mut md, names[0], &results[0]);
    md.push_str("\n## Where the bytes are\n\n");
    md.push_str("| build | documents | WAL MB | payload MB | lexical index MB | vector index MB | time index MB |\n|---|---:|---:|---:|---:|---:|---:|\n");
    for (name, runs) in names.iter().zip(results) {
        for r in runs {
            let mb = |key: &str| number(get(r, key) / MB);
            writeln!(
                md,
                "| {name} | {} | {} | {} | {} | {} | {} |",
                r["docs"],
                mb("wal_bytes"),
                mb("payload_bytes"),
                mb("lex_index_bytes"),
                mb("vec_index_bytes"),
                mb("time_index_bytes")
            )
            .unwrap();
        }
    }
    md.push_str("\n![commit cost and file size against documents](scaling.svg)\n");
    md
}

/// Instructions per open against the file's size: whether an open stays linear in the file
/// (the wall time also pays page faults and cache misses that grow with the data).
fn open_section(md: &mut String, name: &str, runs: &[serde_json::Value]) {
    md.push_str(
        "\n## Open\n\nA read-only open + close of the memory above (after its commits and checkpoint), \
         through this binding's build, counted by callgrind (bench/native/src/search.rs `open`, one open \
         minus none): instructions do not depend on the caches and page faults that a wall time of a \
         larger file pays.\n\n",
    );
    md.push_str("| build | documents | file MB | open ms | instructions per open | per document | per MB | per MB, against the smallest |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
    let per_mb = |r: &serde_json::Value| get(r, "open_instructions") / (get(r, "open_file_bytes") / MB);
    let Some(first) = runs.first() else { return };
    for r in runs {
        writeln!(
            md,
            "| {name} | {} | {} | {} | {:.1} M | {:.0} | {:.2} M | {}× |",
            r["docs"],
            number(get(r, "open_file_bytes") / MB),
            number(get(r, "open_ms")),
            get(r, "open_instructions") / 1e6,
            get(r, "open_instructions") / get(r, "docs"),
            per_mb(r) / 1e6,
            number(per_mb(r) / per_mb(first)),
        )
        .unwrap();
    }
}

/// The growth run: file sizes, and the amortized cost of a commit (its growth window) at each size.
fn growth_sections(md: &mut String, config: &Config, names: &[&str], results: &[Vec<serde_json::Value>]) {
    md.push_str(
        "\n## File growth\n\nDocuments put and committed one at a time into a new memory, then closed, against the same \
         documents with one put_many and one commit (the target is at most 1.5×):\n\n",
    );
    md.push_str("| build | documents | one commit each, MB | one put_many, MB | ratio |\n|---|---:|---:|---:|---:|\n");
    for (b, (name, runs)) in names.iter().zip(results).enumerate() {
        let (single, batch) = (get(&runs[0], "growth_single_bytes"), get(&runs[0], "growth_batch_bytes"));
        writeln!(md, "| {name} | {} | {} | {} | {}× |", config.growth_of(b), number(single / MB), number(batch / MB), number(single / batch))
            .unwrap();
    }
    md.push_str(
        "\n## Amortized commit cost\n\nThe same run, in windows that end at a checkpoint (at least 100 commits): the mean cost \
         of a commit in the window that holds the given document (the last complete one, past it), checkpoint included.\n\n",
    );
    md.push_str("| build | documents | window | CPU ms per commit | MB written per commit | MB read per commit |\n|---|---:|---|---:|---:|---:|\n");
    for (b, (name, runs)) in names.iter().zip(results).enumerate() {
        for &size in config.sizes.iter().filter(|&&size| size <= config.growth_of(b)) {
            let Some(w) = window_at(&runs[0], size) else { continue };
            writeln!(
                md,
                "| {name} | {size} | {}–{} | {} | {} | {} |",
                w["first"],
                w["end"],
                number(get(w, "cpu_ms")),
                number(get(w, "written_bytes") / MB),
                number(get(w, "read_bytes") / MB)
            )
            .unwrap();
        }
        let sizes: Vec<usize> = config.sizes.iter().copied().filter(|&size| size <= config.growth_of(b)).collect();
        if let (Some(&a), Some(&z)) = (sizes.first(), sizes.last()) {
            if let (Some(wa), Some(wz)) = (window_at(&runs[0], a), window_at(&runs[0], z)) {
                if a != z {
                    writeln!(
                        md,
                        "| {name} | {z} against {a} | | {}× | {}× | {}× |",
                        number(get(wz, "cpu_ms") / get(wa, "cpu_ms")),
                        number(get(wz, "written_bytes") / get(wa, "written_bytes")),
                        number(get(wz, "read_bytes") / get(wa, "read_bytes"))
                    )
                    .unwrap();
                }
            }
        }
    }
}

/// The instructions of one read-only open + close of `file` (the search program's `open` mode
/// under callgrind, this binding's build), and the file's size: what the wall time of an open
/// says, without the page faults and cache misses that grow with the data.
fn open_instructions(workload: &std::path::Path, file: &std::path::Path) -> Result<(f64, u64), Failure> {
    let binary = crate::search_bench::release_bin("memvid-bench-search")?;
    let dir = crate::target_dir().join("bench/scaling-callgrind-open");
    let (workload, path) = (workload.display().to_string(), file.display().to_string());
    let instructions = crate::search_bench::instructions_per(
        |n| crate::search_bench::program(&binary, &["open", &workload, &path, &n.to_string()], Some(&dir)).map(drop),
        1,
        &dir,
    )?;
    let bytes = fs::metadata(file).map_err(|e| Failure(format!("{}: {e}", file.display())))?.len();
    Ok((instructions, bytes))
}

/// Documents in each direction of the interop check.
const INTEROP_DOCS: usize = 2000;

/// Files both ways with the official Python SDK (bench/sdk-python/interop.py): written here with
/// one commit per document and read by the SDK, before and after the writer closes; written by
/// the SDK, extended here, read back by the SDK. Without the SDK (no network for pip) the
/// section says why.
fn interop_section(bench: &std::path::Path, workload: &std::path::Path) -> Result<String, Failure> {
    let mut md = String::from("\n## Read by the official SDK\n\n");
    crate::build_release_library()?;
    let out = bench.join("interop");
    fs::create_dir_all(&out).map_err(|e| Failure(format!("{}: {e}", out.display())))?;
    // The official CLI too, where npm can install it; without it the CLI's lines are left out.
    let cli = crate::bench::official_cli(bench);
    let result = crate::bench::sdk_python_command(bench, "interop.py").and_then(|mut cmd| {
        if let Ok(binary) = &cli {
            cmd.env("MEMVID_CLI", binary);
        }
        let output = cmd
            .args([workload.as_os_str(), out.as_os_str()])
            .arg(INTEROP_DOCS.to_string())
            .env("MEMVID_LIB", crate::target_dir().join("release/libmemvid_ffi.so"))
            .env("PYTHONPATH", root().join("bindings/python"))
            .output()
            .map_err(|e| format!("python: {e}"))?;
        let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
        if !output.status.success() {
            return Err(format!("interop.py: {}: {}", output.status, String::from_utf8_lossy(&output.stderr).lines().last().unwrap_or("")));
        }
        crate::bench::result_line(&stdout).map_err(|Failure(m)| m)
    });
    let r = match result {
        Ok(r) => r,
        Err(why) => {
            writeln!(md, "Not run: {why}").unwrap();
            return Ok(md);
        }
    };
    println!("scaling: interop {r}");
    let n = INTEROP_DOCS;
    let ids = |v: &serde_json::Value| v.as_array().map(|a| a.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(", ")).unwrap_or_default();
    writeln!(
        md,
        "bench/sdk-python/interop.py, memvid-sdk {} (`use(..., read_only=True)`):\n\n\
         - Written here, {n} documents each committed on its own, the writer still open: the SDK sees {} frames (the \
         last checkpoint), this binding's reader {}. After close the SDK sees {} frames; its lexical find for a word only \
         the last document holds returns frames [{}], its vector search with that document's vector [{}] (the last \
         document is frame {}).\n\
         - Written by the SDK ({n} documents, put_many), then {n} more committed one at a time here: the SDK sees {} \
         frames; its first document found as [{}] and [{}] (frame 0), the last as [{}] and [{}] (frame {}).\n\n\
         An empty lexical answer is the SDK's sketch pre-filter, which it runs on every find and cannot switch off: \
         it drops matching documents whatever wrote the file (measured once, by hand, on 50 documents written here with one \
         commit: the SDK misses 2 of the 50 documents' unique words, and finds 36 of the 50 that hold a word they all \
         share; this binding, which searches with `no_sketch`, finds every one). A vector answer that does not start \
         with the document is the SDK's too: in a memory it writes with put_many and vectors, 11 of 100 documents' \
         vectors find their own document first, in the SDK and here alike (what it stored is not what it was given; \
         bench/sdk-python/fixture.py writes such a file).",
        r["sdk"].as_str().unwrap_or("?"),
        r["ours_open_writer"]["sdk"],
        r["ours_open_writer"]["ours"],
        r["ours_closed"]["frames"],
        ids(&r["ours_closed"]["lex"]),
        ids(&r["ours_closed"]["sem"]),
        n - 1,
        r["sdk_file_last"]["frames"],
        ids(&r["sdk_file_first"]["lex"]),
        ids(&r["sdk_file_first"]["sem"]),
        ids(&r["sdk_file_last"]["lex"]),
        ids(&r["sdk_file_last"]["sem"]),
        2 * n - 1,
    )
    .unwrap();
    for (key, what) in [("cli_ours", "the file written here"), ("cli_sdk_file", "the SDK's file extended here, on the documents added here")] {
        let c = &r[key];
        if c.is_null() {
            continue;
        }
        writeln!(
            md,
            "\nThe official CLI (npm @memvid/cli-linux-x64 2.0.160) on {what}: `stats` {} frames, `verify --deep` {}; of {} \
             documents sampled, `find --no-sketch --mode lex` of the document's own word puts it first for {} and \
             `vec-search` of its vector for {}.",
            c["frames"],
            if c["deep_verify_passed"].as_bool() == Some(true) { "passed" } else { "FAILED" },
            c["sample"],
            c["lex_first"],
            c["vec_first"],
        )
        .unwrap();
    }
    if let Err(why) = &cli {
        writeln!(md, "\nThe official CLI was not run: {why}").unwrap();
    }
    Ok(md)
}

/// Two panels, log-log, from the growth run: documents against the amortized CPU time of a commit,
/// and against the file's size; one line per build.
fn plot(config: &Config, names: &[&str], results: &[Vec<serde_json::Value>]) -> String {
    const COLORS: [&str; 2] = ["#4e79a7", "#e15759"];
    let panels: [(&str, &str, f64); 2] = [("cpu_ms", "CPU per commit, ms (mean over its window)", 1.0), ("file_bytes", "file size, MB", MB)];
    let (w, h, left, top) = (360.0, 240.0, 60.0, 40.0);
    let width = left + 2.0 * (w + left) + 20.0;
    let height = top + h + 80.0;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" font-family=\"sans-serif\" font-size=\"11\">\n\
         <rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n\
         <text x=\"10\" y=\"20\" font-size=\"14\">Documents committed one at a time (log-log)</text>\n"
    );
    let complete = |w: &&serde_json::Value| w["checkpoint"].as_bool().unwrap_or(false);
    let windows: Vec<Vec<&serde_json::Value>> = results
        .iter()
        .map(|runs| runs[0]["growth_windows"].as_array().map(|w| w.iter().filter(complete).collect()).unwrap_or_default())
        .collect();
    let docs = |w: &serde_json::Value| w["end"].as_f64().unwrap_or(1.0).max(1.0);
    let most = windows.iter().flatten().map(|w| docs(w)).fold(config.growth.max(10) as f64, f64::max);
    let (x0, x1) = (1.0f64.max(WINDOW_START).log10(), most.log10());
    for (p, (key, label, unit)) in panels.iter().enumerate() {
        let ox = left + p as f64 * (w + left);
        let values: Vec<f64> = windows.iter().flatten().map(|r| get(r, key) / unit).filter(|v| *v > 0.0).collect();
        let lo = values.iter().copied().fold(f64::INFINITY, f64::min).log10().floor();
        let hi = values.iter().copied().fold(0.0, f64::max).log10().ceil().max(lo + 1.0);
        let x = |docs: f64| ox + w * (docs.log10() - x0) / (x1 - x0);
        let y = |v: f64| top + h - h * (v.log10() - lo) / (hi - lo);
        writeln!(svg, "<rect x=\"{ox}\" y=\"{top}\" width=\"{w}\" height=\"{h}\" fill=\"none\" stroke=\"#999\"/>").unwrap();
        writeln!(svg, "<text x=\"{ox}\" y=\"{}\">{label}</text>", top - 6.0).unwrap();
        for decade in lo as i32..=hi as i32 {
            let v = 10f64.powi(decade);
            writeln!(svg, "<text x=\"{}\" y=\"{:.1}\" text-anchor=\"end\">{}</text>", ox - 4.0, y(v) + 4.0, number(v)).unwrap();
        }
        let mut decade = 10f64.powf(x0.ceil());
        while decade <= most {
            writeln!(svg, "<text x=\"{:.1}\" y=\"{}\" text-anchor=\"middle\">{decade}</text>", x(decade), top + h + 14.0).unwrap();
            decade *= 10.0;
        }
        for (b, runs) in windows.iter().enumerate() {
            let points: Vec<String> =
                runs.iter().filter(|r| get(r, key) > 0.0).map(|r| format!("{:.1},{:.1}", x(docs(r)), y(get(r, key) / unit))).collect();
            writeln!(svg, "<polyline points=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"2\"/>", points.join(" "), COLORS[b]).unwrap();
        }
    }
    for (b, name) in names.iter().enumerate() {
        let y = top + h + 36.0 + b as f64 * 18.0;
        writeln!(svg, "<rect x=\"{left}\" y=\"{}\" width=\"12\" height=\"12\" fill=\"{}\"/><text x=\"{}\" y=\"{y}\">{name}, {} documents</text>", y - 10.0, COLORS[b], left + 18.0, config.growth_of(b)).unwrap();
    }
    writeln!(svg, "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">documents committed</text>", width / 2.0, top + h + 28.0).unwrap();
    svg.push_str("</svg>\n");
    svg
}

/// The x axis starts at the end of the first window.
const WINDOW_START: f64 = 100.0;

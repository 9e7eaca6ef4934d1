//! `cargo tool bench`: one deterministic workload through every path a user could pick, in the
//! same run, reported as times and as ratios to memvid-core called directly from Rust.
//!
//! The protocol every path follows (bench/*/): `<program> <workload_dir> <out_dir>`. The workload
//! directory holds docs.txt (one document per line), vectors.f32 (one little-endian 384-float
//! row per document), queries.txt, qvectors.f32 and meta.json (dim, batch, stats_calls,
//! open_close). A program creates `out_dir/single.mv2` with single puts and commits it, creates
//! `out_dir/batch.mv2` with put_many batches, commits, runs every lexical query (k = 10), every
//! vector query (k = 10), `stats_calls` stats calls, closes, then opens `batch.mv2` read-only and
//! closes it `open_close` times. Its last line is `RESULT {json}` with the per-operation times
//! (see METRICS), its peak RSS and the number of lexical hits (which must equal native's: every
//! path searches the same documents). Each path runs `--runs` times, interleaved with the others
//! so that drift in the machine's speed spreads over all of them.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::cc::{self, Lang};
use crate::{output, root, run, wasm, Failure};

/// (key in RESULT, label, unit). Times are per operation; lower is better for all of them.
const METRICS: [(&str, &str, &str); 8] = [
    ("put_us", "put (single, with embedding)", "µs/doc"),
    ("put_many_us", "put_many (batch, with embedding)", "µs/doc"),
    ("commit_ms", "commit (after the single puts)", "ms"),
    ("find_us", "find, lexical, k=10", "µs/query"),
    ("vec_search_us", "vec_search, 384-dim, k=10", "µs/query"),
    ("stats_us", "stats (per-call overhead)", "µs/call"),
    ("open_close_us", "open read-only + close", "µs"),
    ("peak_rss_mb", "peak RSS", "MB"),
];

const DIM: usize = 384;

struct Config {
    docs: usize,
    queries: usize,
    batch: usize,
    stats_calls: usize,
    open_close: usize,
    runs: usize,
    /// The official SDKs take ~100 ms per single put, so they run fewer rounds and time single
    /// puts and stats over fewer operations (per-operation times stay comparable).
    sdk_runs: usize,
    only: Vec<String>,
    publish: bool,
}

impl Config {
    fn parse(args: &[String]) -> Result<Self, Failure> {
        let mut c = Config {
            docs: 2000,
            queries: 300,
            batch: 250,
            stats_calls: 20_000,
            open_close: 30,
            runs: 5,
            sdk_runs: 1,
            only: Vec::new(),
            publish: false,
        };
        for_each_flag(args, &mut c.publish, |flag, value, number| {
            match flag {
                "--docs" => c.docs = number()?,
                "--queries" => c.queries = number()?,
                "--batch" => c.batch = number()?,
                "--stats-calls" => c.stats_calls = number()?,
                "--open-close" => c.open_close = number()?,
                "--runs" => c.runs = number()?,
                "--sdk-runs" => c.sdk_runs = number()?,
                "--only" => c.only = value.split(',').map(str::to_owned).collect(),
                _ => return Err(Failure(format!("unknown flag {flag}; see `cargo tool bench --help` in README"))),
            }
            Ok(())
        })?;
        Ok(c)
    }
}

/// The bench commands' flags: `--publish` sets `publish`; every other flag takes a value, and
/// `each(flag, value, number)` applies it (`number` parses the value as a positive count).
pub(crate) fn for_each_flag(
    args: &[String],
    publish: &mut bool,
    mut each: impl FnMut(&str, &str, &dyn Fn() -> Result<usize, Failure>) -> Result<(), Failure>,
) -> Result<(), Failure> {
    let mut args = args.iter();
    while let Some(flag) = args.next() {
        if flag == "--publish" {
            *publish = true;
            continue;
        }
        let value = args.next().ok_or_else(|| Failure(format!("{flag} needs a value")))?;
        let number = || value.parse::<usize>().ok().filter(|n| *n > 0).ok_or_else(|| Failure(format!("{flag} {value}: not a positive number")));
        each(flag, value, &number)?;
    }
    Ok(())
}

/// A way to run the workload: how to get it ready, and what it is.
struct PathSpec {
    name: &'static str,
    what: &'static str,
    prepare: fn(&Dirs) -> Result<Command, Unavailable>,
}

/// Why a path could not be prepared on this machine: reported, and a failure of the run unless
/// the path is one of the OPTIONAL peers (the official SDKs).
struct Unavailable(String);

impl From<Failure> for Unavailable {
    fn from(Failure(m): Failure) -> Self {
        Unavailable(m)
    }
}

const PATHS: [PathSpec; 8] = [
    PathSpec { name: "native", what: "memvid-core called directly from Rust (bench/native), the reference", prepare: native },
    PathSpec { name: "c", what: "the C API from a C program (bench/c)", prepare: c },
    PathSpec { name: "cpp", what: "the generated C++17 wrapper (bench/cpp)", prepare: cpp },
    PathSpec { name: "go", what: "bindings/go over the C API, cgo (bench/go)", prepare: go },
    PathSpec { name: "python", what: "bindings/python over the C API, ctypes (bench/python)", prepare: python },
    PathSpec { name: "js-wasm", what: "the generated JS over the WebAssembly build, Node (bench/js)", prepare: js },
    PathSpec { name: "sdk-python", what: "the official Python SDK, PyPI memvid-sdk (bench/sdk-python)", prepare: sdk_python },
    PathSpec { name: "sdk-node", what: "the official Node SDK, npm @memvid/sdk (bench/sdk-node)", prepare: sdk_node },
];

/// The peers that are allowed to be missing.
const OPTIONAL: [&str; 2] = ["sdk-python", "sdk-node"];
/// What the SDK paths time of the single-put and stats phases (meta.json sdk_single_puts, sdk_stats_calls).
const SDK_SINGLE_PUTS: usize = 100;
const SDK_STATS_CALLS: usize = 200;

struct Dirs {
    bench: PathBuf,
    workload: PathBuf,
    release: PathBuf,
}

pub fn run_bench(args: &[String]) -> Result<(), Failure> {
    let config = Config::parse(args)?;
    let target = crate::target_dir();
    let dirs = Dirs { bench: target.join("bench"), workload: target.join("bench/workload"), release: target.join("release") };
    let chosen: Vec<&PathSpec> = PATHS
        .iter()
        .filter(|p| p.name == "native" || config.only.is_empty() || config.only.iter().any(|o| o == p.name))
        .collect();
    run(
        Command::new(env!("CARGO")).current_dir(root()).args(["build", "--release", "-p", "memvid-ffi", "-p", "memvid-bench-native"]),
        "cargo build --release",
    )?;
    write_workload(&config, &dirs.workload)?;

    let mut ready = Vec::new();
    let mut missing = Vec::new();
    for spec in chosen {
        println!("bench: preparing {}", spec.name);
        match (spec.prepare)(&dirs) {
            Ok(cmd) => ready.push((spec, cmd)),
            Err(Unavailable(why)) => {
                eprintln!("bench: {} unavailable: {why}", spec.name);
                missing.push((spec, why));
            }
        }
    }

    let mut results: BTreeMap<&str, Vec<serde_json::Value>> = BTreeMap::new();
    let mut failures = Vec::new();
    for round in 1..=config.runs {
        for (spec, cmd) in &ready {
            if failures.iter().any(|(name, _)| name == &spec.name) || (OPTIONAL.contains(&spec.name) && round > config.sdk_runs) {
                continue;
            }
            let out = dirs.bench.join("run").join(spec.name);
            let _ = fs::remove_dir_all(&out);
            fs::create_dir_all(&out).map_err(|e| Failure(format!("{}: {e}", out.display())))?;
            match run_once(cmd, &dirs.workload, &out) {
                Ok(result) => {
                    println!("bench: {} round {round}/{}: {result}", spec.name, config.runs);
                    results.entry(spec.name).or_default().push(result);
                }
                Err(Failure(m)) => {
                    eprintln!("bench: {} failed: {m}", spec.name);
                    failures.push((spec.name, m));
                }
            }
        }
    }
    check_hits(&results, &mut failures);
    let counted = instructions(&dirs)?;

    let report = report(&config, &results, &missing, &failures, &counted);
    let svg = plot(&results);
    fs::write(dirs.bench.join("report.md"), &report).map_err(|e| Failure(format!("report.md: {e}")))?;
    fs::write(dirs.bench.join("ratios.svg"), &svg).map_err(|e| Failure(format!("ratios.svg: {e}")))?;
    println!("\n{report}\nbench: wrote {} and ratios.svg", dirs.bench.join("report.md").display());
    if config.publish {
        let docs = root().join("docs");
        fs::create_dir_all(&docs).map_err(|e| Failure(format!("{}: {e}", docs.display())))?;
        fs::write(docs.join("benchmarks.md"), report.replace("](ratios.svg)", "](bench-ratios.svg)"))
            .and_then(|()| fs::write(docs.join("bench-ratios.svg"), &svg))
            .map_err(|e| Failure(format!("docs/: {e}")))?;
        println!("bench: published docs/benchmarks.md and docs/bench-ratios.svg");
    }
    // The SDKs are peers this project does not ship: their problems are reported, not fatal.
    let own: Vec<&str> = failures
        .iter()
        .map(|(name, _)| *name)
        .chain(missing.iter().map(|(spec, _)| spec.name))
        .filter(|name| !OPTIONAL.contains(name))
        .collect();
    if !own.is_empty() {
        return Err(Failure(format!("bench: failed: {}", own.join(", "))));
    }
    Ok(())
}

fn run_once(cmd: &Command, workload: &Path, out: &Path) -> Result<serde_json::Value, Failure> {
    // The prepared Command is a template: each run copies it and appends this run's directories.
    let mut this = Command::new(cmd.get_program());
    this.args(cmd.get_args()).arg(workload).arg(out);
    if let Some(dir) = cmd.get_current_dir() {
        this.current_dir(dir);
    }
    for (key, value) in cmd.get_envs() {
        match value {
            Some(v) => this.env(key, v),
            None => this.env_remove(key),
        };
    }
    let output = this.output().map_err(|e| Failure(format!("could not start {:?}: {e}", cmd.get_program())))?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    if !output.status.success() {
        return Err(Failure(format!("{}: {}{}", output.status, stdout, String::from_utf8_lossy(&output.stderr))));
    }
    result_line(&stdout)
}

/// The JSON of the last `RESULT {json}` line a bench program printed (every program of bench/
/// ends with one).
pub(crate) fn result_line(stdout: &str) -> Result<serde_json::Value, Failure> {
    let line = stdout.lines().rev().find_map(|l| l.strip_prefix("RESULT ")).ok_or_else(|| Failure(format!("no RESULT line in: {stdout}")))?;
    serde_json::from_str(line).map_err(|e| Failure(format!("RESULT is not JSON ({e}): {line}")))
}

/// Every path searched the same documents with the same queries: a different lexical hit count
/// means a path lost documents or searched differently, and its times would not be comparable.
fn check_hits(results: &BTreeMap<&str, Vec<serde_json::Value>>, failures: &mut Vec<(&'static str, String)>) {
    let Some(native) = results.get("native").and_then(|r| r.first()).map(|r| r["hits"].clone()) else { return };
    for spec in &PATHS {
        let Some(runs) = results.get(spec.name) else { continue };
        if OPTIONAL.contains(&spec.name) {
            continue; // the SDKs search with their own settings (sketch pre-filter on): reported only
        }
        if let Some(bad) = runs.iter().find(|r| r["hits"] != native) {
            failures.push((spec.name, format!("{} lexical hits, native found {native}", bad["hits"])));
        }
    }
}

// ---- the workload ------------------------------------------------------------------------

/// splitmix64, as in ffi/tests/common: fixed seed, same workload on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// A skewed pick in `0..n`: low indexes are common words, high ones rare, as in text.
    fn skewed(&mut self, n: usize) -> usize {
        let a = self.below(n);
        let b = self.below(n);
        a * b / n
    }

    fn unit_vector(&mut self) -> Vec<f32> {
        let v: Vec<f32> = (0..DIM).map(|_| (self.next() >> 40) as f32 / (1u64 << 24) as f32 * 2.0 - 1.0).collect();
        let norm = v.iter().map(|x| x * x).sum::<f32>().sqrt();
        v.into_iter().map(|x| x / norm).collect()
    }
}

/// The bench's workload with `docs` documents and its other defaults (`bench --scaling`).
pub(crate) fn write_default_workload(docs: usize, dir: &Path) -> Result<(), Failure> {
    let config = Config { docs, ..Config::parse(&[])? };
    write_workload(&config, dir)
}

fn write_workload(config: &Config, dir: &Path) -> Result<(), Failure> {
    const SYLLABLES: [&str; 24] = [
        "ka", "lo", "mi", "ren", "sto", "val", "qui", "dor", "fen", "bra", "tis", "um", "zel", "por", "an", "vik", "sa",
        "ne", "gro", "hal", "ix", "mor", "te", "wy",
    ];
    let mut rng = Rng(0x6d65_6d76_6964);
    let vocabulary: Vec<String> = (0..4000)
        .map(|i| {
            let mut word: String = (0..2 + i % 3).map(|_| SYLLABLES[rng.below(SYLLABLES.len())]).collect();
            write!(word, "{}", i % 10).unwrap(); // distinct words even when syllables repeat
            word
        })
        .collect();
    let mut docs = String::new();
    let mut vectors = Vec::with_capacity(config.docs * DIM * 4);
    for _ in 0..config.docs {
        let words: Vec<&str> = (0..60 + rng.below(100)).map(|_| vocabulary[rng.skewed(vocabulary.len())].as_str()).collect();
        docs.push_str(&words.join(" "));
        docs.push('\n');
        vectors.extend(rng.unit_vector().iter().flat_map(|x| x.to_le_bytes()));
    }
    let mut queries = String::new();
    let mut qvectors = Vec::with_capacity(config.queries * DIM * 4);
    for _ in 0..config.queries {
        // Two common words: most queries match enough documents to fill k = 10.
        let a = &vocabulary[20 + rng.below(300)];
        let b = &vocabulary[20 + rng.below(300)];
        writeln!(queries, "{a} {b}").unwrap();
        qvectors.extend(rng.unit_vector().iter().flat_map(|x| x.to_le_bytes()));
    }
    let meta = serde_json::json!({
        "dim": DIM, "docs": config.docs, "queries": config.queries, "batch": config.batch,
        "stats_calls": config.stats_calls, "open_close": config.open_close,
        "sdk_single_puts": SDK_SINGLE_PUTS, "sdk_stats_calls": SDK_STATS_CALLS,
    });
    let _ = fs::remove_dir_all(dir);
    fs::create_dir_all(dir).map_err(|e| Failure(format!("{}: {e}", dir.display())))?;
    for (name, bytes) in [
        ("docs.txt", docs.as_bytes()),
        ("vectors.f32", &vectors[..]),
        ("queries.txt", queries.as_bytes()),
        ("qvectors.f32", &qvectors[..]),
        ("meta.json", meta.to_string().as_bytes()),
    ] {
        fs::write(dir.join(name), bytes).map_err(|e| Failure(format!("{name}: {e}")))?;
    }
    Ok(())
}

// ---- the paths -------------------------------------------------------------------------

fn native(d: &Dirs) -> Result<Command, Unavailable> {
    Ok(Command::new(d.release.join("memvid-bench-native")))
}

fn c(d: &Dirs) -> Result<Command, Unavailable> {
    compiled(d, Lang::C, "bench/c/bench.c", "c-bench")
}

fn cpp(d: &Dirs) -> Result<Command, Unavailable> {
    compiled(d, Lang::Cpp, "bench/cpp/bench.cpp", "cpp-bench")
}

fn compiled(d: &Dirs, lang: Lang, source: &str, name: &str) -> Result<Command, Unavailable> {
    let exe = d.bench.join("bin").join(name);
    cc::build_program_against(lang, &[&root().join(source)], &exe, &["-O2"], &d.release)?;
    Ok(Command::new(exe))
}

fn go(d: &Dirs) -> Result<Command, Unavailable> {
    let pkgconfig = d.bench.join("pkgconfig");
    crate::langs::write_pkgconfig(&pkgconfig, &d.release)?;
    let exe = d.bench.join("bin/go-bench");
    run(
        Command::new("go")
            .args(["build", "-o"])
            .arg(&exe)
            .arg(".")
            .current_dir(root().join("bench/go"))
            .env("PKG_CONFIG_PATH", &pkgconfig)
            .env("GOFLAGS", "-mod=mod")
            .env("GOPROXY", "off"),
        "go build (bench/go)",
    )?;
    Ok(Command::new(exe))
}

fn python(d: &Dirs) -> Result<Command, Unavailable> {
    let mut cmd = Command::new("python3");
    cmd.arg(root().join("bench/python/bench.py")).env("MEMVID_LIB", d.release.join("libmemvid_ffi.so"));
    Ok(cmd)
}

fn js(_: &Dirs) -> Result<Command, Unavailable> {
    wasm::build()?;
    let mut cmd = Command::new("node");
    cmd.args(["--no-warnings"]).arg(root().join("bench/js/bench.mjs"));
    Ok(cmd)
}

fn sdk_python(d: &Dirs) -> Result<Command, Unavailable> {
    let mut cmd = sdk_python_command(&d.bench, "bench.py").map_err(Unavailable)?;
    cmd.env("HF_HUB_OFFLINE", "1");
    Ok(cmd)
}

/// `python <script>` for one of bench/sdk-python's scripts, in a venv under `bench` with the
/// official SDK installed (bench/sdk-python/requirements.txt); Err says why it could not be
/// made.
pub(crate) fn sdk_python_command(bench: &Path, script: &str) -> Result<Command, String> {
    let venv = bench.join("sdk-python-venv");
    if !venv.join("bin/python").exists() {
        run(Command::new("python3").args(["-m", "venv"]).arg(&venv), "python3 -m venv").map_err(|Failure(m)| m)?;
    }
    run(
        Command::new(venv.join("bin/pip"))
            .args(["install", "--quiet", "--disable-pip-version-check", "-r"])
            .arg(root().join("bench/sdk-python/requirements.txt")),
        "pip install memvid-sdk",
    )
    .map_err(|Failure(m)| m)?;
    let mut cmd = Command::new(venv.join("bin/python"));
    cmd.arg(root().join("bench/sdk-python").join(script));
    Ok(cmd)
}

/// The official memvid CLI's binary (npm `@memvid/cli-linux-x64`, the release of the Python SDK
/// in bench/sdk-python/requirements.txt), installed under `bench/cli`; what it reports is read by
/// bench/sdk-python/interop.py. Err says why it could not be had (no network for npm).
pub(crate) fn official_cli(bench: &Path) -> Result<PathBuf, String> {
    let dir = bench.join("cli");
    let binary = dir.join("node_modules/@memvid/cli-linux-x64/memvid");
    if !binary.exists() {
        fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        run(
            Command::new("npm")
                .args(["install", "--no-audit", "--no-fund", "--silent", "--ignore-scripts", "--prefix"])
                .arg(&dir)
                .arg("@memvid/cli-linux-x64@2.0.160"),
            "npm install @memvid/cli-linux-x64",
        )
        .map_err(|Failure(m)| m)?;
    }
    Ok(binary)
}

fn sdk_node(d: &Dirs) -> Result<Command, Unavailable> {
    // npm installs beside a copy of the package, so that node_modules stays out of the checkout.
    let dir = d.bench.join("sdk-node");
    fs::create_dir_all(&dir).map_err(|e| Unavailable(format!("{}: {e}", dir.display())))?;
    for entry in fs::read_dir(root().join("bench/sdk-node")).map_err(|e| Unavailable(e.to_string()))?.flatten() {
        fs::copy(entry.path(), dir.join(entry.file_name())).map_err(|e| Unavailable(e.to_string()))?;
    }
    // --ignore-scripts: a transitive dependency (onnxruntime-node, for OCR) downloads CUDA
    // libraries in a postinstall script; the SDK's own native module ships prebuilt.
    run(
        Command::new("npm").args(["install", "--no-audit", "--no-fund", "--silent", "--ignore-scripts"]).current_dir(&dir),
        "npm install @memvid/sdk",
    )?;
    let mut cmd = Command::new("node");
    cmd.args(["--no-warnings"]).arg(dir.join("bench.mjs")).env("HF_HUB_OFFLINE", "1");
    Ok(cmd)
}

// ---- instruction counts ------------------------------------------------------------------

/// (operation, native function, C functions whose counts add up to the same operation).
const COUNTED: [(&str, &str, &[&str]); 7] = [
    ("put (single, with embedding)", "op_put", &["memvid_MemvidStore_put_text_with_embedding"]),
    ("put_many, per document", "op_put_batch", &["memvid_MemvidPutBatch_add_text_with_embedding", "memvid_MemvidStore_put_many"]),
    ("commit", "op_commit", &["memvid_MemvidStore_commit"]),
    ("find, lexical, k=10", "op_find", &["memvid_MemvidStore_find"]),
    ("vec_search, k=10", "op_vec_search", &["memvid_MemvidStore_vec_search"]),
    ("stats", "op_stats", &["memvid_MemvidStore_stats"]),
    ("open read-only", "op_open", &["memvid_MemvidStore_open_read_only"]),
];

/// Wall-clock times on a shared 2-core machine spread by ±10 %, too much to see a 2 % cost.
/// Instruction counts hardly move between runs: both programs run a small workload under
/// callgrind, and each operation's inclusive count (on the calling thread) in the C API
/// functions is compared with the same operation in bench/native's `op_*` functions. The
/// difference is what the binding adds. A Markdown section, or a line saying why there is none.
fn instructions(dirs: &Dirs) -> Result<String, Failure> {
    let mut md = String::from("## Instructions per operation (callgrind)\n\n");
    if Command::new("valgrind").arg("--version").output().is_err() {
        md.push_str("Not measured: valgrind is not installed (`cargo tool setup`).\n\n");
        return Ok(md);
    }
    let small = Config { docs: 200, queries: 50, batch: 100, stats_calls: 500, open_close: 3, ..Config::parse(&[])? };
    let workload = dirs.bench.join("workload-callgrind");
    write_workload(&small, &workload)?;
    let c_exe = dirs.bench.join("bin/c-bench");
    cc::build_program_against(Lang::C, &[&root().join("bench/c/bench.c")], &c_exe, &["-O2"], &dirs.release)?;
    let mut counts = Vec::new();
    for (name, exe) in [("native", dirs.release.join("memvid-bench-native")), ("c", c_exe)] {
        println!("bench: counting instructions of {name} (callgrind)");
        let out = dirs.bench.join("run-callgrind").join(name);
        let _ = fs::remove_dir_all(&out);
        fs::create_dir_all(&out).map_err(|e| Failure(format!("{}: {e}", out.display())))?;
        let profile = out.join("callgrind.out");
        let mut callgrind = Command::new("valgrind");
        callgrind.args(["-q", "--tool=callgrind"]).arg(format!("--callgrind-out-file={}", profile.display())).arg(&exe);
        run_once(&callgrind, &workload, &out)?;
        let annotated = output(
            Command::new("callgrind_annotate").args(["--inclusive=yes", "--threshold=100"]).arg(&profile),
            "callgrind_annotate",
        )?;
        counts.push(inclusive_counts(&annotated));
    }
    let calls = |op: &str| match op {
        "op_put" | "op_put_batch" => small.docs,
        "op_commit" => 2, // after the single puts and after the batches
        "op_find" | "op_vec_search" => small.queries,
        "op_stats" => small.stats_calls,
        _ => small.open_close,
    } as f64;
    writeln!(
        md,
        "{} documents, {} queries, {} stats calls, {} opens, under valgrind's callgrind: instructions \
         per call on the calling thread (memvid-core's worker threads run the same work on both \
         paths), native `op_*` functions against the C API functions; \"binding\" is what the C API \
         adds. Counts move a little between runs (memvid-core seeds its hash maps randomly and \
         stamps times): seen here, up to ±2 % for commit and open, ±0.3 % for the others.\n",
        small.docs, small.queries, small.stats_calls, small.open_close
    )
    .unwrap();
    table_header(&mut md, &["operation"], ["native", "C API", "binding"].into_iter());
    for (label, native_fn, c_fns) in COUNTED {
        let native = counts[0].get(&format!("memvid_bench_native::{native_fn}")).copied();
        let c: Option<f64> = c_fns.iter().map(|f| counts[1].get(*f).copied()).sum();
        let (Some(native), Some(c)) = (native, c) else {
            writeln!(md, "| {label} | – | – | not found in the profile |").unwrap();
            continue;
        };
        let (native, c) = (native / calls(native_fn), c / calls(native_fn));
        writeln!(md, "| {label} | {native:.0} | {c:.0} | {:+.0} ({:+.2} %) |", c - native, (c - native) / native * 100.0).unwrap();
    }
    md.push('\n');
    Ok(md)
}

/// Inclusive instruction counts by function from `callgrind_annotate --inclusive=yes` lines
/// such as `  362,793,514 (24.13%)  ???:memvid_bench_native::op_put [/path/to/binary]`.
fn inclusive_counts(annotated: &str) -> BTreeMap<String, f64> {
    annotated
        .lines()
        .filter_map(|line| {
            let (count, rest) = line.trim().split_once(' ')?;
            let count: f64 = count.replace(',', "").parse().ok()?;
            let (_, function) = rest.split_once(")  ")?.1.split_once(':')?;
            let function = function.split(" [").next()?.trim();
            Some((function.to_owned(), count))
        })
        .collect()
}

// ---- the report --------------------------------------------------------------------------

fn values(runs: &[serde_json::Value], key: &str) -> Vec<f64> {
    let mut v: Vec<f64> = runs.iter().filter_map(|r| r[key].as_f64()).collect();
    v.sort_by(f64::total_cmp);
    v
}

fn median(sorted: &[f64]) -> Option<f64> {
    match sorted.len() {
        0 => None,
        n if n % 2 == 1 => Some(sorted[n / 2]),
        n => Some((sorted[n / 2 - 1] + sorted[n / 2]) / 2.0),
    }
}

pub(crate) fn number(x: f64) -> String {
    match x {
        x if x >= 100.0 => format!("{x:.0}"),
        x if x >= 10.0 => format!("{x:.1}"),
        x if x >= 1.0 => format!("{x:.2}"),
        x => format!("{x:.3}"),
    }
}

/// native median / path median: how many times as fast as native (1.00 = the same).
fn ratio(results: &BTreeMap<&str, Vec<serde_json::Value>>, name: &str, key: &str) -> Option<f64> {
    let native = median(&values(results.get("native")?, key))?;
    let path = median(&values(results.get(name)?, key))?;
    (path > 0.0).then(|| native / path)
}

fn report(
    config: &Config,
    results: &BTreeMap<&str, Vec<serde_json::Value>>,
    missing: &[(&PathSpec, String)],
    failures: &[(&str, String)],
    counted: &str,
) -> String {
    let ran: Vec<&PathSpec> = PATHS.iter().filter(|p| results.contains_key(p.name)).collect();
    let mut md = String::from("# memvid-ffi benchmark\n\n");
    writeln!(md, "Produced by `cargo tool bench{}`.\n", if config.publish { " --publish" } else { "" }).unwrap();
    writeln!(md, "## Machine\n\n{}\n", machine()).unwrap();
    writeln!(
        md,
        "## Workload\n\n{} generated text documents (60 to 160 words each from a 4,000-word vocabulary, \
         fixed seed) with a {DIM}-dimensional embedding each; {} two-word lexical queries and {} query \
         vectors; put_many in batches of {}; {} stats calls; {} read-only open + close cycles. Each path \
         ran {} time(s), interleaved with the others; the tables give the median and, in parentheses, \
         the range over the runs. Release builds; the WebAssembly module is built as `cargo tool wasm` \
         builds it (opt-level 3, wasm-opt -O3). The official SDKs, much slower per put, ran {} round(s) \
         and timed single puts over the first {SDK_SINGLE_PUTS} documents and stats over \
         {SDK_STATS_CALLS} calls (their put_many and searches use the whole workload).\n",
        config.docs, config.queries, config.queries, config.batch, config.stats_calls, config.open_close, config.runs,
        config.sdk_runs
    )
    .unwrap();

    md.push_str("## Time per operation\n\n");
    table_header(&mut md, &["operation", "unit"], ran.iter().map(|p| p.name));
    for (key, label, unit) in METRICS {
        write!(md, "| {label} | {unit} |").unwrap();
        for p in &ran {
            let v = values(&results[p.name], key);
            match (median(&v), v.first(), v.last()) {
                (Some(m), Some(lo), Some(hi)) => write!(md, " {} ({}–{}) |", number(m), number(*lo), number(*hi)).unwrap(),
                _ => md.push_str(" – |"),
            }
        }
        md.push('\n');
    }

    md.push_str("\n## Ratio to native\n\nNative median time / path median time: 1.00 is as fast as memvid-core \
                 called from Rust, 0.50 takes twice as long. For peak RSS, path / native (memory used, \
                 1.00 = the same).\n\n");
    let others: Vec<&&PathSpec> = ran.iter().filter(|p| p.name != "native").collect();
    table_header(&mut md, &["operation"], others.iter().map(|p| p.name));
    for (key, label, _) in METRICS {
        write!(md, "| {label} |").unwrap();
        for p in &others {
            let r = ratio(results, p.name, key).map(|r| if key == "peak_rss_mb" { 1.0 / r } else { r });
            match r {
                Some(r) => write!(md, " {r:.2} |").unwrap(),
                None => md.push_str(" – |"),
            }
        }
        md.push('\n');
    }
    md.push_str("\nPer-call overhead over native (median stats time minus native's):");
    let native_stats = results.get("native").and_then(|r| median(&values(r, "stats_us")));
    for p in &others {
        if let (Some(n), Some(t)) = (native_stats, median(&values(&results[p.name], "stats_us"))) {
            write!(md, " {} {:+.2} µs;", p.name, t - n).unwrap();
        }
    }
    md.pop();
    md.push_str(".\n\n![throughput ratio to native](ratios.svg)\n\n");
    md.push_str(counted);
    md.push_str("## Paths\n\n");
    for p in &PATHS {
        let status = if let Some((_, why)) = failures.iter().find(|(n, _)| *n == p.name) {
            format!(" — **failed**: {}", why.lines().next().unwrap_or_default())
        } else if let Some((_, why)) = missing.iter().find(|(s, _)| s.name == p.name) {
            format!(" — not run: {}", why.lines().next().unwrap_or_default())
        } else {
            String::new()
        };
        let notes = results
            .get(p.name)
            .and_then(|r| r.first())
            .and_then(|r| r["notes"].as_str())
            .map(|n| format!(" Notes: {n}"))
            .unwrap_or_default();
        let hits = results.get(p.name).and_then(|r| r.first()).map(|r| format!(" Lexical hits: {}.", r["hits"])).unwrap_or_default();
        writeln!(md, "- **{}**: {}.{hits}{notes}{status}", p.name, p.what).unwrap();
    }
    md
}

/// A Markdown table's header: text columns `lead`, then one right-aligned column per name.
fn table_header<'a>(md: &mut String, lead: &[&str], names: impl Iterator<Item = &'a str>) {
    let names: Vec<&str> = names.collect();
    writeln!(md, "| {} | {} |", lead.join(" | "), names.join(" | ")).unwrap();
    writeln!(md, "|{}{}", "---|".repeat(lead.len()), "---:|".repeat(names.len())).unwrap();
}

pub(crate) fn machine() -> String {
    let cpu = fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| s.lines().find_map(|l| l.strip_prefix("model name").map(|v| v.trim_start_matches([' ', '\t', ':']).to_owned())))
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(0);
    let memory = fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|s| s.lines().find_map(|l| l.strip_prefix("MemTotal:").and_then(|v| v.trim().trim_end_matches(" kB").parse::<f64>().ok())))
        .map(|kb| format!("{:.0} GiB", kb / 1024.0 / 1024.0))
        .unwrap_or_default();
    let version = |program: &str, arg: &str| -> String {
        Command::new(program)
            .arg(arg)
            .output()
            .ok()
            .map(|o| String::from_utf8_lossy(if o.stdout.is_empty() { &o.stderr } else { &o.stdout }).lines().next().unwrap_or("").trim().to_owned())
            .unwrap_or_else(|| "not found".into())
    };
    format!(
        "- CPU: {cpu}, {cores} cores available; memory {memory}\n- OS: {}\n- {}; {}; node {}; {}; {}",
        version("uname", "-sr"),
        version("rustc", "-V"),
        version("cc", "--version"),
        version("node", "--version"),
        version("go", "version"),
        version("python3", "--version"),
    )
}

/// Horizontal bars of each path's throughput ratio to native, one group per operation.
fn plot(results: &BTreeMap<&str, Vec<serde_json::Value>>) -> String {
    const COLORS: [&str; 7] = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1"];
    let others: Vec<&PathSpec> = PATHS.iter().filter(|p| p.name != "native" && results.contains_key(p.name)).collect();
    let timed = &METRICS[..METRICS.len() - 1];
    let (label_w, bar_w, row_h) = (250.0, 420.0, 14.0);
    let max_ratio = 2.0_f64;
    let group_h = row_h * others.len() as f64 + 12.0;
    let height = 60.0 + group_h * timed.len() as f64 + 20.0 * others.len() as f64;
    let width = label_w + bar_w + 80.0;
    let x = |r: f64| label_w + bar_w * r.min(max_ratio) / max_ratio;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" font-family=\"sans-serif\" font-size=\"11\">\n\
         <rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n\
         <text x=\"10\" y=\"20\" font-size=\"14\">Throughput relative to memvid-core from Rust (1.0 = native; bars end at {max_ratio})</text>\n"
    );
    for (g, (key, label, _)) in timed.iter().enumerate() {
        let top = 40.0 + g as f64 * group_h;
        writeln!(svg, "<text x=\"10\" y=\"{}\">{label}</text>", top + group_h / 2.0).unwrap();
        for (i, p) in others.iter().enumerate() {
            let y = top + i as f64 * row_h;
            if let Some(r) = ratio(results, p.name, key) {
                writeln!(
                    svg,
                    "<rect x=\"{label_w}\" y=\"{y}\" width=\"{:.1}\" height=\"{}\" fill=\"{}\"/><text x=\"{:.1}\" y=\"{}\">{r:.2}</text>",
                    x(r) - label_w,
                    row_h - 2.0,
                    COLORS[i % COLORS.len()],
                    x(r) + 4.0,
                    y + row_h - 4.0
                )
                .unwrap();
            }
        }
    }
    let bottom = 40.0 + group_h * timed.len() as f64;
    writeln!(svg, "<line x1=\"{0}\" y1=\"35\" x2=\"{0}\" y2=\"{bottom}\" stroke=\"black\" stroke-dasharray=\"4 3\"/>", x(1.0)).unwrap();
    for (i, p) in others.iter().enumerate() {
        let y = bottom + 16.0 + i as f64 * 18.0;
        writeln!(
            svg,
            "<rect x=\"{label_w}\" y=\"{}\" width=\"12\" height=\"12\" fill=\"{}\"/><text x=\"{}\" y=\"{}\">{}</text>",
            y - 10.0,
            COLORS[i % COLORS.len()],
            label_w + 18.0,
            y,
            p.name
        )
        .unwrap();
    }
    svg.push_str("</svg>\n");
    svg
}

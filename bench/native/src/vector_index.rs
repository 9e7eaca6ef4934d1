//! The vector-index program of `cargo tool bench --search` (vendored memvid-core only: the
//! published 2.0.140 has no in-memory index, see vendor/memvid-core-2.0.140/src/vec_ivf.rs).
//!
//! Usage: `memvid-bench-vector-index workload <dir> <docs> <queries>` writes the `text` data set
//! as a bench workload directory (the search bench's end-to-end runs put it into memories).
//! `memvid-bench-vector-index <docs> <queries> <text|clustered|uniform>` builds a flat
//! vector index of `docs` 384-float vectors, then searches it, k = 10, through
//! `VecIndex::search`: the first `EXACT_QUERIES_BEFORE_BUILD` searches are exact, the next one
//! builds the IVF lists and the rest use them. Prints `RESULT {json}`: µs per exact search, the
//! build time, µs per indexed search, recall@10 of the indexed answers against the exact ones,
//! and the same for other probe counts (`IvfIndex::search` directly).
//!
//! The data (synthetic: no embedding model is downloaded):
//! - `text`: what a static embedder (Model2Vec-style mean pooling) makes of topical text.
//!   Words belong to one of 300 topics and their vectors lean towards the topic's direction;
//!   200 common words lean nowhere. A document is 60 to 160 words, half from its topic, some
//!   from a second topic, the rest common words; its vector is the normalised SIF-weighted mean
//!   of its words' vectors. A query is 2 to 5 words, mostly from one topic.
//! - `clustered`: 200 random centres, each document a centre plus Gaussian noise, queries a
//!   document plus smaller noise.
//! - `uniform`: independent uniform unit vectors, where the nearest neighbours are barely
//!   nearer than any other vector: the worst case of any index that prunes.

use std::time::Instant;

use memvid_core::vec::{VecDocument, VecIndex, VecSearchHit};
use memvid_core::vec_ivf::{EXACT_QUERIES_BEFORE_BUILD, IvfIndex};

const K: usize = 10;
const DIM: usize = 384;

/// xorshift64* with Box–Muller: reproducible normal deviates without a dependency.
struct Rng(u64);

impl Rng {
    fn uniform(&mut self) -> f64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        ((self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 11) as f64 + 0.5) / (1u64 << 53) as f64
    }
    fn below(&mut self, n: usize) -> usize {
        ((self.uniform() * n as f64) as usize).min(n - 1)
    }
    /// Zipf-like: small indexes far more often.
    fn skewed(&mut self, n: usize) -> usize {
        ((n as f64).powf(self.uniform()) as usize).saturating_sub(1).min(n - 1)
    }
    fn normal(&mut self) -> f32 {
        ((-2.0 * self.uniform().ln()).sqrt() * (std::f64::consts::TAU * self.uniform()).cos()) as f32
    }
    fn gaussian(&mut self) -> Vec<f32> {
        (0..DIM).map(|_| self.normal()).collect()
    }
}

fn unit(mut v: Vec<f32>) -> Vec<f32> {
    let norm = v.iter().map(|x| x * x).sum::<f32>().sqrt().max(f32::MIN_POSITIVE);
    v.iter_mut().for_each(|x| *x /= norm);
    v
}

/// `a·x + b·noise`, normalised, with noise of unit expected length.
fn lean(rng: &mut Rng, towards: &[f32], a: f32, b: f32) -> Vec<f32> {
    let scale = b / (DIM as f32).sqrt();
    unit(towards.iter().map(|t| a * t + scale * rng.normal()).collect())
}

/// The `text` data set of the header: `n` documents and `queries` queries, each a vector and the
/// words it was made of (`t<topic>w<word>`, and `c<word>` for the common words).
fn text_like(rng: &mut Rng, n: usize, queries: usize) -> (Vec<(Vec<f32>, String)>, Vec<(Vec<f32>, String)>) {
    const TOPICS: usize = 300;
    const COMMON: usize = 200;
    const PER_TOPIC: usize = 60;
    let directions: Vec<Vec<f32>> = (0..TOPICS).map(|_| unit(rng.gaussian())).collect();
    let common: Vec<Vec<f32>> = (0..COMMON).map(|_| unit(rng.gaussian())).collect();
    let words: Vec<Vec<Vec<f32>>> =
        directions.iter().map(|d| (0..PER_TOPIC).map(|_| lean(rng, d, 0.8, 0.6)).collect()).collect();
    // SIF weight a / (a + p(word)): common words, drawn far more often, weigh less.
    let sif = |p: f64| (1e-3 / (1e-3 + p)) as f32;
    let text = |rng: &mut Rng, topic: usize, second: usize, len: usize, common_share: f64| {
        let mut sum = vec![0.0f32; DIM];
        let mut text = Vec::with_capacity(len);
        for _ in 0..len {
            let r = rng.uniform();
            let (v, weight) = if r < common_share {
                let w = rng.skewed(COMMON);
                text.push(format!("c{w}"));
                (&common[w], sif(0.35 / (w + 1) as f64 / 6.0))
            } else {
                let t = if r < common_share + 0.15 { second } else { topic };
                let w = rng.skewed(PER_TOPIC);
                text.push(format!("t{t}w{w}"));
                (&words[t][w], sif(0.65 / TOPICS as f64 / (w + 1) as f64 / 4.7))
            };
            sum.iter_mut().zip(v).for_each(|(s, x)| *s += weight * x);
        }
        (unit(sum), text.join(" "))
    };
    let docs = (0..n)
        .map(|_| {
            let (t, s) = (rng.below(TOPICS), rng.below(TOPICS));
            let len = 60 + rng.below(100);
            text(rng, t, s, len, 0.35)
        })
        .collect();
    let qs = (0..queries)
        .map(|_| {
            let (t, s) = (rng.below(TOPICS), rng.below(TOPICS));
            let len = 2 + rng.below(4);
            text(rng, t, s, len, 0.2)
        })
        .collect();
    (docs, qs)
}

/// Writes the `text` data set as a workload directory of `cargo tool bench` (docs.txt,
/// vectors.f32, queries.txt, qvectors.f32, meta.json), for the end-to-end runs of the search
/// bench: the same documents through this binding's memvid-core and the official SDK.
fn write_workload(dir: &std::path::Path, n: usize, queries: usize) {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let (docs, qs) = text_like(&mut rng, n, queries);
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir).unwrap();
    let lines = |items: &[(Vec<f32>, String)]| items.iter().map(|(_, t)| format!("{t}\n")).collect::<String>();
    let floats = |items: &[(Vec<f32>, String)]| items.iter().flat_map(|(v, _)| v.iter().flat_map(|x| x.to_le_bytes())).collect::<Vec<u8>>();
    std::fs::write(dir.join("docs.txt"), lines(&docs)).unwrap();
    std::fs::write(dir.join("queries.txt"), lines(&qs)).unwrap();
    std::fs::write(dir.join("vectors.f32"), floats(&docs)).unwrap();
    std::fs::write(dir.join("qvectors.f32"), floats(&qs)).unwrap();
    let meta = serde_json::json!({ "dim": DIM, "docs": n, "queries": queries, "batch": 1000,
        "stats_calls": 1, "open_close": 1, "data": "text" });
    std::fs::write(dir.join("meta.json"), meta.to_string()).unwrap();
}

/// Documents and queries of one of the data sets of the header.
fn data(kind: &str, n: usize, queries: usize) -> (Vec<Vec<f32>>, Vec<Vec<f32>>) {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    match kind {
        "text" => {
            let (docs, qs) = text_like(&mut rng, n, queries);
            (docs.into_iter().map(|(v, _)| v).collect(), qs.into_iter().map(|(v, _)| v).collect())
        }
        "clustered" => {
            let centres: Vec<Vec<f32>> = (0..200).map(|_| unit(rng.gaussian())).collect();
            let docs: Vec<Vec<f32>> = (0..n).map(|_| { let c = rng.below(centres.len()); lean(&mut rng, &centres[c], 1.0, 0.6) }).collect();
            let qs = (0..queries).map(|_| { let d = rng.below(n); lean(&mut rng, &docs[d], 1.0, 0.3) }).collect();
            (docs, qs)
        }
        "uniform" => ((0..n).map(|_| unit(rng.gaussian())).collect(), (0..queries).map(|_| unit(rng.gaussian())).collect()),
        other => panic!("unknown data set {other}; see bench/native/src/vector_index.rs"),
    }
}

fn recall(truth: &[Vec<u64>], got: &[Vec<u64>]) -> f64 {
    let found: usize = truth.iter().zip(got).map(|(t, g)| t.iter().filter(|id| g.contains(id)).count()).sum();
    found as f64 / truth.iter().map(Vec::len).sum::<usize>() as f64
}

/// The exact top K, written here independently of memvid-core.
fn brute_force(documents: &[VecDocument], query: &[f32]) -> Vec<u64> {
    let mut all: Vec<(f32, u64)> = documents
        .iter()
        .map(|d| (d.embedding.iter().zip(query).map(|(a, b)| (a - b) * (a - b)).sum::<f32>(), d.frame_id))
        .collect();
    all.select_nth_unstable_by(K, |a, b| a.0.total_cmp(&b.0));
    all.truncate(K);
    all.into_iter().map(|(_, id)| id).collect()
}

fn ids(hits: &[VecSearchHit]) -> Vec<u64> {
    hits.iter().map(|h| h.frame_id).collect()
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = "usage: memvid-bench-vector-index <docs> <queries> <text|clustered|uniform> | workload <dir> <docs> <queries>";
    if args.first().map(String::as_str) == Some("workload") {
        let number = |i: usize| -> usize { args.get(i).and_then(|a| a.parse().ok()).expect(usage) };
        write_workload(std::path::Path::new(args.get(1).expect(usage)), number(2), number(3));
        return;
    }
    let number = |i: usize| -> usize { args.get(i).and_then(|a| a.parse().ok()).expect(usage) };
    let (n, queries, kind) = (number(0), number(1), args.get(2).expect(usage).as_str());
    // The searches before the build (which also choose the probe count) use queries of their
    // own, so that recall is measured on queries the lists were not calibrated with.
    let warm = EXACT_QUERIES_BEFORE_BUILD as usize;
    let (docs, mut qs) = data(kind, n, queries + warm);
    let warm_qs = qs.split_off(queries);
    let documents: Vec<VecDocument> =
        docs.into_iter().enumerate().map(|(i, embedding)| VecDocument { frame_id: i as u64, embedding }).collect();
    let index = VecIndex::flat(documents.clone());

    // The exact searches the index serves before it builds its lists.
    let t = Instant::now();
    for q in &warm_qs {
        std::hint::black_box(index.search(q, K));
    }
    let exact_us = t.elapsed().as_secs_f64() * 1e6 / warm as f64;
    assert!(index.accelerator_probes().is_none(), "the lists were built before {warm} searches");
    let truth: Vec<Vec<u64>> = qs.iter().map(|q| brute_force(&documents, q)).collect();

    let t = Instant::now();
    std::hint::black_box(index.search(&warm_qs[0], K));
    let build_ms = t.elapsed().as_secs_f64() * 1e3;
    let probes = index.accelerator_probes();
    let t = Instant::now();
    let got: Vec<Vec<u64>> = qs.iter().map(|q| ids(&index.search(q, K))).collect();
    let indexed_us = t.elapsed().as_secs_f64() * 1e6 / queries as f64;

    // Other probe counts, straight through the IVF lists.
    let ivf = IvfIndex::build(&documents).expect("indexable");
    let sweep: Vec<serde_json::Value> = [4usize, 8, 16, 32, 64]
        .into_iter()
        .filter(|&p| p <= ivf.lists())
        .map(|probes| {
            let t = Instant::now();
            let got: Vec<Vec<u64>> =
                qs.iter().map(|q| ids(&ivf.search(&documents, q, K, probes).unwrap_or_default())).collect();
            let us = t.elapsed().as_secs_f64() * 1e6 / queries as f64;
            serde_json::json!({ "probes": probes, "us": us, "speedup": exact_us / us, "recall_at_10": recall(&truth, &got) })
        })
        .collect();
    println!(
        "RESULT {}",
        serde_json::json!({ "docs": n, "dim": DIM, "queries": queries, "data": kind, "probes": probes,
            "lists": ivf.lists(),
            "exact_us": exact_us, "build_ms": build_ms, "indexed_us": indexed_us,
            "speedup": exact_us / indexed_us, "recall_at_10": recall(&truth, &got),
            "build_in_exact_searches": build_ms * 1e3 / exact_us, "sweep": sweep })
    );
}

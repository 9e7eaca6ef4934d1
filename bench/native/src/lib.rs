//! What the benchmark programs share: the workload files, and memvid-core called as the binding
//! calls it (its default put options, its batch WAL estimate, its search requests, loading a
//! memory in batches). The bench's reference path (main.rs), and the scaling and search
//! programs (scaling.rs, search.rs) built twice, against the vendored memvid-core and against
//! the published 2.0.140 (bench/unpatched).

use std::path::Path;

use memvid_core::{Memvid, PutManyOpts, PutOptions, SearchRequest, Ticket};

/// The workload directory that `cargo tool bench` writes (see tool/src/bench.rs).
pub struct Workload {
    pub docs: Vec<String>,
    pub vectors: Vec<Vec<f32>>,
    pub queries: Vec<String>,
    pub qvectors: Vec<Vec<f32>>,
    pub batch: usize,
    pub stats_calls: usize,
    pub open_close: usize,
}

/// Reads the workload directory.
pub fn load(dir: &Path) -> Workload {
    let meta: serde_json::Value = serde_json::from_slice(&std::fs::read(dir.join("meta.json")).unwrap()).unwrap();
    let n = |key: &str| meta[key].as_u64().unwrap_or_else(|| panic!("meta.json: {key}")) as usize;
    let lines = |name: &str| -> Vec<String> {
        std::fs::read_to_string(dir.join(name)).unwrap().lines().map(str::to_owned).collect()
    };
    let vectors = |name: &str| -> Vec<Vec<f32>> {
        let bytes = std::fs::read(dir.join(name)).unwrap();
        let floats: Vec<f32> = bytes.chunks_exact(4).map(|b| f32::from_le_bytes(b.try_into().unwrap())).collect();
        floats.chunks_exact(n("dim")).map(<[f32]>::to_vec).collect()
    };
    Workload {
        docs: lines("docs.txt"),
        vectors: vectors("vectors.f32"),
        queries: lines("queries.txt"),
        qvectors: vectors("qvectors.f32"),
        batch: n("batch"),
        stats_calls: n("stats_calls"),
        open_close: n("open_close"),
    }
}

/// The binding's default put options: auto-tagging, date and triplet extraction and instant
/// indexing off.
pub fn options() -> PutOptions {
    PutOptions {
        auto_tag: false,
        extract_dates: false,
        extract_triplets: false,
        instant_index: false,
        ..PutOptions::default()
    }
}

/// One batch as the binding's put_many makes it: `begin_batch` with the WAL pre-sized by the
/// binding's estimate (payload + vector + 1 KiB per document), the puts, `end_batch`.
pub fn put_batch(mem: &mut Memvid, docs: &[String], vectors: &[Vec<f32>]) {
    let estimate = docs.iter().map(|d| d.len() as u64 + 4 * vectors[0].len() as u64 + 1024).sum();
    mem.begin_batch(PutManyOpts { wal_pre_size_bytes: estimate, ..PutManyOpts::default() }).unwrap();
    for (doc, vector) in docs.iter().zip(vectors) {
        mem.put_with_embedding_and_options(doc.as_bytes(), vector.clone(), options()).unwrap();
    }
    mem.end_batch().unwrap();
}

/// A new memory at `path` holding the workload's documents `range`, put with put_many batches
/// of the workload's batch size and committed once.
pub fn load_batches(path: &Path, w: &Workload, range: std::ops::Range<usize>) -> Memvid {
    let mut mem = create_unlimited(path);
    let (docs, vectors) = (&w.docs[range.clone()], &w.vectors[range]);
    for (docs, vectors) in docs.chunks(w.batch).zip(vectors.chunks(w.batch)) {
        put_batch(&mut mem, docs, vectors);
    }
    mem.commit().unwrap();
    mem
}

/// A new memory at `path` with room past the free tier's 50 MB (a 20,000-document memory is
/// about 140 MB): an unsigned ticket, memvid-core's local way to set the capacity (the binding's
/// `apply_ticket`; a new memory holds sequence number 1).
pub fn create_unlimited(path: &Path) -> Memvid {
    let mut mem = Memvid::create(path).unwrap();
    #[allow(deprecated)]
    mem.apply_ticket(Ticket::new("memvid-bench", 2).capacity_bytes(1 << 40)).unwrap();
    mem
}

/// The binding's exact vector search: k = 10 (memvid-core fetches 2k; the binding keeps k).
pub fn vec_search(mem: &mut Memvid, query: &[f32]) -> memvid_core::SearchResponse {
    let mut response = mem.vec_search_with_embedding("", query, 10, 200, None).unwrap();
    response.hits.truncate(10);
    response
}

/// The binding's lexical find: `no_sketch`, k = 10, 200 snippet characters.
pub fn search_request(query: &str) -> SearchRequest {
    SearchRequest {
        query: query.to_owned(),
        top_k: 10,
        snippet_chars: 200,
        uri: None,
        scope: None,
        cursor: None,
        as_of_frame: None,
        as_of_ts: None,
        no_sketch: true,
        acl_context: None,
        acl_enforcement_mode: Default::default(),
    }
}

//! find (lex / vec / hybrid), vec_search, the JSON API and their error paths.

mod common;

use common::*;
use memvid_ffi::batch::ffi::MemvidPutBatch;
use memvid_ffi::errors::ffi::MemvidErrorCode as Code;
use memvid_ffi::options::ffi::{MemvidFindMode, MemvidFindOptions, MemvidPutOptions};
use memvid_ffi::results::ffi::MemvidSearchResults;
use memvid_ffi::store::ffi::MemvidStore;

/// Unit vector along axis `i` of a 4-dimensional space, slightly tilted so cosine scores differ.
fn axis(i: usize) -> [f32; 4] {
    let mut v = [0.05f32; 4];
    v[i] = 1.0;
    v
}

/// Three documents, each with an embedding pointing along its own axis.
fn store_with_vectors(path: &str) -> Box<MemvidStore> {
    let store = MemvidStore::create(path.as_bytes()).unwrap();
    for (i, (title, text)) in DOCS.iter().enumerate() {
        let o = opts(title, &format!("mv2://vec/{i}"));
        let id = store.put_text_with_embedding(text.as_bytes(), &axis(i), Some(&o)).unwrap();
        assert_eq!(id, i as u64);
    }
    store.commit().unwrap();
    store
}

fn ids(r: &MemvidSearchResults) -> Vec<u64> {
    (0..r.len()).map(|i| r.get(i).unwrap().frame_id()).collect()
}

fn with_mode(mode: MemvidFindMode, embedding: Option<&[f32]>) -> Box<MemvidFindOptions> {
    let mut o = MemvidFindOptions::new();
    o.set_mode(mode);
    if let Some(e) = embedding {
        o.set_query_embedding(e).unwrap();
    }
    o
}

#[test]
fn lexical_find_returns_the_matching_frame_with_its_snippet() {
    let dir = tempdir();
    let store = store_with_docs(&dir.path("lex.mv2"));
    let results = store.find(b"tomatoes sunlight", None).unwrap();
    assert_eq!(ids(&results), vec![2]);
    let hit = results.get(0).unwrap();
    assert_eq!(hit.rank(), 1);
    assert!(hit.score() > 0.0);
    assert_eq!(written(|w| hit.title(w)), "Gardening");
    assert_eq!(written(|w| hit.uri(w)), "mv2://docs/2");
    assert!(written(|w| hit.text(w)).contains("Tomatoes"));
    assert!(written_ok(|w| hit.to_json(w)).contains("\"frame_id\":2"));
    let full = written_ok(|w| results.to_json(w));
    assert!(full.contains("\"engine\":\"tantivy\"") && full.contains("\"chunk_text\""), "{full}");
    let hits: serde_json::Value = serde_json::from_str(&written_ok(|w| results.hits_json(w))).unwrap();
    let hits = hits.as_array().expect("an array of hits");
    assert_eq!(hits.len(), results.len());
    assert_eq!(hits[0]["frame_id"], 2);
    assert!(hits.iter().all(|h| h.get("chunk_text").is_none() && h["text"].is_string()), "{hits:?}");
    assert!(store.find(b"xylophone", None).unwrap().is_empty());

    let mut scoped = MemvidFindOptions::new();
    scoped.set_uri(b"mv2://docs/0").unwrap();
    assert!(store.find(b"tomatoes", Some(&scoped)).unwrap().is_empty());
}

#[test]
fn every_single_term_match_is_found() {
    // memvid-core's sketch pre-filter drops some of these; the binding must not.
    let dir = tempdir();
    let store = MemvidStore::create(dir.path("recall.mv2").as_bytes()).unwrap();
    let mut batch = MemvidPutBatch::new();
    for i in 0..50 {
        batch.add_text(format!("batch document {i} token{i}x").as_bytes(), None).unwrap();
    }
    store.put_many(&batch).unwrap();
    store.commit().unwrap();
    for i in 0..50u64 {
        let hits = store.find(format!("token{i}x").as_bytes(), None).unwrap();
        assert_eq!(ids(&hits), vec![i], "token{i}x");
    }
    assert_eq!(store.find(b"batch", None).unwrap().len(), 10, "default k");
    let mut k3 = MemvidFindOptions::new();
    k3.set_k(3).unwrap();
    assert_eq!(store.find(b"batch", Some(&k3)).unwrap().len(), 3);
}

#[test]
fn vector_find_and_vec_search_rank_by_similarity() {
    let dir = tempdir();
    let store = store_with_vectors(&dir.path("vec.mv2"));
    let stats = store.stats().unwrap();
    assert!(stats.has_vec_index);
    assert_eq!(stats.vector_count, 3);
    assert_eq!(store.state().unwrap().vec_dimension, 4);

    let results = store.vec_search(&axis(1), 2).unwrap();
    assert_eq!(ids(&results), vec![1, 0]);
    assert!(results.get(0).unwrap().score() > results.get(1).unwrap().score());

    let o = with_mode(MemvidFindMode::Vec, Some(&axis(2)));
    let results = store.find(b"", Some(&o)).unwrap();
    assert_eq!(results.get(0).unwrap().frame_id(), 2);
    assert!(results.len() <= 10);
}

#[test]
fn hybrid_find_fuses_lexical_and_vector_rankings() {
    let dir = tempdir();
    let store = store_with_vectors(&dir.path("hybrid.mv2"));
    // Lexically only frame 0 says "Rust"; the vector points at frame 1. Both must come back,
    // and a frame found by both lists would outrank either.
    let o = with_mode(MemvidFindMode::Hybrid, Some(&axis(1)));
    let results = store.find(b"rust", Some(&o)).unwrap();
    let found = ids(&results);
    assert!(found.contains(&0) && found.contains(&1), "{found:?}");
    assert!(written_ok(|w| results.to_json(w)).contains("\"engine\":\"hybrid\""));

    let o = with_mode(MemvidFindMode::Hybrid, Some(&axis(0)));
    let results = store.find(b"rust", Some(&o)).unwrap();
    assert_eq!(results.get(0).unwrap().frame_id(), 0, "found by both lists ranks first");
    let top = results.get(0).unwrap().score();
    assert!((top - 2.0 / 61.0).abs() < 1e-6, "RRF score of rank 1 in both lists, got {top}");
}

#[test]
fn vector_errors_have_their_codes() {
    let dir = tempdir();
    let store = store_with_vectors(&dir.path("vecerr.mv2"));
    expect_code(store.vec_search(&[1.0, 0.0], 3), Code::VecDimensionMismatch);
    expect_code(store.vec_search(&[f32::NAN, 0.0, 0.0, 0.0], 3), Code::InvalidArgument);
    expect_code(store.vec_search(&[], 3), Code::InvalidArgument);
    expect_code(store.vec_search(&axis(0), 0), Code::InvalidArgument);
    expect_code(store.vec_search(&axis(0), u32::MAX), Code::InvalidArgument);
    expect_code(store.put_text_with_embedding(b"wrong size", &[1.0, 2.0], None), Code::VecDimensionMismatch);
    let mut o = MemvidFindOptions::new();
    expect_code(o.set_k(0), Code::InvalidArgument);
    expect_code(o.set_query_embedding(&[f32::INFINITY]), Code::InvalidArgument);
    let o = with_mode(MemvidFindMode::Vec, None);
    expect_code(store.find(b"rust", Some(&o)), Code::InvalidArgument);
    let o = with_mode(MemvidFindMode::Hybrid, Some(&[1.0, 0.0]));
    expect_code(store.find(b"rust", Some(&o)), Code::VecDimensionMismatch);

    let plain = store_with_docs(&dir.path("novec.mv2"));
    expect_code(plain.vec_search(&axis(0), 3), Code::VecIndexNotEnabled);
}

#[test]
fn bad_queries_have_their_codes() {
    let dir = tempdir();
    let store = store_with_docs(&dir.path("q.mv2"));
    expect_code(store.find(b"", None), Code::InvalidQuery);
    expect_code(store.find(b"and", None), Code::InvalidQuery);
    expect_code(store.find(b"\xff\xfe", None), Code::InvalidUtf8);
}

#[test]
fn json_api_runs_core_requests_and_rejects_bad_json() {
    let dir = tempdir();
    let store = store_with_docs(&dir.path("json.mv2"));
    let response = written_ok(|w| {
        store.search_json(br#"{"query":"webassembly","top_k":3,"snippet_chars":100}"#, w)
    });
    assert!(response.contains("\"frame_id\":1"), "{response}");
    assert!(response.contains("\"total_hits\":1"), "{response}");

    expect_code(write_result(|w| store.search_json(b"{\"query\":", w)), Code::JsonSyntax);
    expect_code(write_result(|w| store.search_json(br#"{"query":"x"}"#, w)), Code::JsonShape);
    expect_code(write_result(|w| store.search_json(br#"{"query":5,"top_k":1,"snippet_chars":1}"#, w)), Code::JsonShape);
    expect_code(write_result(|w| store.search_json(b"[1,2]", w)), Code::JsonShape);

    let timeline = written_ok(|w| store.timeline_json(br#"{"limit":2,"since":null,"until":null,"reverse":true}"#, w));
    assert!(timeline.starts_with('[') && timeline.contains("\"frame_id\":2"), "{timeline}");
    expect_code(write_result(|w| store.timeline_json(b"nope", w)), Code::JsonSyntax);

    let stats = written_ok(|w| store.stats_json(w));
    assert!(stats.contains("\"frame_count\":3"), "{stats}");

    expect_code(MemvidPutOptions::from_json(b"{"), Code::JsonSyntax);
    expect_code(MemvidPutOptions::from_json(br#"{"tags":"not a list"}"#), Code::JsonShape);
}

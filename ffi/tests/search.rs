//! find (lex / vec / hybrid), vec_search, the JSON API and their error paths.

mod common;

use common::*;
use memvid_ffi::batch::ffi::MemvidPutBatch;
use memvid_ffi::errors::ffi::MemvidErrorCode as Code;
use memvid_ffi::options::ffi::{MemvidFindMode, MemvidFindOptions, MemvidPutOptions, MemvidQuerySyntax};
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
    expect_code(store.find(b" \t ", None), Code::InvalidQuery);
    expect_code(store.find(b"\xff\xfe", None), Code::InvalidUtf8);
    let operators = with_syntax(MemvidQuerySyntax::Operators);
    expect_code(store.find(b"and", Some(&operators)), Code::InvalidQuery);
    expect_code(store.find(b"rust OR", Some(&operators)), Code::InvalidQuery);
    expect_code(store.find(b"\"unterminated", Some(&operators)), Code::InvalidQuery);
}

fn with_syntax(syntax: MemvidQuerySyntax) -> Box<MemvidFindOptions> {
    let mut o = MemvidFindOptions::new();
    o.set_syntax(syntax);
    o
}

#[test]
fn plain_text_is_words_and_operators_are_an_explicit_mode() {
    let dir = tempdir();
    let store = store_with_docs(&dir.path("plain.mv2"));
    // Plain text: `and` is a word (every frame says it), punctuation separates words.
    let mut and = ids(&store.find(b"and", None).unwrap());
    and.sort_unstable();
    assert_eq!(and, vec![0, 1, 2]);
    assert_eq!(ids(&store.find(b"safety and speed", None).unwrap()), vec![0]);
    assert_eq!(ids(&store.find(b"(Tomatoes) need: sunlight?", None).unwrap()), vec![2]);
    assert_eq!(ids(&store.find(b"\"compiled code\" inside", None).unwrap()), vec![1]);
    assert!(store.find(b"?! -- ...", None).unwrap().is_empty(), "no word: no hit, no error");
    assert!(store.find(b"rust OR tomatoes", None).unwrap().is_empty(), "OR is a word");
    // The same questions in memvid's operator syntax.
    let operators = with_syntax(MemvidQuerySyntax::Operators);
    let mut either = ids(&store.find(b"rust OR tomatoes", Some(&operators)).unwrap());
    either.sort_unstable();
    assert_eq!(either, vec![0, 2]);
    let mut not_rust = ids(&store.find(b"NOT rust", Some(&operators)).unwrap());
    not_rust.sort_unstable();
    assert_eq!(not_rust, vec![1, 2]);
    // The response names the query as the caller wrote it.
    let response = written_ok(|w| store.find(b"safety and speed", None).unwrap().to_json(w));
    assert!(response.contains("\"query\":\"safety and speed\""), "{response}");
}

#[test]
fn negated_words_are_decided_by_the_index_not_by_substrings() {
    // memvid-core rejected every index hit whose text merely contained the negated word
    // ("baby" contains "by"), and with none left answered MV004 "lexical index is not enabled".
    let dir = tempdir();
    let store = MemvidStore::create(dir.path("not.mv2").as_bytes()).unwrap();
    for text in ["the baby sleeps", "written by hand", "nothing here at all"] {
        store.put_text(text.as_bytes(), None).unwrap();
    }
    store.commit().unwrap();
    let operators = with_syntax(MemvidQuerySyntax::Operators);
    for (query, want) in [("not by", vec![0, 2]), ("NOT by NOT hand", vec![0, 2]), ("not a vaing", vec![]), ("baby NOT by", vec![0])] {
        let mut got = ids(&store.find(query.as_bytes(), Some(&operators)).unwrap());
        got.sort_unstable();
        assert_eq!(got, want, "{query}");
    }
}

#[test]
fn queries_are_normalised_as_documents_are() {
    // Documents are stored NFKC-normalised: U+00B5 MICRO SIGN becomes U+03BC GREEK SMALL MU,
    // the ligature "ﬁ" becomes "fi". A query typed with either form must find them.
    let dir = tempdir();
    let store = MemvidStore::create(dir.path("nfkc.mv2").as_bytes()).unwrap();
    store.put_text("a latency of 5 \u{b5}s per call, ﬁxed".as_bytes(), None).unwrap();
    store.commit().unwrap();
    for query in ["\u{b5}s", "\u{3bc}s", "fixed", "ﬁxed"] {
        assert_eq!(ids(&store.find(query.as_bytes(), None).unwrap()), vec![0], "{query:?}");
    }
}

#[test]
fn a_document_is_one_hit_with_its_best_range_as_snippet() {
    let dir = tempdir();
    let store = MemvidStore::create(dir.path("onehit.mv2").as_bytes()).unwrap();
    // Ranges far apart, so memvid-core makes one snippet range per occurrence group: the
    // second group holds the word three times.
    let filler = "Nothing to see in this sentence. ".repeat(20);
    let text = format!("A quokka first. {filler}Then quokka, quokka and one more quokka here. {filler}Last quokka.");
    store.put_text(text.as_bytes(), None).unwrap();
    store.put_text(b"another quokka note", None).unwrap();
    store.commit().unwrap();
    let results = store.find(b"quokka", None).unwrap();
    let mut found = ids(&results);
    found.sort_unstable();
    assert_eq!(found, vec![0, 1], "one hit per frame");
    let long = (0..results.len()).map(|i| results.get(i).unwrap()).find(|h| h.frame_id() == 0).unwrap();
    let snippet = written(|w| long.text(w));
    assert_eq!(snippet.matches("quokka").count(), 3, "the range with the most matches: {snippet:?}");
}

#[test]
fn the_chunks_of_a_long_document_roll_up_to_one_hit() {
    let dir = tempdir();
    let store = MemvidStore::create(dir.path("chunks.mv2").as_bytes()).unwrap();
    // ~9,000 characters: stored as a document frame plus chunk frames; the word is in each.
    let part = format!("The pangolin walks at night. {}", "Plain filler words go on and on here. ".repeat(40));
    store.put_text(part.repeat(6).as_bytes(), None).unwrap();
    store.put_text(b"a short pangolin note", None).unwrap();
    store.commit().unwrap();
    assert!(store.stats().unwrap().frame_count > 2, "the long document was chunked");
    let results = store.find(b"pangolin", None).unwrap();
    assert_eq!(results.len(), 2, "{:?}", ids(&results));
}

/// Passages of this repository's own documentation (25 consecutive words each): real
/// English, with `and`, `or`, `not`, punctuation, code and quotes in it.
fn documentation_paragraphs() -> Vec<String> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files: Vec<_> = std::fs::read_dir(root.join("docs")).unwrap().map(|e| e.unwrap().path()).collect();
    files.extend(["README.md", "CHANGELOG.md", "vendor/README.md"].map(|f| root.join(f)));
    files.retain(|p| p.extension().is_some_and(|e| e == "md"));
    files.sort();
    let mut paragraphs: Vec<String> = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(file).unwrap();
        let words: Vec<&str> = text.split_whitespace().collect();
        for passage in words.chunks(25).filter(|p| p.len() >= 8) {
            let passage = passage.join(" ");
            if !paragraphs.contains(&passage) {
                paragraphs.push(passage);
            }
        }
    }
    paragraphs.truncate(800);
    paragraphs
}

/// A new memory at `path` holding the documentation paragraphs, frame i the i-th, committed.
fn store_of_paragraphs(path: &str) -> (Vec<String>, Box<MemvidStore>) {
    let paragraphs = documentation_paragraphs();
    let store = MemvidStore::create(path.as_bytes()).unwrap();
    let mut batch = MemvidPutBatch::new();
    for p in &paragraphs {
        batch.add_text(p.as_bytes(), None).unwrap();
    }
    store.put_many(&batch).unwrap();
    store.commit().unwrap();
    (paragraphs, store)
}

#[test]
fn natural_queries_never_fail_and_always_find_their_paragraph() {
    let dir = tempdir();
    let (paragraphs, store) = store_of_paragraphs(&dir.path("natural.mv2"));
    assert!(paragraphs.len() >= 400, "{} passages", paragraphs.len());

    // k above the number of documents: every match comes back, so the paragraph the words
    // were taken from must be among them, once.
    let mut all = MemvidFindOptions::new();
    all.set_k(paragraphs.len() as u32 + 1).unwrap();
    let mut rng = Rng(seed(17));
    let (mut with_operator_words, mut stop_words) = (0, 0);
    for _ in 0..1000 {
        let source = rng.below(paragraphs.len() as u64) as usize;
        let words: Vec<&str> = paragraphs[source].split_whitespace().collect();
        let n = 2 + rng.below(4) as usize;
        let start = rng.below((words.len() - n.min(words.len()) + 1) as u64) as usize;
        let query = words[start..(start + n).min(words.len())].join(" ");
        let lower = format!(" {} ", query.to_lowercase());
        with_operator_words += [" and ", " or ", " not "].iter().any(|w| lower.contains(w)) as u32;
        stop_words += [" the ", " a ", " of ", " to ", " is "].iter().any(|w| lower.contains(w)) as u32;
        let results = store.find(query.as_bytes(), Some(&all)).unwrap_or_else(|e| {
            panic!("{query:?}: {} {}", e.error_code() as u32, e.error_message())
        });
        let found = ids(&results);
        let mut distinct = found.clone();
        distinct.sort_unstable();
        distinct.dedup();
        assert_eq!(distinct.len(), found.len(), "{query:?}: a frame came back twice: {found:?}");
        if query.chars().any(char::is_alphanumeric) {
            assert!(found.contains(&(source as u64)), "{query:?} did not find paragraph {source}: {found:?}");
        }
        // The default k too: distinct frames, no error.
        let top = ids(&store.find(query.as_bytes(), None).unwrap());
        let mut distinct = top.clone();
        distinct.sort_unstable();
        distinct.dedup();
        assert_eq!(distinct.len(), top.len(), "{query:?}: {top:?}");
    }
    // The set exercises what it is meant to.
    assert!(with_operator_words >= 50 && stop_words >= 200, "{with_operator_words} {stop_words}");
}

/// Single-term recall equals a brute-force scan: with k above the number of documents, a find
/// for a word returns every paragraph that holds it as a word (stemming may add others, "runs"
/// for "run"; none may be missing). Every 7th word of the corpus, and the stop words.
#[test]
fn a_single_word_finds_every_paragraph_that_holds_it() {
    let dir = tempdir();
    let (paragraphs, store) = store_of_paragraphs(&dir.path("words.mv2"));
    // Words as the plain query syntax reads them: runs of letters and digits (ASCII ones only
    // here: normalisation has its own test), lowercased.
    let words_of = |p: &str| -> std::collections::BTreeSet<String> {
        p.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty() && w.is_ascii()).map(str::to_ascii_lowercase).collect()
    };
    let holders: Vec<std::collections::BTreeSet<String>> = paragraphs.iter().map(|p| words_of(p)).collect();
    let vocabulary: std::collections::BTreeSet<&String> = holders.iter().flatten().collect();
    let mut queries: Vec<&str> = vocabulary.iter().step_by(7).map(|w| w.as_str()).collect();
    queries.extend(["the", "a", "and", "or", "not", "of", "to", "is", "in", "it"]);
    let mut all = MemvidFindOptions::new();
    all.set_k(paragraphs.len() as u32 + 1).unwrap();
    let (mut missing, mut extra) = (Vec::new(), 0usize);
    for word in &queries {
        let expected: Vec<u64> = (0..paragraphs.len()).filter(|&i| holders[i].contains(*word)).map(|i| i as u64).collect();
        let found = ids(&store.find(word.as_bytes(), Some(&all)).unwrap_or_else(|e| panic!("{word}: {}", e.error_message())));
        let lost: Vec<u64> = expected.iter().copied().filter(|id| !found.contains(id)).collect();
        extra += found.len() - (expected.len() - lost.len());
        if !lost.is_empty() {
            missing.push(format!("{word}: {} of {} (e.g. {:?})", lost.len(), expected.len(), &lost[..lost.len().min(3)]));
        }
    }
    assert!(missing.is_empty(), "{} of {} words miss paragraphs: {:?}", missing.len(), queries.len(), &missing[..missing.len().min(20)]);
    eprintln!("single words: {} queried, none missed a paragraph; {extra} extra hits (stems)", queries.len());
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

/// Vectors around 40 random centres in 32 dimensions (xorshift, no dependency), as text
/// embeddings cluster by topic.
fn clustered_vectors(n: usize, seed: u64) -> Vec<Vec<f32>> {
    let mut state = seed | 1;
    let mut uniform = move || {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        (state.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 40) as f32 / (1u64 << 24) as f32 - 0.5
    };
    let centres: Vec<Vec<f32>> = (0..40).map(|_| (0..32).map(|_| uniform()).collect()).collect();
    (0..n).map(|i| centres[(i * 7) % 40].iter().map(|c| c + 0.3 * uniform()).collect()).collect()
}

/// The `k` stored frames nearest to `query`, written here independently of memvid-core.
fn brute_force(vectors: &[(u64, Vec<f32>)], query: &[f32], k: usize) -> Vec<u64> {
    let mut all: Vec<(f32, u64)> = vectors
        .iter()
        .map(|(id, v)| (v.iter().zip(query).map(|(a, b)| (a - b) * (a - b)).sum(), *id))
        .collect();
    all.sort_by(|a, b| a.0.total_cmp(&b.0));
    all.into_iter().take(k).map(|(_, id)| id).collect()
}

#[test]
fn a_large_vector_index_stays_right_through_puts_deletes_commits_and_reopen() {
    // 4,200 vectors and 300+ searches: past the point where memvid-core builds its in-memory
    // IVF lists (vendor/memvid-core-2.0.140/src/vec_ivf.rs), which must then follow new
    // vectors, deletions and commits, and never return a deleted frame.
    let dir = tempdir();
    let path = dir.path("ivf.mv2");
    let store = MemvidStore::create(path.as_bytes()).unwrap();
    let vectors = clustered_vectors(4400, 17);
    let put = |range: std::ops::Range<usize>| -> Vec<(u64, Vec<f32>)> {
        let mut batch = MemvidPutBatch::new();
        for i in range.clone() {
            batch.add_text_with_embedding(format!("vector document {i}").as_bytes(), &vectors[i], None).unwrap();
        }
        let ids = store.put_many(&batch).unwrap();
        store.commit().unwrap();
        range.enumerate().map(|(j, i)| (ids.get(j).unwrap(), vectors[i].clone())).collect()
    };
    let mut live = put(0..4200);
    let top = |store: &MemvidStore, q: &[f32]| ids(&store.vec_search(q, 10).unwrap());
    // Every stored vector finds itself first; perturbed queries find what a full scan finds.
    let check = |store: &MemvidStore, live: &[(u64, Vec<f32>)], searches: usize| {
        let (mut found, mut wanted) = (0, 0);
        for s in 0..searches {
            let (id, v) = &live[(s * 37) % live.len()];
            if s % 2 == 0 {
                assert_eq!(top(store, v)[0], *id, "search {s}: a stored vector finds itself");
            } else {
                let q: Vec<f32> = v.iter().enumerate().map(|(d, x)| x + if d % 3 == 0 { 0.05 } else { -0.04 }).collect();
                let truth = brute_force(live, &q, 10);
                found += top(store, &q).iter().filter(|id| truth.contains(id)).count();
                wanted += truth.len();
            }
        }
        assert!(found as f64 >= 0.95 * wanted as f64, "recall {found}/{wanted}");
    };
    check(&store, &live, 400);

    // A commit with 200 new vectors and 300 deletions.
    let deleted: Vec<(u64, Vec<f32>)> = live.iter().step_by(14).cloned().collect();
    for (id, _) in &deleted {
        store.delete_frame(*id).unwrap();
    }
    store.commit().unwrap();
    live.retain(|(id, _)| !deleted.iter().any(|(d, _)| d == id));
    live.extend(put(4200..4400));
    check(&store, &live, 400);
    for (id, v) in &deleted {
        assert!(!top(&store, v).contains(id), "deleted frame {id} came back");
    }
    drop(store);

    let store = MemvidStore::open(path.as_bytes()).unwrap();
    check(&store, &live, 400);
    for (id, v) in deleted.iter().step_by(5) {
        assert!(!top(&store, v).contains(id), "deleted frame {id} came back after reopen");
    }
}

/// The 8-dim vector of document `i` of tests/fixtures/sdk-2.0.160-vector-segments.mv2
/// (bench/sdk-python/fixture.py).
fn sdk_fixture_vector(i: usize) -> Vec<f32> {
    let mut v = vec![0.0; 8];
    v[i % 8] = 1.0;
    v[7] += i as f32 / 100.0;
    v
}

/// A memory written by the official Python SDK keeps its vectors in vector segments (memvid-sdk
/// 2.0.160 builds memvid-core with `parallel_segments`). A commit here must keep them: the
/// index was not loaded from segments at open, so the commit rebuilt it from the new vector
/// alone and cleared the segments (24 vectors became 1).
#[test]
fn vectors_of_an_sdk_written_memory_survive_a_commit_here() {
    let dir = tempdir();
    let path = dir.path("sdk.mv2");
    std::fs::copy(format!("{}/../tests/fixtures/sdk-2.0.160-vector-segments.mv2", env!("CARGO_MANIFEST_DIR")), &path).unwrap();
    let rankings = |store: &MemvidStore| -> Vec<Vec<u64>> {
        (0..24).map(|i| ids(&store.vec_search(&sdk_fixture_vector(i), 30).unwrap()).into_iter().filter(|&id| id < 24).collect()).collect()
    };
    let reader = MemvidStore::open_read_only(path.as_bytes()).unwrap();
    assert_eq!(reader.stats().unwrap().frame_count, 24);
    let before = rankings(&reader);
    assert!(before.iter().all(|r| r.len() == 24), "the SDK's 24 vectors are searchable: {before:?}");
    drop(reader);

    let store = MemvidStore::open(path.as_bytes()).unwrap();
    assert_eq!(store.put_text_with_embedding(b"added here word99", &sdk_fixture_vector(99), None).unwrap(), 24);
    store.commit().unwrap();
    drop(store);

    let reader = MemvidStore::open_read_only(path.as_bytes()).unwrap();
    assert_eq!(ids(&reader.vec_search(&sdk_fixture_vector(99), 1).unwrap()), vec![24]);
    assert_eq!(rankings(&reader), before, "the SDK's vectors rank as before the commit");
}

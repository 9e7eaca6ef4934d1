//! Property-based: random sequences of API calls, valid and invalid, against a model of what the
//! memory must hold.
//!
//! Each case creates a memory, then runs up to 60 operations drawn from puts (single, batch, with
//! and without embeddings), commits, deletes, finds, vector searches, frame reads, misuse (invalid
//! UTF-8, empty documents, NaN and wrong-dimension vectors, k = 0, unknown frames) and closing or
//! reopening the handle, writable or read-only. The model predicts every call's outcome (the
//! error code, or success) and, after each reopen and at the end, every committed document must
//! be readable with its text, found by its unique word and, with an embedding, be its own nearest
//! neighbour; deleted documents must not be found. proptest shrinks a failure to a short sequence.
//! More cases: `PROPTEST_CASES=500 cargo test -p memvid-ffi --test model`.

mod common;

use common::*;
use memvid_ffi::batch::ffi::MemvidPutBatch;
use memvid_ffi::errors::ffi::{MemvidError, MemvidErrorCode as Code};
use memvid_ffi::store::ffi::MemvidStore;
use proptest::prelude::*;
use proptest::sample::Index;

const VOCAB: [&str; 12] = [
    "river", "stone", "lamp", "orbit", "cedar", "signal", "harbor", "pixel", "meadow", "copper", "violet", "tunnel",
];
const DIM: usize = 4;

#[derive(Clone, Debug)]
enum Op {
    Put { words: Vec<usize>, embed: bool },
    PutMany(Vec<(Vec<usize>, bool)>),
    Bad(Bad),
    Commit,
    Delete(Index),
    Find(Index),
    VecSearch(Index),
    FrameText(Index),
    UnknownFrame,
    Reopen { read_only: bool },
    Close,
}

#[derive(Clone, Copy, Debug)]
enum Bad {
    InvalidUtf8,
    EmptyDocument,
    NanVector,
    WrongDimension,
    BatchWithWrongDimension,
    ZeroK,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Life {
    /// Put, not committed: not yet durable or searchable.
    Pending,
    Committed,
    /// Deleted, not committed.
    Deleting,
    Deleted,
}

#[derive(Debug)]
struct Doc {
    id: u64,
    text: String,
    token: String,
    vector: Option<Vec<f32>>,
    life: Life,
}

struct Model {
    docs: Vec<Doc>,
    read_only: bool,
    closed: bool,
}

impl Model {
    /// The code a write call gets before it looks at its input (the binding checks the handle's
    /// mode first, then whether it is closed).
    fn write_refusal(&self) -> Option<Code> {
        if self.read_only {
            Some(Code::ReadOnly)
        } else if self.closed {
            Some(Code::HandleClosed)
        } else {
            None
        }
    }

    fn read_refusal(&self) -> Option<Code> {
        self.closed.then_some(Code::HandleClosed)
    }

    fn new_doc(&mut self, words: &[usize], embed: bool) -> Doc {
        let serial = self.docs.len();
        let token = format!("uniq{serial}x");
        let body: Vec<&str> = words.iter().map(|&w| VOCAB[w]).collect();
        Doc {
            id: u64::MAX,
            text: format!("document {serial} {token} {}", body.join(" ")),
            token,
            vector: embed.then(|| vector(serial)),
            life: Life::Pending,
        }
    }

    /// What a commit (or a close of a writable handle) makes durable.
    fn commit(&mut self) {
        for doc in &mut self.docs {
            doc.life = match doc.life {
                Life::Pending => Life::Committed,
                Life::Deleting => Life::Deleted,
                other => other,
            };
        }
    }

    fn count(&self, life: Life) -> u64 {
        self.docs.iter().filter(|d| d.life == life).count() as u64
    }
}

/// A distinct, non-parallel vector per document, so each is its own unique nearest neighbour.
fn vector(serial: usize) -> Vec<f32> {
    let s = serial as f32 + 1.0;
    vec![(s * 0.37).sin(), (s * 0.37).cos(), (s * 1.13).sin() + 2.0, s.ln()]
}

fn outcome<T>(result: &Result<T, Box<MemvidError>>) -> Option<Code> {
    result.as_ref().err().map(|e| e.error_code())
}

/// Asserts that the call failed with `expected`, or succeeded when `expected` is None.
#[track_caller]
fn check<T>(op: &Op, result: &Result<T, Box<MemvidError>>, expected: Option<Code>) {
    if outcome(result) != expected {
        let got = match result {
            Ok(_) => "success".to_string(),
            Err(e) => format!("{:?}: {}", e.error_code(), e.error_message()),
        };
        panic!("{op:?}: expected {expected:?}, got {got}");
    }
}

fn hits(store: &MemvidStore, query: &str) -> Vec<u64> {
    let results = store.find(query.as_bytes(), None).expect("find");
    (0..results.len()).map(|i| results.get(i).unwrap().frame_id()).collect()
}

/// Everything the model says the file holds, through a freshly opened handle.
fn check_contents(store: &MemvidStore, model: &Model, when: &str) {
    for doc in &model.docs {
        match doc.life {
            Life::Committed => {
                let text = write_result(|w| store.frame_text(doc.id, w));
                assert_eq!(text.as_deref().ok(), Some(doc.text.as_str()), "{when}: text of frame {}", doc.id);
                assert!(hits(store, &doc.token).contains(&doc.id), "{when}: frame {} not found by {}", doc.id, doc.token);
                if let Some(v) = &doc.vector {
                    let nearest = store.vec_search(v, 1).expect("vec_search");
                    assert_eq!(nearest.get(0).map(|h| h.frame_id()), Some(doc.id), "{when}: nearest to frame {}", doc.id);
                }
            }
            Life::Deleted => {
                assert!(!hits(store, &doc.token).contains(&doc.id), "{when}: deleted frame {} found", doc.id)
            }
            Life::Pending | Life::Deleting => panic!("{when}: a reopened handle has nothing pending"),
        }
    }
    let state = store.state().expect("state");
    assert_eq!(state.pending_frames, 0, "{when}");
}

fn run(ops: &[Op]) {
    let dir = tempdir();
    let path = dir.path("model.mv2");
    let mut store = MemvidStore::create(path.as_bytes()).expect("create");
    let mut model = Model { docs: Vec::new(), read_only: false, closed: false };
    // One committed embedding fixes the memory's vector dimension for the whole case.
    let mut first = model.new_doc(&[0], true);
    first.id = store.put_text_with_embedding(first.text.as_bytes(), first.vector.as_ref().unwrap(), None).expect("put");
    store.commit().expect("commit");
    first.life = Life::Committed;
    model.docs.push(first);

    for op in ops {
        step(&mut store, &mut model, &path, op);
        if !model.closed {
            let state = store.state().expect("state");
            assert_eq!(state.pending_frames, model.count(Life::Pending), "after {op:?}");
            assert_eq!(state.vec_dimension, DIM as u32, "after {op:?}");
        }
    }
    check(&Op::Close, &store.close(), None);
    if !model.read_only {
        model.commit();
    }
    let reopened = MemvidStore::open_read_only(path.as_bytes()).expect("reopen");
    check_contents(&reopened, &model, "at the end");
}

fn step(store: &mut Box<MemvidStore>, model: &mut Model, path: &str, op: &Op) {
    match op {
        Op::Put { words, embed } => {
            let mut doc = model.new_doc(words, *embed);
            let result = match &doc.vector {
                Some(v) => store.put_text_with_embedding(doc.text.as_bytes(), v, None),
                None => store.put_text(doc.text.as_bytes(), None),
            };
            check(op, &result, model.write_refusal());
            if let Ok(id) = result {
                assert!(model.docs.iter().all(|d| d.id < id), "{op:?}: id {id} is not new");
                doc.id = id;
                model.docs.push(doc);
            }
        }
        Op::PutMany(docs) => {
            let mut batch = MemvidPutBatch::new();
            let mut new = Vec::new();
            for (words, embed) in docs {
                let doc = model.new_doc(words, *embed);
                match &doc.vector {
                    Some(v) => batch.add_text_with_embedding(doc.text.as_bytes(), v, None).unwrap(),
                    None => batch.add_text(doc.text.as_bytes(), None).unwrap(),
                }
                // new_doc numbers documents by the model's length: reserve the serial.
                model.docs.push(doc);
                new.push(model.docs.len() - 1);
            }
            let result = store.put_many(&batch);
            check(op, &result, model.write_refusal());
            match result {
                Ok(ids) => {
                    assert_eq!(ids.len(), new.len(), "{op:?}");
                    let before = model.docs[..new[0]].iter().map(|d| d.id).max().unwrap_or(0);
                    for (k, &i) in new.iter().enumerate() {
                        let id = ids.get(k).unwrap();
                        assert!(id > before && (k == 0 || id > ids.get(k - 1).unwrap()), "{op:?}: ids {id}");
                        model.docs[i].id = id;
                    }
                }
                Err(_) => model.docs.truncate(new[0]),
            }
        }
        Op::Bad(bad) => {
            let v = vector(0);
            let (result, expected) = match bad {
                Bad::InvalidUtf8 => (store.put_text(b"caf\xe9 au lait", None).map(drop), Some(Code::InvalidUtf8)),
                Bad::EmptyDocument => {
                    (store.put_text(b"", None).map(drop), model.write_refusal().or(Some(Code::InvalidArgument)))
                }
                Bad::NanVector => (
                    store.put_text_with_embedding(b"not a number", &[1.0, f32::NAN, 0.0, 0.0], None).map(drop),
                    Some(Code::InvalidArgument),
                ),
                Bad::WrongDimension => (
                    store.put_text_with_embedding(b"three numbers", &v[..3], None).map(drop),
                    model.write_refusal().or(Some(Code::VecDimensionMismatch)),
                ),
                Bad::BatchWithWrongDimension => {
                    let mut batch = MemvidPutBatch::new();
                    batch.add_text_with_embedding(b"a fine document", &v, None).unwrap();
                    batch.add_text_with_embedding(b"a short vector", &v[..2], None).unwrap();
                    (store.put_many(&batch).map(drop), model.write_refusal().or(Some(Code::VecDimensionMismatch)))
                }
                Bad::ZeroK => (store.vec_search(&v, 0).map(drop), Some(Code::InvalidArgument)),
            };
            check(op, &result, expected);
        }
        Op::Commit => {
            let result = store.commit();
            check(op, &result, model.write_refusal());
            if result.is_ok() {
                model.commit();
            }
        }
        Op::Delete(index) => {
            // The first document keeps the memory's vector dimension (an emptied vector index
            // reports none); deleting an unknown frame is tried when there is nothing else.
            let (id, life) = match &model.docs[1..] {
                [] => (1 << 40, None),
                docs => {
                    let d = index.get(docs);
                    (d.id, Some(d.life))
                }
            };
            let expected = model.write_refusal().or(match life {
                None => Some(Code::FrameNotFound),
                // A delete is recorded until the commit; repeating it before then is harmless.
                Some(Life::Committed | Life::Deleting) => None,
                Some(Life::Pending) => Some(Code::FrameNotFound),
                Some(Life::Deleted) => Some(Code::InvalidFrame),
            });
            let result = store.delete_frame(id);
            check(op, &result, expected);
            if result.is_ok() {
                model.docs.iter_mut().find(|d| d.id == id).unwrap().life = Life::Deleting;
            }
        }
        Op::Find(index) => {
            let doc = index.get(&model.docs);
            let result = store.find(doc.token.as_bytes(), None);
            check(op, &result, model.read_refusal());
            if let Ok(results) = result {
                let ids: Vec<u64> = (0..results.len()).map(|i| results.get(i).unwrap().frame_id()).collect();
                match doc.life {
                    Life::Committed => assert!(ids.contains(&doc.id), "{op:?}: {} not in {ids:?}", doc.id),
                    Life::Deleted => assert!(!ids.contains(&doc.id), "{op:?}: deleted {} in {ids:?}", doc.id),
                    // Not searchable before the commit; memvid-core does not promise either way.
                    Life::Pending | Life::Deleting => {}
                }
                assert!(ids.iter().all(|id| model.docs.iter().any(|d| d.id == *id)), "{op:?}: unknown id in {ids:?}");
            }
        }
        Op::VecSearch(index) => {
            let doc = index.get(&model.docs);
            let query = doc.vector.clone().unwrap_or_else(|| vector(0));
            let result = store.vec_search(&query, 3);
            check(op, &result, model.read_refusal());
            if let (Ok(results), Some(_), Life::Committed) = (result, &doc.vector, doc.life) {
                assert_eq!(results.get(0).map(|h| h.frame_id()), Some(doc.id), "{op:?}");
            }
        }
        Op::FrameText(index) => {
            let doc = index.get(&model.docs);
            let result = write_result(|w| store.frame_text(doc.id, w));
            let expected = model.read_refusal().or(match doc.life {
                Life::Pending => Some(Code::FrameNotFound),
                _ => None,
            });
            check(op, &result, expected);
            if let (Ok(text), Life::Committed) = (result, doc.life) {
                assert_eq!(text, doc.text, "{op:?}");
            }
        }
        Op::UnknownFrame => {
            let result = write_result(|w| store.frame_text(1 << 40, w));
            check(op, &result, model.read_refusal().or(Some(Code::FrameNotFound)));
        }
        Op::Reopen { read_only } => {
            check(op, &store.close(), None);
            if !model.read_only && !model.closed {
                model.commit();
            }
            *store = if *read_only {
                MemvidStore::open_read_only(path.as_bytes())
            } else {
                MemvidStore::open(path.as_bytes())
            }
            .expect("reopen");
            model.read_only = *read_only;
            model.closed = false;
            check_contents(store, model, &format!("after {op:?}"));
        }
        Op::Close => {
            check(op, &store.close(), None);
            if !model.read_only && !model.closed {
                model.commit();
            }
            model.closed = true;
        }
    }
}

fn words() -> impl Strategy<Value = Vec<usize>> {
    prop::collection::vec(0..VOCAB.len(), 1..10)
}

fn op() -> impl Strategy<Value = Op> {
    let bad = prop_oneof![
        Just(Bad::InvalidUtf8),
        Just(Bad::EmptyDocument),
        Just(Bad::NanVector),
        Just(Bad::WrongDimension),
        Just(Bad::BatchWithWrongDimension),
        Just(Bad::ZeroK),
    ];
    prop_oneof![
        8 => (words(), any::<bool>()).prop_map(|(words, embed)| Op::Put { words, embed }),
        2 => prop::collection::vec((words(), any::<bool>()), 1..6).prop_map(Op::PutMany),
        3 => bad.prop_map(Op::Bad),
        4 => Just(Op::Commit),
        2 => any::<Index>().prop_map(Op::Delete),
        3 => any::<Index>().prop_map(Op::Find),
        2 => any::<Index>().prop_map(Op::VecSearch),
        2 => any::<Index>().prop_map(Op::FrameText),
        1 => Just(Op::UnknownFrame),
        2 => any::<bool>().prop_map(|read_only| Op::Reopen { read_only }),
        1 => Just(Op::Close),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn random_call_sequences_match_the_model(ops in prop::collection::vec(op(), 1..60)) {
        run(&ops);
    }
}

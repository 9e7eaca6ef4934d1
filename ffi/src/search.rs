//! How `find` runs each mode on memvid-core.
//!
//! - The query is plain text unless the options ask for memvid's operator syntax; `query`
//!   rewrites plain text into that syntax (lexical and hybrid modes).
//! - Lexical goes through `Memvid::search` (never the legacy `Memvid::find`, which answers
//!   "lexical index not enabled" on every current file), with the sketch pre-filter off: in
//!   memvid-core 2.0.140 it drops documents that do match (a 50-document memory loses about
//!   one in five single-term matches), and it is the path that fails with MV004 on some
//!   multi-word queries.
//! - Vector goes through `Memvid::vec_search_with_embedding`.
//! - Hybrid fuses both lists by reciprocal rank, with memvid-core's own constant (k = 60, the
//!   value its `ask` uses), because memvid-core has no public hybrid search over a
//!   caller-supplied query embedding.

use std::collections::HashMap;

use memvid_core::{
    Memvid, MemvidError as CoreError, SearchEngineKind, SearchParams, SearchRequest, SearchResponse,
};

use crate::errors::ffi::{MemvidError, MemvidErrorCode};
use crate::errors::FfiResult;
use crate::options::ffi::{MemvidFindMode, MemvidFindOptions};

const RRF_K: f32 = 60.0;

pub(crate) fn find(mem: &mut Memvid, query: &str, o: &MemvidFindOptions) -> FfiResult<SearchResponse> {
    let k = o.k as usize;
    let snippet = o.snippet_chars as usize;
    crate::fault::check(query.as_bytes());
    let embedding = || {
        o.embedding.as_deref().ok_or_else(|| {
            MemvidError::invalid_argument(
                "vec and hybrid modes need a query embedding (MemvidFindOptions set_query_embedding)",
            )
        })
    };
    match o.mode {
        MemvidFindMode::Lex => lexical_in_syntax(mem, query, k, o),
        MemvidFindMode::Vec => vec_search(mem, query, embedding()?, k, snippet, o.scope.as_deref()),
        MemvidFindMode::Hybrid => {
            let embedding = embedding()?;
            // Each list is deeper than k so that a document ranked low in one list but high in
            // the other can still make the fused top k.
            let depth = (k * 2).max(20);
            let lex = lexical_in_syntax(mem, query, depth, o)?;
            let vec = vec_search(mem, query, embedding, depth, snippet, o.scope.as_deref())?;
            Ok(fuse(lex, vec, k))
        }
    }
}

/// A lexical find of `query` written in the options' syntax. Plain text without a single word
/// matches nothing; an empty query is `MV120` in both syntaxes.
fn lexical_in_syntax(mem: &mut Memvid, query: &str, top_k: usize, o: &MemvidFindOptions) -> FfiResult<SearchResponse> {
    if query.trim().is_empty() {
        return Err(MemvidError::new(MemvidErrorCode::InvalidQuery, "query is empty"));
    }
    match crate::query::to_memvid_syntax(query, o.syntax) {
        Some(parsed) => {
            let mut response = lexical(mem, request(&parsed, top_k, o))?;
            response.query = query.to_owned();
            Ok(response)
        }
        None => Ok(SearchResponse {
            query: query.to_owned(),
            elapsed_ms: 0,
            total_hits: 0,
            params: SearchParams { top_k, snippet_chars: o.snippet_chars as usize, cursor: None },
            hits: Vec::new(),
            context: String::new(),
            next_cursor: None,
            engine: SearchEngineKind::Tantivy,
            stale_index_skips: 0,
        }),
    }
}

fn request(query: &str, top_k: usize, o: &MemvidFindOptions) -> SearchRequest {
    SearchRequest {
        query: query.to_owned(),
        top_k,
        snippet_chars: o.snippet_chars as usize,
        uri: o.uri.clone(),
        scope: o.scope.clone(),
        cursor: None,
        as_of_frame: o.as_of_frame,
        as_of_ts: o.as_of_ts,
        no_sketch: true,
        acl_context: None,
        acl_enforcement_mode: Default::default(),
    }
}

/// `Memvid::search`. A JSON request may still turn the sketch pre-filter on; then a "lexical
/// index not enabled" answer is retried without it: with the pre-filter on, memvid-core 2.0.140
/// swallows some Tantivy errors and falls back to the legacy index, which current files lack.
pub(crate) fn lexical(mem: &mut Memvid, request: SearchRequest) -> FfiResult<SearchResponse> {
    if request.no_sketch {
        return Ok(mem.search(request)?);
    }
    match mem.search(request.clone()) {
        Err(CoreError::LexNotEnabled) => Ok(mem.search(SearchRequest { no_sketch: true, ..request })?),
        other => Ok(other?),
    }
}

pub(crate) fn vec_search(
    mem: &mut Memvid,
    query: &str,
    embedding: &[f32],
    k: usize,
    snippet_chars: usize,
    scope: Option<&str>,
) -> FfiResult<SearchResponse> {
    let mut response = mem.vec_search_with_embedding(query, embedding, k, snippet_chars, scope)?;
    // memvid-core over-fetches (2k) for its own filtering; callers asked for k.
    response.hits.truncate(k);
    Ok(response)
}

/// Reciprocal rank fusion of a lexical and a vector response into the top `k`.
fn fuse(lex: SearchResponse, vec: SearchResponse, k: usize) -> SearchResponse {
    let mut fused: HashMap<u64, (f32, memvid_core::SearchHit)> = HashMap::new();
    for list in [&lex.hits, &vec.hits] {
        for (i, hit) in list.iter().enumerate() {
            let entry = fused.entry(hit.frame_id).or_insert_with(|| (0.0, hit.clone()));
            entry.0 += 1.0 / (RRF_K + (i + 1) as f32);
        }
    }
    let mut hits: Vec<(f32, memvid_core::SearchHit)> = fused.into_values().collect();
    // Ties (same fused score) keep a stable order by frame id so results are deterministic.
    hits.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.frame_id.cmp(&b.1.frame_id)));
    hits.truncate(k);
    let hits: Vec<memvid_core::SearchHit> = hits
        .into_iter()
        .enumerate()
        .map(|(i, (score, mut hit))| {
            hit.rank = i + 1;
            hit.score = Some(score);
            hit
        })
        .collect();
    SearchResponse {
        total_hits: hits.len(),
        elapsed_ms: lex.elapsed_ms + vec.elapsed_ms,
        context: hits.iter().map(|h| h.text.as_str()).collect::<Vec<_>>().join("\n\n"),
        next_cursor: None,
        engine: SearchEngineKind::Hybrid,
        stale_index_skips: lex.stale_index_skips + vec.stale_index_skips,
        hits,
        query: lex.query,
        params: lex.params,
    }
}

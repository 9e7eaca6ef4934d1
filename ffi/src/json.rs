//! The one place that converts between JSON and memvid-core's own types.
//!
//! The JSON API takes and returns memvid-core's serde representation unchanged, so everything
//! memvid-core can express is reachable without a typed wrapper for it. Syntax errors are
//! `MV205 JsonSyntax`; well-formed JSON of the wrong shape is `MV206 JsonShape`.

use diplomat_runtime::DiplomatWrite;
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::fmt::Write;

use crate::errors::ffi::{MemvidError, MemvidErrorCode};
use crate::errors::FfiResult;

/// Parses `bytes` (UTF-8 JSON) into `T`; `what` names the expected type in error messages.
pub(crate) fn parse<T: DeserializeOwned>(bytes: &[u8], what: &str) -> FfiResult<T> {
    serde_json::from_slice(bytes).map_err(|e| {
        let code = match e.classify() {
            serde_json::error::Category::Data => MemvidErrorCode::JsonShape,
            _ => MemvidErrorCode::JsonSyntax,
        };
        MemvidError::new(code, format!("invalid {what} JSON: {e}"))
    })
}

/// Parses a memvid-core `SearchRequest`; an absent `no_sketch` means true in this binding, because
/// memvid-core's sketch pre-filter loses matches (see search.rs). An explicit `false` is honoured.
pub(crate) fn parse_search_request(bytes: &[u8]) -> FfiResult<memvid_core::SearchRequest> {
    parse_with_defaults(bytes, "SearchRequest", [("no_sketch", true.into())])
}

/// Parses a memvid-core `AskRequest`, whose `top_k` and `snippet_chars` are required there:
/// absent ones get the typed API's defaults (8 and 240).
pub(crate) fn parse_ask_request(bytes: &[u8]) -> FfiResult<memvid_core::AskRequest> {
    let defaults = crate::ask::AskOptions::default();
    parse_with_defaults(bytes, "AskRequest", [("top_k", defaults.k.into()), ("snippet_chars", defaults.snippet_chars.into())])
}

/// Parses a memvid-core request type, giving keys the caller left out the binding's values.
fn parse_with_defaults<T: DeserializeOwned, const N: usize>(
    bytes: &[u8],
    what: &str,
    defaults: [(&str, serde_json::Value); N],
) -> FfiResult<T> {
    let mut value: serde_json::Value = parse(bytes, what)?;
    if let Some(object) = value.as_object_mut() {
        for (key, default) in defaults {
            object.entry(key).or_insert(default);
        }
    }
    serde_json::from_value(value)
        .map_err(|e| MemvidError::new(MemvidErrorCode::JsonShape, format!("invalid {what} JSON: {e}")))
}

/// `value` as a JSON tree, for results the `call_json` ops assemble.
pub(crate) fn to_value<T: Serialize>(value: &T) -> FfiResult<serde_json::Value> {
    serde_json::to_value(value).map_err(|e| MemvidError::new(MemvidErrorCode::Internal, format!("could not encode JSON: {e}")))
}

/// Bytes in JSON: standard base64 with padding.
pub(crate) fn base64(bytes: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// Serializes `value` as compact JSON into `out`.
pub(crate) fn write<T: Serialize>(value: &T, out: &mut DiplomatWrite) -> FfiResult<()> {
    let text = to_string(value)?;
    out.write_str(&text)
        .map_err(|_| MemvidError::new(MemvidErrorCode::Internal, "could not write JSON output"))
}

/// Hits without `chunk_text`: it repeats the chunk each hit's snippet comes from, and decoding it
/// on every search was most of the cost of a find in the JSON-reading wrappers.
pub(crate) fn write_hits(hits: &[memvid_core::SearchHit], out: &mut DiplomatWrite) -> FfiResult<()> {
    let compact: Vec<memvid_core::SearchHit> =
        hits.iter().map(|hit| memvid_core::SearchHit { chunk_text: None, ..hit.clone() }).collect();
    write(&compact, out)
}

pub(crate) fn to_string<T: Serialize>(value: &T) -> FfiResult<String> {
    serde_json::to_string(value).map_err(|e| {
        MemvidError::new(MemvidErrorCode::Internal, format!("could not encode JSON: {e}"))
    })
}

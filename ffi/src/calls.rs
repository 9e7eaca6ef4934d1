//! The `call_json` entry points: every feature beyond the core calls, by name, with a JSON
//! request and a JSON result, so a wrapper needs one function to reach all of them.
//!
//! Each op runs the same function as its typed method. Requests are parsed strictly (an unknown
//! field is `MV206`, naming it), results are memvid-core's own serde types where it has one.

use serde::Deserialize;
use serde_json::{json, Value};

use crate::errors::ffi::{MemvidError, MemvidErrorCode};
use crate::errors::FfiResult;
use crate::json::{parse, parse_ask_request, to_value};
use crate::memories::ffi::{MemvidFactFormat, MemvidMemoryKind};
use crate::store::ffi::MemvidStore;

/// Ops on an open memory (`MemvidStore::call_json`).
pub(crate) const STORE_OPS: [&str; 27] = [
    "update_frame", "correct", "put_file", "frame", "frame_by_uri", "frame_payload",
    "start_session", "end_session", "checkpoint", "sessions", "session", "delete_session",
    "enrich", "memories", "entity_state", "add_memory_cards", "memory_stats", "memory_entities", "export_facts",
    "import_tables", "tables", "table", "ask", "ticket", "capacity", "apply_ticket", "apply_signed_ticket",
];

/// Ops on files by path (`MemvidMaintenance::call_json`).
pub(crate) const MAINTENANCE_OPS: [&str; 8] =
    ["verify", "doctor_plan", "doctor", "doctor_apply", "lock_holder", "check_single_file", "lock", "unlock"];

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Empty {}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FrameRef {
    frame_id: Option<u64>,
    uri: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct UpdateFrame {
    frame_id: u64,
    text: String,
    options: Option<memvid_core::PutOptions>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Correct {
    statement: String,
    #[serde(default = "default_boost")]
    boost: f32,
    options: Option<memvid_core::PutOptions>,
}

fn default_boost() -> f32 {
    2.0
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PathRequest {
    path: String,
    options: Option<memvid_core::PutOptions>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct SessionRequest {
    name: Option<String>,
    session_id: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct MemoriesRequest {
    #[serde(default)]
    entity: String,
    #[serde(default)]
    slot: String,
}

/// A card to add: the fields a caller knows; the binding fills in the engine and times.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NewCard {
    #[serde(default = "default_kind")]
    kind: memvid_core::MemoryKind,
    entity: String,
    slot: String,
    value: String,
    #[serde(default)]
    source_frame_id: u64,
    polarity: Option<memvid_core::Polarity>,
    event_date: Option<i64>,
    confidence: Option<f32>,
}

fn default_kind() -> memvid_core::MemoryKind {
    memvid_core::MemoryKind::Fact
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AddCards {
    cards: Vec<NewCard>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
enum FactFormat {
    Json,
    Ntriples,
    Csv,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExportRequest {
    format: FactFormat,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TableRequest {
    table_id: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TicketRequest {
    issuer: String,
    seq_no: i64,
    #[serde(default)]
    capacity_bytes: u64,
    #[serde(default)]
    expires_in_secs: u64,
}

/// An empty request means `{}`.
fn or_empty(request: &[u8]) -> &[u8] {
    if request.iter().all(u8::is_ascii_whitespace) {
        b"{}"
    } else {
        request
    }
}

pub(crate) fn store(store: &MemvidStore, op: &[u8], request: &[u8]) -> FfiResult<Value> {
    let op = std::str::from_utf8(op)?;
    let request = or_empty(request);
    let h = &store.handle;
    match op {
        "update_frame" => {
            let r: UpdateFrame = parse(request, op)?;
            let options = r.options.unwrap_or_else(crate::options::binding_put_defaults);
            let id = h.with_writable(|mem| crate::frames::update_text(mem, r.frame_id, &r.text, options))?;
            Ok(json!({ "frame_id": id }))
        }
        "correct" => {
            let r: Correct = parse(request, op)?;
            let options = r.options.unwrap_or_else(crate::options::binding_put_defaults);
            let id = h.with_writable(|mem| crate::frames::correct(mem, &r.statement, r.boost, options))?;
            Ok(json!({ "frame_id": id }))
        }
        "put_file" => {
            let r: PathRequest = parse(request, op)?;
            let path = crate::store::path_arg(r.path.as_bytes())?;
            let options = r.options.unwrap_or_else(crate::options::binding_put_defaults);
            let id = h.with_writable(|mem| crate::frames::put_file(mem, &path, options))?;
            Ok(json!({ "frame_id": id }))
        }
        "frame" | "frame_by_uri" | "frame_payload" => {
            let r: FrameRef = parse(request, op)?;
            h.with(|mem| {
                let id = match (&r.frame_id, &r.uri) {
                    (Some(id), None) => *id,
                    (None, Some(uri)) => mem.frame_by_uri(uri)?.id,
                    _ => return Err(MemvidError::invalid_argument(format!("{op} takes either frame_id or uri"))),
                };
                if op == "frame_payload" {
                    let bytes = mem.frame_canonical_payload(id)?;
                    Ok(json!({ "frame_id": id, "len": bytes.len(), "base64": crate::json::base64(&bytes) }))
                } else {
                    to_value(&mem.frame_by_id(id)?)
                }
            })
        }
        "start_session" => {
            let r: SessionRequest = parse(request, op)?;
            let id = crate::sessions::start(store, r.name.as_deref().unwrap_or(""))?;
            Ok(json!({ "session_id": id }))
        }
        "end_session" => {
            let _: Empty = parse(request, op)?;
            h.with_writable(|mem| to_value(&crate::sessions::end(mem)?))
        }
        "checkpoint" => {
            let _: Empty = parse(request, op)?;
            let id = h.with_writable(crate::sessions::checkpoint)?;
            Ok(json!({ "checkpoint_id": id }))
        }
        "sessions" => {
            let _: Empty = parse(request, op)?;
            h.with(|mem| to_value(&mem.list_sessions()))
        }
        "session" | "delete_session" => {
            let r: SessionRequest = parse(request, op)?;
            let id = r.session_id.ok_or_else(|| MemvidError::invalid_argument(format!("{op} needs session_id")))?;
            if op == "session" {
                h.with(|mem| to_value(&crate::sessions::get(mem, &id)?))
            } else {
                crate::sessions::delete(store, &id)?;
                Ok(json!({}))
            }
        }
        "enrich" => {
            let _: Empty = parse(request, op)?;
            let e = h.with_writable(crate::memories::enrich)?;
            Ok(json!({ "frames": e.frames, "cards": e.cards }))
        }
        "memories" => {
            let r: MemoriesRequest = parse(request, op)?;
            h.with(|mem| to_value(&crate::memories::list(mem, &r.entity, &r.slot)))
        }
        "entity_state" => {
            let r: MemoriesRequest = parse(request, op)?;
            h.with(|mem| to_value(&crate::memories::entity_state(mem, &r.entity)?))
        }
        "add_memory_cards" => {
            let r: AddCards = parse(request, op)?;
            let cards = r.cards.into_iter().map(new_card).collect::<FfiResult<Vec<_>>>()?;
            let ids = h.with_writable(|mem| crate::memories::add(mem, cards))?;
            Ok(json!({ "ids": ids }))
        }
        "memory_stats" => {
            let _: Empty = parse(request, op)?;
            h.with(|mem| to_value(&mem.memories_stats()))
        }
        "memory_entities" => {
            let _: Empty = parse(request, op)?;
            Ok(json!(h.with(|mem| Ok(crate::memories::entities(mem)))?))
        }
        "export_facts" => {
            let r: ExportRequest = parse(request, op)?;
            let format = match r.format {
                FactFormat::Json => MemvidFactFormat::Json,
                FactFormat::Ntriples => MemvidFactFormat::NTriples,
                FactFormat::Csv => MemvidFactFormat::Csv,
            };
            Ok(json!({ "text": h.with(|mem| crate::memories::export(mem, format))? }))
        }
        "import_tables" => {
            let r: PathRequest = parse(request, op)?;
            let path = crate::store::path_arg(r.path.as_bytes())?;
            let ids = h.with_writable(|mem| crate::tables::import_file(mem, &path))?;
            Ok(json!({ "table_ids": ids }))
        }
        "tables" => {
            let _: Empty = parse(request, op)?;
            Ok(json!({ "table_ids": h.with(crate::tables::ids)? }))
        }
        "table" => {
            let r: TableRequest = parse(request, op)?;
            h.with(|mem| to_value(&crate::tables::get(mem, &r.table_id)?))
        }
        "ask" => {
            let r = parse_ask_request(request)?;
            h.with(|mem| to_value(&crate::ask::ask(mem, r)?))
        }
        "ticket" => {
            let _: Empty = parse(request, op)?;
            h.with(|mem| to_value(&mem.current_ticket()))
        }
        "capacity" => {
            let _: Empty = parse(request, op)?;
            Ok(json!({ "capacity_bytes": h.with(|mem| Ok(mem.get_capacity()))? }))
        }
        "apply_ticket" => {
            let r: TicketRequest = parse(request, op)?;
            h.with_writable(|mem| crate::tickets::apply(mem, &r.issuer, r.seq_no, r.capacity_bytes, r.expires_in_secs))?;
            Ok(json!({}))
        }
        "apply_signed_ticket" => {
            let ticket: memvid_core::types::SignedTicket = parse(request, "SignedTicket")?;
            h.with_writable(|mem| crate::tickets::apply_signed(mem, ticket))?;
            Ok(json!({}))
        }
        _ => Err(unknown(op, &STORE_OPS)),
    }
}

fn new_card(c: NewCard) -> FfiResult<memvid_core::MemoryCard> {
    let kind: MemvidMemoryKind = c.kind.into();
    let mut card = crate::memories::card(kind, &c.entity, &c.slot, &c.value, c.source_frame_id)?;
    card.polarity = c.polarity;
    card.event_date = c.event_date;
    card.confidence = c.confidence;
    Ok(card)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PathOnly {
    path: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VerifyRequest {
    path: String,
    #[serde(default)]
    deep: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DoctorRequest {
    path: String,
    #[serde(default)]
    options: memvid_core::DoctorOptions,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DoctorApply {
    plan: memvid_core::DoctorPlan,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Capsule {
    path: String,
    password: String,
    #[serde(default)]
    output: String,
}

pub(crate) fn maintenance(op: &[u8], request: &[u8]) -> FfiResult<Value> {
    let op = std::str::from_utf8(op)?;
    let request = or_empty(request);
    match op {
        "verify" => {
            let r: VerifyRequest = parse(request, op)?;
            to_value(&crate::maintenance::verify(r.path.as_bytes(), r.deep)?)
        }
        "doctor_plan" | "doctor" => {
            let r: DoctorRequest = parse(request, op)?;
            let plan = crate::maintenance::plan(r.path.as_bytes(), r.options)?;
            if op == "doctor" {
                to_value(&crate::maintenance::apply(plan)?)
            } else {
                to_value(&plan)
            }
        }
        "lock_holder" => {
            let r: PathOnly = parse(request, op)?;
            let holder = crate::maintenance::lock_holder(r.path.as_bytes())?;
            Ok(json!({ "held": holder.held, "pid": holder.pid, "this_process": holder.this_process }))
        }
        "check_single_file" => {
            let r: PathOnly = parse(request, op)?;
            crate::maintenance::check_single_file(r.path.as_bytes())?;
            Ok(json!({}))
        }
        "doctor_apply" => {
            let r: DoctorApply = parse(request, op)?;
            to_value(&crate::maintenance::apply(r.plan)?)
        }
        "lock" | "unlock" => {
            let r: Capsule = parse(request, op)?;
            let (path, password, output) = (r.path.as_bytes(), r.password.as_bytes(), r.output.as_bytes());
            let written = if op == "lock" {
                crate::encryption::lock(path, password, output)?
            } else {
                crate::encryption::unlock(path, password, output)?
            };
            Ok(json!({ "path": written }))
        }
        _ => Err(unknown(op, &MAINTENANCE_OPS)),
    }
}

fn unknown(op: &str, known: &[&str]) -> Box<MemvidError> {
    MemvidError::new(MemvidErrorCode::JsonShape, format!("unknown op {op:?}; the ops are: {}", known.join(", ")))
}

//! The rest of memvid through the bridge: maintenance, frame updates and corrections, payloads,
//! files, time travel, sessions, memory cards, tables, encryption, ask and tickets, each through
//! its typed method and its `call_json` op.

mod common;

use common::*;
use memvid_ffi::ask::ffi::MemvidAskOptions;
use memvid_ffi::encryption::ffi::MemvidEncryption;
use memvid_ffi::errors::ffi::MemvidErrorCode as Code;
use memvid_ffi::maintenance::ffi::{MemvidCheckStatus, MemvidDoctorOptions, MemvidDoctorStatus, MemvidMaintenance};
use memvid_ffi::memories::ffi::{MemvidFactFormat, MemvidMemoryKind};
use memvid_ffi::options::ffi::{MemvidPutOptions, MemvidQuerySyntax, MemvidTimelineQuery};
use memvid_ffi::store::ffi::MemvidStore;
use serde_json::Value;

fn call(store: &MemvidStore, op: &str, request: &str) -> Result<Value, Box<memvid_ffi::errors::ffi::MemvidError>> {
    write_result(|w| store.call_json(op.as_bytes(), request.as_bytes(), w)).map(|t| serde_json::from_str(&t).expect("JSON result"))
}

fn maintenance(op: &str, request: &Value) -> Result<Value, Box<memvid_ffi::errors::ffi::MemvidError>> {
    let request = request.to_string();
    write_result(|w| MemvidMaintenance::call_json(op.as_bytes(), request.as_bytes(), w)).map(|t| serde_json::from_str(&t).expect("JSON result"))
}

const NO_DOCTOR: MemvidDoctorOptions =
    MemvidDoctorOptions { rebuild_time_index: false, rebuild_lex_index: false, rebuild_vec_index: false, vacuum: false };

#[test]
fn verify_doctor_and_lock_holder() {
    let dir = tempdir();
    let path = dir.path("maint.mv2");
    let store = store_with_docs(&path);

    // Open for writing here: maintenance refuses at once, and the holder is this process.
    expect_code(MemvidMaintenance::verify(path.as_bytes(), false), Code::Locked);
    let holder = MemvidMaintenance::lock_holder(path.as_bytes()).unwrap();
    assert!(holder.held && holder.this_process && holder.pid == std::process::id());
    store.delete_frame(1).unwrap();
    store.close().unwrap();
    drop(store);
    let holder = MemvidMaintenance::lock_holder(path.as_bytes()).unwrap();
    assert!(!holder.held && holder.pid == 0);

    for deep in [false, true] {
        let report = MemvidMaintenance::verify(path.as_bytes(), deep).unwrap();
        assert!(report.passed(), "{}", written_ok(|w| report.to_json(w)));
        assert!(report.check_count() >= 5);
        let names: Vec<String> = (0..report.check_count()).map(|i| written(|w| report.check_name(i, w))).collect();
        assert!(names.iter().any(|n| n == "LexIndexDecode"), "{names:?}");
        assert_eq!(names.iter().any(|n| n == "TimeIndexSortOrder"), deep, "{names:?}");
        assert!((0..report.check_count()).all(|i| report.check_status(i) != MemvidCheckStatus::Failed));
    }

    let plan = MemvidMaintenance::doctor_plan(path.as_bytes(), MemvidDoctorOptions { vacuum: true, ..NO_DOCTOR }).unwrap();
    assert!(!plan.is_noop());
    assert!(written_ok(|w| plan.to_json(w)).contains("vacuum"));
    let size_before = std::fs::metadata(&path).unwrap().len();
    let report = plan.apply().unwrap();
    assert_eq!(report.status(), MemvidDoctorStatus::Healed, "{}", written_ok(|w| report.to_json(w)));
    assert!(report.actions_completed() > 0);
    assert!(std::fs::metadata(&path).unwrap().len() > 0 && size_before > 0);

    // The vacuumed file still holds the live documents, searchable.
    let store = MemvidStore::open(path.as_bytes()).unwrap();
    assert_eq!(store.stats().unwrap().active_frame_count, 2);
    assert!(!store.find(b"tomatoes", None).unwrap().is_empty());
    drop(store);

    let report = MemvidMaintenance::doctor(path.as_bytes(), MemvidDoctorOptions { rebuild_lex_index: true, ..NO_DOCTOR }).unwrap();
    assert_eq!(report.status(), MemvidDoctorStatus::Healed);
    let via_json = maintenance("doctor_plan", &serde_json::json!({ "path": path, "options": { "rebuild_time_index": true } })).unwrap();
    assert!(via_json["phases"].as_array().is_some_and(|p| !p.is_empty()), "{via_json}");
    let dry = maintenance("doctor", &serde_json::json!({ "path": path, "options": { "vacuum": true, "dry_run": true } })).unwrap();
    assert_eq!(dry["status"], "plan_only", "{dry}");
    assert_eq!(maintenance("lock_holder", &serde_json::json!({ "path": path, "deep": true })).unwrap_err().error_code(), Code::JsonShape);
    let verified = maintenance("verify", &serde_json::json!({ "path": path, "deep": true })).unwrap();
    assert_eq!(verified["overall_status"], "passed");

    // A plan from JSON may name any file: a doctor never writes into one that is not a memory.
    let mut plan = maintenance("doctor_plan", &serde_json::json!({ "path": path })).unwrap();
    let foreign = dir.path("notes.txt");
    let text = "not a memory, but 4 KB of someone's notes\n".repeat(100);
    std::fs::write(&foreign, &text).unwrap();
    plan["file_path"] = foreign.clone().into();
    assert_eq!(maintenance("doctor_apply", &serde_json::json!({ "plan": plan })).unwrap_err().error_code(), Code::CorruptFile);
    assert_eq!(std::fs::read_to_string(&foreign).unwrap(), text);

    // memvid-core applies a plan's actions as given: one the file would not produce now (here
    // with a finding it does not have, as a plan made for another file or an older state would)
    // is refused, and the file is left as it was.
    let other = dir.path("other.mv2");
    drop(store_with_docs(&other));
    let stale = maintenance("doctor_plan", &serde_json::json!({ "path": other, "options": { "vacuum": true } })).unwrap();
    let mut moved = stale.clone();
    moved["findings"] = serde_json::json!([{ "code": "header_footer_offset_mismatch", "severity": "error", "message": "forged" }]);
    let before = std::fs::read(&other).unwrap();
    let refused = maintenance("doctor_apply", &serde_json::json!({ "plan": moved })).unwrap_err();
    assert_eq!(refused.error_code(), Code::DoctorFailed, "{refused:?}");
    assert_eq!(std::fs::read(&other).unwrap(), before);
    assert_eq!(maintenance("doctor_apply", &serde_json::json!({ "plan": stale })).unwrap()["status"], "healed");

    expect_code(MemvidMaintenance::verify(dir.path("missing.mv2").as_bytes(), false), Code::FileNotFound);
    let err = maintenance("verify", &serde_json::json!({ "path": path, "depth": 1 })).unwrap_err();
    assert_eq!(err.error_code(), Code::JsonShape);
    assert_eq!(maintenance("fsck", &serde_json::json!({})).unwrap_err().error_code(), Code::JsonShape);
}

#[test]
fn single_file_check_names_the_side_file() {
    let dir = tempdir();
    let path = dir.path("single.mv2");
    drop(store_with_docs(&path));
    MemvidMaintenance::check_single_file(path.as_bytes()).unwrap();
    std::fs::write(format!("{path}-wal"), b"x").unwrap();
    let message = expect_code(MemvidMaintenance::check_single_file(path.as_bytes()), Code::CorruptFile);
    assert!(message.contains("single.mv2-wal"), "{message}");
}

#[test]
fn update_correct_payload_and_files() {
    let dir = tempdir();
    let path = dir.path("frames.mv2");
    let store = store_with_docs(&path);

    let new_id = store.update_text(0, b"Rust ownership: values are moved, borrowed or cloned.", None).unwrap();
    assert_eq!(new_id, 3);
    store.commit().unwrap();
    let old = store.frame(0).unwrap();
    assert!(!old.is_active());
    assert_eq!(old.superseded_by(), 3);
    let new = store.frame(3).unwrap();
    assert_eq!(written(|w| new.title(w)), "Rust", "the update keeps the old title");
    assert!(!store.find(b"borrowed", None).unwrap().is_empty());
    assert!(store.find(b"safety", None).unwrap().is_empty(), "the old text is no longer found");
    expect_code(store.update_text(0, b"again", None), Code::InvalidFrame);

    // A correction ranks first in ask whenever it matches.
    let correction = store.correct(b"Correction: WebAssembly also runs outside browsers, in Node and WASI.", 2.0, None).unwrap();
    store.commit().unwrap();
    let frame = store.frame(correction).unwrap();
    assert!(written(|w| frame.uri(w)).starts_with("mv2://correction/"));
    assert!(frame.has_metadata(b"memvid.correction.boost") && !frame.has_metadata(b"absent"));
    assert_eq!(written(|w| frame.metadata(b"memvid.correction.boost", w)), "2");
    let answer = store.ask(b"where does WebAssembly run?", None).unwrap();
    let first = answer.sources().get(0).expect("a source");
    assert_eq!(first.frame_id(), correction);
    expect_code(store.correct(b"x", 0.0, None), Code::InvalidArgument);

    // Payloads come back byte for byte.
    let raw: Vec<u8> = (0..=255u8).cycle().take(3000).collect();
    let mut o = MemvidPutOptions::new();
    o.set_uri(b"mv2://blobs/1").unwrap();
    let blob = store.put_bytes(&raw, Some(&o)).unwrap();
    store.commit().unwrap();
    assert_eq!(store.frame_payload(blob).unwrap().bytes(), &raw[..]);
    assert_eq!(store.frame_payload_by_uri(b"mv2://blobs/1").unwrap().len(), raw.len());
    let json = call(&store, "frame_payload", r#"{"uri":"mv2://blobs/1"}"#).unwrap();
    assert_eq!(json["len"], 3000);
    expect_code(store.frame_payload(999), Code::FrameNotFound);

    // A text file and a PDF from disk.
    let text_path = dir.path("notes.txt");
    std::fs::write(&text_path, "Tomatoes need full sun and regular watering.").unwrap();
    let id = store.put_file(text_path.as_bytes(), None).unwrap();
    let pdf_path = fixture("letter.pdf");
    let pdf_id = store.put_file(pdf_path.as_bytes(), None).unwrap();
    store.commit().unwrap();
    let frame = store.frame(id).unwrap();
    assert_eq!(written(|w| frame.title(w)), "notes.txt");
    assert!(written(|w| frame.uri(w)).starts_with("file:///"));
    assert!(!store.find(b"tomatoes", None).unwrap().is_empty());
    let hits = store.find(b"crane", None).unwrap();
    assert_eq!(hits.get(0).map(|h| h.frame_id()), Some(pdf_id), "the PDF's text was extracted");
    expect_code(store.put_file(dir.path("absent.txt").as_bytes(), None), Code::FileNotFound);

    let by_json = call(&store, "frame_by_uri", r#"{"uri":"mv2://blobs/1"}"#).unwrap();
    assert_eq!(by_json["id"], blob);
    let updated = call(&store, "update_frame", r#"{"frame_id":1,"text":"WebAssembly modules are portable."}"#).unwrap();
    assert!(updated["frame_id"].as_u64().is_some());
}

#[test]
fn timeline_and_find_travel_in_time() {
    let dir = tempdir();
    let store = MemvidStore::create(dir.path("time.mv2").as_bytes()).unwrap();
    for (i, ts) in [(0, 1_000), (1, 2_000), (2, 3_000)] {
        let mut o = MemvidPutOptions::new();
        o.set_timestamp(ts);
        store.put_text(format!("harbour log entry {i}").as_bytes(), Some(&o)).unwrap();
    }
    store.commit().unwrap();
    let ids = |t: &memvid_ffi::frames::ffi::MemvidTimeline| (0..t.len()).map(|i| t.get(i).unwrap().frame_id()).collect::<Vec<_>>();

    let mut q = MemvidTimelineQuery::new();
    q.set_as_of_frame(1);
    assert_eq!(ids(&store.timeline(Some(&q)).unwrap()), [0, 1]);
    let mut q = MemvidTimelineQuery::new();
    q.set_as_of_ts(2_500);
    q.set_reverse(true);
    q.set_limit(1).unwrap();
    assert_eq!(ids(&store.timeline(Some(&q)).unwrap()), [1]);
    let json = written_ok(|w| store.timeline_json(br#"{"as_of_frame":0,"reverse":false}"#, w));
    assert_eq!(serde_json::from_str::<Value>(&json).unwrap().as_array().unwrap().len(), 1);

    let mut o = memvid_ffi::options::ffi::MemvidFindOptions::new();
    o.set_as_of_frame(1);
    let hits = store.find(b"harbour", Some(&o)).unwrap();
    assert!((0..hits.len()).all(|i| hits.get(i).unwrap().frame_id() <= 1));
    assert_eq!(hits.len(), 2);
}

#[test]
fn sessions_record_and_persist() {
    let dir = tempdir();
    let path = dir.path("sessions.mv2");
    let store = MemvidStore::create(path.as_bytes()).unwrap();
    expect_code(store.end_session(), Code::InvalidArgument);
    let id = written_ok(|w| store.start_session(b"import", w));
    assert_eq!(id.len(), 36);
    expect_code(written_ok_or(|w| store.start_session(b"again", w)), Code::InvalidArgument);
    store.put_text(b"first recorded note", None).unwrap();
    store.commit().unwrap();
    assert_eq!(store.checkpoint().unwrap(), 0);
    store.find(b"recorded", None).unwrap();
    let session = store.end_session().unwrap();
    assert_eq!(written(|w| session.id(w)), id);
    assert_eq!(written(|w| session.name(w)), "import");
    assert!(session.action_count() >= 2, "{}", written_ok(|w| session.to_json(w)));
    assert_eq!(session.checkpoint_count(), 1);
    assert!(session.ended_at() >= session.started_at());
    let second = call(&store, "start_session", "").unwrap()["session_id"].as_str().unwrap().to_owned();
    call(&store, "end_session", "{}").unwrap();
    store.close().unwrap();
    drop(store);

    let store = MemvidStore::open(path.as_bytes()).unwrap();
    let ids = store.session_ids().unwrap();
    assert_eq!(ids.len(), 2);
    expect_code(write_result(|w| ids.get(2, w)), Code::InvalidArgument);
    assert_eq!(written_ok(|w| ids.get(0, w)), id);
    assert_eq!(store.session(id.as_bytes()).unwrap().checkpoint_count(), 1);
    store.delete_session(second.as_bytes()).unwrap();
    expect_code(store.session(second.as_bytes()), Code::InvalidArgument);
    expect_code(store.session(b"not-a-uuid"), Code::InvalidArgument);
    store.close().unwrap();
    drop(store);
    let store = MemvidStore::open_read_only(path.as_bytes()).unwrap();
    let listed = call(&store, "sessions", "{}").unwrap();
    assert_eq!(listed.as_array().unwrap().len(), 1, "read-only handles list them too: {listed}");
    expect_code(written_ok_or(|w| store.start_session(b"", w)), Code::ReadOnly);
}

fn written_ok_or(f: impl FnOnce(&mut diplomat_runtime::DiplomatWrite) -> Result<(), Box<memvid_ffi::errors::ffi::MemvidError>>) -> Result<String, Box<memvid_ffi::errors::ffi::MemvidError>> {
    write_result(f)
}

#[test]
fn memory_cards_from_rules_and_by_hand() {
    let dir = tempdir();
    let path = dir.path("cards.mv2");
    let store = MemvidStore::create(path.as_bytes()).unwrap();
    store.put_text(b"I work at Acme Robotics.", None).unwrap();
    store.put_text(b"I live in Lisbon.", None).unwrap();
    store.commit().unwrap();
    let run = store.enrich().unwrap();
    assert_eq!(run.frames, 2);
    assert!(run.cards >= 2);
    assert_eq!(store.enrich().unwrap().cards, 0, "enriched frames are not enriched again");

    let employer = store.memories(b"user", b"employer").unwrap();
    assert_eq!(employer.len(), 1);
    let card = employer.get(0).unwrap();
    assert!(written(|w| card.value(w)).contains("Acme"));
    assert_eq!(card.source_frame_id(), 0);

    let id = store.add_memory_card(MemvidMemoryKind::Fact, b"user", b"employer", b"Globex", 1).unwrap();
    let state = store.entity_state(b"user").unwrap();
    let current: Vec<(String, String)> = (0..state.len()).map(|i| state.get(i).unwrap()).map(|c| (written(|w| c.slot(w)), written(|w| c.value(w)))).collect();
    assert!(current.contains(&("employer".into(), "Globex".into())), "{current:?}");
    assert!(current.iter().any(|(s, _)| s == "location"), "{current:?}");
    expect_code(store.add_memory_card(MemvidMemoryKind::Fact, b"", b"slot", b"v", 0), Code::InvalidArgument);

    let stats = store.memory_stats().unwrap();
    assert!(stats.card_count >= 3 && stats.entity_count >= 1 && stats.enriched_frames == 2);
    let entities = store.memory_entities().unwrap();
    assert!((0..entities.len()).any(|i| written_ok(|w| entities.get(i, w)) == "user"));

    let added = call(&store, "add_memory_cards", r#"{"cards":[{"entity":"lisbon","slot":"country","value":"Portugal, \"PT\""}]}"#).unwrap();
    assert_eq!(added["ids"].as_array().unwrap().len(), 1);
    let csv = written_ok(|w| store.export_facts(MemvidFactFormat::Csv, w));
    assert!(csv.starts_with("id,kind,entity,slot,value,"));
    assert!(csv.contains("\"Portugal, \"\"PT\"\"\""), "{csv}");
    let nt = written_ok(|w| store.export_facts(MemvidFactFormat::NTriples, w));
    assert!(nt.contains("<mv2://entity/lisbon> <mv2://slot/country> \"Portugal, \\\"PT\\\"\" ."), "{nt}");
    let facts: Value = serde_json::from_str(&written_ok(|w| store.export_facts(MemvidFactFormat::Json, w))).unwrap();
    assert!(facts.as_array().unwrap().iter().any(|c| c["id"] == id));
    store.close().unwrap();
    drop(store);

    let store = MemvidStore::open(path.as_bytes()).unwrap();
    assert_eq!(store.memory_stats().unwrap().card_count, stats.card_count + 1, "cards persist");
}

#[test]
fn tables_from_a_pdf() {
    let dir = tempdir();
    let store = MemvidStore::create(dir.path("tables.mv2").as_bytes()).unwrap();
    let pdf = fixture("stock.pdf");
    let ids = store.import_tables(pdf.as_bytes()).unwrap();
    assert_eq!(ids.len(), 1, "one table found");
    let id = written_ok(|w| ids.get(0, w));
    store.commit().unwrap();
    let listed = store.table_ids().unwrap();
    assert_eq!(written_ok(|w| listed.get(0, w)), id);
    let table = store.table(id.as_bytes()).unwrap();
    // memvid-core's layout (lopdf, no pdfium) puts an empty column between text columns.
    let headers: Vec<String> = (0..table.column_count()).map(|c| written(|w| table.header(c, w))).collect();
    let named: Vec<&str> = headers.iter().map(String::as_str).filter(|h| !h.is_empty()).collect();
    assert_eq!(named, ["Item", "Count"], "{}", written_ok(|w| table.to_json(w)));
    assert_eq!(table.row_count(), 3);
    assert_eq!(table.page(), 1);
    assert!(written(|w| table.header(99, w)).is_empty());
    assert!(written(|w| table.cell(99, 0, w)).is_empty());
    assert_eq!(written(|w| table.cell(1, 0, w)), "Nuts");
    let rows: Value = serde_json::from_str(&written_ok(|w| table.rows_json(w))).unwrap();
    assert_eq!(rows[2]["Count"], "45", "{rows}");
    assert!(written(|w| table.to_csv(w)).starts_with("Item,,Count\n"));
    expect_code(store.import_tables(pdf.as_bytes()), Code::AlreadyExists);
    expect_code(store.table(b"tbl_nothing"), Code::FrameNotFound);
    let text = dir.path("plain.txt");
    std::fs::write(&text, "no tables here").unwrap();
    expect_code(store.import_tables(text.as_bytes()), Code::InvalidArgument);
}

#[test]
fn encryption_round_trip_and_wrong_password() {
    let dir = tempdir();
    let path = dir.path("secret.mv2");
    let store = store_with_docs(&path);
    expect_code(written_ok_or(|w| MemvidEncryption::lock(path.as_bytes(), b"pw", b"", w)), Code::Locked);
    store.close().unwrap();
    drop(store);

    let capsule = written_ok(|w| MemvidEncryption::lock(path.as_bytes(), b"correct horse", b"", w));
    assert_eq!(capsule, dir.path("secret.mv2e"));
    assert!(std::fs::read(&capsule).unwrap().starts_with(b"MV2E"));
    expect_code(MemvidStore::open(capsule.as_bytes()), Code::Encryption);
    expect_code(written_ok_or(|w| MemvidEncryption::lock(path.as_bytes(), b"pw", b"", w)), Code::AlreadyExists);

    let restored = dir.path("restored.mv2");
    let message = expect_code(written_ok_or(|w| MemvidEncryption::unlock(capsule.as_bytes(), b"wrong", restored.as_bytes(), w)), Code::Encryption);
    assert!(message.contains("wrong password"), "{message}");
    assert!(!std::path::Path::new(&restored).exists(), "nothing written on a wrong password");
    expect_code(written_ok_or(|w| MemvidEncryption::unlock(capsule.as_bytes(), b"correct horse", b"", w)), Code::AlreadyExists);
    let out = maintenance("unlock", &serde_json::json!({ "path": capsule, "password": "correct horse", "output": restored })).unwrap();
    assert_eq!(out["path"], restored.as_str());
    assert_eq!(std::fs::read(&restored).unwrap(), std::fs::read(&path).unwrap());
    let store = MemvidStore::open(restored.as_bytes()).unwrap();
    assert_eq!(store.stats().unwrap().frame_count, 3);
}

#[test]
fn ask_without_a_model() {
    let dir = tempdir();
    let store = store_with_docs(&dir.path("ask.mv2"));
    let answer = store.ask(b"what format does WebAssembly use?", None).unwrap();
    assert!(answer.has_answer());
    assert!(written(|w| answer.answer(w)).contains("[1]"));
    assert_eq!(answer.sources().get(0).unwrap().frame_id(), 1);

    let mut o = MemvidAskOptions::new();
    o.set_context_only(true);
    o.set_k(2).unwrap();
    let context = store.ask(b"WebAssembly", Some(&o)).unwrap();
    assert!(!context.has_answer());
    assert!(written(|w| context.context(w)).contains("browsers"));
    assert!(!context.sources().is_empty());

    let none = store.ask(b"zeppelin", None).unwrap();
    assert!(none.sources().is_empty(), "no match means no sources, not a timeline sample");
    let json = call(&store, "ask", r#"{"question":"WebAssembly","context_only":true}"#).unwrap();
    assert_eq!(json["context_only"], true);
    assert!(!json["retrieval"]["hits"].as_array().unwrap().is_empty());
    expect_code(store.ask(b"  ", None), Code::InvalidArgument);

    // Plain text (the default): a question of stop words and operator words is a question.
    for question in ["and or not", "and so on?", "what is it and why?", "NOT (this) or that"] {
        store.ask(question.as_bytes(), None).unwrap_or_else(|e| panic!("{question:?}: {}", e.error_message()));
    }
    let asked = written_ok(|w| store.ask(b"safety and speed?", None).unwrap().to_json(w));
    assert!(asked.contains("\"question\":\"safety and speed?\""), "the question as asked: {asked}");
    expect_code(store.ask(b"?!", None), Code::InvalidArgument);
    let mut operators = MemvidAskOptions::new();
    operators.set_syntax(MemvidQuerySyntax::Operators);
    expect_code(store.ask(b"and or not", Some(&operators)), Code::InvalidQuery);
}

#[test]
fn capacity_and_tickets() {
    let dir = tempdir();
    let store = MemvidStore::create(dir.path("ticket.mv2").as_bytes()).unwrap();
    let free = store.ticket().unwrap();
    assert_eq!(free.seq_no, 1);
    assert_eq!(written_ok(|w| store.ticket_issuer(w)), "free-tier");
    assert_eq!(store.capacity().unwrap(), 50 * 1024 * 1024);

    // A capacity just above what is stored: the next large put fails and writes nothing.
    store.put_text(b"small note", None).unwrap();
    store.commit().unwrap();
    let used = store.stats().unwrap().payload_bytes;
    store.apply_ticket(b"self-hosted", 2, 64 * 1024, 0).unwrap();
    assert_eq!(store.capacity().unwrap(), 64 * 1024);
    assert!(used < 64 * 1024);
    let noise: String = (0..200_000u32).map(|i| char::from(b'a' + (i.wrapping_mul(2654435761) >> 27) as u8 % 26)).collect();
    expect_code(store.put_text(noise.as_bytes(), None), Code::CapacityExceeded);
    assert_eq!(store.state().unwrap().pending_frames, 0);
    expect_code(store.apply_ticket(b"self-hosted", 2, 0, 0), Code::TicketReplay);

    let json = call(&store, "ticket", "").unwrap();
    assert_eq!(json["issuer"], "self-hosted");
    assert_eq!(json["seq_no"], 2);
    call(&store, "apply_ticket", r#"{"issuer":"self-hosted","seq_no":3,"capacity_bytes":0}"#).unwrap();
    assert_eq!(call(&store, "capacity", "").unwrap()["capacity_bytes"], 50 * 1024 * 1024);
    let signed = r#"{"issuer":"x","seq_no":9,"expires_in_secs":0,"capacity_bytes":1,"memory_id":"00000000-0000-0000-0000-000000000000","signature":"AAAA"}"#;
    assert_eq!(call(&store, "apply_signed_ticket", signed).unwrap_err().error_code(), Code::TicketInvalid);
}

/// A shared test PDF (tests/fixtures/README.md).
fn fixture(name: &str) -> String {
    format!("{}/../tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

/* The C suite for the rest of memvid: maintenance, frame updates, corrections, payloads, files,
 * time travel, sessions, memory cards, tables, encryption, ask, tickets and call_json.
 * Usage: test_features <scratch-dir> [test name]   (the directory must exist and be empty) */
#define _POSIX_C_SOURCE 200809L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "MemvidAnswer.h"
#include "MemvidAskOptions.h"
#include "MemvidBytes.h"
#include "MemvidDoctorPlan.h"
#include "MemvidDoctorReport.h"
#include "MemvidEncryption.h"
#include "MemvidFrame.h"
#include "MemvidMaintenance.h"
#include "MemvidMemoryCard.h"
#include "MemvidMemoryCards.h"
#include "MemvidPutOptions.h"
#include "MemvidSearchHit.h"
#include "MemvidSearchResults.h"
#include "MemvidSession.h"
#include "MemvidStore.h"
#include "MemvidStrings.h"
#include "MemvidTable.h"
#include "MemvidTimeline.h"
#include "MemvidTimelineQuery.h"
#include "MemvidVerifyReport.h"
#include "harness.h"

static const char *scratch;

/* A path inside the scratch directory, in one of four rotating buffers. */
static const char *path_for(const char *name) {
    static char bufs[4][4096];
    static int next;
    char *buf = bufs[next++ % 4];
    snprintf(buf, sizeof bufs[0], "%s/%s", scratch, name);
    return buf;
}

/* A shared test PDF (tests/fixtures/README.md), found through $MEMVID_FIXTURES. */
static const char *fixture(const char *name) {
    static char buf[4096];
    const char *dir = getenv("MEMVID_FIXTURES");
    snprintf(buf, sizeof buf, "%s/%s", dir ? dir : "tests/fixtures", name);
    return buf;
}

static MemvidStore *create(const char *name) {
    memvid_MemvidStore_create_result c = memvid_MemvidStore_create(sv(path_for(name)));
    CHECK_OK(c);
    return c.is_ok ? c.ok : NULL;
}

static uint64_t put(MemvidStore *s, const char *text) {
    memvid_MemvidStore_put_text_result p = memvid_MemvidStore_put_text(s, sv(text), NULL);
    CHECK_OK(p);
    return p.is_ok ? p.ok : UINT64_MAX;
}

static void commit(MemvidStore *s) {
    memvid_MemvidStore_commit_result c = memvid_MemvidStore_commit(s);
    CHECK_OK(c);
}

/* call_json on a store; returns the malloc'd JSON, or NULL (error checked and freed). */
static char *call(MemvidStore *s, const char *op, const char *request) {
    DiplomatWrite *w = diplomat_buffer_write_create(64);
    memvid_MemvidStore_call_json_result r = memvid_MemvidStore_call_json(s, sv(op), sv(request), w);
    char *text = harness_take(w);
    if (!r.is_ok) {
        CHECK_OK(r);
        free(text);
        return NULL;
    }
    return text;
}

static int contains(const char *haystack, const char *needle) {
    return haystack && strstr(haystack, needle) != NULL;
}

static void verify_doctor_and_lock_holder(void) {
    const char *path = path_for("maint.mv2");
    MemvidStore *s = create("maint.mv2");
    REQUIRE(s);
    put(s, "Tomatoes need sunlight.");
    put(s, "Basil likes warmth.");
    commit(s);

    memvid_MemvidMaintenance_verify_result locked = memvid_MemvidMaintenance_verify(sv(path), false);
    CHECK_ERR(locked, MemvidErrorCode_Locked);
    memvid_MemvidMaintenance_lock_holder_result h = memvid_MemvidMaintenance_lock_holder(sv(path));
    CHECK(h.is_ok && h.ok.held && h.ok.this_process && h.ok.pid == (uint32_t)getpid());
    memvid_MemvidStore_delete_frame_result d = memvid_MemvidStore_delete_frame(s, 0);
    CHECK_OK(d);
    memvid_MemvidStore_destroy(s); /* closes and commits */
    h = memvid_MemvidMaintenance_lock_holder(sv(path));
    CHECK(h.is_ok && !h.ok.held && h.ok.pid == 0);

    memvid_MemvidMaintenance_verify_result v = memvid_MemvidMaintenance_verify(sv(path), true);
    CHECK_OK(v);
    if (v.is_ok) {
        CHECK(memvid_MemvidVerifyReport_passed(v.ok));
        size_t n = memvid_MemvidVerifyReport_check_count(v.ok);
        int deep_check = 0;
        for (size_t i = 0; i < n; i++) {
            char *name = WRITTEN(memvid_MemvidVerifyReport_check_name(v.ok, i, W));
            deep_check |= strcmp(name, "TimeIndexSortOrder") == 0;
            CHECK(memvid_MemvidVerifyReport_check_status(v.ok, i) != MemvidCheckStatus_Failed);
            free(name);
        }
        CHECK(n >= 5 && deep_check);
        memvid_MemvidVerifyReport_destroy(v.ok);
    }

    MemvidDoctorOptions vacuum = {.vacuum = true};
    memvid_MemvidMaintenance_doctor_plan_result plan = memvid_MemvidMaintenance_doctor_plan(sv(path), vacuum);
    CHECK_OK(plan);
    REQUIRE(plan.is_ok);
    CHECK(!memvid_MemvidDoctorPlan_is_noop(plan.ok));
    memvid_MemvidDoctorPlan_apply_result applied = memvid_MemvidDoctorPlan_apply(plan.ok);
    CHECK_OK(applied);
    if (applied.is_ok) {
        CHECK(memvid_MemvidDoctorReport_status(applied.ok) == MemvidDoctorStatus_Healed);
        CHECK(memvid_MemvidDoctorReport_actions_completed(applied.ok) > 0);
        memvid_MemvidDoctorReport_destroy(applied.ok);
    }
    memvid_MemvidDoctorPlan_destroy(plan.ok);

    memvid_MemvidStore_open_result o = memvid_MemvidStore_open(sv(path));
    CHECK_OK(o);
    REQUIRE(o.is_ok);
    memvid_MemvidStore_find_result f = memvid_MemvidStore_find(o.ok, sv("basil"), NULL);
    CHECK(f.is_ok && memvid_MemvidSearchResults_len(f.ok) == 1);
    if (f.is_ok) memvid_MemvidSearchResults_destroy(f.ok);
    memvid_MemvidStore_destroy(o.ok);

    memvid_MemvidMaintenance_check_single_file_result single = memvid_MemvidMaintenance_check_single_file(sv(path));
    CHECK_OK(single);
    char side[4200];
    snprintf(side, sizeof side, "%s-wal", path);
    FILE *fp = fopen(side, "w");
    REQUIRE(fp);
    fclose(fp);
    single = memvid_MemvidMaintenance_check_single_file(sv(path));
    CHECK_ERR(single, MemvidErrorCode_CorruptFile);
    remove(side);

    DiplomatWrite *w = diplomat_buffer_write_create(64);
    char request[4400];
    snprintf(request, sizeof request, "{\"path\":\"%s\",\"deep\":false}", path);
    memvid_MemvidMaintenance_call_json_result j = memvid_MemvidMaintenance_call_json(sv("verify"), sv(request), w);
    char *json = harness_take(w);
    CHECK_OK(j);
    CHECK(contains(json, "\"overall_status\":\"passed\""));
    free(json);
    w = diplomat_buffer_write_create(16);
    j = memvid_MemvidMaintenance_call_json(sv("defrag"), sv("{}"), w);
    free(harness_take(w));
    CHECK_ERR(j, MemvidErrorCode_JsonShape);
}

static void update_correct_payload_and_files(void) {
    MemvidStore *s = create("frames.mv2");
    REQUIRE(s);
    put(s, "WebAssembly runs in browsers.");
    commit(s);
    memvid_MemvidStore_update_text_result u = memvid_MemvidStore_update_text(s, 0, sv("WebAssembly runs in browsers and on servers."), NULL);
    CHECK_OK(u);
    CHECK(u.is_ok && u.ok == 1);
    memvid_MemvidStore_correct_result c = memvid_MemvidStore_correct(s, sv("Correction: WebAssembly runs outside browsers too."), 2.0f, NULL);
    CHECK_OK(c);
    commit(s);
    memvid_MemvidStore_frame_result old = memvid_MemvidStore_frame(s, 0);
    CHECK(old.is_ok && !memvid_MemvidFrame_is_active(old.ok) && memvid_MemvidFrame_superseded_by(old.ok) == 1);
    if (old.is_ok) memvid_MemvidFrame_destroy(old.ok);

    memvid_MemvidStore_ask_result a = memvid_MemvidStore_ask(s, sv("where does WebAssembly run?"), NULL);
    CHECK_OK(a);
    if (a.is_ok) {
        CHECK(memvid_MemvidAnswer_has_answer(a.ok));
        MemvidSearchResults *sources = memvid_MemvidAnswer_sources(a.ok);
        MemvidSearchHit *first = memvid_MemvidSearchResults_get(sources, 0);
        CHECK(first && c.is_ok && memvid_MemvidSearchHit_frame_id(first) == c.ok);
        if (first) memvid_MemvidSearchHit_destroy(first);
        memvid_MemvidSearchResults_destroy(sources);
        memvid_MemvidAnswer_destroy(a.ok);
    }

    /* Bytes come back byte for byte, NULs included. */
    uint8_t raw[600];
    for (size_t i = 0; i < sizeof raw; i++) raw[i] = (uint8_t)(i * 7);
    DiplomatU8View view = {raw, sizeof raw};
    memvid_MemvidStore_put_bytes_result b = memvid_MemvidStore_put_bytes(s, view, NULL);
    CHECK_OK(b);
    commit(s);
    memvid_MemvidStore_frame_payload_result payload = memvid_MemvidStore_frame_payload(s, b.ok);
    CHECK_OK(payload);
    if (payload.is_ok) {
        DiplomatU8View got = memvid_MemvidBytes_bytes(payload.ok);
        CHECK(got.len == sizeof raw && memcmp(got.data, raw, sizeof raw) == 0);
        memvid_MemvidBytes_destroy(payload.ok);
    }
    memvid_MemvidStore_frame_payload_result missing = memvid_MemvidStore_frame_payload(s, 999);
    CHECK_ERR(missing, MemvidErrorCode_FrameNotFound);

    memvid_MemvidStore_put_file_result pf = memvid_MemvidStore_put_file(s, sv(fixture("letter.pdf")), NULL);
    CHECK_OK(pf);
    commit(s);
    memvid_MemvidStore_frame_result fr = memvid_MemvidStore_frame(s, pf.ok);
    CHECK_OK(fr);
    if (fr.is_ok) {
        char *title = WRITTEN(memvid_MemvidFrame_title(fr.ok, W));
        CHECK(strcmp(title, "letter.pdf") == 0);
        free(title);
        memvid_MemvidFrame_destroy(fr.ok);
    }
    memvid_MemvidStore_find_result crane = memvid_MemvidStore_find(s, sv("crane"), NULL);
    CHECK(crane.is_ok && memvid_MemvidSearchResults_len(crane.ok) == 1);
    if (crane.is_ok) memvid_MemvidSearchResults_destroy(crane.ok);
    memvid_MemvidStore_put_file_result absent = memvid_MemvidStore_put_file(s, sv(path_for("absent.txt")), NULL);
    CHECK_ERR(absent, MemvidErrorCode_FileNotFound);
    memvid_MemvidStore_destroy(s);
}

static void timeline_travels_in_time(void) {
    MemvidStore *s = create("time.mv2");
    REQUIRE(s);
    for (int i = 0; i < 3; i++) put(s, "harbour log entry");
    commit(s);
    MemvidTimelineQuery *q = memvid_MemvidTimelineQuery_new();
    memvid_MemvidTimelineQuery_set_as_of_frame(q, 1);
    memvid_MemvidStore_timeline_result t = memvid_MemvidStore_timeline(s, q);
    CHECK_OK(t);
    if (t.is_ok) {
        CHECK(memvid_MemvidTimeline_len(t.ok) == 2);
        memvid_MemvidTimeline_destroy(t.ok);
    }
    memvid_MemvidTimelineQuery_destroy(q);
    memvid_MemvidStore_destroy(s);
}

static void sessions_record_and_persist(void) {
    const char *path = path_for("sessions.mv2");
    MemvidStore *s = create("sessions.mv2");
    REQUIRE(s);
    DiplomatWrite *w = diplomat_buffer_write_create(40);
    memvid_MemvidStore_start_session_result st = memvid_MemvidStore_start_session(s, sv("import"), w);
    char *id = harness_take(w);
    CHECK_OK(st);
    CHECK(strlen(id) == 36);
    put(s, "a recorded note");
    commit(s);
    memvid_MemvidStore_checkpoint_result cp = memvid_MemvidStore_checkpoint(s);
    CHECK(cp.is_ok && cp.ok == 0);
    memvid_MemvidStore_end_session_result end = memvid_MemvidStore_end_session(s);
    CHECK_OK(end);
    if (end.is_ok) {
        CHECK(memvid_MemvidSession_action_count(end.ok) >= 2);
        CHECK(memvid_MemvidSession_checkpoint_count(end.ok) == 1);
        memvid_MemvidSession_destroy(end.ok);
    }
    memvid_MemvidStore_end_session_result again = memvid_MemvidStore_end_session(s);
    CHECK_ERR(again, MemvidErrorCode_InvalidArgument);
    memvid_MemvidStore_destroy(s);

    memvid_MemvidStore_open_result o = memvid_MemvidStore_open(sv(path));
    CHECK_OK(o);
    REQUIRE(o.is_ok);
    memvid_MemvidStore_session_ids_result ids = memvid_MemvidStore_session_ids(o.ok);
    CHECK(ids.is_ok && memvid_MemvidStrings_len(ids.ok) == 1);
    if (ids.is_ok) {
        char *first = WRITTEN(memvid_MemvidStrings_get(ids.ok, 0, W));
        CHECK(strcmp(first, id) == 0);
        free(first);
        memvid_MemvidStrings_destroy(ids.ok);
    }
    memvid_MemvidStore_session_result got = memvid_MemvidStore_session(o.ok, sv(id));
    CHECK_OK(got);
    if (got.is_ok) {
        char *name = WRITTEN(memvid_MemvidSession_name(got.ok, W));
        CHECK(strcmp(name, "import") == 0);
        free(name);
        memvid_MemvidSession_destroy(got.ok);
    }
    char *listed = call(o.ok, "sessions", "");
    CHECK(contains(listed, id));
    free(listed);
    memvid_MemvidStore_delete_session_result del = memvid_MemvidStore_delete_session(o.ok, sv(id));
    CHECK_OK(del);
    memvid_MemvidStore_session_result gone = memvid_MemvidStore_session(o.ok, sv(id));
    CHECK_ERR(gone, MemvidErrorCode_InvalidArgument);
    free(id);
    memvid_MemvidStore_destroy(o.ok);
}

static void memory_cards(void) {
    MemvidStore *s = create("cards.mv2");
    REQUIRE(s);
    put(s, "I work at Acme Robotics.");
    commit(s);
    memvid_MemvidStore_enrich_result e = memvid_MemvidStore_enrich(s);
    CHECK(e.is_ok && e.ok.frames == 1 && e.ok.cards >= 1);
    memvid_MemvidStore_memories_result m = memvid_MemvidStore_memories(s, sv("user"), sv("employer"));
    CHECK_OK(m);
    if (m.is_ok) {
        CHECK(memvid_MemvidMemoryCards_len(m.ok) == 1);
        MemvidMemoryCard *card = memvid_MemvidMemoryCards_get(m.ok, 0);
        REQUIRE(card);
        char *value = WRITTEN(memvid_MemvidMemoryCard_value(card, W));
        CHECK(contains(value, "Acme"));
        CHECK(memvid_MemvidMemoryCard_kind(card) == MemvidMemoryKind_Fact || memvid_MemvidMemoryCard_kind(card) == MemvidMemoryKind_Profile);
        free(value);
        memvid_MemvidMemoryCard_destroy(card);
        memvid_MemvidMemoryCards_destroy(m.ok);
    }
    memvid_MemvidStore_add_memory_card_result add =
        memvid_MemvidStore_add_memory_card(s, MemvidMemoryKind_Preference, sv("user"), sv("drink"), sv("tea"), 0);
    CHECK_OK(add);
    memvid_MemvidStore_entity_state_result state = memvid_MemvidStore_entity_state(s, sv("user"));
    CHECK(state.is_ok && memvid_MemvidMemoryCards_len(state.ok) >= 2);
    if (state.is_ok) memvid_MemvidMemoryCards_destroy(state.ok);
    memvid_MemvidStore_memory_stats_result stats = memvid_MemvidStore_memory_stats(s);
    CHECK(stats.is_ok && stats.ok.card_count >= 2 && stats.ok.enriched_frames == 1);
    char *csv = NULL;
    memvid_MemvidStore_export_facts_result x;
    csv = WRITTEN(x = memvid_MemvidStore_export_facts(s, MemvidFactFormat_Csv, W));
    CHECK(x.is_ok && contains(csv, "user,drink,tea"));
    free(csv);
    memvid_MemvidStore_add_memory_card_result bad = memvid_MemvidStore_add_memory_card(s, MemvidMemoryKind_Fact, sv("user"), sv(""), sv("x"), 0);
    CHECK_ERR(bad, MemvidErrorCode_InvalidArgument);
    memvid_MemvidStore_destroy(s);
}

static void tables_from_a_pdf(void) {
    MemvidStore *s = create("tables.mv2");
    REQUIRE(s);
    memvid_MemvidStore_import_tables_result imported = memvid_MemvidStore_import_tables(s, sv(fixture("stock.pdf")));
    CHECK_OK(imported);
    REQUIRE(imported.is_ok);
    CHECK(memvid_MemvidStrings_len(imported.ok) == 1);
    char *id = WRITTEN(memvid_MemvidStrings_get(imported.ok, 0, W));
    memvid_MemvidStrings_destroy(imported.ok);
    commit(s);
    memvid_MemvidStore_table_result t = memvid_MemvidStore_table(s, sv(id));
    CHECK_OK(t);
    if (t.is_ok) {
        CHECK(memvid_MemvidTable_row_count(t.ok) == 3);
        char *rows = WRITTEN(memvid_MemvidTable_rows_json(t.ok, W));
        CHECK(contains(rows, "\"Nuts\"") && contains(rows, "\"45\""));
        free(rows);
        memvid_MemvidTable_destroy(t.ok);
    }
    free(id);
    memvid_MemvidStore_table_result none = memvid_MemvidStore_table(s, sv("tbl_none"));
    CHECK_ERR(none, MemvidErrorCode_FrameNotFound);
    memvid_MemvidStore_destroy(s);
}

static void encryption_round_trip(void) {
    const char *path = path_for("secret.mv2");
    MemvidStore *s = create("secret.mv2");
    REQUIRE(s);
    put(s, "The vault code is in the blue notebook.");
    memvid_MemvidStore_destroy(s);

    char *capsule = NULL;
    memvid_MemvidEncryption_lock_result l;
    capsule = WRITTEN(l = memvid_MemvidEncryption_lock(sv(path), sv("hunter2"), sv(""), W));
    CHECK_OK(l);
    CHECK(contains(capsule, "secret.mv2e"));
    const char *restored = path_for("restored.mv2");
    memvid_MemvidEncryption_unlock_result wrong;
    free(WRITTEN(wrong = memvid_MemvidEncryption_unlock(sv(capsule), sv("hunter3"), sv(restored), W)));
    CHECK_ERR(wrong, MemvidErrorCode_Encryption);
    CHECK(access(restored, F_OK) != 0);
    memvid_MemvidEncryption_unlock_result ok;
    free(WRITTEN(ok = memvid_MemvidEncryption_unlock(sv(capsule), sv("hunter2"), sv(restored), W)));
    CHECK_OK(ok);
    memvid_MemvidStore_open_result o = memvid_MemvidStore_open(sv(restored));
    CHECK_OK(o);
    if (o.is_ok) {
        memvid_MemvidStore_find_result f = memvid_MemvidStore_find(o.ok, sv("notebook"), NULL);
        CHECK(f.is_ok && memvid_MemvidSearchResults_len(f.ok) == 1);
        if (f.is_ok) memvid_MemvidSearchResults_destroy(f.ok);
        memvid_MemvidStore_destroy(o.ok);
    }
    free(capsule);
}

static void ask_context_only(void) {
    MemvidStore *s = create("ask.mv2");
    REQUIRE(s);
    put(s, "The ferry leaves the harbour at seven.");
    put(s, "Tomatoes need sunlight.");
    commit(s);
    MemvidAskOptions *o = memvid_MemvidAskOptions_new();
    memvid_MemvidAskOptions_set_context_only(o, true);
    memvid_MemvidStore_ask_result a = memvid_MemvidStore_ask(s, sv("when does the ferry leave?"), o);
    CHECK_OK(a);
    if (a.is_ok) {
        CHECK(!memvid_MemvidAnswer_has_answer(a.ok));
        char *context = WRITTEN(memvid_MemvidAnswer_context(a.ok, W));
        CHECK(contains(context, "ferry"));
        free(context);
        MemvidSearchResults *sources = memvid_MemvidAnswer_sources(a.ok);
        CHECK(memvid_MemvidSearchResults_len(sources) >= 1);
        memvid_MemvidSearchResults_destroy(sources);
        memvid_MemvidAnswer_destroy(a.ok);
    }
    memvid_MemvidAskOptions_destroy(o);
    char *json = call(s, "ask", "{\"question\":\"ferry\",\"context_only\":true}");
    CHECK(contains(json, "\"context_only\":true"));
    free(json);
    memvid_MemvidStore_destroy(s);
}

static void capacity_and_tickets(void) {
    MemvidStore *s = create("ticket.mv2");
    REQUIRE(s);
    memvid_MemvidStore_ticket_result t = memvid_MemvidStore_ticket(s);
    CHECK(t.is_ok && t.ok.seq_no == 1 && !t.ok.verified);
    memvid_MemvidStore_capacity_result c = memvid_MemvidStore_capacity(s);
    CHECK(c.is_ok && c.ok == 50u * 1024 * 1024);
    memvid_MemvidStore_apply_ticket_result a = memvid_MemvidStore_apply_ticket(s, sv("self-hosted"), 2, 100u * 1024 * 1024, 0);
    CHECK_OK(a);
    c = memvid_MemvidStore_capacity(s);
    CHECK(c.is_ok && c.ok == 100u * 1024 * 1024);
    memvid_MemvidStore_apply_ticket_result replay = memvid_MemvidStore_apply_ticket(s, sv("self-hosted"), 2, 0, 0);
    CHECK_ERR(replay, MemvidErrorCode_TicketReplay);
    char *issuer = NULL;
    memvid_MemvidStore_ticket_issuer_result i;
    issuer = WRITTEN(i = memvid_MemvidStore_ticket_issuer(s, W));
    CHECK(i.is_ok && strcmp(issuer, "self-hosted") == 0);
    free(issuer);
    memvid_MemvidStore_destroy(s);
}

/* Markdown with headings, a table and a code block, long enough to be chunked: memvid-core's
 * structural chunker leaked every heading of such a document (memcheck and ASan run this). */
static void chunked_markdown_with_headings(void) {
    size_t cap = 64 * 1024, len = 0;
    char *doc = malloc(cap);
    REQUIRE(doc != NULL);
    for (int section = 0; section < 12; section++) {
        len += (size_t)snprintf(doc + len, cap - len,
            "# Section %d mdheading%d\n\nThis paragraph explains part %d of the guide in plain words, "
            "long enough that the chunker has to split the document between its sections.\n\n"
            "## Details %d\n\n| key | value |\n|---|---|\n| alpha | %d |\n| beta | %d |\n\n"
            "```c\nint section_%d(void) { return %d; }\n```\n\n",
            section, section, section, section, section, section * 2, section, section);
    }
    MemvidStore *s = create("markdown.mv2");
    REQUIRE(s != NULL);
    uint64_t id = put(s, doc);
    commit(s);
    memvid_MemvidStore_find_result r = memvid_MemvidStore_find(s, sv("mdheading7"), NULL);
    CHECK_OK(r);
    if (r.is_ok) {
        CHECK(memvid_MemvidSearchResults_len(r.ok) >= 1);
        memvid_MemvidSearchResults_destroy(r.ok);
    }
    char *text = WRITTEN(memvid_MemvidStore_frame_text(s, id, W));
    CHECK(contains(text, "mdheading11"));
    free(text);
    memvid_MemvidStore_destroy(s);
    free(doc);
}

int main(int argc, char **argv) {
    if (argc != 2 && argc != 3) {
        fprintf(stderr, "usage: %s <empty scratch dir> [test name]\n", argv[0]);
        return 2;
    }
    scratch = argv[1];
    static const harness_test tests[] = {
        {"verify_doctor_and_lock_holder", verify_doctor_and_lock_holder},
        {"update_correct_payload_and_files", update_correct_payload_and_files},
        {"timeline_travels_in_time", timeline_travels_in_time},
        {"sessions_record_and_persist", sessions_record_and_persist},
        {"memory_cards", memory_cards},
        {"tables_from_a_pdf", tables_from_a_pdf},
        {"encryption_round_trip", encryption_round_trip},
        {"ask_context_only", ask_context_only},
        {"capacity_and_tickets", capacity_and_tickets},
        {"chunked_markdown_with_headings", chunked_markdown_with_headings},
    };
    return harness_main("c-features", tests, sizeof tests / sizeof tests[0], argc == 3 ? argv[2] : NULL);
}

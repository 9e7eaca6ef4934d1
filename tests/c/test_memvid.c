/* The C suite: every function of the C API and its error paths, against the real library.
 * Usage: test_memvid <scratch-dir>   (the directory must exist and be empty) */
#define _POSIX_C_SOURCE 200809L /* setenv */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "MemvidFindOptions.h"
#include "MemvidFrame.h"
#include "MemvidFrameIdIter.h"
#include "MemvidFrameIds.h"
#include "MemvidPutBatch.h"
#include "MemvidPutOptions.h"
#include "MemvidSearchHit.h"
#include "MemvidSearchHitIter.h"
#include "MemvidSearchResults.h"
#include "MemvidStore.h"
#include "MemvidTimeline.h"
#include "MemvidTimelineEntry.h"
#include "MemvidTimelineIter.h"
#include "MemvidTimelineQuery.h"
#include "MemvidVersion.h"
#include "harness.h"

static const char *scratch;

/* A fresh path inside the scratch directory (static buffer: use before the next call). */
static const char *path_for(const char *name) {
    static char buf[4096];
    snprintf(buf, sizeof buf, "%s/%s", scratch, name);
    return buf;
}

static const char *DOCS[3][2] = {
    {"Rust", "Rust is a systems programming language focused on safety and speed."},
    {"WebAssembly", "WebAssembly runs compiled code inside browsers and Node.js."},
    {"Gardening", "Tomatoes need sunlight, water and patience to ripen in summer."},
};

static MemvidPutOptions *titled(const char *title, const char *uri) {
    MemvidPutOptions *o = memvid_MemvidPutOptions_new();
    memvid_MemvidPutOptions_set_title_result t = memvid_MemvidPutOptions_set_title(o, sv(title));
    CHECK_OK(t);
    memvid_MemvidPutOptions_set_uri_result u = memvid_MemvidPutOptions_set_uri(o, sv(uri));
    CHECK_OK(u);
    return o;
}

/* Creates `name` with the three DOCS committed as frames 0..2 (with embeddings when asked). */
static MemvidStore *store_with_docs(const char *name, int with_vectors) {
    memvid_MemvidStore_create_result c = memvid_MemvidStore_create(sv(path_for(name)));
    if (!c.is_ok) {
        CHECK_OK(c);
        return NULL;
    }
    for (int i = 0; i < 3; i++) {
        char uri[64];
        snprintf(uri, sizeof uri, "mv2://docs/%d", i);
        MemvidPutOptions *o = titled(DOCS[i][0], uri);
        float v[4] = {0.05f, 0.05f, 0.05f, 0.05f};
        v[i] = 1.0f;
        if (with_vectors) {
            memvid_MemvidStore_put_text_with_embedding_result p =
                memvid_MemvidStore_put_text_with_embedding(c.ok, sv(DOCS[i][1]), f32v(v, 4), o);
            CHECK_OK(p);
            CHECK(p.is_ok && p.ok == (uint64_t)i);
        } else {
            memvid_MemvidStore_put_text_result p = memvid_MemvidStore_put_text(c.ok, sv(DOCS[i][1]), o);
            CHECK_OK(p);
            CHECK(p.is_ok && p.ok == (uint64_t)i);
        }
        memvid_MemvidPutOptions_destroy(o);
    }
    memvid_MemvidStore_commit_result m = memvid_MemvidStore_commit(c.ok);
    CHECK_OK(m);
    return c.ok;
}

static void version_reports_binding_and_core(void) {
    char *core = WRITTEN(memvid_MemvidVersion_core(W));
    char *binding = WRITTEN(memvid_MemvidVersion_binding(W));
    char *all = WRITTEN(memvid_MemvidVersion_describe(W));
    CHECK(strcmp(core, "2.0.140") == 0);
    CHECK(strlen(binding) > 0);
    CHECK(strstr(all, "memvid-core 2.0.140") != NULL);
    free(core);
    free(binding);
    free(all);
}

static void round_trip_across_close_and_reopen(void) {
    MemvidStore *s = store_with_docs("round.mv2", 0);
    REQUIRE(s);
    char *path = WRITTEN(memvid_MemvidStore_path(s, W));
    CHECK(strcmp(path, path_for("round.mv2")) == 0);
    free(path);
    memvid_MemvidStore_close_result closed = memvid_MemvidStore_close(s);
    CHECK_OK(closed);
    CHECK(memvid_MemvidStore_is_closed(s));
    memvid_MemvidStore_destroy(s);

    memvid_MemvidStore_open_result o = memvid_MemvidStore_open(sv(path_for("round.mv2")));
    REQUIRE(o.is_ok);
    memvid_MemvidStore_stats_result st = memvid_MemvidStore_stats(o.ok);
    CHECK(st.is_ok && st.ok.frame_count == 3 && st.ok.active_frame_count == 3 && st.ok.has_lex_index);
    CHECK(st.is_ok && st.ok.capacity_bytes > st.ok.size_bytes);

    memvid_MemvidStore_frame_result f = memvid_MemvidStore_frame(o.ok, 1);
    REQUIRE(f.is_ok);
    char *title = WRITTEN(memvid_MemvidFrame_title(f.ok, W));
    char *uri = WRITTEN(memvid_MemvidFrame_uri(f.ok, W));
    CHECK(strcmp(title, "WebAssembly") == 0);
    CHECK(strcmp(uri, "mv2://docs/1") == 0);
    CHECK(memvid_MemvidFrame_id(f.ok) == 1 && memvid_MemvidFrame_is_active(f.ok));
    CHECK(memvid_MemvidFrame_timestamp(f.ok) > 0);
    memvid_MemvidFrame_to_json_result fj;
    char *json = WRITTEN(fj = memvid_MemvidFrame_to_json(f.ok, W));
    CHECK(fj.is_ok && strstr(json, "\"title\":\"WebAssembly\"") != NULL);
    free(title);
    free(uri);
    free(json);
    memvid_MemvidFrame_destroy(f.ok);

    memvid_MemvidStore_frame_text_result tr;
    char *text = WRITTEN(tr = memvid_MemvidStore_frame_text(o.ok, 2, W));
    CHECK(tr.is_ok && strcmp(text, DOCS[2][1]) == 0);
    free(text);
    memvid_MemvidStore_frame_text_by_uri_result tu;
    text = WRITTEN(tu = memvid_MemvidStore_frame_text_by_uri(o.ok, sv("mv2://docs/0"), W));
    CHECK(tu.is_ok && strcmp(text, DOCS[0][1]) == 0);
    free(text);
    memvid_MemvidStore_frame_by_uri_result fu = memvid_MemvidStore_frame_by_uri(o.ok, sv("mv2://docs/2"));
    CHECK(fu.is_ok && memvid_MemvidFrame_id(fu.ok) == 2);
    if (fu.is_ok) memvid_MemvidFrame_destroy(fu.ok);
    memvid_MemvidStore_destroy(o.ok); /* destroy without close: closes */
}

static void lexical_find_returns_the_right_frame(void) {
    MemvidStore *s = store_with_docs("lex.mv2", 0);
    REQUIRE(s);
    memvid_MemvidStore_find_result r = memvid_MemvidStore_find(s, sv("tomatoes sunlight"), NULL);
    REQUIRE(r.is_ok);
    CHECK(memvid_MemvidSearchResults_len(r.ok) == 1);
    CHECK(memvid_MemvidSearchResults_total_hits(r.ok) == 1);
    CHECK(!memvid_MemvidSearchResults_is_empty(r.ok));
    MemvidSearchHit *hit = memvid_MemvidSearchResults_get(r.ok, 0);
    REQUIRE(hit);
    CHECK(memvid_MemvidSearchHit_frame_id(hit) == 2);
    CHECK(memvid_MemvidSearchHit_rank(hit) == 1);
    CHECK(memvid_MemvidSearchHit_score(hit) > 0.0f);
    char *title = WRITTEN(memvid_MemvidSearchHit_title(hit, W));
    char *uri = WRITTEN(memvid_MemvidSearchHit_uri(hit, W));
    char *snippet = WRITTEN(memvid_MemvidSearchHit_text(hit, W));
    CHECK(strcmp(title, "Gardening") == 0);
    CHECK(strcmp(uri, "mv2://docs/2") == 0);
    CHECK(strstr(snippet, "Tomatoes") != NULL);
    memvid_MemvidSearchHit_to_json_result hj;
    char *hjson = WRITTEN(hj = memvid_MemvidSearchHit_to_json(hit, W));
    CHECK(hj.is_ok && strstr(hjson, "\"frame_id\":2") != NULL);
    memvid_MemvidSearchResults_to_json_result rj;
    char *rjson = WRITTEN(rj = memvid_MemvidSearchResults_to_json(r.ok, W));
    CHECK(rj.is_ok && strstr(rjson, "\"hits\"") != NULL);
    free(title);
    free(uri);
    free(snippet);
    free(hjson);
    free(rjson);
    memvid_MemvidSearchHit_destroy(hit);
    CHECK(memvid_MemvidSearchResults_get(r.ok, 1) == NULL);

    /* The iterator yields the same hits; it borrows the results. */
    MemvidSearchHitIter *it = memvid_MemvidSearchResults_iter(r.ok);
    int n = 0;
    for (MemvidSearchHit *h; (h = memvid_MemvidSearchHitIter_next(it)) != NULL; n++) {
        CHECK(memvid_MemvidSearchHit_frame_id(h) == 2);
        memvid_MemvidSearchHit_destroy(h);
    }
    CHECK(n == 1);
    memvid_MemvidSearchHitIter_destroy(it);
    memvid_MemvidSearchResults_destroy(r.ok);

    MemvidFindOptions *fo = memvid_MemvidFindOptions_new();
    memvid_MemvidFindOptions_set_snippet_chars(fo, 40);
    memvid_MemvidFindOptions_set_as_of_frame(fo, 10);
    memvid_MemvidFindOptions_set_as_of_ts(fo, INT64_MAX);
    memvid_MemvidFindOptions_set_scope_result sc = memvid_MemvidFindOptions_set_scope(fo, sv("mv2://docs/"));
    CHECK_OK(sc);
    memvid_MemvidFindOptions_set_uri_result su = memvid_MemvidFindOptions_set_uri(fo, sv("mv2://docs/0"));
    CHECK_OK(su);
    r = memvid_MemvidStore_find(s, sv("tomatoes"), fo);
    CHECK(r.is_ok && memvid_MemvidSearchResults_len(r.ok) == 0); /* uri filter excludes frame 2 */
    if (r.is_ok) memvid_MemvidSearchResults_destroy(r.ok);
    r = memvid_MemvidStore_find(s, sv("rust"), fo);
    CHECK(r.is_ok && memvid_MemvidSearchResults_len(r.ok) == 1);
    if (r.is_ok) memvid_MemvidSearchResults_destroy(r.ok);
    memvid_MemvidFindOptions_destroy(fo);
    memvid_MemvidStore_destroy(s);
}

/* The frame ids of a find's hits as a bit set (frames 0..31), or -1 if the find failed. */
static long frames_found(MemvidStore *s, const char *query, const MemvidFindOptions *fo) {
    memvid_MemvidStore_find_result r = memvid_MemvidStore_find(s, sv(query), fo);
    if (!r.is_ok) {
        CHECK_OK(r);
        return -1;
    }
    long bits = 0;
    for (size_t i = 0; i < memvid_MemvidSearchResults_len(r.ok); i++) {
        MemvidSearchHit *h = memvid_MemvidSearchResults_get(r.ok, i);
        uint64_t id = memvid_MemvidSearchHit_frame_id(h);
        CHECK(id < 32);
        if (id < 32) bits |= 1L << id;
        memvid_MemvidSearchHit_destroy(h);
    }
    memvid_MemvidSearchResults_destroy(r.ok);
    return bits;
}

static void query_syntax_plain_by_default_operators_on_request(void) {
    MemvidStore *s = store_with_docs("syntax.mv2", 0);
    REQUIRE(s);
    /* Plain (the default): "and" and "OR" are words like any other. */
    CHECK(frames_found(s, "safety and speed", NULL) == 1L << 0);
    CHECK(frames_found(s, "rust OR tomatoes", NULL) == 0);
    MemvidFindOptions *fo = memvid_MemvidFindOptions_new();
    memvid_MemvidFindOptions_set_syntax(fo, MemvidQuerySyntax_Plain);
    CHECK(frames_found(s, "rust OR tomatoes", fo) == 0);
    /* Operators: OR is a disjunction, and a lone "and" is malformed. */
    memvid_MemvidFindOptions_set_syntax(fo, MemvidQuerySyntax_Operators);
    CHECK(frames_found(s, "rust OR tomatoes", fo) == ((1L << 0) | (1L << 2)));
    memvid_MemvidStore_find_result r = memvid_MemvidStore_find(s, sv("and"), fo);
    CHECK_ERR(r, MemvidErrorCode_InvalidQuery);
    if (r.is_ok) memvid_MemvidSearchResults_destroy(r.ok);
    memvid_MemvidFindOptions_destroy(fo);
    memvid_MemvidStore_destroy(s);
}

static void vector_and_hybrid_find(void) {
    MemvidStore *s = store_with_docs("vec.mv2", 1);
    REQUIRE(s);
    float q1[4] = {0.05f, 1.0f, 0.05f, 0.05f};
    memvid_MemvidStore_vec_search_result v = memvid_MemvidStore_vec_search(s, f32v(q1, 4), 2);
    REQUIRE(v.is_ok);
    CHECK(memvid_MemvidSearchResults_len(v.ok) == 2);
    MemvidSearchHit *best = memvid_MemvidSearchResults_get(v.ok, 0);
    CHECK(best && memvid_MemvidSearchHit_frame_id(best) == 1);
    if (best) memvid_MemvidSearchHit_destroy(best);
    memvid_MemvidSearchResults_destroy(v.ok);

    MemvidFindOptions *fo = memvid_MemvidFindOptions_new();
    memvid_MemvidFindOptions_set_mode(fo, MemvidFindMode_Vec);
    memvid_MemvidFindOptions_set_k_result k = memvid_MemvidFindOptions_set_k(fo, 1);
    CHECK_OK(k);
    memvid_MemvidFindOptions_set_query_embedding_result e = memvid_MemvidFindOptions_set_query_embedding(fo, f32v(q1, 4));
    CHECK_OK(e);
    memvid_MemvidStore_find_result r = memvid_MemvidStore_find(s, sv(""), fo);
    REQUIRE(r.is_ok);
    CHECK(memvid_MemvidSearchResults_len(r.ok) == 1);
    memvid_MemvidSearchResults_destroy(r.ok);

    /* Hybrid: "rust" matches frame 0 lexically, the vector points at frame 1: both come back. */
    memvid_MemvidFindOptions_set_mode(fo, MemvidFindMode_Hybrid);
    k = memvid_MemvidFindOptions_set_k(fo, 5);
    CHECK_OK(k);
    r = memvid_MemvidStore_find(s, sv("rust"), fo);
    REQUIRE(r.is_ok);
    int seen0 = 0, seen1 = 0;
    for (size_t i = 0; i < memvid_MemvidSearchResults_len(r.ok); i++) {
        MemvidSearchHit *h = memvid_MemvidSearchResults_get(r.ok, i);
        seen0 |= memvid_MemvidSearchHit_frame_id(h) == 0;
        seen1 |= memvid_MemvidSearchHit_frame_id(h) == 1;
        memvid_MemvidSearchHit_destroy(h);
    }
    CHECK(seen0 && seen1);
    memvid_MemvidSearchResults_destroy(r.ok);
    memvid_MemvidFindOptions_destroy(fo);

    memvid_MemvidStore_state_result st = memvid_MemvidStore_state(s);
    CHECK(st.is_ok && st.ok.vec_dimension == 4 && st.ok.committed_frames == 3 && st.ok.pending_frames == 0);
    memvid_MemvidStore_destroy(s);
}

static void vector_errors_have_codes(void) {
    MemvidStore *s = store_with_docs("vecerr.mv2", 1);
    REQUIRE(s);
    float two[2] = {1.0f, 0.0f};
    float nan4[4] = {0.0f, 0.0f, 0.0f, 0.0f};
    nan4[2] = nan4[2] / nan4[2];
    float ok4[4] = {1.0f, 0.0f, 0.0f, 0.0f};
    memvid_MemvidStore_vec_search_result v = memvid_MemvidStore_vec_search(s, f32v(two, 2), 3);
    CHECK_ERR(v, MemvidErrorCode_VecDimensionMismatch);
    v = memvid_MemvidStore_vec_search(s, f32v(nan4, 4), 3);
    CHECK_ERR(v, MemvidErrorCode_InvalidArgument);
    v = memvid_MemvidStore_vec_search(s, f32v(NULL, 0), 3);
    CHECK_ERR(v, MemvidErrorCode_InvalidArgument);
    v = memvid_MemvidStore_vec_search(s, f32v(ok4, 4), 0);
    CHECK_ERR(v, MemvidErrorCode_InvalidArgument);
    memvid_MemvidStore_put_text_with_embedding_result p =
        memvid_MemvidStore_put_text_with_embedding(s, sv("wrong dimension"), f32v(two, 2), NULL);
    CHECK_ERR(p, MemvidErrorCode_VecDimensionMismatch);

    MemvidFindOptions *fo = memvid_MemvidFindOptions_new();
    memvid_MemvidFindOptions_set_mode(fo, MemvidFindMode_Vec);
    memvid_MemvidStore_find_result r = memvid_MemvidStore_find(s, sv("rust"), fo); /* no embedding */
    CHECK_ERR(r, MemvidErrorCode_InvalidArgument);
    memvid_MemvidFindOptions_set_k_result k = memvid_MemvidFindOptions_set_k(fo, 0);
    CHECK_ERR(k, MemvidErrorCode_InvalidArgument);
    memvid_MemvidFindOptions_destroy(fo);
    memvid_MemvidStore_destroy(s);

    MemvidStore *plain = store_with_docs("novec.mv2", 0);
    REQUIRE(plain);
    v = memvid_MemvidStore_vec_search(plain, f32v(ok4, 4), 3);
    CHECK_ERR(v, MemvidErrorCode_VecIndexNotEnabled);
    memvid_MemvidStore_destroy(plain);
}

static void open_and_create_errors_have_codes(void) {
    memvid_MemvidStore_open_result o = memvid_MemvidStore_open(sv(path_for("missing.mv2")));
    CHECK_ERR(o, MemvidErrorCode_FileNotFound);
    memvid_MemvidStore_open_read_only_result ro = memvid_MemvidStore_open_read_only(sv(path_for("missing.mv2")));
    CHECK_ERR(ro, MemvidErrorCode_FileNotFound);

    FILE *f = fopen(path_for("junk.mv2"), "wb");
    REQUIRE(f);
    for (int i = 0; i < 8192; i++) fputc('j', f);
    fclose(f);
    o = memvid_MemvidStore_open(sv(path_for("junk.mv2")));
    CHECK_ERR(o, MemvidErrorCode_CorruptFile);

    memvid_MemvidStore_create_result c = memvid_MemvidStore_create(sv(path_for("junk.mv2")));
    CHECK_ERR(c, MemvidErrorCode_AlreadyExists);
    c = memvid_MemvidStore_create(sv(path_for("no/such/dir/x.mv2")));
    CHECK_ERR(c, MemvidErrorCode_FileNotFound);
    DiplomatStringView bad = {"bad\xff.mv2", 8};
    c = memvid_MemvidStore_create(bad);
    CHECK_ERR(c, MemvidErrorCode_InvalidUtf8);
    c = memvid_MemvidStore_create(sv(""));
    CHECK_ERR(c, MemvidErrorCode_InvalidArgument);
}

static void bad_input_is_refused(void) {
    MemvidStore *s = store_with_docs("bad.mv2", 0);
    REQUIRE(s);
    DiplomatStringView bad_text = {"caf\xc3", 4};
    memvid_MemvidStore_put_text_result p = memvid_MemvidStore_put_text(s, bad_text, NULL);
    CHECK_ERR(p, MemvidErrorCode_InvalidUtf8);
    p = memvid_MemvidStore_put_text(s, sv(""), NULL);
    CHECK_ERR(p, MemvidErrorCode_InvalidArgument);
    DiplomatU8View no_bytes = {NULL, 0};
    memvid_MemvidStore_put_bytes_result pb = memvid_MemvidStore_put_bytes(s, no_bytes, NULL);
    CHECK_ERR(pb, MemvidErrorCode_InvalidArgument);
    memvid_MemvidStore_find_result r = memvid_MemvidStore_find(s, sv(""), NULL);
    CHECK_ERR(r, MemvidErrorCode_InvalidQuery);
    r = memvid_MemvidStore_find(s, bad_text, NULL);
    CHECK_ERR(r, MemvidErrorCode_InvalidUtf8);

    MemvidPutOptions *o = memvid_MemvidPutOptions_new();
    memvid_MemvidPutOptions_set_title_result t = memvid_MemvidPutOptions_set_title(o, bad_text);
    CHECK_ERR(t, MemvidErrorCode_InvalidUtf8);
    memvid_MemvidPutOptions_destroy(o);

    memvid_MemvidStore_frame_result fr = memvid_MemvidStore_frame(s, 99);
    CHECK_ERR(fr, MemvidErrorCode_FrameNotFound);
    memvid_MemvidStore_frame_by_uri_result fu = memvid_MemvidStore_frame_by_uri(s, sv("mv2://nowhere"));
    CHECK_ERR(fu, MemvidErrorCode_FrameNotFound);
    memvid_MemvidStore_frame_text_result ft;
    free(WRITTEN(ft = memvid_MemvidStore_frame_text(s, 99, W)));
    CHECK_ERR(ft, MemvidErrorCode_FrameNotFound);

    memvid_MemvidStore_state_result st = memvid_MemvidStore_state(s);
    CHECK(st.is_ok && st.ok.pending_frames == 0); /* nothing refused was written */

    DiplomatU8View raw = {(const uint8_t *)"\x00\x01binary\xff", 9};
    pb = memvid_MemvidStore_put_bytes(s, raw, NULL);
    CHECK(pb.is_ok && pb.ok == 3);
    memvid_MemvidStore_destroy(s);
}

static void json_api_and_its_errors(void) {
    MemvidStore *s = store_with_docs("json.mv2", 0);
    REQUIRE(s);
    memvid_MemvidStore_search_json_result sj;
    char *resp = WRITTEN(sj = memvid_MemvidStore_search_json(
                             s, sv("{\"query\":\"webassembly\",\"top_k\":3,\"snippet_chars\":80}"), W));
    CHECK(sj.is_ok && strstr(resp, "\"frame_id\":1") != NULL);
    free(resp);
    free(WRITTEN(sj = memvid_MemvidStore_search_json(s, sv("{\"query\":"), W)));
    CHECK_ERR(sj, MemvidErrorCode_JsonSyntax);
    free(WRITTEN(sj = memvid_MemvidStore_search_json(s, sv("{\"query\":\"x\"}"), W)));
    CHECK_ERR(sj, MemvidErrorCode_JsonShape);

    memvid_MemvidStore_timeline_json_result tj;
    char *tl = WRITTEN(tj = memvid_MemvidStore_timeline_json(
                           s, sv("{\"limit\":2,\"since\":null,\"until\":null,\"reverse\":true}"), W));
    CHECK(tj.is_ok && tl[0] == '[' && strstr(tl, "\"frame_id\":2") != NULL);
    free(tl);
    memvid_MemvidStore_stats_json_result stj;
    char *stats = WRITTEN(stj = memvid_MemvidStore_stats_json(s, W));
    CHECK(stj.is_ok && strstr(stats, "\"frame_count\":3") != NULL);
    free(stats);

    memvid_MemvidPutOptions_from_json_result pj =
        memvid_MemvidPutOptions_from_json(sv("{\"title\":\"From JSON\",\"uri\":\"mv2://json/1\",\"tags\":[\"a\"]}"));
    REQUIRE(pj.is_ok);
    memvid_MemvidPutOptions_to_json_result pjj;
    char *back = WRITTEN(pjj = memvid_MemvidPutOptions_to_json(pj.ok, W));
    CHECK(pjj.is_ok && strstr(back, "\"title\":\"From JSON\"") != NULL);
    free(back);
    memvid_MemvidStore_put_text_result p = memvid_MemvidStore_put_text(s, sv("configured through JSON"), pj.ok);
    CHECK_OK(p);
    memvid_MemvidPutOptions_destroy(pj.ok);
    pj = memvid_MemvidPutOptions_from_json(sv("{\"tags\":\"not a list\"}"));
    CHECK_ERR(pj, MemvidErrorCode_JsonShape);
    pj = memvid_MemvidPutOptions_from_json(sv("{"));
    CHECK_ERR(pj, MemvidErrorCode_JsonSyntax);
    memvid_MemvidStore_destroy(s);
}

static void closed_and_read_only_handles_refuse(void) {
    MemvidStore *s = store_with_docs("states.mv2", 0);
    REQUIRE(s);
    memvid_MemvidStore_close_result c = memvid_MemvidStore_close(s);
    CHECK_OK(c);
    c = memvid_MemvidStore_close(s);
    CHECK_OK(c); /* closing twice is fine */
    memvid_MemvidStore_put_text_result p = memvid_MemvidStore_put_text(s, sv("late"), NULL);
    CHECK_ERR(p, MemvidErrorCode_HandleClosed);
    memvid_MemvidStore_find_result r = memvid_MemvidStore_find(s, sv("rust"), NULL);
    CHECK_ERR(r, MemvidErrorCode_HandleClosed);
    memvid_MemvidStore_stats_result st = memvid_MemvidStore_stats(s);
    CHECK_ERR(st, MemvidErrorCode_HandleClosed);
    memvid_MemvidStore_destroy(s);

    /* Read-only: reads work, writes are refused, the bytes on disk do not change. */
    FILE *f = fopen(path_for("states.mv2"), "rb");
    REQUIRE(f);
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    rewind(f);
    unsigned char *before = malloc((size_t)size);
    CHECK(fread(before, 1, (size_t)size, f) == (size_t)size);
    fclose(f);

    memvid_MemvidStore_open_read_only_result ro = memvid_MemvidStore_open_read_only(sv(path_for("states.mv2")));
    REQUIRE(ro.is_ok);
    CHECK(memvid_MemvidStore_is_read_only(ro.ok));
    CHECK(!memvid_MemvidStore_is_poisoned(ro.ok));
    p = memvid_MemvidStore_put_text(ro.ok, sv("nope"), NULL);
    CHECK_ERR(p, MemvidErrorCode_ReadOnly);
    memvid_MemvidStore_commit_result m = memvid_MemvidStore_commit(ro.ok);
    CHECK_ERR(m, MemvidErrorCode_ReadOnly);
    memvid_MemvidStore_delete_frame_result d = memvid_MemvidStore_delete_frame(ro.ok, 0);
    CHECK_ERR(d, MemvidErrorCode_ReadOnly);
    r = memvid_MemvidStore_find(ro.ok, sv("rust"), NULL);
    CHECK(r.is_ok && memvid_MemvidSearchResults_len(r.ok) == 1);
    if (r.is_ok) memvid_MemvidSearchResults_destroy(r.ok);
    memvid_MemvidStore_destroy(ro.ok);

    f = fopen(path_for("states.mv2"), "rb");
    REQUIRE(f);
    unsigned char *after = malloc((size_t)size + 1);
    size_t got = fread(after, 1, (size_t)size + 1, f);
    fclose(f);
    CHECK(got == (size_t)size && memcmp(before, after, (size_t)size) == 0);
    free(before);
    free(after);
}

static void second_writer_is_locked_out(void) {
    MemvidStore *first = store_with_docs("locked.mv2", 0);
    REQUIRE(first);
    memvid_MemvidStore_open_result o = memvid_MemvidStore_open(sv(path_for("locked.mv2")));
    CHECK_ERR(o, MemvidErrorCode_Locked);
    memvid_MemvidStore_destroy(first);
    o = memvid_MemvidStore_open(sv(path_for("locked.mv2")));
    CHECK(o.is_ok);
    if (o.is_ok) memvid_MemvidStore_destroy(o.ok);
}

static void timeline_and_delete(void) {
    memvid_MemvidStore_create_result c = memvid_MemvidStore_create(sv(path_for("timeline.mv2")));
    REQUIRE(c.is_ok);
    for (int i = 0; i < 3; i++) {
        MemvidPutOptions *o = memvid_MemvidPutOptions_new();
        memvid_MemvidPutOptions_set_timestamp(o, 100 * (i + 1));
        char text[64];
        snprintf(text, sizeof text, "timeline entry number %d", i);
        memvid_MemvidStore_put_text_result p = memvid_MemvidStore_put_text(c.ok, sv(text), o);
        CHECK_OK(p);
        memvid_MemvidPutOptions_destroy(o);
    }
    memvid_MemvidStore_commit_result m = memvid_MemvidStore_commit(c.ok);
    CHECK_OK(m);

    MemvidTimelineQuery *q = memvid_MemvidTimelineQuery_new();
    memvid_MemvidTimelineQuery_set_reverse(q, true);
    memvid_MemvidTimelineQuery_set_limit_result l = memvid_MemvidTimelineQuery_set_limit(q, 2);
    CHECK_OK(l);
    memvid_MemvidStore_timeline_result t = memvid_MemvidStore_timeline(c.ok, q);
    REQUIRE(t.is_ok);
    CHECK(memvid_MemvidTimeline_len(t.ok) == 2);
    MemvidTimelineIter *it = memvid_MemvidTimeline_iter(t.ok);
    uint64_t expect = 2;
    for (MemvidTimelineEntry *e; (e = memvid_MemvidTimelineIter_next(it)) != NULL; expect--) {
        CHECK(memvid_MemvidTimelineEntry_frame_id(e) == expect);
        CHECK(memvid_MemvidTimelineEntry_timestamp(e) == (int64_t)(100 * (expect + 1)));
        char *preview = WRITTEN(memvid_MemvidTimelineEntry_preview(e, W));
        char *uri = WRITTEN(memvid_MemvidTimelineEntry_uri(e, W));
        CHECK(strstr(preview, "timeline entry") != NULL);
        free(preview);
        free(uri);
        memvid_MemvidTimelineEntry_destroy(e);
    }
    CHECK(expect == 0);
    memvid_MemvidTimelineIter_destroy(it);
    memvid_MemvidTimeline_to_json_result tj;
    char *json = WRITTEN(tj = memvid_MemvidTimeline_to_json(t.ok, W));
    CHECK(tj.is_ok && json[0] == '[');
    free(json);
    memvid_MemvidTimeline_destroy(t.ok);
    l = memvid_MemvidTimelineQuery_set_limit(q, 0);
    CHECK_ERR(l, MemvidErrorCode_InvalidArgument);
    memvid_MemvidTimelineQuery_destroy(q);

    memvid_MemvidTimelineQuery_from_json_result qj =
        memvid_MemvidTimelineQuery_from_json(sv("{\"limit\":1,\"since\":null,\"until\":null,\"reverse\":false}"));
    REQUIRE(qj.is_ok);
    t = memvid_MemvidStore_timeline(c.ok, qj.ok);
    REQUIRE(t.is_ok);
    CHECK(memvid_MemvidTimeline_len(t.ok) == 1);
    MemvidTimelineEntry *first = memvid_MemvidTimeline_get(t.ok, 0);
    CHECK(first && memvid_MemvidTimelineEntry_frame_id(first) == 0);
    if (first) memvid_MemvidTimelineEntry_destroy(first);
    CHECK(memvid_MemvidTimeline_get(t.ok, 1) == NULL);
    memvid_MemvidTimeline_destroy(t.ok);
    memvid_MemvidTimelineQuery_destroy(qj.ok);
    qj = memvid_MemvidTimelineQuery_from_json(sv("{\"limit\":0}"));
    CHECK_ERR(qj, MemvidErrorCode_JsonShape);

    q = memvid_MemvidTimelineQuery_new();
    memvid_MemvidTimelineQuery_set_since(q, 150);
    memvid_MemvidTimelineQuery_set_until(q, 250);
    t = memvid_MemvidStore_timeline(c.ok, q);
    CHECK(t.is_ok && memvid_MemvidTimeline_len(t.ok) == 1);
    if (t.is_ok) memvid_MemvidTimeline_destroy(t.ok);
    memvid_MemvidTimelineQuery_destroy(q);

    memvid_MemvidStore_delete_frame_result d = memvid_MemvidStore_delete_frame(c.ok, 1);
    CHECK_OK(d);
    m = memvid_MemvidStore_commit(c.ok);
    CHECK_OK(m);
    d = memvid_MemvidStore_delete_frame(c.ok, 1);
    CHECK_ERR(d, MemvidErrorCode_InvalidFrame);
    d = memvid_MemvidStore_delete_frame(c.ok, 42);
    CHECK_ERR(d, MemvidErrorCode_FrameNotFound);
    t = memvid_MemvidStore_timeline(c.ok, NULL);
    CHECK(t.is_ok && memvid_MemvidTimeline_len(t.ok) == 2);
    if (t.is_ok) memvid_MemvidTimeline_destroy(t.ok);
    memvid_MemvidStore_destroy(c.ok);
}

static void put_many_1000_then_find(void) {
    memvid_MemvidStore_create_result c = memvid_MemvidStore_create(sv(path_for("many.mv2")));
    REQUIRE(c.is_ok);
    MemvidPutBatch *batch = memvid_MemvidPutBatch_new();
    for (int i = 0; i < 1000; i++) {
        char text[96], title[32], uri[48];
        snprintf(text, sizeof text, "batch document %d mentions marker%dz", i, i);
        snprintf(title, sizeof title, "doc %d", i);
        snprintf(uri, sizeof uri, "mv2://batch/%d", i);
        MemvidPutOptions *o = titled(title, uri);
        memvid_MemvidPutBatch_add_text_result a = memvid_MemvidPutBatch_add_text(batch, sv(text), o);
        CHECK_OK(a);
        memvid_MemvidPutOptions_destroy(o);
    }
    DiplomatU8View bytes = {(const uint8_t *)"raw bytes document", 18};
    memvid_MemvidPutBatch_add_bytes(batch, bytes, NULL);
    float v[3] = {1, 2, 3};
    memvid_MemvidPutBatch_add_text_with_embedding_result ae =
        memvid_MemvidPutBatch_add_text_with_embedding(batch, sv("with a vector"), f32v(v, 3), NULL);
    CHECK_OK(ae);
    CHECK(memvid_MemvidPutBatch_len(batch) == 1002);
    memvid_MemvidStore_put_many_result ids = memvid_MemvidStore_put_many(c.ok, batch);
    memvid_MemvidPutBatch_destroy(batch);
    REQUIRE(ids.is_ok);
    CHECK(memvid_MemvidFrameIds_len(ids.ok) == 1002);
    memvid_MemvidFrameIds_get_result last = memvid_MemvidFrameIds_get(ids.ok, 1001);
    CHECK(last.is_ok && last.ok == 1001);
    memvid_MemvidFrameIds_get_result past = memvid_MemvidFrameIds_get(ids.ok, 1002);
    CHECK(!past.is_ok);
    MemvidFrameIdIter *it = memvid_MemvidFrameIds_iter(ids.ok);
    uint64_t expect = 0;
    for (memvid_MemvidFrameIdIter_next_result n; (n = memvid_MemvidFrameIdIter_next(it)).is_ok; expect++) {
        CHECK(n.ok == expect);
    }
    CHECK(expect == 1002);
    memvid_MemvidFrameIdIter_destroy(it);
    memvid_MemvidFrameIds_destroy(ids.ok);
    memvid_MemvidStore_close_result cl = memvid_MemvidStore_close(c.ok);
    CHECK_OK(cl);
    memvid_MemvidStore_destroy(c.ok);

    memvid_MemvidStore_open_read_only_result ro = memvid_MemvidStore_open_read_only(sv(path_for("many.mv2")));
    REQUIRE(ro.is_ok);
    memvid_MemvidStore_stats_result st = memvid_MemvidStore_stats(ro.ok);
    CHECK(st.is_ok && st.ok.frame_count == 1002);
    memvid_MemvidStore_find_result r = memvid_MemvidStore_find(ro.ok, sv("marker777z"), NULL);
    REQUIRE(r.is_ok);
    CHECK(memvid_MemvidSearchResults_len(r.ok) == 1);
    MemvidSearchHit *h = memvid_MemvidSearchResults_get(r.ok, 0);
    CHECK(h && memvid_MemvidSearchHit_frame_id(h) == 777);
    char *uri = h ? WRITTEN(memvid_MemvidSearchHit_uri(h, W)) : NULL;
    CHECK(uri && strcmp(uri, "mv2://batch/777") == 0);
    free(uri);
    if (h) memvid_MemvidSearchHit_destroy(h);
    memvid_MemvidSearchResults_destroy(r.ok);
    memvid_MemvidStore_destroy(ro.ok);
}

static void put_options_reach_the_frame(void) {
    memvid_MemvidStore_create_result c = memvid_MemvidStore_create(sv(path_for("meta.mv2")));
    REQUIRE(c.is_ok);
    MemvidPutOptions *o = titled("Quarterly notes", "mv2://notes/q3");
    memvid_MemvidPutOptions_set_kind_result k = memvid_MemvidPutOptions_set_kind(o, sv("note"));
    CHECK_OK(k);
    memvid_MemvidPutOptions_set_track_result tr = memvid_MemvidPutOptions_set_track(o, sv("work"));
    CHECK_OK(tr);
    memvid_MemvidPutOptions_add_tag_result tg = memvid_MemvidPutOptions_add_tag(o, sv("planning"));
    CHECK_OK(tg);
    memvid_MemvidPutOptions_add_label_result lb = memvid_MemvidPutOptions_add_label(o, sv("meeting"));
    CHECK_OK(lb);
    memvid_MemvidPutOptions_set_metadata_result md = memvid_MemvidPutOptions_set_metadata(o, sv("team"), sv("search"));
    CHECK_OK(md);
    memvid_MemvidPutOptions_set_search_text_result stx =
        memvid_MemvidPutOptions_set_search_text(o, sv("quarterly planning meeting agenda"));
    CHECK_OK(stx);
    memvid_MemvidPutOptions_set_timestamp(o, 1700000000);
    memvid_MemvidPutOptions_set_auto_tag(o, false);
    memvid_MemvidPutOptions_set_extract_dates(o, false);
    memvid_MemvidPutOptions_set_extract_triplets(o, false);
    memvid_MemvidPutOptions_set_instant_index(o, true);
    memvid_MemvidPutOptions_set_dedup(o, true);
    memvid_MemvidStore_put_text_result p = memvid_MemvidStore_put_text(c.ok, sv("Notes of the quarterly meeting."), o);
    CHECK(p.is_ok && p.ok == 0);
    memvid_MemvidStore_put_text_result again = memvid_MemvidStore_put_text(c.ok, sv("Notes of the quarterly meeting."), o);
    CHECK_OK(again);
    memvid_MemvidPutOptions_destroy(o);
    memvid_MemvidStore_commit_result m = memvid_MemvidStore_commit(c.ok);
    CHECK_OK(m);
    memvid_MemvidStore_frame_result f = memvid_MemvidStore_frame(c.ok, 0);
    REQUIRE(f.is_ok);
    char *kind = WRITTEN(memvid_MemvidFrame_kind(f.ok, W));
    char *track = WRITTEN(memvid_MemvidFrame_track(f.ok, W));
    memvid_MemvidFrame_to_json_result fj;
    char *json = WRITTEN(fj = memvid_MemvidFrame_to_json(f.ok, W));
    CHECK(strcmp(kind, "note") == 0 && strcmp(track, "work") == 0);
    CHECK(memvid_MemvidFrame_timestamp(f.ok) == 1700000000);
    CHECK(strstr(json, "\"planning\"") && strstr(json, "\"meeting\"") && strstr(json, "\"team\":\"search\""));
    free(kind);
    free(track);
    free(json);
    memvid_MemvidFrame_destroy(f.ok);
    memvid_MemvidStore_destroy(c.ok);
}

/* NULL is accepted wherever the C API can check it: a view {NULL, 0} is an empty input (refused
 * with a code where emptiness is an error), and NULL options mean the defaults. NULL handles
 * and NULL DiplomatWrite pointers cannot be checked (Diplomat passes them as Rust references). */
static void null_views_and_null_options(void) {
    DiplomatStringView null_text = {NULL, 0};
    memvid_MemvidStore_create_result c = memvid_MemvidStore_create(null_text);
    CHECK_ERR(c, MemvidErrorCode_InvalidArgument);
    memvid_MemvidStore_open_result o = memvid_MemvidStore_open(null_text);
    CHECK_ERR(o, MemvidErrorCode_InvalidArgument);

    MemvidStore *s = store_with_docs("nulls.mv2", 1);
    REQUIRE(s);
    memvid_MemvidStore_put_text_result p = memvid_MemvidStore_put_text(s, null_text, NULL);
    CHECK_ERR(p, MemvidErrorCode_InvalidArgument);
    memvid_MemvidStore_put_text_with_embedding_result pe =
        memvid_MemvidStore_put_text_with_embedding(s, sv("no vector"), f32v(NULL, 0), NULL);
    CHECK_ERR(pe, MemvidErrorCode_InvalidArgument);
    memvid_MemvidStore_find_result r = memvid_MemvidStore_find(s, null_text, NULL);
    CHECK_ERR(r, MemvidErrorCode_InvalidQuery);
    memvid_MemvidStore_search_json_result sj;
    free(WRITTEN(sj = memvid_MemvidStore_search_json(s, null_text, W)));
    CHECK_ERR(sj, MemvidErrorCode_JsonSyntax);
    memvid_MemvidStore_timeline_result t = memvid_MemvidStore_timeline(s, NULL);
    CHECK(t.is_ok);
    if (t.is_ok) memvid_MemvidTimeline_destroy(t.ok);
    r = memvid_MemvidStore_find(s, sv("rust"), NULL);
    CHECK(r.is_ok && memvid_MemvidSearchResults_len(r.ok) == 1);
    if (r.is_ok) memvid_MemvidSearchResults_destroy(r.ok);
    memvid_MemvidStore_state_result st = memvid_MemvidStore_state(s);
    CHECK(st.is_ok && st.ok.pending_frames == 0);
    memvid_MemvidStore_destroy(s);
}

/* main() turns fault injection on: the trigger text makes the call panic inside the library. */
static void a_panic_becomes_mv207_and_poisons_the_handle(void) {
    MemvidStore *s = store_with_docs("panic.mv2", 0);
    REQUIRE(s);
    memvid_MemvidStore_put_text_result p = memvid_MemvidStore_put_text(s, sv("memvid-ffi:test-panic"), NULL);
    CHECK_ERR(p, MemvidErrorCode_Internal);
    CHECK(memvid_MemvidStore_is_poisoned(s));
    memvid_MemvidStore_find_result r = memvid_MemvidStore_find(s, sv("rust"), NULL);
    CHECK_ERR(r, MemvidErrorCode_HandlePoisoned);
    memvid_MemvidStore_close_result c = memvid_MemvidStore_close(s);
    CHECK_OK(c);
    memvid_MemvidStore_destroy(s);

    memvid_MemvidStore_open_read_only_result ro = memvid_MemvidStore_open_read_only(sv(path_for("panic.mv2")));
    REQUIRE(ro.is_ok);
    r = memvid_MemvidStore_find(ro.ok, sv("tomatoes"), NULL);
    CHECK(r.is_ok && memvid_MemvidSearchResults_len(r.ok) == 1); /* committed frames are intact */
    if (r.is_ok) memvid_MemvidSearchResults_destroy(r.ok);
    memvid_MemvidStore_destroy(ro.ok);
}

#define THREADS 8
#define PUTS_PER_THREAD 25

typedef struct {
    MemvidStore *store;
    int index;
    int failures;
} worker;

static void *put_and_find(void *arg) {
    worker *w = arg;
    for (int i = 0; i < PUTS_PER_THREAD; i++) {
        char text[96];
        snprintf(text, sizeof text, "thread %d document %d token t%dd%d", w->index, i, w->index, i);
        memvid_MemvidStore_put_text_result p = memvid_MemvidStore_put_text(w->store, sv(text), NULL);
        if (!p.is_ok) {
            w->failures++;
            memvid_MemvidError_destroy(p.err);
        }
        memvid_MemvidStore_find_result r = memvid_MemvidStore_find(w->store, sv("rust"), NULL);
        if (r.is_ok) {
            if (memvid_MemvidSearchResults_len(r.ok) != 1) w->failures++;
            memvid_MemvidSearchResults_destroy(r.ok);
        } else {
            w->failures++;
            memvid_MemvidError_destroy(r.err);
        }
    }
    return NULL;
}

/* One handle shared by 8 threads doing puts and finds: calls are serialized inside. (No commits
 * between the puts: memvid-core 2.0.140 loses a document in some put/commit sequences, see
 * ffi/tests/reliability.rs, commits_between_puts_lose_no_document.) */
static void eight_threads_share_one_handle(void) {
    MemvidStore *s = store_with_docs("threads.mv2", 0);
    REQUIRE(s);
    pthread_t threads[THREADS];
    worker workers[THREADS];
    for (int t = 0; t < THREADS; t++) {
        workers[t] = (worker){s, t, 0};
        REQUIRE(pthread_create(&threads[t], NULL, put_and_find, &workers[t]) == 0);
    }
    for (int t = 0; t < THREADS; t++) {
        pthread_join(threads[t], NULL);
        CHECK(workers[t].failures == 0);
    }
    memvid_MemvidStore_commit_result c = memvid_MemvidStore_commit(s);
    CHECK_OK(c);
    memvid_MemvidStore_stats_result st = memvid_MemvidStore_stats(s);
    CHECK(st.is_ok && st.ok.frame_count == 3 + THREADS * PUTS_PER_THREAD);
    for (int t = 0; t < THREADS; t++) {
        char token[32];
        snprintf(token, sizeof token, "t%dd%d", t, PUTS_PER_THREAD - 1);
        memvid_MemvidStore_find_result r = memvid_MemvidStore_find(s, sv(token), NULL);
        CHECK(r.is_ok && memvid_MemvidSearchResults_len(r.ok) == 1);
        if (r.is_ok) memvid_MemvidSearchResults_destroy(r.ok);
    }
    memvid_MemvidStore_destroy(s);
}

int main(int argc, char **argv) {
    if (argc != 2 && argc != 3) {
        fprintf(stderr, "usage: %s <empty scratch dir> [test name]\n", argv[0]);
        return 2;
    }
    scratch = argv[1];
    setenv("MEMVID_FFI_FAULT_INJECTION", "1", 1); /* read once, at the first call that checks it */
    static const harness_test tests[] = {
        {"version_reports_binding_and_core", version_reports_binding_and_core},
        {"round_trip_across_close_and_reopen", round_trip_across_close_and_reopen},
        {"lexical_find_returns_the_right_frame", lexical_find_returns_the_right_frame},
        {"query_syntax_plain_by_default_operators_on_request", query_syntax_plain_by_default_operators_on_request},
        {"vector_and_hybrid_find", vector_and_hybrid_find},
        {"vector_errors_have_codes", vector_errors_have_codes},
        {"open_and_create_errors_have_codes", open_and_create_errors_have_codes},
        {"bad_input_is_refused", bad_input_is_refused},
        {"json_api_and_its_errors", json_api_and_its_errors},
        {"closed_and_read_only_handles_refuse", closed_and_read_only_handles_refuse},
        {"second_writer_is_locked_out", second_writer_is_locked_out},
        {"timeline_and_delete", timeline_and_delete},
        {"put_many_1000_then_find", put_many_1000_then_find},
        {"put_options_reach_the_frame", put_options_reach_the_frame},
        {"null_views_and_null_options", null_views_and_null_options},
        {"a_panic_becomes_mv207_and_poisons_the_handle", a_panic_becomes_mv207_and_poisons_the_handle},
        {"eight_threads_share_one_handle", eight_threads_share_one_handle},
    };
    return harness_main("c", tests, sizeof tests / sizeof tests[0], argc == 3 ? argv[2] : NULL);
}

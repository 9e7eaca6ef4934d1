/* The C path of `cargo tool bench`: the workload through the C API (protocol: tool/src/bench.rs).
 * Usage: bench <workload_dir> <out_dir>; prints `RESULT {json}`. Any error exits 1 with its code. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "MemvidError.h"
#include "MemvidFrameIds.h"
#include "MemvidPutBatch.h"
#include "MemvidSearchResults.h"
#include "MemvidStore.h"

static double now_us(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}

static void die(const char *what, MemvidError *err) {
    fprintf(stderr, "%s failed: MV%03d\n", what, err ? (int)memvid_MemvidError_code(err) : 0);
    exit(1);
}

static char *slurp(const char *dir, const char *name, size_t *len) {
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "rb");
    if (!f) { perror(path); exit(1); }
    fseek(f, 0, SEEK_END);
    *len = (size_t)ftell(f);
    rewind(f);
    char *data = malloc(*len + 1);
    if (fread(data, 1, *len, f) != *len) { perror(path); exit(1); }
    data[*len] = '\0';
    fclose(f);
    return data;
}

/* Splits a file into views of its lines (the file's buffer is kept alive by the caller). */
static DiplomatStringView *lines(char *data, size_t len, size_t *count) {
    size_t n = 0;
    for (size_t i = 0; i < len; i++) n += data[i] == '\n';
    DiplomatStringView *out = malloc(n * sizeof *out);
    char *start = data;
    for (size_t i = 0; i < n; i++) {
        char *end = strchr(start, '\n');
        out[i] = (DiplomatStringView){start, (size_t)(end - start)};
        start = end + 1;
    }
    *count = n;
    return out;
}

/* meta.json is written by the tool as flat {"key":number,...}. */
static size_t meta(const char *json, const char *key) {
    char needle[64];
    snprintf(needle, sizeof needle, "\"%s\":", key);
    const char *at = strstr(json, needle);
    if (!at) { fprintf(stderr, "meta.json: no %s\n", key); exit(1); }
    return (size_t)strtoull(at + strlen(needle), NULL, 10);
}

int main(int argc, char **argv) {
    if (argc != 3) { fprintf(stderr, "usage: bench <workload_dir> <out_dir>\n"); return 2; }
    const char *dir = argv[1], *out = argv[2];
    size_t len, n, q;
    char *meta_json = slurp(dir, "meta.json", &len);
    size_t dim = meta(meta_json, "dim"), batch_size = meta(meta_json, "batch");
    size_t stats_calls = meta(meta_json, "stats_calls"), open_close = meta(meta_json, "open_close");
    char *doc_data = slurp(dir, "docs.txt", &len);
    DiplomatStringView *docs = lines(doc_data, len, &n);
    float *vectors = (float *)slurp(dir, "vectors.f32", &len);
    char *query_data = slurp(dir, "queries.txt", &len);
    DiplomatStringView *queries = lines(query_data, len, &q);
    float *qvectors = (float *)slurp(dir, "qvectors.f32", &len);

    char single_path[4096], batch_path[4096];
    snprintf(single_path, sizeof single_path, "%s/single.mv2", out);
    snprintf(batch_path, sizeof batch_path, "%s/batch.mv2", out);
    DiplomatStringView single_sv = {single_path, strlen(single_path)}, batch_sv = {batch_path, strlen(batch_path)};

    memvid_MemvidStore_create_result created = memvid_MemvidStore_create(single_sv);
    if (!created.is_ok) die("create", created.err);
    MemvidStore *store = created.ok;
    double start = now_us();
    for (size_t i = 0; i < n; i++) {
        DiplomatF32View v = {vectors + i * dim, dim};
        memvid_MemvidStore_put_text_with_embedding_result r = memvid_MemvidStore_put_text_with_embedding(store, docs[i], v, NULL);
        if (!r.is_ok) die("put", r.err);
    }
    double put_us = (now_us() - start) / n;
    start = now_us();
    memvid_MemvidStore_commit_result committed = memvid_MemvidStore_commit(store);
    if (!committed.is_ok) die("commit", committed.err);
    double commit_ms = (now_us() - start) / 1e3;
    memvid_MemvidStore_close(store);
    memvid_MemvidStore_destroy(store);

    created = memvid_MemvidStore_create(batch_sv);
    if (!created.is_ok) die("create", created.err);
    store = created.ok;
    start = now_us();
    for (size_t first = 0; first < n; first += batch_size) {
        MemvidPutBatch *batch = memvid_MemvidPutBatch_new();
        for (size_t i = first; i < n && i < first + batch_size; i++) {
            DiplomatF32View v = {vectors + i * dim, dim};
            memvid_MemvidPutBatch_add_text_with_embedding_result a = memvid_MemvidPutBatch_add_text_with_embedding(batch, docs[i], v, NULL);
            if (!a.is_ok) die("add_text_with_embedding", a.err);
        }
        memvid_MemvidStore_put_many_result r = memvid_MemvidStore_put_many(store, batch);
        if (!r.is_ok) die("put_many", r.err);
        memvid_MemvidFrameIds_destroy(r.ok);
        memvid_MemvidPutBatch_destroy(batch);
    }
    double put_many_us = (now_us() - start) / n;
    committed = memvid_MemvidStore_commit(store);
    if (!committed.is_ok) die("commit", committed.err);

    size_t hits = 0;
    start = now_us();
    for (size_t i = 0; i < q; i++) {
        memvid_MemvidStore_find_result r = memvid_MemvidStore_find(store, queries[i], NULL);
        if (!r.is_ok) die("find", r.err);
        hits += memvid_MemvidSearchResults_len(r.ok);
        memvid_MemvidSearchResults_destroy(r.ok);
    }
    double find_us = (now_us() - start) / q;

    start = now_us();
    for (size_t i = 0; i < q; i++) {
        DiplomatF32View v = {qvectors + i * dim, dim};
        memvid_MemvidStore_vec_search_result r = memvid_MemvidStore_vec_search(store, v, 10);
        if (!r.is_ok) die("vec_search", r.err);
        memvid_MemvidSearchResults_destroy(r.ok);
    }
    double vec_search_us = (now_us() - start) / q;

    start = now_us();
    for (size_t i = 0; i < stats_calls; i++) {
        memvid_MemvidStore_stats_result r = memvid_MemvidStore_stats(store);
        if (!r.is_ok) die("stats", r.err);
    }
    double stats_us = (now_us() - start) / stats_calls;
    memvid_MemvidStore_close(store);
    memvid_MemvidStore_destroy(store);

    start = now_us();
    for (size_t i = 0; i < open_close; i++) {
        memvid_MemvidStore_open_read_only_result r = memvid_MemvidStore_open_read_only(batch_sv);
        if (!r.is_ok) die("open_read_only", r.err);
        memvid_MemvidStore_close(r.ok);
        memvid_MemvidStore_destroy(r.ok);
    }
    double open_close_us = (now_us() - start) / open_close;

    struct rusage usage;
    getrusage(RUSAGE_SELF, &usage);
    printf("RESULT {\"put_us\":%.3f,\"commit_ms\":%.3f,\"put_many_us\":%.3f,\"find_us\":%.3f,"
           "\"vec_search_us\":%.3f,\"stats_us\":%.4f,\"open_close_us\":%.3f,\"peak_rss_mb\":%.1f,\"hits\":%zu}\n",
           put_us, commit_ms, put_many_us, find_us, vec_search_us, stats_us, open_close_us,
           usage.ru_maxrss / 1024.0, hits);
    free(docs); free(queries); free(doc_data); free(query_data); free(vectors); free(qvectors); free(meta_json);
    return 0;
}

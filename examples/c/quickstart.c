/* quickstart: create a memory file, put a few documents, commit, search, print the hits.
 *
 *   cargo tool demo                      # builds the library and runs this on target/scratch/
 *   cc -std=c11 -I bindings/c examples/c/quickstart.c -L target/debug -lmemvid_ffi -o quickstart
 *   ./quickstart /tmp/notes.mv2 [query]
 *
 * Ownership, as everywhere in the C API: every pointer a function returns is yours and is freed
 * with that type's _destroy function; errors too (memvid_MemvidError_destroy). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "MemvidError.h"
#include "MemvidPutOptions.h"
#include "MemvidSearchHit.h"
#include "MemvidSearchResults.h"
#include "MemvidStore.h"

static DiplomatStringView sv(const char *s) {
    DiplomatStringView v = {s, strlen(s)};
    return v;
}

/* Prints "MVnnn: message" for an error, then frees it. */
static void report(const char *what, MemvidError *err) {
    DiplomatWrite *w = diplomat_buffer_write_create(64);
    memvid_MemvidError_to_display(err, w);
    fprintf(stderr, "%s failed: %.*s\n", what, (int)diplomat_buffer_write_len(w), diplomat_buffer_write_get_bytes(w));
    diplomat_buffer_write_destroy(w);
    memvid_MemvidError_destroy(err);
}

static const char *NOTES[][2] = {
    {"Rust ownership", "Every value in Rust has a single owner; it is dropped when the owner goes out of scope."},
    {"WebAssembly", "WebAssembly is a portable binary format that runs in browsers and in Node.js."},
    {"Tomatoes", "Tomatoes need full sun, steady watering and warm nights to ripen."},
    {"memvid", "memvid keeps documents, a full-text index and vectors together in one .mv2 file."},
};

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: %s <new-file.mv2> [query]\n", argv[0]);
        return 2;
    }
    const char *query = argc > 2 ? argv[2] : "index vectors";

    memvid_MemvidStore_create_result created = memvid_MemvidStore_create(sv(argv[1]));
    if (!created.is_ok) {
        report("create", created.err);
        return 1;
    }
    MemvidStore *store = created.ok;

    for (size_t i = 0; i < sizeof NOTES / sizeof NOTES[0]; i++) {
        MemvidPutOptions *options = memvid_MemvidPutOptions_new();
        memvid_MemvidPutOptions_set_title(options, sv(NOTES[i][0])); /* valid UTF-8: cannot fail */
        memvid_MemvidStore_put_text_result put = memvid_MemvidStore_put_text(store, sv(NOTES[i][1]), options);
        memvid_MemvidPutOptions_destroy(options);
        if (!put.is_ok) {
            report("put", put.err);
            memvid_MemvidStore_destroy(store);
            return 1;
        }
        printf("put frame %llu: %s\n", (unsigned long long)put.ok, NOTES[i][0]);
    }

    /* Puts become durable and searchable at commit. */
    memvid_MemvidStore_commit_result committed = memvid_MemvidStore_commit(store);
    if (!committed.is_ok) {
        report("commit", committed.err);
        memvid_MemvidStore_destroy(store);
        return 1;
    }

    memvid_MemvidStore_find_result found = memvid_MemvidStore_find(store, sv(query), NULL);
    if (!found.is_ok) {
        report("find", found.err);
        memvid_MemvidStore_destroy(store);
        return 1;
    }
    size_t n = memvid_MemvidSearchResults_len(found.ok);
    printf("\nfind \"%s\": %zu hit(s)\n", query, n);
    for (size_t i = 0; i < n; i++) {
        MemvidSearchHit *hit = memvid_MemvidSearchResults_get(found.ok, i);
        DiplomatWrite *title = diplomat_buffer_write_create(32);
        memvid_MemvidSearchHit_title(hit, title);
        printf("  #%zu frame %llu  score %.3f  %.*s\n", memvid_MemvidSearchHit_rank(hit),
               (unsigned long long)memvid_MemvidSearchHit_frame_id(hit), memvid_MemvidSearchHit_score(hit),
               (int)diplomat_buffer_write_len(title), diplomat_buffer_write_get_bytes(title));
        diplomat_buffer_write_destroy(title);
        memvid_MemvidSearchHit_destroy(hit);
    }
    memvid_MemvidSearchResults_destroy(found.ok);

    memvid_MemvidStore_close_result closed = memvid_MemvidStore_close(store);
    memvid_MemvidStore_destroy(store);
    if (!closed.is_ok) {
        report("close", closed.err);
        return 1;
    }
    return n > 0 ? 0 : 1;
}

/* The native side of the JS suite's cross-checks: writes or reads a memory with the native library.
 *   native_peer write <path>          creates <path> with three titled documents
 *   native_peer read <path> <query>   prints "frames N" then "hit <frame id> <title>" per hit */
#include <stdio.h>
#include <string.h>

#include "MemvidError.h"
#include "MemvidSearchHit.h"
#include "MemvidSearchResults.h"
#include "MemvidStore.h"
#include "MemvidPutOptions.h"

static DiplomatStringView sv(const char *s) {
    DiplomatStringView v = {s, strlen(s)};
    return v;
}

static int fail(const char *what, MemvidError *err) {
    DiplomatWrite *w = diplomat_buffer_write_create(64);
    memvid_MemvidError_to_display(err, w);
    fprintf(stderr, "%s: %.*s\n", what, (int)diplomat_buffer_write_len(w), diplomat_buffer_write_get_bytes(w));
    diplomat_buffer_write_destroy(w);
    memvid_MemvidError_destroy(err);
    return 1;
}

int main(int argc, char **argv) {
    if (argc >= 3 && strcmp(argv[1], "write") == 0) {
        memvid_MemvidStore_create_result c = memvid_MemvidStore_create(sv(argv[2]));
        if (!c.is_ok) return fail("create", c.err);
        const char *docs[3][2] = {{"Native one", "written natively about kiwis"},
                                  {"Native two", "written natively about lemons"},
                                  {"Native three", "written natively about figs"}};
        for (int i = 0; i < 3; i++) {
            MemvidPutOptions *o = memvid_MemvidPutOptions_new();
            memvid_MemvidPutOptions_set_title(o, sv(docs[i][0]));
            memvid_MemvidStore_put_text_result p = memvid_MemvidStore_put_text(c.ok, sv(docs[i][1]), o);
            memvid_MemvidPutOptions_destroy(o);
            if (!p.is_ok) return fail("put", p.err);
        }
        memvid_MemvidStore_close_result cl = memvid_MemvidStore_close(c.ok);
        memvid_MemvidStore_destroy(c.ok);
        return cl.is_ok ? 0 : fail("close", cl.err);
    }
    if (argc >= 4 && strcmp(argv[1], "read") == 0) {
        memvid_MemvidStore_open_read_only_result o = memvid_MemvidStore_open_read_only(sv(argv[2]));
        if (!o.is_ok) return fail("open", o.err);
        memvid_MemvidStore_stats_result st = memvid_MemvidStore_stats(o.ok);
        if (!st.is_ok) return fail("stats", st.err);
        printf("frames %llu\n", (unsigned long long)st.ok.frame_count);
        memvid_MemvidStore_find_result r = memvid_MemvidStore_find(o.ok, sv(argv[3]), NULL);
        if (!r.is_ok) return fail("find", r.err);
        for (size_t i = 0; i < memvid_MemvidSearchResults_len(r.ok); i++) {
            MemvidSearchHit *h = memvid_MemvidSearchResults_get(r.ok, i);
            DiplomatWrite *w = diplomat_buffer_write_create(32);
            memvid_MemvidSearchHit_title(h, w);
            printf("hit %llu %.*s\n", (unsigned long long)memvid_MemvidSearchHit_frame_id(h),
                   (int)diplomat_buffer_write_len(w), diplomat_buffer_write_get_bytes(w));
            diplomat_buffer_write_destroy(w);
            memvid_MemvidSearchHit_destroy(h);
        }
        memvid_MemvidSearchResults_destroy(r.ok);
        memvid_MemvidStore_destroy(o.ok);
        return 0;
    }
    fprintf(stderr, "usage: native_peer write <path> | read <path> <query>\n");
    return 2;
}

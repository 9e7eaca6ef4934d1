/* The installed C library, built with nothing but `pkg-config --cflags --libs memvid` (or CMake's
 * memvid::memvid_static): create a memory, put two documents, commit, find one of them.
 * Usage: find <new-file.mv2>; exits 0 only if the find returns the right frame. */
#include <stdio.h>
#include <string.h>

#include "MemvidSearchHit.h"
#include "MemvidSearchResults.h"
#include "MemvidStore.h"

#define SV(s) ((DiplomatStringView){s, strlen(s)})

int main(int argc, char **argv) {
    if (argc != 2) return 2;
    memvid_MemvidStore_create_result created = memvid_MemvidStore_create(SV(argv[1]));
    if (!created.is_ok) return 1;
    MemvidStore *store = created.ok;
    const char *docs[] = {"Rust programs compile to native code.", "Tomatoes need sunlight and water."};
    for (int i = 0; i < 2; i++) {
        if (!memvid_MemvidStore_put_text(store, SV(docs[i]), NULL).is_ok) return 1;
    }
    if (!memvid_MemvidStore_commit(store).is_ok) return 1;
    memvid_MemvidStore_find_result found = memvid_MemvidStore_find(store, SV("tomatoes"), NULL);
    int ok = found.is_ok && memvid_MemvidSearchResults_len(found.ok) == 1;
    if (ok) {
        MemvidSearchHit *hit = memvid_MemvidSearchResults_get(found.ok, 0);
        ok = memvid_MemvidSearchHit_frame_id(hit) == 1;
        memvid_MemvidSearchHit_destroy(hit);
    }
    if (found.is_ok) memvid_MemvidSearchResults_destroy(found.ok);
    memvid_MemvidStore_close(store);
    memvid_MemvidStore_destroy(store);
    printf("%s: find \"tomatoes\" -> %s\n", argv[0], ok ? "frame 1" : "WRONG");
    return ok ? 0 : 1;
}

// The installed C++17 wrapper through CMake's memvid::memvid_cpp: create a memory, put two
// documents, commit, find one of them. Usage: find_cpp <new-file.mv2>; exits 0 only if the find
// returns the right frame.
#include <cstdio>

#include "MemvidSearchHit.hpp"
#include "MemvidSearchResults.hpp"
#include "MemvidStore.hpp"

using namespace memvid_ffi;

int main(int argc, char** argv) {
    if (argc != 2) return 2;
    auto created = MemvidStore::create(argv[1]);
    if (!created.is_ok()) return 1;
    auto store = std::move(created).ok().value();
    for (const char* doc : {"Rust programs compile to native code.", "Tomatoes need sunlight and water."}) {
        if (!store->put_text(doc, nullptr).is_ok()) return 1;
    }
    if (!store->commit().is_ok()) return 1;
    auto found = store->find("tomatoes", nullptr);
    if (!found.is_ok()) return 1;
    auto results = std::move(found).ok().value();
    bool ok = results->len() == 1 && results->get(0)->frame_id() == 1;
    std::printf("%s: find \"tomatoes\" -> %s\n", argv[0], ok ? "frame 1" : "WRONG");
    return ok ? 0 : 1;
}

// quickstart (C++17): the same flow as examples/c, through the generated C++ wrapper.
// Objects are std::unique_ptr (nothing to free by hand); fallible calls return
// diplomat::result<T, std::unique_ptr<MemvidError>>.
//
//   c++ -std=c++17 -I bindings/cpp examples/cpp/quickstart.cpp -L target/debug -lmemvid_ffi
//   ./a.out /tmp/notes.mv2 [query]
#include <cstdio>
#include <stdexcept>
#include <string>

#include "MemvidError.hpp"
#include "MemvidFindOptions.hpp"
#include "MemvidPutOptions.hpp"
#include "MemvidSearchHit.hpp"
#include "MemvidSearchResults.hpp"
#include "MemvidStore.hpp"

using namespace memvid_ffi;

// Turns a failed result into an exception carrying "MVnnn: message".
template <class T>
T get(diplomat::result<T, std::unique_ptr<MemvidError>> r) {
    if (r.is_err()) throw std::runtime_error(std::move(r).err().value()->to_display());
    return std::move(std::move(r).ok().value());
}

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s <new-file.mv2> [query]\n", argv[0]);
        return 2;
    }
    const std::string query = argc > 2 ? argv[2] : "portable binary";
    try {
        auto store = get(MemvidStore::create(argv[1]));
        const char* notes[][2] = {
            {"Rust ownership", "Every value in Rust has a single owner; it is dropped when the owner goes out of scope."},
            {"WebAssembly", "WebAssembly is a portable binary format that runs in browsers and in Node.js."},
            {"memvid", "memvid keeps documents, a full-text index and vectors together in one .mv2 file."},
        };
        for (auto& [title, text] : notes) {
            auto options = MemvidPutOptions::new_();
            get(options->set_title(title));
            std::printf("put frame %llu: %s\n", static_cast<unsigned long long>(get(store->put_text(text, options.get()))), title);
        }
        get(store->commit());

        auto options = MemvidFindOptions::new_();
        get(options->set_k(3));
        auto hits = get(store->find(query, options.get()));
        std::printf("\nfind \"%s\": %zu hit(s)\n", query.c_str(), hits->len());
        for (const auto& hit : *hits) {
            std::printf("  #%zu frame %llu  score %.3f  %s\n", hit.rank(), static_cast<unsigned long long>(hit.frame_id()),
                        hit.score(), hit.title().c_str());
        }
        return hits->is_empty() ? 1 : 0;  // the store closes (and commits) when it goes out of scope
    } catch (const std::exception& e) {
        std::fprintf(stderr, "error: %s\n", e.what());
        return 1;
    }
}

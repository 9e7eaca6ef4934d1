// The C++ path of `cargo tool bench`: the workload through the generated C++17 wrapper
// (protocol: tool/src/bench.rs). Usage: bench <workload_dir> <out_dir>; prints `RESULT {json}`.
#include <sys/resource.h>

#include <chrono>
#include <cstring>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "MemvidError.hpp"
#include "MemvidFrameIds.hpp"
#include "MemvidPutBatch.hpp"
#include "MemvidSearchResults.hpp"
#include "MemvidStats.hpp"
#include "MemvidStore.hpp"

using namespace memvid_ffi;
using Clock = std::chrono::steady_clock;

static std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    return {std::istreambuf_iterator<char>(in), {}};
}

static std::vector<std::string> lines(const std::string& path) {
    std::istringstream in(slurp(path));
    std::vector<std::string> out;
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

static std::vector<float> floats(const std::string& path) {
    std::string bytes = slurp(path);
    std::vector<float> out(bytes.size() / sizeof(float));
    std::memcpy(out.data(), bytes.data(), out.size() * sizeof(float));
    return out;
}

static size_t meta(const std::string& json, const std::string& key) {
    size_t at = json.find("\"" + key + "\":");
    if (at == std::string::npos) throw std::runtime_error("meta.json: no " + key);
    return std::stoull(json.substr(at + key.size() + 3));
}

// The value of a successful result; a failure ends the run with the error's text.
template <class T>
static T ok(diplomat::result<T, std::unique_ptr<MemvidError>> r, const char* what) {
    if (r.is_ok()) return std::move(std::move(r).ok().value());
    throw std::runtime_error(std::string(what) + ": " + std::move(r).err().value()->to_display());
}

static double us_since(Clock::time_point start) {
    return std::chrono::duration<double, std::micro>(Clock::now() - start).count();
}

int main(int argc, char** argv) try {
    if (argc != 3) {
        std::fprintf(stderr, "usage: bench <workload_dir> <out_dir>\n");
        return 2;
    }
    const std::string dir = argv[1], out = argv[2];
    const std::string meta_json = slurp(dir + "/meta.json");
    const size_t dim = meta(meta_json, "dim"), batch_size = meta(meta_json, "batch");
    const size_t stats_calls = meta(meta_json, "stats_calls"), open_close = meta(meta_json, "open_close");
    const auto docs = lines(dir + "/docs.txt"), queries = lines(dir + "/queries.txt");
    const auto vectors = floats(dir + "/vectors.f32"), qvectors = floats(dir + "/qvectors.f32");
    const size_t n = docs.size(), q = queries.size();
    auto row = [dim](const std::vector<float>& v, size_t i) { return diplomat::span<const float>(v.data() + i * dim, dim); };

    auto store = ok(MemvidStore::create(out + "/single.mv2"), "create");
    auto start = Clock::now();
    for (size_t i = 0; i < n; i++) ok(store->put_text_with_embedding(docs[i], row(vectors, i), nullptr), "put");
    const double put_us = us_since(start) / n;
    start = Clock::now();
    ok(store->commit(), "commit");
    const double commit_ms = us_since(start) / 1e3;
    ok(store->close(), "close");

    const std::string batch_path = out + "/batch.mv2";
    store = ok(MemvidStore::create(batch_path), "create");
    start = Clock::now();
    for (size_t first = 0; first < n; first += batch_size) {
        auto batch = MemvidPutBatch::new_();
        for (size_t i = first; i < n && i < first + batch_size; i++) {
            ok(batch->add_text_with_embedding(docs[i], row(vectors, i), nullptr), "add_text_with_embedding");
        }
        ok(store->put_many(*batch), "put_many");
    }
    const double put_many_us = us_since(start) / n;
    ok(store->commit(), "commit");

    size_t hits = 0;
    start = Clock::now();
    for (const auto& query : queries) hits += ok(store->find(query, nullptr), "find")->len();
    const double find_us = us_since(start) / q;

    start = Clock::now();
    for (size_t i = 0; i < q; i++) ok(store->vec_search(row(qvectors, i), 10), "vec_search");
    const double vec_search_us = us_since(start) / q;

    start = Clock::now();
    for (size_t i = 0; i < stats_calls; i++) ok(store->stats(), "stats");
    const double stats_us = us_since(start) / stats_calls;
    ok(store->close(), "close");

    start = Clock::now();
    for (size_t i = 0; i < open_close; i++) ok(ok(MemvidStore::open_read_only(batch_path), "open")->close(), "close");
    const double open_close_us = us_since(start) / open_close;

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf(
        "RESULT {\"put_us\":%.3f,\"commit_ms\":%.3f,\"put_many_us\":%.3f,\"find_us\":%.3f,\"vec_search_us\":%.3f,"
        "\"stats_us\":%.4f,\"open_close_us\":%.3f,\"peak_rss_mb\":%.1f,\"hits\":%zu}\n",
        put_us, commit_ms, put_many_us, find_us, vec_search_us, stats_us, open_close_us, usage.ru_maxrss / 1024.0, hits);
    return 0;
} catch (const std::exception& e) {
    std::fprintf(stderr, "bench: %s\n", e.what());
    return 1;
}

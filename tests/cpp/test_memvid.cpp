// The C++ suite: the generated C++17 wrapper against the real library. No manual frees anywhere:
// every object is a std::unique_ptr, errors come back in diplomat::result.
// Usage: test_memvid <empty scratch dir>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <functional>
#include <iterator>
#include <string>
#include <vector>

#include "MemvidError.hpp"
#include "MemvidFindOptions.hpp"
#include "MemvidFrame.hpp"
#include "MemvidFrameIds.hpp"
#include "MemvidPutBatch.hpp"
#include "MemvidPutOptions.hpp"
#include "MemvidQuerySyntax.hpp"
#include "MemvidSearchHit.hpp"
#include "MemvidSearchResults.hpp"
#include "MemvidStore.hpp"
#include "MemvidTimeline.hpp"
#include "MemvidTimelineEntry.hpp"
#include "MemvidTimelineQuery.hpp"
#include "MemvidVersion.hpp"

#include "harness.hpp"


static const char* DOCS[3][2] = {
    {"Rust", "Rust is a systems programming language focused on safety and speed."},
    {"WebAssembly", "WebAssembly runs compiled code inside browsers and Node.js."},
    {"Gardening", "Tomatoes need sunlight, water and patience to ripen in summer."},
};

static std::vector<float> axis(size_t i) {
    std::vector<float> v(4, 0.05f);
    v[i] = 1.0f;
    return v;
}

static std::unique_ptr<MemvidStore> store_with_docs(const std::string& name, bool with_vectors) {
    auto store = OK(MemvidStore::create(path_for(name)));
    if (!store) return nullptr;
    for (size_t i = 0; i < 3; i++) {
        auto o = MemvidPutOptions::new_();
        OK(o->set_title(DOCS[i][0]));
        OK(o->set_uri("mv2://docs/" + std::to_string(i)));
        auto v = axis(i);
        uint64_t id = with_vectors ? OK(store->put_text_with_embedding(DOCS[i][1], {v.data(), v.size()}, o.get()))
                                   : OK(store->put_text(DOCS[i][1], o.get()));
        CHECK(id == i);
    }
    OK(store->commit());
    return store;
}

static std::vector<uint64_t> ids(const MemvidSearchResults& results) {
    std::vector<uint64_t> out;
    for (const auto& hit : results) out.push_back(hit.frame_id());  // range-for over the iterable
    return out;
}

static void version_reports_core() {
    CHECK(MemvidVersion::core() == "2.0.140");
    CHECK(MemvidVersion::describe().find("memvid-core 2.0.140") != std::string::npos);
    CHECK(!MemvidVersion::binding().empty());
}

static void round_trip_with_raii() {
    {
        auto store = store_with_docs("round.mv2", false);  // freed (and closed) at scope end
        if (!store) return;
        CHECK(store->path() == path_for("round.mv2"));
    }
    auto store = OK(MemvidStore::open(path_for("round.mv2")));
    if (!store) return;
    auto stats = OK(store->stats());
    CHECK(stats.frame_count == 3 && stats.has_lex_index);
    auto frame = OK(store->frame(1));
    CHECK(frame && frame->title() == "WebAssembly" && frame->uri() == "mv2://docs/1" && frame->is_active());
    CHECK(OK(store->frame_text(2)) == DOCS[2][1]);
    CHECK(OK(store->frame_text_by_uri("mv2://docs/0")) == DOCS[0][1]);
    auto by_uri = OK(store->frame_by_uri("mv2://docs/2"));
    CHECK(by_uri && by_uri->id() == 2);
    CHECK(OK(frame->to_json()).find("\"title\":\"WebAssembly\"") != std::string::npos);
    OK(store->close());
    CHECK(store->is_closed());
    EXPECT_ERR(store->find("rust", nullptr), HandleClosed);
}

static void lexical_find() {
    auto store = store_with_docs("lex.mv2", false);
    if (!store) return;
    auto results = OK(store->find("tomatoes sunlight", nullptr));
    if (!results) return;
    CHECK(ids(*results) == std::vector<uint64_t>{2});
    auto hit = results->get(0);
    CHECK(hit && hit->title() == "Gardening" && hit->rank() == 1 && hit->score() > 0.0f);
    CHECK(hit && hit->text().find("Tomatoes") != std::string::npos);
    CHECK(results->get(1) == nullptr);
    CHECK(OK(results->to_json()).find("\"engine\":\"tantivy\"") != std::string::npos);
    auto none = OK(store->find("xylophone", nullptr));
    CHECK(none && none->is_empty());
}

static void query_syntax() {
    auto store = store_with_docs("syntax.mv2", false);
    if (!store) return;
    // Plain (the default): "and" and "OR" are words like any other.
    auto words = OK(store->find("safety and speed", nullptr));
    CHECK(words && ids(*words) == std::vector<uint64_t>{0});
    auto plain_or = OK(store->find("rust OR tomatoes", nullptr));
    CHECK(plain_or && plain_or->is_empty());
    auto options = MemvidFindOptions::new_();
    options->set_syntax(MemvidQuerySyntax::Plain);
    auto explicit_plain = OK(store->find("rust OR tomatoes", options.get()));
    CHECK(explicit_plain && explicit_plain->is_empty());
    // Operators: OR is a disjunction, and a lone "and" is malformed.
    options->set_syntax(MemvidQuerySyntax::Operators);
    auto either = OK(store->find("rust OR tomatoes", options.get()));
    if (either) {
        auto found = ids(*either);
        std::sort(found.begin(), found.end());
        CHECK(found == (std::vector<uint64_t>{0, 2}));
    }
    EXPECT_ERR(store->find("and", options.get()), InvalidQuery);
}

static void vector_and_hybrid() {
    auto store = store_with_docs("vec.mv2", true);
    if (!store) return;
    auto q = axis(1);
    auto near = OK(store->vec_search({q.data(), q.size()}, 2));
    CHECK(near && ids(*near) == (std::vector<uint64_t>{1, 0}));

    auto options = MemvidFindOptions::new_();
    options->set_mode(MemvidFindMode::Hybrid);
    OK(options->set_query_embedding({q.data(), q.size()}));
    auto fused = OK(store->find("rust", options.get()));
    if (fused) {
        auto found = ids(*fused);
        CHECK(std::find(found.begin(), found.end(), 0) != found.end());
        CHECK(std::find(found.begin(), found.end(), 1) != found.end());
    }
    std::vector<float> two{1.0f, 0.0f};
    EXPECT_ERR(store->vec_search({two.data(), two.size()}, 3), VecDimensionMismatch);
    std::vector<float> nan{0.0f, NAN, 0.0f, 0.0f};
    EXPECT_ERR(store->vec_search({nan.data(), nan.size()}, 3), InvalidArgument);
    // An empty span: (nullptr, 0) explicitly, since `{}` means (nullptr, SIZE_MAX) in C++17.
    EXPECT_ERR(store->vec_search(diplomat::span<const float>(static_cast<const float*>(nullptr), 0), 3), InvalidArgument);
    EXPECT_ERR(store->vec_search({q.data(), q.size()}, 0), InvalidArgument);
    auto no_embedding = MemvidFindOptions::new_();
    no_embedding->set_mode(MemvidFindMode::Vec);
    EXPECT_ERR(store->find("rust", no_embedding.get()), InvalidArgument);
    CHECK(OK(store->state()).vec_dimension == 4);
}

static void errors_have_codes() {
    EXPECT_ERR(MemvidStore::open(path_for("missing.mv2")), FileNotFound);
    {
        std::ofstream junk(path_for("junk.mv2"), std::ios::binary);
        junk << std::string(8192, 'j');
    }
    EXPECT_ERR(MemvidStore::open(path_for("junk.mv2")), CorruptFile);
    EXPECT_ERR(MemvidStore::create(path_for("junk.mv2")), AlreadyExists);
    EXPECT_ERR(MemvidStore::create(std::string("bad\xff.mv2")), InvalidUtf8);

    auto store = store_with_docs("errors.mv2", false);
    if (!store) return;
    EXPECT_ERR(store->put_text(std::string("caf\xc3"), nullptr), InvalidUtf8);
    EXPECT_ERR(store->put_text("", nullptr), InvalidArgument);
    EXPECT_ERR(store->find("", nullptr), InvalidQuery);
    EXPECT_ERR(store->frame(99), FrameNotFound);
    EXPECT_ERR(store->search_json("{\"query\":"), JsonSyntax);
    EXPECT_ERR(store->search_json("{\"query\":\"x\"}"), JsonShape);
    EXPECT_ERR(MemvidStore::open(path_for("errors.mv2")), Locked);
    CHECK(OK(store->search_json("{\"query\":\"webassembly\",\"top_k\":3,\"snippet_chars\":80}"))
              .find("\"frame_id\":1") != std::string::npos);
    CHECK(OK(store->stats_json()).find("\"frame_count\":3") != std::string::npos);
    CHECK(OK(store->timeline_json("{\"limit\":1,\"since\":null,\"until\":null,\"reverse\":false}"))
              .find("\"frame_id\":0") != std::string::npos);
}

static void read_only_leaves_bytes_unchanged() {
    store_with_docs("ro.mv2", false);  // the temporary is destroyed at once: closes and commits
    auto read = [](const std::string& p) {
        std::ifstream in(p, std::ios::binary);
        return std::string(std::istreambuf_iterator<char>(in), {});
    };
    std::string before = read(path_for("ro.mv2"));
    {
        auto store = OK(MemvidStore::open_read_only(path_for("ro.mv2")));
        if (!store) return;
        CHECK(store->is_read_only());
        EXPECT_ERR(store->put_text("nope", nullptr), ReadOnly);
        EXPECT_ERR(store->commit(), ReadOnly);
        auto hits = OK(store->find("rust", nullptr));
        CHECK(hits && hits->len() == 1);
    }
    CHECK(read(path_for("ro.mv2")) == before);
}

static void put_many_timeline_delete() {
    auto store = OK(MemvidStore::create(path_for("many.mv2")));
    if (!store) return;
    auto batch = MemvidPutBatch::new_();
    for (int i = 0; i < 1000; i++) {
        auto o = MemvidPutOptions::new_();
        o->set_timestamp(1000 + i);
        OK(o->set_uri("mv2://batch/" + std::to_string(i)));
        OK(batch->add_text("batch document " + std::to_string(i) + " marker" + std::to_string(i) + "z", o.get()));
    }
    auto frame_ids = OK(store->put_many(*batch));
    if (!frame_ids) return;
    CHECK(frame_ids->len() == 1000);
    uint64_t expect = 0;
    for (uint64_t id : *frame_ids) CHECK(id == expect++);
    CHECK(frame_ids->get(999) == std::optional<uint64_t>(999));
    OK(store->commit());
    store.reset();  // destroy closes

    store = OK(MemvidStore::open(path_for("many.mv2")));
    if (!store) return;
    auto hits = OK(store->find("marker777z", nullptr));
    CHECK(hits && ids(*hits) == std::vector<uint64_t>{777});

    auto query = MemvidTimelineQuery::new_();
    query->set_reverse(true);
    OK(query->set_limit(3));
    auto newest = OK(store->timeline(query.get()));
    std::vector<uint64_t> order;
    if (newest)
        for (const auto& entry : *newest) order.push_back(entry.frame_id());
    CHECK(order == (std::vector<uint64_t>{999, 998, 997}));
    EXPECT_ERR(query->set_limit(0), InvalidArgument);

    OK(store->delete_frame(998));
    OK(store->commit());
    CHECK(!OK(store->frame(998))->is_active());
    EXPECT_ERR(store->delete_frame(998), InvalidFrame);
    CHECK(OK(store->timeline(nullptr))->len() == 999);
}

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s <empty scratch dir>\n", argv[0]);
        return 2;
    }
    scratch = argv[1];
    const std::pair<const char*, std::function<void()>> tests[] = {
        {"version_reports_core", version_reports_core},
        {"round_trip_with_raii", round_trip_with_raii},
        {"lexical_find", lexical_find},
        {"query_syntax", query_syntax},
        {"vector_and_hybrid", vector_and_hybrid},
        {"errors_have_codes", errors_have_codes},
        {"read_only_leaves_bytes_unchanged", read_only_leaves_bytes_unchanged},
        {"put_many_timeline_delete", put_many_timeline_delete},
    };
    return run_tests("cpp", tests);
}

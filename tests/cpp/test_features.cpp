// The C++ suite for the rest of memvid: maintenance, updates and corrections, payloads, time
// travel, sessions, memory cards, tables, encryption, ask and tickets, through the generated
// C++17 wrapper (RAII throughout).
// Usage: test_features <empty scratch dir>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "MemvidAnswer.hpp"
#include "MemvidAskOptions.hpp"
#include "MemvidBytes.hpp"
#include "MemvidDoctorPlan.hpp"
#include "MemvidDoctorReport.hpp"
#include "MemvidEncryption.hpp"
#include "MemvidFrame.hpp"
#include "MemvidMaintenance.hpp"
#include "MemvidMemoryCard.hpp"
#include "MemvidMemoryCards.hpp"
#include "MemvidSearchHit.hpp"
#include "MemvidSearchResults.hpp"
#include "MemvidSession.hpp"
#include "MemvidStore.hpp"
#include "MemvidStrings.hpp"
#include "MemvidTable.hpp"
#include "MemvidTimeline.hpp"
#include "MemvidTimelineQuery.hpp"
#include "MemvidVerifyReport.hpp"

#include "harness.hpp"

static std::unique_ptr<MemvidStore> with_notes(const std::string& name, const std::vector<std::string>& notes) {
    auto store = OK(MemvidStore::create(path_for(name)));
    if (!store) return store;
    for (const auto& note : notes) OK(store->put_text(note, nullptr));
    OK(store->commit());
    return store;
}

static void maintenance_on_a_closed_file() {
    const std::string path = path_for("maint.mv2");
    {
        auto store = with_notes("maint.mv2", {"Tomatoes need sunlight.", "Basil likes warmth."});
        if (!store) return;
        EXPECT_ERR(MemvidMaintenance::doctor_plan(path, MemvidDoctorOptions{}), Locked);
        auto holder = OK(MemvidMaintenance::lock_holder(path));
        CHECK(holder.held && holder.this_process);
    }
    auto report = OK(MemvidMaintenance::verify(path, false));
    if (!report) return;
    CHECK(report->passed());
    for (size_t i = 0; i < report->check_count(); i++) {
        CHECK(!report->check_name(i).empty());
        CHECK(report->check_status(i) != MemvidCheckStatus::Failed);
    }
    MemvidDoctorOptions rebuild{};
    rebuild.rebuild_lex_index = true;
    auto plan = OK(MemvidMaintenance::doctor_plan(path, rebuild));
    if (!plan) return;
    CHECK(!plan->is_noop());
    auto healed = OK(plan->apply());
    CHECK(healed && healed->status() == MemvidDoctorStatus::Healed);
    auto store = OK(MemvidStore::open_read_only(path));
    CHECK(store && OK(store->find("basil", nullptr))->len() == 1);
}

static void frames_sessions_and_time() {
    auto store = with_notes("frames.mv2", {"WebAssembly runs in browsers."});
    if (!store) return;
    auto session = OK(store->start_session("edits"));
    CHECK(session.size() == 36);
    CHECK(OK(store->update_text(0, "WebAssembly runs in browsers and on servers.", nullptr)) == 1);
    OK(store->commit());
    CHECK(OK(store->find("servers", nullptr))->len() == 1);
    const std::vector<uint8_t> raw = {0, 1, 2, 255, 0, 7};
    auto id = OK(store->put_bytes(diplomat::span<const uint8_t>(raw.data(), raw.size()), nullptr));
    OK(store->commit());
    auto payload = OK(store->frame_payload(id));
    CHECK(payload && std::vector<uint8_t>(payload->bytes().begin(), payload->bytes().end()) == raw);
    auto ended = OK(store->end_session());
    CHECK(ended && ended->action_count() >= 2);
    auto ids = OK(store->session_ids());
    CHECK(ids && ids->len() == 1 && OK(ids->get(0)) == session);
    EXPECT_ERR(ids->get(1), InvalidArgument);

    auto q = MemvidTimelineQuery::new_();
    q->set_as_of_frame(1);  // frame 0 was superseded by the update (1); frame 2 came later
    auto entries = OK(store->timeline(q.get()));
    CHECK(entries && entries->len() == 1 && entries->get(0)->frame_id() == 1);
}

static void memory_cards_and_facts() {
    auto store = with_notes("cards.mv2", {"I live in Lisbon."});
    if (!store) return;
    auto run = OK(store->enrich());
    CHECK(run.frames == 1 && run.cards >= 1);
    OK(store->add_memory_card(MemvidMemoryKind::Goal, "user", "goal", "learn Portuguese", 0));
    auto state = OK(store->entity_state("user"));
    if (!state) return;
    bool has_location = false, has_goal = false;
    for (const auto& card : *state) {
        has_location |= card.slot() == "location";
        has_goal |= card.slot() == "goal" && card.kind() == MemvidMemoryKind::Goal;
    }
    CHECK(has_location && has_goal);
    auto nt = OK(store->export_facts(MemvidFactFormat::NTriples));
    CHECK(nt.find("<mv2://entity/user> <mv2://slot/goal> \"learn Portuguese\" .") != std::string::npos);
    CHECK(OK(store->memory_stats()).card_count >= 2);
}

static void tables_encryption_ask_tickets() {
    const std::string path = path_for("misc.mv2");
    {
        auto store = with_notes("misc.mv2", {"The ferry leaves the harbour at seven.", "Tomatoes need sunlight."});
        if (!store) return;
        auto answer = OK(store->ask("ferry", nullptr));
        CHECK(answer && answer->has_answer() && answer->sources()->len() >= 1);
        auto options = MemvidAskOptions::new_();
        options->set_context_only(true);
        auto context = OK(store->ask("ferry", options.get()));
        CHECK(context && !context->has_answer() && context->context().find("ferry") != std::string::npos);

        const char* fixtures = std::getenv("MEMVID_FIXTURES");
        const std::string pdf_path = std::string(fixtures ? fixtures : "tests/fixtures") + "/stock.pdf";
        auto tables = OK(store->import_tables(pdf_path));
        CHECK(tables && tables->len() == 1);
        OK(store->commit());
        auto table = OK(store->table(OK(tables->get(0))));
        CHECK(table && table->row_count() == 3 && table->to_csv().find("Nuts") != std::string::npos);

        CHECK(OK(store->capacity()) == 50ull * 1024 * 1024);
        OK(store->apply_ticket("self-hosted", 5, 0, 3600));
        CHECK(OK(store->ticket()).seq_no == 5);
        EXPECT_ERR(store->apply_ticket("self-hosted", 4, 0, 0), TicketReplay);
    }
    auto capsule = OK(MemvidEncryption::lock(path, "s3cret", ""));
    CHECK(capsule == path + "e");
    EXPECT_ERR(MemvidEncryption::unlock(capsule, "wrong", path_for("back.mv2")), Encryption);
    CHECK(OK(MemvidEncryption::unlock(capsule, "s3cret", path_for("back.mv2"))) == path_for("back.mv2"));
    EXPECT_ERR(MemvidStore::open(capsule), Encryption);
}

int main(int argc, char** argv) {
    if (argc != 2 && argc != 3) {
        std::fprintf(stderr, "usage: %s <empty scratch dir>\n", argv[0]);
        return 2;
    }
    scratch = argv[1];
    const std::pair<const char*, std::function<void()>> tests[] = {
        {"maintenance_on_a_closed_file", maintenance_on_a_closed_file},
        {"frames_sessions_and_time", frames_sessions_and_time},
        {"memory_cards_and_facts", memory_cards_and_facts},
        {"tables_encryption_ask_tickets", tables_encryption_ask_tickets},
    };
    return run_tests("cpp-features", tests);
}

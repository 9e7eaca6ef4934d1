// A minimal harness for the C++ suites: CHECK, OK(result) and EXPECT_ERR(result, Code), and
// run_tests, which prints one line per test and the closing "N passed, M failed" line.
#ifndef MEMVID_TEST_HARNESS_HPP
#define MEMVID_TEST_HARNESS_HPP

#include <cstdio>
#include <functional>
#include <string>
#include <utility>

#include "MemvidError.hpp"

using namespace memvid_ffi;
using Error = std::unique_ptr<MemvidError>;

static int failed_checks = 0;
static std::string scratch;

#define CHECK(cond)                                                                          \
    do {                                                                                     \
        if (!(cond)) {                                                                       \
            std::fprintf(stderr, "  %s:%d: CHECK(%s) failed\n", __FILE__, __LINE__, #cond); \
            failed_checks++;                                                                 \
        }                                                                                    \
    } while (0)

// The value of a successful result; records a failure (with the error text) and returns T{}
// otherwise, so a test can go on.
template <class T>
static T ok(diplomat::result<T, Error> r, int line) {
    if (r.is_ok()) return std::move(std::move(r).ok().value());
    std::fprintf(stderr, "  line %d: unexpected error: %s\n", line, std::move(r).err().value()->to_display().c_str());
    failed_checks++;
    return T{};
}
#define OK(expr) ok((expr), __LINE__)

// Checks that a result failed with `code` and a matching "MVnnn" string.
template <class T>
static void expect_err(diplomat::result<T, Error> r, MemvidErrorCode::Value code, int line) {
    if (r.is_ok()) {
        std::fprintf(stderr, "  line %d: expected error %d, got success\n", line, static_cast<int>(code));
        failed_checks++;
        return;
    }
    Error e = std::move(r).err().value();
    char want[8];
    std::snprintf(want, sizeof want, "MV%03d", static_cast<int>(code));
    if (e->code() != code || e->code_str() != want || e->message().empty()) {
        std::fprintf(stderr, "  line %d: expected %s, got %s\n", line, want, e->to_display().c_str());
        failed_checks++;
    }
}
#define EXPECT_ERR(expr, code) expect_err((expr), MemvidErrorCode::code, __LINE__)

static std::string path_for(const std::string& name) { return scratch + "/" + name; }

// Runs the tests and prints "<suite>: N passed, M failed"; the process exit code.
template <size_t N>
static int run_tests(const char* suite, const std::pair<const char*, std::function<void()>> (&tests)[N]) {
    int passed = 0, failed = 0;
    for (const auto& [name, run] : tests) {
        failed_checks = 0;
        run();
        (failed_checks == 0 ? passed : failed)++;
        std::printf("%s %s\n", failed_checks == 0 ? "ok  " : "FAIL", name);
    }
    std::printf("%s: %d passed, %d failed\n", suite, passed, failed);
    return failed == 0 ? 0 : 1;
}

#endif

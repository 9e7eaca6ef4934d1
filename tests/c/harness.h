/* A minimal test harness for the C suite: CHECK macros, string helpers, error-code checks.
 * Each test is a void function; a failed CHECK marks the running test failed and goes on. */
#ifndef MEMVID_TEST_HARNESS_H
#define MEMVID_TEST_HARNESS_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "MemvidError.h"
#include "diplomat_runtime.h"

static int harness_failed_checks;

#define CHECK(cond)                                                                  \
    do {                                                                             \
        if (!(cond)) {                                                               \
            fprintf(stderr, "  %s:%d: CHECK(%s) failed\n", __FILE__, __LINE__, #cond); \
            harness_failed_checks++;                                                 \
        }                                                                            \
    } while (0)

/* Aborts the running test when a precondition for the rest of it fails. */
#define REQUIRE(cond)                                                                  \
    do {                                                                               \
        if (!(cond)) {                                                                 \
            fprintf(stderr, "  %s:%d: REQUIRE(%s) failed\n", __FILE__, __LINE__, #cond); \
            harness_failed_checks++;                                                   \
            return;                                                                    \
        }                                                                              \
    } while (0)

/* A string view over a NUL-terminated string. */
static inline DiplomatStringView sv(const char *s) {
    DiplomatStringView v = {s, strlen(s)};
    return v;
}

static inline DiplomatF32View f32v(const float *data, size_t len) {
    DiplomatF32View v = {data, len};
    return v;
}

/* The write buffer of the current WRITTEN(...); calls inside it pass `W` as their DiplomatWrite. */
static DiplomatWrite *harness_w;
#define W harness_w

/* Copies what was written into a malloc'd NUL-terminated string and frees the buffer. */
static inline char *harness_take(DiplomatWrite *w) {
    size_t n = diplomat_buffer_write_len(w);
    char *s = malloc(n + 1);
    memcpy(s, diplomat_buffer_write_get_bytes(w), n);
    s[n] = 0;
    diplomat_buffer_write_destroy(w);
    return s;
}

/* Evaluates `call` (which writes into W) and returns the text as a malloc'd string. */
#define WRITTEN(call) (harness_w = diplomat_buffer_write_create(16), (void)(call), harness_take(harness_w))

/* Checks that a failed result carries `code` and an "MVnnn" string code, then frees the error. */
#define CHECK_ERR(result, code)                                                           \
    do {                                                                                  \
        CHECK(!(result).is_ok);                                                           \
        if (!(result).is_ok) {                                                            \
            CHECK(memvid_MemvidError_code((result).err) == (code));                       \
            char *code_str_ = WRITTEN(memvid_MemvidError_code_str((result).err, W));      \
            char want_[8];                                                                \
            snprintf(want_, sizeof want_, "MV%03d", (int)(code));                         \
            CHECK(strcmp(code_str_, want_) == 0);                                         \
            char *message_ = WRITTEN(memvid_MemvidError_message((result).err, W));        \
            CHECK(strlen(message_) > 0);                                                  \
            free(code_str_);                                                              \
            free(message_);                                                               \
            memvid_MemvidError_destroy((result).err);                                     \
        }                                                                                 \
    } while (0)

/* Checks success; on failure prints and frees the error. */
#define CHECK_OK(result)                                                                   \
    do {                                                                                   \
        if (!(result).is_ok) {                                                             \
            char *msg_ = WRITTEN(memvid_MemvidError_to_display((result).err, W));          \
            fprintf(stderr, "  %s:%d: unexpected error: %s\n", __FILE__, __LINE__, msg_); \
            free(msg_);                                                                    \
            memvid_MemvidError_destroy((result).err);                                      \
            harness_failed_checks++;                                                       \
        }                                                                                  \
    } while (0)

typedef struct {
    const char *name;
    void (*run)(void);
} harness_test;

/* Runs every test (or only the one named `only`, when not NULL), prints one line per test and
 * the closing "c: N passed, M failed" line. */
static int harness_main(const char *suite, const harness_test *tests, size_t count, const char *only) {
    int passed = 0, failed = 0;
    for (size_t i = 0; i < count; i++) {
        if (only && strcmp(only, tests[i].name) != 0) continue;
        harness_failed_checks = 0;
        tests[i].run();
        if (harness_failed_checks == 0) {
            passed++;
            printf("ok   %s\n", tests[i].name);
        } else {
            failed++;
            printf("FAIL %s\n", tests[i].name);
        }
    }
    printf("%s: %d passed, %d failed\n", suite, passed, failed);
    return failed == 0 ? 0 : 1;
}

#endif

#ifndef MEMVID_FFI_MemvidAnswer_D_HPP
#define MEMVID_FFI_MemvidAnswer_D_HPP

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include <memory>
#include <functional>
#include <optional>
#include <cstdlib>
#include "diplomat_runtime.hpp"
namespace memvid_ffi {
namespace capi { struct MemvidError; }
class MemvidError;
namespace capi { struct MemvidSearchResults; }
class MemvidSearchResults;
} // namespace memvid_ffi



namespace memvid_ffi {
namespace capi {
    struct MemvidAnswer;
} // namespace capi
} // namespace

namespace memvid_ffi {
/**
 * The result of `MemvidStore::ask`.
 *
 * Ownership: owned by the caller; free with `memvid_MemvidAnswer_destroy`.
 */
class MemvidAnswer {
public:

  /**
   * Whether an answer was composed (false for context-only asks and when nothing
   * matched).
   */
  inline bool has_answer() const;

  /**
   * The extractive answer: the best snippets, each followed by its source number `[n]`;
   * empty when there is none.
   */
  inline std::string answer() const;
  template<typename W>
  inline void answer_write(W& writeable_output) const;

  /**
   * The retrieved context: the sources' snippets joined, for a prompt of your own.
   */
  inline std::string context() const;
  template<typename W>
  inline void context_write(W& writeable_output) const;

  /**
   * The sources, best first, as search hits (frame id, uri, title, snippet, score).
   */
  inline std::unique_ptr<memvid_ffi::MemvidSearchResults> sources() const;

  /**
   * The response as memvid-core `AskResponse` JSON (answer, citations, retrieval,
   * context fragments, timings).
   */
  inline memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>> to_json() const;
  template<typename W>
  inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> to_json_write(W& writeable_output) const;

    inline const memvid_ffi::capi::MemvidAnswer* AsFFI() const;
    inline memvid_ffi::capi::MemvidAnswer* AsFFI();
    inline static const memvid_ffi::MemvidAnswer* FromFFI(const memvid_ffi::capi::MemvidAnswer* ptr);
    inline static memvid_ffi::MemvidAnswer* FromFFI(memvid_ffi::capi::MemvidAnswer* ptr);
    inline static void operator delete(void* ptr);
private:
    MemvidAnswer() = delete;
    MemvidAnswer(const memvid_ffi::MemvidAnswer&) = delete;
    MemvidAnswer(memvid_ffi::MemvidAnswer&&) noexcept = delete;
    MemvidAnswer operator=(const memvid_ffi::MemvidAnswer&) = delete;
    MemvidAnswer operator=(memvid_ffi::MemvidAnswer&&) noexcept = delete;
    static void operator delete[](void*, size_t) = delete;
};

} // namespace
#endif // MEMVID_FFI_MemvidAnswer_D_HPP

#ifndef MEMVID_FFI_MemvidAskOptions_D_HPP
#define MEMVID_FFI_MemvidAskOptions_D_HPP

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
namespace capi { struct MemvidAskOptions; }
class MemvidAskOptions;
namespace capi { struct MemvidError; }
class MemvidError;
class MemvidQuerySyntax;
} // namespace memvid_ffi



namespace memvid_ffi {
namespace capi {
    struct MemvidAskOptions;
} // namespace capi
} // namespace

namespace memvid_ffi {
/**
 * Options of `MemvidStore::ask`. Defaults: 8 sources, 240-character snippets, an
 * extractive answer (not context-only), every frame.
 *
 * Ownership: owned by the caller; free with `memvid_MemvidAskOptions_destroy`.
 */
class MemvidAskOptions {
public:

  /**
   * Options with the defaults.
   */
  inline static std::unique_ptr<memvid_ffi::MemvidAskOptions> new_();

  /**
   * How many sources to retrieve (1 to 10,000).
   */
  inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> set_k(uint32_t k);

  /**
   * Sets the language of the question (default `Plain`; `Operators` for memvid's
   * syntax).
   */
  inline void set_syntax(memvid_ffi::MemvidQuerySyntax syntax);

  /**
   * Maximum length of each snippet, in characters.
   */
  inline void set_snippet_chars(uint32_t chars);

  /**
   * Retrieval only: no answer is composed; `context` and `sources` are the result.
   */
  inline void set_context_only(bool on);

  /**
   * Only frames whose uri starts with `scope`.
   */
  inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> set_scope(std::string_view scope);

  /**
   * Time travel: answer as of this frame id (frames after it are ignored).
   */
  inline void set_as_of_frame(uint64_t frame_id);

  /**
   * Time travel: answer as of this Unix time in seconds.
   */
  inline void set_as_of_ts(int64_t ts);

    inline const memvid_ffi::capi::MemvidAskOptions* AsFFI() const;
    inline memvid_ffi::capi::MemvidAskOptions* AsFFI();
    inline static const memvid_ffi::MemvidAskOptions* FromFFI(const memvid_ffi::capi::MemvidAskOptions* ptr);
    inline static memvid_ffi::MemvidAskOptions* FromFFI(memvid_ffi::capi::MemvidAskOptions* ptr);
    inline static void operator delete(void* ptr);
private:
    MemvidAskOptions() = delete;
    MemvidAskOptions(const memvid_ffi::MemvidAskOptions&) = delete;
    MemvidAskOptions(memvid_ffi::MemvidAskOptions&&) noexcept = delete;
    MemvidAskOptions operator=(const memvid_ffi::MemvidAskOptions&) = delete;
    MemvidAskOptions operator=(memvid_ffi::MemvidAskOptions&&) noexcept = delete;
    static void operator delete[](void*, size_t) = delete;
};

} // namespace
#endif // MEMVID_FFI_MemvidAskOptions_D_HPP

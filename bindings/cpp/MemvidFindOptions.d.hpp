#ifndef MEMVID_FFI_MemvidFindOptions_D_HPP
#define MEMVID_FFI_MemvidFindOptions_D_HPP

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
namespace capi { struct MemvidFindOptions; }
class MemvidFindOptions;
class MemvidFindMode;
class MemvidQuerySyntax;
} // namespace memvid_ffi



namespace memvid_ffi {
namespace capi {
    struct MemvidFindOptions;
} // namespace capi
} // namespace

namespace memvid_ffi {
/**
 * Options for `find`: mode, result count, snippet size, filters and the query embedding.
 *
 * Ownership: owned by the caller; free with `memvid_MemvidFindOptions_destroy`.
 */
class MemvidFindOptions {
public:

  /**
   * Lexical mode, plain-text query, k = 10, 200-character snippets, no filters.
   */
  inline static std::unique_ptr<memvid_ffi::MemvidFindOptions> new_();

  /**
   * Sets the mode (default `Lex`).
   */
  inline void set_mode(memvid_ffi::MemvidFindMode mode);

  /**
   * Sets the query language (default `Plain`; `Operators` for memvid's syntax).
   */
  inline void set_syntax(memvid_ffi::MemvidQuerySyntax syntax);

  /**
   * Sets the number of hits wanted, 1 to 10,000 (default 10).
   */
  inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> set_k(uint32_t k);

  /**
   * Sets the snippet size in characters (default 200).
   */
  inline void set_snippet_chars(uint32_t chars);

  /**
   * Restricts hits to frames whose uri starts with `scope` (e.g. `mv2://notes/`).
   */
  inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> set_scope(std::string_view scope);

  /**
   * Restricts hits to the frame with this exact uri (lexical and hybrid modes).
   */
  inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> set_uri(std::string_view uri);

  /**
   * Sets the query embedding used by `Vec` and `Hybrid` modes. It must have the
   * dimension of the stored embeddings and only finite values.
   */
  inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> set_query_embedding(memvid_ffi::diplomat::span<const float> embedding);

  /**
   * Time travel: only frames with id <= `frame_id` (lexical mode).
   */
  inline void set_as_of_frame(uint64_t frame_id);

  /**
   * Time travel: only frames with timestamp <= `ts` seconds (lexical mode).
   */
  inline void set_as_of_ts(int64_t ts);

    inline const memvid_ffi::capi::MemvidFindOptions* AsFFI() const;
    inline memvid_ffi::capi::MemvidFindOptions* AsFFI();
    inline static const memvid_ffi::MemvidFindOptions* FromFFI(const memvid_ffi::capi::MemvidFindOptions* ptr);
    inline static memvid_ffi::MemvidFindOptions* FromFFI(memvid_ffi::capi::MemvidFindOptions* ptr);
    inline static void operator delete(void* ptr);
private:
    MemvidFindOptions() = delete;
    MemvidFindOptions(const memvid_ffi::MemvidFindOptions&) = delete;
    MemvidFindOptions(memvid_ffi::MemvidFindOptions&&) noexcept = delete;
    MemvidFindOptions operator=(const memvid_ffi::MemvidFindOptions&) = delete;
    MemvidFindOptions operator=(memvid_ffi::MemvidFindOptions&&) noexcept = delete;
    static void operator delete[](void*, size_t) = delete;
};

} // namespace
#endif // MEMVID_FFI_MemvidFindOptions_D_HPP

#ifndef MEMVID_FFI_MemvidSearchHit_D_HPP
#define MEMVID_FFI_MemvidSearchHit_D_HPP

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
} // namespace memvid_ffi



namespace memvid_ffi {
namespace capi {
    struct MemvidSearchHit;
} // namespace capi
} // namespace

namespace memvid_ffi {
/**
 * One search hit: which frame matched, how well, and a snippet of its text.
 *
 * Ownership: owned by the caller; free with `memvid_MemvidSearchHit_destroy`.
 */
class MemvidSearchHit {
public:

  /**
   * The id of the matching frame.
   */
  inline uint64_t frame_id() const;

  /**
   * 1-based rank in the result list.
   */
  inline size_t rank() const;

  /**
   * Relevance score (higher is better; BM25, cosine similarity or fused rank score by
   * mode), or 0 when the engine gave none.
   */
  inline float score() const;

  /**
   * The frame's uri.
   */
  inline std::string uri() const;
  template<typename W>
  inline void uri_write(W& writeable_output) const;

  /**
   * The frame's title, or an empty string.
   */
  inline std::string title() const;
  template<typename W>
  inline void title_write(W& writeable_output) const;

  /**
   * The snippet of matching text.
   */
  inline std::string text() const;
  template<typename W>
  inline void text_write(W& writeable_output) const;

  /**
   * This hit as memvid-core `SearchHit` JSON (ranges, chunk, tags, labels, metadata).
   */
  inline memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>> to_json() const;
  template<typename W>
  inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> to_json_write(W& writeable_output) const;

    inline const memvid_ffi::capi::MemvidSearchHit* AsFFI() const;
    inline memvid_ffi::capi::MemvidSearchHit* AsFFI();
    inline static const memvid_ffi::MemvidSearchHit* FromFFI(const memvid_ffi::capi::MemvidSearchHit* ptr);
    inline static memvid_ffi::MemvidSearchHit* FromFFI(memvid_ffi::capi::MemvidSearchHit* ptr);
    inline static void operator delete(void* ptr);
private:
    MemvidSearchHit() = delete;
    MemvidSearchHit(const memvid_ffi::MemvidSearchHit&) = delete;
    MemvidSearchHit(memvid_ffi::MemvidSearchHit&&) noexcept = delete;
    MemvidSearchHit operator=(const memvid_ffi::MemvidSearchHit&) = delete;
    MemvidSearchHit operator=(memvid_ffi::MemvidSearchHit&&) noexcept = delete;
    static void operator delete[](void*, size_t) = delete;
};

} // namespace
#endif // MEMVID_FFI_MemvidSearchHit_D_HPP

#ifndef MEMVID_FFI_MemvidSearchResults_D_HPP
#define MEMVID_FFI_MemvidSearchResults_D_HPP

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
namespace capi { struct MemvidSearchHit; }
class MemvidSearchHit;
namespace capi { struct MemvidSearchHitIter; }
class MemvidSearchHitIter;
} // namespace memvid_ffi



namespace memvid_ffi {
namespace capi {
    struct MemvidSearchResults;
} // namespace capi
} // namespace

namespace memvid_ffi {
/**
 * The ranked hits of one search, best first.
 *
 * Ownership: owned by the caller; free with `memvid_MemvidSearchResults_destroy`.
 * Hits returned by `get` and the iterator are independent copies owned by the caller.
 */
class MemvidSearchResults {
public:

  /**
   * Number of hits.
   */
  inline size_t len() const;

  /**
   * Whether there are no hits.
   */
  inline bool is_empty() const;

  /**
   * Total matching documents before `k` was applied (lexical mode), else the hit count.
   */
  inline size_t total_hits() const;

  /**
   * The hit at `index` (0 = best), or none past the end.
   */
  inline memvid_ffi::diplomat::maybe_null<std::unique_ptr<memvid_ffi::MemvidSearchHit>> get(size_t index) const;

  /**
   * Iterates over the hits, best first.
   */
  inline std::unique_ptr<memvid_ffi::MemvidSearchHitIter> iter() const DIPLOMAT_LIFETIME_BOUND;
  inline memvid_ffi::diplomat::next_to_iter_helper<memvid_ffi::MemvidSearchHitIter> begin() const;
  inline std::nullopt_t end() const { return std::nullopt; }

  /**
   * The whole response as memvid-core `SearchResponse` JSON (hits with snippets, metadata,
   * engine, elapsed time).
   */
  inline memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>> to_json() const;
  template<typename W>
  inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> to_json_write(W& writeable_output) const;

  /**
   * The hits alone, as a JSON array of memvid-core `SearchHit`s without `chunk_text` (a
   * hit's whole chunk, often the whole document: `MemvidStore::frame_text` gives it). About
   * a third the size of `to_json`, for wrappers that decode every hit of every search.
   */
  inline memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>> hits_json() const;
  template<typename W>
  inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> hits_json_write(W& writeable_output) const;

    inline const memvid_ffi::capi::MemvidSearchResults* AsFFI() const;
    inline memvid_ffi::capi::MemvidSearchResults* AsFFI();
    inline static const memvid_ffi::MemvidSearchResults* FromFFI(const memvid_ffi::capi::MemvidSearchResults* ptr);
    inline static memvid_ffi::MemvidSearchResults* FromFFI(memvid_ffi::capi::MemvidSearchResults* ptr);
    inline static void operator delete(void* ptr);
private:
    MemvidSearchResults() = delete;
    MemvidSearchResults(const memvid_ffi::MemvidSearchResults&) = delete;
    MemvidSearchResults(memvid_ffi::MemvidSearchResults&&) noexcept = delete;
    MemvidSearchResults operator=(const memvid_ffi::MemvidSearchResults&) = delete;
    MemvidSearchResults operator=(memvid_ffi::MemvidSearchResults&&) noexcept = delete;
    static void operator delete[](void*, size_t) = delete;
};

} // namespace
#endif // MEMVID_FFI_MemvidSearchResults_D_HPP

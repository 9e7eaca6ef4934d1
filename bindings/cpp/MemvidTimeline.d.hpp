#ifndef MEMVID_FFI_MemvidTimeline_D_HPP
#define MEMVID_FFI_MemvidTimeline_D_HPP

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
namespace capi { struct MemvidTimelineEntry; }
class MemvidTimelineEntry;
namespace capi { struct MemvidTimelineIter; }
class MemvidTimelineIter;
} // namespace memvid_ffi



namespace memvid_ffi {
namespace capi {
    struct MemvidTimeline;
} // namespace capi
} // namespace

namespace memvid_ffi {
/**
 * The entries of a timeline query, in the order asked for.
 *
 * Ownership: owned by the caller; free with `memvid_MemvidTimeline_destroy`.
 */
class MemvidTimeline {
public:

  /**
   * Number of entries.
   */
  inline size_t len() const;

  /**
   * The entry at `index` (owned by the caller), or none past the end.
   */
  inline memvid_ffi::diplomat::maybe_null<std::unique_ptr<memvid_ffi::MemvidTimelineEntry>> get(size_t index) const;

  /**
   * Iterates over the entries.
   */
  inline std::unique_ptr<memvid_ffi::MemvidTimelineIter> iter() const DIPLOMAT_LIFETIME_BOUND;
  inline memvid_ffi::diplomat::next_to_iter_helper<memvid_ffi::MemvidTimelineIter> begin() const;
  inline std::nullopt_t end() const { return std::nullopt; }

  /**
   * All entries as a JSON array of memvid-core `TimelineEntry`.
   */
  inline memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>> to_json() const;
  template<typename W>
  inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> to_json_write(W& writeable_output) const;

    inline const memvid_ffi::capi::MemvidTimeline* AsFFI() const;
    inline memvid_ffi::capi::MemvidTimeline* AsFFI();
    inline static const memvid_ffi::MemvidTimeline* FromFFI(const memvid_ffi::capi::MemvidTimeline* ptr);
    inline static memvid_ffi::MemvidTimeline* FromFFI(memvid_ffi::capi::MemvidTimeline* ptr);
    inline static void operator delete(void* ptr);
private:
    MemvidTimeline() = delete;
    MemvidTimeline(const memvid_ffi::MemvidTimeline&) = delete;
    MemvidTimeline(memvid_ffi::MemvidTimeline&&) noexcept = delete;
    MemvidTimeline operator=(const memvid_ffi::MemvidTimeline&) = delete;
    MemvidTimeline operator=(memvid_ffi::MemvidTimeline&&) noexcept = delete;
    static void operator delete[](void*, size_t) = delete;
};

} // namespace
#endif // MEMVID_FFI_MemvidTimeline_D_HPP

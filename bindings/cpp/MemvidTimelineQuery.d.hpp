#ifndef MEMVID_FFI_MemvidTimelineQuery_D_HPP
#define MEMVID_FFI_MemvidTimelineQuery_D_HPP

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
namespace capi { struct MemvidTimelineQuery; }
class MemvidTimelineQuery;
} // namespace memvid_ffi



namespace memvid_ffi {
namespace capi {
    struct MemvidTimelineQuery;
} // namespace capi
} // namespace

namespace memvid_ffi {
/**
 * A timeline query: which frames to list, in which order.
 *
 * Ownership: owned by the caller; free with `memvid_MemvidTimelineQuery_destroy`.
 */
class MemvidTimelineQuery {
public:

  /**
   * All frames, oldest first.
   */
  inline static std::unique_ptr<memvid_ffi::MemvidTimelineQuery> new_();

  /**
   * memvid-core's `TimelineQuery` as JSON, plus this binding's time-travel keys, e.g.
   * `{"limit":20,"since":1700000000,"until":null,"reverse":true,"as_of_frame":12}`.
   */
  inline static memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidTimelineQuery>, std::unique_ptr<memvid_ffi::MemvidError>> from_json(std::string_view json);

  /**
   * Returns at most `limit` entries (must be at least 1).
   */
  inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> set_limit(uint64_t limit);

  /**
   * Only frames with timestamp >= `ts` (seconds).
   */
  inline void set_since(int64_t ts);

  /**
   * Only frames with timestamp <= `ts` (seconds).
   */
  inline void set_until(int64_t ts);

  /**
   * Newest first when true.
   */
  inline void set_reverse(bool reverse);

  /**
   * Time travel: the timeline as it was when this frame was the newest (frames after it
   * are left out).
   */
  inline void set_as_of_frame(uint64_t frame_id);

  /**
   * Time travel: the timeline as of this Unix time in seconds (later frames are left
   * out; the same as `set_until` unless both are set, when the earlier wins).
   */
  inline void set_as_of_ts(int64_t ts);

    inline const memvid_ffi::capi::MemvidTimelineQuery* AsFFI() const;
    inline memvid_ffi::capi::MemvidTimelineQuery* AsFFI();
    inline static const memvid_ffi::MemvidTimelineQuery* FromFFI(const memvid_ffi::capi::MemvidTimelineQuery* ptr);
    inline static memvid_ffi::MemvidTimelineQuery* FromFFI(memvid_ffi::capi::MemvidTimelineQuery* ptr);
    inline static void operator delete(void* ptr);
private:
    MemvidTimelineQuery() = delete;
    MemvidTimelineQuery(const memvid_ffi::MemvidTimelineQuery&) = delete;
    MemvidTimelineQuery(memvid_ffi::MemvidTimelineQuery&&) noexcept = delete;
    MemvidTimelineQuery operator=(const memvid_ffi::MemvidTimelineQuery&) = delete;
    MemvidTimelineQuery operator=(memvid_ffi::MemvidTimelineQuery&&) noexcept = delete;
    static void operator delete[](void*, size_t) = delete;
};

} // namespace
#endif // MEMVID_FFI_MemvidTimelineQuery_D_HPP

#ifndef MEMVID_FFI_MemvidTimelineEntry_D_HPP
#define MEMVID_FFI_MemvidTimelineEntry_D_HPP

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
namespace capi {
    struct MemvidTimelineEntry;
} // namespace capi
} // namespace

namespace memvid_ffi {
/**
 * One timeline entry: a frame id, its timestamp, uri and a short preview of its text.
 *
 * Ownership: owned by the caller; free with `memvid_MemvidTimelineEntry_destroy`.
 */
class MemvidTimelineEntry {
public:

  /**
   * The frame id.
   */
  inline uint64_t frame_id() const;

  /**
   * Timestamp in seconds since the Unix epoch.
   */
  inline int64_t timestamp() const;

  /**
   * The uri, or an empty string.
   */
  inline std::string uri() const;
  template<typename W>
  inline void uri_write(W& writeable_output) const;

  /**
   * The first characters of the frame's text.
   */
  inline std::string preview() const;
  template<typename W>
  inline void preview_write(W& writeable_output) const;

    inline const memvid_ffi::capi::MemvidTimelineEntry* AsFFI() const;
    inline memvid_ffi::capi::MemvidTimelineEntry* AsFFI();
    inline static const memvid_ffi::MemvidTimelineEntry* FromFFI(const memvid_ffi::capi::MemvidTimelineEntry* ptr);
    inline static memvid_ffi::MemvidTimelineEntry* FromFFI(memvid_ffi::capi::MemvidTimelineEntry* ptr);
    inline static void operator delete(void* ptr);
private:
    MemvidTimelineEntry() = delete;
    MemvidTimelineEntry(const memvid_ffi::MemvidTimelineEntry&) = delete;
    MemvidTimelineEntry(memvid_ffi::MemvidTimelineEntry&&) noexcept = delete;
    MemvidTimelineEntry operator=(const memvid_ffi::MemvidTimelineEntry&) = delete;
    MemvidTimelineEntry operator=(memvid_ffi::MemvidTimelineEntry&&) noexcept = delete;
    static void operator delete[](void*, size_t) = delete;
};

} // namespace
#endif // MEMVID_FFI_MemvidTimelineEntry_D_HPP

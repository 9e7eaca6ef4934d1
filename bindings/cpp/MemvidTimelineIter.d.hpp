#ifndef MEMVID_FFI_MemvidTimelineIter_D_HPP
#define MEMVID_FFI_MemvidTimelineIter_D_HPP

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
namespace capi { struct MemvidTimelineEntry; }
class MemvidTimelineEntry;
} // namespace memvid_ffi



namespace memvid_ffi {
namespace capi {
    struct MemvidTimelineIter;
} // namespace capi
} // namespace

namespace memvid_ffi {
/**
 * Iterator over `MemvidTimeline`; borrows it, which must outlive it.
 */
class MemvidTimelineIter {
public:

  /**
   * The next entry (owned by the caller), or none at the end.
   */
  inline memvid_ffi::diplomat::maybe_null<std::unique_ptr<memvid_ffi::MemvidTimelineEntry>> next();

    inline const memvid_ffi::capi::MemvidTimelineIter* AsFFI() const;
    inline memvid_ffi::capi::MemvidTimelineIter* AsFFI();
    inline static const memvid_ffi::MemvidTimelineIter* FromFFI(const memvid_ffi::capi::MemvidTimelineIter* ptr);
    inline static memvid_ffi::MemvidTimelineIter* FromFFI(memvid_ffi::capi::MemvidTimelineIter* ptr);
    inline static void operator delete(void* ptr);
private:
    MemvidTimelineIter() = delete;
    MemvidTimelineIter(const memvid_ffi::MemvidTimelineIter&) = delete;
    MemvidTimelineIter(memvid_ffi::MemvidTimelineIter&&) noexcept = delete;
    MemvidTimelineIter operator=(const memvid_ffi::MemvidTimelineIter&) = delete;
    MemvidTimelineIter operator=(memvid_ffi::MemvidTimelineIter&&) noexcept = delete;
    static void operator delete[](void*, size_t) = delete;
};

} // namespace
#endif // MEMVID_FFI_MemvidTimelineIter_D_HPP

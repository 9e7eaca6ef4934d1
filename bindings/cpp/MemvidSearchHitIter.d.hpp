#ifndef MEMVID_FFI_MemvidSearchHitIter_D_HPP
#define MEMVID_FFI_MemvidSearchHitIter_D_HPP

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
namespace capi { struct MemvidSearchHit; }
class MemvidSearchHit;
} // namespace memvid_ffi



namespace memvid_ffi {
namespace capi {
    struct MemvidSearchHitIter;
} // namespace capi
} // namespace

namespace memvid_ffi {
/**
 * Iterator over `MemvidSearchResults`; borrows the results, which must outlive it.
 */
class MemvidSearchHitIter {
public:

  /**
   * The next hit (owned by the caller), or none at the end.
   */
  inline memvid_ffi::diplomat::maybe_null<std::unique_ptr<memvid_ffi::MemvidSearchHit>> next();

    inline const memvid_ffi::capi::MemvidSearchHitIter* AsFFI() const;
    inline memvid_ffi::capi::MemvidSearchHitIter* AsFFI();
    inline static const memvid_ffi::MemvidSearchHitIter* FromFFI(const memvid_ffi::capi::MemvidSearchHitIter* ptr);
    inline static memvid_ffi::MemvidSearchHitIter* FromFFI(memvid_ffi::capi::MemvidSearchHitIter* ptr);
    inline static void operator delete(void* ptr);
private:
    MemvidSearchHitIter() = delete;
    MemvidSearchHitIter(const memvid_ffi::MemvidSearchHitIter&) = delete;
    MemvidSearchHitIter(memvid_ffi::MemvidSearchHitIter&&) noexcept = delete;
    MemvidSearchHitIter operator=(const memvid_ffi::MemvidSearchHitIter&) = delete;
    MemvidSearchHitIter operator=(memvid_ffi::MemvidSearchHitIter&&) noexcept = delete;
    static void operator delete[](void*, size_t) = delete;
};

} // namespace
#endif // MEMVID_FFI_MemvidSearchHitIter_D_HPP

#ifndef MEMVID_FFI_MemvidMemoryCardIter_D_HPP
#define MEMVID_FFI_MemvidMemoryCardIter_D_HPP

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
namespace capi { struct MemvidMemoryCard; }
class MemvidMemoryCard;
} // namespace memvid_ffi



namespace memvid_ffi {
namespace capi {
    struct MemvidMemoryCardIter;
} // namespace capi
} // namespace

namespace memvid_ffi {
/**
 * Iterator over `MemvidMemoryCards`; borrows the list, which must outlive it.
 */
class MemvidMemoryCardIter {
public:

  /**
   * The next card (owned by the caller), or none at the end.
   */
  inline memvid_ffi::diplomat::maybe_null<std::unique_ptr<memvid_ffi::MemvidMemoryCard>> next();

    inline const memvid_ffi::capi::MemvidMemoryCardIter* AsFFI() const;
    inline memvid_ffi::capi::MemvidMemoryCardIter* AsFFI();
    inline static const memvid_ffi::MemvidMemoryCardIter* FromFFI(const memvid_ffi::capi::MemvidMemoryCardIter* ptr);
    inline static memvid_ffi::MemvidMemoryCardIter* FromFFI(memvid_ffi::capi::MemvidMemoryCardIter* ptr);
    inline static void operator delete(void* ptr);
private:
    MemvidMemoryCardIter() = delete;
    MemvidMemoryCardIter(const memvid_ffi::MemvidMemoryCardIter&) = delete;
    MemvidMemoryCardIter(memvid_ffi::MemvidMemoryCardIter&&) noexcept = delete;
    MemvidMemoryCardIter operator=(const memvid_ffi::MemvidMemoryCardIter&) = delete;
    MemvidMemoryCardIter operator=(memvid_ffi::MemvidMemoryCardIter&&) noexcept = delete;
    static void operator delete[](void*, size_t) = delete;
};

} // namespace
#endif // MEMVID_FFI_MemvidMemoryCardIter_D_HPP

#ifndef MEMVID_FFI_MemvidFrameIdIter_D_HPP
#define MEMVID_FFI_MemvidFrameIdIter_D_HPP

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
    struct MemvidFrameIdIter;
} // namespace capi
} // namespace

namespace memvid_ffi {
/**
 * Iterator over `MemvidFrameIds`; borrows them, which must outlive it.
 */
class MemvidFrameIdIter {
public:

  /**
   * The next id, or none at the end.
   */
  inline std::optional<uint64_t> next();

    inline const memvid_ffi::capi::MemvidFrameIdIter* AsFFI() const;
    inline memvid_ffi::capi::MemvidFrameIdIter* AsFFI();
    inline static const memvid_ffi::MemvidFrameIdIter* FromFFI(const memvid_ffi::capi::MemvidFrameIdIter* ptr);
    inline static memvid_ffi::MemvidFrameIdIter* FromFFI(memvid_ffi::capi::MemvidFrameIdIter* ptr);
    inline static void operator delete(void* ptr);
private:
    MemvidFrameIdIter() = delete;
    MemvidFrameIdIter(const memvid_ffi::MemvidFrameIdIter&) = delete;
    MemvidFrameIdIter(memvid_ffi::MemvidFrameIdIter&&) noexcept = delete;
    MemvidFrameIdIter operator=(const memvid_ffi::MemvidFrameIdIter&) = delete;
    MemvidFrameIdIter operator=(memvid_ffi::MemvidFrameIdIter&&) noexcept = delete;
    static void operator delete[](void*, size_t) = delete;
};

} // namespace
#endif // MEMVID_FFI_MemvidFrameIdIter_D_HPP

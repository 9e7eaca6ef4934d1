#ifndef MEMVID_FFI_MemvidFrameIds_D_HPP
#define MEMVID_FFI_MemvidFrameIds_D_HPP

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
namespace capi { struct MemvidFrameIdIter; }
class MemvidFrameIdIter;
} // namespace memvid_ffi



namespace memvid_ffi {
namespace capi {
    struct MemvidFrameIds;
} // namespace capi
} // namespace

namespace memvid_ffi {
/**
 * The frame ids assigned by a `put_many`, in the order the documents were added.
 *
 * Ownership: owned by the caller; free with `memvid_MemvidFrameIds_destroy`.
 */
class MemvidFrameIds {
public:

  /**
   * Number of ids.
   */
  inline size_t len() const;

  /**
   * The id at `index`, or none past the end.
   */
  inline std::optional<uint64_t> get(size_t index) const;

  /**
   * Iterates over the ids.
   */
  inline std::unique_ptr<memvid_ffi::MemvidFrameIdIter> iter() const DIPLOMAT_LIFETIME_BOUND;
  inline memvid_ffi::diplomat::next_to_iter_helper<memvid_ffi::MemvidFrameIdIter> begin() const;
  inline std::nullopt_t end() const { return std::nullopt; }

    inline const memvid_ffi::capi::MemvidFrameIds* AsFFI() const;
    inline memvid_ffi::capi::MemvidFrameIds* AsFFI();
    inline static const memvid_ffi::MemvidFrameIds* FromFFI(const memvid_ffi::capi::MemvidFrameIds* ptr);
    inline static memvid_ffi::MemvidFrameIds* FromFFI(memvid_ffi::capi::MemvidFrameIds* ptr);
    inline static void operator delete(void* ptr);
private:
    MemvidFrameIds() = delete;
    MemvidFrameIds(const memvid_ffi::MemvidFrameIds&) = delete;
    MemvidFrameIds(memvid_ffi::MemvidFrameIds&&) noexcept = delete;
    MemvidFrameIds operator=(const memvid_ffi::MemvidFrameIds&) = delete;
    MemvidFrameIds operator=(memvid_ffi::MemvidFrameIds&&) noexcept = delete;
    static void operator delete[](void*, size_t) = delete;
};

} // namespace
#endif // MEMVID_FFI_MemvidFrameIds_D_HPP

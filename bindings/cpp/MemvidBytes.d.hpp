#ifndef MEMVID_FFI_MemvidBytes_D_HPP
#define MEMVID_FFI_MemvidBytes_D_HPP

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
    struct MemvidBytes;
} // namespace capi
} // namespace

namespace memvid_ffi {
/**
 * A frame's stored payload: the bytes that were put, decompressed (for long text, the
 * chunks joined back).
 *
 * Ownership: owned by the caller; free with `memvid_MemvidBytes_destroy`. The slice from
 * `bytes` borrows it.
 */
class MemvidBytes {
public:

  /**
   * Number of bytes.
   */
  inline size_t len() const;

  /**
   * The bytes (valid while this object lives).
   */
  inline memvid_ffi::diplomat::span<const uint8_t> bytes() const DIPLOMAT_LIFETIME_BOUND;

    inline const memvid_ffi::capi::MemvidBytes* AsFFI() const;
    inline memvid_ffi::capi::MemvidBytes* AsFFI();
    inline static const memvid_ffi::MemvidBytes* FromFFI(const memvid_ffi::capi::MemvidBytes* ptr);
    inline static memvid_ffi::MemvidBytes* FromFFI(memvid_ffi::capi::MemvidBytes* ptr);
    inline static void operator delete(void* ptr);
private:
    MemvidBytes() = delete;
    MemvidBytes(const memvid_ffi::MemvidBytes&) = delete;
    MemvidBytes(memvid_ffi::MemvidBytes&&) noexcept = delete;
    MemvidBytes operator=(const memvid_ffi::MemvidBytes&) = delete;
    MemvidBytes operator=(memvid_ffi::MemvidBytes&&) noexcept = delete;
    static void operator delete[](void*, size_t) = delete;
};

} // namespace
#endif // MEMVID_FFI_MemvidBytes_D_HPP

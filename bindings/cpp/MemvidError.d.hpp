#ifndef MEMVID_FFI_MemvidError_D_HPP
#define MEMVID_FFI_MemvidError_D_HPP

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
class MemvidErrorCode;
} // namespace memvid_ffi



namespace memvid_ffi {
namespace capi {
    struct MemvidError;
} // namespace capi
} // namespace

namespace memvid_ffi {
/**
 * An error returned by any fallible function: a stable code and a human-readable message.
 *
 * Ownership: the caller owns it and frees it with `memvid_MemvidError_destroy`
 * (C++/JS/Dart free it automatically).
 */
class MemvidError {
public:

  /**
   * The stable numeric code.
   */
  inline memvid_ffi::MemvidErrorCode code() const;

  /**
   * The stable string code, `MV` followed by three digits (e.g. `MV013`).
   */
  inline std::string code_str() const;
  template<typename W>
  inline void code_str_write(W& writeable_output) const;

  /**
   * The human-readable message (from memvid-core where the error comes from there).
   */
  inline std::string message() const;
  template<typename W>
  inline void message_write(W& writeable_output) const;

  /**
   * `"MVnnn: message"`, for logs.
   */
  inline std::string to_display() const;
  template<typename W>
  inline void to_display_write(W& writeable_output) const;

    inline const memvid_ffi::capi::MemvidError* AsFFI() const;
    inline memvid_ffi::capi::MemvidError* AsFFI();
    inline static const memvid_ffi::MemvidError* FromFFI(const memvid_ffi::capi::MemvidError* ptr);
    inline static memvid_ffi::MemvidError* FromFFI(memvid_ffi::capi::MemvidError* ptr);
    inline static void operator delete(void* ptr);
private:
    MemvidError() = delete;
    MemvidError(const memvid_ffi::MemvidError&) = delete;
    MemvidError(memvid_ffi::MemvidError&&) noexcept = delete;
    MemvidError operator=(const memvid_ffi::MemvidError&) = delete;
    MemvidError operator=(memvid_ffi::MemvidError&&) noexcept = delete;
    static void operator delete[](void*, size_t) = delete;
};

} // namespace
#endif // MEMVID_FFI_MemvidError_D_HPP

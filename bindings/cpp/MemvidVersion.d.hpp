#ifndef MEMVID_FFI_MemvidVersion_D_HPP
#define MEMVID_FFI_MemvidVersion_D_HPP

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
    struct MemvidVersion;
} // namespace capi
} // namespace

namespace memvid_ffi {
/**
 * Version information (no instances: static functions only).
 */
class MemvidVersion {
public:

  /**
   * The binding's version, e.g. `0.1.0`; one version for the library and every package.
   */
  inline static std::string binding();
  template<typename W>
  inline static void binding_write(W& writeable_output);

  /**
   * The version of memvid-core compiled in, e.g. `2.0.140`.
   */
  inline static std::string core();
  template<typename W>
  inline static void core_write(W& writeable_output);

  /**
   * Both, as `memvid-ffi 0.1.0 (memvid-core 2.0.140)`.
   */
  inline static std::string describe();
  template<typename W>
  inline static void describe_write(W& writeable_output);

    inline const memvid_ffi::capi::MemvidVersion* AsFFI() const;
    inline memvid_ffi::capi::MemvidVersion* AsFFI();
    inline static const memvid_ffi::MemvidVersion* FromFFI(const memvid_ffi::capi::MemvidVersion* ptr);
    inline static memvid_ffi::MemvidVersion* FromFFI(memvid_ffi::capi::MemvidVersion* ptr);
    inline static void operator delete(void* ptr);
private:
    MemvidVersion() = delete;
    MemvidVersion(const memvid_ffi::MemvidVersion&) = delete;
    MemvidVersion(memvid_ffi::MemvidVersion&&) noexcept = delete;
    MemvidVersion operator=(const memvid_ffi::MemvidVersion&) = delete;
    MemvidVersion operator=(memvid_ffi::MemvidVersion&&) noexcept = delete;
    static void operator delete[](void*, size_t) = delete;
};

} // namespace
#endif // MEMVID_FFI_MemvidVersion_D_HPP

#ifndef MEMVID_FFI_MemvidEncryption_D_HPP
#define MEMVID_FFI_MemvidEncryption_D_HPP

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
} // namespace memvid_ffi



namespace memvid_ffi {
namespace capi {
    struct MemvidEncryption;
} // namespace capi
} // namespace

namespace memvid_ffi {
/**
 * Encryption of memory files (no instances: static functions only). Each call derives a
 * key with Argon2id, which takes about a second and 64 MiB of memory by design.
 */
class MemvidEncryption {
public:

  /**
   * Encrypts the memory at `path` with `password` into `destination` (or, when it is empty,
   * `path` with the extension `.mv2e`) and writes the output path to `out`. The source is
   * left as it is; delete it yourself once the capsule is safe. Fails with `MV209` if the
   * destination exists and `MV007` if the source is open for writing.
   */
  inline static memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>> lock(std::string_view path, std::string_view password, std::string_view destination);
  template<typename W>
  inline static memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> lock_write(std::string_view path, std::string_view password, std::string_view destination, W& writeable_output);

  /**
   * Decrypts the capsule at `path` into `destination` (or, when it is empty, `path` with the
   * extension `.mv2`) and writes the output path to `out`. A wrong password is `MV016`,
   * and nothing is written. Fails with `MV209` if the destination exists.
   */
  inline static memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>> unlock(std::string_view path, std::string_view password, std::string_view destination);
  template<typename W>
  inline static memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> unlock_write(std::string_view path, std::string_view password, std::string_view destination, W& writeable_output);

    inline const memvid_ffi::capi::MemvidEncryption* AsFFI() const;
    inline memvid_ffi::capi::MemvidEncryption* AsFFI();
    inline static const memvid_ffi::MemvidEncryption* FromFFI(const memvid_ffi::capi::MemvidEncryption* ptr);
    inline static memvid_ffi::MemvidEncryption* FromFFI(memvid_ffi::capi::MemvidEncryption* ptr);
    inline static void operator delete(void* ptr);
private:
    MemvidEncryption() = delete;
    MemvidEncryption(const memvid_ffi::MemvidEncryption&) = delete;
    MemvidEncryption(memvid_ffi::MemvidEncryption&&) noexcept = delete;
    MemvidEncryption operator=(const memvid_ffi::MemvidEncryption&) = delete;
    MemvidEncryption operator=(memvid_ffi::MemvidEncryption&&) noexcept = delete;
    static void operator delete[](void*, size_t) = delete;
};

} // namespace
#endif // MEMVID_FFI_MemvidEncryption_D_HPP

#ifndef MEMVID_FFI_MemvidStrings_D_HPP
#define MEMVID_FFI_MemvidStrings_D_HPP

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
    struct MemvidStrings;
} // namespace capi
} // namespace

namespace memvid_ffi {
/**
 * An ordered list of strings.
 *
 * Ownership: owned by the caller; free with `memvid_MemvidStrings_destroy`.
 */
class MemvidStrings {
public:

  /**
   * Number of strings.
   */
  inline size_t len() const;

  /**
   * Whether the list is empty.
   */
  inline bool is_empty() const;

  /**
   * Writes the string at `index`; `MV202` past the end.
   */
  inline memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>> get(size_t index) const;
  template<typename W>
  inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> get_write(size_t index, W& writeable_output) const;

    inline const memvid_ffi::capi::MemvidStrings* AsFFI() const;
    inline memvid_ffi::capi::MemvidStrings* AsFFI();
    inline static const memvid_ffi::MemvidStrings* FromFFI(const memvid_ffi::capi::MemvidStrings* ptr);
    inline static memvid_ffi::MemvidStrings* FromFFI(memvid_ffi::capi::MemvidStrings* ptr);
    inline static void operator delete(void* ptr);
private:
    MemvidStrings() = delete;
    MemvidStrings(const memvid_ffi::MemvidStrings&) = delete;
    MemvidStrings(memvid_ffi::MemvidStrings&&) noexcept = delete;
    MemvidStrings operator=(const memvid_ffi::MemvidStrings&) = delete;
    MemvidStrings operator=(memvid_ffi::MemvidStrings&&) noexcept = delete;
    static void operator delete[](void*, size_t) = delete;
};

} // namespace
#endif // MEMVID_FFI_MemvidStrings_D_HPP

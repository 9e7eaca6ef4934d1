#ifndef MEMVID_FFI_MemvidVerifyReport_D_HPP
#define MEMVID_FFI_MemvidVerifyReport_D_HPP

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
class MemvidCheckStatus;
} // namespace memvid_ffi



namespace memvid_ffi {
namespace capi {
    struct MemvidVerifyReport;
} // namespace capi
} // namespace

namespace memvid_ffi {
/**
 * The report of `MemvidMaintenance::verify`: named checks with a status each.
 *
 * Ownership: owned by the caller; free with `memvid_MemvidVerifyReport_destroy`.
 */
class MemvidVerifyReport {
public:

  /**
   * Whether every check passed or was skipped.
   */
  inline bool passed() const;

  /**
   * Number of checks.
   */
  inline size_t check_count() const;

  /**
   * The name of check `index` (e.g. `LexIndexDecode`), or an empty string past the end.
   */
  inline std::string check_name(size_t index) const;
  template<typename W>
  inline void check_name_write(size_t index, W& writeable_output) const;

  /**
   * The status of check `index` (`Skipped` past the end).
   */
  inline memvid_ffi::MemvidCheckStatus check_status(size_t index) const;

  /**
   * What check `index` found, or an empty string.
   */
  inline std::string check_details(size_t index) const;
  template<typename W>
  inline void check_details_write(size_t index, W& writeable_output) const;

  /**
   * The report as memvid-core `VerificationReport` JSON.
   */
  inline memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>> to_json() const;
  template<typename W>
  inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> to_json_write(W& writeable_output) const;

    inline const memvid_ffi::capi::MemvidVerifyReport* AsFFI() const;
    inline memvid_ffi::capi::MemvidVerifyReport* AsFFI();
    inline static const memvid_ffi::MemvidVerifyReport* FromFFI(const memvid_ffi::capi::MemvidVerifyReport* ptr);
    inline static memvid_ffi::MemvidVerifyReport* FromFFI(memvid_ffi::capi::MemvidVerifyReport* ptr);
    inline static void operator delete(void* ptr);
private:
    MemvidVerifyReport() = delete;
    MemvidVerifyReport(const memvid_ffi::MemvidVerifyReport&) = delete;
    MemvidVerifyReport(memvid_ffi::MemvidVerifyReport&&) noexcept = delete;
    MemvidVerifyReport operator=(const memvid_ffi::MemvidVerifyReport&) = delete;
    MemvidVerifyReport operator=(memvid_ffi::MemvidVerifyReport&&) noexcept = delete;
    static void operator delete[](void*, size_t) = delete;
};

} // namespace
#endif // MEMVID_FFI_MemvidVerifyReport_D_HPP

#ifndef MEMVID_FFI_MemvidDoctorReport_D_HPP
#define MEMVID_FFI_MemvidDoctorReport_D_HPP

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
class MemvidDoctorStatus;
} // namespace memvid_ffi



namespace memvid_ffi {
namespace capi {
    struct MemvidDoctorReport;
} // namespace capi
} // namespace

namespace memvid_ffi {
/**
 * What a doctor run did.
 *
 * Ownership: owned by the caller; free with `memvid_MemvidDoctorReport_destroy`.
 */
class MemvidDoctorReport {
public:

  /**
   * The overall outcome.
   */
  inline memvid_ffi::MemvidDoctorStatus status() const;

  /**
   * Number of actions that ran.
   */
  inline size_t actions_completed() const;

  /**
   * The report as memvid-core `DoctorReport` JSON (plan, phases, verification).
   */
  inline memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>> to_json() const;
  template<typename W>
  inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> to_json_write(W& writeable_output) const;

    inline const memvid_ffi::capi::MemvidDoctorReport* AsFFI() const;
    inline memvid_ffi::capi::MemvidDoctorReport* AsFFI();
    inline static const memvid_ffi::MemvidDoctorReport* FromFFI(const memvid_ffi::capi::MemvidDoctorReport* ptr);
    inline static memvid_ffi::MemvidDoctorReport* FromFFI(memvid_ffi::capi::MemvidDoctorReport* ptr);
    inline static void operator delete(void* ptr);
private:
    MemvidDoctorReport() = delete;
    MemvidDoctorReport(const memvid_ffi::MemvidDoctorReport&) = delete;
    MemvidDoctorReport(memvid_ffi::MemvidDoctorReport&&) noexcept = delete;
    MemvidDoctorReport operator=(const memvid_ffi::MemvidDoctorReport&) = delete;
    MemvidDoctorReport operator=(memvid_ffi::MemvidDoctorReport&&) noexcept = delete;
    static void operator delete[](void*, size_t) = delete;
};

} // namespace
#endif // MEMVID_FFI_MemvidDoctorReport_D_HPP

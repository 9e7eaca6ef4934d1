#ifndef MEMVID_FFI_MemvidDoctorPlan_D_HPP
#define MEMVID_FFI_MemvidDoctorPlan_D_HPP

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
namespace capi { struct MemvidDoctorReport; }
class MemvidDoctorReport;
namespace capi { struct MemvidError; }
class MemvidError;
} // namespace memvid_ffi



namespace memvid_ffi {
namespace capi {
    struct MemvidDoctorPlan;
} // namespace capi
} // namespace

namespace memvid_ffi {
/**
 * A doctor plan: findings and the actions applying it would take.
 *
 * Ownership: owned by the caller; free with `memvid_MemvidDoctorPlan_destroy`.
 */
class MemvidDoctorPlan {
public:

  /**
   * Whether applying the plan would change nothing.
   */
  inline bool is_noop() const;

  /**
   * Number of problems the probe found.
   */
  inline size_t finding_count() const;

  /**
   * Applies the plan to its file (which must still not be open for writing).
   */
  inline memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidDoctorReport>, std::unique_ptr<memvid_ffi::MemvidError>> apply() const;

  /**
   * The plan as memvid-core `DoctorPlan` JSON (phases, actions, findings).
   */
  inline memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>> to_json() const;
  template<typename W>
  inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> to_json_write(W& writeable_output) const;

    inline const memvid_ffi::capi::MemvidDoctorPlan* AsFFI() const;
    inline memvid_ffi::capi::MemvidDoctorPlan* AsFFI();
    inline static const memvid_ffi::MemvidDoctorPlan* FromFFI(const memvid_ffi::capi::MemvidDoctorPlan* ptr);
    inline static memvid_ffi::MemvidDoctorPlan* FromFFI(memvid_ffi::capi::MemvidDoctorPlan* ptr);
    inline static void operator delete(void* ptr);
private:
    MemvidDoctorPlan() = delete;
    MemvidDoctorPlan(const memvid_ffi::MemvidDoctorPlan&) = delete;
    MemvidDoctorPlan(memvid_ffi::MemvidDoctorPlan&&) noexcept = delete;
    MemvidDoctorPlan operator=(const memvid_ffi::MemvidDoctorPlan&) = delete;
    MemvidDoctorPlan operator=(memvid_ffi::MemvidDoctorPlan&&) noexcept = delete;
    static void operator delete[](void*, size_t) = delete;
};

} // namespace
#endif // MEMVID_FFI_MemvidDoctorPlan_D_HPP

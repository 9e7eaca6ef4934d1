#ifndef MEMVID_FFI_MemvidMaintenance_D_HPP
#define MEMVID_FFI_MemvidMaintenance_D_HPP

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
namespace capi { struct MemvidDoctorPlan; }
class MemvidDoctorPlan;
namespace capi { struct MemvidDoctorReport; }
class MemvidDoctorReport;
namespace capi { struct MemvidError; }
class MemvidError;
namespace capi { struct MemvidVerifyReport; }
class MemvidVerifyReport;
struct MemvidDoctorOptions;
struct MemvidLockHolder;
} // namespace memvid_ffi



namespace memvid_ffi {
namespace capi {
    struct MemvidMaintenance;
} // namespace capi
} // namespace

namespace memvid_ffi {
/**
 * Maintenance functions on memory files by path (no instances: static functions only).
 * The file must not be open for writing (`MV007` if it is).
 */
class MemvidMaintenance {
public:

  /**
   * Verifies a memory file's indexes and bookkeeping. `deep` also checks the time
   * index's order. Problems are reported in the result (`passed` false), not as errors;
   * errors mean the file could not be checked at all (missing, not a memory, locked).
   */
  inline static memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidVerifyReport>, std::unique_ptr<memvid_ffi::MemvidError>> verify(std::string_view path, bool deep);

  /**
   * Plans a doctor run without changing the file: the findings and the actions `apply`
   * would take.
   */
  inline static memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidDoctorPlan>, std::unique_ptr<memvid_ffi::MemvidError>> doctor_plan(std::string_view path, memvid_ffi::MemvidDoctorOptions options);

  /**
   * Plans and applies a doctor run: repairs what the checks find, rebuilds the requested
   * indexes, vacuums if asked, then deep-verifies. The report says what ran.
   */
  inline static memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidDoctorReport>, std::unique_ptr<memvid_ffi::MemvidError>> doctor(std::string_view path, memvid_ffi::MemvidDoctorOptions options);

  /**
   * Whether a writer holds the file's writer lock, and which process.
   */
  inline static memvid_ffi::diplomat::result<memvid_ffi::MemvidLockHolder, std::unique_ptr<memvid_ffi::MemvidError>> lock_holder(std::string_view path);

  /**
   * Checks that the memory is a single file: fails with `MV012` naming the first side
   * file (`-wal`, `-shm`, `-lock`, `-journal`) found next to it, which memvid-core refuses
   * to open alongside.
   */
  inline static memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> check_single_file(std::string_view path);

  /**
   * JSON API for maintenance and encryption; `op` names the call and `request` is a JSON
   * object (see the README's feature table): `verify` `{"path","deep"}` writes a
   * `VerificationReport`; `doctor_plan` and `doctor` `{"path", "options": DoctorOptions}`
   * write a `DoctorPlan` / `DoctorReport`; `lock_holder` and `check_single_file`
   * `{"path"}`; `lock` `{"path","password","output"?}` and `unlock` (the same) write
   * `{"path": output}`.
   */
  inline static memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>> call_json(std::string_view op, std::string_view request);
  template<typename W>
  inline static memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> call_json_write(std::string_view op, std::string_view request, W& writeable_output);

    inline const memvid_ffi::capi::MemvidMaintenance* AsFFI() const;
    inline memvid_ffi::capi::MemvidMaintenance* AsFFI();
    inline static const memvid_ffi::MemvidMaintenance* FromFFI(const memvid_ffi::capi::MemvidMaintenance* ptr);
    inline static memvid_ffi::MemvidMaintenance* FromFFI(memvid_ffi::capi::MemvidMaintenance* ptr);
    inline static void operator delete(void* ptr);
private:
    MemvidMaintenance() = delete;
    MemvidMaintenance(const memvid_ffi::MemvidMaintenance&) = delete;
    MemvidMaintenance(memvid_ffi::MemvidMaintenance&&) noexcept = delete;
    MemvidMaintenance operator=(const memvid_ffi::MemvidMaintenance&) = delete;
    MemvidMaintenance operator=(memvid_ffi::MemvidMaintenance&&) noexcept = delete;
    static void operator delete[](void*, size_t) = delete;
};

} // namespace
#endif // MEMVID_FFI_MemvidMaintenance_D_HPP

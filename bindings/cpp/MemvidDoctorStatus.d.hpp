#ifndef MEMVID_FFI_MemvidDoctorStatus_D_HPP
#define MEMVID_FFI_MemvidDoctorStatus_D_HPP

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
    enum MemvidDoctorStatus {
      MemvidDoctorStatus_Clean = 0,
      MemvidDoctorStatus_Healed = 1,
      MemvidDoctorStatus_Partial = 2,
      MemvidDoctorStatus_Failed = 3,
      MemvidDoctorStatus_PlanOnly = 4,
    };

    typedef struct MemvidDoctorStatus_option {union { MemvidDoctorStatus ok; }; bool is_ok; } MemvidDoctorStatus_option;
} // namespace capi
} // namespace

namespace memvid_ffi {
/**
 * The outcome of a doctor run.
 */
class MemvidDoctorStatus {
public:
    enum Value {
        /**
         * Nothing needed doing.
         */
        Clean = 0,
        /**
         * Every planned action ran and the file verifies.
         */
        Healed = 1,
        /**
         * Some actions ran, some failed.
         */
        Partial = 2,
        /**
         * The run failed; the file's original header was restored.
         */
        Failed = 3,
        /**
         * Only planned (not applied).
         */
        PlanOnly = 4,
    };

    MemvidDoctorStatus(): value(Value::Clean) {}

    // Implicit conversions between enum and ::Value
    constexpr MemvidDoctorStatus(Value v) : value(v) {}
    constexpr operator Value() const { return value; }
    // Prevent usage as boolean value
    explicit operator bool() const = delete;

    inline memvid_ffi::capi::MemvidDoctorStatus AsFFI() const;
    inline static memvid_ffi::MemvidDoctorStatus FromFFI(memvid_ffi::capi::MemvidDoctorStatus c_enum);
private:
    Value value;
};

} // namespace
#endif // MEMVID_FFI_MemvidDoctorStatus_D_HPP

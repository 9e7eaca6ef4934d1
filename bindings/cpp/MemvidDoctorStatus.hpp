#ifndef MEMVID_FFI_MemvidDoctorStatus_HPP
#define MEMVID_FFI_MemvidDoctorStatus_HPP

#include "MemvidDoctorStatus.d.hpp"

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

} // namespace capi
} // namespace

inline memvid_ffi::capi::MemvidDoctorStatus memvid_ffi::MemvidDoctorStatus::AsFFI() const {
    return static_cast<memvid_ffi::capi::MemvidDoctorStatus>(value);
}

inline memvid_ffi::MemvidDoctorStatus memvid_ffi::MemvidDoctorStatus::FromFFI(memvid_ffi::capi::MemvidDoctorStatus c_enum) {
    switch (c_enum) {
        case memvid_ffi::capi::MemvidDoctorStatus_Clean:
        case memvid_ffi::capi::MemvidDoctorStatus_Healed:
        case memvid_ffi::capi::MemvidDoctorStatus_Partial:
        case memvid_ffi::capi::MemvidDoctorStatus_Failed:
        case memvid_ffi::capi::MemvidDoctorStatus_PlanOnly:
            return static_cast<memvid_ffi::MemvidDoctorStatus::Value>(c_enum);
        default:
            std::abort();
    }
}
#endif // MEMVID_FFI_MemvidDoctorStatus_HPP

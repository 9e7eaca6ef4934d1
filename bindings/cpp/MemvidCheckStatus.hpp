#ifndef MEMVID_FFI_MemvidCheckStatus_HPP
#define MEMVID_FFI_MemvidCheckStatus_HPP

#include "MemvidCheckStatus.d.hpp"

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

inline memvid_ffi::capi::MemvidCheckStatus memvid_ffi::MemvidCheckStatus::AsFFI() const {
    return static_cast<memvid_ffi::capi::MemvidCheckStatus>(value);
}

inline memvid_ffi::MemvidCheckStatus memvid_ffi::MemvidCheckStatus::FromFFI(memvid_ffi::capi::MemvidCheckStatus c_enum) {
    switch (c_enum) {
        case memvid_ffi::capi::MemvidCheckStatus_Passed:
        case memvid_ffi::capi::MemvidCheckStatus_Failed:
        case memvid_ffi::capi::MemvidCheckStatus_Skipped:
            return static_cast<memvid_ffi::MemvidCheckStatus::Value>(c_enum);
        default:
            std::abort();
    }
}
#endif // MEMVID_FFI_MemvidCheckStatus_HPP

#ifndef MEMVID_FFI_MemvidMemoryKind_HPP
#define MEMVID_FFI_MemvidMemoryKind_HPP

#include "MemvidMemoryKind.d.hpp"

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

inline memvid_ffi::capi::MemvidMemoryKind memvid_ffi::MemvidMemoryKind::AsFFI() const {
    return static_cast<memvid_ffi::capi::MemvidMemoryKind>(value);
}

inline memvid_ffi::MemvidMemoryKind memvid_ffi::MemvidMemoryKind::FromFFI(memvid_ffi::capi::MemvidMemoryKind c_enum) {
    switch (c_enum) {
        case memvid_ffi::capi::MemvidMemoryKind_Fact:
        case memvid_ffi::capi::MemvidMemoryKind_Preference:
        case memvid_ffi::capi::MemvidMemoryKind_Event:
        case memvid_ffi::capi::MemvidMemoryKind_Profile:
        case memvid_ffi::capi::MemvidMemoryKind_Relationship:
        case memvid_ffi::capi::MemvidMemoryKind_Goal:
        case memvid_ffi::capi::MemvidMemoryKind_Other:
            return static_cast<memvid_ffi::MemvidMemoryKind::Value>(c_enum);
        default:
            std::abort();
    }
}
#endif // MEMVID_FFI_MemvidMemoryKind_HPP

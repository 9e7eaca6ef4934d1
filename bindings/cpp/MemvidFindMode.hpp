#ifndef MEMVID_FFI_MemvidFindMode_HPP
#define MEMVID_FFI_MemvidFindMode_HPP

#include "MemvidFindMode.d.hpp"

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

inline memvid_ffi::capi::MemvidFindMode memvid_ffi::MemvidFindMode::AsFFI() const {
    return static_cast<memvid_ffi::capi::MemvidFindMode>(value);
}

inline memvid_ffi::MemvidFindMode memvid_ffi::MemvidFindMode::FromFFI(memvid_ffi::capi::MemvidFindMode c_enum) {
    switch (c_enum) {
        case memvid_ffi::capi::MemvidFindMode_Lex:
        case memvid_ffi::capi::MemvidFindMode_Vec:
        case memvid_ffi::capi::MemvidFindMode_Hybrid:
            return static_cast<memvid_ffi::MemvidFindMode::Value>(c_enum);
        default:
            std::abort();
    }
}
#endif // MEMVID_FFI_MemvidFindMode_HPP

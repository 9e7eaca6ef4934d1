#ifndef MEMVID_FFI_MemvidFactFormat_HPP
#define MEMVID_FFI_MemvidFactFormat_HPP

#include "MemvidFactFormat.d.hpp"

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

inline memvid_ffi::capi::MemvidFactFormat memvid_ffi::MemvidFactFormat::AsFFI() const {
    return static_cast<memvid_ffi::capi::MemvidFactFormat>(value);
}

inline memvid_ffi::MemvidFactFormat memvid_ffi::MemvidFactFormat::FromFFI(memvid_ffi::capi::MemvidFactFormat c_enum) {
    switch (c_enum) {
        case memvid_ffi::capi::MemvidFactFormat_Json:
        case memvid_ffi::capi::MemvidFactFormat_NTriples:
        case memvid_ffi::capi::MemvidFactFormat_Csv:
            return static_cast<memvid_ffi::MemvidFactFormat::Value>(c_enum);
        default:
            std::abort();
    }
}
#endif // MEMVID_FFI_MemvidFactFormat_HPP

#ifndef MEMVID_FFI_MemvidQuerySyntax_HPP
#define MEMVID_FFI_MemvidQuerySyntax_HPP

#include "MemvidQuerySyntax.d.hpp"

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

inline memvid_ffi::capi::MemvidQuerySyntax memvid_ffi::MemvidQuerySyntax::AsFFI() const {
    return static_cast<memvid_ffi::capi::MemvidQuerySyntax>(value);
}

inline memvid_ffi::MemvidQuerySyntax memvid_ffi::MemvidQuerySyntax::FromFFI(memvid_ffi::capi::MemvidQuerySyntax c_enum) {
    switch (c_enum) {
        case memvid_ffi::capi::MemvidQuerySyntax_Plain:
        case memvid_ffi::capi::MemvidQuerySyntax_Operators:
            return static_cast<memvid_ffi::MemvidQuerySyntax::Value>(c_enum);
        default:
            std::abort();
    }
}
#endif // MEMVID_FFI_MemvidQuerySyntax_HPP

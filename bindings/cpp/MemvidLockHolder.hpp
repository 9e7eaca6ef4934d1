#ifndef MEMVID_FFI_MemvidLockHolder_HPP
#define MEMVID_FFI_MemvidLockHolder_HPP

#include "MemvidLockHolder.d.hpp"

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


inline memvid_ffi::capi::MemvidLockHolder memvid_ffi::MemvidLockHolder::AsFFI() const {
    return memvid_ffi::capi::MemvidLockHolder {
        /* .held = */ held,
        /* .pid = */ pid,
        /* .this_process = */ this_process,
    };
}

inline memvid_ffi::MemvidLockHolder memvid_ffi::MemvidLockHolder::FromFFI(memvid_ffi::capi::MemvidLockHolder c_struct) {
    return memvid_ffi::MemvidLockHolder {
        /* .held = */ c_struct.held,
        /* .pid = */ c_struct.pid,
        /* .this_process = */ c_struct.this_process,
    };
}


#endif // MEMVID_FFI_MemvidLockHolder_HPP

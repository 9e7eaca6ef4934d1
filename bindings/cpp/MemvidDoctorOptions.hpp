#ifndef MEMVID_FFI_MemvidDoctorOptions_HPP
#define MEMVID_FFI_MemvidDoctorOptions_HPP

#include "MemvidDoctorOptions.d.hpp"

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


inline memvid_ffi::capi::MemvidDoctorOptions memvid_ffi::MemvidDoctorOptions::AsFFI() const {
    return memvid_ffi::capi::MemvidDoctorOptions {
        /* .rebuild_time_index = */ rebuild_time_index,
        /* .rebuild_lex_index = */ rebuild_lex_index,
        /* .rebuild_vec_index = */ rebuild_vec_index,
        /* .vacuum = */ vacuum,
    };
}

inline memvid_ffi::MemvidDoctorOptions memvid_ffi::MemvidDoctorOptions::FromFFI(memvid_ffi::capi::MemvidDoctorOptions c_struct) {
    return memvid_ffi::MemvidDoctorOptions {
        /* .rebuild_time_index = */ c_struct.rebuild_time_index,
        /* .rebuild_lex_index = */ c_struct.rebuild_lex_index,
        /* .rebuild_vec_index = */ c_struct.rebuild_vec_index,
        /* .vacuum = */ c_struct.vacuum,
    };
}


#endif // MEMVID_FFI_MemvidDoctorOptions_HPP

#ifndef MEMVID_FFI_MemvidStats_HPP
#define MEMVID_FFI_MemvidStats_HPP

#include "MemvidStats.d.hpp"

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


inline memvid_ffi::capi::MemvidStats memvid_ffi::MemvidStats::AsFFI() const {
    return memvid_ffi::capi::MemvidStats {
        /* .frame_count = */ frame_count,
        /* .active_frame_count = */ active_frame_count,
        /* .size_bytes = */ size_bytes,
        /* .payload_bytes = */ payload_bytes,
        /* .logical_bytes = */ logical_bytes,
        /* .capacity_bytes = */ capacity_bytes,
        /* .remaining_capacity_bytes = */ remaining_capacity_bytes,
        /* .vector_count = */ vector_count,
        /* .has_lex_index = */ has_lex_index,
        /* .has_vec_index = */ has_vec_index,
        /* .has_time_index = */ has_time_index,
        /* .dead_bytes = */ dead_bytes,
    };
}

inline memvid_ffi::MemvidStats memvid_ffi::MemvidStats::FromFFI(memvid_ffi::capi::MemvidStats c_struct) {
    return memvid_ffi::MemvidStats {
        /* .frame_count = */ c_struct.frame_count,
        /* .active_frame_count = */ c_struct.active_frame_count,
        /* .size_bytes = */ c_struct.size_bytes,
        /* .payload_bytes = */ c_struct.payload_bytes,
        /* .logical_bytes = */ c_struct.logical_bytes,
        /* .capacity_bytes = */ c_struct.capacity_bytes,
        /* .remaining_capacity_bytes = */ c_struct.remaining_capacity_bytes,
        /* .vector_count = */ c_struct.vector_count,
        /* .has_lex_index = */ c_struct.has_lex_index,
        /* .has_vec_index = */ c_struct.has_vec_index,
        /* .has_time_index = */ c_struct.has_time_index,
        /* .dead_bytes = */ c_struct.dead_bytes,
    };
}


#endif // MEMVID_FFI_MemvidStats_HPP

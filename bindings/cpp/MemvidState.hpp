#ifndef MEMVID_FFI_MemvidState_HPP
#define MEMVID_FFI_MemvidState_HPP

#include "MemvidState.d.hpp"

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


inline memvid_ffi::capi::MemvidState memvid_ffi::MemvidState::AsFFI() const {
    return memvid_ffi::capi::MemvidState {
        /* .committed_frames = */ committed_frames,
        /* .pending_frames = */ pending_frames,
        /* .next_frame_id = */ next_frame_id,
        /* .vec_dimension = */ vec_dimension,
        /* .read_only = */ read_only,
    };
}

inline memvid_ffi::MemvidState memvid_ffi::MemvidState::FromFFI(memvid_ffi::capi::MemvidState c_struct) {
    return memvid_ffi::MemvidState {
        /* .committed_frames = */ c_struct.committed_frames,
        /* .pending_frames = */ c_struct.pending_frames,
        /* .next_frame_id = */ c_struct.next_frame_id,
        /* .vec_dimension = */ c_struct.vec_dimension,
        /* .read_only = */ c_struct.read_only,
    };
}


#endif // MEMVID_FFI_MemvidState_HPP

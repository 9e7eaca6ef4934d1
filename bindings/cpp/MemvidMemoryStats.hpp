#ifndef MEMVID_FFI_MemvidMemoryStats_HPP
#define MEMVID_FFI_MemvidMemoryStats_HPP

#include "MemvidMemoryStats.d.hpp"

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


inline memvid_ffi::capi::MemvidMemoryStats memvid_ffi::MemvidMemoryStats::AsFFI() const {
    return memvid_ffi::capi::MemvidMemoryStats {
        /* .card_count = */ card_count,
        /* .entity_count = */ entity_count,
        /* .slot_count = */ slot_count,
        /* .enriched_frames = */ enriched_frames,
    };
}

inline memvid_ffi::MemvidMemoryStats memvid_ffi::MemvidMemoryStats::FromFFI(memvid_ffi::capi::MemvidMemoryStats c_struct) {
    return memvid_ffi::MemvidMemoryStats {
        /* .card_count = */ c_struct.card_count,
        /* .entity_count = */ c_struct.entity_count,
        /* .slot_count = */ c_struct.slot_count,
        /* .enriched_frames = */ c_struct.enriched_frames,
    };
}


#endif // MEMVID_FFI_MemvidMemoryStats_HPP

#ifndef MEMVID_FFI_MemvidEnrichment_HPP
#define MEMVID_FFI_MemvidEnrichment_HPP

#include "MemvidEnrichment.d.hpp"

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


inline memvid_ffi::capi::MemvidEnrichment memvid_ffi::MemvidEnrichment::AsFFI() const {
    return memvid_ffi::capi::MemvidEnrichment {
        /* .frames = */ frames,
        /* .cards = */ cards,
    };
}

inline memvid_ffi::MemvidEnrichment memvid_ffi::MemvidEnrichment::FromFFI(memvid_ffi::capi::MemvidEnrichment c_struct) {
    return memvid_ffi::MemvidEnrichment {
        /* .frames = */ c_struct.frames,
        /* .cards = */ c_struct.cards,
    };
}


#endif // MEMVID_FFI_MemvidEnrichment_HPP

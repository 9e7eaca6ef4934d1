#ifndef MEMVID_FFI_MemvidTicket_HPP
#define MEMVID_FFI_MemvidTicket_HPP

#include "MemvidTicket.d.hpp"

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


inline memvid_ffi::capi::MemvidTicket memvid_ffi::MemvidTicket::AsFFI() const {
    return memvid_ffi::capi::MemvidTicket {
        /* .seq_no = */ seq_no,
        /* .capacity_bytes = */ capacity_bytes,
        /* .expires_in_secs = */ expires_in_secs,
        /* .verified = */ verified,
    };
}

inline memvid_ffi::MemvidTicket memvid_ffi::MemvidTicket::FromFFI(memvid_ffi::capi::MemvidTicket c_struct) {
    return memvid_ffi::MemvidTicket {
        /* .seq_no = */ c_struct.seq_no,
        /* .capacity_bytes = */ c_struct.capacity_bytes,
        /* .expires_in_secs = */ c_struct.expires_in_secs,
        /* .verified = */ c_struct.verified,
    };
}


#endif // MEMVID_FFI_MemvidTicket_HPP

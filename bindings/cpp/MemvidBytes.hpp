#ifndef MEMVID_FFI_MemvidBytes_HPP
#define MEMVID_FFI_MemvidBytes_HPP

#include "MemvidBytes.d.hpp"

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
    extern "C" {

    size_t memvid_MemvidBytes_len(const memvid_ffi::capi::MemvidBytes* self);

    memvid_ffi::diplomat::capi::DiplomatU8View memvid_MemvidBytes_bytes(const memvid_ffi::capi::MemvidBytes* self);

    void memvid_MemvidBytes_destroy(MemvidBytes* self);

    } // extern "C"
} // namespace capi
} // namespace

inline size_t memvid_ffi::MemvidBytes::len() const {
    auto result = memvid_ffi::capi::memvid_MemvidBytes_len(this->AsFFI());
    return result;
}

inline memvid_ffi::diplomat::span<const uint8_t> memvid_ffi::MemvidBytes::bytes() const DIPLOMAT_LIFETIME_BOUND {
    auto result = memvid_ffi::capi::memvid_MemvidBytes_bytes(this->AsFFI());
    return memvid_ffi::diplomat::span<const uint8_t>(result.data, result.len);
}

inline const memvid_ffi::capi::MemvidBytes* memvid_ffi::MemvidBytes::AsFFI() const {
    return reinterpret_cast<const memvid_ffi::capi::MemvidBytes*>(this);
}

inline memvid_ffi::capi::MemvidBytes* memvid_ffi::MemvidBytes::AsFFI() {
    return reinterpret_cast<memvid_ffi::capi::MemvidBytes*>(this);
}

inline const memvid_ffi::MemvidBytes* memvid_ffi::MemvidBytes::FromFFI(const memvid_ffi::capi::MemvidBytes* ptr) {
    return reinterpret_cast<const memvid_ffi::MemvidBytes*>(ptr);
}

inline memvid_ffi::MemvidBytes* memvid_ffi::MemvidBytes::FromFFI(memvid_ffi::capi::MemvidBytes* ptr) {
    return reinterpret_cast<memvid_ffi::MemvidBytes*>(ptr);
}

inline void memvid_ffi::MemvidBytes::operator delete(void* ptr) {
    memvid_ffi::capi::memvid_MemvidBytes_destroy(reinterpret_cast<memvid_ffi::capi::MemvidBytes*>(ptr));
}


#endif // MEMVID_FFI_MemvidBytes_HPP

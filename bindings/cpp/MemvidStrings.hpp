#ifndef MEMVID_FFI_MemvidStrings_HPP
#define MEMVID_FFI_MemvidStrings_HPP

#include "MemvidStrings.d.hpp"

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

    size_t memvid_MemvidStrings_len(const memvid_ffi::capi::MemvidStrings* self);

    bool memvid_MemvidStrings_is_empty(const memvid_ffi::capi::MemvidStrings* self);

    bool memvid_MemvidStrings_get(const memvid_ffi::capi::MemvidStrings* self, size_t index);

    void memvid_MemvidStrings_destroy(MemvidStrings* self);

    } // extern "C"
} // namespace capi
} // namespace

inline size_t memvid_ffi::MemvidStrings::len() const {
    auto result = memvid_ffi::capi::memvid_MemvidStrings_len(this->AsFFI());
    return result;
}

inline bool memvid_ffi::MemvidStrings::is_empty() const {
    auto result = memvid_ffi::capi::memvid_MemvidStrings_is_empty(this->AsFFI());
    return result;
}

inline bool memvid_ffi::MemvidStrings::get(size_t index) const {
    auto result = memvid_ffi::capi::memvid_MemvidStrings_get(this->AsFFI(),
        index);
    return result;
}

inline const memvid_ffi::capi::MemvidStrings* memvid_ffi::MemvidStrings::AsFFI() const {
    return reinterpret_cast<const memvid_ffi::capi::MemvidStrings*>(this);
}

inline memvid_ffi::capi::MemvidStrings* memvid_ffi::MemvidStrings::AsFFI() {
    return reinterpret_cast<memvid_ffi::capi::MemvidStrings*>(this);
}

inline const memvid_ffi::MemvidStrings* memvid_ffi::MemvidStrings::FromFFI(const memvid_ffi::capi::MemvidStrings* ptr) {
    return reinterpret_cast<const memvid_ffi::MemvidStrings*>(ptr);
}

inline memvid_ffi::MemvidStrings* memvid_ffi::MemvidStrings::FromFFI(memvid_ffi::capi::MemvidStrings* ptr) {
    return reinterpret_cast<memvid_ffi::MemvidStrings*>(ptr);
}

inline void memvid_ffi::MemvidStrings::operator delete(void* ptr) {
    memvid_ffi::capi::memvid_MemvidStrings_destroy(reinterpret_cast<memvid_ffi::capi::MemvidStrings*>(ptr));
}


#endif // MEMVID_FFI_MemvidStrings_HPP

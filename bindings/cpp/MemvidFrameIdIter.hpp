#ifndef MEMVID_FFI_MemvidFrameIdIter_HPP
#define MEMVID_FFI_MemvidFrameIdIter_HPP

#include "MemvidFrameIdIter.d.hpp"

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

    typedef struct memvid_MemvidFrameIdIter_next_result {union {uint64_t ok; }; bool is_ok;} memvid_MemvidFrameIdIter_next_result;
    memvid_MemvidFrameIdIter_next_result memvid_MemvidFrameIdIter_next(memvid_ffi::capi::MemvidFrameIdIter* self);

    void memvid_MemvidFrameIdIter_destroy(MemvidFrameIdIter* self);

    } // extern "C"
} // namespace capi
} // namespace

inline std::optional<uint64_t> memvid_ffi::MemvidFrameIdIter::next() {
    auto result = memvid_ffi::capi::memvid_MemvidFrameIdIter_next(this->AsFFI());
    return result.is_ok ? std::optional<uint64_t>(result.ok) : std::nullopt;
}

inline const memvid_ffi::capi::MemvidFrameIdIter* memvid_ffi::MemvidFrameIdIter::AsFFI() const {
    return reinterpret_cast<const memvid_ffi::capi::MemvidFrameIdIter*>(this);
}

inline memvid_ffi::capi::MemvidFrameIdIter* memvid_ffi::MemvidFrameIdIter::AsFFI() {
    return reinterpret_cast<memvid_ffi::capi::MemvidFrameIdIter*>(this);
}

inline const memvid_ffi::MemvidFrameIdIter* memvid_ffi::MemvidFrameIdIter::FromFFI(const memvid_ffi::capi::MemvidFrameIdIter* ptr) {
    return reinterpret_cast<const memvid_ffi::MemvidFrameIdIter*>(ptr);
}

inline memvid_ffi::MemvidFrameIdIter* memvid_ffi::MemvidFrameIdIter::FromFFI(memvid_ffi::capi::MemvidFrameIdIter* ptr) {
    return reinterpret_cast<memvid_ffi::MemvidFrameIdIter*>(ptr);
}

inline void memvid_ffi::MemvidFrameIdIter::operator delete(void* ptr) {
    memvid_ffi::capi::memvid_MemvidFrameIdIter_destroy(reinterpret_cast<memvid_ffi::capi::MemvidFrameIdIter*>(ptr));
}


#endif // MEMVID_FFI_MemvidFrameIdIter_HPP

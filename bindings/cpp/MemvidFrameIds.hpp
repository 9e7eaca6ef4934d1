#ifndef MEMVID_FFI_MemvidFrameIds_HPP
#define MEMVID_FFI_MemvidFrameIds_HPP

#include "MemvidFrameIds.d.hpp"

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include <memory>
#include <functional>
#include <optional>
#include <cstdlib>
#include "MemvidFrameIdIter.hpp"
#include "diplomat_runtime.hpp"


namespace memvid_ffi {
namespace capi {
    extern "C" {

    size_t memvid_MemvidFrameIds_len(const memvid_ffi::capi::MemvidFrameIds* self);

    typedef struct memvid_MemvidFrameIds_get_result {union {uint64_t ok; }; bool is_ok;} memvid_MemvidFrameIds_get_result;
    memvid_MemvidFrameIds_get_result memvid_MemvidFrameIds_get(const memvid_ffi::capi::MemvidFrameIds* self, size_t index);

    memvid_ffi::capi::MemvidFrameIdIter* memvid_MemvidFrameIds_iter(const memvid_ffi::capi::MemvidFrameIds* self);

    void memvid_MemvidFrameIds_destroy(MemvidFrameIds* self);

    } // extern "C"
} // namespace capi
} // namespace

inline size_t memvid_ffi::MemvidFrameIds::len() const {
    auto result = memvid_ffi::capi::memvid_MemvidFrameIds_len(this->AsFFI());
    return result;
}

inline std::optional<uint64_t> memvid_ffi::MemvidFrameIds::get(size_t index) const {
    auto result = memvid_ffi::capi::memvid_MemvidFrameIds_get(this->AsFFI(),
        index);
    return result.is_ok ? std::optional<uint64_t>(result.ok) : std::nullopt;
}

inline std::unique_ptr<memvid_ffi::MemvidFrameIdIter> memvid_ffi::MemvidFrameIds::iter() const DIPLOMAT_LIFETIME_BOUND {
    auto result = memvid_ffi::capi::memvid_MemvidFrameIds_iter(this->AsFFI());
    return std::unique_ptr<memvid_ffi::MemvidFrameIdIter>(memvid_ffi::MemvidFrameIdIter::FromFFI(result));
}

inline memvid_ffi::diplomat::next_to_iter_helper<memvid_ffi::MemvidFrameIdIter>memvid_ffi::MemvidFrameIds::begin() const {
    return iter();
}

inline const memvid_ffi::capi::MemvidFrameIds* memvid_ffi::MemvidFrameIds::AsFFI() const {
    return reinterpret_cast<const memvid_ffi::capi::MemvidFrameIds*>(this);
}

inline memvid_ffi::capi::MemvidFrameIds* memvid_ffi::MemvidFrameIds::AsFFI() {
    return reinterpret_cast<memvid_ffi::capi::MemvidFrameIds*>(this);
}

inline const memvid_ffi::MemvidFrameIds* memvid_ffi::MemvidFrameIds::FromFFI(const memvid_ffi::capi::MemvidFrameIds* ptr) {
    return reinterpret_cast<const memvid_ffi::MemvidFrameIds*>(ptr);
}

inline memvid_ffi::MemvidFrameIds* memvid_ffi::MemvidFrameIds::FromFFI(memvid_ffi::capi::MemvidFrameIds* ptr) {
    return reinterpret_cast<memvid_ffi::MemvidFrameIds*>(ptr);
}

inline void memvid_ffi::MemvidFrameIds::operator delete(void* ptr) {
    memvid_ffi::capi::memvid_MemvidFrameIds_destroy(reinterpret_cast<memvid_ffi::capi::MemvidFrameIds*>(ptr));
}


#endif // MEMVID_FFI_MemvidFrameIds_HPP

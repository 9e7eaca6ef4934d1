#ifndef MEMVID_FFI_MemvidSearchHitIter_HPP
#define MEMVID_FFI_MemvidSearchHitIter_HPP

#include "MemvidSearchHitIter.d.hpp"

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include <memory>
#include <functional>
#include <optional>
#include <cstdlib>
#include "MemvidSearchHit.hpp"
#include "diplomat_runtime.hpp"


namespace memvid_ffi {
namespace capi {
    extern "C" {

    memvid_ffi::capi::MemvidSearchHit* memvid_MemvidSearchHitIter_next(memvid_ffi::capi::MemvidSearchHitIter* self);

    void memvid_MemvidSearchHitIter_destroy(MemvidSearchHitIter* self);

    } // extern "C"
} // namespace capi
} // namespace

inline memvid_ffi::diplomat::maybe_null<std::unique_ptr<memvid_ffi::MemvidSearchHit>> memvid_ffi::MemvidSearchHitIter::next() {
    auto result = memvid_ffi::capi::memvid_MemvidSearchHitIter_next(this->AsFFI());
    return std::unique_ptr<memvid_ffi::MemvidSearchHit>(memvid_ffi::MemvidSearchHit::FromFFI(result));
}

inline const memvid_ffi::capi::MemvidSearchHitIter* memvid_ffi::MemvidSearchHitIter::AsFFI() const {
    return reinterpret_cast<const memvid_ffi::capi::MemvidSearchHitIter*>(this);
}

inline memvid_ffi::capi::MemvidSearchHitIter* memvid_ffi::MemvidSearchHitIter::AsFFI() {
    return reinterpret_cast<memvid_ffi::capi::MemvidSearchHitIter*>(this);
}

inline const memvid_ffi::MemvidSearchHitIter* memvid_ffi::MemvidSearchHitIter::FromFFI(const memvid_ffi::capi::MemvidSearchHitIter* ptr) {
    return reinterpret_cast<const memvid_ffi::MemvidSearchHitIter*>(ptr);
}

inline memvid_ffi::MemvidSearchHitIter* memvid_ffi::MemvidSearchHitIter::FromFFI(memvid_ffi::capi::MemvidSearchHitIter* ptr) {
    return reinterpret_cast<memvid_ffi::MemvidSearchHitIter*>(ptr);
}

inline void memvid_ffi::MemvidSearchHitIter::operator delete(void* ptr) {
    memvid_ffi::capi::memvid_MemvidSearchHitIter_destroy(reinterpret_cast<memvid_ffi::capi::MemvidSearchHitIter*>(ptr));
}


#endif // MEMVID_FFI_MemvidSearchHitIter_HPP

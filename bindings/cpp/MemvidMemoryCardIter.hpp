#ifndef MEMVID_FFI_MemvidMemoryCardIter_HPP
#define MEMVID_FFI_MemvidMemoryCardIter_HPP

#include "MemvidMemoryCardIter.d.hpp"

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include <memory>
#include <functional>
#include <optional>
#include <cstdlib>
#include "MemvidMemoryCard.hpp"
#include "diplomat_runtime.hpp"


namespace memvid_ffi {
namespace capi {
    extern "C" {

    memvid_ffi::capi::MemvidMemoryCard* memvid_MemvidMemoryCardIter_next(memvid_ffi::capi::MemvidMemoryCardIter* self);

    void memvid_MemvidMemoryCardIter_destroy(MemvidMemoryCardIter* self);

    } // extern "C"
} // namespace capi
} // namespace

inline memvid_ffi::diplomat::maybe_null<std::unique_ptr<memvid_ffi::MemvidMemoryCard>> memvid_ffi::MemvidMemoryCardIter::next() {
    auto result = memvid_ffi::capi::memvid_MemvidMemoryCardIter_next(this->AsFFI());
    return std::unique_ptr<memvid_ffi::MemvidMemoryCard>(memvid_ffi::MemvidMemoryCard::FromFFI(result));
}

inline const memvid_ffi::capi::MemvidMemoryCardIter* memvid_ffi::MemvidMemoryCardIter::AsFFI() const {
    return reinterpret_cast<const memvid_ffi::capi::MemvidMemoryCardIter*>(this);
}

inline memvid_ffi::capi::MemvidMemoryCardIter* memvid_ffi::MemvidMemoryCardIter::AsFFI() {
    return reinterpret_cast<memvid_ffi::capi::MemvidMemoryCardIter*>(this);
}

inline const memvid_ffi::MemvidMemoryCardIter* memvid_ffi::MemvidMemoryCardIter::FromFFI(const memvid_ffi::capi::MemvidMemoryCardIter* ptr) {
    return reinterpret_cast<const memvid_ffi::MemvidMemoryCardIter*>(ptr);
}

inline memvid_ffi::MemvidMemoryCardIter* memvid_ffi::MemvidMemoryCardIter::FromFFI(memvid_ffi::capi::MemvidMemoryCardIter* ptr) {
    return reinterpret_cast<memvid_ffi::MemvidMemoryCardIter*>(ptr);
}

inline void memvid_ffi::MemvidMemoryCardIter::operator delete(void* ptr) {
    memvid_ffi::capi::memvid_MemvidMemoryCardIter_destroy(reinterpret_cast<memvid_ffi::capi::MemvidMemoryCardIter*>(ptr));
}


#endif // MEMVID_FFI_MemvidMemoryCardIter_HPP

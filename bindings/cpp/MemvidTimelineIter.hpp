#ifndef MEMVID_FFI_MemvidTimelineIter_HPP
#define MEMVID_FFI_MemvidTimelineIter_HPP

#include "MemvidTimelineIter.d.hpp"

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include <memory>
#include <functional>
#include <optional>
#include <cstdlib>
#include "MemvidTimelineEntry.hpp"
#include "diplomat_runtime.hpp"


namespace memvid_ffi {
namespace capi {
    extern "C" {

    memvid_ffi::capi::MemvidTimelineEntry* memvid_MemvidTimelineIter_next(memvid_ffi::capi::MemvidTimelineIter* self);

    void memvid_MemvidTimelineIter_destroy(MemvidTimelineIter* self);

    } // extern "C"
} // namespace capi
} // namespace

inline memvid_ffi::diplomat::maybe_null<std::unique_ptr<memvid_ffi::MemvidTimelineEntry>> memvid_ffi::MemvidTimelineIter::next() {
    auto result = memvid_ffi::capi::memvid_MemvidTimelineIter_next(this->AsFFI());
    return std::unique_ptr<memvid_ffi::MemvidTimelineEntry>(memvid_ffi::MemvidTimelineEntry::FromFFI(result));
}

inline const memvid_ffi::capi::MemvidTimelineIter* memvid_ffi::MemvidTimelineIter::AsFFI() const {
    return reinterpret_cast<const memvid_ffi::capi::MemvidTimelineIter*>(this);
}

inline memvid_ffi::capi::MemvidTimelineIter* memvid_ffi::MemvidTimelineIter::AsFFI() {
    return reinterpret_cast<memvid_ffi::capi::MemvidTimelineIter*>(this);
}

inline const memvid_ffi::MemvidTimelineIter* memvid_ffi::MemvidTimelineIter::FromFFI(const memvid_ffi::capi::MemvidTimelineIter* ptr) {
    return reinterpret_cast<const memvid_ffi::MemvidTimelineIter*>(ptr);
}

inline memvid_ffi::MemvidTimelineIter* memvid_ffi::MemvidTimelineIter::FromFFI(memvid_ffi::capi::MemvidTimelineIter* ptr) {
    return reinterpret_cast<memvid_ffi::MemvidTimelineIter*>(ptr);
}

inline void memvid_ffi::MemvidTimelineIter::operator delete(void* ptr) {
    memvid_ffi::capi::memvid_MemvidTimelineIter_destroy(reinterpret_cast<memvid_ffi::capi::MemvidTimelineIter*>(ptr));
}


#endif // MEMVID_FFI_MemvidTimelineIter_HPP

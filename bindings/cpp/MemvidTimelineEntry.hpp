#ifndef MEMVID_FFI_MemvidTimelineEntry_HPP
#define MEMVID_FFI_MemvidTimelineEntry_HPP

#include "MemvidTimelineEntry.d.hpp"

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

    uint64_t memvid_MemvidTimelineEntry_frame_id(const memvid_ffi::capi::MemvidTimelineEntry* self);

    int64_t memvid_MemvidTimelineEntry_timestamp(const memvid_ffi::capi::MemvidTimelineEntry* self);

    void memvid_MemvidTimelineEntry_uri(const memvid_ffi::capi::MemvidTimelineEntry* self, memvid_ffi::diplomat::capi::DiplomatWrite* write);

    void memvid_MemvidTimelineEntry_preview(const memvid_ffi::capi::MemvidTimelineEntry* self, memvid_ffi::diplomat::capi::DiplomatWrite* write);

    void memvid_MemvidTimelineEntry_destroy(MemvidTimelineEntry* self);

    } // extern "C"
} // namespace capi
} // namespace

inline uint64_t memvid_ffi::MemvidTimelineEntry::frame_id() const {
    auto result = memvid_ffi::capi::memvid_MemvidTimelineEntry_frame_id(this->AsFFI());
    return result;
}

inline int64_t memvid_ffi::MemvidTimelineEntry::timestamp() const {
    auto result = memvid_ffi::capi::memvid_MemvidTimelineEntry_timestamp(this->AsFFI());
    return result;
}

inline std::string memvid_ffi::MemvidTimelineEntry::uri() const {
    std::string output;
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteFromString(output);
    memvid_ffi::capi::memvid_MemvidTimelineEntry_uri(this->AsFFI(),
        &write);
    return output;
}
template<typename W>
inline void memvid_ffi::MemvidTimelineEntry::uri_write(W& writeable) const {
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteTrait<W>::Construct(writeable);
    memvid_ffi::capi::memvid_MemvidTimelineEntry_uri(this->AsFFI(),
        &write);
}

inline std::string memvid_ffi::MemvidTimelineEntry::preview() const {
    std::string output;
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteFromString(output);
    memvid_ffi::capi::memvid_MemvidTimelineEntry_preview(this->AsFFI(),
        &write);
    return output;
}
template<typename W>
inline void memvid_ffi::MemvidTimelineEntry::preview_write(W& writeable) const {
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteTrait<W>::Construct(writeable);
    memvid_ffi::capi::memvid_MemvidTimelineEntry_preview(this->AsFFI(),
        &write);
}

inline const memvid_ffi::capi::MemvidTimelineEntry* memvid_ffi::MemvidTimelineEntry::AsFFI() const {
    return reinterpret_cast<const memvid_ffi::capi::MemvidTimelineEntry*>(this);
}

inline memvid_ffi::capi::MemvidTimelineEntry* memvid_ffi::MemvidTimelineEntry::AsFFI() {
    return reinterpret_cast<memvid_ffi::capi::MemvidTimelineEntry*>(this);
}

inline const memvid_ffi::MemvidTimelineEntry* memvid_ffi::MemvidTimelineEntry::FromFFI(const memvid_ffi::capi::MemvidTimelineEntry* ptr) {
    return reinterpret_cast<const memvid_ffi::MemvidTimelineEntry*>(ptr);
}

inline memvid_ffi::MemvidTimelineEntry* memvid_ffi::MemvidTimelineEntry::FromFFI(memvid_ffi::capi::MemvidTimelineEntry* ptr) {
    return reinterpret_cast<memvid_ffi::MemvidTimelineEntry*>(ptr);
}

inline void memvid_ffi::MemvidTimelineEntry::operator delete(void* ptr) {
    memvid_ffi::capi::memvid_MemvidTimelineEntry_destroy(reinterpret_cast<memvid_ffi::capi::MemvidTimelineEntry*>(ptr));
}


#endif // MEMVID_FFI_MemvidTimelineEntry_HPP

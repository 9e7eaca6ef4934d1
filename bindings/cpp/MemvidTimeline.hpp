#ifndef MEMVID_FFI_MemvidTimeline_HPP
#define MEMVID_FFI_MemvidTimeline_HPP

#include "MemvidTimeline.d.hpp"

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include <memory>
#include <functional>
#include <optional>
#include <cstdlib>
#include "MemvidError.hpp"
#include "MemvidTimelineEntry.hpp"
#include "MemvidTimelineIter.hpp"
#include "diplomat_runtime.hpp"


namespace memvid_ffi {
namespace capi {
    extern "C" {

    size_t memvid_MemvidTimeline_len(const memvid_ffi::capi::MemvidTimeline* self);

    memvid_ffi::capi::MemvidTimelineEntry* memvid_MemvidTimeline_get(const memvid_ffi::capi::MemvidTimeline* self, size_t index);

    memvid_ffi::capi::MemvidTimelineIter* memvid_MemvidTimeline_iter(const memvid_ffi::capi::MemvidTimeline* self);

    typedef struct memvid_MemvidTimeline_to_json_result {union { memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidTimeline_to_json_result;
    memvid_MemvidTimeline_to_json_result memvid_MemvidTimeline_to_json(const memvid_ffi::capi::MemvidTimeline* self, memvid_ffi::diplomat::capi::DiplomatWrite* write);

    void memvid_MemvidTimeline_destroy(MemvidTimeline* self);

    } // extern "C"
} // namespace capi
} // namespace

inline size_t memvid_ffi::MemvidTimeline::len() const {
    auto result = memvid_ffi::capi::memvid_MemvidTimeline_len(this->AsFFI());
    return result;
}

inline memvid_ffi::diplomat::maybe_null<std::unique_ptr<memvid_ffi::MemvidTimelineEntry>> memvid_ffi::MemvidTimeline::get(size_t index) const {
    auto result = memvid_ffi::capi::memvid_MemvidTimeline_get(this->AsFFI(),
        index);
    return std::unique_ptr<memvid_ffi::MemvidTimelineEntry>(memvid_ffi::MemvidTimelineEntry::FromFFI(result));
}

inline std::unique_ptr<memvid_ffi::MemvidTimelineIter> memvid_ffi::MemvidTimeline::iter() const DIPLOMAT_LIFETIME_BOUND {
    auto result = memvid_ffi::capi::memvid_MemvidTimeline_iter(this->AsFFI());
    return std::unique_ptr<memvid_ffi::MemvidTimelineIter>(memvid_ffi::MemvidTimelineIter::FromFFI(result));
}

inline memvid_ffi::diplomat::next_to_iter_helper<memvid_ffi::MemvidTimelineIter>memvid_ffi::MemvidTimeline::begin() const {
    return iter();
}

inline memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidTimeline::to_json() const {
    std::string output;
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteFromString(output);
    auto result = memvid_ffi::capi::memvid_MemvidTimeline_to_json(this->AsFFI(),
        &write);
    return result.is_ok ? memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::string>(std::move(output))) : memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}
template<typename W>
inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidTimeline::to_json_write(W& writeable) const {
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteTrait<W>::Construct(writeable);
    auto result = memvid_ffi::capi::memvid_MemvidTimeline_to_json(this->AsFFI(),
        &write);
    return result.is_ok ? memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::monostate>()) : memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline const memvid_ffi::capi::MemvidTimeline* memvid_ffi::MemvidTimeline::AsFFI() const {
    return reinterpret_cast<const memvid_ffi::capi::MemvidTimeline*>(this);
}

inline memvid_ffi::capi::MemvidTimeline* memvid_ffi::MemvidTimeline::AsFFI() {
    return reinterpret_cast<memvid_ffi::capi::MemvidTimeline*>(this);
}

inline const memvid_ffi::MemvidTimeline* memvid_ffi::MemvidTimeline::FromFFI(const memvid_ffi::capi::MemvidTimeline* ptr) {
    return reinterpret_cast<const memvid_ffi::MemvidTimeline*>(ptr);
}

inline memvid_ffi::MemvidTimeline* memvid_ffi::MemvidTimeline::FromFFI(memvid_ffi::capi::MemvidTimeline* ptr) {
    return reinterpret_cast<memvid_ffi::MemvidTimeline*>(ptr);
}

inline void memvid_ffi::MemvidTimeline::operator delete(void* ptr) {
    memvid_ffi::capi::memvid_MemvidTimeline_destroy(reinterpret_cast<memvid_ffi::capi::MemvidTimeline*>(ptr));
}


#endif // MEMVID_FFI_MemvidTimeline_HPP

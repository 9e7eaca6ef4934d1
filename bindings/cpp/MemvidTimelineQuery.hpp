#ifndef MEMVID_FFI_MemvidTimelineQuery_HPP
#define MEMVID_FFI_MemvidTimelineQuery_HPP

#include "MemvidTimelineQuery.d.hpp"

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include <memory>
#include <functional>
#include <optional>
#include <cstdlib>
#include "MemvidError.hpp"
#include "diplomat_runtime.hpp"


namespace memvid_ffi {
namespace capi {
    extern "C" {

    memvid_ffi::capi::MemvidTimelineQuery* memvid_MemvidTimelineQuery_new(void);

    typedef struct memvid_MemvidTimelineQuery_from_json_result {union {memvid_ffi::capi::MemvidTimelineQuery* ok; memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidTimelineQuery_from_json_result;
    memvid_MemvidTimelineQuery_from_json_result memvid_MemvidTimelineQuery_from_json(memvid_ffi::diplomat::capi::DiplomatStringView json);

    typedef struct memvid_MemvidTimelineQuery_set_limit_result {union { memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidTimelineQuery_set_limit_result;
    memvid_MemvidTimelineQuery_set_limit_result memvid_MemvidTimelineQuery_set_limit(memvid_ffi::capi::MemvidTimelineQuery* self, uint64_t limit);

    void memvid_MemvidTimelineQuery_set_since(memvid_ffi::capi::MemvidTimelineQuery* self, int64_t ts);

    void memvid_MemvidTimelineQuery_set_until(memvid_ffi::capi::MemvidTimelineQuery* self, int64_t ts);

    void memvid_MemvidTimelineQuery_set_reverse(memvid_ffi::capi::MemvidTimelineQuery* self, bool reverse);

    void memvid_MemvidTimelineQuery_set_as_of_frame(memvid_ffi::capi::MemvidTimelineQuery* self, uint64_t frame_id);

    void memvid_MemvidTimelineQuery_set_as_of_ts(memvid_ffi::capi::MemvidTimelineQuery* self, int64_t ts);

    void memvid_MemvidTimelineQuery_destroy(MemvidTimelineQuery* self);

    } // extern "C"
} // namespace capi
} // namespace

inline std::unique_ptr<memvid_ffi::MemvidTimelineQuery> memvid_ffi::MemvidTimelineQuery::new_() {
    auto result = memvid_ffi::capi::memvid_MemvidTimelineQuery_new();
    return std::unique_ptr<memvid_ffi::MemvidTimelineQuery>(memvid_ffi::MemvidTimelineQuery::FromFFI(result));
}

inline memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidTimelineQuery>, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidTimelineQuery::from_json(std::string_view json) {
    auto result = memvid_ffi::capi::memvid_MemvidTimelineQuery_from_json({json.data(), json.size()});
    return result.is_ok ? memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidTimelineQuery>, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::unique_ptr<memvid_ffi::MemvidTimelineQuery>>(std::unique_ptr<memvid_ffi::MemvidTimelineQuery>(memvid_ffi::MemvidTimelineQuery::FromFFI(result.ok)))) : memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidTimelineQuery>, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidTimelineQuery::set_limit(uint64_t limit) {
    auto result = memvid_ffi::capi::memvid_MemvidTimelineQuery_set_limit(this->AsFFI(),
        limit);
    return result.is_ok ? memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::monostate>()) : memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline void memvid_ffi::MemvidTimelineQuery::set_since(int64_t ts) {
    memvid_ffi::capi::memvid_MemvidTimelineQuery_set_since(this->AsFFI(),
        ts);
}

inline void memvid_ffi::MemvidTimelineQuery::set_until(int64_t ts) {
    memvid_ffi::capi::memvid_MemvidTimelineQuery_set_until(this->AsFFI(),
        ts);
}

inline void memvid_ffi::MemvidTimelineQuery::set_reverse(bool reverse) {
    memvid_ffi::capi::memvid_MemvidTimelineQuery_set_reverse(this->AsFFI(),
        reverse);
}

inline void memvid_ffi::MemvidTimelineQuery::set_as_of_frame(uint64_t frame_id) {
    memvid_ffi::capi::memvid_MemvidTimelineQuery_set_as_of_frame(this->AsFFI(),
        frame_id);
}

inline void memvid_ffi::MemvidTimelineQuery::set_as_of_ts(int64_t ts) {
    memvid_ffi::capi::memvid_MemvidTimelineQuery_set_as_of_ts(this->AsFFI(),
        ts);
}

inline const memvid_ffi::capi::MemvidTimelineQuery* memvid_ffi::MemvidTimelineQuery::AsFFI() const {
    return reinterpret_cast<const memvid_ffi::capi::MemvidTimelineQuery*>(this);
}

inline memvid_ffi::capi::MemvidTimelineQuery* memvid_ffi::MemvidTimelineQuery::AsFFI() {
    return reinterpret_cast<memvid_ffi::capi::MemvidTimelineQuery*>(this);
}

inline const memvid_ffi::MemvidTimelineQuery* memvid_ffi::MemvidTimelineQuery::FromFFI(const memvid_ffi::capi::MemvidTimelineQuery* ptr) {
    return reinterpret_cast<const memvid_ffi::MemvidTimelineQuery*>(ptr);
}

inline memvid_ffi::MemvidTimelineQuery* memvid_ffi::MemvidTimelineQuery::FromFFI(memvid_ffi::capi::MemvidTimelineQuery* ptr) {
    return reinterpret_cast<memvid_ffi::MemvidTimelineQuery*>(ptr);
}

inline void memvid_ffi::MemvidTimelineQuery::operator delete(void* ptr) {
    memvid_ffi::capi::memvid_MemvidTimelineQuery_destroy(reinterpret_cast<memvid_ffi::capi::MemvidTimelineQuery*>(ptr));
}


#endif // MEMVID_FFI_MemvidTimelineQuery_HPP

#ifndef MEMVID_FFI_MemvidPutOptions_HPP
#define MEMVID_FFI_MemvidPutOptions_HPP

#include "MemvidPutOptions.d.hpp"

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

    memvid_ffi::capi::MemvidPutOptions* memvid_MemvidPutOptions_new(void);

    typedef struct memvid_MemvidPutOptions_from_json_result {union {memvid_ffi::capi::MemvidPutOptions* ok; memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidPutOptions_from_json_result;
    memvid_MemvidPutOptions_from_json_result memvid_MemvidPutOptions_from_json(memvid_ffi::diplomat::capi::DiplomatStringView json);

    typedef struct memvid_MemvidPutOptions_to_json_result {union { memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidPutOptions_to_json_result;
    memvid_MemvidPutOptions_to_json_result memvid_MemvidPutOptions_to_json(const memvid_ffi::capi::MemvidPutOptions* self, memvid_ffi::diplomat::capi::DiplomatWrite* write);

    typedef struct memvid_MemvidPutOptions_set_title_result {union { memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidPutOptions_set_title_result;
    memvid_MemvidPutOptions_set_title_result memvid_MemvidPutOptions_set_title(memvid_ffi::capi::MemvidPutOptions* self, memvid_ffi::diplomat::capi::DiplomatStringView title);

    typedef struct memvid_MemvidPutOptions_set_uri_result {union { memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidPutOptions_set_uri_result;
    memvid_MemvidPutOptions_set_uri_result memvid_MemvidPutOptions_set_uri(memvid_ffi::capi::MemvidPutOptions* self, memvid_ffi::diplomat::capi::DiplomatStringView uri);

    typedef struct memvid_MemvidPutOptions_set_kind_result {union { memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidPutOptions_set_kind_result;
    memvid_MemvidPutOptions_set_kind_result memvid_MemvidPutOptions_set_kind(memvid_ffi::capi::MemvidPutOptions* self, memvid_ffi::diplomat::capi::DiplomatStringView kind);

    typedef struct memvid_MemvidPutOptions_set_track_result {union { memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidPutOptions_set_track_result;
    memvid_MemvidPutOptions_set_track_result memvid_MemvidPutOptions_set_track(memvid_ffi::capi::MemvidPutOptions* self, memvid_ffi::diplomat::capi::DiplomatStringView track);

    void memvid_MemvidPutOptions_set_timestamp(memvid_ffi::capi::MemvidPutOptions* self, int64_t timestamp);

    typedef struct memvid_MemvidPutOptions_add_tag_result {union { memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidPutOptions_add_tag_result;
    memvid_MemvidPutOptions_add_tag_result memvid_MemvidPutOptions_add_tag(memvid_ffi::capi::MemvidPutOptions* self, memvid_ffi::diplomat::capi::DiplomatStringView tag);

    typedef struct memvid_MemvidPutOptions_add_label_result {union { memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidPutOptions_add_label_result;
    memvid_MemvidPutOptions_add_label_result memvid_MemvidPutOptions_add_label(memvid_ffi::capi::MemvidPutOptions* self, memvid_ffi::diplomat::capi::DiplomatStringView label);

    typedef struct memvid_MemvidPutOptions_set_metadata_result {union { memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidPutOptions_set_metadata_result;
    memvid_MemvidPutOptions_set_metadata_result memvid_MemvidPutOptions_set_metadata(memvid_ffi::capi::MemvidPutOptions* self, memvid_ffi::diplomat::capi::DiplomatStringView key, memvid_ffi::diplomat::capi::DiplomatStringView value);

    typedef struct memvid_MemvidPutOptions_set_search_text_result {union { memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidPutOptions_set_search_text_result;
    memvid_MemvidPutOptions_set_search_text_result memvid_MemvidPutOptions_set_search_text(memvid_ffi::capi::MemvidPutOptions* self, memvid_ffi::diplomat::capi::DiplomatStringView text);

    void memvid_MemvidPutOptions_set_auto_tag(memvid_ffi::capi::MemvidPutOptions* self, bool on);

    void memvid_MemvidPutOptions_set_extract_dates(memvid_ffi::capi::MemvidPutOptions* self, bool on);

    void memvid_MemvidPutOptions_set_extract_triplets(memvid_ffi::capi::MemvidPutOptions* self, bool on);

    void memvid_MemvidPutOptions_set_instant_index(memvid_ffi::capi::MemvidPutOptions* self, bool on);

    void memvid_MemvidPutOptions_set_dedup(memvid_ffi::capi::MemvidPutOptions* self, bool on);

    void memvid_MemvidPutOptions_destroy(MemvidPutOptions* self);

    } // extern "C"
} // namespace capi
} // namespace

inline std::unique_ptr<memvid_ffi::MemvidPutOptions> memvid_ffi::MemvidPutOptions::new_() {
    auto result = memvid_ffi::capi::memvid_MemvidPutOptions_new();
    return std::unique_ptr<memvid_ffi::MemvidPutOptions>(memvid_ffi::MemvidPutOptions::FromFFI(result));
}

inline memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidPutOptions>, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidPutOptions::from_json(std::string_view json) {
    auto result = memvid_ffi::capi::memvid_MemvidPutOptions_from_json({json.data(), json.size()});
    return result.is_ok ? memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidPutOptions>, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::unique_ptr<memvid_ffi::MemvidPutOptions>>(std::unique_ptr<memvid_ffi::MemvidPutOptions>(memvid_ffi::MemvidPutOptions::FromFFI(result.ok)))) : memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidPutOptions>, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidPutOptions::to_json() const {
    std::string output;
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteFromString(output);
    auto result = memvid_ffi::capi::memvid_MemvidPutOptions_to_json(this->AsFFI(),
        &write);
    return result.is_ok ? memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::string>(std::move(output))) : memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}
template<typename W>
inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidPutOptions::to_json_write(W& writeable) const {
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteTrait<W>::Construct(writeable);
    auto result = memvid_ffi::capi::memvid_MemvidPutOptions_to_json(this->AsFFI(),
        &write);
    return result.is_ok ? memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::monostate>()) : memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidPutOptions::set_title(std::string_view title) {
    auto result = memvid_ffi::capi::memvid_MemvidPutOptions_set_title(this->AsFFI(),
        {title.data(), title.size()});
    return result.is_ok ? memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::monostate>()) : memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidPutOptions::set_uri(std::string_view uri) {
    auto result = memvid_ffi::capi::memvid_MemvidPutOptions_set_uri(this->AsFFI(),
        {uri.data(), uri.size()});
    return result.is_ok ? memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::monostate>()) : memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidPutOptions::set_kind(std::string_view kind) {
    auto result = memvid_ffi::capi::memvid_MemvidPutOptions_set_kind(this->AsFFI(),
        {kind.data(), kind.size()});
    return result.is_ok ? memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::monostate>()) : memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidPutOptions::set_track(std::string_view track) {
    auto result = memvid_ffi::capi::memvid_MemvidPutOptions_set_track(this->AsFFI(),
        {track.data(), track.size()});
    return result.is_ok ? memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::monostate>()) : memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline void memvid_ffi::MemvidPutOptions::set_timestamp(int64_t timestamp) {
    memvid_ffi::capi::memvid_MemvidPutOptions_set_timestamp(this->AsFFI(),
        timestamp);
}

inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidPutOptions::add_tag(std::string_view tag) {
    auto result = memvid_ffi::capi::memvid_MemvidPutOptions_add_tag(this->AsFFI(),
        {tag.data(), tag.size()});
    return result.is_ok ? memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::monostate>()) : memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidPutOptions::add_label(std::string_view label) {
    auto result = memvid_ffi::capi::memvid_MemvidPutOptions_add_label(this->AsFFI(),
        {label.data(), label.size()});
    return result.is_ok ? memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::monostate>()) : memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidPutOptions::set_metadata(std::string_view key, std::string_view value) {
    auto result = memvid_ffi::capi::memvid_MemvidPutOptions_set_metadata(this->AsFFI(),
        {key.data(), key.size()},
        {value.data(), value.size()});
    return result.is_ok ? memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::monostate>()) : memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidPutOptions::set_search_text(std::string_view text) {
    auto result = memvid_ffi::capi::memvid_MemvidPutOptions_set_search_text(this->AsFFI(),
        {text.data(), text.size()});
    return result.is_ok ? memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::monostate>()) : memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline void memvid_ffi::MemvidPutOptions::set_auto_tag(bool on) {
    memvid_ffi::capi::memvid_MemvidPutOptions_set_auto_tag(this->AsFFI(),
        on);
}

inline void memvid_ffi::MemvidPutOptions::set_extract_dates(bool on) {
    memvid_ffi::capi::memvid_MemvidPutOptions_set_extract_dates(this->AsFFI(),
        on);
}

inline void memvid_ffi::MemvidPutOptions::set_extract_triplets(bool on) {
    memvid_ffi::capi::memvid_MemvidPutOptions_set_extract_triplets(this->AsFFI(),
        on);
}

inline void memvid_ffi::MemvidPutOptions::set_instant_index(bool on) {
    memvid_ffi::capi::memvid_MemvidPutOptions_set_instant_index(this->AsFFI(),
        on);
}

inline void memvid_ffi::MemvidPutOptions::set_dedup(bool on) {
    memvid_ffi::capi::memvid_MemvidPutOptions_set_dedup(this->AsFFI(),
        on);
}

inline const memvid_ffi::capi::MemvidPutOptions* memvid_ffi::MemvidPutOptions::AsFFI() const {
    return reinterpret_cast<const memvid_ffi::capi::MemvidPutOptions*>(this);
}

inline memvid_ffi::capi::MemvidPutOptions* memvid_ffi::MemvidPutOptions::AsFFI() {
    return reinterpret_cast<memvid_ffi::capi::MemvidPutOptions*>(this);
}

inline const memvid_ffi::MemvidPutOptions* memvid_ffi::MemvidPutOptions::FromFFI(const memvid_ffi::capi::MemvidPutOptions* ptr) {
    return reinterpret_cast<const memvid_ffi::MemvidPutOptions*>(ptr);
}

inline memvid_ffi::MemvidPutOptions* memvid_ffi::MemvidPutOptions::FromFFI(memvid_ffi::capi::MemvidPutOptions* ptr) {
    return reinterpret_cast<memvid_ffi::MemvidPutOptions*>(ptr);
}

inline void memvid_ffi::MemvidPutOptions::operator delete(void* ptr) {
    memvid_ffi::capi::memvid_MemvidPutOptions_destroy(reinterpret_cast<memvid_ffi::capi::MemvidPutOptions*>(ptr));
}


#endif // MEMVID_FFI_MemvidPutOptions_HPP

#ifndef MEMVID_FFI_MemvidFrame_HPP
#define MEMVID_FFI_MemvidFrame_HPP

#include "MemvidFrame.d.hpp"

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include <memory>
#include <functional>
#include <optional>
#include <cstdlib>
#include "MemvidError.hpp"
#include "MemvidStrings.hpp"
#include "diplomat_runtime.hpp"


namespace memvid_ffi {
namespace capi {
    extern "C" {

    uint64_t memvid_MemvidFrame_id(const memvid_ffi::capi::MemvidFrame* self);

    int64_t memvid_MemvidFrame_timestamp(const memvid_ffi::capi::MemvidFrame* self);

    void memvid_MemvidFrame_uri(const memvid_ffi::capi::MemvidFrame* self, memvid_ffi::diplomat::capi::DiplomatWrite* write);

    void memvid_MemvidFrame_title(const memvid_ffi::capi::MemvidFrame* self, memvid_ffi::diplomat::capi::DiplomatWrite* write);

    void memvid_MemvidFrame_kind(const memvid_ffi::capi::MemvidFrame* self, memvid_ffi::diplomat::capi::DiplomatWrite* write);

    void memvid_MemvidFrame_track(const memvid_ffi::capi::MemvidFrame* self, memvid_ffi::diplomat::capi::DiplomatWrite* write);

    bool memvid_MemvidFrame_is_active(const memvid_ffi::capi::MemvidFrame* self);

    bool memvid_MemvidFrame_has_metadata(const memvid_ffi::capi::MemvidFrame* self, memvid_ffi::diplomat::capi::DiplomatStringView key);

    void memvid_MemvidFrame_metadata(const memvid_ffi::capi::MemvidFrame* self, memvid_ffi::diplomat::capi::DiplomatStringView key, memvid_ffi::diplomat::capi::DiplomatWrite* write);

    memvid_ffi::capi::MemvidStrings* memvid_MemvidFrame_tags(const memvid_ffi::capi::MemvidFrame* self);

    uint64_t memvid_MemvidFrame_superseded_by(const memvid_ffi::capi::MemvidFrame* self);

    typedef struct memvid_MemvidFrame_to_json_result {union { memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidFrame_to_json_result;
    memvid_MemvidFrame_to_json_result memvid_MemvidFrame_to_json(const memvid_ffi::capi::MemvidFrame* self, memvid_ffi::diplomat::capi::DiplomatWrite* write);

    void memvid_MemvidFrame_destroy(MemvidFrame* self);

    } // extern "C"
} // namespace capi
} // namespace

inline uint64_t memvid_ffi::MemvidFrame::id() const {
    auto result = memvid_ffi::capi::memvid_MemvidFrame_id(this->AsFFI());
    return result;
}

inline int64_t memvid_ffi::MemvidFrame::timestamp() const {
    auto result = memvid_ffi::capi::memvid_MemvidFrame_timestamp(this->AsFFI());
    return result;
}

inline std::string memvid_ffi::MemvidFrame::uri() const {
    std::string output;
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteFromString(output);
    memvid_ffi::capi::memvid_MemvidFrame_uri(this->AsFFI(),
        &write);
    return output;
}
template<typename W>
inline void memvid_ffi::MemvidFrame::uri_write(W& writeable) const {
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteTrait<W>::Construct(writeable);
    memvid_ffi::capi::memvid_MemvidFrame_uri(this->AsFFI(),
        &write);
}

inline std::string memvid_ffi::MemvidFrame::title() const {
    std::string output;
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteFromString(output);
    memvid_ffi::capi::memvid_MemvidFrame_title(this->AsFFI(),
        &write);
    return output;
}
template<typename W>
inline void memvid_ffi::MemvidFrame::title_write(W& writeable) const {
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteTrait<W>::Construct(writeable);
    memvid_ffi::capi::memvid_MemvidFrame_title(this->AsFFI(),
        &write);
}

inline std::string memvid_ffi::MemvidFrame::kind() const {
    std::string output;
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteFromString(output);
    memvid_ffi::capi::memvid_MemvidFrame_kind(this->AsFFI(),
        &write);
    return output;
}
template<typename W>
inline void memvid_ffi::MemvidFrame::kind_write(W& writeable) const {
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteTrait<W>::Construct(writeable);
    memvid_ffi::capi::memvid_MemvidFrame_kind(this->AsFFI(),
        &write);
}

inline std::string memvid_ffi::MemvidFrame::track() const {
    std::string output;
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteFromString(output);
    memvid_ffi::capi::memvid_MemvidFrame_track(this->AsFFI(),
        &write);
    return output;
}
template<typename W>
inline void memvid_ffi::MemvidFrame::track_write(W& writeable) const {
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteTrait<W>::Construct(writeable);
    memvid_ffi::capi::memvid_MemvidFrame_track(this->AsFFI(),
        &write);
}

inline bool memvid_ffi::MemvidFrame::is_active() const {
    auto result = memvid_ffi::capi::memvid_MemvidFrame_is_active(this->AsFFI());
    return result;
}

inline bool memvid_ffi::MemvidFrame::has_metadata(std::string_view key) const {
    auto result = memvid_ffi::capi::memvid_MemvidFrame_has_metadata(this->AsFFI(),
        {key.data(), key.size()});
    return result;
}

inline std::string memvid_ffi::MemvidFrame::metadata(std::string_view key) const {
    std::string output;
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteFromString(output);
    memvid_ffi::capi::memvid_MemvidFrame_metadata(this->AsFFI(),
        {key.data(), key.size()},
        &write);
    return output;
}
template<typename W>
inline void memvid_ffi::MemvidFrame::metadata_write(std::string_view key, W& writeable) const {
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteTrait<W>::Construct(writeable);
    memvid_ffi::capi::memvid_MemvidFrame_metadata(this->AsFFI(),
        {key.data(), key.size()},
        &write);
}

inline std::unique_ptr<memvid_ffi::MemvidStrings> memvid_ffi::MemvidFrame::tags() const {
    auto result = memvid_ffi::capi::memvid_MemvidFrame_tags(this->AsFFI());
    return std::unique_ptr<memvid_ffi::MemvidStrings>(memvid_ffi::MemvidStrings::FromFFI(result));
}

inline uint64_t memvid_ffi::MemvidFrame::superseded_by() const {
    auto result = memvid_ffi::capi::memvid_MemvidFrame_superseded_by(this->AsFFI());
    return result;
}

inline memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidFrame::to_json() const {
    std::string output;
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteFromString(output);
    auto result = memvid_ffi::capi::memvid_MemvidFrame_to_json(this->AsFFI(),
        &write);
    return result.is_ok ? memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::string>(std::move(output))) : memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}
template<typename W>
inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidFrame::to_json_write(W& writeable) const {
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteTrait<W>::Construct(writeable);
    auto result = memvid_ffi::capi::memvid_MemvidFrame_to_json(this->AsFFI(),
        &write);
    return result.is_ok ? memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::monostate>()) : memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline const memvid_ffi::capi::MemvidFrame* memvid_ffi::MemvidFrame::AsFFI() const {
    return reinterpret_cast<const memvid_ffi::capi::MemvidFrame*>(this);
}

inline memvid_ffi::capi::MemvidFrame* memvid_ffi::MemvidFrame::AsFFI() {
    return reinterpret_cast<memvid_ffi::capi::MemvidFrame*>(this);
}

inline const memvid_ffi::MemvidFrame* memvid_ffi::MemvidFrame::FromFFI(const memvid_ffi::capi::MemvidFrame* ptr) {
    return reinterpret_cast<const memvid_ffi::MemvidFrame*>(ptr);
}

inline memvid_ffi::MemvidFrame* memvid_ffi::MemvidFrame::FromFFI(memvid_ffi::capi::MemvidFrame* ptr) {
    return reinterpret_cast<memvid_ffi::MemvidFrame*>(ptr);
}

inline void memvid_ffi::MemvidFrame::operator delete(void* ptr) {
    memvid_ffi::capi::memvid_MemvidFrame_destroy(reinterpret_cast<memvid_ffi::capi::MemvidFrame*>(ptr));
}


#endif // MEMVID_FFI_MemvidFrame_HPP

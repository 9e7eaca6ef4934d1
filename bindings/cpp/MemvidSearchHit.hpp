#ifndef MEMVID_FFI_MemvidSearchHit_HPP
#define MEMVID_FFI_MemvidSearchHit_HPP

#include "MemvidSearchHit.d.hpp"

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

    uint64_t memvid_MemvidSearchHit_frame_id(const memvid_ffi::capi::MemvidSearchHit* self);

    size_t memvid_MemvidSearchHit_rank(const memvid_ffi::capi::MemvidSearchHit* self);

    float memvid_MemvidSearchHit_score(const memvid_ffi::capi::MemvidSearchHit* self);

    void memvid_MemvidSearchHit_uri(const memvid_ffi::capi::MemvidSearchHit* self, memvid_ffi::diplomat::capi::DiplomatWrite* write);

    void memvid_MemvidSearchHit_title(const memvid_ffi::capi::MemvidSearchHit* self, memvid_ffi::diplomat::capi::DiplomatWrite* write);

    void memvid_MemvidSearchHit_text(const memvid_ffi::capi::MemvidSearchHit* self, memvid_ffi::diplomat::capi::DiplomatWrite* write);

    typedef struct memvid_MemvidSearchHit_to_json_result {union { memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidSearchHit_to_json_result;
    memvid_MemvidSearchHit_to_json_result memvid_MemvidSearchHit_to_json(const memvid_ffi::capi::MemvidSearchHit* self, memvid_ffi::diplomat::capi::DiplomatWrite* write);

    void memvid_MemvidSearchHit_destroy(MemvidSearchHit* self);

    } // extern "C"
} // namespace capi
} // namespace

inline uint64_t memvid_ffi::MemvidSearchHit::frame_id() const {
    auto result = memvid_ffi::capi::memvid_MemvidSearchHit_frame_id(this->AsFFI());
    return result;
}

inline size_t memvid_ffi::MemvidSearchHit::rank() const {
    auto result = memvid_ffi::capi::memvid_MemvidSearchHit_rank(this->AsFFI());
    return result;
}

inline float memvid_ffi::MemvidSearchHit::score() const {
    auto result = memvid_ffi::capi::memvid_MemvidSearchHit_score(this->AsFFI());
    return result;
}

inline std::string memvid_ffi::MemvidSearchHit::uri() const {
    std::string output;
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteFromString(output);
    memvid_ffi::capi::memvid_MemvidSearchHit_uri(this->AsFFI(),
        &write);
    return output;
}
template<typename W>
inline void memvid_ffi::MemvidSearchHit::uri_write(W& writeable) const {
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteTrait<W>::Construct(writeable);
    memvid_ffi::capi::memvid_MemvidSearchHit_uri(this->AsFFI(),
        &write);
}

inline std::string memvid_ffi::MemvidSearchHit::title() const {
    std::string output;
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteFromString(output);
    memvid_ffi::capi::memvid_MemvidSearchHit_title(this->AsFFI(),
        &write);
    return output;
}
template<typename W>
inline void memvid_ffi::MemvidSearchHit::title_write(W& writeable) const {
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteTrait<W>::Construct(writeable);
    memvid_ffi::capi::memvid_MemvidSearchHit_title(this->AsFFI(),
        &write);
}

inline std::string memvid_ffi::MemvidSearchHit::text() const {
    std::string output;
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteFromString(output);
    memvid_ffi::capi::memvid_MemvidSearchHit_text(this->AsFFI(),
        &write);
    return output;
}
template<typename W>
inline void memvid_ffi::MemvidSearchHit::text_write(W& writeable) const {
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteTrait<W>::Construct(writeable);
    memvid_ffi::capi::memvid_MemvidSearchHit_text(this->AsFFI(),
        &write);
}

inline memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidSearchHit::to_json() const {
    std::string output;
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteFromString(output);
    auto result = memvid_ffi::capi::memvid_MemvidSearchHit_to_json(this->AsFFI(),
        &write);
    return result.is_ok ? memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::string>(std::move(output))) : memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}
template<typename W>
inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidSearchHit::to_json_write(W& writeable) const {
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteTrait<W>::Construct(writeable);
    auto result = memvid_ffi::capi::memvid_MemvidSearchHit_to_json(this->AsFFI(),
        &write);
    return result.is_ok ? memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::monostate>()) : memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline const memvid_ffi::capi::MemvidSearchHit* memvid_ffi::MemvidSearchHit::AsFFI() const {
    return reinterpret_cast<const memvid_ffi::capi::MemvidSearchHit*>(this);
}

inline memvid_ffi::capi::MemvidSearchHit* memvid_ffi::MemvidSearchHit::AsFFI() {
    return reinterpret_cast<memvid_ffi::capi::MemvidSearchHit*>(this);
}

inline const memvid_ffi::MemvidSearchHit* memvid_ffi::MemvidSearchHit::FromFFI(const memvid_ffi::capi::MemvidSearchHit* ptr) {
    return reinterpret_cast<const memvid_ffi::MemvidSearchHit*>(ptr);
}

inline memvid_ffi::MemvidSearchHit* memvid_ffi::MemvidSearchHit::FromFFI(memvid_ffi::capi::MemvidSearchHit* ptr) {
    return reinterpret_cast<memvid_ffi::MemvidSearchHit*>(ptr);
}

inline void memvid_ffi::MemvidSearchHit::operator delete(void* ptr) {
    memvid_ffi::capi::memvid_MemvidSearchHit_destroy(reinterpret_cast<memvid_ffi::capi::MemvidSearchHit*>(ptr));
}


#endif // MEMVID_FFI_MemvidSearchHit_HPP

#ifndef MEMVID_FFI_MemvidSearchResults_HPP
#define MEMVID_FFI_MemvidSearchResults_HPP

#include "MemvidSearchResults.d.hpp"

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include <memory>
#include <functional>
#include <optional>
#include <cstdlib>
#include "MemvidError.hpp"
#include "MemvidSearchHit.hpp"
#include "MemvidSearchHitIter.hpp"
#include "diplomat_runtime.hpp"


namespace memvid_ffi {
namespace capi {
    extern "C" {

    size_t memvid_MemvidSearchResults_len(const memvid_ffi::capi::MemvidSearchResults* self);

    bool memvid_MemvidSearchResults_is_empty(const memvid_ffi::capi::MemvidSearchResults* self);

    size_t memvid_MemvidSearchResults_total_hits(const memvid_ffi::capi::MemvidSearchResults* self);

    memvid_ffi::capi::MemvidSearchHit* memvid_MemvidSearchResults_get(const memvid_ffi::capi::MemvidSearchResults* self, size_t index);

    memvid_ffi::capi::MemvidSearchHitIter* memvid_MemvidSearchResults_iter(const memvid_ffi::capi::MemvidSearchResults* self);

    typedef struct memvid_MemvidSearchResults_to_json_result {union { memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidSearchResults_to_json_result;
    memvid_MemvidSearchResults_to_json_result memvid_MemvidSearchResults_to_json(const memvid_ffi::capi::MemvidSearchResults* self, memvid_ffi::diplomat::capi::DiplomatWrite* write);

    typedef struct memvid_MemvidSearchResults_hits_json_result {union { memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidSearchResults_hits_json_result;
    memvid_MemvidSearchResults_hits_json_result memvid_MemvidSearchResults_hits_json(const memvid_ffi::capi::MemvidSearchResults* self, memvid_ffi::diplomat::capi::DiplomatWrite* write);

    void memvid_MemvidSearchResults_destroy(MemvidSearchResults* self);

    } // extern "C"
} // namespace capi
} // namespace

inline size_t memvid_ffi::MemvidSearchResults::len() const {
    auto result = memvid_ffi::capi::memvid_MemvidSearchResults_len(this->AsFFI());
    return result;
}

inline bool memvid_ffi::MemvidSearchResults::is_empty() const {
    auto result = memvid_ffi::capi::memvid_MemvidSearchResults_is_empty(this->AsFFI());
    return result;
}

inline size_t memvid_ffi::MemvidSearchResults::total_hits() const {
    auto result = memvid_ffi::capi::memvid_MemvidSearchResults_total_hits(this->AsFFI());
    return result;
}

inline memvid_ffi::diplomat::maybe_null<std::unique_ptr<memvid_ffi::MemvidSearchHit>> memvid_ffi::MemvidSearchResults::get(size_t index) const {
    auto result = memvid_ffi::capi::memvid_MemvidSearchResults_get(this->AsFFI(),
        index);
    return std::unique_ptr<memvid_ffi::MemvidSearchHit>(memvid_ffi::MemvidSearchHit::FromFFI(result));
}

inline std::unique_ptr<memvid_ffi::MemvidSearchHitIter> memvid_ffi::MemvidSearchResults::iter() const DIPLOMAT_LIFETIME_BOUND {
    auto result = memvid_ffi::capi::memvid_MemvidSearchResults_iter(this->AsFFI());
    return std::unique_ptr<memvid_ffi::MemvidSearchHitIter>(memvid_ffi::MemvidSearchHitIter::FromFFI(result));
}

inline memvid_ffi::diplomat::next_to_iter_helper<memvid_ffi::MemvidSearchHitIter>memvid_ffi::MemvidSearchResults::begin() const {
    return iter();
}

inline memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidSearchResults::to_json() const {
    std::string output;
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteFromString(output);
    auto result = memvid_ffi::capi::memvid_MemvidSearchResults_to_json(this->AsFFI(),
        &write);
    return result.is_ok ? memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::string>(std::move(output))) : memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}
template<typename W>
inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidSearchResults::to_json_write(W& writeable) const {
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteTrait<W>::Construct(writeable);
    auto result = memvid_ffi::capi::memvid_MemvidSearchResults_to_json(this->AsFFI(),
        &write);
    return result.is_ok ? memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::monostate>()) : memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidSearchResults::hits_json() const {
    std::string output;
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteFromString(output);
    auto result = memvid_ffi::capi::memvid_MemvidSearchResults_hits_json(this->AsFFI(),
        &write);
    return result.is_ok ? memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::string>(std::move(output))) : memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}
template<typename W>
inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidSearchResults::hits_json_write(W& writeable) const {
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteTrait<W>::Construct(writeable);
    auto result = memvid_ffi::capi::memvid_MemvidSearchResults_hits_json(this->AsFFI(),
        &write);
    return result.is_ok ? memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::monostate>()) : memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline const memvid_ffi::capi::MemvidSearchResults* memvid_ffi::MemvidSearchResults::AsFFI() const {
    return reinterpret_cast<const memvid_ffi::capi::MemvidSearchResults*>(this);
}

inline memvid_ffi::capi::MemvidSearchResults* memvid_ffi::MemvidSearchResults::AsFFI() {
    return reinterpret_cast<memvid_ffi::capi::MemvidSearchResults*>(this);
}

inline const memvid_ffi::MemvidSearchResults* memvid_ffi::MemvidSearchResults::FromFFI(const memvid_ffi::capi::MemvidSearchResults* ptr) {
    return reinterpret_cast<const memvid_ffi::MemvidSearchResults*>(ptr);
}

inline memvid_ffi::MemvidSearchResults* memvid_ffi::MemvidSearchResults::FromFFI(memvid_ffi::capi::MemvidSearchResults* ptr) {
    return reinterpret_cast<memvid_ffi::MemvidSearchResults*>(ptr);
}

inline void memvid_ffi::MemvidSearchResults::operator delete(void* ptr) {
    memvid_ffi::capi::memvid_MemvidSearchResults_destroy(reinterpret_cast<memvid_ffi::capi::MemvidSearchResults*>(ptr));
}


#endif // MEMVID_FFI_MemvidSearchResults_HPP

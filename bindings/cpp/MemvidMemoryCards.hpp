#ifndef MEMVID_FFI_MemvidMemoryCards_HPP
#define MEMVID_FFI_MemvidMemoryCards_HPP

#include "MemvidMemoryCards.d.hpp"

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include <memory>
#include <functional>
#include <optional>
#include <cstdlib>
#include "MemvidError.hpp"
#include "MemvidMemoryCard.hpp"
#include "MemvidMemoryCardIter.hpp"
#include "diplomat_runtime.hpp"


namespace memvid_ffi {
namespace capi {
    extern "C" {

    size_t memvid_MemvidMemoryCards_len(const memvid_ffi::capi::MemvidMemoryCards* self);

    bool memvid_MemvidMemoryCards_is_empty(const memvid_ffi::capi::MemvidMemoryCards* self);

    memvid_ffi::capi::MemvidMemoryCard* memvid_MemvidMemoryCards_get(const memvid_ffi::capi::MemvidMemoryCards* self, size_t index);

    memvid_ffi::capi::MemvidMemoryCardIter* memvid_MemvidMemoryCards_iter(const memvid_ffi::capi::MemvidMemoryCards* self);

    typedef struct memvid_MemvidMemoryCards_to_json_result {union { memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidMemoryCards_to_json_result;
    memvid_MemvidMemoryCards_to_json_result memvid_MemvidMemoryCards_to_json(const memvid_ffi::capi::MemvidMemoryCards* self, memvid_ffi::diplomat::capi::DiplomatWrite* write);

    void memvid_MemvidMemoryCards_destroy(MemvidMemoryCards* self);

    } // extern "C"
} // namespace capi
} // namespace

inline size_t memvid_ffi::MemvidMemoryCards::len() const {
    auto result = memvid_ffi::capi::memvid_MemvidMemoryCards_len(this->AsFFI());
    return result;
}

inline bool memvid_ffi::MemvidMemoryCards::is_empty() const {
    auto result = memvid_ffi::capi::memvid_MemvidMemoryCards_is_empty(this->AsFFI());
    return result;
}

inline memvid_ffi::diplomat::maybe_null<std::unique_ptr<memvid_ffi::MemvidMemoryCard>> memvid_ffi::MemvidMemoryCards::get(size_t index) const {
    auto result = memvid_ffi::capi::memvid_MemvidMemoryCards_get(this->AsFFI(),
        index);
    return std::unique_ptr<memvid_ffi::MemvidMemoryCard>(memvid_ffi::MemvidMemoryCard::FromFFI(result));
}

inline std::unique_ptr<memvid_ffi::MemvidMemoryCardIter> memvid_ffi::MemvidMemoryCards::iter() const DIPLOMAT_LIFETIME_BOUND {
    auto result = memvid_ffi::capi::memvid_MemvidMemoryCards_iter(this->AsFFI());
    return std::unique_ptr<memvid_ffi::MemvidMemoryCardIter>(memvid_ffi::MemvidMemoryCardIter::FromFFI(result));
}

inline memvid_ffi::diplomat::next_to_iter_helper<memvid_ffi::MemvidMemoryCardIter>memvid_ffi::MemvidMemoryCards::begin() const {
    return iter();
}

inline memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidMemoryCards::to_json() const {
    std::string output;
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteFromString(output);
    auto result = memvid_ffi::capi::memvid_MemvidMemoryCards_to_json(this->AsFFI(),
        &write);
    return result.is_ok ? memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::string>(std::move(output))) : memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}
template<typename W>
inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidMemoryCards::to_json_write(W& writeable) const {
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteTrait<W>::Construct(writeable);
    auto result = memvid_ffi::capi::memvid_MemvidMemoryCards_to_json(this->AsFFI(),
        &write);
    return result.is_ok ? memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::monostate>()) : memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline const memvid_ffi::capi::MemvidMemoryCards* memvid_ffi::MemvidMemoryCards::AsFFI() const {
    return reinterpret_cast<const memvid_ffi::capi::MemvidMemoryCards*>(this);
}

inline memvid_ffi::capi::MemvidMemoryCards* memvid_ffi::MemvidMemoryCards::AsFFI() {
    return reinterpret_cast<memvid_ffi::capi::MemvidMemoryCards*>(this);
}

inline const memvid_ffi::MemvidMemoryCards* memvid_ffi::MemvidMemoryCards::FromFFI(const memvid_ffi::capi::MemvidMemoryCards* ptr) {
    return reinterpret_cast<const memvid_ffi::MemvidMemoryCards*>(ptr);
}

inline memvid_ffi::MemvidMemoryCards* memvid_ffi::MemvidMemoryCards::FromFFI(memvid_ffi::capi::MemvidMemoryCards* ptr) {
    return reinterpret_cast<memvid_ffi::MemvidMemoryCards*>(ptr);
}

inline void memvid_ffi::MemvidMemoryCards::operator delete(void* ptr) {
    memvid_ffi::capi::memvid_MemvidMemoryCards_destroy(reinterpret_cast<memvid_ffi::capi::MemvidMemoryCards*>(ptr));
}


#endif // MEMVID_FFI_MemvidMemoryCards_HPP

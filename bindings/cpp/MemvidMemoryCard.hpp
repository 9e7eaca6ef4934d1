#ifndef MEMVID_FFI_MemvidMemoryCard_HPP
#define MEMVID_FFI_MemvidMemoryCard_HPP

#include "MemvidMemoryCard.d.hpp"

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include <memory>
#include <functional>
#include <optional>
#include <cstdlib>
#include "MemvidError.hpp"
#include "MemvidMemoryKind.hpp"
#include "diplomat_runtime.hpp"


namespace memvid_ffi {
namespace capi {
    extern "C" {

    uint64_t memvid_MemvidMemoryCard_id(const memvid_ffi::capi::MemvidMemoryCard* self);

    memvid_ffi::capi::MemvidMemoryKind memvid_MemvidMemoryCard_kind(const memvid_ffi::capi::MemvidMemoryCard* self);

    void memvid_MemvidMemoryCard_entity(const memvid_ffi::capi::MemvidMemoryCard* self, memvid_ffi::diplomat::capi::DiplomatWrite* write);

    void memvid_MemvidMemoryCard_slot(const memvid_ffi::capi::MemvidMemoryCard* self, memvid_ffi::diplomat::capi::DiplomatWrite* write);

    void memvid_MemvidMemoryCard_value(const memvid_ffi::capi::MemvidMemoryCard* self, memvid_ffi::diplomat::capi::DiplomatWrite* write);

    uint64_t memvid_MemvidMemoryCard_source_frame_id(const memvid_ffi::capi::MemvidMemoryCard* self);

    typedef struct memvid_MemvidMemoryCard_to_json_result {union { memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidMemoryCard_to_json_result;
    memvid_MemvidMemoryCard_to_json_result memvid_MemvidMemoryCard_to_json(const memvid_ffi::capi::MemvidMemoryCard* self, memvid_ffi::diplomat::capi::DiplomatWrite* write);

    void memvid_MemvidMemoryCard_destroy(MemvidMemoryCard* self);

    } // extern "C"
} // namespace capi
} // namespace

inline uint64_t memvid_ffi::MemvidMemoryCard::id() const {
    auto result = memvid_ffi::capi::memvid_MemvidMemoryCard_id(this->AsFFI());
    return result;
}

inline memvid_ffi::MemvidMemoryKind memvid_ffi::MemvidMemoryCard::kind() const {
    auto result = memvid_ffi::capi::memvid_MemvidMemoryCard_kind(this->AsFFI());
    return memvid_ffi::MemvidMemoryKind::FromFFI(result);
}

inline std::string memvid_ffi::MemvidMemoryCard::entity() const {
    std::string output;
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteFromString(output);
    memvid_ffi::capi::memvid_MemvidMemoryCard_entity(this->AsFFI(),
        &write);
    return output;
}
template<typename W>
inline void memvid_ffi::MemvidMemoryCard::entity_write(W& writeable) const {
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteTrait<W>::Construct(writeable);
    memvid_ffi::capi::memvid_MemvidMemoryCard_entity(this->AsFFI(),
        &write);
}

inline std::string memvid_ffi::MemvidMemoryCard::slot() const {
    std::string output;
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteFromString(output);
    memvid_ffi::capi::memvid_MemvidMemoryCard_slot(this->AsFFI(),
        &write);
    return output;
}
template<typename W>
inline void memvid_ffi::MemvidMemoryCard::slot_write(W& writeable) const {
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteTrait<W>::Construct(writeable);
    memvid_ffi::capi::memvid_MemvidMemoryCard_slot(this->AsFFI(),
        &write);
}

inline std::string memvid_ffi::MemvidMemoryCard::value() const {
    std::string output;
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteFromString(output);
    memvid_ffi::capi::memvid_MemvidMemoryCard_value(this->AsFFI(),
        &write);
    return output;
}
template<typename W>
inline void memvid_ffi::MemvidMemoryCard::value_write(W& writeable) const {
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteTrait<W>::Construct(writeable);
    memvid_ffi::capi::memvid_MemvidMemoryCard_value(this->AsFFI(),
        &write);
}

inline uint64_t memvid_ffi::MemvidMemoryCard::source_frame_id() const {
    auto result = memvid_ffi::capi::memvid_MemvidMemoryCard_source_frame_id(this->AsFFI());
    return result;
}

inline memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidMemoryCard::to_json() const {
    std::string output;
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteFromString(output);
    auto result = memvid_ffi::capi::memvid_MemvidMemoryCard_to_json(this->AsFFI(),
        &write);
    return result.is_ok ? memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::string>(std::move(output))) : memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}
template<typename W>
inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidMemoryCard::to_json_write(W& writeable) const {
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteTrait<W>::Construct(writeable);
    auto result = memvid_ffi::capi::memvid_MemvidMemoryCard_to_json(this->AsFFI(),
        &write);
    return result.is_ok ? memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::monostate>()) : memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline const memvid_ffi::capi::MemvidMemoryCard* memvid_ffi::MemvidMemoryCard::AsFFI() const {
    return reinterpret_cast<const memvid_ffi::capi::MemvidMemoryCard*>(this);
}

inline memvid_ffi::capi::MemvidMemoryCard* memvid_ffi::MemvidMemoryCard::AsFFI() {
    return reinterpret_cast<memvid_ffi::capi::MemvidMemoryCard*>(this);
}

inline const memvid_ffi::MemvidMemoryCard* memvid_ffi::MemvidMemoryCard::FromFFI(const memvid_ffi::capi::MemvidMemoryCard* ptr) {
    return reinterpret_cast<const memvid_ffi::MemvidMemoryCard*>(ptr);
}

inline memvid_ffi::MemvidMemoryCard* memvid_ffi::MemvidMemoryCard::FromFFI(memvid_ffi::capi::MemvidMemoryCard* ptr) {
    return reinterpret_cast<memvid_ffi::MemvidMemoryCard*>(ptr);
}

inline void memvid_ffi::MemvidMemoryCard::operator delete(void* ptr) {
    memvid_ffi::capi::memvid_MemvidMemoryCard_destroy(reinterpret_cast<memvid_ffi::capi::MemvidMemoryCard*>(ptr));
}


#endif // MEMVID_FFI_MemvidMemoryCard_HPP

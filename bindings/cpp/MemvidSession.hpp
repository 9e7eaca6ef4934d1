#ifndef MEMVID_FFI_MemvidSession_HPP
#define MEMVID_FFI_MemvidSession_HPP

#include "MemvidSession.d.hpp"

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

    void memvid_MemvidSession_id(const memvid_ffi::capi::MemvidSession* self, memvid_ffi::diplomat::capi::DiplomatWrite* write);

    void memvid_MemvidSession_name(const memvid_ffi::capi::MemvidSession* self, memvid_ffi::diplomat::capi::DiplomatWrite* write);

    int64_t memvid_MemvidSession_started_at(const memvid_ffi::capi::MemvidSession* self);

    int64_t memvid_MemvidSession_ended_at(const memvid_ffi::capi::MemvidSession* self);

    size_t memvid_MemvidSession_action_count(const memvid_ffi::capi::MemvidSession* self);

    size_t memvid_MemvidSession_checkpoint_count(const memvid_ffi::capi::MemvidSession* self);

    typedef struct memvid_MemvidSession_to_json_result {union { memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidSession_to_json_result;
    memvid_MemvidSession_to_json_result memvid_MemvidSession_to_json(const memvid_ffi::capi::MemvidSession* self, memvid_ffi::diplomat::capi::DiplomatWrite* write);

    void memvid_MemvidSession_destroy(MemvidSession* self);

    } // extern "C"
} // namespace capi
} // namespace

inline std::string memvid_ffi::MemvidSession::id() const {
    std::string output;
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteFromString(output);
    memvid_ffi::capi::memvid_MemvidSession_id(this->AsFFI(),
        &write);
    return output;
}
template<typename W>
inline void memvid_ffi::MemvidSession::id_write(W& writeable) const {
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteTrait<W>::Construct(writeable);
    memvid_ffi::capi::memvid_MemvidSession_id(this->AsFFI(),
        &write);
}

inline std::string memvid_ffi::MemvidSession::name() const {
    std::string output;
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteFromString(output);
    memvid_ffi::capi::memvid_MemvidSession_name(this->AsFFI(),
        &write);
    return output;
}
template<typename W>
inline void memvid_ffi::MemvidSession::name_write(W& writeable) const {
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteTrait<W>::Construct(writeable);
    memvid_ffi::capi::memvid_MemvidSession_name(this->AsFFI(),
        &write);
}

inline int64_t memvid_ffi::MemvidSession::started_at() const {
    auto result = memvid_ffi::capi::memvid_MemvidSession_started_at(this->AsFFI());
    return result;
}

inline int64_t memvid_ffi::MemvidSession::ended_at() const {
    auto result = memvid_ffi::capi::memvid_MemvidSession_ended_at(this->AsFFI());
    return result;
}

inline size_t memvid_ffi::MemvidSession::action_count() const {
    auto result = memvid_ffi::capi::memvid_MemvidSession_action_count(this->AsFFI());
    return result;
}

inline size_t memvid_ffi::MemvidSession::checkpoint_count() const {
    auto result = memvid_ffi::capi::memvid_MemvidSession_checkpoint_count(this->AsFFI());
    return result;
}

inline memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidSession::to_json() const {
    std::string output;
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteFromString(output);
    auto result = memvid_ffi::capi::memvid_MemvidSession_to_json(this->AsFFI(),
        &write);
    return result.is_ok ? memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::string>(std::move(output))) : memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}
template<typename W>
inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidSession::to_json_write(W& writeable) const {
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteTrait<W>::Construct(writeable);
    auto result = memvid_ffi::capi::memvid_MemvidSession_to_json(this->AsFFI(),
        &write);
    return result.is_ok ? memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::monostate>()) : memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline const memvid_ffi::capi::MemvidSession* memvid_ffi::MemvidSession::AsFFI() const {
    return reinterpret_cast<const memvid_ffi::capi::MemvidSession*>(this);
}

inline memvid_ffi::capi::MemvidSession* memvid_ffi::MemvidSession::AsFFI() {
    return reinterpret_cast<memvid_ffi::capi::MemvidSession*>(this);
}

inline const memvid_ffi::MemvidSession* memvid_ffi::MemvidSession::FromFFI(const memvid_ffi::capi::MemvidSession* ptr) {
    return reinterpret_cast<const memvid_ffi::MemvidSession*>(ptr);
}

inline memvid_ffi::MemvidSession* memvid_ffi::MemvidSession::FromFFI(memvid_ffi::capi::MemvidSession* ptr) {
    return reinterpret_cast<memvid_ffi::MemvidSession*>(ptr);
}

inline void memvid_ffi::MemvidSession::operator delete(void* ptr) {
    memvid_ffi::capi::memvid_MemvidSession_destroy(reinterpret_cast<memvid_ffi::capi::MemvidSession*>(ptr));
}


#endif // MEMVID_FFI_MemvidSession_HPP

#ifndef MEMVID_FFI_MemvidEncryption_HPP
#define MEMVID_FFI_MemvidEncryption_HPP

#include "MemvidEncryption.d.hpp"

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

    typedef struct memvid_MemvidEncryption_lock_result {union { memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidEncryption_lock_result;
    memvid_MemvidEncryption_lock_result memvid_MemvidEncryption_lock(memvid_ffi::diplomat::capi::DiplomatStringView path, memvid_ffi::diplomat::capi::DiplomatStringView password, memvid_ffi::diplomat::capi::DiplomatStringView destination, memvid_ffi::diplomat::capi::DiplomatWrite* write);

    typedef struct memvid_MemvidEncryption_unlock_result {union { memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidEncryption_unlock_result;
    memvid_MemvidEncryption_unlock_result memvid_MemvidEncryption_unlock(memvid_ffi::diplomat::capi::DiplomatStringView path, memvid_ffi::diplomat::capi::DiplomatStringView password, memvid_ffi::diplomat::capi::DiplomatStringView destination, memvid_ffi::diplomat::capi::DiplomatWrite* write);

    void memvid_MemvidEncryption_destroy(MemvidEncryption* self);

    } // extern "C"
} // namespace capi
} // namespace

inline memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidEncryption::lock(std::string_view path, std::string_view password, std::string_view destination) {
    std::string output;
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteFromString(output);
    auto result = memvid_ffi::capi::memvid_MemvidEncryption_lock({path.data(), path.size()},
        {password.data(), password.size()},
        {destination.data(), destination.size()},
        &write);
    return result.is_ok ? memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::string>(std::move(output))) : memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}
template<typename W>
inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidEncryption::lock_write(std::string_view path, std::string_view password, std::string_view destination, W& writeable) {
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteTrait<W>::Construct(writeable);
    auto result = memvid_ffi::capi::memvid_MemvidEncryption_lock({path.data(), path.size()},
        {password.data(), password.size()},
        {destination.data(), destination.size()},
        &write);
    return result.is_ok ? memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::monostate>()) : memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidEncryption::unlock(std::string_view path, std::string_view password, std::string_view destination) {
    std::string output;
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteFromString(output);
    auto result = memvid_ffi::capi::memvid_MemvidEncryption_unlock({path.data(), path.size()},
        {password.data(), password.size()},
        {destination.data(), destination.size()},
        &write);
    return result.is_ok ? memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::string>(std::move(output))) : memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}
template<typename W>
inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidEncryption::unlock_write(std::string_view path, std::string_view password, std::string_view destination, W& writeable) {
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteTrait<W>::Construct(writeable);
    auto result = memvid_ffi::capi::memvid_MemvidEncryption_unlock({path.data(), path.size()},
        {password.data(), password.size()},
        {destination.data(), destination.size()},
        &write);
    return result.is_ok ? memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::monostate>()) : memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline const memvid_ffi::capi::MemvidEncryption* memvid_ffi::MemvidEncryption::AsFFI() const {
    return reinterpret_cast<const memvid_ffi::capi::MemvidEncryption*>(this);
}

inline memvid_ffi::capi::MemvidEncryption* memvid_ffi::MemvidEncryption::AsFFI() {
    return reinterpret_cast<memvid_ffi::capi::MemvidEncryption*>(this);
}

inline const memvid_ffi::MemvidEncryption* memvid_ffi::MemvidEncryption::FromFFI(const memvid_ffi::capi::MemvidEncryption* ptr) {
    return reinterpret_cast<const memvid_ffi::MemvidEncryption*>(ptr);
}

inline memvid_ffi::MemvidEncryption* memvid_ffi::MemvidEncryption::FromFFI(memvid_ffi::capi::MemvidEncryption* ptr) {
    return reinterpret_cast<memvid_ffi::MemvidEncryption*>(ptr);
}

inline void memvid_ffi::MemvidEncryption::operator delete(void* ptr) {
    memvid_ffi::capi::memvid_MemvidEncryption_destroy(reinterpret_cast<memvid_ffi::capi::MemvidEncryption*>(ptr));
}


#endif // MEMVID_FFI_MemvidEncryption_HPP

#ifndef MEMVID_FFI_MemvidError_HPP
#define MEMVID_FFI_MemvidError_HPP

#include "MemvidError.d.hpp"

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include <memory>
#include <functional>
#include <optional>
#include <cstdlib>
#include "MemvidErrorCode.hpp"
#include "diplomat_runtime.hpp"


namespace memvid_ffi {
namespace capi {
    extern "C" {

    memvid_ffi::capi::MemvidErrorCode memvid_MemvidError_code(const memvid_ffi::capi::MemvidError* self);

    void memvid_MemvidError_code_str(const memvid_ffi::capi::MemvidError* self, memvid_ffi::diplomat::capi::DiplomatWrite* write);

    void memvid_MemvidError_message(const memvid_ffi::capi::MemvidError* self, memvid_ffi::diplomat::capi::DiplomatWrite* write);

    void memvid_MemvidError_to_display(const memvid_ffi::capi::MemvidError* self, memvid_ffi::diplomat::capi::DiplomatWrite* write);

    void memvid_MemvidError_destroy(MemvidError* self);

    } // extern "C"
} // namespace capi
} // namespace

inline memvid_ffi::MemvidErrorCode memvid_ffi::MemvidError::code() const {
    auto result = memvid_ffi::capi::memvid_MemvidError_code(this->AsFFI());
    return memvid_ffi::MemvidErrorCode::FromFFI(result);
}

inline std::string memvid_ffi::MemvidError::code_str() const {
    std::string output;
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteFromString(output);
    memvid_ffi::capi::memvid_MemvidError_code_str(this->AsFFI(),
        &write);
    return output;
}
template<typename W>
inline void memvid_ffi::MemvidError::code_str_write(W& writeable) const {
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteTrait<W>::Construct(writeable);
    memvid_ffi::capi::memvid_MemvidError_code_str(this->AsFFI(),
        &write);
}

inline std::string memvid_ffi::MemvidError::message() const {
    std::string output;
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteFromString(output);
    memvid_ffi::capi::memvid_MemvidError_message(this->AsFFI(),
        &write);
    return output;
}
template<typename W>
inline void memvid_ffi::MemvidError::message_write(W& writeable) const {
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteTrait<W>::Construct(writeable);
    memvid_ffi::capi::memvid_MemvidError_message(this->AsFFI(),
        &write);
}

inline std::string memvid_ffi::MemvidError::to_display() const {
    std::string output;
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteFromString(output);
    memvid_ffi::capi::memvid_MemvidError_to_display(this->AsFFI(),
        &write);
    return output;
}
template<typename W>
inline void memvid_ffi::MemvidError::to_display_write(W& writeable) const {
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteTrait<W>::Construct(writeable);
    memvid_ffi::capi::memvid_MemvidError_to_display(this->AsFFI(),
        &write);
}

inline const memvid_ffi::capi::MemvidError* memvid_ffi::MemvidError::AsFFI() const {
    return reinterpret_cast<const memvid_ffi::capi::MemvidError*>(this);
}

inline memvid_ffi::capi::MemvidError* memvid_ffi::MemvidError::AsFFI() {
    return reinterpret_cast<memvid_ffi::capi::MemvidError*>(this);
}

inline const memvid_ffi::MemvidError* memvid_ffi::MemvidError::FromFFI(const memvid_ffi::capi::MemvidError* ptr) {
    return reinterpret_cast<const memvid_ffi::MemvidError*>(ptr);
}

inline memvid_ffi::MemvidError* memvid_ffi::MemvidError::FromFFI(memvid_ffi::capi::MemvidError* ptr) {
    return reinterpret_cast<memvid_ffi::MemvidError*>(ptr);
}

inline void memvid_ffi::MemvidError::operator delete(void* ptr) {
    memvid_ffi::capi::memvid_MemvidError_destroy(reinterpret_cast<memvid_ffi::capi::MemvidError*>(ptr));
}


#endif // MEMVID_FFI_MemvidError_HPP

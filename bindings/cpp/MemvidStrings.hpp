#ifndef MEMVID_FFI_MemvidStrings_HPP
#define MEMVID_FFI_MemvidStrings_HPP

#include "MemvidStrings.d.hpp"

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

    size_t memvid_MemvidStrings_len(const memvid_ffi::capi::MemvidStrings* self);

    bool memvid_MemvidStrings_is_empty(const memvid_ffi::capi::MemvidStrings* self);

    typedef struct memvid_MemvidStrings_get_result {union { memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidStrings_get_result;
    memvid_MemvidStrings_get_result memvid_MemvidStrings_get(const memvid_ffi::capi::MemvidStrings* self, size_t index, memvid_ffi::diplomat::capi::DiplomatWrite* write);

    void memvid_MemvidStrings_destroy(MemvidStrings* self);

    } // extern "C"
} // namespace capi
} // namespace

inline size_t memvid_ffi::MemvidStrings::len() const {
    auto result = memvid_ffi::capi::memvid_MemvidStrings_len(this->AsFFI());
    return result;
}

inline bool memvid_ffi::MemvidStrings::is_empty() const {
    auto result = memvid_ffi::capi::memvid_MemvidStrings_is_empty(this->AsFFI());
    return result;
}

inline memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidStrings::get(size_t index) const {
    std::string output;
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteFromString(output);
    auto result = memvid_ffi::capi::memvid_MemvidStrings_get(this->AsFFI(),
        index,
        &write);
    return result.is_ok ? memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::string>(std::move(output))) : memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}
template<typename W>
inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidStrings::get_write(size_t index, W& writeable) const {
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteTrait<W>::Construct(writeable);
    auto result = memvid_ffi::capi::memvid_MemvidStrings_get(this->AsFFI(),
        index,
        &write);
    return result.is_ok ? memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::monostate>()) : memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline const memvid_ffi::capi::MemvidStrings* memvid_ffi::MemvidStrings::AsFFI() const {
    return reinterpret_cast<const memvid_ffi::capi::MemvidStrings*>(this);
}

inline memvid_ffi::capi::MemvidStrings* memvid_ffi::MemvidStrings::AsFFI() {
    return reinterpret_cast<memvid_ffi::capi::MemvidStrings*>(this);
}

inline const memvid_ffi::MemvidStrings* memvid_ffi::MemvidStrings::FromFFI(const memvid_ffi::capi::MemvidStrings* ptr) {
    return reinterpret_cast<const memvid_ffi::MemvidStrings*>(ptr);
}

inline memvid_ffi::MemvidStrings* memvid_ffi::MemvidStrings::FromFFI(memvid_ffi::capi::MemvidStrings* ptr) {
    return reinterpret_cast<memvid_ffi::MemvidStrings*>(ptr);
}

inline void memvid_ffi::MemvidStrings::operator delete(void* ptr) {
    memvid_ffi::capi::memvid_MemvidStrings_destroy(reinterpret_cast<memvid_ffi::capi::MemvidStrings*>(ptr));
}


#endif // MEMVID_FFI_MemvidStrings_HPP

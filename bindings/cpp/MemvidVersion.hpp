#ifndef MEMVID_FFI_MemvidVersion_HPP
#define MEMVID_FFI_MemvidVersion_HPP

#include "MemvidVersion.d.hpp"

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include <memory>
#include <functional>
#include <optional>
#include <cstdlib>
#include "diplomat_runtime.hpp"


namespace memvid_ffi {
namespace capi {
    extern "C" {

    void memvid_MemvidVersion_binding(memvid_ffi::diplomat::capi::DiplomatWrite* write);

    void memvid_MemvidVersion_core(memvid_ffi::diplomat::capi::DiplomatWrite* write);

    void memvid_MemvidVersion_describe(memvid_ffi::diplomat::capi::DiplomatWrite* write);

    void memvid_MemvidVersion_destroy(MemvidVersion* self);

    } // extern "C"
} // namespace capi
} // namespace

inline std::string memvid_ffi::MemvidVersion::binding() {
    std::string output;
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteFromString(output);
    memvid_ffi::capi::memvid_MemvidVersion_binding(&write);
    return output;
}
template<typename W>
inline void memvid_ffi::MemvidVersion::binding_write(W& writeable) {
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteTrait<W>::Construct(writeable);
    memvid_ffi::capi::memvid_MemvidVersion_binding(&write);
}

inline std::string memvid_ffi::MemvidVersion::core() {
    std::string output;
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteFromString(output);
    memvid_ffi::capi::memvid_MemvidVersion_core(&write);
    return output;
}
template<typename W>
inline void memvid_ffi::MemvidVersion::core_write(W& writeable) {
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteTrait<W>::Construct(writeable);
    memvid_ffi::capi::memvid_MemvidVersion_core(&write);
}

inline std::string memvid_ffi::MemvidVersion::describe() {
    std::string output;
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteFromString(output);
    memvid_ffi::capi::memvid_MemvidVersion_describe(&write);
    return output;
}
template<typename W>
inline void memvid_ffi::MemvidVersion::describe_write(W& writeable) {
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteTrait<W>::Construct(writeable);
    memvid_ffi::capi::memvid_MemvidVersion_describe(&write);
}

inline const memvid_ffi::capi::MemvidVersion* memvid_ffi::MemvidVersion::AsFFI() const {
    return reinterpret_cast<const memvid_ffi::capi::MemvidVersion*>(this);
}

inline memvid_ffi::capi::MemvidVersion* memvid_ffi::MemvidVersion::AsFFI() {
    return reinterpret_cast<memvid_ffi::capi::MemvidVersion*>(this);
}

inline const memvid_ffi::MemvidVersion* memvid_ffi::MemvidVersion::FromFFI(const memvid_ffi::capi::MemvidVersion* ptr) {
    return reinterpret_cast<const memvid_ffi::MemvidVersion*>(ptr);
}

inline memvid_ffi::MemvidVersion* memvid_ffi::MemvidVersion::FromFFI(memvid_ffi::capi::MemvidVersion* ptr) {
    return reinterpret_cast<memvid_ffi::MemvidVersion*>(ptr);
}

inline void memvid_ffi::MemvidVersion::operator delete(void* ptr) {
    memvid_ffi::capi::memvid_MemvidVersion_destroy(reinterpret_cast<memvid_ffi::capi::MemvidVersion*>(ptr));
}


#endif // MEMVID_FFI_MemvidVersion_HPP

#ifndef MEMVID_FFI_MemvidDoctorReport_HPP
#define MEMVID_FFI_MemvidDoctorReport_HPP

#include "MemvidDoctorReport.d.hpp"

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include <memory>
#include <functional>
#include <optional>
#include <cstdlib>
#include "MemvidDoctorStatus.hpp"
#include "MemvidError.hpp"
#include "diplomat_runtime.hpp"


namespace memvid_ffi {
namespace capi {
    extern "C" {

    memvid_ffi::capi::MemvidDoctorStatus memvid_MemvidDoctorReport_status(const memvid_ffi::capi::MemvidDoctorReport* self);

    size_t memvid_MemvidDoctorReport_actions_completed(const memvid_ffi::capi::MemvidDoctorReport* self);

    typedef struct memvid_MemvidDoctorReport_to_json_result {union { memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidDoctorReport_to_json_result;
    memvid_MemvidDoctorReport_to_json_result memvid_MemvidDoctorReport_to_json(const memvid_ffi::capi::MemvidDoctorReport* self, memvid_ffi::diplomat::capi::DiplomatWrite* write);

    void memvid_MemvidDoctorReport_destroy(MemvidDoctorReport* self);

    } // extern "C"
} // namespace capi
} // namespace

inline memvid_ffi::MemvidDoctorStatus memvid_ffi::MemvidDoctorReport::status() const {
    auto result = memvid_ffi::capi::memvid_MemvidDoctorReport_status(this->AsFFI());
    return memvid_ffi::MemvidDoctorStatus::FromFFI(result);
}

inline size_t memvid_ffi::MemvidDoctorReport::actions_completed() const {
    auto result = memvid_ffi::capi::memvid_MemvidDoctorReport_actions_completed(this->AsFFI());
    return result;
}

inline memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidDoctorReport::to_json() const {
    std::string output;
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteFromString(output);
    auto result = memvid_ffi::capi::memvid_MemvidDoctorReport_to_json(this->AsFFI(),
        &write);
    return result.is_ok ? memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::string>(std::move(output))) : memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}
template<typename W>
inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidDoctorReport::to_json_write(W& writeable) const {
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteTrait<W>::Construct(writeable);
    auto result = memvid_ffi::capi::memvid_MemvidDoctorReport_to_json(this->AsFFI(),
        &write);
    return result.is_ok ? memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::monostate>()) : memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline const memvid_ffi::capi::MemvidDoctorReport* memvid_ffi::MemvidDoctorReport::AsFFI() const {
    return reinterpret_cast<const memvid_ffi::capi::MemvidDoctorReport*>(this);
}

inline memvid_ffi::capi::MemvidDoctorReport* memvid_ffi::MemvidDoctorReport::AsFFI() {
    return reinterpret_cast<memvid_ffi::capi::MemvidDoctorReport*>(this);
}

inline const memvid_ffi::MemvidDoctorReport* memvid_ffi::MemvidDoctorReport::FromFFI(const memvid_ffi::capi::MemvidDoctorReport* ptr) {
    return reinterpret_cast<const memvid_ffi::MemvidDoctorReport*>(ptr);
}

inline memvid_ffi::MemvidDoctorReport* memvid_ffi::MemvidDoctorReport::FromFFI(memvid_ffi::capi::MemvidDoctorReport* ptr) {
    return reinterpret_cast<memvid_ffi::MemvidDoctorReport*>(ptr);
}

inline void memvid_ffi::MemvidDoctorReport::operator delete(void* ptr) {
    memvid_ffi::capi::memvid_MemvidDoctorReport_destroy(reinterpret_cast<memvid_ffi::capi::MemvidDoctorReport*>(ptr));
}


#endif // MEMVID_FFI_MemvidDoctorReport_HPP

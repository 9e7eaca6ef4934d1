#ifndef MEMVID_FFI_MemvidDoctorPlan_HPP
#define MEMVID_FFI_MemvidDoctorPlan_HPP

#include "MemvidDoctorPlan.d.hpp"

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include <memory>
#include <functional>
#include <optional>
#include <cstdlib>
#include "MemvidDoctorReport.hpp"
#include "MemvidError.hpp"
#include "diplomat_runtime.hpp"


namespace memvid_ffi {
namespace capi {
    extern "C" {

    bool memvid_MemvidDoctorPlan_is_noop(const memvid_ffi::capi::MemvidDoctorPlan* self);

    size_t memvid_MemvidDoctorPlan_finding_count(const memvid_ffi::capi::MemvidDoctorPlan* self);

    typedef struct memvid_MemvidDoctorPlan_apply_result {union {memvid_ffi::capi::MemvidDoctorReport* ok; memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidDoctorPlan_apply_result;
    memvid_MemvidDoctorPlan_apply_result memvid_MemvidDoctorPlan_apply(const memvid_ffi::capi::MemvidDoctorPlan* self);

    typedef struct memvid_MemvidDoctorPlan_to_json_result {union { memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidDoctorPlan_to_json_result;
    memvid_MemvidDoctorPlan_to_json_result memvid_MemvidDoctorPlan_to_json(const memvid_ffi::capi::MemvidDoctorPlan* self, memvid_ffi::diplomat::capi::DiplomatWrite* write);

    void memvid_MemvidDoctorPlan_destroy(MemvidDoctorPlan* self);

    } // extern "C"
} // namespace capi
} // namespace

inline bool memvid_ffi::MemvidDoctorPlan::is_noop() const {
    auto result = memvid_ffi::capi::memvid_MemvidDoctorPlan_is_noop(this->AsFFI());
    return result;
}

inline size_t memvid_ffi::MemvidDoctorPlan::finding_count() const {
    auto result = memvid_ffi::capi::memvid_MemvidDoctorPlan_finding_count(this->AsFFI());
    return result;
}

inline memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidDoctorReport>, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidDoctorPlan::apply() const {
    auto result = memvid_ffi::capi::memvid_MemvidDoctorPlan_apply(this->AsFFI());
    return result.is_ok ? memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidDoctorReport>, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::unique_ptr<memvid_ffi::MemvidDoctorReport>>(std::unique_ptr<memvid_ffi::MemvidDoctorReport>(memvid_ffi::MemvidDoctorReport::FromFFI(result.ok)))) : memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidDoctorReport>, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidDoctorPlan::to_json() const {
    std::string output;
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteFromString(output);
    auto result = memvid_ffi::capi::memvid_MemvidDoctorPlan_to_json(this->AsFFI(),
        &write);
    return result.is_ok ? memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::string>(std::move(output))) : memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}
template<typename W>
inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidDoctorPlan::to_json_write(W& writeable) const {
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteTrait<W>::Construct(writeable);
    auto result = memvid_ffi::capi::memvid_MemvidDoctorPlan_to_json(this->AsFFI(),
        &write);
    return result.is_ok ? memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::monostate>()) : memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline const memvid_ffi::capi::MemvidDoctorPlan* memvid_ffi::MemvidDoctorPlan::AsFFI() const {
    return reinterpret_cast<const memvid_ffi::capi::MemvidDoctorPlan*>(this);
}

inline memvid_ffi::capi::MemvidDoctorPlan* memvid_ffi::MemvidDoctorPlan::AsFFI() {
    return reinterpret_cast<memvid_ffi::capi::MemvidDoctorPlan*>(this);
}

inline const memvid_ffi::MemvidDoctorPlan* memvid_ffi::MemvidDoctorPlan::FromFFI(const memvid_ffi::capi::MemvidDoctorPlan* ptr) {
    return reinterpret_cast<const memvid_ffi::MemvidDoctorPlan*>(ptr);
}

inline memvid_ffi::MemvidDoctorPlan* memvid_ffi::MemvidDoctorPlan::FromFFI(memvid_ffi::capi::MemvidDoctorPlan* ptr) {
    return reinterpret_cast<memvid_ffi::MemvidDoctorPlan*>(ptr);
}

inline void memvid_ffi::MemvidDoctorPlan::operator delete(void* ptr) {
    memvid_ffi::capi::memvid_MemvidDoctorPlan_destroy(reinterpret_cast<memvid_ffi::capi::MemvidDoctorPlan*>(ptr));
}


#endif // MEMVID_FFI_MemvidDoctorPlan_HPP

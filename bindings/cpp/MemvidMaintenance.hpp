#ifndef MEMVID_FFI_MemvidMaintenance_HPP
#define MEMVID_FFI_MemvidMaintenance_HPP

#include "MemvidMaintenance.d.hpp"

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include <memory>
#include <functional>
#include <optional>
#include <cstdlib>
#include "MemvidDoctorOptions.hpp"
#include "MemvidDoctorPlan.hpp"
#include "MemvidDoctorReport.hpp"
#include "MemvidError.hpp"
#include "MemvidLockHolder.hpp"
#include "MemvidVerifyReport.hpp"
#include "diplomat_runtime.hpp"


namespace memvid_ffi {
namespace capi {
    extern "C" {

    typedef struct memvid_MemvidMaintenance_verify_result {union {memvid_ffi::capi::MemvidVerifyReport* ok; memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidMaintenance_verify_result;
    memvid_MemvidMaintenance_verify_result memvid_MemvidMaintenance_verify(memvid_ffi::diplomat::capi::DiplomatStringView path, bool deep);

    typedef struct memvid_MemvidMaintenance_doctor_plan_result {union {memvid_ffi::capi::MemvidDoctorPlan* ok; memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidMaintenance_doctor_plan_result;
    memvid_MemvidMaintenance_doctor_plan_result memvid_MemvidMaintenance_doctor_plan(memvid_ffi::diplomat::capi::DiplomatStringView path, memvid_ffi::capi::MemvidDoctorOptions options);

    typedef struct memvid_MemvidMaintenance_doctor_result {union {memvid_ffi::capi::MemvidDoctorReport* ok; memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidMaintenance_doctor_result;
    memvid_MemvidMaintenance_doctor_result memvid_MemvidMaintenance_doctor(memvid_ffi::diplomat::capi::DiplomatStringView path, memvid_ffi::capi::MemvidDoctorOptions options);

    typedef struct memvid_MemvidMaintenance_lock_holder_result {union {memvid_ffi::capi::MemvidLockHolder ok; memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidMaintenance_lock_holder_result;
    memvid_MemvidMaintenance_lock_holder_result memvid_MemvidMaintenance_lock_holder(memvid_ffi::diplomat::capi::DiplomatStringView path);

    typedef struct memvid_MemvidMaintenance_check_single_file_result {union { memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidMaintenance_check_single_file_result;
    memvid_MemvidMaintenance_check_single_file_result memvid_MemvidMaintenance_check_single_file(memvid_ffi::diplomat::capi::DiplomatStringView path);

    typedef struct memvid_MemvidMaintenance_call_json_result {union { memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidMaintenance_call_json_result;
    memvid_MemvidMaintenance_call_json_result memvid_MemvidMaintenance_call_json(memvid_ffi::diplomat::capi::DiplomatStringView op, memvid_ffi::diplomat::capi::DiplomatStringView request, memvid_ffi::diplomat::capi::DiplomatWrite* write);

    void memvid_MemvidMaintenance_destroy(MemvidMaintenance* self);

    } // extern "C"
} // namespace capi
} // namespace

inline memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidVerifyReport>, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidMaintenance::verify(std::string_view path, bool deep) {
    auto result = memvid_ffi::capi::memvid_MemvidMaintenance_verify({path.data(), path.size()},
        deep);
    return result.is_ok ? memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidVerifyReport>, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::unique_ptr<memvid_ffi::MemvidVerifyReport>>(std::unique_ptr<memvid_ffi::MemvidVerifyReport>(memvid_ffi::MemvidVerifyReport::FromFFI(result.ok)))) : memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidVerifyReport>, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidDoctorPlan>, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidMaintenance::doctor_plan(std::string_view path, memvid_ffi::MemvidDoctorOptions options) {
    auto result = memvid_ffi::capi::memvid_MemvidMaintenance_doctor_plan({path.data(), path.size()},
        options.AsFFI());
    return result.is_ok ? memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidDoctorPlan>, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::unique_ptr<memvid_ffi::MemvidDoctorPlan>>(std::unique_ptr<memvid_ffi::MemvidDoctorPlan>(memvid_ffi::MemvidDoctorPlan::FromFFI(result.ok)))) : memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidDoctorPlan>, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidDoctorReport>, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidMaintenance::doctor(std::string_view path, memvid_ffi::MemvidDoctorOptions options) {
    auto result = memvid_ffi::capi::memvid_MemvidMaintenance_doctor({path.data(), path.size()},
        options.AsFFI());
    return result.is_ok ? memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidDoctorReport>, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::unique_ptr<memvid_ffi::MemvidDoctorReport>>(std::unique_ptr<memvid_ffi::MemvidDoctorReport>(memvid_ffi::MemvidDoctorReport::FromFFI(result.ok)))) : memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidDoctorReport>, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<memvid_ffi::MemvidLockHolder, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidMaintenance::lock_holder(std::string_view path) {
    auto result = memvid_ffi::capi::memvid_MemvidMaintenance_lock_holder({path.data(), path.size()});
    return result.is_ok ? memvid_ffi::diplomat::result<memvid_ffi::MemvidLockHolder, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<memvid_ffi::MemvidLockHolder>(memvid_ffi::MemvidLockHolder::FromFFI(result.ok))) : memvid_ffi::diplomat::result<memvid_ffi::MemvidLockHolder, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidMaintenance::check_single_file(std::string_view path) {
    auto result = memvid_ffi::capi::memvid_MemvidMaintenance_check_single_file({path.data(), path.size()});
    return result.is_ok ? memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::monostate>()) : memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidMaintenance::call_json(std::string_view op, std::string_view request) {
    std::string output;
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteFromString(output);
    auto result = memvid_ffi::capi::memvid_MemvidMaintenance_call_json({op.data(), op.size()},
        {request.data(), request.size()},
        &write);
    return result.is_ok ? memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::string>(std::move(output))) : memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}
template<typename W>
inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidMaintenance::call_json_write(std::string_view op, std::string_view request, W& writeable) {
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteTrait<W>::Construct(writeable);
    auto result = memvid_ffi::capi::memvid_MemvidMaintenance_call_json({op.data(), op.size()},
        {request.data(), request.size()},
        &write);
    return result.is_ok ? memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::monostate>()) : memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline const memvid_ffi::capi::MemvidMaintenance* memvid_ffi::MemvidMaintenance::AsFFI() const {
    return reinterpret_cast<const memvid_ffi::capi::MemvidMaintenance*>(this);
}

inline memvid_ffi::capi::MemvidMaintenance* memvid_ffi::MemvidMaintenance::AsFFI() {
    return reinterpret_cast<memvid_ffi::capi::MemvidMaintenance*>(this);
}

inline const memvid_ffi::MemvidMaintenance* memvid_ffi::MemvidMaintenance::FromFFI(const memvid_ffi::capi::MemvidMaintenance* ptr) {
    return reinterpret_cast<const memvid_ffi::MemvidMaintenance*>(ptr);
}

inline memvid_ffi::MemvidMaintenance* memvid_ffi::MemvidMaintenance::FromFFI(memvid_ffi::capi::MemvidMaintenance* ptr) {
    return reinterpret_cast<memvid_ffi::MemvidMaintenance*>(ptr);
}

inline void memvid_ffi::MemvidMaintenance::operator delete(void* ptr) {
    memvid_ffi::capi::memvid_MemvidMaintenance_destroy(reinterpret_cast<memvid_ffi::capi::MemvidMaintenance*>(ptr));
}


#endif // MEMVID_FFI_MemvidMaintenance_HPP

#ifndef MEMVID_FFI_MemvidVerifyReport_HPP
#define MEMVID_FFI_MemvidVerifyReport_HPP

#include "MemvidVerifyReport.d.hpp"

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include <memory>
#include <functional>
#include <optional>
#include <cstdlib>
#include "MemvidCheckStatus.hpp"
#include "MemvidError.hpp"
#include "diplomat_runtime.hpp"


namespace memvid_ffi {
namespace capi {
    extern "C" {

    bool memvid_MemvidVerifyReport_passed(const memvid_ffi::capi::MemvidVerifyReport* self);

    size_t memvid_MemvidVerifyReport_check_count(const memvid_ffi::capi::MemvidVerifyReport* self);

    void memvid_MemvidVerifyReport_check_name(const memvid_ffi::capi::MemvidVerifyReport* self, size_t index, memvid_ffi::diplomat::capi::DiplomatWrite* write);

    memvid_ffi::capi::MemvidCheckStatus memvid_MemvidVerifyReport_check_status(const memvid_ffi::capi::MemvidVerifyReport* self, size_t index);

    void memvid_MemvidVerifyReport_check_details(const memvid_ffi::capi::MemvidVerifyReport* self, size_t index, memvid_ffi::diplomat::capi::DiplomatWrite* write);

    typedef struct memvid_MemvidVerifyReport_to_json_result {union { memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidVerifyReport_to_json_result;
    memvid_MemvidVerifyReport_to_json_result memvid_MemvidVerifyReport_to_json(const memvid_ffi::capi::MemvidVerifyReport* self, memvid_ffi::diplomat::capi::DiplomatWrite* write);

    void memvid_MemvidVerifyReport_destroy(MemvidVerifyReport* self);

    } // extern "C"
} // namespace capi
} // namespace

inline bool memvid_ffi::MemvidVerifyReport::passed() const {
    auto result = memvid_ffi::capi::memvid_MemvidVerifyReport_passed(this->AsFFI());
    return result;
}

inline size_t memvid_ffi::MemvidVerifyReport::check_count() const {
    auto result = memvid_ffi::capi::memvid_MemvidVerifyReport_check_count(this->AsFFI());
    return result;
}

inline std::string memvid_ffi::MemvidVerifyReport::check_name(size_t index) const {
    std::string output;
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteFromString(output);
    memvid_ffi::capi::memvid_MemvidVerifyReport_check_name(this->AsFFI(),
        index,
        &write);
    return output;
}
template<typename W>
inline void memvid_ffi::MemvidVerifyReport::check_name_write(size_t index, W& writeable) const {
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteTrait<W>::Construct(writeable);
    memvid_ffi::capi::memvid_MemvidVerifyReport_check_name(this->AsFFI(),
        index,
        &write);
}

inline memvid_ffi::MemvidCheckStatus memvid_ffi::MemvidVerifyReport::check_status(size_t index) const {
    auto result = memvid_ffi::capi::memvid_MemvidVerifyReport_check_status(this->AsFFI(),
        index);
    return memvid_ffi::MemvidCheckStatus::FromFFI(result);
}

inline std::string memvid_ffi::MemvidVerifyReport::check_details(size_t index) const {
    std::string output;
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteFromString(output);
    memvid_ffi::capi::memvid_MemvidVerifyReport_check_details(this->AsFFI(),
        index,
        &write);
    return output;
}
template<typename W>
inline void memvid_ffi::MemvidVerifyReport::check_details_write(size_t index, W& writeable) const {
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteTrait<W>::Construct(writeable);
    memvid_ffi::capi::memvid_MemvidVerifyReport_check_details(this->AsFFI(),
        index,
        &write);
}

inline memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidVerifyReport::to_json() const {
    std::string output;
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteFromString(output);
    auto result = memvid_ffi::capi::memvid_MemvidVerifyReport_to_json(this->AsFFI(),
        &write);
    return result.is_ok ? memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::string>(std::move(output))) : memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}
template<typename W>
inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidVerifyReport::to_json_write(W& writeable) const {
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteTrait<W>::Construct(writeable);
    auto result = memvid_ffi::capi::memvid_MemvidVerifyReport_to_json(this->AsFFI(),
        &write);
    return result.is_ok ? memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::monostate>()) : memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline const memvid_ffi::capi::MemvidVerifyReport* memvid_ffi::MemvidVerifyReport::AsFFI() const {
    return reinterpret_cast<const memvid_ffi::capi::MemvidVerifyReport*>(this);
}

inline memvid_ffi::capi::MemvidVerifyReport* memvid_ffi::MemvidVerifyReport::AsFFI() {
    return reinterpret_cast<memvid_ffi::capi::MemvidVerifyReport*>(this);
}

inline const memvid_ffi::MemvidVerifyReport* memvid_ffi::MemvidVerifyReport::FromFFI(const memvid_ffi::capi::MemvidVerifyReport* ptr) {
    return reinterpret_cast<const memvid_ffi::MemvidVerifyReport*>(ptr);
}

inline memvid_ffi::MemvidVerifyReport* memvid_ffi::MemvidVerifyReport::FromFFI(memvid_ffi::capi::MemvidVerifyReport* ptr) {
    return reinterpret_cast<memvid_ffi::MemvidVerifyReport*>(ptr);
}

inline void memvid_ffi::MemvidVerifyReport::operator delete(void* ptr) {
    memvid_ffi::capi::memvid_MemvidVerifyReport_destroy(reinterpret_cast<memvid_ffi::capi::MemvidVerifyReport*>(ptr));
}


#endif // MEMVID_FFI_MemvidVerifyReport_HPP

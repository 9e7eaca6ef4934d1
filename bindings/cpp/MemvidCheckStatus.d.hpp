#ifndef MEMVID_FFI_MemvidCheckStatus_D_HPP
#define MEMVID_FFI_MemvidCheckStatus_D_HPP

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
    enum MemvidCheckStatus {
      MemvidCheckStatus_Passed = 0,
      MemvidCheckStatus_Failed = 1,
      MemvidCheckStatus_Skipped = 2,
    };

    typedef struct MemvidCheckStatus_option {union { MemvidCheckStatus ok; }; bool is_ok; } MemvidCheckStatus_option;
} // namespace capi
} // namespace

namespace memvid_ffi {
/**
 * The outcome of one verification check.
 */
class MemvidCheckStatus {
public:
    enum Value {
        /**
         * The check found nothing wrong.
         */
        Passed = 0,
        /**
         * The check found a problem (its details say which).
         */
        Failed = 1,
        /**
         * The check did not apply (e.g. no vector index).
         */
        Skipped = 2,
    };

    MemvidCheckStatus(): value(Value::Passed) {}

    // Implicit conversions between enum and ::Value
    constexpr MemvidCheckStatus(Value v) : value(v) {}
    constexpr operator Value() const { return value; }
    // Prevent usage as boolean value
    explicit operator bool() const = delete;

    inline memvid_ffi::capi::MemvidCheckStatus AsFFI() const;
    inline static memvid_ffi::MemvidCheckStatus FromFFI(memvid_ffi::capi::MemvidCheckStatus c_enum);
private:
    Value value;
};

} // namespace
#endif // MEMVID_FFI_MemvidCheckStatus_D_HPP

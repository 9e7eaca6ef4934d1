#ifndef MEMVID_FFI_MemvidLockHolder_D_HPP
#define MEMVID_FFI_MemvidLockHolder_D_HPP

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
    struct MemvidLockHolder {
      bool held;
      uint32_t pid;
      bool this_process;
    };

    typedef struct MemvidLockHolder_option {union { MemvidLockHolder ok; }; bool is_ok; } MemvidLockHolder_option;
} // namespace capi
} // namespace


namespace memvid_ffi {
/**
 * Who holds a file's writer lock.
 */
struct MemvidLockHolder {
    bool held;
    uint32_t pid;
    bool this_process;

    inline memvid_ffi::capi::MemvidLockHolder AsFFI() const;
    inline static memvid_ffi::MemvidLockHolder FromFFI(memvid_ffi::capi::MemvidLockHolder c_struct);
};

} // namespace
#endif // MEMVID_FFI_MemvidLockHolder_D_HPP

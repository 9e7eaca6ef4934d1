#ifndef MEMVID_FFI_MemvidTicket_D_HPP
#define MEMVID_FFI_MemvidTicket_D_HPP

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
    struct MemvidTicket {
      int64_t seq_no;
      uint64_t capacity_bytes;
      uint64_t expires_in_secs;
      bool verified;
    };

    typedef struct MemvidTicket_option {union { MemvidTicket ok; }; bool is_ok; } MemvidTicket_option;
} // namespace capi
} // namespace


namespace memvid_ffi {
/**
 * The ticket a memory carries. A new memory has the free tier's: issuer `free-tier`,
 * sequence 1, capacity 50 MiB.
 */
struct MemvidTicket {
    int64_t seq_no;
    uint64_t capacity_bytes;
    uint64_t expires_in_secs;
    bool verified;

    inline memvid_ffi::capi::MemvidTicket AsFFI() const;
    inline static memvid_ffi::MemvidTicket FromFFI(memvid_ffi::capi::MemvidTicket c_struct);
};

} // namespace
#endif // MEMVID_FFI_MemvidTicket_D_HPP

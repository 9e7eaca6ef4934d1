#ifndef MEMVID_FFI_MemvidMemoryStats_D_HPP
#define MEMVID_FFI_MemvidMemoryStats_D_HPP

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
    struct MemvidMemoryStats {
      uint64_t card_count;
      uint64_t entity_count;
      uint64_t slot_count;
      uint64_t enriched_frames;
    };

    typedef struct MemvidMemoryStats_option {union { MemvidMemoryStats ok; }; bool is_ok; } MemvidMemoryStats_option;
} // namespace capi
} // namespace


namespace memvid_ffi {
/**
 * Counts of a memory's cards.
 */
struct MemvidMemoryStats {
    uint64_t card_count;
    uint64_t entity_count;
    uint64_t slot_count;
    uint64_t enriched_frames;

    inline memvid_ffi::capi::MemvidMemoryStats AsFFI() const;
    inline static memvid_ffi::MemvidMemoryStats FromFFI(memvid_ffi::capi::MemvidMemoryStats c_struct);
};

} // namespace
#endif // MEMVID_FFI_MemvidMemoryStats_D_HPP

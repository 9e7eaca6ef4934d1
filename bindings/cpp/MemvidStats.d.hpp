#ifndef MEMVID_FFI_MemvidStats_D_HPP
#define MEMVID_FFI_MemvidStats_D_HPP

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
    struct MemvidStats {
      uint64_t frame_count;
      uint64_t active_frame_count;
      uint64_t size_bytes;
      uint64_t payload_bytes;
      uint64_t logical_bytes;
      uint64_t capacity_bytes;
      uint64_t remaining_capacity_bytes;
      uint64_t vector_count;
      bool has_lex_index;
      bool has_vec_index;
      bool has_time_index;
      uint64_t dead_bytes;
    };

    typedef struct MemvidStats_option {union { MemvidStats ok; }; bool is_ok; } MemvidStats_option;
} // namespace capi
} // namespace


namespace memvid_ffi {
/**
 * memvid-core's storage statistics of the committed file. `MemvidStore::stats_json` gives
 * the complete memvid-core `Stats`.
 */
struct MemvidStats {
    uint64_t frame_count;
    uint64_t active_frame_count;
    uint64_t size_bytes;
    uint64_t payload_bytes;
    uint64_t logical_bytes;
    uint64_t capacity_bytes;
    uint64_t remaining_capacity_bytes;
    uint64_t vector_count;
    bool has_lex_index;
    bool has_vec_index;
    bool has_time_index;
    uint64_t dead_bytes;

    inline memvid_ffi::capi::MemvidStats AsFFI() const;
    inline static memvid_ffi::MemvidStats FromFFI(memvid_ffi::capi::MemvidStats c_struct);
};

} // namespace
#endif // MEMVID_FFI_MemvidStats_D_HPP

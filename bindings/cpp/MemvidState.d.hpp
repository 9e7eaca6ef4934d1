#ifndef MEMVID_FFI_MemvidState_D_HPP
#define MEMVID_FFI_MemvidState_D_HPP

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
    struct MemvidState {
      uint64_t committed_frames;
      uint64_t pending_frames;
      uint64_t next_frame_id;
      uint32_t vec_dimension;
      bool read_only;
    };

    typedef struct MemvidState_option {union { MemvidState ok; }; bool is_ok; } MemvidState_option;
} // namespace capi
} // namespace


namespace memvid_ffi {
/**
 * What an open handle holds, including writes that are not committed yet.
 */
struct MemvidState {
    uint64_t committed_frames;
    uint64_t pending_frames;
    uint64_t next_frame_id;
    uint32_t vec_dimension;
    bool read_only;

    inline memvid_ffi::capi::MemvidState AsFFI() const;
    inline static memvid_ffi::MemvidState FromFFI(memvid_ffi::capi::MemvidState c_struct);
};

} // namespace
#endif // MEMVID_FFI_MemvidState_D_HPP

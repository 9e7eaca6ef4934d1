#ifndef MEMVID_FFI_MemvidEnrichment_D_HPP
#define MEMVID_FFI_MemvidEnrichment_D_HPP

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
    struct MemvidEnrichment {
      uint64_t frames;
      uint64_t cards;
    };

    typedef struct MemvidEnrichment_option {union { MemvidEnrichment ok; }; bool is_ok; } MemvidEnrichment_option;
} // namespace capi
} // namespace


namespace memvid_ffi {
/**
 * What one `enrich` run did.
 */
struct MemvidEnrichment {
    uint64_t frames;
    uint64_t cards;

    inline memvid_ffi::capi::MemvidEnrichment AsFFI() const;
    inline static memvid_ffi::MemvidEnrichment FromFFI(memvid_ffi::capi::MemvidEnrichment c_struct);
};

} // namespace
#endif // MEMVID_FFI_MemvidEnrichment_D_HPP

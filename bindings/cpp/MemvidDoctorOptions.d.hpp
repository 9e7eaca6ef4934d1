#ifndef MEMVID_FFI_MemvidDoctorOptions_D_HPP
#define MEMVID_FFI_MemvidDoctorOptions_D_HPP

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
    struct MemvidDoctorOptions {
      bool rebuild_time_index;
      bool rebuild_lex_index;
      bool rebuild_vec_index;
      bool vacuum;
    };

    typedef struct MemvidDoctorOptions_option {union { MemvidDoctorOptions ok; }; bool is_ok; } MemvidDoctorOptions_option;
} // namespace capi
} // namespace


namespace memvid_ffi {
/**
 * What a doctor run should do. Everything off plans only the checks a doctor always makes
 * (and repairs what they find when applied).
 */
struct MemvidDoctorOptions {
    bool rebuild_time_index;
    bool rebuild_lex_index;
    bool rebuild_vec_index;
    bool vacuum;

    inline memvid_ffi::capi::MemvidDoctorOptions AsFFI() const;
    inline static memvid_ffi::MemvidDoctorOptions FromFFI(memvid_ffi::capi::MemvidDoctorOptions c_struct);
};

} // namespace
#endif // MEMVID_FFI_MemvidDoctorOptions_D_HPP

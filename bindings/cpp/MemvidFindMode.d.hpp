#ifndef MEMVID_FFI_MemvidFindMode_D_HPP
#define MEMVID_FFI_MemvidFindMode_D_HPP

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
    enum MemvidFindMode {
      MemvidFindMode_Lex = 0,
      MemvidFindMode_Vec = 1,
      MemvidFindMode_Hybrid = 2,
    };

    typedef struct MemvidFindMode_option {union { MemvidFindMode ok; }; bool is_ok; } MemvidFindMode_option;
} // namespace capi
} // namespace

namespace memvid_ffi {
/**
 * How `find` searches.
 */
class MemvidFindMode {
public:
    enum Value {
        /**
         * Full-text (BM25) search over the lexical index.
         */
        Lex = 0,
        /**
         * Vector search with the caller-supplied query embedding.
         */
        Vec = 1,
        /**
         * Lexical and vector hits fused by reciprocal rank (needs a query embedding).
         */
        Hybrid = 2,
    };

    MemvidFindMode(): value(Value::Lex) {}

    // Implicit conversions between enum and ::Value
    constexpr MemvidFindMode(Value v) : value(v) {}
    constexpr operator Value() const { return value; }
    // Prevent usage as boolean value
    explicit operator bool() const = delete;

    inline memvid_ffi::capi::MemvidFindMode AsFFI() const;
    inline static memvid_ffi::MemvidFindMode FromFFI(memvid_ffi::capi::MemvidFindMode c_enum);
private:
    Value value;
};

} // namespace
#endif // MEMVID_FFI_MemvidFindMode_D_HPP

#ifndef MEMVID_FFI_MemvidQuerySyntax_D_HPP
#define MEMVID_FFI_MemvidQuerySyntax_D_HPP

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
    enum MemvidQuerySyntax {
      MemvidQuerySyntax_Plain = 0,
      MemvidQuerySyntax_Operators = 1,
    };

    typedef struct MemvidQuerySyntax_option {union { MemvidQuerySyntax ok; }; bool is_ok; } MemvidQuerySyntax_option;
} // namespace capi
} // namespace

namespace memvid_ffi {
/**
 * The language of a `find` or `ask` query.
 */
class MemvidQuerySyntax {
public:
    enum Value {
        /**
         * The default: plain text. Every run of letters and digits is a word, a hit holds
         * all of them (`and`, `or`, `not` are words too), everything else separates words,
         * and a span between double quotes is a phrase. No text is an error.
         */
        Plain = 0,
        /**
         * memvid-core's query language: `AND`, `OR`, `NOT`, parentheses, `"phrases"`,
         * `tag:`/`label:`/`track:`/`uri:`/`scope:` fields, `date:[a TO b]` and `*` wildcards.
         * A malformed query is `MV120`.
         */
        Operators = 1,
    };

    MemvidQuerySyntax(): value(Value::Plain) {}

    // Implicit conversions between enum and ::Value
    constexpr MemvidQuerySyntax(Value v) : value(v) {}
    constexpr operator Value() const { return value; }
    // Prevent usage as boolean value
    explicit operator bool() const = delete;

    inline memvid_ffi::capi::MemvidQuerySyntax AsFFI() const;
    inline static memvid_ffi::MemvidQuerySyntax FromFFI(memvid_ffi::capi::MemvidQuerySyntax c_enum);
private:
    Value value;
};

} // namespace
#endif // MEMVID_FFI_MemvidQuerySyntax_D_HPP

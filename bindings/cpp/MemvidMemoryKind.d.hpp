#ifndef MEMVID_FFI_MemvidMemoryKind_D_HPP
#define MEMVID_FFI_MemvidMemoryKind_D_HPP

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
    enum MemvidMemoryKind {
      MemvidMemoryKind_Fact = 0,
      MemvidMemoryKind_Preference = 1,
      MemvidMemoryKind_Event = 2,
      MemvidMemoryKind_Profile = 3,
      MemvidMemoryKind_Relationship = 4,
      MemvidMemoryKind_Goal = 5,
      MemvidMemoryKind_Other = 6,
    };

    typedef struct MemvidMemoryKind_option {union { MemvidMemoryKind ok; }; bool is_ok; } MemvidMemoryKind_option;
} // namespace capi
} // namespace

namespace memvid_ffi {
/**
 * What a memory card records.
 */
class MemvidMemoryKind {
public:
    enum Value {
        /**
         * A fact about the entity.
         */
        Fact = 0,
        /**
         * A like or dislike.
         */
        Preference = 1,
        /**
         * Something that happened.
         */
        Event = 2,
        /**
         * A profile attribute.
         */
        Profile = 3,
        /**
         * A relationship to another entity.
         */
        Relationship = 4,
        /**
         * A goal.
         */
        Goal = 5,
        /**
         * Anything else.
         */
        Other = 6,
    };

    MemvidMemoryKind(): value(Value::Fact) {}

    // Implicit conversions between enum and ::Value
    constexpr MemvidMemoryKind(Value v) : value(v) {}
    constexpr operator Value() const { return value; }
    // Prevent usage as boolean value
    explicit operator bool() const = delete;

    inline memvid_ffi::capi::MemvidMemoryKind AsFFI() const;
    inline static memvid_ffi::MemvidMemoryKind FromFFI(memvid_ffi::capi::MemvidMemoryKind c_enum);
private:
    Value value;
};

} // namespace
#endif // MEMVID_FFI_MemvidMemoryKind_D_HPP

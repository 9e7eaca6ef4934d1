#ifndef MEMVID_FFI_MemvidFactFormat_D_HPP
#define MEMVID_FFI_MemvidFactFormat_D_HPP

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
    enum MemvidFactFormat {
      MemvidFactFormat_Json = 0,
      MemvidFactFormat_NTriples = 1,
      MemvidFactFormat_Csv = 2,
    };

    typedef struct MemvidFactFormat_option {union { MemvidFactFormat ok; }; bool is_ok; } MemvidFactFormat_option;
} // namespace capi
} // namespace

namespace memvid_ffi {
/**
 * The formats `export_facts` writes.
 */
class MemvidFactFormat {
public:
    enum Value {
        /**
         * A JSON array of memvid-core `MemoryCard`s.
         */
        Json = 0,
        /**
         * RDF N-Triples: `<mv2://entity/E> <mv2://slot/S> "value" .`, one card per line.
         */
        NTriples = 1,
        /**
         * CSV with a header line: id, kind, entity, slot, value, polarity, source_frame_id,
         * created_at.
         */
        Csv = 2,
    };

    MemvidFactFormat(): value(Value::Json) {}

    // Implicit conversions between enum and ::Value
    constexpr MemvidFactFormat(Value v) : value(v) {}
    constexpr operator Value() const { return value; }
    // Prevent usage as boolean value
    explicit operator bool() const = delete;

    inline memvid_ffi::capi::MemvidFactFormat AsFFI() const;
    inline static memvid_ffi::MemvidFactFormat FromFFI(memvid_ffi::capi::MemvidFactFormat c_enum);
private:
    Value value;
};

} // namespace
#endif // MEMVID_FFI_MemvidFactFormat_D_HPP

#ifndef MEMVID_FFI_MemvidPutBatch_HPP
#define MEMVID_FFI_MemvidPutBatch_HPP

#include "MemvidPutBatch.d.hpp"

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include <memory>
#include <functional>
#include <optional>
#include <cstdlib>
#include "MemvidError.hpp"
#include "MemvidPutOptions.hpp"
#include "diplomat_runtime.hpp"


namespace memvid_ffi {
namespace capi {
    extern "C" {

    memvid_ffi::capi::MemvidPutBatch* memvid_MemvidPutBatch_new(void);

    typedef struct memvid_MemvidPutBatch_add_text_result {union { memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidPutBatch_add_text_result;
    memvid_MemvidPutBatch_add_text_result memvid_MemvidPutBatch_add_text(memvid_ffi::capi::MemvidPutBatch* self, memvid_ffi::diplomat::capi::DiplomatStringView text, const memvid_ffi::capi::MemvidPutOptions* options);

    typedef struct memvid_MemvidPutBatch_add_text_with_embedding_result {union { memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidPutBatch_add_text_with_embedding_result;
    memvid_MemvidPutBatch_add_text_with_embedding_result memvid_MemvidPutBatch_add_text_with_embedding(memvid_ffi::capi::MemvidPutBatch* self, memvid_ffi::diplomat::capi::DiplomatStringView text, memvid_ffi::diplomat::capi::DiplomatF32View embedding, const memvid_ffi::capi::MemvidPutOptions* options);

    void memvid_MemvidPutBatch_add_bytes(memvid_ffi::capi::MemvidPutBatch* self, memvid_ffi::diplomat::capi::DiplomatU8View bytes, const memvid_ffi::capi::MemvidPutOptions* options);

    size_t memvid_MemvidPutBatch_len(const memvid_ffi::capi::MemvidPutBatch* self);

    void memvid_MemvidPutBatch_destroy(MemvidPutBatch* self);

    } // extern "C"
} // namespace capi
} // namespace

inline std::unique_ptr<memvid_ffi::MemvidPutBatch> memvid_ffi::MemvidPutBatch::new_() {
    auto result = memvid_ffi::capi::memvid_MemvidPutBatch_new();
    return std::unique_ptr<memvid_ffi::MemvidPutBatch>(memvid_ffi::MemvidPutBatch::FromFFI(result));
}

inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidPutBatch::add_text(std::string_view text, memvid_ffi::diplomat::maybe_null<const memvid_ffi::MemvidPutOptions*> options) {
    auto result = memvid_ffi::capi::memvid_MemvidPutBatch_add_text(this->AsFFI(),
        {text.data(), text.size()},
        options ? options->AsFFI() : nullptr);
    return result.is_ok ? memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::monostate>()) : memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidPutBatch::add_text_with_embedding(std::string_view text, memvid_ffi::diplomat::span<const float> embedding, memvid_ffi::diplomat::maybe_null<const memvid_ffi::MemvidPutOptions*> options) {
    auto result = memvid_ffi::capi::memvid_MemvidPutBatch_add_text_with_embedding(this->AsFFI(),
        {text.data(), text.size()},
        {embedding.data(), embedding.size()},
        options ? options->AsFFI() : nullptr);
    return result.is_ok ? memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::monostate>()) : memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline void memvid_ffi::MemvidPutBatch::add_bytes(memvid_ffi::diplomat::span<const uint8_t> bytes, memvid_ffi::diplomat::maybe_null<const memvid_ffi::MemvidPutOptions*> options) {
    memvid_ffi::capi::memvid_MemvidPutBatch_add_bytes(this->AsFFI(),
        {bytes.data(), bytes.size()},
        options ? options->AsFFI() : nullptr);
}

inline size_t memvid_ffi::MemvidPutBatch::len() const {
    auto result = memvid_ffi::capi::memvid_MemvidPutBatch_len(this->AsFFI());
    return result;
}

inline const memvid_ffi::capi::MemvidPutBatch* memvid_ffi::MemvidPutBatch::AsFFI() const {
    return reinterpret_cast<const memvid_ffi::capi::MemvidPutBatch*>(this);
}

inline memvid_ffi::capi::MemvidPutBatch* memvid_ffi::MemvidPutBatch::AsFFI() {
    return reinterpret_cast<memvid_ffi::capi::MemvidPutBatch*>(this);
}

inline const memvid_ffi::MemvidPutBatch* memvid_ffi::MemvidPutBatch::FromFFI(const memvid_ffi::capi::MemvidPutBatch* ptr) {
    return reinterpret_cast<const memvid_ffi::MemvidPutBatch*>(ptr);
}

inline memvid_ffi::MemvidPutBatch* memvid_ffi::MemvidPutBatch::FromFFI(memvid_ffi::capi::MemvidPutBatch* ptr) {
    return reinterpret_cast<memvid_ffi::MemvidPutBatch*>(ptr);
}

inline void memvid_ffi::MemvidPutBatch::operator delete(void* ptr) {
    memvid_ffi::capi::memvid_MemvidPutBatch_destroy(reinterpret_cast<memvid_ffi::capi::MemvidPutBatch*>(ptr));
}


#endif // MEMVID_FFI_MemvidPutBatch_HPP

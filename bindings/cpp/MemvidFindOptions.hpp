#ifndef MEMVID_FFI_MemvidFindOptions_HPP
#define MEMVID_FFI_MemvidFindOptions_HPP

#include "MemvidFindOptions.d.hpp"

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include <memory>
#include <functional>
#include <optional>
#include <cstdlib>
#include "MemvidError.hpp"
#include "MemvidFindMode.hpp"
#include "MemvidQuerySyntax.hpp"
#include "diplomat_runtime.hpp"


namespace memvid_ffi {
namespace capi {
    extern "C" {

    memvid_ffi::capi::MemvidFindOptions* memvid_MemvidFindOptions_new(void);

    void memvid_MemvidFindOptions_set_mode(memvid_ffi::capi::MemvidFindOptions* self, memvid_ffi::capi::MemvidFindMode mode);

    void memvid_MemvidFindOptions_set_syntax(memvid_ffi::capi::MemvidFindOptions* self, memvid_ffi::capi::MemvidQuerySyntax syntax);

    typedef struct memvid_MemvidFindOptions_set_k_result {union { memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidFindOptions_set_k_result;
    memvid_MemvidFindOptions_set_k_result memvid_MemvidFindOptions_set_k(memvid_ffi::capi::MemvidFindOptions* self, uint32_t k);

    void memvid_MemvidFindOptions_set_snippet_chars(memvid_ffi::capi::MemvidFindOptions* self, uint32_t chars);

    typedef struct memvid_MemvidFindOptions_set_scope_result {union { memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidFindOptions_set_scope_result;
    memvid_MemvidFindOptions_set_scope_result memvid_MemvidFindOptions_set_scope(memvid_ffi::capi::MemvidFindOptions* self, memvid_ffi::diplomat::capi::DiplomatStringView scope);

    typedef struct memvid_MemvidFindOptions_set_uri_result {union { memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidFindOptions_set_uri_result;
    memvid_MemvidFindOptions_set_uri_result memvid_MemvidFindOptions_set_uri(memvid_ffi::capi::MemvidFindOptions* self, memvid_ffi::diplomat::capi::DiplomatStringView uri);

    typedef struct memvid_MemvidFindOptions_set_query_embedding_result {union { memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidFindOptions_set_query_embedding_result;
    memvid_MemvidFindOptions_set_query_embedding_result memvid_MemvidFindOptions_set_query_embedding(memvid_ffi::capi::MemvidFindOptions* self, memvid_ffi::diplomat::capi::DiplomatF32View embedding);

    void memvid_MemvidFindOptions_set_as_of_frame(memvid_ffi::capi::MemvidFindOptions* self, uint64_t frame_id);

    void memvid_MemvidFindOptions_set_as_of_ts(memvid_ffi::capi::MemvidFindOptions* self, int64_t ts);

    void memvid_MemvidFindOptions_destroy(MemvidFindOptions* self);

    } // extern "C"
} // namespace capi
} // namespace

inline std::unique_ptr<memvid_ffi::MemvidFindOptions> memvid_ffi::MemvidFindOptions::new_() {
    auto result = memvid_ffi::capi::memvid_MemvidFindOptions_new();
    return std::unique_ptr<memvid_ffi::MemvidFindOptions>(memvid_ffi::MemvidFindOptions::FromFFI(result));
}

inline void memvid_ffi::MemvidFindOptions::set_mode(memvid_ffi::MemvidFindMode mode) {
    memvid_ffi::capi::memvid_MemvidFindOptions_set_mode(this->AsFFI(),
        mode.AsFFI());
}

inline void memvid_ffi::MemvidFindOptions::set_syntax(memvid_ffi::MemvidQuerySyntax syntax) {
    memvid_ffi::capi::memvid_MemvidFindOptions_set_syntax(this->AsFFI(),
        syntax.AsFFI());
}

inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidFindOptions::set_k(uint32_t k) {
    auto result = memvid_ffi::capi::memvid_MemvidFindOptions_set_k(this->AsFFI(),
        k);
    return result.is_ok ? memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::monostate>()) : memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline void memvid_ffi::MemvidFindOptions::set_snippet_chars(uint32_t chars) {
    memvid_ffi::capi::memvid_MemvidFindOptions_set_snippet_chars(this->AsFFI(),
        chars);
}

inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidFindOptions::set_scope(std::string_view scope) {
    auto result = memvid_ffi::capi::memvid_MemvidFindOptions_set_scope(this->AsFFI(),
        {scope.data(), scope.size()});
    return result.is_ok ? memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::monostate>()) : memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidFindOptions::set_uri(std::string_view uri) {
    auto result = memvid_ffi::capi::memvid_MemvidFindOptions_set_uri(this->AsFFI(),
        {uri.data(), uri.size()});
    return result.is_ok ? memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::monostate>()) : memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidFindOptions::set_query_embedding(memvid_ffi::diplomat::span<const float> embedding) {
    auto result = memvid_ffi::capi::memvid_MemvidFindOptions_set_query_embedding(this->AsFFI(),
        {embedding.data(), embedding.size()});
    return result.is_ok ? memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::monostate>()) : memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline void memvid_ffi::MemvidFindOptions::set_as_of_frame(uint64_t frame_id) {
    memvid_ffi::capi::memvid_MemvidFindOptions_set_as_of_frame(this->AsFFI(),
        frame_id);
}

inline void memvid_ffi::MemvidFindOptions::set_as_of_ts(int64_t ts) {
    memvid_ffi::capi::memvid_MemvidFindOptions_set_as_of_ts(this->AsFFI(),
        ts);
}

inline const memvid_ffi::capi::MemvidFindOptions* memvid_ffi::MemvidFindOptions::AsFFI() const {
    return reinterpret_cast<const memvid_ffi::capi::MemvidFindOptions*>(this);
}

inline memvid_ffi::capi::MemvidFindOptions* memvid_ffi::MemvidFindOptions::AsFFI() {
    return reinterpret_cast<memvid_ffi::capi::MemvidFindOptions*>(this);
}

inline const memvid_ffi::MemvidFindOptions* memvid_ffi::MemvidFindOptions::FromFFI(const memvid_ffi::capi::MemvidFindOptions* ptr) {
    return reinterpret_cast<const memvid_ffi::MemvidFindOptions*>(ptr);
}

inline memvid_ffi::MemvidFindOptions* memvid_ffi::MemvidFindOptions::FromFFI(memvid_ffi::capi::MemvidFindOptions* ptr) {
    return reinterpret_cast<memvid_ffi::MemvidFindOptions*>(ptr);
}

inline void memvid_ffi::MemvidFindOptions::operator delete(void* ptr) {
    memvid_ffi::capi::memvid_MemvidFindOptions_destroy(reinterpret_cast<memvid_ffi::capi::MemvidFindOptions*>(ptr));
}


#endif // MEMVID_FFI_MemvidFindOptions_HPP

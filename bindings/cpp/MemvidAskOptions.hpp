#ifndef MEMVID_FFI_MemvidAskOptions_HPP
#define MEMVID_FFI_MemvidAskOptions_HPP

#include "MemvidAskOptions.d.hpp"

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include <memory>
#include <functional>
#include <optional>
#include <cstdlib>
#include "MemvidError.hpp"
#include "MemvidQuerySyntax.hpp"
#include "diplomat_runtime.hpp"


namespace memvid_ffi {
namespace capi {
    extern "C" {

    memvid_ffi::capi::MemvidAskOptions* memvid_MemvidAskOptions_new(void);

    typedef struct memvid_MemvidAskOptions_set_k_result {union { memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidAskOptions_set_k_result;
    memvid_MemvidAskOptions_set_k_result memvid_MemvidAskOptions_set_k(memvid_ffi::capi::MemvidAskOptions* self, uint32_t k);

    void memvid_MemvidAskOptions_set_syntax(memvid_ffi::capi::MemvidAskOptions* self, memvid_ffi::capi::MemvidQuerySyntax syntax);

    void memvid_MemvidAskOptions_set_snippet_chars(memvid_ffi::capi::MemvidAskOptions* self, uint32_t chars);

    void memvid_MemvidAskOptions_set_context_only(memvid_ffi::capi::MemvidAskOptions* self, bool on);

    typedef struct memvid_MemvidAskOptions_set_scope_result {union { memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidAskOptions_set_scope_result;
    memvid_MemvidAskOptions_set_scope_result memvid_MemvidAskOptions_set_scope(memvid_ffi::capi::MemvidAskOptions* self, memvid_ffi::diplomat::capi::DiplomatStringView scope);

    void memvid_MemvidAskOptions_set_as_of_frame(memvid_ffi::capi::MemvidAskOptions* self, uint64_t frame_id);

    void memvid_MemvidAskOptions_set_as_of_ts(memvid_ffi::capi::MemvidAskOptions* self, int64_t ts);

    void memvid_MemvidAskOptions_destroy(MemvidAskOptions* self);

    } // extern "C"
} // namespace capi
} // namespace

inline std::unique_ptr<memvid_ffi::MemvidAskOptions> memvid_ffi::MemvidAskOptions::new_() {
    auto result = memvid_ffi::capi::memvid_MemvidAskOptions_new();
    return std::unique_ptr<memvid_ffi::MemvidAskOptions>(memvid_ffi::MemvidAskOptions::FromFFI(result));
}

inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidAskOptions::set_k(uint32_t k) {
    auto result = memvid_ffi::capi::memvid_MemvidAskOptions_set_k(this->AsFFI(),
        k);
    return result.is_ok ? memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::monostate>()) : memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline void memvid_ffi::MemvidAskOptions::set_syntax(memvid_ffi::MemvidQuerySyntax syntax) {
    memvid_ffi::capi::memvid_MemvidAskOptions_set_syntax(this->AsFFI(),
        syntax.AsFFI());
}

inline void memvid_ffi::MemvidAskOptions::set_snippet_chars(uint32_t chars) {
    memvid_ffi::capi::memvid_MemvidAskOptions_set_snippet_chars(this->AsFFI(),
        chars);
}

inline void memvid_ffi::MemvidAskOptions::set_context_only(bool on) {
    memvid_ffi::capi::memvid_MemvidAskOptions_set_context_only(this->AsFFI(),
        on);
}

inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidAskOptions::set_scope(std::string_view scope) {
    auto result = memvid_ffi::capi::memvid_MemvidAskOptions_set_scope(this->AsFFI(),
        {scope.data(), scope.size()});
    return result.is_ok ? memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::monostate>()) : memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline void memvid_ffi::MemvidAskOptions::set_as_of_frame(uint64_t frame_id) {
    memvid_ffi::capi::memvid_MemvidAskOptions_set_as_of_frame(this->AsFFI(),
        frame_id);
}

inline void memvid_ffi::MemvidAskOptions::set_as_of_ts(int64_t ts) {
    memvid_ffi::capi::memvid_MemvidAskOptions_set_as_of_ts(this->AsFFI(),
        ts);
}

inline const memvid_ffi::capi::MemvidAskOptions* memvid_ffi::MemvidAskOptions::AsFFI() const {
    return reinterpret_cast<const memvid_ffi::capi::MemvidAskOptions*>(this);
}

inline memvid_ffi::capi::MemvidAskOptions* memvid_ffi::MemvidAskOptions::AsFFI() {
    return reinterpret_cast<memvid_ffi::capi::MemvidAskOptions*>(this);
}

inline const memvid_ffi::MemvidAskOptions* memvid_ffi::MemvidAskOptions::FromFFI(const memvid_ffi::capi::MemvidAskOptions* ptr) {
    return reinterpret_cast<const memvid_ffi::MemvidAskOptions*>(ptr);
}

inline memvid_ffi::MemvidAskOptions* memvid_ffi::MemvidAskOptions::FromFFI(memvid_ffi::capi::MemvidAskOptions* ptr) {
    return reinterpret_cast<memvid_ffi::MemvidAskOptions*>(ptr);
}

inline void memvid_ffi::MemvidAskOptions::operator delete(void* ptr) {
    memvid_ffi::capi::memvid_MemvidAskOptions_destroy(reinterpret_cast<memvid_ffi::capi::MemvidAskOptions*>(ptr));
}


#endif // MEMVID_FFI_MemvidAskOptions_HPP

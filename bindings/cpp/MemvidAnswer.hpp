#ifndef MEMVID_FFI_MemvidAnswer_HPP
#define MEMVID_FFI_MemvidAnswer_HPP

#include "MemvidAnswer.d.hpp"

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include <memory>
#include <functional>
#include <optional>
#include <cstdlib>
#include "MemvidError.hpp"
#include "MemvidSearchResults.hpp"
#include "diplomat_runtime.hpp"


namespace memvid_ffi {
namespace capi {
    extern "C" {

    bool memvid_MemvidAnswer_has_answer(const memvid_ffi::capi::MemvidAnswer* self);

    void memvid_MemvidAnswer_answer(const memvid_ffi::capi::MemvidAnswer* self, memvid_ffi::diplomat::capi::DiplomatWrite* write);

    void memvid_MemvidAnswer_context(const memvid_ffi::capi::MemvidAnswer* self, memvid_ffi::diplomat::capi::DiplomatWrite* write);

    memvid_ffi::capi::MemvidSearchResults* memvid_MemvidAnswer_sources(const memvid_ffi::capi::MemvidAnswer* self);

    typedef struct memvid_MemvidAnswer_to_json_result {union { memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidAnswer_to_json_result;
    memvid_MemvidAnswer_to_json_result memvid_MemvidAnswer_to_json(const memvid_ffi::capi::MemvidAnswer* self, memvid_ffi::diplomat::capi::DiplomatWrite* write);

    void memvid_MemvidAnswer_destroy(MemvidAnswer* self);

    } // extern "C"
} // namespace capi
} // namespace

inline bool memvid_ffi::MemvidAnswer::has_answer() const {
    auto result = memvid_ffi::capi::memvid_MemvidAnswer_has_answer(this->AsFFI());
    return result;
}

inline std::string memvid_ffi::MemvidAnswer::answer() const {
    std::string output;
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteFromString(output);
    memvid_ffi::capi::memvid_MemvidAnswer_answer(this->AsFFI(),
        &write);
    return output;
}
template<typename W>
inline void memvid_ffi::MemvidAnswer::answer_write(W& writeable) const {
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteTrait<W>::Construct(writeable);
    memvid_ffi::capi::memvid_MemvidAnswer_answer(this->AsFFI(),
        &write);
}

inline std::string memvid_ffi::MemvidAnswer::context() const {
    std::string output;
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteFromString(output);
    memvid_ffi::capi::memvid_MemvidAnswer_context(this->AsFFI(),
        &write);
    return output;
}
template<typename W>
inline void memvid_ffi::MemvidAnswer::context_write(W& writeable) const {
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteTrait<W>::Construct(writeable);
    memvid_ffi::capi::memvid_MemvidAnswer_context(this->AsFFI(),
        &write);
}

inline std::unique_ptr<memvid_ffi::MemvidSearchResults> memvid_ffi::MemvidAnswer::sources() const {
    auto result = memvid_ffi::capi::memvid_MemvidAnswer_sources(this->AsFFI());
    return std::unique_ptr<memvid_ffi::MemvidSearchResults>(memvid_ffi::MemvidSearchResults::FromFFI(result));
}

inline memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidAnswer::to_json() const {
    std::string output;
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteFromString(output);
    auto result = memvid_ffi::capi::memvid_MemvidAnswer_to_json(this->AsFFI(),
        &write);
    return result.is_ok ? memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::string>(std::move(output))) : memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}
template<typename W>
inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidAnswer::to_json_write(W& writeable) const {
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteTrait<W>::Construct(writeable);
    auto result = memvid_ffi::capi::memvid_MemvidAnswer_to_json(this->AsFFI(),
        &write);
    return result.is_ok ? memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::monostate>()) : memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline const memvid_ffi::capi::MemvidAnswer* memvid_ffi::MemvidAnswer::AsFFI() const {
    return reinterpret_cast<const memvid_ffi::capi::MemvidAnswer*>(this);
}

inline memvid_ffi::capi::MemvidAnswer* memvid_ffi::MemvidAnswer::AsFFI() {
    return reinterpret_cast<memvid_ffi::capi::MemvidAnswer*>(this);
}

inline const memvid_ffi::MemvidAnswer* memvid_ffi::MemvidAnswer::FromFFI(const memvid_ffi::capi::MemvidAnswer* ptr) {
    return reinterpret_cast<const memvid_ffi::MemvidAnswer*>(ptr);
}

inline memvid_ffi::MemvidAnswer* memvid_ffi::MemvidAnswer::FromFFI(memvid_ffi::capi::MemvidAnswer* ptr) {
    return reinterpret_cast<memvid_ffi::MemvidAnswer*>(ptr);
}

inline void memvid_ffi::MemvidAnswer::operator delete(void* ptr) {
    memvid_ffi::capi::memvid_MemvidAnswer_destroy(reinterpret_cast<memvid_ffi::capi::MemvidAnswer*>(ptr));
}


#endif // MEMVID_FFI_MemvidAnswer_HPP

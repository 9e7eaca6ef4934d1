#ifndef MEMVID_FFI_MemvidTable_HPP
#define MEMVID_FFI_MemvidTable_HPP

#include "MemvidTable.d.hpp"

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include <memory>
#include <functional>
#include <optional>
#include <cstdlib>
#include "MemvidError.hpp"
#include "diplomat_runtime.hpp"


namespace memvid_ffi {
namespace capi {
    extern "C" {

    void memvid_MemvidTable_id(const memvid_ffi::capi::MemvidTable* self, memvid_ffi::diplomat::capi::DiplomatWrite* write);

    size_t memvid_MemvidTable_row_count(const memvid_ffi::capi::MemvidTable* self);

    size_t memvid_MemvidTable_column_count(const memvid_ffi::capi::MemvidTable* self);

    uint32_t memvid_MemvidTable_page(const memvid_ffi::capi::MemvidTable* self);

    void memvid_MemvidTable_header(const memvid_ffi::capi::MemvidTable* self, size_t column, memvid_ffi::diplomat::capi::DiplomatWrite* write);

    void memvid_MemvidTable_cell(const memvid_ffi::capi::MemvidTable* self, size_t row, size_t column, memvid_ffi::diplomat::capi::DiplomatWrite* write);

    typedef struct memvid_MemvidTable_rows_json_result {union { memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidTable_rows_json_result;
    memvid_MemvidTable_rows_json_result memvid_MemvidTable_rows_json(const memvid_ffi::capi::MemvidTable* self, memvid_ffi::diplomat::capi::DiplomatWrite* write);

    void memvid_MemvidTable_to_csv(const memvid_ffi::capi::MemvidTable* self, memvid_ffi::diplomat::capi::DiplomatWrite* write);

    typedef struct memvid_MemvidTable_to_json_result {union { memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidTable_to_json_result;
    memvid_MemvidTable_to_json_result memvid_MemvidTable_to_json(const memvid_ffi::capi::MemvidTable* self, memvid_ffi::diplomat::capi::DiplomatWrite* write);

    void memvid_MemvidTable_destroy(MemvidTable* self);

    } // extern "C"
} // namespace capi
} // namespace

inline std::string memvid_ffi::MemvidTable::id() const {
    std::string output;
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteFromString(output);
    memvid_ffi::capi::memvid_MemvidTable_id(this->AsFFI(),
        &write);
    return output;
}
template<typename W>
inline void memvid_ffi::MemvidTable::id_write(W& writeable) const {
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteTrait<W>::Construct(writeable);
    memvid_ffi::capi::memvid_MemvidTable_id(this->AsFFI(),
        &write);
}

inline size_t memvid_ffi::MemvidTable::row_count() const {
    auto result = memvid_ffi::capi::memvid_MemvidTable_row_count(this->AsFFI());
    return result;
}

inline size_t memvid_ffi::MemvidTable::column_count() const {
    auto result = memvid_ffi::capi::memvid_MemvidTable_column_count(this->AsFFI());
    return result;
}

inline uint32_t memvid_ffi::MemvidTable::page() const {
    auto result = memvid_ffi::capi::memvid_MemvidTable_page(this->AsFFI());
    return result;
}

inline std::string memvid_ffi::MemvidTable::header(size_t column) const {
    std::string output;
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteFromString(output);
    memvid_ffi::capi::memvid_MemvidTable_header(this->AsFFI(),
        column,
        &write);
    return output;
}
template<typename W>
inline void memvid_ffi::MemvidTable::header_write(size_t column, W& writeable) const {
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteTrait<W>::Construct(writeable);
    memvid_ffi::capi::memvid_MemvidTable_header(this->AsFFI(),
        column,
        &write);
}

inline std::string memvid_ffi::MemvidTable::cell(size_t row, size_t column) const {
    std::string output;
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteFromString(output);
    memvid_ffi::capi::memvid_MemvidTable_cell(this->AsFFI(),
        row,
        column,
        &write);
    return output;
}
template<typename W>
inline void memvid_ffi::MemvidTable::cell_write(size_t row, size_t column, W& writeable) const {
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteTrait<W>::Construct(writeable);
    memvid_ffi::capi::memvid_MemvidTable_cell(this->AsFFI(),
        row,
        column,
        &write);
}

inline memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidTable::rows_json() const {
    std::string output;
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteFromString(output);
    auto result = memvid_ffi::capi::memvid_MemvidTable_rows_json(this->AsFFI(),
        &write);
    return result.is_ok ? memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::string>(std::move(output))) : memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}
template<typename W>
inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidTable::rows_json_write(W& writeable) const {
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteTrait<W>::Construct(writeable);
    auto result = memvid_ffi::capi::memvid_MemvidTable_rows_json(this->AsFFI(),
        &write);
    return result.is_ok ? memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::monostate>()) : memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline std::string memvid_ffi::MemvidTable::to_csv() const {
    std::string output;
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteFromString(output);
    memvid_ffi::capi::memvid_MemvidTable_to_csv(this->AsFFI(),
        &write);
    return output;
}
template<typename W>
inline void memvid_ffi::MemvidTable::to_csv_write(W& writeable) const {
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteTrait<W>::Construct(writeable);
    memvid_ffi::capi::memvid_MemvidTable_to_csv(this->AsFFI(),
        &write);
}

inline memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidTable::to_json() const {
    std::string output;
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteFromString(output);
    auto result = memvid_ffi::capi::memvid_MemvidTable_to_json(this->AsFFI(),
        &write);
    return result.is_ok ? memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::string>(std::move(output))) : memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}
template<typename W>
inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidTable::to_json_write(W& writeable) const {
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteTrait<W>::Construct(writeable);
    auto result = memvid_ffi::capi::memvid_MemvidTable_to_json(this->AsFFI(),
        &write);
    return result.is_ok ? memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::monostate>()) : memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline const memvid_ffi::capi::MemvidTable* memvid_ffi::MemvidTable::AsFFI() const {
    return reinterpret_cast<const memvid_ffi::capi::MemvidTable*>(this);
}

inline memvid_ffi::capi::MemvidTable* memvid_ffi::MemvidTable::AsFFI() {
    return reinterpret_cast<memvid_ffi::capi::MemvidTable*>(this);
}

inline const memvid_ffi::MemvidTable* memvid_ffi::MemvidTable::FromFFI(const memvid_ffi::capi::MemvidTable* ptr) {
    return reinterpret_cast<const memvid_ffi::MemvidTable*>(ptr);
}

inline memvid_ffi::MemvidTable* memvid_ffi::MemvidTable::FromFFI(memvid_ffi::capi::MemvidTable* ptr) {
    return reinterpret_cast<memvid_ffi::MemvidTable*>(ptr);
}

inline void memvid_ffi::MemvidTable::operator delete(void* ptr) {
    memvid_ffi::capi::memvid_MemvidTable_destroy(reinterpret_cast<memvid_ffi::capi::MemvidTable*>(ptr));
}


#endif // MEMVID_FFI_MemvidTable_HPP

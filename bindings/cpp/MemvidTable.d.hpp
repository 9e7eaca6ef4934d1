#ifndef MEMVID_FFI_MemvidTable_D_HPP
#define MEMVID_FFI_MemvidTable_D_HPP

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
namespace capi { struct MemvidError; }
class MemvidError;
} // namespace memvid_ffi



namespace memvid_ffi {
namespace capi {
    struct MemvidTable;
} // namespace capi
} // namespace

namespace memvid_ffi {
/**
 * One stored table: headers and rows of cell text.
 *
 * Ownership: owned by the caller; free with `memvid_MemvidTable_destroy`.
 */
class MemvidTable {
public:

  /**
   * The table id (e.g. `tbl_report_pdf_0`).
   */
  inline std::string id() const;
  template<typename W>
  inline void id_write(W& writeable_output) const;

  /**
   * Number of data rows (the header row excluded).
   */
  inline size_t row_count() const;

  /**
   * Number of columns.
   */
  inline size_t column_count() const;

  /**
   * The first page the table is on (1-based).
   */
  inline uint32_t page() const;

  /**
   * The header of `column`, or an empty string past the end.
   */
  inline std::string header(size_t column) const;
  template<typename W>
  inline void header_write(size_t column, W& writeable_output) const;

  /**
   * The text of the cell at data row `row`, column `column`, or an empty string when
   * there is no such cell.
   */
  inline std::string cell(size_t row, size_t column) const;
  template<typename W>
  inline void cell_write(size_t row, size_t column, W& writeable_output) const;

  /**
   * The rows as JSON records, one object per row keyed by header:
   * `[{"Name":"Ada","Year":"1843"}, ...]`.
   */
  inline memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>> rows_json() const;
  template<typename W>
  inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> rows_json_write(W& writeable_output) const;

  /**
   * The table as CSV, header line first.
   */
  inline std::string to_csv() const;
  template<typename W>
  inline void to_csv_write(W& writeable_output) const;

  /**
   * The table as memvid-core `ExtractedTable` JSON (cells with spans, page range,
   * detection mode, quality).
   */
  inline memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>> to_json() const;
  template<typename W>
  inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> to_json_write(W& writeable_output) const;

    inline const memvid_ffi::capi::MemvidTable* AsFFI() const;
    inline memvid_ffi::capi::MemvidTable* AsFFI();
    inline static const memvid_ffi::MemvidTable* FromFFI(const memvid_ffi::capi::MemvidTable* ptr);
    inline static memvid_ffi::MemvidTable* FromFFI(memvid_ffi::capi::MemvidTable* ptr);
    inline static void operator delete(void* ptr);
private:
    MemvidTable() = delete;
    MemvidTable(const memvid_ffi::MemvidTable&) = delete;
    MemvidTable(memvid_ffi::MemvidTable&&) noexcept = delete;
    MemvidTable operator=(const memvid_ffi::MemvidTable&) = delete;
    MemvidTable operator=(memvid_ffi::MemvidTable&&) noexcept = delete;
    static void operator delete[](void*, size_t) = delete;
};

} // namespace
#endif // MEMVID_FFI_MemvidTable_D_HPP

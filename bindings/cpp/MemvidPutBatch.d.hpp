#ifndef MEMVID_FFI_MemvidPutBatch_D_HPP
#define MEMVID_FFI_MemvidPutBatch_D_HPP

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
namespace capi { struct MemvidPutBatch; }
class MemvidPutBatch;
namespace capi { struct MemvidPutOptions; }
class MemvidPutOptions;
} // namespace memvid_ffi



namespace memvid_ffi {
namespace capi {
    struct MemvidPutBatch;
} // namespace capi
} // namespace

namespace memvid_ffi {
/**
 * Documents collected for one `put_many`: each with its payload, options and optional
 * embedding. Adding copies the arguments, so they can be freed right after.
 *
 * Ownership: owned by the caller; free with `memvid_MemvidPutBatch_destroy`.
 */
class MemvidPutBatch {
public:

  /**
   * An empty batch.
   */
  inline static std::unique_ptr<memvid_ffi::MemvidPutBatch> new_();

  /**
   * Adds a text document (must be UTF-8). `options` may be null for the binding defaults.
   */
  inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> add_text(std::string_view text, memvid_ffi::diplomat::maybe_null<const memvid_ffi::MemvidPutOptions*> options);

  /**
   * Adds a text document with its embedding (every embedding in a memory has one
   * dimension; values must be finite).
   */
  inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> add_text_with_embedding(std::string_view text, memvid_ffi::diplomat::span<const float> embedding, memvid_ffi::diplomat::maybe_null<const memvid_ffi::MemvidPutOptions*> options);

  /**
   * Adds a document of raw bytes (text is extracted where memvid-core can, e.g. PDF).
   */
  inline void add_bytes(memvid_ffi::diplomat::span<const uint8_t> bytes, memvid_ffi::diplomat::maybe_null<const memvid_ffi::MemvidPutOptions*> options);

  /**
   * Number of documents added.
   */
  inline size_t len() const;

    inline const memvid_ffi::capi::MemvidPutBatch* AsFFI() const;
    inline memvid_ffi::capi::MemvidPutBatch* AsFFI();
    inline static const memvid_ffi::MemvidPutBatch* FromFFI(const memvid_ffi::capi::MemvidPutBatch* ptr);
    inline static memvid_ffi::MemvidPutBatch* FromFFI(memvid_ffi::capi::MemvidPutBatch* ptr);
    inline static void operator delete(void* ptr);
private:
    MemvidPutBatch() = delete;
    MemvidPutBatch(const memvid_ffi::MemvidPutBatch&) = delete;
    MemvidPutBatch(memvid_ffi::MemvidPutBatch&&) noexcept = delete;
    MemvidPutBatch operator=(const memvid_ffi::MemvidPutBatch&) = delete;
    MemvidPutBatch operator=(memvid_ffi::MemvidPutBatch&&) noexcept = delete;
    static void operator delete[](void*, size_t) = delete;
};

} // namespace
#endif // MEMVID_FFI_MemvidPutBatch_D_HPP

#ifndef MEMVID_FFI_MemvidMemoryCard_D_HPP
#define MEMVID_FFI_MemvidMemoryCard_D_HPP

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
class MemvidMemoryKind;
} // namespace memvid_ffi



namespace memvid_ffi {
namespace capi {
    struct MemvidMemoryCard;
} // namespace capi
} // namespace

namespace memvid_ffi {
/**
 * One memory card.
 *
 * Ownership: owned by the caller; free with `memvid_MemvidMemoryCard_destroy`.
 */
class MemvidMemoryCard {
public:

  /**
   * The card's id.
   */
  inline uint64_t id() const;

  /**
   * What the card records.
   */
  inline memvid_ffi::MemvidMemoryKind kind() const;

  /**
   * The entity (lowercase), e.g. `user`.
   */
  inline std::string entity() const;
  template<typename W>
  inline void entity_write(W& writeable_output) const;

  /**
   * The slot, e.g. `employer`.
   */
  inline std::string slot() const;
  template<typename W>
  inline void slot_write(W& writeable_output) const;

  /**
   * The value, e.g. `Acme`.
   */
  inline std::string value() const;
  template<typename W>
  inline void value_write(W& writeable_output) const;

  /**
   * The frame the card was extracted from (or was given when added).
   */
  inline uint64_t source_frame_id() const;

  /**
   * The card as memvid-core `MemoryCard` JSON (polarity, dates, engine, confidence).
   */
  inline memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>> to_json() const;
  template<typename W>
  inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> to_json_write(W& writeable_output) const;

    inline const memvid_ffi::capi::MemvidMemoryCard* AsFFI() const;
    inline memvid_ffi::capi::MemvidMemoryCard* AsFFI();
    inline static const memvid_ffi::MemvidMemoryCard* FromFFI(const memvid_ffi::capi::MemvidMemoryCard* ptr);
    inline static memvid_ffi::MemvidMemoryCard* FromFFI(memvid_ffi::capi::MemvidMemoryCard* ptr);
    inline static void operator delete(void* ptr);
private:
    MemvidMemoryCard() = delete;
    MemvidMemoryCard(const memvid_ffi::MemvidMemoryCard&) = delete;
    MemvidMemoryCard(memvid_ffi::MemvidMemoryCard&&) noexcept = delete;
    MemvidMemoryCard operator=(const memvid_ffi::MemvidMemoryCard&) = delete;
    MemvidMemoryCard operator=(memvid_ffi::MemvidMemoryCard&&) noexcept = delete;
    static void operator delete[](void*, size_t) = delete;
};

} // namespace
#endif // MEMVID_FFI_MemvidMemoryCard_D_HPP

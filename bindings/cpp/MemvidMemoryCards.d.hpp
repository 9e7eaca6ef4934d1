#ifndef MEMVID_FFI_MemvidMemoryCards_D_HPP
#define MEMVID_FFI_MemvidMemoryCards_D_HPP

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
namespace capi { struct MemvidMemoryCard; }
class MemvidMemoryCard;
namespace capi { struct MemvidMemoryCardIter; }
class MemvidMemoryCardIter;
} // namespace memvid_ffi



namespace memvid_ffi {
namespace capi {
    struct MemvidMemoryCards;
} // namespace capi
} // namespace

namespace memvid_ffi {
/**
 * A list of memory cards.
 *
 * Ownership: owned by the caller; free with `memvid_MemvidMemoryCards_destroy`. Cards
 * returned by `get` and the iterator are independent copies owned by the caller.
 */
class MemvidMemoryCards {
public:

  /**
   * Number of cards.
   */
  inline size_t len() const;

  /**
   * Whether there are no cards.
   */
  inline bool is_empty() const;

  /**
   * The card at `index`, or none past the end.
   */
  inline memvid_ffi::diplomat::maybe_null<std::unique_ptr<memvid_ffi::MemvidMemoryCard>> get(size_t index) const;

  /**
   * Iterates over the cards.
   */
  inline std::unique_ptr<memvid_ffi::MemvidMemoryCardIter> iter() const DIPLOMAT_LIFETIME_BOUND;
  inline memvid_ffi::diplomat::next_to_iter_helper<memvid_ffi::MemvidMemoryCardIter> begin() const;
  inline std::nullopt_t end() const { return std::nullopt; }

  /**
   * The cards as a JSON array of memvid-core `MemoryCard`s.
   */
  inline memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>> to_json() const;
  template<typename W>
  inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> to_json_write(W& writeable_output) const;

    inline const memvid_ffi::capi::MemvidMemoryCards* AsFFI() const;
    inline memvid_ffi::capi::MemvidMemoryCards* AsFFI();
    inline static const memvid_ffi::MemvidMemoryCards* FromFFI(const memvid_ffi::capi::MemvidMemoryCards* ptr);
    inline static memvid_ffi::MemvidMemoryCards* FromFFI(memvid_ffi::capi::MemvidMemoryCards* ptr);
    inline static void operator delete(void* ptr);
private:
    MemvidMemoryCards() = delete;
    MemvidMemoryCards(const memvid_ffi::MemvidMemoryCards&) = delete;
    MemvidMemoryCards(memvid_ffi::MemvidMemoryCards&&) noexcept = delete;
    MemvidMemoryCards operator=(const memvid_ffi::MemvidMemoryCards&) = delete;
    MemvidMemoryCards operator=(memvid_ffi::MemvidMemoryCards&&) noexcept = delete;
    static void operator delete[](void*, size_t) = delete;
};

} // namespace
#endif // MEMVID_FFI_MemvidMemoryCards_D_HPP

#ifndef MEMVID_FFI_MemvidFrame_D_HPP
#define MEMVID_FFI_MemvidFrame_D_HPP

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
namespace capi { struct MemvidStrings; }
class MemvidStrings;
} // namespace memvid_ffi



namespace memvid_ffi {
namespace capi {
    struct MemvidFrame;
} // namespace capi
} // namespace

namespace memvid_ffi {
/**
 * A stored frame's metadata (a snapshot taken when it was read).
 *
 * Ownership: owned by the caller; free with `memvid_MemvidFrame_destroy`.
 */
class MemvidFrame {
public:

  /**
   * The frame id.
   */
  inline uint64_t id() const;

  /**
   * Timestamp in seconds since the Unix epoch.
   */
  inline int64_t timestamp() const;

  /**
   * The uri, or an empty string.
   */
  inline std::string uri() const;
  template<typename W>
  inline void uri_write(W& writeable_output) const;

  /**
   * The title, or an empty string.
   */
  inline std::string title() const;
  template<typename W>
  inline void title_write(W& writeable_output) const;

  /**
   * The kind, or an empty string.
   */
  inline std::string kind() const;
  template<typename W>
  inline void kind_write(W& writeable_output) const;

  /**
   * The track, or an empty string.
   */
  inline std::string track() const;
  template<typename W>
  inline void track_write(W& writeable_output) const;

  /**
   * Whether the frame is live (not deleted or superseded).
   */
  inline bool is_active() const;

  /**
   * Whether the frame has a metadata entry `key`.
   */
  inline bool has_metadata(std::string_view key) const;

  /**
   * The value of the frame's metadata entry `key` (set with
   * `MemvidPutOptions::set_metadata`), or an empty string when it has none.
   */
  inline std::string metadata(std::string_view key) const;
  template<typename W>
  inline void metadata_write(std::string_view key, W& writeable_output) const;

  /**
   * The frame's tags, in the order they were added.
   */
  inline std::unique_ptr<memvid_ffi::MemvidStrings> tags() const;

  /**
   * The id of the frame that replaced this one (by an update), or 0 when none did.
   */
  inline uint64_t superseded_by() const;

  /**
   * The full frame as memvid-core `Frame` JSON (tags, labels, extra_metadata, status, ...).
   */
  inline memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>> to_json() const;
  template<typename W>
  inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> to_json_write(W& writeable_output) const;

    inline const memvid_ffi::capi::MemvidFrame* AsFFI() const;
    inline memvid_ffi::capi::MemvidFrame* AsFFI();
    inline static const memvid_ffi::MemvidFrame* FromFFI(const memvid_ffi::capi::MemvidFrame* ptr);
    inline static memvid_ffi::MemvidFrame* FromFFI(memvid_ffi::capi::MemvidFrame* ptr);
    inline static void operator delete(void* ptr);
private:
    MemvidFrame() = delete;
    MemvidFrame(const memvid_ffi::MemvidFrame&) = delete;
    MemvidFrame(memvid_ffi::MemvidFrame&&) noexcept = delete;
    MemvidFrame operator=(const memvid_ffi::MemvidFrame&) = delete;
    MemvidFrame operator=(memvid_ffi::MemvidFrame&&) noexcept = delete;
    static void operator delete[](void*, size_t) = delete;
};

} // namespace
#endif // MEMVID_FFI_MemvidFrame_D_HPP

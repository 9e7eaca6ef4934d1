#ifndef MEMVID_FFI_MemvidPutOptions_D_HPP
#define MEMVID_FFI_MemvidPutOptions_D_HPP

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
namespace capi { struct MemvidPutOptions; }
class MemvidPutOptions;
} // namespace memvid_ffi



namespace memvid_ffi {
namespace capi {
    struct MemvidPutOptions;
} // namespace capi
} // namespace

namespace memvid_ffi {
/**
 * Options for one document put: metadata and which enrichments memvid-core runs.
 *
 * Binding defaults differ from memvid-core's on purpose: auto-tagging, date extraction,
 * triplet extraction and instant indexing are off, which makes a put about 80 times faster
 * (memvid-core rebuilds its extraction regexes on every put). Documents are indexed for
 * search when the store commits. Turn the enrichments back on with the setters, or pass
 * memvid-core's full `PutOptions` with `from_json`.
 *
 * Ownership: owned by the caller; free with `memvid_MemvidPutOptions_destroy`.
 */
class MemvidPutOptions {
public:

  /**
   * Options with the binding defaults (no enrichment, indexed at commit).
   */
  inline static std::unique_ptr<memvid_ffi::MemvidPutOptions> new_();

  /**
   * memvid-core's `PutOptions` as JSON; absent fields take memvid-core's defaults
   * (which enable every enrichment). Example:
   * `{"title":"Q3 notes","uri":"mv2://notes/q3","tags":["work"],"labels":["meeting"],
   * "timestamp":1700000000,"extra_metadata":{"team":"search"},"extract_triplets":false}`.
   */
  inline static memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidPutOptions>, std::unique_ptr<memvid_ffi::MemvidError>> from_json(std::string_view json);

  /**
   * These options as memvid-core `PutOptions` JSON.
   */
  inline memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>> to_json() const;
  template<typename W>
  inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> to_json_write(W& writeable_output) const;

  /**
   * Sets the title.
   */
  inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> set_title(std::string_view title);

  /**
   * Sets the uri (e.g. `mv2://docs/readme`); memvid-core generates one when absent.
   */
  inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> set_uri(std::string_view uri);

  /**
   * Sets the kind (a free-form type such as `note` or `email`).
   */
  inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> set_kind(std::string_view kind);

  /**
   * Sets the track (a free-form stream name such as `inbox`).
   */
  inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> set_track(std::string_view track);

  /**
   * Sets the timestamp in seconds since the Unix epoch (default: now).
   */
  inline void set_timestamp(int64_t timestamp);

  /**
   * Adds a tag.
   */
  inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> add_tag(std::string_view tag);

  /**
   * Adds a label.
   */
  inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> add_label(std::string_view label);

  /**
   * Sets a custom metadata entry, returned with search hits (`extra_metadata`).
   */
  inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> set_metadata(std::string_view key, std::string_view value);

  /**
   * Sets the text that is indexed instead of the payload's own text.
   */
  inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> set_search_text(std::string_view text);

  /**
   * Turns memvid-core's auto-tagging on or off (binding default: off).
   */
  inline void set_auto_tag(bool on);

  /**
   * Turns date extraction on or off (binding default: off).
   */
  inline void set_extract_dates(bool on);

  /**
   * Turns triplet (subject-predicate-object) extraction into memory cards on or off
   * (binding default: off; it is the slowest enrichment).
   */
  inline void set_extract_triplets(bool on);

  /**
   * Makes the document searchable right after the put, before commit (binding default: off).
   */
  inline void set_instant_index(bool on);

  /**
   * Sets memvid-core's `dedup` flag: skip the put when a committed frame has the same
   * content hash (memvid-core decides what counts as the same).
   */
  inline void set_dedup(bool on);

    inline const memvid_ffi::capi::MemvidPutOptions* AsFFI() const;
    inline memvid_ffi::capi::MemvidPutOptions* AsFFI();
    inline static const memvid_ffi::MemvidPutOptions* FromFFI(const memvid_ffi::capi::MemvidPutOptions* ptr);
    inline static memvid_ffi::MemvidPutOptions* FromFFI(memvid_ffi::capi::MemvidPutOptions* ptr);
    inline static void operator delete(void* ptr);
private:
    MemvidPutOptions() = delete;
    MemvidPutOptions(const memvid_ffi::MemvidPutOptions&) = delete;
    MemvidPutOptions(memvid_ffi::MemvidPutOptions&&) noexcept = delete;
    MemvidPutOptions operator=(const memvid_ffi::MemvidPutOptions&) = delete;
    MemvidPutOptions operator=(memvid_ffi::MemvidPutOptions&&) noexcept = delete;
    static void operator delete[](void*, size_t) = delete;
};

} // namespace
#endif // MEMVID_FFI_MemvidPutOptions_D_HPP

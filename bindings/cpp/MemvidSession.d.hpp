#ifndef MEMVID_FFI_MemvidSession_D_HPP
#define MEMVID_FFI_MemvidSession_D_HPP

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
    struct MemvidSession;
} // namespace capi
} // namespace

namespace memvid_ffi {
/**
 * One replay session: its id, name, times, recorded actions and checkpoints.
 *
 * Ownership: owned by the caller; free with `memvid_MemvidSession_destroy`.
 */
class MemvidSession {
public:

  /**
   * The session id (a UUID string).
   */
  inline std::string id() const;
  template<typename W>
  inline void id_write(W& writeable_output) const;

  /**
   * The name given at start, or an empty string.
   */
  inline std::string name() const;
  template<typename W>
  inline void name_write(W& writeable_output) const;

  /**
   * Start time, in Unix seconds.
   */
  inline int64_t started_at() const;

  /**
   * End time in Unix seconds, or 0 while recording.
   */
  inline int64_t ended_at() const;

  /**
   * Number of recorded actions (puts, finds, checkpoints, ...).
   */
  inline size_t action_count() const;

  /**
   * Number of checkpoints.
   */
  inline size_t checkpoint_count() const;

  /**
   * The session as memvid-core `ReplaySession` JSON (actions, checkpoints with state
   * snapshots).
   */
  inline memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>> to_json() const;
  template<typename W>
  inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> to_json_write(W& writeable_output) const;

    inline const memvid_ffi::capi::MemvidSession* AsFFI() const;
    inline memvid_ffi::capi::MemvidSession* AsFFI();
    inline static const memvid_ffi::MemvidSession* FromFFI(const memvid_ffi::capi::MemvidSession* ptr);
    inline static memvid_ffi::MemvidSession* FromFFI(memvid_ffi::capi::MemvidSession* ptr);
    inline static void operator delete(void* ptr);
private:
    MemvidSession() = delete;
    MemvidSession(const memvid_ffi::MemvidSession&) = delete;
    MemvidSession(memvid_ffi::MemvidSession&&) noexcept = delete;
    MemvidSession operator=(const memvid_ffi::MemvidSession&) = delete;
    MemvidSession operator=(memvid_ffi::MemvidSession&&) noexcept = delete;
    static void operator delete[](void*, size_t) = delete;
};

} // namespace
#endif // MEMVID_FFI_MemvidSession_D_HPP

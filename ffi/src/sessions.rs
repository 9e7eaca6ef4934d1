//! Replay sessions: a recording of what was done to a memory (puts, finds, checkpoints), kept
//! in the file (memvid-core's `replay` feature).
//!
//! memvid-core keeps sessions in memory and loads or saves them only when asked, and a save
//! without a load first drops the stored ones. So the binding loads them when a writer opens a
//! file and saves them whenever the set changes; they become durable at the next commit like
//! any write.

#[diplomat::bridge]
#[diplomat::abi_rename = "memvid_{0}"]
pub mod ffi {
    use crate::errors::ffi::MemvidError;
    use crate::handle::guard;
    use crate::json;
    use diplomat_runtime::DiplomatWrite;
    use std::fmt::Write;

    /// One replay session: its id, name, times, recorded actions and checkpoints.
    ///
    /// Ownership: owned by the caller; free with `memvid_MemvidSession_destroy`.
    #[diplomat::opaque]
    pub struct MemvidSession(pub(crate) memvid_core::ReplaySession);

    impl MemvidSession {
        /// The session id (a UUID string).
        #[diplomat::attr(auto, getter)]
        pub fn id(&self, out: &mut DiplomatWrite) {
            let _ = write!(out, "{}", self.0.session_id);
        }

        /// The name given at start, or an empty string.
        #[diplomat::attr(auto, getter)]
        pub fn name(&self, out: &mut DiplomatWrite) {
            let _ = out.write_str(self.0.name.as_deref().unwrap_or(""));
        }

        /// Start time, in Unix seconds.
        #[diplomat::attr(auto, getter)]
        pub fn started_at(&self) -> i64 {
            self.0.created_secs
        }

        /// End time in Unix seconds, or 0 while recording.
        #[diplomat::attr(auto, getter)]
        pub fn ended_at(&self) -> i64 {
            self.0.ended_secs.unwrap_or(0)
        }

        /// Number of recorded actions (puts, finds, checkpoints, ...).
        #[diplomat::attr(auto, getter)]
        pub fn action_count(&self) -> usize {
            self.0.actions.len()
        }

        /// Number of checkpoints.
        #[diplomat::attr(auto, getter)]
        pub fn checkpoint_count(&self) -> usize {
            self.0.checkpoints.len()
        }

        /// The session as memvid-core `ReplaySession` JSON (actions, checkpoints with state
        /// snapshots).
        pub fn to_json(&self, out: &mut DiplomatWrite) -> Result<(), Box<MemvidError>> {
            guard(|| json::write(&self.0, out))
        }
    }
}

use memvid_core::{Memvid, ReplaySession};

use crate::errors::ffi::{MemvidError, MemvidErrorCode};
use crate::errors::FfiResult;
use crate::store::ffi::MemvidStore;

/// Called when a file is opened: makes the stored sessions the in-memory ones.
pub(crate) fn load(mem: &mut Memvid) -> FfiResult<()> {
    Ok(mem.load_replay_sessions()?)
}

/// Refuses to change the sessions of a memory whose stored sessions could not be read: saving
/// would replace them with the ones in memory.
fn check_readable(store: &MemvidStore) -> FfiResult<()> {
    match &store.sessions_unreadable {
        Some(why) => Err(MemvidError::new(
            MemvidErrorCode::CorruptFile,
            format!("the stored replay sessions could not be read ({why}); sessions cannot be changed in this memory"),
        )),
        None => Ok(()),
    }
}

pub(crate) fn start(store: &MemvidStore, name: &str) -> FfiResult<String> {
    check_readable(store)?;
    store.handle.with_writable(|mem| {
        if mem.active_session_id().is_some() {
            return Err(MemvidError::new(MemvidErrorCode::InvalidArgument, "a session is already recording; end it first"));
        }
        let name = (!name.is_empty()).then(|| name.to_owned());
        Ok(mem.start_session(name, None)?.to_string())
    })
}

pub(crate) fn end(mem: &mut Memvid) -> FfiResult<ReplaySession> {
    if mem.active_session_id().is_none() {
        return Err(no_session());
    }
    let session = mem.end_session()?;
    mem.save_replay_sessions()?;
    Ok(session)
}

pub(crate) fn checkpoint(mem: &mut Memvid) -> FfiResult<u64> {
    if mem.active_session_id().is_none() {
        return Err(no_session());
    }
    Ok(mem.create_checkpoint()?)
}

/// Ended sessions, oldest first (the recording one is not listed until it ends).
pub(crate) fn ids(mem: &Memvid) -> Vec<String> {
    mem.list_sessions().iter().map(|s| s.session_id.to_string()).collect()
}

pub(crate) fn get(mem: &Memvid, id: &str) -> FfiResult<ReplaySession> {
    let uuid = parse_id(id)?;
    mem.get_session(uuid).cloned().ok_or_else(|| not_found(id))
}

pub(crate) fn delete(store: &MemvidStore, id: &str) -> FfiResult<()> {
    check_readable(store)?;
    let uuid = parse_id(id)?;
    store.handle.with_writable(|mem| {
        if mem.get_session(uuid).is_none() {
            return Err(not_found(id));
        }
        mem.delete_session(uuid)?;
        Ok(mem.save_replay_sessions()?)
    })
}

fn parse_id(id: &str) -> FfiResult<uuid::Uuid> {
    uuid::Uuid::parse_str(id).map_err(|e| MemvidError::invalid_argument(format!("session id {id:?} is not a UUID: {e}")))
}

fn not_found(id: &str) -> Box<MemvidError> {
    MemvidError::new(MemvidErrorCode::InvalidArgument, format!("no ended session with id {id}"))
}

fn no_session() -> Box<MemvidError> {
    MemvidError::new(MemvidErrorCode::InvalidArgument, "no session is recording; start one first")
}

//! One writer per memory file, across threads and processes.
//!
//! memvid-core's own `flock` does not hold for long: every checkpoint renames a fresh copy of
//! the file over the path, so after the first one its lock sits on an inode the path no longer
//! names, and a second process could open the same file for writing and overwrite the first
//! one's commits. A writer here holds two things instead, both released when its handle closes:
//!
//! - its path in this process's registry: a second handle in the same process gets `MV007` at
//!   once, with a message that says so;
//! - an exclusive lock on `<file>.lock` next to the memory (for `notes.mv2`, `notes.mv2.lock`,
//!   the name memvid-core's own lock-file helper uses). That file is never renamed, so the lock
//!   holds for the writer's whole life; another process gets `MV007` naming the holder's pid.
//!   The kernel drops the lock when the holder dies, so a file left behind by a killed process
//!   locks nobody out and is reused.
//!
//! - a lock on the memory file's inode itself, so that a second path to the same file (a hard
//!   link) cannot give it a second writer: the registry also keys a writer by device and inode,
//!   and another process meets an open-file-description lock (`F_OFD_SETLK`, on a byte far past
//!   any data; independent of memvid-core's `flock`s). A checkpoint replaces the inode, so after each
//!   write call the lock follows the path to the new one (`follow`).
//!
//! WASI has no file locks: there only the path registry applies (see the README).

use std::collections::HashSet;
#[cfg(not(target_os = "wasi"))]
use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use crate::errors::ffi::{MemvidError, MemvidErrorCode};
use crate::maintenance::ffi::MemvidLockHolder;
use crate::errors::FfiResult;

/// What the registry holds a writer by: its canonical path, and the file's inode.
#[derive(Clone, Debug, Hash, PartialEq, Eq)]
enum Key {
    Path(PathBuf),
    Inode(u64, u64),
}

static WRITERS: Mutex<Option<HashSet<Key>>> = Mutex::new(None);

fn registry<T>(f: impl FnOnce(&mut HashSet<Key>) -> T) -> T {
    let mut writers = WRITERS.lock().unwrap_or_else(|e| e.into_inner());
    f(writers.get_or_insert_with(HashSet::new))
}

/// The right to write one memory file, released on drop.
pub(crate) struct WriterLock {
    key: PathBuf,
    #[cfg(not(target_os = "wasi"))]
    file: Option<File>,
    /// The memory file's inode and the descriptor holding its lock (unix).
    #[cfg(unix)]
    inode: Option<((u64, u64), File)>,
}

impl WriterLock {
    /// Takes the writer lock for `path` (which must exist), or fails with `MV007`.
    pub(crate) fn take(path: &Path) -> FfiResult<Self> {
        let key = key_for(path)?;
        let taken = registry(|set| set.insert(Key::Path(key.clone())));
        if !taken {
            return Err(MemvidError::new(
                MemvidErrorCode::Locked,
                format!("{} is already open for writing in this process", path.display()),
            ));
        }
        // From here on, dropping `lock` gives the registry entries back if a lock fails.
        #[allow(unused_mut)]
        let mut lock = Self {
            key,
            #[cfg(not(target_os = "wasi"))]
            file: None,
            #[cfg(unix)]
            inode: None,
        };
        #[cfg(not(target_os = "wasi"))]
        {
            lock.file = Some(lock_file(path, &lock_path_for(&lock.key))?);
        }
        #[cfg(unix)]
        lock.pin_inode(path)?;
        Ok(lock)
    }

    /// Moves the inode lock to the file `path` names now, if a commit replaced it. Called after
    /// every write call; the old inode is no longer this memory.
    pub(crate) fn follow(&mut self, path: &Path) -> FfiResult<()> {
        #[cfg(unix)]
        {
            let current = std::fs::metadata(path).map(|m| inode_of(&m))?;
            if self.inode.as_ref().map(|(id, _)| *id) != Some(current) {
                self.pin_inode(path)?;
            }
        }
        let _ = path;
        Ok(())
    }

    /// Locks the inode `path` names, in this process (registry) and for others (OFD lock), and
    /// releases the inode held before.
    #[cfg(unix)]
    fn pin_inode(&mut self, path: &Path) -> FfiResult<()> {
        let file = std::fs::OpenOptions::new().read(true).write(true).open(path)?;
        let id = inode_of(&file.metadata()?);
        if !registry(|set| set.insert(Key::Inode(id.0, id.1))) {
            return Err(MemvidError::new(
                MemvidErrorCode::Locked,
                format!("{} is already open for writing in this process through another path (a hard link)", path.display()),
            ));
        }
        if let Err(e) = lock_inode(&file) {
            registry(|set| set.remove(&Key::Inode(id.0, id.1)));
            return Err(if e.kind() == std::io::ErrorKind::WouldBlock {
                MemvidError::new(
                    MemvidErrorCode::Locked,
                    format!("{} is open for writing by another process, through another path (a hard link)", path.display()),
                )
            } else {
                e.into()
            });
        }
        if let Some(((dev, ino), _old)) = self.inode.replace((id, file)) {
            registry(|set| set.remove(&Key::Inode(dev, ino)));
        }
        Ok(())
    }
}

impl Drop for WriterLock {
    fn drop(&mut self) {
        #[cfg(not(target_os = "wasi"))]
        if let Some(file) = self.file.take() {
            // Remove the file while still holding its lock, then unlock by closing it. A process
            // waiting on the removed file notices (see `lock_file`) and starts over.
            let _ = std::fs::remove_file(lock_path_for(&self.key));
            drop(file);
        }
        #[cfg(unix)]
        if let Some(((dev, ino), file)) = self.inode.take() {
            drop(file); // closing the descriptor releases its OFD lock
            registry(|set| set.remove(&Key::Inode(dev, ino)));
        }
        registry(|set| set.remove(&Key::Path(self.key.clone())));
    }
}

#[cfg(unix)]
fn inode_of(meta: &std::fs::Metadata) -> (u64, u64) {
    use std::os::unix::fs::MetadataExt;
    (meta.dev(), meta.ino())
}

/// An exclusive open-file-description lock on one byte at 2^62, past any memory's data: it
/// conflicts only with the same lock taken through another descriptor, never with memvid-core's
/// `flock` on the same file (Linux keeps the two kinds apart). Non-blocking: `WouldBlock` if held.
#[cfg(unix)]
fn lock_inode(file: &File) -> std::io::Result<()> {
    use std::os::unix::io::AsRawFd;
    // Safety: an all-zero flock is a valid value; fcntl only reads it.
    let mut lock: libc::flock = unsafe { std::mem::zeroed() };
    lock.l_type = libc::F_WRLCK as _;
    lock.l_whence = libc::SEEK_SET as _;
    lock.l_start = 1 << 62;
    lock.l_len = 1;
    #[cfg(target_os = "linux")]
    let command = libc::F_OFD_SETLK;
    // Elsewhere, a process-wide fcntl lock: the registry covers this process's own handles.
    #[cfg(not(target_os = "linux"))]
    let command = libc::F_SETLK;
    // Safety: a valid descriptor and a pointer to a live flock.
    if unsafe { libc::fcntl(file.as_raw_fd(), command, &lock) } == -1 {
        let e = std::io::Error::last_os_error();
        if matches!(e.raw_os_error(), Some(libc::EAGAIN) | Some(libc::EACCES)) {
            return Err(std::io::ErrorKind::WouldBlock.into());
        }
        return Err(e);
    }
    Ok(())
}

#[cfg(not(target_os = "wasi"))]
fn lock_path_for(memory: &Path) -> PathBuf {
    let mut name = memory.file_name().unwrap_or_default().to_os_string();
    name.push(".lock");
    memory.with_file_name(name)
}

#[cfg(not(target_os = "wasi"))]
fn lock_file(memory: &Path, lock_path: &Path) -> FfiResult<File> {
    use std::io::Write;
    loop {
        let file = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(lock_path)
            ?;
        match try_lock_patiently(&file) {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                let holder = std::fs::read_to_string(lock_path).unwrap_or_default();
                let holder = holder.trim();
                let by = if holder.is_empty() { "another process".to_string() } else { format!("process {holder}") };
                return Err(MemvidError::new(
                    MemvidErrorCode::Locked,
                    format!("{} is open for writing by {by} (lock file {})", memory.display(), lock_path.display()),
                ));
            }
            Err(std::fs::TryLockError::Error(e)) => return Err(e.into()),
        }
        // The previous holder may have removed the file between our open and our lock: then the
        // lock we hold is on a file nobody else will look at.
        if still_at(&file, lock_path) {
            let mut file = file;
            file.set_len(0)?;
            write!(file, "{}", std::process::id())?;
            return Ok(file);
        }
    }
}

/// The registry key of a memory: its canonical path. WASI has no canonicalize; there paths are
/// already absolute (see wasi.rs).
fn key_for(memory: &Path) -> std::io::Result<PathBuf> {
    if cfg!(target_os = "wasi") {
        Ok(memory.to_path_buf())
    } else {
        std::fs::canonicalize(memory)
    }
}

/// `holder` probes the lock for an instant: a writer arriving then waits that instant out
/// instead of reporting the file as taken.
#[cfg(not(target_os = "wasi"))]
fn try_lock_patiently(file: &File) -> Result<(), std::fs::TryLockError> {
    for _ in 0..20 {
        match file.try_lock() {
            Err(std::fs::TryLockError::WouldBlock) => std::thread::sleep(std::time::Duration::from_millis(5)),
            other => return other,
        }
    }
    file.try_lock()
}

/// Who holds the writer lock of `memory`: this process (its registry), another process (the
/// lock file is locked; its content is the holder's pid), or nobody.
pub(crate) fn holder(memory: &Path) -> MemvidLockHolder {
    let nobody = MemvidLockHolder { held: false, pid: 0, this_process: false };
    let Ok(key) = key_for(memory) else {
        return nobody;
    };
    if registry(|set| set.contains(&Key::Path(key.clone()))) {
        // WASI has no process ids (std::process::id panics there).
        let pid = if cfg!(target_os = "wasi") { 0 } else { std::process::id() };
        return MemvidLockHolder { held: true, pid, this_process: true };
    }
    #[cfg(not(target_os = "wasi"))]
    {
        let lock_path = lock_path_for(&key);
        // Opened without `create`: probing must not leave a lock file behind.
        let Ok(file) = std::fs::OpenOptions::new().read(true).write(true).open(&lock_path) else {
            return nobody;
        };
        match file.try_lock_shared() {
            Ok(()) => nobody, // a file left by a dead writer: unlocked, so nobody holds it
            Err(_) => {
                let pid = std::fs::read_to_string(&lock_path).ok().and_then(|t| t.trim().parse().ok()).unwrap_or(0);
                MemvidLockHolder { held: true, pid, this_process: false }
            }
        }
    }
    #[cfg(target_os = "wasi")]
    nobody
}

#[cfg(unix)]
fn still_at(file: &File, path: &Path) -> bool {
    match (file.metadata(), std::fs::metadata(path)) {
        (Ok(a), Ok(b)) => inode_of(&a) == inode_of(&b),
        _ => false,
    }
}

/// Windows refuses to remove a file that is open, so a locked lock file cannot have moved.
#[cfg(all(not(unix), not(target_os = "wasi")))]
fn still_at(_file: &File, _path: &Path) -> bool {
    true
}

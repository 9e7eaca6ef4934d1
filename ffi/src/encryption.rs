//! Password encryption of whole memory files: `.mv2` to an encrypted `.mv2e` capsule and back
//! (memvid-core's `encryption` feature: Argon2id key derivation, AES-256-GCM).
//!
//! Both directions leave their input in place and refuse to overwrite an existing output, so
//! a mistyped call never destroys a memory. Locking takes the source's writer lock: encrypting a
//! file while a writer changes it would capture a torn copy.

#[diplomat::bridge]
#[diplomat::abi_rename = "memvid_{0}"]
pub mod ffi {
    use crate::errors::ffi::MemvidError;
    use crate::handle::guard;
    use diplomat_runtime::{DiplomatStr, DiplomatWrite};
    use std::fmt::Write;

    // Diplomat's C++ backend names its own local `output`: no parameter may be called that.

    /// Encryption of memory files (no instances: static functions only). Each call derives a
    /// key with Argon2id, which takes about a second and 64 MiB of memory by design.
    #[diplomat::opaque]
    pub struct MemvidEncryption;

    impl MemvidEncryption {
        /// Encrypts the memory at `path` with `password` into `destination` (or, when it is empty,
        /// `path` with the extension `.mv2e`) and writes the output path to `out`. The source is
        /// left as it is; delete it yourself once the capsule is safe. Fails with `MV209` if the
        /// destination exists and `MV007` if the source is open for writing.
        pub fn lock(
            path: &DiplomatStr,
            password: &DiplomatStr,
            destination: &DiplomatStr,
            out: &mut DiplomatWrite,
        ) -> Result<(), Box<MemvidError>> {
            let written = guard(|| crate::encryption::lock(path, password, destination))?;
            let _ = out.write_str(&written);
            Ok(())
        }

        /// Decrypts the capsule at `path` into `destination` (or, when it is empty, `path` with the
        /// extension `.mv2`) and writes the output path to `out`. A wrong password is `MV016`,
        /// and nothing is written. Fails with `MV209` if the destination exists.
        pub fn unlock(
            path: &DiplomatStr,
            password: &DiplomatStr,
            destination: &DiplomatStr,
            out: &mut DiplomatWrite,
        ) -> Result<(), Box<MemvidError>> {
            let written = guard(|| crate::encryption::unlock(path, password, destination))?;
            let _ = out.write_str(&written);
            Ok(())
        }
    }
}

use std::path::{Path, PathBuf};

use memvid_core::encryption::{lock_file, unlock_file, EncryptionError};

use crate::errors::ffi::{MemvidError, MemvidErrorCode};
use crate::errors::FfiResult;
use crate::writer_lock::WriterLock;

pub(crate) fn lock(path: &[u8], password: &[u8], output: &[u8]) -> FfiResult<String> {
    let source = crate::store::existing_memory(path)?;
    let target = output_path(&source, output, "mv2e")?;
    check_password(password)?;
    let _lock = WriterLock::take(Path::new(&source))?;
    let written = lock_file(&source, Some(&target), password).map_err(convert)?;
    Ok(written.display().to_string())
}

pub(crate) fn unlock(path: &[u8], password: &[u8], output: &[u8]) -> FfiResult<String> {
    let source = crate::store::path_arg(path)?;
    if !Path::new(&source).exists() {
        return Err(MemvidError::new(MemvidErrorCode::FileNotFound, format!("no encrypted memory at {source}")));
    }
    let target = output_path(&source, output, "mv2")?;
    check_password(password)?;
    let written = unlock_file(&source, Some(&target), password).map_err(convert)?;
    Ok(written.display().to_string())
}

fn check_password(password: &[u8]) -> FfiResult<()> {
    if password.is_empty() {
        return Err(MemvidError::invalid_argument("password is empty"));
    }
    Ok(())
}

/// The output path: the caller's, or the source with `extension`; refused if it exists, since
/// memvid-core would replace it.
fn output_path(source: &str, output: &[u8], extension: &str) -> FfiResult<PathBuf> {
    let target = if output.is_empty() {
        Path::new(source).with_extension(extension)
    } else {
        PathBuf::from(crate::store::path_arg(output)?)
    };
    if target.exists() {
        return Err(MemvidError::new(
            MemvidErrorCode::AlreadyExists,
            format!("{} already exists; choose another output or remove it first", target.display()),
        ));
    }
    Ok(target)
}

fn convert(err: EncryptionError) -> Box<MemvidError> {
    match err {
        EncryptionError::Io { source, path } => {
            let mut e: Box<MemvidError> = source.into();
            if let Some(path) = path {
                e.message = format!("{}: {}", path.display(), e.message);
            }
            e
        }
        EncryptionError::Decryption { .. } | EncryptionError::CorruptedDecryption => MemvidError::new(
            MemvidErrorCode::Encryption,
            "decryption failed: wrong password, or the capsule is damaged",
        ),
        EncryptionError::NotMv2File { path } => MemvidError::new(
            MemvidErrorCode::CorruptFile,
            format!("{} is not a memvid memory file", path.display()),
        ),
        other => MemvidError::new(MemvidErrorCode::Encryption, other.to_string()),
    }
}

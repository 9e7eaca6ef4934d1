//! The one error table of the binding, and every conversion into it.
//!
//! A code's number is its enum discriminant and its string is `MV` plus that number padded to
//! three digits, so the two can never disagree. Numbers are stable: a code is never renumbered or
//! reused; new codes are appended. Ranges:
//! - `MV001`–`MV099`: conditions the official memvid Python/Node SDKs already name, same numbers;
//! - `MV101`–`MV199`: other memvid-core errors, one code per condition;
//! - `MV201`–`MV299`: failures detected by this binding before or around memvid-core.
//!
//! `cargo tool gen` renders this enum (number, name, first doc line) into the README.

#[diplomat::bridge]
#[diplomat::abi_rename = "memvid_{0}"]
pub mod ffi {
    use diplomat_runtime::DiplomatWrite;
    use std::fmt::Write;

    /// Stable numeric error code. `MemvidError::code_str` gives the `MVnnn` form.
    #[derive(Debug, PartialEq, Eq)]
    #[non_exhaustive]
    pub enum MemvidErrorCode {
        /// Capacity exceeded: the file would outgrow its tier (50 MB without a ticket).
        CapacityExceeded = 1,
        /// A ticket's signature or contents are invalid.
        TicketInvalid = 2,
        /// A ticket was applied out of sequence (replayed or older than the current one).
        TicketReplay = 3,
        /// The lexical index is not enabled for this memory.
        LexIndexNotEnabled = 4,
        /// The time index is missing or invalid.
        TimeIndexMissing = 5,
        /// Verification of the file failed.
        VerificationFailed = 6,
        /// The file is locked by another writer (process or handle).
        Locked = 7,
        /// An API key is required for a file of this size.
        ApiKeyRequired = 8,
        /// The memory is already bound to another memory id.
        MemoryAlreadyBound = 9,
        /// No frame has the given id or uri.
        FrameNotFound = 10,
        /// The vector index is not enabled (no embedding was ever stored).
        VecIndexNotEnabled = 11,
        /// The file is corrupt or not a memvid file (bad header, checksum, TOC or WAL), or
        /// auxiliary `-wal`/`-shm`/`-lock`/`-journal` files sit beside it.
        CorruptFile = 12,
        /// The file or a directory on its path does not exist.
        FileNotFound = 13,
        /// A vector does not have the dimension of the memory's vector index.
        VecDimensionMismatch = 14,
        /// Computing an embedding failed.
        EmbeddingFailed = 15,
        /// The file is encrypted, or encryption/decryption failed.
        Encryption = 16,
        /// The NER model is not available.
        NerModelNotAvailable = 17,
        /// The CLIP index is not enabled.
        ClipIndexNotEnabled = 18,

        /// Other I/O failure (permissions, full disk, ...).
        Io = 101,
        /// Encoding a structure into the file format failed.
        Serialization = 102,
        /// The Logic-Mesh is not enabled.
        LogicMeshNotEnabled = 103,
        /// An unsupported tier was requested.
        InvalidTier = 104,
        /// Checkpointing the embedded WAL failed.
        CheckpointFailed = 105,
        /// A ticket must be applied before this memory can be changed.
        TicketRequired = 106,
        /// The operation requires a sealed memory.
        RequiresSealed = 107,
        /// The operation requires an open memory.
        RequiresOpen = 108,
        /// A doctor run was asked for no operation.
        DoctorNoOp = 109,
        /// A doctor operation failed.
        DoctorFailed = 110,
        /// The feature is not compiled into this build.
        FeatureUnavailable = 111,
        /// A search cursor is invalid.
        InvalidCursor = 112,
        /// The frame exists but cannot be used for this operation (e.g. already deleted).
        InvalidFrame = 113,
        /// A model's signature does not verify.
        ModelSignatureInvalid = 114,
        /// A model manifest is invalid.
        ModelManifestInvalid = 115,
        /// A model file failed its integrity check.
        ModelIntegrity = 116,
        /// Text extraction from a document failed.
        ExtractionFailed = 117,
        /// Reranking failed.
        RerankFailed = 118,
        /// The vector index is bound to another embedding model.
        ModelMismatch = 119,
        /// The query is invalid (e.g. it is empty or has no search term).
        InvalidQuery = 120,
        /// The full-text engine (Tantivy) failed.
        SearchEngine = 121,
        /// Table extraction failed.
        TableExtraction = 122,
        /// A memory card does not match its schema.
        SchemaValidation = 123,

        /// A string argument is not valid UTF-8.
        InvalidUtf8 = 201,
        /// An argument is out of range or empty (e.g. k = 0, NaN in a vector, an empty document).
        InvalidArgument = 202,
        /// The handle was closed.
        HandleClosed = 203,
        /// The handle was opened read-only and cannot write.
        ReadOnly = 204,
        /// A JSON argument is not well-formed JSON.
        JsonSyntax = 205,
        /// A JSON argument is well-formed but does not have the expected shape or types.
        JsonShape = 206,
        /// An internal error: a panic inside the library was caught at the boundary.
        Internal = 207,
        /// The handle was poisoned by an earlier internal error and must be closed.
        HandlePoisoned = 208,
        /// `create` was given a path where a file already exists (memvid-core would truncate it).
        AlreadyExists = 209,
    }

    /// An error returned by any fallible function: a stable code and a human-readable message.
    ///
    /// Ownership: the caller owns it and frees it with `memvid_MemvidError_destroy`
    /// (C++/JS/Dart free it automatically).
    #[diplomat::opaque]
    #[diplomat::attr(auto, error)]
    pub struct MemvidError {
        pub(crate) code: MemvidErrorCode,
        pub(crate) message: String,
    }

    impl MemvidError {
        /// The stable numeric code.
        #[diplomat::attr(auto, getter)]
        pub fn code(&self) -> MemvidErrorCode {
            self.code
        }

        /// The stable string code, `MV` followed by three digits (e.g. `MV013`).
        #[diplomat::attr(auto, getter)]
        pub fn code_str(&self, out: &mut DiplomatWrite) {
            let _ = write!(out, "{}", self.code.as_str_code());
        }

        /// The human-readable message (from memvid-core where the error comes from there).
        #[diplomat::attr(auto, getter)]
        pub fn message(&self, out: &mut DiplomatWrite) {
            let _ = out.write_str(&self.message);
        }

        /// `"MVnnn: message"`, for logs.
        #[diplomat::attr(auto, stringifier)]
        pub fn to_display(&self, out: &mut DiplomatWrite) {
            let _ = write!(out, "{}: {}", self.code.as_str_code(), self.message);
        }
    }
}

use ffi::{MemvidError, MemvidErrorCode};
use memvid_core::MemvidError as CoreError;

/// Every fallible bridge function returns this.
pub(crate) type FfiResult<T> = Result<T, Box<MemvidError>>;

impl MemvidErrorCode {
    /// `MV` + discriminant padded to three digits.
    pub(crate) fn as_str_code(self) -> String {
        format!("MV{:03}", self as u32)
    }
}

impl MemvidError {
    pub(crate) fn new(code: MemvidErrorCode, message: impl Into<String>) -> Box<Self> {
        Box::new(Self {
            code,
            message: message.into(),
        })
    }

    pub(crate) fn invalid_argument(message: impl Into<String>) -> Box<Self> {
        Self::new(MemvidErrorCode::InvalidArgument, message)
    }

    /// The code, for Rust callers and tests.
    pub fn error_code(&self) -> MemvidErrorCode {
        self.code
    }

    /// The message, for Rust callers and tests.
    pub fn error_message(&self) -> &str {
        &self.message
    }
}

impl std::fmt::Debug for MemvidError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.code.as_str_code(), self.message)
    }
}

impl From<CoreError> for Box<MemvidError> {
    fn from(err: CoreError) -> Self {
        MemvidError::new(code_of(&err), err.to_string())
    }
}

/// File operations of the binding's own (locks, recovery) report like memvid-core's.
impl From<std::io::Error> for Box<MemvidError> {
    fn from(err: std::io::Error) -> Self {
        CoreError::from(err).into()
    }
}

impl From<std::str::Utf8Error> for Box<MemvidError> {
    fn from(err: std::str::Utf8Error) -> Self {
        MemvidError::new(MemvidErrorCode::InvalidUtf8, format!("invalid UTF-8: {err}"))
    }
}

/// The code of a memvid-core error. The match is exhaustive on purpose: a new core variant
/// fails the build until it is given a code here.
fn code_of(err: &CoreError) -> MemvidErrorCode {
    use MemvidErrorCode as C;
    match err {
        CoreError::Io { source, .. } => io_code(source),
        CoreError::Encode(_) => C::Serialization,
        CoreError::Decode(_)
        | CoreError::ChecksumMismatch { .. }
        | CoreError::InvalidHeader { .. }
        | CoreError::InvalidToc { .. }
        | CoreError::InvalidSketchTrack { .. }
        | CoreError::InvalidLogicMesh { .. }
        | CoreError::WalCorruption { .. }
        | CoreError::ManifestWalCorrupted { .. }
        | CoreError::AuxiliaryFileDetected { .. } => C::CorruptFile,
        CoreError::InvalidTimeIndex { .. } => C::TimeIndexMissing,
        CoreError::Lock(_) | CoreError::Locked(_) => C::Locked,
        CoreError::EncryptedFile { .. } => C::Encryption,
        CoreError::LogicMeshNotEnabled => C::LogicMeshNotEnabled,
        CoreError::NerModelNotAvailable { .. } => C::NerModelNotAvailable,
        CoreError::InvalidTier => C::InvalidTier,
        CoreError::LexNotEnabled => C::LexIndexNotEnabled,
        CoreError::VecNotEnabled => C::VecIndexNotEnabled,
        CoreError::ClipNotEnabled => C::ClipIndexNotEnabled,
        CoreError::VecDimensionMismatch { .. } => C::VecDimensionMismatch,
        CoreError::CheckpointFailed { .. } => C::CheckpointFailed,
        CoreError::TicketSequence { .. } => C::TicketReplay,
        CoreError::TicketRequired { .. } => C::TicketRequired,
        CoreError::CapacityExceeded { .. } => C::CapacityExceeded,
        CoreError::ApiKeyRequired { .. } => C::ApiKeyRequired,
        CoreError::MemoryAlreadyBound { .. } => C::MemoryAlreadyBound,
        CoreError::RequiresSealed => C::RequiresSealed,
        CoreError::RequiresOpen => C::RequiresOpen,
        CoreError::DoctorNoOp => C::DoctorNoOp,
        CoreError::Doctor { .. } => C::DoctorFailed,
        CoreError::FeatureUnavailable { .. } => C::FeatureUnavailable,
        CoreError::InvalidCursor { .. } => C::InvalidCursor,
        CoreError::InvalidFrame { .. } => C::InvalidFrame,
        CoreError::FrameNotFound { .. } | CoreError::FrameNotFoundByUri { .. } => C::FrameNotFound,
        CoreError::TicketSignatureInvalid { .. } => C::TicketInvalid,
        CoreError::ModelSignatureInvalid { .. } => C::ModelSignatureInvalid,
        CoreError::ModelManifestInvalid { .. } => C::ModelManifestInvalid,
        CoreError::ModelIntegrity { .. } => C::ModelIntegrity,
        CoreError::ExtractionFailed { .. } => C::ExtractionFailed,
        CoreError::EmbeddingFailed { .. } => C::EmbeddingFailed,
        CoreError::RerankFailed { .. } => C::RerankFailed,
        CoreError::ModelMismatch { .. } => C::ModelMismatch,
        CoreError::InvalidQuery { .. } => C::InvalidQuery,
        CoreError::Tantivy { .. } => C::SearchEngine,
        CoreError::TableExtraction { .. } => C::TableExtraction,
        CoreError::SchemaValidation { .. } => C::SchemaValidation,
    }
}

fn io_code(err: &std::io::Error) -> MemvidErrorCode {
    match err.kind() {
        std::io::ErrorKind::NotFound => MemvidErrorCode::FileNotFound,
        // memvid reads past the end of a truncated or foreign file while decoding its header.
        std::io::ErrorKind::UnexpectedEof | std::io::ErrorKind::InvalidData => {
            MemvidErrorCode::CorruptFile
        }
        _ => MemvidErrorCode::Io,
    }
}

#[cfg(test)]
mod tests {
    use super::ffi::MemvidErrorCode as C;

    #[test]
    fn string_codes_follow_the_numbers() {
        assert_eq!(C::CapacityExceeded.as_str_code(), "MV001");
        assert_eq!(C::ClipIndexNotEnabled.as_str_code(), "MV018");
        assert_eq!(C::Io.as_str_code(), "MV101");
        assert_eq!(C::AlreadyExists.as_str_code(), "MV209");
    }

    #[test]
    fn io_errors_are_classified() {
        let not_found = std::io::Error::from(std::io::ErrorKind::NotFound);
        assert_eq!(super::io_code(&not_found), C::FileNotFound);
        let eof = std::io::Error::from(std::io::ErrorKind::UnexpectedEof);
        assert_eq!(super::io_code(&eof), C::CorruptFile);
        let denied = std::io::Error::from(std::io::ErrorKind::PermissionDenied);
        assert_eq!(super::io_code(&denied), C::Io);
    }
}

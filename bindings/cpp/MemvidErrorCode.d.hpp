#ifndef MEMVID_FFI_MemvidErrorCode_D_HPP
#define MEMVID_FFI_MemvidErrorCode_D_HPP

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
namespace capi {
    enum MemvidErrorCode {
      MemvidErrorCode_CapacityExceeded = 1,
      MemvidErrorCode_TicketInvalid = 2,
      MemvidErrorCode_TicketReplay = 3,
      MemvidErrorCode_LexIndexNotEnabled = 4,
      MemvidErrorCode_TimeIndexMissing = 5,
      MemvidErrorCode_VerificationFailed = 6,
      MemvidErrorCode_Locked = 7,
      MemvidErrorCode_ApiKeyRequired = 8,
      MemvidErrorCode_MemoryAlreadyBound = 9,
      MemvidErrorCode_FrameNotFound = 10,
      MemvidErrorCode_VecIndexNotEnabled = 11,
      MemvidErrorCode_CorruptFile = 12,
      MemvidErrorCode_FileNotFound = 13,
      MemvidErrorCode_VecDimensionMismatch = 14,
      MemvidErrorCode_EmbeddingFailed = 15,
      MemvidErrorCode_Encryption = 16,
      MemvidErrorCode_NerModelNotAvailable = 17,
      MemvidErrorCode_ClipIndexNotEnabled = 18,
      MemvidErrorCode_Io = 101,
      MemvidErrorCode_Serialization = 102,
      MemvidErrorCode_LogicMeshNotEnabled = 103,
      MemvidErrorCode_InvalidTier = 104,
      MemvidErrorCode_CheckpointFailed = 105,
      MemvidErrorCode_TicketRequired = 106,
      MemvidErrorCode_RequiresSealed = 107,
      MemvidErrorCode_RequiresOpen = 108,
      MemvidErrorCode_DoctorNoOp = 109,
      MemvidErrorCode_DoctorFailed = 110,
      MemvidErrorCode_FeatureUnavailable = 111,
      MemvidErrorCode_InvalidCursor = 112,
      MemvidErrorCode_InvalidFrame = 113,
      MemvidErrorCode_ModelSignatureInvalid = 114,
      MemvidErrorCode_ModelManifestInvalid = 115,
      MemvidErrorCode_ModelIntegrity = 116,
      MemvidErrorCode_ExtractionFailed = 117,
      MemvidErrorCode_RerankFailed = 118,
      MemvidErrorCode_ModelMismatch = 119,
      MemvidErrorCode_InvalidQuery = 120,
      MemvidErrorCode_SearchEngine = 121,
      MemvidErrorCode_TableExtraction = 122,
      MemvidErrorCode_SchemaValidation = 123,
      MemvidErrorCode_InvalidUtf8 = 201,
      MemvidErrorCode_InvalidArgument = 202,
      MemvidErrorCode_HandleClosed = 203,
      MemvidErrorCode_ReadOnly = 204,
      MemvidErrorCode_JsonSyntax = 205,
      MemvidErrorCode_JsonShape = 206,
      MemvidErrorCode_Internal = 207,
      MemvidErrorCode_HandlePoisoned = 208,
      MemvidErrorCode_AlreadyExists = 209,
    };

    typedef struct MemvidErrorCode_option {union { MemvidErrorCode ok; }; bool is_ok; } MemvidErrorCode_option;
} // namespace capi
} // namespace

namespace memvid_ffi {
/**
 * Stable numeric error code. `MemvidError::code_str` gives the `MVnnn` form.
 */
class MemvidErrorCode {
public:
    enum Value {
        /**
         * Capacity exceeded: the file would outgrow its tier (50 MB without a ticket).
         */
        CapacityExceeded = 1,
        /**
         * A ticket's signature or contents are invalid.
         */
        TicketInvalid = 2,
        /**
         * A ticket was applied out of sequence (replayed or older than the current one).
         */
        TicketReplay = 3,
        /**
         * The lexical index is not enabled for this memory.
         */
        LexIndexNotEnabled = 4,
        /**
         * The time index is missing or invalid.
         */
        TimeIndexMissing = 5,
        /**
         * Verification of the file failed.
         */
        VerificationFailed = 6,
        /**
         * The file is locked by another writer (process or handle).
         */
        Locked = 7,
        /**
         * An API key is required for a file of this size.
         */
        ApiKeyRequired = 8,
        /**
         * The memory is already bound to another memory id.
         */
        MemoryAlreadyBound = 9,
        /**
         * No frame has the given id or uri.
         */
        FrameNotFound = 10,
        /**
         * The vector index is not enabled (no embedding was ever stored).
         */
        VecIndexNotEnabled = 11,
        /**
         * The file is corrupt or not a memvid file (bad header, checksum, TOC or WAL), or
         * auxiliary `-wal`/`-shm`/`-lock`/`-journal` files sit beside it.
         */
        CorruptFile = 12,
        /**
         * The file or a directory on its path does not exist.
         */
        FileNotFound = 13,
        /**
         * A vector does not have the dimension of the memory's vector index.
         */
        VecDimensionMismatch = 14,
        /**
         * Computing an embedding failed.
         */
        EmbeddingFailed = 15,
        /**
         * The file is encrypted, or encryption/decryption failed.
         */
        Encryption = 16,
        /**
         * The NER model is not available.
         */
        NerModelNotAvailable = 17,
        /**
         * The CLIP index is not enabled.
         */
        ClipIndexNotEnabled = 18,
        /**
         * Other I/O failure (permissions, full disk, ...).
         */
        Io = 101,
        /**
         * Encoding a structure into the file format failed.
         */
        Serialization = 102,
        /**
         * The Logic-Mesh is not enabled.
         */
        LogicMeshNotEnabled = 103,
        /**
         * An unsupported tier was requested.
         */
        InvalidTier = 104,
        /**
         * Checkpointing the embedded WAL failed.
         */
        CheckpointFailed = 105,
        /**
         * A ticket must be applied before this memory can be changed.
         */
        TicketRequired = 106,
        /**
         * The operation requires a sealed memory.
         */
        RequiresSealed = 107,
        /**
         * The operation requires an open memory.
         */
        RequiresOpen = 108,
        /**
         * A doctor run was asked for no operation.
         */
        DoctorNoOp = 109,
        /**
         * A doctor operation failed.
         */
        DoctorFailed = 110,
        /**
         * The feature is not compiled into this build.
         */
        FeatureUnavailable = 111,
        /**
         * A search cursor is invalid.
         */
        InvalidCursor = 112,
        /**
         * The frame exists but cannot be used for this operation (e.g. already deleted).
         */
        InvalidFrame = 113,
        /**
         * A model's signature does not verify.
         */
        ModelSignatureInvalid = 114,
        /**
         * A model manifest is invalid.
         */
        ModelManifestInvalid = 115,
        /**
         * A model file failed its integrity check.
         */
        ModelIntegrity = 116,
        /**
         * Text extraction from a document failed.
         */
        ExtractionFailed = 117,
        /**
         * Reranking failed.
         */
        RerankFailed = 118,
        /**
         * The vector index is bound to another embedding model.
         */
        ModelMismatch = 119,
        /**
         * The query is invalid (e.g. it is empty or has no search term).
         */
        InvalidQuery = 120,
        /**
         * The full-text engine (Tantivy) failed.
         */
        SearchEngine = 121,
        /**
         * Table extraction failed.
         */
        TableExtraction = 122,
        /**
         * A memory card does not match its schema.
         */
        SchemaValidation = 123,
        /**
         * A string argument is not valid UTF-8.
         */
        InvalidUtf8 = 201,
        /**
         * An argument is out of range or empty (e.g. k = 0, NaN in a vector, an empty document).
         */
        InvalidArgument = 202,
        /**
         * The handle was closed.
         */
        HandleClosed = 203,
        /**
         * The handle was opened read-only and cannot write.
         */
        ReadOnly = 204,
        /**
         * A JSON argument is not well-formed JSON.
         */
        JsonSyntax = 205,
        /**
         * A JSON argument is well-formed but does not have the expected shape or types.
         */
        JsonShape = 206,
        /**
         * An internal error: a panic inside the library was caught at the boundary.
         */
        Internal = 207,
        /**
         * The handle was poisoned by an earlier internal error and must be closed.
         */
        HandlePoisoned = 208,
        /**
         * `create` was given a path where a file already exists (memvid-core would truncate it).
         */
        AlreadyExists = 209,
    };

    MemvidErrorCode(): value(Value::CapacityExceeded) {}

    // Implicit conversions between enum and ::Value
    constexpr MemvidErrorCode(Value v) : value(v) {}
    constexpr operator Value() const { return value; }
    // Prevent usage as boolean value
    explicit operator bool() const = delete;

    inline memvid_ffi::capi::MemvidErrorCode AsFFI() const;
    inline static memvid_ffi::MemvidErrorCode FromFFI(memvid_ffi::capi::MemvidErrorCode c_enum);
private:
    Value value;
};

} // namespace
#endif // MEMVID_FFI_MemvidErrorCode_D_HPP

#ifndef MEMVID_FFI_MemvidErrorCode_HPP
#define MEMVID_FFI_MemvidErrorCode_HPP

#include "MemvidErrorCode.d.hpp"

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

} // namespace capi
} // namespace

inline memvid_ffi::capi::MemvidErrorCode memvid_ffi::MemvidErrorCode::AsFFI() const {
    return static_cast<memvid_ffi::capi::MemvidErrorCode>(value);
}

inline memvid_ffi::MemvidErrorCode memvid_ffi::MemvidErrorCode::FromFFI(memvid_ffi::capi::MemvidErrorCode c_enum) {
    switch (c_enum) {
        case memvid_ffi::capi::MemvidErrorCode_CapacityExceeded:
        case memvid_ffi::capi::MemvidErrorCode_TicketInvalid:
        case memvid_ffi::capi::MemvidErrorCode_TicketReplay:
        case memvid_ffi::capi::MemvidErrorCode_LexIndexNotEnabled:
        case memvid_ffi::capi::MemvidErrorCode_TimeIndexMissing:
        case memvid_ffi::capi::MemvidErrorCode_VerificationFailed:
        case memvid_ffi::capi::MemvidErrorCode_Locked:
        case memvid_ffi::capi::MemvidErrorCode_ApiKeyRequired:
        case memvid_ffi::capi::MemvidErrorCode_MemoryAlreadyBound:
        case memvid_ffi::capi::MemvidErrorCode_FrameNotFound:
        case memvid_ffi::capi::MemvidErrorCode_VecIndexNotEnabled:
        case memvid_ffi::capi::MemvidErrorCode_CorruptFile:
        case memvid_ffi::capi::MemvidErrorCode_FileNotFound:
        case memvid_ffi::capi::MemvidErrorCode_VecDimensionMismatch:
        case memvid_ffi::capi::MemvidErrorCode_EmbeddingFailed:
        case memvid_ffi::capi::MemvidErrorCode_Encryption:
        case memvid_ffi::capi::MemvidErrorCode_NerModelNotAvailable:
        case memvid_ffi::capi::MemvidErrorCode_ClipIndexNotEnabled:
        case memvid_ffi::capi::MemvidErrorCode_Io:
        case memvid_ffi::capi::MemvidErrorCode_Serialization:
        case memvid_ffi::capi::MemvidErrorCode_LogicMeshNotEnabled:
        case memvid_ffi::capi::MemvidErrorCode_InvalidTier:
        case memvid_ffi::capi::MemvidErrorCode_CheckpointFailed:
        case memvid_ffi::capi::MemvidErrorCode_TicketRequired:
        case memvid_ffi::capi::MemvidErrorCode_RequiresSealed:
        case memvid_ffi::capi::MemvidErrorCode_RequiresOpen:
        case memvid_ffi::capi::MemvidErrorCode_DoctorNoOp:
        case memvid_ffi::capi::MemvidErrorCode_DoctorFailed:
        case memvid_ffi::capi::MemvidErrorCode_FeatureUnavailable:
        case memvid_ffi::capi::MemvidErrorCode_InvalidCursor:
        case memvid_ffi::capi::MemvidErrorCode_InvalidFrame:
        case memvid_ffi::capi::MemvidErrorCode_ModelSignatureInvalid:
        case memvid_ffi::capi::MemvidErrorCode_ModelManifestInvalid:
        case memvid_ffi::capi::MemvidErrorCode_ModelIntegrity:
        case memvid_ffi::capi::MemvidErrorCode_ExtractionFailed:
        case memvid_ffi::capi::MemvidErrorCode_RerankFailed:
        case memvid_ffi::capi::MemvidErrorCode_ModelMismatch:
        case memvid_ffi::capi::MemvidErrorCode_InvalidQuery:
        case memvid_ffi::capi::MemvidErrorCode_SearchEngine:
        case memvid_ffi::capi::MemvidErrorCode_TableExtraction:
        case memvid_ffi::capi::MemvidErrorCode_SchemaValidation:
        case memvid_ffi::capi::MemvidErrorCode_InvalidUtf8:
        case memvid_ffi::capi::MemvidErrorCode_InvalidArgument:
        case memvid_ffi::capi::MemvidErrorCode_HandleClosed:
        case memvid_ffi::capi::MemvidErrorCode_ReadOnly:
        case memvid_ffi::capi::MemvidErrorCode_JsonSyntax:
        case memvid_ffi::capi::MemvidErrorCode_JsonShape:
        case memvid_ffi::capi::MemvidErrorCode_Internal:
        case memvid_ffi::capi::MemvidErrorCode_HandlePoisoned:
        case memvid_ffi::capi::MemvidErrorCode_AlreadyExists:
            return static_cast<memvid_ffi::MemvidErrorCode::Value>(c_enum);
        default:
            std::abort();
    }
}
#endif // MEMVID_FFI_MemvidErrorCode_HPP

#ifndef MemvidErrorCode_D_H
#define MemvidErrorCode_D_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"





typedef enum MemvidErrorCode {
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
} MemvidErrorCode;

typedef struct MemvidErrorCode_option {union { MemvidErrorCode ok; }; bool is_ok; } MemvidErrorCode_option;



#endif // MemvidErrorCode_D_H

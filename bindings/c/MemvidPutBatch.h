#ifndef MemvidPutBatch_H
#define MemvidPutBatch_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"

#include "MemvidError.d.h"
#include "MemvidPutOptions.d.h"

#include "MemvidPutBatch.d.h"






MemvidPutBatch* memvid_MemvidPutBatch_new(void);

typedef struct memvid_MemvidPutBatch_add_text_result {union { MemvidError* err;}; bool is_ok;} memvid_MemvidPutBatch_add_text_result;
memvid_MemvidPutBatch_add_text_result memvid_MemvidPutBatch_add_text(MemvidPutBatch* self, DiplomatStringView text, const MemvidPutOptions* options);

typedef struct memvid_MemvidPutBatch_add_text_with_embedding_result {union { MemvidError* err;}; bool is_ok;} memvid_MemvidPutBatch_add_text_with_embedding_result;
memvid_MemvidPutBatch_add_text_with_embedding_result memvid_MemvidPutBatch_add_text_with_embedding(MemvidPutBatch* self, DiplomatStringView text, DiplomatF32View embedding, const MemvidPutOptions* options);

void memvid_MemvidPutBatch_add_bytes(MemvidPutBatch* self, DiplomatU8View bytes, const MemvidPutOptions* options);

size_t memvid_MemvidPutBatch_len(const MemvidPutBatch* self);

void memvid_MemvidPutBatch_destroy(MemvidPutBatch* self);





#endif // MemvidPutBatch_H

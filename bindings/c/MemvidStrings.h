#ifndef MemvidStrings_H
#define MemvidStrings_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"

#include "MemvidError.d.h"

#include "MemvidStrings.d.h"






size_t memvid_MemvidStrings_len(const MemvidStrings* self);

bool memvid_MemvidStrings_is_empty(const MemvidStrings* self);

typedef struct memvid_MemvidStrings_get_result {union { MemvidError* err;}; bool is_ok;} memvid_MemvidStrings_get_result;
memvid_MemvidStrings_get_result memvid_MemvidStrings_get(const MemvidStrings* self, size_t index, DiplomatWrite* write);

void memvid_MemvidStrings_destroy(MemvidStrings* self);





#endif // MemvidStrings_H

#ifndef MemvidStrings_H
#define MemvidStrings_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"


#include "MemvidStrings.d.h"






size_t memvid_MemvidStrings_len(const MemvidStrings* self);

bool memvid_MemvidStrings_is_empty(const MemvidStrings* self);

bool memvid_MemvidStrings_get(const MemvidStrings* self, size_t index);

void memvid_MemvidStrings_destroy(MemvidStrings* self);





#endif // MemvidStrings_H

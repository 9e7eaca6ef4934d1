#ifndef MemvidError_H
#define MemvidError_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"

#include "MemvidErrorCode.d.h"

#include "MemvidError.d.h"






MemvidErrorCode memvid_MemvidError_code(const MemvidError* self);

void memvid_MemvidError_code_str(const MemvidError* self, DiplomatWrite* write);

void memvid_MemvidError_message(const MemvidError* self, DiplomatWrite* write);

void memvid_MemvidError_to_display(const MemvidError* self, DiplomatWrite* write);

void memvid_MemvidError_destroy(MemvidError* self);





#endif // MemvidError_H

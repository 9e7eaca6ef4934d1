#ifndef MemvidBytes_H
#define MemvidBytes_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"


#include "MemvidBytes.d.h"






size_t memvid_MemvidBytes_len(const MemvidBytes* self);

DiplomatU8View memvid_MemvidBytes_bytes(const MemvidBytes* self);

void memvid_MemvidBytes_destroy(MemvidBytes* self);





#endif // MemvidBytes_H

#ifndef MemvidVersion_H
#define MemvidVersion_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"


#include "MemvidVersion.d.h"






void memvid_MemvidVersion_binding(DiplomatWrite* write);

void memvid_MemvidVersion_core(DiplomatWrite* write);

void memvid_MemvidVersion_describe(DiplomatWrite* write);

void memvid_MemvidVersion_destroy(MemvidVersion* self);





#endif // MemvidVersion_H

#ifndef MemvidMemoryKind_H
#define MemvidMemoryKind_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"


#include "MemvidMemoryKind.d.h"




// No Content





#endif // MemvidMemoryKind_H

#ifndef MemvidMemoryStats_H
#define MemvidMemoryStats_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"


#include "MemvidMemoryStats.d.h"




// No Content





#endif // MemvidMemoryStats_H

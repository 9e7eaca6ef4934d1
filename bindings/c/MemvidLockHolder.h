#ifndef MemvidLockHolder_H
#define MemvidLockHolder_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"


#include "MemvidLockHolder.d.h"




// No Content





#endif // MemvidLockHolder_H

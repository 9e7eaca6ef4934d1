#ifndef MemvidState_H
#define MemvidState_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"


#include "MemvidState.d.h"




// No Content





#endif // MemvidState_H

#ifndef MemvidFindMode_H
#define MemvidFindMode_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"


#include "MemvidFindMode.d.h"




// No Content





#endif // MemvidFindMode_H

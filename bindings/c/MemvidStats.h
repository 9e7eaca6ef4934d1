#ifndef MemvidStats_H
#define MemvidStats_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"


#include "MemvidStats.d.h"




// No Content





#endif // MemvidStats_H

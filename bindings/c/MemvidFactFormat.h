#ifndef MemvidFactFormat_H
#define MemvidFactFormat_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"


#include "MemvidFactFormat.d.h"




// No Content





#endif // MemvidFactFormat_H

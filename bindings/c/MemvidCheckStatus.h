#ifndef MemvidCheckStatus_H
#define MemvidCheckStatus_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"


#include "MemvidCheckStatus.d.h"




// No Content





#endif // MemvidCheckStatus_H

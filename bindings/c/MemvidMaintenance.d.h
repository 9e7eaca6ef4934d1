#ifndef MemvidMaintenance_D_H
#define MemvidMaintenance_D_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"





typedef struct MemvidMaintenance MemvidMaintenance;




#endif // MemvidMaintenance_D_H

#ifndef MemvidTimelineQuery_D_H
#define MemvidTimelineQuery_D_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"





typedef struct MemvidTimelineQuery MemvidTimelineQuery;




#endif // MemvidTimelineQuery_D_H

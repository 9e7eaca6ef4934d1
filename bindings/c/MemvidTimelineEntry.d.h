#ifndef MemvidTimelineEntry_D_H
#define MemvidTimelineEntry_D_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"





typedef struct MemvidTimelineEntry MemvidTimelineEntry;




#endif // MemvidTimelineEntry_D_H

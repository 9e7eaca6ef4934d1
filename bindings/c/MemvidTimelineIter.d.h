#ifndef MemvidTimelineIter_D_H
#define MemvidTimelineIter_D_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"





typedef struct MemvidTimelineIter MemvidTimelineIter;




#endif // MemvidTimelineIter_D_H

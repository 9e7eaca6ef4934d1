#ifndef MemvidTimeline_D_H
#define MemvidTimeline_D_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"





typedef struct MemvidTimeline MemvidTimeline;




#endif // MemvidTimeline_D_H

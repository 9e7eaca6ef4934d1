#ifndef MemvidEnrichment_H
#define MemvidEnrichment_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"


#include "MemvidEnrichment.d.h"




// No Content





#endif // MemvidEnrichment_H

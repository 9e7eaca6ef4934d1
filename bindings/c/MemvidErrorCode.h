#ifndef MemvidErrorCode_H
#define MemvidErrorCode_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"


#include "MemvidErrorCode.d.h"




// No Content





#endif // MemvidErrorCode_H

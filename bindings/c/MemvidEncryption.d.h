#ifndef MemvidEncryption_D_H
#define MemvidEncryption_D_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"





typedef struct MemvidEncryption MemvidEncryption;




#endif // MemvidEncryption_D_H

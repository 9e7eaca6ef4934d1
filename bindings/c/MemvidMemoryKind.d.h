#ifndef MemvidMemoryKind_D_H
#define MemvidMemoryKind_D_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"





typedef enum MemvidMemoryKind {
  MemvidMemoryKind_Fact = 0,
  MemvidMemoryKind_Preference = 1,
  MemvidMemoryKind_Event = 2,
  MemvidMemoryKind_Profile = 3,
  MemvidMemoryKind_Relationship = 4,
  MemvidMemoryKind_Goal = 5,
  MemvidMemoryKind_Other = 6,
} MemvidMemoryKind;

typedef struct MemvidMemoryKind_option {union { MemvidMemoryKind ok; }; bool is_ok; } MemvidMemoryKind_option;



#endif // MemvidMemoryKind_D_H

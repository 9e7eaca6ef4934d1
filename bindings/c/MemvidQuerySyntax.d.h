#ifndef MemvidQuerySyntax_D_H
#define MemvidQuerySyntax_D_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"





typedef enum MemvidQuerySyntax {
  MemvidQuerySyntax_Plain = 0,
  MemvidQuerySyntax_Operators = 1,
} MemvidQuerySyntax;

typedef struct MemvidQuerySyntax_option {union { MemvidQuerySyntax ok; }; bool is_ok; } MemvidQuerySyntax_option;



#endif // MemvidQuerySyntax_D_H

#ifndef MemvidQuerySyntax_H
#define MemvidQuerySyntax_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"


#include "MemvidQuerySyntax.d.h"




// No Content





#endif // MemvidQuerySyntax_H

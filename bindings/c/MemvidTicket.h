#ifndef MemvidTicket_H
#define MemvidTicket_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"


#include "MemvidTicket.d.h"




// No Content





#endif // MemvidTicket_H

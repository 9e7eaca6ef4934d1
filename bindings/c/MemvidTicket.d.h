#ifndef MemvidTicket_D_H
#define MemvidTicket_D_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"





typedef struct MemvidTicket {
  int64_t seq_no;
  uint64_t capacity_bytes;
  uint64_t expires_in_secs;
  bool verified;
} MemvidTicket;

typedef struct MemvidTicket_option {union { MemvidTicket ok; }; bool is_ok; } MemvidTicket_option;



#endif // MemvidTicket_D_H

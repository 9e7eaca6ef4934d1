#ifndef MemvidStats_D_H
#define MemvidStats_D_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"





typedef struct MemvidStats {
  uint64_t frame_count;
  uint64_t active_frame_count;
  uint64_t size_bytes;
  uint64_t payload_bytes;
  uint64_t logical_bytes;
  uint64_t capacity_bytes;
  uint64_t remaining_capacity_bytes;
  uint64_t vector_count;
  bool has_lex_index;
  bool has_vec_index;
  bool has_time_index;
  uint64_t dead_bytes;
} MemvidStats;

typedef struct MemvidStats_option {union { MemvidStats ok; }; bool is_ok; } MemvidStats_option;



#endif // MemvidStats_D_H

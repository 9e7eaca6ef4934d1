#ifndef MemvidState_D_H
#define MemvidState_D_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"





typedef struct MemvidState {
  uint64_t committed_frames;
  uint64_t pending_frames;
  uint64_t next_frame_id;
  uint32_t vec_dimension;
  bool read_only;
} MemvidState;

typedef struct MemvidState_option {union { MemvidState ok; }; bool is_ok; } MemvidState_option;



#endif // MemvidState_D_H

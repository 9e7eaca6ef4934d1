#ifndef MemvidDoctorOptions_D_H
#define MemvidDoctorOptions_D_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"





typedef struct MemvidDoctorOptions {
  bool rebuild_time_index;
  bool rebuild_lex_index;
  bool rebuild_vec_index;
  bool vacuum;
} MemvidDoctorOptions;

typedef struct MemvidDoctorOptions_option {union { MemvidDoctorOptions ok; }; bool is_ok; } MemvidDoctorOptions_option;



#endif // MemvidDoctorOptions_D_H

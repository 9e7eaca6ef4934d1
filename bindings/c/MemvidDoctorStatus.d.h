#ifndef MemvidDoctorStatus_D_H
#define MemvidDoctorStatus_D_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"





typedef enum MemvidDoctorStatus {
  MemvidDoctorStatus_Clean = 0,
  MemvidDoctorStatus_Healed = 1,
  MemvidDoctorStatus_Partial = 2,
  MemvidDoctorStatus_Failed = 3,
  MemvidDoctorStatus_PlanOnly = 4,
} MemvidDoctorStatus;

typedef struct MemvidDoctorStatus_option {union { MemvidDoctorStatus ok; }; bool is_ok; } MemvidDoctorStatus_option;



#endif // MemvidDoctorStatus_D_H

#ifndef MemvidDoctorPlan_D_H
#define MemvidDoctorPlan_D_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"





typedef struct MemvidDoctorPlan MemvidDoctorPlan;




#endif // MemvidDoctorPlan_D_H

#ifndef MemvidDoctorReport_D_H
#define MemvidDoctorReport_D_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"





typedef struct MemvidDoctorReport MemvidDoctorReport;




#endif // MemvidDoctorReport_D_H

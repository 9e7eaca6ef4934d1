#ifndef MemvidDoctorStatus_H
#define MemvidDoctorStatus_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"


#include "MemvidDoctorStatus.d.h"




// No Content





#endif // MemvidDoctorStatus_H

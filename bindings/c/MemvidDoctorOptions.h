#ifndef MemvidDoctorOptions_H
#define MemvidDoctorOptions_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"


#include "MemvidDoctorOptions.d.h"




// No Content





#endif // MemvidDoctorOptions_H

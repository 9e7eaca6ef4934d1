#ifndef MemvidDoctorReport_H
#define MemvidDoctorReport_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"

#include "MemvidDoctorStatus.d.h"
#include "MemvidError.d.h"

#include "MemvidDoctorReport.d.h"






MemvidDoctorStatus memvid_MemvidDoctorReport_status(const MemvidDoctorReport* self);

size_t memvid_MemvidDoctorReport_actions_completed(const MemvidDoctorReport* self);

typedef struct memvid_MemvidDoctorReport_to_json_result {union { MemvidError* err;}; bool is_ok;} memvid_MemvidDoctorReport_to_json_result;
memvid_MemvidDoctorReport_to_json_result memvid_MemvidDoctorReport_to_json(const MemvidDoctorReport* self, DiplomatWrite* write);

void memvid_MemvidDoctorReport_destroy(MemvidDoctorReport* self);





#endif // MemvidDoctorReport_H

#ifndef MemvidDoctorPlan_H
#define MemvidDoctorPlan_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"

#include "MemvidDoctorReport.d.h"
#include "MemvidError.d.h"

#include "MemvidDoctorPlan.d.h"






bool memvid_MemvidDoctorPlan_is_noop(const MemvidDoctorPlan* self);

size_t memvid_MemvidDoctorPlan_finding_count(const MemvidDoctorPlan* self);

typedef struct memvid_MemvidDoctorPlan_apply_result {union {MemvidDoctorReport* ok; MemvidError* err;}; bool is_ok;} memvid_MemvidDoctorPlan_apply_result;
memvid_MemvidDoctorPlan_apply_result memvid_MemvidDoctorPlan_apply(const MemvidDoctorPlan* self);

typedef struct memvid_MemvidDoctorPlan_to_json_result {union { MemvidError* err;}; bool is_ok;} memvid_MemvidDoctorPlan_to_json_result;
memvid_MemvidDoctorPlan_to_json_result memvid_MemvidDoctorPlan_to_json(const MemvidDoctorPlan* self, DiplomatWrite* write);

void memvid_MemvidDoctorPlan_destroy(MemvidDoctorPlan* self);





#endif // MemvidDoctorPlan_H

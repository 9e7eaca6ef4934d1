#ifndef MemvidMaintenance_H
#define MemvidMaintenance_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"

#include "MemvidDoctorOptions.d.h"
#include "MemvidDoctorPlan.d.h"
#include "MemvidDoctorReport.d.h"
#include "MemvidError.d.h"
#include "MemvidLockHolder.d.h"
#include "MemvidVerifyReport.d.h"

#include "MemvidMaintenance.d.h"






typedef struct memvid_MemvidMaintenance_verify_result {union {MemvidVerifyReport* ok; MemvidError* err;}; bool is_ok;} memvid_MemvidMaintenance_verify_result;
memvid_MemvidMaintenance_verify_result memvid_MemvidMaintenance_verify(DiplomatStringView path, bool deep);

typedef struct memvid_MemvidMaintenance_doctor_plan_result {union {MemvidDoctorPlan* ok; MemvidError* err;}; bool is_ok;} memvid_MemvidMaintenance_doctor_plan_result;
memvid_MemvidMaintenance_doctor_plan_result memvid_MemvidMaintenance_doctor_plan(DiplomatStringView path, MemvidDoctorOptions options);

typedef struct memvid_MemvidMaintenance_doctor_result {union {MemvidDoctorReport* ok; MemvidError* err;}; bool is_ok;} memvid_MemvidMaintenance_doctor_result;
memvid_MemvidMaintenance_doctor_result memvid_MemvidMaintenance_doctor(DiplomatStringView path, MemvidDoctorOptions options);

typedef struct memvid_MemvidMaintenance_lock_holder_result {union {MemvidLockHolder ok; MemvidError* err;}; bool is_ok;} memvid_MemvidMaintenance_lock_holder_result;
memvid_MemvidMaintenance_lock_holder_result memvid_MemvidMaintenance_lock_holder(DiplomatStringView path);

typedef struct memvid_MemvidMaintenance_check_single_file_result {union { MemvidError* err;}; bool is_ok;} memvid_MemvidMaintenance_check_single_file_result;
memvid_MemvidMaintenance_check_single_file_result memvid_MemvidMaintenance_check_single_file(DiplomatStringView path);

typedef struct memvid_MemvidMaintenance_call_json_result {union { MemvidError* err;}; bool is_ok;} memvid_MemvidMaintenance_call_json_result;
memvid_MemvidMaintenance_call_json_result memvid_MemvidMaintenance_call_json(DiplomatStringView op, DiplomatStringView request, DiplomatWrite* write);

void memvid_MemvidMaintenance_destroy(MemvidMaintenance* self);





#endif // MemvidMaintenance_H

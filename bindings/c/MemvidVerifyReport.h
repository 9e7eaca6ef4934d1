#ifndef MemvidVerifyReport_H
#define MemvidVerifyReport_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"

#include "MemvidCheckStatus.d.h"
#include "MemvidError.d.h"

#include "MemvidVerifyReport.d.h"






bool memvid_MemvidVerifyReport_passed(const MemvidVerifyReport* self);

size_t memvid_MemvidVerifyReport_check_count(const MemvidVerifyReport* self);

void memvid_MemvidVerifyReport_check_name(const MemvidVerifyReport* self, size_t index, DiplomatWrite* write);

MemvidCheckStatus memvid_MemvidVerifyReport_check_status(const MemvidVerifyReport* self, size_t index);

void memvid_MemvidVerifyReport_check_details(const MemvidVerifyReport* self, size_t index, DiplomatWrite* write);

typedef struct memvid_MemvidVerifyReport_to_json_result {union { MemvidError* err;}; bool is_ok;} memvid_MemvidVerifyReport_to_json_result;
memvid_MemvidVerifyReport_to_json_result memvid_MemvidVerifyReport_to_json(const MemvidVerifyReport* self, DiplomatWrite* write);

void memvid_MemvidVerifyReport_destroy(MemvidVerifyReport* self);





#endif // MemvidVerifyReport_H

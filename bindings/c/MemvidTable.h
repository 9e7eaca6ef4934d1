#ifndef MemvidTable_H
#define MemvidTable_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"

#include "MemvidError.d.h"

#include "MemvidTable.d.h"






void memvid_MemvidTable_id(const MemvidTable* self, DiplomatWrite* write);

size_t memvid_MemvidTable_row_count(const MemvidTable* self);

size_t memvid_MemvidTable_column_count(const MemvidTable* self);

uint32_t memvid_MemvidTable_page(const MemvidTable* self);

void memvid_MemvidTable_header(const MemvidTable* self, size_t column, DiplomatWrite* write);

void memvid_MemvidTable_cell(const MemvidTable* self, size_t row, size_t column, DiplomatWrite* write);

typedef struct memvid_MemvidTable_rows_json_result {union { MemvidError* err;}; bool is_ok;} memvid_MemvidTable_rows_json_result;
memvid_MemvidTable_rows_json_result memvid_MemvidTable_rows_json(const MemvidTable* self, DiplomatWrite* write);

void memvid_MemvidTable_to_csv(const MemvidTable* self, DiplomatWrite* write);

typedef struct memvid_MemvidTable_to_json_result {union { MemvidError* err;}; bool is_ok;} memvid_MemvidTable_to_json_result;
memvid_MemvidTable_to_json_result memvid_MemvidTable_to_json(const MemvidTable* self, DiplomatWrite* write);

void memvid_MemvidTable_destroy(MemvidTable* self);





#endif // MemvidTable_H

#ifndef MemvidPutOptions_H
#define MemvidPutOptions_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"

#include "MemvidError.d.h"

#include "MemvidPutOptions.d.h"






MemvidPutOptions* memvid_MemvidPutOptions_new(void);

typedef struct memvid_MemvidPutOptions_from_json_result {union {MemvidPutOptions* ok; MemvidError* err;}; bool is_ok;} memvid_MemvidPutOptions_from_json_result;
memvid_MemvidPutOptions_from_json_result memvid_MemvidPutOptions_from_json(DiplomatStringView json);

typedef struct memvid_MemvidPutOptions_to_json_result {union { MemvidError* err;}; bool is_ok;} memvid_MemvidPutOptions_to_json_result;
memvid_MemvidPutOptions_to_json_result memvid_MemvidPutOptions_to_json(const MemvidPutOptions* self, DiplomatWrite* write);

typedef struct memvid_MemvidPutOptions_set_title_result {union { MemvidError* err;}; bool is_ok;} memvid_MemvidPutOptions_set_title_result;
memvid_MemvidPutOptions_set_title_result memvid_MemvidPutOptions_set_title(MemvidPutOptions* self, DiplomatStringView title);

typedef struct memvid_MemvidPutOptions_set_uri_result {union { MemvidError* err;}; bool is_ok;} memvid_MemvidPutOptions_set_uri_result;
memvid_MemvidPutOptions_set_uri_result memvid_MemvidPutOptions_set_uri(MemvidPutOptions* self, DiplomatStringView uri);

typedef struct memvid_MemvidPutOptions_set_kind_result {union { MemvidError* err;}; bool is_ok;} memvid_MemvidPutOptions_set_kind_result;
memvid_MemvidPutOptions_set_kind_result memvid_MemvidPutOptions_set_kind(MemvidPutOptions* self, DiplomatStringView kind);

typedef struct memvid_MemvidPutOptions_set_track_result {union { MemvidError* err;}; bool is_ok;} memvid_MemvidPutOptions_set_track_result;
memvid_MemvidPutOptions_set_track_result memvid_MemvidPutOptions_set_track(MemvidPutOptions* self, DiplomatStringView track);

void memvid_MemvidPutOptions_set_timestamp(MemvidPutOptions* self, int64_t timestamp);

typedef struct memvid_MemvidPutOptions_add_tag_result {union { MemvidError* err;}; bool is_ok;} memvid_MemvidPutOptions_add_tag_result;
memvid_MemvidPutOptions_add_tag_result memvid_MemvidPutOptions_add_tag(MemvidPutOptions* self, DiplomatStringView tag);

typedef struct memvid_MemvidPutOptions_add_label_result {union { MemvidError* err;}; bool is_ok;} memvid_MemvidPutOptions_add_label_result;
memvid_MemvidPutOptions_add_label_result memvid_MemvidPutOptions_add_label(MemvidPutOptions* self, DiplomatStringView label);

typedef struct memvid_MemvidPutOptions_set_metadata_result {union { MemvidError* err;}; bool is_ok;} memvid_MemvidPutOptions_set_metadata_result;
memvid_MemvidPutOptions_set_metadata_result memvid_MemvidPutOptions_set_metadata(MemvidPutOptions* self, DiplomatStringView key, DiplomatStringView value);

typedef struct memvid_MemvidPutOptions_set_search_text_result {union { MemvidError* err;}; bool is_ok;} memvid_MemvidPutOptions_set_search_text_result;
memvid_MemvidPutOptions_set_search_text_result memvid_MemvidPutOptions_set_search_text(MemvidPutOptions* self, DiplomatStringView text);

void memvid_MemvidPutOptions_set_auto_tag(MemvidPutOptions* self, bool on);

void memvid_MemvidPutOptions_set_extract_dates(MemvidPutOptions* self, bool on);

void memvid_MemvidPutOptions_set_extract_triplets(MemvidPutOptions* self, bool on);

void memvid_MemvidPutOptions_set_instant_index(MemvidPutOptions* self, bool on);

void memvid_MemvidPutOptions_set_dedup(MemvidPutOptions* self, bool on);

void memvid_MemvidPutOptions_destroy(MemvidPutOptions* self);





#endif // MemvidPutOptions_H

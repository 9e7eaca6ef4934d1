#ifndef MemvidEncryption_H
#define MemvidEncryption_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"

#include "MemvidError.d.h"

#include "MemvidEncryption.d.h"






typedef struct memvid_MemvidEncryption_lock_result {union { MemvidError* err;}; bool is_ok;} memvid_MemvidEncryption_lock_result;
memvid_MemvidEncryption_lock_result memvid_MemvidEncryption_lock(DiplomatStringView path, DiplomatStringView password, DiplomatStringView destination, DiplomatWrite* write);

typedef struct memvid_MemvidEncryption_unlock_result {union { MemvidError* err;}; bool is_ok;} memvid_MemvidEncryption_unlock_result;
memvid_MemvidEncryption_unlock_result memvid_MemvidEncryption_unlock(DiplomatStringView path, DiplomatStringView password, DiplomatStringView destination, DiplomatWrite* write);

void memvid_MemvidEncryption_destroy(MemvidEncryption* self);





#endif // MemvidEncryption_H



export { MemvidDoctorOptions } from "./MemvidDoctorOptions.mjs"

export { MemvidLockHolder } from "./MemvidLockHolder.mjs"

export { MemvidEnrichment } from "./MemvidEnrichment.mjs"

export { MemvidMemoryStats } from "./MemvidMemoryStats.mjs"

export { MemvidState } from "./MemvidState.mjs"

export { MemvidStats } from "./MemvidStats.mjs"

export { MemvidTicket } from "./MemvidTicket.mjs"

export { MemvidAnswer } from "./MemvidAnswer.mjs"

export { MemvidAskOptions } from "./MemvidAskOptions.mjs"

export { MemvidPutBatch } from "./MemvidPutBatch.mjs"

export { MemvidEncryption } from "./MemvidEncryption.mjs"

export { MemvidError } from "./MemvidError.mjs"

export { MemvidBytes } from "./MemvidBytes.mjs"

export { MemvidFrame } from "./MemvidFrame.mjs"

export { MemvidFrameIdIter } from "./MemvidFrameIdIter.mjs"

export { MemvidFrameIds } from "./MemvidFrameIds.mjs"

export { MemvidTimeline } from "./MemvidTimeline.mjs"

export { MemvidTimelineEntry } from "./MemvidTimelineEntry.mjs"

export { MemvidTimelineIter } from "./MemvidTimelineIter.mjs"

export { MemvidStrings } from "./MemvidStrings.mjs"

export { MemvidDoctorPlan } from "./MemvidDoctorPlan.mjs"

export { MemvidDoctorReport } from "./MemvidDoctorReport.mjs"

export { MemvidMaintenance } from "./MemvidMaintenance.mjs"

export { MemvidVerifyReport } from "./MemvidVerifyReport.mjs"

export { MemvidMemoryCard } from "./MemvidMemoryCard.mjs"

export { MemvidMemoryCardIter } from "./MemvidMemoryCardIter.mjs"

export { MemvidMemoryCards } from "./MemvidMemoryCards.mjs"

export { MemvidFindOptions } from "./MemvidFindOptions.mjs"

export { MemvidPutOptions } from "./MemvidPutOptions.mjs"

export { MemvidTimelineQuery } from "./MemvidTimelineQuery.mjs"

export { MemvidSearchHit } from "./MemvidSearchHit.mjs"

export { MemvidSearchHitIter } from "./MemvidSearchHitIter.mjs"

export { MemvidSearchResults } from "./MemvidSearchResults.mjs"

export { MemvidSession } from "./MemvidSession.mjs"

export { MemvidStore } from "./MemvidStore.mjs"

export { MemvidTable } from "./MemvidTable.mjs"

export { MemvidVersion } from "./MemvidVersion.mjs"

export { MemvidErrorCode } from "./MemvidErrorCode.mjs"

export { MemvidCheckStatus } from "./MemvidCheckStatus.mjs"

export { MemvidDoctorStatus } from "./MemvidDoctorStatus.mjs"

export { MemvidFactFormat } from "./MemvidFactFormat.mjs"

export { MemvidMemoryKind } from "./MemvidMemoryKind.mjs"

export { MemvidFindMode } from "./MemvidFindMode.mjs"

export { MemvidQuerySyntax } from "./MemvidQuerySyntax.mjs"

import wasm from "./diplomat-wasm.mjs";
import {FUNCTION_PARAM_ALLOC, internalConstructor} from "./diplomat-runtime.mjs";

FUNCTION_PARAM_ALLOC.reserve(internalConstructor, wasm, 40);

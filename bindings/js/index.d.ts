
export { codepoint } from './diplomat-runtime';


export { MemvidDoctorOptions, MemvidDoctorOptions_obj } from "./MemvidDoctorOptions"

export { MemvidLockHolder, MemvidLockHolder_obj } from "./MemvidLockHolder"

export { MemvidEnrichment, MemvidEnrichment_obj } from "./MemvidEnrichment"

export { MemvidMemoryStats, MemvidMemoryStats_obj } from "./MemvidMemoryStats"

export { MemvidState, MemvidState_obj } from "./MemvidState"

export { MemvidStats, MemvidStats_obj } from "./MemvidStats"

export { MemvidTicket, MemvidTicket_obj } from "./MemvidTicket"

export { MemvidAnswer } from "./MemvidAnswer"

export { MemvidAskOptions } from "./MemvidAskOptions"

export { MemvidPutBatch } from "./MemvidPutBatch"

export { MemvidEncryption } from "./MemvidEncryption"

export { MemvidError } from "./MemvidError"

export { MemvidBytes } from "./MemvidBytes"

export { MemvidFrame } from "./MemvidFrame"

export { MemvidFrameIdIter } from "./MemvidFrameIdIter"

export { MemvidFrameIds } from "./MemvidFrameIds"

export { MemvidTimeline } from "./MemvidTimeline"

export { MemvidTimelineEntry } from "./MemvidTimelineEntry"

export { MemvidTimelineIter } from "./MemvidTimelineIter"

export { MemvidStrings } from "./MemvidStrings"

export { MemvidDoctorPlan } from "./MemvidDoctorPlan"

export { MemvidDoctorReport } from "./MemvidDoctorReport"

export { MemvidMaintenance } from "./MemvidMaintenance"

export { MemvidVerifyReport } from "./MemvidVerifyReport"

export { MemvidMemoryCard } from "./MemvidMemoryCard"

export { MemvidMemoryCardIter } from "./MemvidMemoryCardIter"

export { MemvidMemoryCards } from "./MemvidMemoryCards"

export { MemvidFindOptions } from "./MemvidFindOptions"

export { MemvidPutOptions } from "./MemvidPutOptions"

export { MemvidTimelineQuery } from "./MemvidTimelineQuery"

export { MemvidSearchHit } from "./MemvidSearchHit"

export { MemvidSearchHitIter } from "./MemvidSearchHitIter"

export { MemvidSearchResults } from "./MemvidSearchResults"

export { MemvidSession } from "./MemvidSession"

export { MemvidStore } from "./MemvidStore"

export { MemvidTable } from "./MemvidTable"

export { MemvidVersion } from "./MemvidVersion"

export { MemvidErrorCode } from "./MemvidErrorCode"

export { MemvidCheckStatus } from "./MemvidCheckStatus"

export { MemvidDoctorStatus } from "./MemvidDoctorStatus"

export { MemvidFactFormat } from "./MemvidFactFormat"

export { MemvidMemoryKind } from "./MemvidMemoryKind"

export { MemvidFindMode } from "./MemvidFindMode"

export { MemvidQuerySyntax } from "./MemvidQuerySyntax"

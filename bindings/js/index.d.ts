
export { codepoint } from './diplomat-runtime';


export { MemvidState, MemvidState_obj } from "./MemvidState"

export { MemvidStats, MemvidStats_obj } from "./MemvidStats"

export { MemvidPutBatch } from "./MemvidPutBatch"

export { MemvidError } from "./MemvidError"

export { MemvidFrame } from "./MemvidFrame"

export { MemvidFrameIdIter } from "./MemvidFrameIdIter"

export { MemvidFrameIds } from "./MemvidFrameIds"

export { MemvidTimeline } from "./MemvidTimeline"

export { MemvidTimelineEntry } from "./MemvidTimelineEntry"

export { MemvidTimelineIter } from "./MemvidTimelineIter"

export { MemvidFindOptions } from "./MemvidFindOptions"

export { MemvidPutOptions } from "./MemvidPutOptions"

export { MemvidTimelineQuery } from "./MemvidTimelineQuery"

export { MemvidSearchHit } from "./MemvidSearchHit"

export { MemvidSearchHitIter } from "./MemvidSearchHitIter"

export { MemvidSearchResults } from "./MemvidSearchResults"

export { MemvidStore } from "./MemvidStore"

export { MemvidVersion } from "./MemvidVersion"

export { MemvidErrorCode } from "./MemvidErrorCode"

export { MemvidFindMode } from "./MemvidFindMode"



export { MemvidState } from "./MemvidState.mjs"

export { MemvidStats } from "./MemvidStats.mjs"

export { MemvidPutBatch } from "./MemvidPutBatch.mjs"

export { MemvidError } from "./MemvidError.mjs"

export { MemvidFrame } from "./MemvidFrame.mjs"

export { MemvidFrameIdIter } from "./MemvidFrameIdIter.mjs"

export { MemvidFrameIds } from "./MemvidFrameIds.mjs"

export { MemvidTimeline } from "./MemvidTimeline.mjs"

export { MemvidTimelineEntry } from "./MemvidTimelineEntry.mjs"

export { MemvidTimelineIter } from "./MemvidTimelineIter.mjs"

export { MemvidFindOptions } from "./MemvidFindOptions.mjs"

export { MemvidPutOptions } from "./MemvidPutOptions.mjs"

export { MemvidTimelineQuery } from "./MemvidTimelineQuery.mjs"

export { MemvidSearchHit } from "./MemvidSearchHit.mjs"

export { MemvidSearchHitIter } from "./MemvidSearchHitIter.mjs"

export { MemvidSearchResults } from "./MemvidSearchResults.mjs"

export { MemvidStore } from "./MemvidStore.mjs"

export { MemvidVersion } from "./MemvidVersion.mjs"

export { MemvidErrorCode } from "./MemvidErrorCode.mjs"

export { MemvidFindMode } from "./MemvidFindMode.mjs"

import wasm from "./diplomat-wasm.mjs";
import {FUNCTION_PARAM_ALLOC, internalConstructor} from "./diplomat-runtime.mjs";

FUNCTION_PARAM_ALLOC.reserve(internalConstructor, wasm, 24);

// The TypeScript view of the package (type-checked by `cargo tool test` with tsc --noEmit).
import { MemvidStore, MemvidFindOptions, MemvidFindMode, MemvidSearchHit, errorInfo } from '@memvid-ffi/memvid';

export function titlesFor(path: string, query: string, embedding?: number[]): string[] {
  const store: MemvidStore = MemvidStore.openReadOnly(path);
  try {
    const options = new MemvidFindOptions();
    if (embedding) {
      options.setMode(MemvidFindMode.Hybrid);
      options.setQueryEmbedding(embedding);
    }
    const hits: MemvidSearchHit[] = [...store.find(query, options)];
    const frames: bigint[] = hits.map((h) => h.frameId);
    return hits.map((h, i) => `${frames[i]}: ${h.title}`);
  } catch (e: unknown) {
    const info = errorInfo(e);
    if (info?.code === 'MV013') return [];
    throw e;
  } finally {
    store.close();
  }
}

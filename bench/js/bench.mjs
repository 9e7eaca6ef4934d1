// The JS path of `cargo tool bench`: the workload through the WebAssembly build in Node
// (protocol: tool/src/bench.rs). Usage: node bench.mjs <workload_dir> <out_dir>; prints `RESULT {json}`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MemvidStore, MemvidPutBatch } from '../../bindings/memvid.mjs';

const [dir, out] = process.argv.slice(2);
const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8'));
const lines = (name) => readFileSync(join(dir, name), 'utf8').split('\n').slice(0, -1);
const rows = (name) => {
  const bytes = readFileSync(join(dir, name));
  const all = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  return Array.from({ length: all.length / meta.dim }, (_, i) => all.subarray(i * meta.dim, (i + 1) * meta.dim));
};
const docs = lines('docs.txt'), queries = lines('queries.txt');
const vectors = rows('vectors.f32'), qvectors = rows('qvectors.f32');
const n = docs.length, q = queries.length;
const now = () => Number(process.hrtime.bigint()) / 1e3; // microseconds

let store = MemvidStore.create(join(out, 'single.mv2'));
let start = now();
for (let i = 0; i < n; i++) store.putTextWithEmbedding(docs[i], vectors[i], null);
const put_us = (now() - start) / n;
start = now();
store.commit();
const commit_ms = (now() - start) / 1e3;
store.close();

const batchPath = join(out, 'batch.mv2');
store = MemvidStore.create(batchPath);
start = now();
for (let first = 0; first < n; first += meta.batch) {
  const batch = new MemvidPutBatch();
  for (let i = first; i < Math.min(n, first + meta.batch); i++) batch.addTextWithEmbedding(docs[i], vectors[i], null);
  store.putMany(batch);
}
const put_many_us = (now() - start) / n;
store.commit();

let hits = 0;
start = now();
for (const query of queries) hits += store.find(query, null).len;
const find_us = (now() - start) / q;

start = now();
for (const v of qvectors) store.vecSearch(v, 10);
const vec_search_us = (now() - start) / q;

start = now();
for (let i = 0; i < meta.stats_calls; i++) store.stats();
const stats_us = (now() - start) / meta.stats_calls;
store.close();

start = now();
for (let i = 0; i < meta.open_close; i++) MemvidStore.openReadOnly(batchPath).close();
const open_close_us = (now() - start) / meta.open_close;

const peak_rss_mb = process.resourceUsage().maxRSS / 1024;
console.log('RESULT ' + JSON.stringify({ put_us, commit_ms, put_many_us, find_us, vec_search_us, stats_us, open_close_us, peak_rss_mb, hits }));

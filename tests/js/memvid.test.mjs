// The JS suite: the npm package (bindings/) over the WebAssembly build, under node --test.
// MEMVID_NATIVE_PEER names the native cross-check program (tests/js/native_peer.c), built by
// `cargo tool test`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  MemvidStore, MemvidPutOptions, MemvidPutBatch, MemvidFindOptions, MemvidFindMode, MemvidQuerySyntax,
  MemvidTimelineQuery, MemvidVersion, MemvidErrorCode, errorInfo,
} from '../../bindings/memvid.mjs';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'memvid-js-'));
const at = (name) => path.join(scratch, name);
process.on('exit', () => fs.rmSync(scratch, { recursive: true, force: true }));

const DOCS = [
  ['Rust', 'Rust is a systems programming language focused on safety and speed.'],
  ['WebAssembly', 'WebAssembly runs compiled code inside browsers and Node.js.'],
  ['Gardening', 'Tomatoes need sunlight, water and patience to ripen in summer.'],
];
const axis = (i) => { const v = [0.05, 0.05, 0.05, 0.05]; v[i] = 1; return v; };

function titled(title, uri) {
  const o = new MemvidPutOptions();
  o.setTitle(title);
  o.setUri(uri);
  return o;
}

function make(name, vectors = false) {
  const store = MemvidStore.create(at(name));
  DOCS.forEach(([title, text], i) => {
    const o = titled(title, `mv2://docs/${i}`);
    const id = vectors ? store.putTextWithEmbedding(text, axis(i), o) : store.putText(text, o);
    assert.equal(id, BigInt(i));
  });
  store.commit();
  return store;
}

/** Asserts that fn throws the memvid error `code` (e.g. 'MV013') and returns its info. */
function throwsCode(fn, code) {
  let info = null;
  assert.throws(fn, (e) => {
    info = errorInfo(e);
    return info !== null && info.code === code && info.message.length > 0;
  }, `expected ${code}`);
  return info;
}

const ids = (results) => [...results].map((h) => h.frameId);

test('version names the binding and memvid-core', () => {
  assert.equal(MemvidVersion.core(), '2.0.140');
  assert.match(MemvidVersion.describe(), /^memvid-ffi \S+ \(memvid-core 2\.0\.140\)$/);
  assert.ok(MemvidVersion.binding().length > 0);
});

test('create, put, find, close, reopen, read back', () => {
  const store = make('round.mv2');
  assert.equal(store.path, at('round.mv2'));
  const results = store.find('tomatoes sunlight', null);
  assert.equal(results.len, 1);
  assert.equal(results.totalHits, 1);
  const hit = results.get(0);
  assert.equal(hit.frameId, 2n);
  assert.equal(hit.rank, 1);
  assert.ok(hit.score > 0);
  assert.equal(hit.title, 'Gardening');
  assert.equal(hit.uri, 'mv2://docs/2');
  assert.match(hit.text, /Tomatoes/);
  assert.match(hit.toJson(), /"frame_id":2/);
  assert.match(results.toJson(), /"engine":"tantivy"/);
  assert.equal(results.get(1), null);
  store.close();
  assert.ok(store.isClosed);
  store.close(); // twice is fine
  throwsCode(() => store.find('rust', null), 'MV203');

  const again = MemvidStore.open(at('round.mv2'));
  const stats = again.stats();
  assert.equal(stats.frameCount, 3n);
  assert.equal(stats.activeFrameCount, 3n);
  assert.ok(stats.hasLexIndex);
  assert.ok(stats.capacityBytes > stats.sizeBytes);
  const frame = again.frame(1n);
  assert.equal(frame.title, 'WebAssembly');
  assert.equal(frame.uri, 'mv2://docs/1');
  assert.equal(frame.id, 1n);
  assert.ok(frame.isActive);
  assert.match(frame.toJson(), /"title":"WebAssembly"/);
  assert.equal(again.frameText(2n), DOCS[2][1]);
  assert.equal(again.frameTextByUri('mv2://docs/0'), DOCS[0][1]);
  assert.equal(again.frameByUri('mv2://docs/2').id, 2n);
  again.close();
});

test('relative paths resolve against the working directory', () => {
  const cwd = process.cwd();
  process.chdir(scratch);
  try {
    // The module took the working directory at load time; relative paths use that one.
    const store = MemvidStore.create(path.relative(cwd, at('relative.mv2')));
    store.close();
  } finally {
    process.chdir(cwd);
  }
  assert.ok(fs.existsSync(at('relative.mv2')));
});

test('put options reach the frame; JSON options', () => {
  const store = MemvidStore.create(at('meta.mv2'));
  const o = titled('Quarterly notes', 'mv2://notes/q3');
  o.setKind('note');
  o.setTrack('work');
  o.addTag('planning');
  o.addLabel('meeting');
  o.setMetadata('team', 'search');
  o.setSearchText('quarterly planning meeting agenda');
  o.setTimestamp(1700000000n);
  o.setAutoTag(false);
  o.setExtractDates(false);
  o.setExtractTriplets(false);
  o.setInstantIndex(true);
  o.setDedup(true);
  assert.equal(store.putText('Notes of the quarterly meeting.', o), 0n);
  assert.equal(store.putBytes([0, 1, 2, 255], null), 1n);
  const fromJson = MemvidPutOptions.fromJson('{"title":"From JSON","uri":"mv2://j/1","tags":["a"]}');
  assert.match(fromJson.toJson(), /"title":"From JSON"/);
  assert.equal(store.putText('configured through JSON', fromJson), 2n);
  store.commit();
  const frame = store.frame(0n);
  assert.equal(frame.kind, 'note');
  assert.equal(frame.track, 'work');
  assert.equal(frame.timestamp, 1700000000n);
  const json = frame.toJson();
  for (const needle of ['"planning"', '"meeting"', '"team":"search"']) assert.ok(json.includes(needle), needle);
  assert.equal(store.frame(2n).title, 'From JSON');
  throwsCode(() => MemvidPutOptions.fromJson('{'), 'MV205');
  throwsCode(() => MemvidPutOptions.fromJson('{"tags":"not a list"}'), 'MV206');
  store.close();
});

test('find options: scope, uri, k, snippet, time travel', () => {
  const store = make('opts.mv2');
  const o = new MemvidFindOptions();
  o.setSnippetChars(40);
  o.setAsOfFrame(10n);
  o.setAsOfTs(4102444800n);
  o.setScope('mv2://docs/');
  o.setUri('mv2://docs/0');
  assert.equal(store.find('tomatoes', o).len, 0);
  assert.equal(store.find('rust', o).len, 1);
  throwsCode(() => o.setK(0), 'MV202');
  throwsCode(() => store.find('', null), 'MV120');
  store.close();
});

test('queries are plain text by default, memvid operators on request', () => {
  const store = make('syntax.mv2');
  // Plain (the default): "and" and "OR" are words like any other.
  assert.deepEqual(ids(store.find('safety and speed', null)), [0n]);
  assert.equal(store.find('rust OR tomatoes', null).len, 0);
  const o = new MemvidFindOptions();
  o.setSyntax(MemvidQuerySyntax.Plain);
  assert.equal(store.find('rust OR tomatoes', o).len, 0);
  // Operators: OR is a disjunction, and a lone "and" is malformed.
  o.setSyntax(MemvidQuerySyntax.Operators);
  assert.deepEqual(ids(store.find('rust OR tomatoes', o)).sort(), [0n, 2n]);
  throwsCode(() => store.find('and', o), 'MV120');
  store.close();
});

test('vector and hybrid find, vec_search, and their errors', () => {
  const store = make('vec.mv2', true);
  assert.deepEqual(ids(store.vecSearch(axis(1), 2)), [1n, 0n]);
  const o = new MemvidFindOptions();
  o.setMode(MemvidFindMode.Vec);
  o.setK(1);
  o.setQueryEmbedding(axis(2));
  assert.deepEqual(ids(store.find('', o)), [2n]);
  o.setMode(MemvidFindMode.Hybrid);
  o.setK(5);
  o.setQueryEmbedding(axis(1));
  const fused = ids(store.find('rust', o));
  assert.ok(fused.includes(0n) && fused.includes(1n), String(fused));
  assert.equal(store.state().vecDimension, 4);
  throwsCode(() => store.vecSearch([1, 0], 3), 'MV014');
  throwsCode(() => store.vecSearch([NaN, 0, 0, 0], 3), 'MV202');
  throwsCode(() => store.vecSearch([], 3), 'MV202');
  throwsCode(() => store.vecSearch(axis(0), 0), 'MV202');
  throwsCode(() => store.putTextWithEmbedding('wrong size', [1, 2], null), 'MV014');
  const noEmbedding = new MemvidFindOptions();
  noEmbedding.setMode(MemvidFindMode.Vec);
  throwsCode(() => store.find('rust', noEmbedding), 'MV202');
  store.close();
  const plain = make('novec.mv2');
  throwsCode(() => plain.vecSearch(axis(0), 3), 'MV011');
  plain.close();
});

test('open and create errors have their codes', () => {
  throwsCode(() => MemvidStore.open(at('missing.mv2')), 'MV013');
  throwsCode(() => MemvidStore.openReadOnly(at('missing.mv2')), 'MV013');
  fs.writeFileSync(at('junk.mv2'), Buffer.alloc(8192, 'j'));
  throwsCode(() => MemvidStore.open(at('junk.mv2')), 'MV012');
  const info = throwsCode(() => MemvidStore.create(at('junk.mv2')), 'MV209');
  assert.deepEqual([info.number, info.name], [209, 'AlreadyExists']);
  assert.equal(fs.readFileSync(at('junk.mv2')).length, 8192, 'create must not truncate');
  throwsCode(() => MemvidStore.create(at('no/such/dir/x.mv2')), 'MV013');
  throwsCode(() => MemvidStore.create(''), 'MV202');
  assert.equal(new MemvidErrorCode('Locked').ffiValue, 7);
});

test('a second writer in the same process gets MV007', () => {
  const first = make('locked.mv2');
  throwsCode(() => MemvidStore.open(at('locked.mv2')), 'MV007');
  first.close();
  MemvidStore.open(at('locked.mv2')).close();
});

test('bad input and the JSON API', () => {
  const store = make('bad.mv2');
  throwsCode(() => store.putText('', null), 'MV202');
  throwsCode(() => store.putBytes([], null), 'MV202');
  throwsCode(() => store.frame(99n), 'MV010');
  throwsCode(() => store.frameByUri('mv2://nowhere'), 'MV010');
  throwsCode(() => store.frameText(99n), 'MV010');
  throwsCode(() => store.deleteFrame(99n), 'MV010');
  assert.equal(store.state().pendingFrames, 0n);
  const response = JSON.parse(store.searchJson('{"query":"webassembly","top_k":3,"snippet_chars":80}'));
  assert.equal(response.hits[0].frame_id, 1);
  throwsCode(() => store.searchJson('{"query":'), 'MV205');
  throwsCode(() => store.searchJson('{"query":"x"}'), 'MV206');
  const timeline = JSON.parse(store.timelineJson('{"limit":2,"since":null,"until":null,"reverse":true}'));
  assert.deepEqual(timeline.map((e) => e.frame_id), [2, 1]);
  assert.equal(JSON.parse(store.statsJson()).frame_count, 3);
  store.close();
});

test('read-only handles refuse writes and leave the bytes unchanged', () => {
  make('ro.mv2').close();
  const before = fs.readFileSync(at('ro.mv2'));
  const store = MemvidStore.openReadOnly(at('ro.mv2'));
  assert.ok(store.isReadOnly);
  assert.ok(!store.isPoisoned);
  assert.ok(store.state().readOnly);
  throwsCode(() => store.putText('nope', null), 'MV204');
  throwsCode(() => store.commit(), 'MV204');
  throwsCode(() => store.deleteFrame(0n), 'MV204');
  const batch = new MemvidPutBatch();
  batch.addText('nope', null);
  throwsCode(() => store.putMany(batch), 'MV204');
  assert.equal(store.find('rust', null).len, 1);
  store.close();
  assert.ok(before.equals(fs.readFileSync(at('ro.mv2'))), 'read-only use changed the file');
});

test('timeline queries and deletes', () => {
  const store = MemvidStore.create(at('timeline.mv2'));
  for (let i = 0; i < 3; i++) {
    const o = new MemvidPutOptions();
    o.setTimestamp(BigInt(100 * (i + 1)));
    store.putText(`timeline entry number ${i}`, o);
  }
  store.commit();
  const q = new MemvidTimelineQuery();
  q.setReverse(true);
  q.setLimit(2n);
  const newest = store.timeline(q);
  assert.equal(newest.len, 2);
  assert.deepEqual([...newest].map((e) => [e.frameId, e.timestamp]), [[2n, 300n], [1n, 200n]]);
  assert.match(newest.get(0).preview, /timeline entry/);
  assert.match(newest.toJson(), /^\[/);
  throwsCode(() => q.setLimit(0n), 'MV202');
  const window = new MemvidTimelineQuery();
  window.setSince(150n);
  window.setUntil(250n);
  assert.equal(store.timeline(window).len, 1);
  assert.equal(store.timeline(MemvidTimelineQuery.fromJson('{"limit":1,"since":null,"until":null,"reverse":false}')).len, 1);
  store.deleteFrame(1n);
  store.commit();
  assert.ok(!store.frame(1n).isActive);
  throwsCode(() => store.deleteFrame(1n), 'MV113');
  assert.equal(store.timeline(null).len, 2);
  store.close();
});

test('put_many keeps all 5,000 documents across a reopen', () => {
  const store = MemvidStore.create(at('many.mv2'));
  const batch = new MemvidPutBatch();
  for (let i = 0; i < 5000; i++) {
    batch.addText(`batch document ${i} token${i}x`, titled(`doc ${i}`, `mv2://batch/${i}`));
  }
  batch.addTextWithEmbedding('with a vector', [1, 2, 3], null);
  batch.addBytes([1, 2, 3], null);
  assert.equal(batch.len, 5002);
  const frameIds = store.putMany(batch);
  assert.equal(frameIds.len, 5002);
  assert.deepEqual([frameIds.get(0), frameIds.get(4999), frameIds.get(5002)], [0n, 4999n, null]);
  let expected = 0n;
  for (const id of frameIds) assert.equal(id, expected++);
  store.close();

  const again = MemvidStore.openReadOnly(at('many.mv2'));
  assert.equal(again.stats().frameCount, 5002n);
  for (let i = 0; i < 5000; i += 1) assert.equal(again.frame(BigInt(i)).uri, `mv2://batch/${i}`);
  for (const i of [0, 1234, 4999]) assert.deepEqual(ids(again.find(`token${i}x`, null)), [BigInt(i)]);
  again.close();
});

const peer = process.env.MEMVID_NATIVE_PEER;

test('a file written from JS is read by the native library', { skip: !peer && 'MEMVID_NATIVE_PEER not set' }, () => {
  make('to-native.mv2').close();
  const out = execFileSync(peer, ['read', at('to-native.mv2'), 'tomatoes'], { encoding: 'utf8' });
  assert.equal(out, 'frames 3\nhit 2 Gardening\n');
});

test('a file written natively is read from JS', { skip: !peer && 'MEMVID_NATIVE_PEER not set' }, () => {
  execFileSync(peer, ['write', at('from-native.mv2')]);
  const store = MemvidStore.openReadOnly(at('from-native.mv2'));
  assert.equal(store.stats().frameCount, 3n);
  const hits = [...store.find('lemons', null)];
  assert.deepEqual(hits.map((h) => [h.frameId, h.title]), [[1n, 'Native two']]);
  store.close();
});

// The JS suite for the rest of memvid, over the WebAssembly build: maintenance, updates and
// corrections, payloads, time travel, sessions, memory cards, tables, encryption, ask, tickets
// and callJson.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  MemvidStore, MemvidMaintenance, MemvidDoctorOptions, MemvidDoctorStatus, MemvidEncryption, MemvidAskOptions,
  MemvidTimelineQuery, MemvidMemoryKind, MemvidFactFormat, errorInfo,
} from '../../bindings/memvid.mjs';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'memvid-js-features-'));
const at = (name) => path.join(scratch, name);
process.on('exit', () => fs.rmSync(scratch, { recursive: true, force: true }));

function withNotes(name, notes) {
  const store = MemvidStore.create(at(name));
  for (const note of notes) store.putText(note, null);
  store.commit();
  return store;
}

function throwsCode(fn, code) {
  assert.throws(fn, (e) => errorInfo(e)?.code === code, `expected ${code}`);
}

/** A shared test PDF (tests/fixtures/README.md). */
const fixture = (name) => new URL(`../fixtures/${name}`, import.meta.url).pathname;

// Diplomat 0.17's JS backend returns bools from wasm as 1 / 0: they are tested for truthiness.
const strings = (list) => Array.from({ length: list.len }, (_, i) => list.get(i));

test('verify and doctor a closed file; the lock holder while open', () => {
  const file = at('maint.mv2');
  const store = withNotes('maint.mv2', ['Tomatoes need sunlight.', 'Basil likes warmth.']);
  const holder = MemvidMaintenance.lockHolder(file);
  assert.ok(holder.held);
  assert.ok(holder.thisProcess);
  throwsCode(() => MemvidMaintenance.verify(file, false), 'MV007');
  store.close();

  const report = MemvidMaintenance.verify(file, true);
  assert.ok(report.passed);
  assert.ok(report.checkCount >= 5);
  const options = new MemvidDoctorOptions({ rebuildTimeIndex: false, rebuildLexIndex: true, rebuildVecIndex: false, vacuum: false });
  const plan = MemvidMaintenance.doctorPlan(file, options);
  assert.ok(!plan.isNoop);
  assert.equal(plan.apply().status, MemvidDoctorStatus.Healed);
  const json = JSON.parse(MemvidMaintenance.callJson('verify', JSON.stringify({ path: file })));
  assert.equal(json.overall_status, 'passed');
  throwsCode(() => MemvidMaintenance.callJson('verify', JSON.stringify({ path: file, deeep: true })), 'MV206');
});

test('update, correction, payload bytes and time travel', () => {
  const store = withNotes('frames.mv2', ['WebAssembly runs in browsers.']);
  assert.equal(store.updateText(0n, 'WebAssembly runs in browsers and on servers.', null), 1n);
  const correction = store.correct('Correction: WebAssembly runs outside browsers too.', 2, null);
  store.commit();
  assert.ok(!store.frame(0n).isActive);
  const answer = store.ask('where does WebAssembly run?', null);
  assert.equal(answer.sources().get(0).frameId, correction);

  const id = store.putBytes([0, 1, 2, 255, 0, 7], null);
  store.commit();
  assert.deepEqual(Array.from(store.framePayload(id).bytes()), [0, 1, 2, 255, 0, 7]);
  throwsCode(() => store.framePayload(99n), 'MV010');

  const q = new MemvidTimelineQuery();
  q.setAsOfFrame(1n);
  assert.deepEqual(Array.from(store.timeline(q), (e) => e.frameId), [1n]);
  store.close();
});

test('sessions persist across reopen', () => {
  const file = at('sessions.mv2');
  const store = MemvidStore.create(file);
  const id = store.startSession('import');
  store.putText('a recorded note', null);
  store.commit();
  assert.equal(store.checkpoint(), 0n);
  const session = store.endSession();
  assert.equal(session.id, id);
  assert.equal(session.checkpointCount, 1);
  throwsCode(() => store.endSession(), 'MV202');
  store.close();
  const again = MemvidStore.open(file);
  assert.deepEqual(strings(again.sessionIds()), [id]);
  assert.equal(again.session(id).name, 'import');
  again.deleteSession(id);
  assert.equal(JSON.parse(again.callJson('sessions', '')).length, 0);
  again.close();
});

test('memory cards: rules engine, by hand, export', () => {
  const store = withNotes('cards.mv2', ['I work at Acme Robotics.']);
  const run = store.enrich();
  assert.equal(run.frames, 1n);
  assert.ok(run.cards >= 1n);
  store.addMemoryCard(MemvidMemoryKind.Preference, 'user', 'drink', 'tea', 0n);
  const slots = Array.from(store.entityState('user'), (c) => `${c.slot}=${c.value}`);
  assert.ok(slots.includes('drink=tea'), slots.join(', '));
  assert.ok(slots.some((s) => s.startsWith('employer=')), slots.join(', '));
  assert.match(store.exportFacts(MemvidFactFormat.Csv), /user,drink,tea/);
  const added = JSON.parse(store.callJson('add_memory_cards', JSON.stringify({ cards: [{ entity: 'acme', slot: 'city', value: 'Porto' }] })));
  assert.equal(added.ids.length, 1);
  assert.deepEqual(strings(store.memoryEntities()), ['acme', 'user']);
  store.close();
});

test('tables, encryption, ask context-only, tickets', () => {
  const file = at('misc.mv2');
  const store = withNotes('misc.mv2', ['The ferry leaves the harbour at seven.', 'Tomatoes need sunlight.']);
  const tables = strings(store.importTables(fixture('stock.pdf')));
  assert.equal(tables.length, 1);
  store.commit();
  const table = store.table(tables[0]);
  assert.equal(table.rowCount, 3);
  assert.match(table.rowsJson(), /"Nuts"/);

  const options = new MemvidAskOptions();
  options.setContextOnly(true);
  const context = store.ask('ferry', options);
  assert.ok(!context.hasAnswer);
  assert.match(context.context, /ferry/);

  assert.equal(store.capacity(), 50n * 1024n * 1024n);
  store.applyTicket('self-hosted', 2n, 0n, 0n);
  assert.equal(store.ticket().seqNo, 2n);
  assert.equal(store.ticketIssuer(), 'self-hosted');
  throwsCode(() => store.applyTicket('self-hosted', 2n, 0n, 0n), 'MV003');
  store.close();

  const capsule = MemvidEncryption.lock(file, 's3cret', '');
  assert.equal(capsule, `${file}e`);
  throwsCode(() => MemvidEncryption.unlock(capsule, 'wrong', at('back.mv2')), 'MV016');
  assert.equal(fs.existsSync(at('back.mv2')), false);
  MemvidEncryption.unlock(capsule, 's3cret', at('back.mv2'));
  const back = MemvidStore.openReadOnly(at('back.mv2'));
  assert.equal(back.find('ferry', null).len, 1);
  back.close();
});


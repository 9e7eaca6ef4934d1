// quickstart: create a memory, put notes, commit, search, print the hits (Node 20+).
//   cargo tool wasm && cd examples/js && npm install && node --no-warnings quickstart.mjs /tmp/notes.mv2
import { MemvidStore, MemvidPutOptions, MemvidFindOptions, errorInfo } from '@memvid-ffi/memvid';

const [path, query = 'portable binary'] = process.argv.slice(2);
if (!path) {
  console.error('usage: quickstart.mjs <new-file.mv2> [query]');
  process.exit(2);
}
const notes = {
  'Rust ownership': 'Every value in Rust has a single owner; it is dropped when the owner goes out of scope.',
  WebAssembly: 'WebAssembly is a portable binary format that runs in browsers and in Node.js.',
  memvid: 'memvid keeps documents, a full-text index and vectors together in one .mv2 file.',
};

try {
  const store = MemvidStore.create(path); // ordinary paths, relative to the working directory
  for (const [title, text] of Object.entries(notes)) {
    const options = new MemvidPutOptions();
    options.setTitle(title);
    console.log(`put frame ${store.putText(text, options)}: ${title}`);
  }
  store.commit(); // puts become durable and searchable here
  const findOptions = new MemvidFindOptions();
  findOptions.setK(3);
  const hits = [...store.find(query, findOptions)];
  console.log(`\nfind "${query}": ${hits.length} hit(s)`);
  for (const hit of hits) console.log(`  #${hit.rank} frame ${hit.frameId}  score ${hit.score.toFixed(3)}  ${hit.title}`);
  store.close();
  process.exit(hits.length ? 0 : 1);
} catch (e) {
  const info = errorInfo(e); // { code: 'MV209', number, name, message } for memvid errors
  console.error(info ? `${info.code}: ${info.message}` : e);
  process.exit(1);
}

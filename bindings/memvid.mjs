// memvid for JavaScript (Node 20+, ESM): the generated bindings (./js) over the WebAssembly build.
//
//   import { MemvidStore, MemvidFindOptions, errorInfo } from '@memvid-ffi/memvid';
//   const store = MemvidStore.create('notes.mv2');
//   store.putText('Tomatoes need full sun.', null);
//   store.commit();
//   for (const hit of store.find('tomatoes', null)) console.log(hit.frameId, hit.title);
//   store.close();
//
// Failures throw an Error whose `cause` is a MemvidError; errorInfo(e) gives
// { code: 'MV013', number: 13, name: 'FileNotFound', message }.
export * from './js/index.mjs';
import { MemvidError } from './js/index.mjs';

/** The stable code and message of an error thrown by this package, or null for other errors. */
export function errorInfo(e) {
  const err = e?.cause instanceof MemvidError ? e.cause : e instanceof MemvidError ? e : null;
  if (!err) return null;
  const code = err.code;
  return { code: err.codeStr, number: code.ffiValue, name: code.value, message: err.message };
}

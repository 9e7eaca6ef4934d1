// Loader configuration for the generated JS (bindings/js/diplomat-wasm.mjs imports it).
//
// The module is built for wasm32-wasip1 (`cargo tool wasm`), so it imports WASI functions, which
// Diplomat's loader does not provide: this file wraps WebAssembly.instantiate once, adds
// node:wasi's imports to Diplomat's, and initializes WASI before Diplomat runs its own init.
// Files are reached by ordinary host paths: the whole file system is preopened as `/`, and
// relative paths are resolved against the host's working directory (passed as PWD).
import { WASI } from 'node:wasi';
import os from 'node:os';
import process from 'node:process';

const wasi = new WASI({
  version: 'preview1',
  env: { ...process.env, PWD: process.cwd(), TMPDIR: process.env.TMPDIR ?? os.tmpdir() },
  preopens: { '/': '/' },
  returnOnExit: true,
});

// Each WASI function is called through a plain JS function rather than imported directly.
// Imported directly, Node 20's node:wasi functions are called from wasm through V8's fast API
// path, and a long write workload (thousands of puts) then corrupts the JS heap and crashes the
// process (seen here with Node 20.20.2 about one run in two; never with this indirection).
function wasiImports() {
  const imports = wasi.getImportObject();
  const direct = imports.wasi_snapshot_preview1;
  const wrapped = {};
  for (const [name, fn] of Object.entries(direct)) wrapped[name] = (...args) => fn(...args);
  return { ...imports, wasi_snapshot_preview1: wrapped };
}

const instantiate = WebAssembly.instantiate;
WebAssembly.instantiate = async function (source, imports, ...rest) {
  // Only Diplomat's call carries its own import object; anything else passes through.
  if (!imports?.env || !('diplomat_throw_error_js' in imports.env)) {
    return instantiate.call(this, source, imports, ...rest);
  }
  WebAssembly.instantiate = instantiate;
  const result = await instantiate.call(this, source, { ...imports, ...wasiImports() }, ...rest);
  wasi.initialize(result.instance ?? result);
  return result;
};

export default {
  wasm_path: process.env.MEMVID_WASM ?? new URL('./memvid_ffi.wasm', import.meta.url),
};

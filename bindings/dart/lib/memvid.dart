/// memvid for Dart and Flutter: one `.mv2` file holding documents, a full-text index and
/// vectors, through the memvid-ffi C library.
///
/// Everything here is generated from the Rust bridge (`ffi/src/*.rs`) by diplomat-tool; the
/// generated library is `src/lib.g.dart`, whose part files hold one type each, so this single
/// export is the whole API. Open a memory with [MemvidStore.create] or [MemvidStore.open];
/// failures throw [MemvidError], whose `codeStr` is the stable code (`"MV013"`).
///
/// Native memory is released by finalizers; call [MemvidStore.close] to commit and release the
/// file (and its writer lock) at a known point instead of at garbage collection.
library;

export 'src/lib.g.dart';

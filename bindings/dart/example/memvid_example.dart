// Creates a memory, puts three notes, commits, searches, and prints the hits.
//
//   cd bindings/dart && dart run example/memvid_example.dart /tmp/notes.mv2 "portable binary"
//
// The first run compiles the Rust library through hook/build.dart (a few minutes).

import 'dart:io';

import 'package:memvid/memvid.dart';

const notes = {
  'Rust ownership': 'Every value in Rust has a single owner; it is dropped when the owner goes out of scope.',
  'WebAssembly': 'WebAssembly is a portable binary format that runs in browsers and in Node.js.',
  'memvid': 'memvid keeps documents, a full-text index and vectors together in one .mv2 file.',
};

void main(List<String> args) {
  if (args.isEmpty) {
    stderr.writeln('usage: memvid_example.dart <new-file.mv2> [query]');
    exit(2);
  }
  final query = args.length > 1 ? args[1] : 'portable binary';
  try {
    final mem = MemvidStore.create(args[0]); // MV209 if the file already exists
    try {
      for (final MapEntry(key: title, value: text) in notes.entries) {
        final options = MemvidPutOptions()..setTitle(title);
        print('put frame ${mem.putText(text, options)}: $title');
      }
      mem.commit(); // puts become durable and searchable here
      final hits = mem.find(query);
      print('\nfind "$query": ${hits.len} hit(s)');
      for (final hit in hits) {
        print('  #${hit.rank} frame ${hit.frameId}  score ${hit.score.toStringAsFixed(3)}  ${hit.title}');
      }
      exitCode = hits.isEmpty ? 1 : 0;
    } finally {
      mem.close(); // commits anything pending and releases the writer lock now
    }
  } on MemvidError catch (e) {
    stderr.writeln('error ${e.codeStr}: ${e.message}');
    exitCode = 1;
  }
}

<?php
// quickstart: create a memory, put notes, commit, search, print the hits.
//   cargo tool build && MEMVID_LIB=target/debug/libmemvid_ffi.so php examples/php/quickstart.php /tmp/notes.mv2
declare(strict_types=1);
require __DIR__ . '/../../bindings/php/src/Memvid.php';

use Memvid\Memory;
use Memvid\MemvidException;

[$_, $path, $query] = $argv + [null, null, 'portable binary'];
if ($path === null) {
    fwrite(STDERR, "usage: quickstart.php <new-file.mv2> [query]\n");
    exit(2);
}
try {
    $mem = Memory::create($path);
    $notes = [
        'Rust ownership' => 'Every value in Rust has a single owner; it is dropped when the owner goes out of scope.',
        'WebAssembly' => 'WebAssembly is a portable binary format that runs in browsers and in Node.js.',
        'memvid' => 'memvid keeps documents, a full-text index and vectors together in one .mv2 file.',
    ];
    foreach ($notes as $title => $text) {
        printf("put frame %d: %s\n", $mem->put($text, ['title' => $title]), $title);
    }
    $mem->commit(); // puts become durable and searchable here
    $hits = $mem->find($query, ['k' => 3]);
    printf("\nfind \"%s\": %d hit(s)\n", $query, count($hits));
    foreach ($hits as $hit) {
        printf("  #%d frame %d  score %.3f  %s\n", $hit['rank'], $hit['frame_id'], $hit['score'], $hit['title']);
    }
    $mem->close();
    exit($hits ? 0 : 1);
} catch (MemvidException $e) { // $e->getCodeString() is the stable code, e.g. "MV209"
    fwrite(STDERR, $e->getMessage() . "\n");
    exit(1);
}

<?php
// The PHP suite: bindings/php against the real library. Run by `cargo tool test`.
declare(strict_types=1);
require __DIR__ . '/../../bindings/php/src/Memvid.php';

use Memvid\Memory;
use Memvid\MemvidException;

$scratch = sys_get_temp_dir() . '/memvid-php-' . getmypid();
@mkdir($scratch);
$path = fn (string $name) => "$scratch/$name";

const DOCS = [
    ['Rust', 'Rust is a systems programming language focused on safety and speed.'],
    ['WebAssembly', 'WebAssembly runs compiled code inside browsers and Node.js.'],
    ['Gardening', 'Tomatoes need sunlight, water and patience to ripen in summer.'],
];
$axis = function (int $i): array { $v = [0.05, 0.05, 0.05, 0.05]; $v[$i] = 1.0; return $v; };
$make = function (string $name, bool $vectors = false) use ($path, $axis): Memory {
    $mem = Memory::create($path($name));
    foreach (DOCS as $i => [$title, $text]) {
        $opts = ['title' => $title, 'uri' => "mv2://docs/$i", 'tags' => ['t']];
        if ($vectors) $opts['embedding'] = $axis($i);
        check($mem->put($text, $opts) === $i);
    }
    $mem->commit();
    return $mem;
};
function check(bool $cond, string $what = 'check'): void { if (!$cond) throw new \LogicException("$what failed"); }
function expectCode(string $code, callable $fn): MemvidException {
    try { $fn(); } catch (MemvidException $e) {
        check($e->getCodeString() === $code, "expected $code, got " . $e->getMessage());
        return $e;
    }
    throw new \LogicException("expected $code, got success");
}

$tests = [
    'version' => fn () => check(str_contains(Memory::version(), 'memvid-core 2.0.140')),
    'create_put_find_reopen' => function () use ($make, $path) {
        $mem = $make('round.mv2');
        $hits = $mem->find('tomatoes sunlight');
        check(count($hits) === 1 && $hits[0]['frame_id'] === 2 && $hits[0]['title'] === 'Gardening' && $hits[0]['score'] > 0);
        $mem->close();
        expectCode('MV203', fn () => $mem->find('rust'));
        $ro = Memory::open($path('round.mv2'), true);
        check($ro->stats()['frame_count'] === 3 && $ro->state()['read_only']);
        check($ro->frameText(1) === DOCS[1][1] && $ro->frameText('mv2://docs/0') === DOCS[0][1]);
        check($ro->frame('mv2://docs/2')['title'] === 'Gardening' && $ro->frame(2)['id'] === 2);
        expectCode('MV204', fn () => $ro->put('nope'));
        $ro->close();
    },
    'put_many_timeline_delete' => function () use ($path) {
        $mem = Memory::create($path('many.mv2'));
        $docs = [];
        for ($i = 0; $i < 300; $i++) $docs[] = ['text' => "batch doc $i marker{$i}z", 'timestamp' => 1000 + $i];
        $ids = $mem->putMany($docs);
        check($ids === range(0, 299));
        check($mem->state()['pending_frames'] === 300);
        $mem->commit();
        check(array_column($mem->find('marker123z'), 'frame_id') === [123]);
        check(array_column($mem->timeline(['limit' => 2, 'reverse' => true]), 'frame_id') === [299, 298]);
        check(count($mem->timeline(['since' => 1010, 'until' => 1019])) === 10);
        $mem->delete(123);
        $mem->commit();
        check($mem->find('marker123z') === []);
        expectCode('MV206', fn () => $mem->timeline(['limit' => 0]));
        $mem->close();
    },
    'query_syntax' => function () use ($make) {
        $mem = $make('syntax.mv2');
        check(array_column($mem->find('safety and speed'), 'frame_id') === [0], 'plain words');
        check($mem->find('rust OR tomatoes') === [], 'plain OR is a word');
        check($mem->find('rust OR tomatoes', ['syntax' => 'plain']) === [], 'explicit plain');
        $either = array_column($mem->find('rust OR tomatoes', ['syntax' => 'operators']), 'frame_id');
        sort($either);
        check($either === [0, 2], 'operators OR');
        expectCode('MV120', fn () => $mem->find('and', ['syntax' => 'operators']));
        try {
            $mem->find('rust', ['syntax' => 'lucene']);
            check(false, 'unknown syntax rejected');
        } catch (\InvalidArgumentException $e) {
            check($e->getMessage() === 'syntax must be plain or operators');
        }
        $mem->close();
    },
    'vec_and_hybrid' => function () use ($make, $axis) {
        $mem = $make('vec.mv2', true);
        check(array_column($mem->vecSearch($axis(1), 2), 'frame_id') === [1, 0]);
        $fused = array_column($mem->find('rust', ['mode' => 'hybrid', 'embedding' => $axis(1)]), 'frame_id');
        check(in_array(0, $fused, true) && in_array(1, $fused, true));
        expectCode('MV014', fn () => $mem->vecSearch([1.0, 0.0], 3));
        expectCode('MV202', fn () => $mem->vecSearch([NAN, 0.0, 0.0, 0.0], 3));
        expectCode('MV202', fn () => $mem->find('rust', ['mode' => 'vec']));
        $mem->close();
    },
    'errors_have_codes' => function () use ($make, $path) {
        expectCode('MV013', fn () => Memory::open($path('missing.mv2')));
        file_put_contents($path('junk.mv2'), str_repeat('j', 8192));
        expectCode('MV012', fn () => Memory::open($path('junk.mv2')));
        $e = expectCode('MV209', fn () => Memory::create($path('junk.mv2')));
        check($e->getCode() === 209 && $e->getName() === 'AlreadyExists');
        $mem = $make('errs.mv2');
        expectCode('MV007', fn () => Memory::open($path('errs.mv2')));
        expectCode('MV120', fn () => $mem->find(''));
        expectCode('MV010', fn () => $mem->frame(42));
        expectCode('MV201', fn () => $mem->put("caf\xc3"));
        expectCode('MV206', fn () => $mem->searchJson(['query' => 'x']));
        check($mem->searchJson(['query' => 'webassembly', 'top_k' => 2, 'snippet_chars' => 40])['hits'][0]['frame_id'] === 1);
        $mem->close();
    },
    'call_json_and_maintenance' => function () use ($path) {
        $mem = Memory::create($path('calls.mv2'));
        $mem->put('I work at Acme Robotics.');
        $mem->commit();
        check($mem->call('enrich')['cards'] >= 1, 'enrich');
        $cards = $mem->call('memories', ['entity' => 'user', 'slot' => 'employer']);
        check(count($cards) === 1 && str_contains($cards[0]['value'], 'Acme'), 'memories');
        check(count($mem->call('ask', ['question' => 'Acme', 'context_only' => true])['retrieval']['hits']) >= 1, 'ask');
        expectCode('MV206', fn () => $mem->call('defrag'));
        $mem->close();
        check(Memory::maintenance('verify', ['path' => $path('calls.mv2')])['overall_status'] === 'passed', 'verify');
    },
];

$passed = $failed = 0;
foreach ($tests as $name => $test) {
    try { $test(); $passed++; echo "ok   $name\n"; }
    catch (\Throwable $t) { $failed++; echo "FAIL $name: ", $t->getMessage(), " (line ", $t->getLine(), ")\n"; }
    gc_collect_cycles();
}
exec('rm -rf ' . escapeshellarg($scratch));
echo "php: $passed passed, $failed failed\n";
exit($failed === 0 ? 0 : 1);

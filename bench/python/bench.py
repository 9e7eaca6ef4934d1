"""The Python path of `cargo tool bench`: the workload through bindings/python (ctypes), with
the library named by MEMVID_LIB (protocol: tool/src/bench.rs).
Usage: bench.py <workload_dir> <out_dir>; prints `RESULT {json}`."""
import json
import os
import resource
import sys
import time
from array import array

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "bindings", "python"))
import memvid  # noqa: E402


def main(directory: str, out: str) -> None:
    meta = json.load(open(os.path.join(directory, "meta.json")))
    dim = meta["dim"]

    def lines(name):
        return open(os.path.join(directory, name), encoding="utf-8").read().split("\n")[:-1]

    def rows(name):
        flat = array("f", open(os.path.join(directory, name), "rb").read())
        return [flat[i:i + dim] for i in range(0, len(flat), dim)]

    docs, queries = lines("docs.txt"), lines("queries.txt")
    vectors, qvectors = rows("vectors.f32"), rows("qvectors.f32")
    n, q = len(docs), len(queries)
    now = time.perf_counter_ns
    result = {}

    mem = memvid.Memory.create(os.path.join(out, "single.mv2"))
    start = now()
    for doc, vector in zip(docs, vectors):
        mem.put(doc, embedding=vector)
    result["put_us"] = (now() - start) / 1e3 / n
    start = now()
    mem.commit()
    result["commit_ms"] = (now() - start) / 1e6
    mem.close()

    batch_path = os.path.join(out, "batch.mv2")
    mem = memvid.Memory.create(batch_path)
    start = now()
    for first in range(0, n, meta["batch"]):
        mem.put_many(memvid.Doc(d, embedding=v) for d, v in zip(docs[first:first + meta["batch"]], vectors[first:first + meta["batch"]]))
    result["put_many_us"] = (now() - start) / 1e3 / n
    mem.commit()

    hits = 0
    start = now()
    for query in queries:
        hits += len(mem.find(query))
    result["find_us"] = (now() - start) / 1e3 / q

    start = now()
    for vector in qvectors:
        mem.vec_search(vector, 10)
    result["vec_search_us"] = (now() - start) / 1e3 / q

    start = now()
    for _ in range(meta["stats_calls"]):
        mem.stats()
    result["stats_us"] = (now() - start) / 1e3 / meta["stats_calls"]
    mem.close()

    start = now()
    for _ in range(meta["open_close"]):
        memvid.Memory.open(batch_path, read_only=True).close()
    result["open_close_us"] = (now() - start) / 1e3 / meta["open_close"]

    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result["hits"] = hits
    print("RESULT " + json.dumps(result))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: bench.py <workload_dir> <out_dir>")
    main(sys.argv[1], sys.argv[2])

"""The official Python SDK's side of `cargo tool bench --search` (tool/src/search_bench.rs).

Usage:
  python search.py make <workload_dir> <file>
      a new memory holding the workload's documents and vectors (put_many in batches, one commit)
  python search.py find <workload_dir> <file> <queries>
      opens the file read-only and runs the first <queries> workload queries as
      find(mode="sem", query_embedding=...) and as find(mode="lex"), k = 10
Prints one line: RESULT {json} with the microseconds per search and each one's top-10 frame ids.
"""
import os

# Before the import: no telemetry, no model downloads (see bench.py).
os.environ["MEMVID_TELEMETRY"] = "0"
os.environ["MEMVID_OFFLINE"] = "1"
os.environ["HF_HUB_OFFLINE"] = "1"

import json
import sys
import time

import memvid_sdk

from bench import load, sdk_put_many


def make(workload, path):
    meta, docs, _, vectors, _ = load(workload)
    dim, n, b = meta["dim"], meta["docs"], meta["batch"]
    row = lambda i: vectors[i * dim : (i + 1) * dim].tolist()
    if os.path.exists(path):
        os.remove(path)
    mem = memvid_sdk.create(path, enable_vec=True, enable_lex=True)
    for s in range(0, n, b):
        e = min(s + b, n)
        sdk_put_many(mem, [{"title": f"doc {i}", "label": "doc", "text": docs[i]} for i in range(s, e)],
                     [row(i) for i in range(s, e)])
    mem.commit()
    stored = mem.stats()["frame_count"]
    mem.close()
    print("RESULT " + json.dumps({"docs": stored}))


def find(workload, path, count):
    meta, _, queries, _, qvectors = load(workload)
    dim = meta["dim"]
    mem = memvid_sdk.use("basic", path, read_only=True)
    ids = lambda result: [h["frame_id"] for h in result["hits"]]
    # Query rows are converted before the timed loop: the other side gets its vectors as floats.
    rows = [qvectors[i * dim : (i + 1) * dim].tolist() for i in range(count)]
    t = time.perf_counter_ns()
    vec = [ids(mem.find(queries[i], k=10, mode="sem", query_embedding=rows[i])) for i in range(count)]
    vec_us = (time.perf_counter_ns() - t) / 1e3 / count
    lex, errors = [], 0
    t = time.perf_counter_ns()
    for text in queries[:count]:
        try:
            lex.append(ids(mem.find(text, k=10, mode="lex")))
        except memvid_sdk.LexIndexDisabledError:
            lex.append(None)  # the sketch pre-filter's MV004 (see bench.py)
            errors += 1
    lex_us = (time.perf_counter_ns() - t) / 1e3 / count
    mem.close()
    info = memvid_sdk.info()
    print("RESULT " + json.dumps({"vec_us": vec_us, "lex_us": lex_us, "vec": vec, "lex": lex,
                                  "lex_errors": errors, "sdk": info["sdk_version"]}))


if __name__ == "__main__":
    if sys.argv[1] == "make":
        make(sys.argv[2], sys.argv[3])
    elif sys.argv[1] == "find":
        find(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    else:
        raise SystemExit(__doc__)

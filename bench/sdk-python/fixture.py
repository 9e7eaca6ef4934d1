"""Writes tests/fixtures/sdk-2.0.160-vector-segments.mv2: a memory made by the official Python
SDK (memvid-sdk 2.0.160, which builds memvid-core with `parallel_segments`), whose vectors live
in vector segments rather than in one vector index. ffi/tests/store.rs opens it, commits to it
and checks that the SDK's vectors survive. Run once, by hand, in the bench venv:

    target/bench/sdk-python-venv/bin/python bench/sdk-python/fixture.py tests/fixtures

Documents: "fixture document i" with word `wordi`, vectors 8-dim: 1.0 at i % 8, i / 100 at the last.
"""
import os
import sys

os.environ["MEMVID_TELEMETRY"] = "0"
os.environ["MEMVID_OFFLINE"] = "1"

import memvid_sdk

from bench import sdk_put_many

N, DIM = 24, 8


def vector(i):
    v = [0.0] * DIM
    v[i % DIM] = 1.0
    v[DIM - 1] += i / 100
    return v


def main(out):
    path = os.path.join(out, "sdk-2.0.160-vector-segments.mv2")
    for p in (path, path + ".lock"):
        if os.path.exists(p):
            os.remove(p)
    mem = memvid_sdk.create(path, enable_vec=True, enable_lex=True)
    sdk_put_many(mem, [{"title": f"doc {i}", "label": "doc", "text": f"fixture document {i} word{i}"} for i in range(N)],
                 [vector(i) for i in range(N)])
    mem.commit()
    mem.close()
    print(path)


if __name__ == "__main__":
    main(sys.argv[1])

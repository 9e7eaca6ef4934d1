"""Files both ways between this binding's commits and the official Python SDK (PyPI memvid-sdk),
for `cargo tool bench --scaling` (tool/src/scaling.rs).

Usage: python interop.py <workload_dir> <dir> <docs>
Needs this repository's Python package (bindings/python on PYTHONPATH) and its library
($MEMVID_LIB).

1. This binding writes: a new memory, <docs> workload documents put and committed one at a time
   (incremental commits), the writer left open; each document ends with a word of its own. What the SDK's read-only open sees (the file as
   of its last checkpoint) and what this binding's reader sees; then, the writer closed, what the
   SDK sees, and where its lexical find and its vector search put the last document.
2. The SDK writes: a new memory with <docs> documents (put_many, commit, close). This binding
   opens it, puts and commits <docs> more one at a time, closes; the SDK reads both halves back.

3. With $MEMVID_CLI (the official CLI's binary), what the CLI makes of both files (cli_view).

Prints one line: RESULT {json}. Any error raises, so the exit status is nonzero.
"""
import os

# Before the import: no telemetry, no model downloads (see bench.py).
os.environ["MEMVID_TELEMETRY"] = "0"
os.environ["MEMVID_OFFLINE"] = "1"
os.environ["HF_HUB_OFFLINE"] = "1"

import json
import re
import subprocess
import sys

import memvid
import memvid_sdk

from bench import load, sdk_put_many


def fresh(path):
    for p in (path, path + ".lock"):
        if os.path.exists(p):
            os.remove(p)
    return path


def sdk_view(path, lex_query, vector):
    """Frame count, and the frame ids of the SDK's top lexical and vector hits."""
    sdk = memvid_sdk.use("basic", path, read_only=True)
    try:
        frames = sdk.stats()["frame_count"]
        lex = [h["frame_id"] for h in sdk.find(lex_query, k=3, mode="lex")["hits"]]
        sem = [h["frame_id"] for h in sdk.find("x", k=3, mode="sem", query_embedding=vector)["hits"]]
        return {"frames": frames, "lex": lex, "sem": sem}
    finally:
        sdk.close()


def cli_view(path, documents, word, vector):
    """What the official CLI ($MEMVID_CLI, npm @memvid/cli-linux-x64) makes of the file: frames,
    deep verify, how many of a sample of 20 `documents` its lexical find (sketch pre-filter off:
    `--no-sketch`) and its vec-search put first. None without $MEMVID_CLI."""
    cli = os.environ.get("MEMVID_CLI")
    if not cli:
        return None
    run = lambda *args: subprocess.run([cli, *args], capture_output=True, text=True, timeout=120).stdout
    frames = int(re.search(r"Frames: (\d+) total", run("stats", path)).group(1))
    verify = "Overall: Passed" in run("verify", path, "--deep")
    sample = documents[:: max(1, len(documents) // 20)][:20]
    # The first hit is printed as "#1 mv2://frames/<id>" (the default URI of a frame put without one).
    lex = sum(re.search(rf"^#1 mv2://frames/{i} ", run("find", path, "--no-sketch", "--mode", "lex", "--query", word(i)),
                        re.M) is not None for i in sample)
    top = lambda i: re.search(r"frame (\d+) \(distance", run("vec-search", path, "--limit", "1",
                                                               "--vector=" + ",".join(map(repr, vector(i)))))
    sem = sum((m := top(i)) is not None and int(m.group(1)) == i for i in sample)
    return {"frames": frames, "deep_verify_passed": verify, "sample": len(sample), "lex_first": lex, "vec_first": sem}


def main(workload, out, n):
    meta, docs, _, vectors, _ = load(workload)
    dim = meta["dim"]
    row = lambda i: vectors[i * dim : (i + 1) * dim].tolist()
    # Each document ends with a word of its own, for the lexical finds.
    text = lambda i: f"{docs[i]} interop{i}x"
    unique_word = lambda i: f"interop{i}x"

    ours = fresh(os.path.join(out, "interop-ours.mv2"))
    mem = memvid.Memory.create(ours)
    for i in range(n):
        mem.put(text(i), embedding=row(i))
        mem.commit()
    sdk = memvid_sdk.use("basic", ours, read_only=True)
    open_writer = {"sdk": sdk.stats()["frame_count"]}
    sdk.close()
    reader = memvid.Memory.open(ours, read_only=True)
    open_writer["ours"] = reader.stats()["frame_count"]
    reader.close()
    mem.close()
    closed = sdk_view(ours, unique_word(n - 1), row(n - 1))
    cli_ours = cli_view(ours, list(range(n)), unique_word, row)

    theirs = fresh(os.path.join(out, "interop-sdk.mv2"))
    sdk = memvid_sdk.create(theirs, enable_vec=True, enable_lex=True)
    sdk_put_many(sdk, [{"title": f"doc {i}", "label": "doc", "text": text(i)} for i in range(n)],
                 [row(i) for i in range(n)])
    sdk.commit()
    sdk.close()
    mem = memvid.Memory.open(theirs)
    for i in range(n, 2 * n):
        mem.put(text(i), embedding=row(i))
        mem.commit()
    mem.close()
    first = sdk_view(theirs, unique_word(0), row(0))
    last = sdk_view(theirs, unique_word(2 * n - 1), row(2 * n - 1))
    # The CLI on the SDK file: the documents this binding added (the SDK's own vectors are not
    # the ones it was given, see README Known limits).
    cli_theirs = cli_view(theirs, list(range(n, 2 * n)), unique_word, row)
    print("RESULT " + json.dumps({
        "docs": n, "sdk": memvid_sdk.info()["sdk_version"],
        "ours_open_writer": open_writer, "ours_closed": closed,
        "sdk_file_first": first, "sdk_file_last": last,
        "cli_ours": cli_ours, "cli_sdk_file": cli_theirs,
    }))


if __name__ == "__main__":
    if len(sys.argv) != 4:
        raise SystemExit(__doc__)
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))

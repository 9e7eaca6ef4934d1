"""quickstart: create a memory, put notes, commit, search, print the hits.

    cargo tool build && python3 examples/python/quickstart.py /tmp/notes.mv2 [query]
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "bindings", "python"))
from memvid import Memory, MemvidError  # noqa: E402

NOTES = {
    "Rust ownership": "Every value in Rust has a single owner; it is dropped when the owner goes out of scope.",
    "WebAssembly": "WebAssembly is a portable binary format that runs in browsers and in Node.js.",
    "memvid": "memvid keeps documents, a full-text index and vectors together in one .mv2 file.",
}


def main(path: str, query: str) -> int:
    try:
        with Memory.create(path) as mem:  # closes (and commits) at the end of the block
            for title, text in NOTES.items():
                print("put frame %d: %s" % (mem.put(text, title=title), title))
            mem.commit()  # puts become durable and searchable here
            hits = mem.find(query, k=3)
            print('\nfind "%s": %d hit(s)' % (query, len(hits)))
            for hit in hits:
                print("  #%d frame %d  score %.3f  %s" % (hit.rank, hit.frame_id, hit.score, hit.title))
            return 0 if hits else 1
    except MemvidError as e:  # e.code is the stable code, e.g. "MV209" when the file exists
        print("error:", e, file=sys.stderr)
        return 1


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: quickstart.py <new-file.mv2> [query]")
    sys.exit(main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "portable binary"))

"""The Python suite: the ctypes wrapper against the real library. Run by `cargo tool test`."""
import os
import sys
import tempfile
import unittest
from array import array

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "bindings", "python"))
from memvid import Doc, Memory, MemvidError, maintenance, version  # noqa: E402

DOCS = [
    ("Rust", "Rust is a systems programming language focused on safety and speed."),
    ("WebAssembly", "WebAssembly runs compiled code inside browsers and Node.js."),
    ("Gardening", "Tomatoes need sunlight, water and patience to ripen in summer."),
]


def axis(i):
    v = [0.05] * 4
    v[i] = 1.0
    return v


class MemoryTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()

    def tearDown(self):
        self.dir.cleanup()

    def path(self, name):
        return os.path.join(self.dir.name, name)

    def make(self, name, vectors=False):
        mem = Memory.create(self.path(name))
        for i, (title, text) in enumerate(DOCS):
            frame = mem.put(text, title=title, uri="mv2://docs/%d" % i, tags=["t%d" % i],
                            embedding=axis(i) if vectors else None)
            self.assertEqual(frame, i)
        mem.commit()
        return mem

    def assertCode(self, code, fn, *args, **kwargs):
        with self.assertRaises(MemvidError) as caught:
            fn(*args, **kwargs)
        self.assertEqual(caught.exception.code, code, str(caught.exception))
        self.assertTrue(caught.exception.message)
        return caught.exception

    def test_version(self):
        self.assertIn("memvid-core 2.0.140", version())

    def test_create_put_find_reopen(self):
        with self.make("round.mv2") as mem:
            hits = mem.find("tomatoes sunlight")
            self.assertEqual([h.frame_id for h in hits], [2])
            self.assertEqual(hits[0].title, "Gardening")
            self.assertEqual(hits[0].tags, ["t2"])
            self.assertGreater(hits[0].score, 0)
        self.assertTrue(mem.closed)
        with Memory.open(self.path("round.mv2"), read_only=True) as mem:
            self.assertTrue(mem.read_only)
            self.assertEqual(mem.stats()["frame_count"], 3)
            self.assertEqual(mem.frame_text(1), DOCS[1][1])
            self.assertEqual(mem.frame_text("mv2://docs/0"), DOCS[0][1])
            self.assertEqual(mem.frame(2)["title"], "Gardening")
            self.assertEqual(mem.frame("mv2://docs/2")["id"], 2)
            self.assertCode("MV204", mem.put, "read-only")

    def test_put_many_and_timeline(self):
        with Memory.create(self.path("many.mv2")) as mem:
            ids = mem.put_many([Doc("batch doc %d marker%dz" % (i, i), uri="mv2://b/%d" % i, timestamp=1000 + i)
                                for i in range(500)] + ["plain string document"])
            self.assertEqual(ids, list(range(501)))
            self.assertEqual(mem.state()["pending_frames"], 501)
            mem.commit()
            self.assertEqual([h.frame_id for h in mem.find("marker321z")], [321])
            newest = mem.timeline(limit=2, reverse=True)
            self.assertEqual([e.frame_id for e in newest], [500, 499])
            self.assertEqual(len(mem.timeline(since=1100, until=1109)), 10)
            mem.delete(0)
            mem.commit()
            self.assertEqual(mem.find("marker0z"), [])

    def test_query_syntax(self):
        with self.make("syntax.mv2") as mem:
            self.assertEqual([h.frame_id for h in mem.find("safety and speed")], [0])
            self.assertEqual(mem.find("rust OR tomatoes"), [])
            self.assertEqual(mem.find("rust OR tomatoes", syntax="plain"), [])
            self.assertEqual(sorted(h.frame_id for h in mem.find("rust OR tomatoes", syntax="operators")), [0, 2])
            self.assertCode("MV120", mem.find, "and", syntax="operators")
            with self.assertRaises(ValueError):
                mem.find("rust", syntax="lucene")

    def test_vec_and_hybrid(self):
        with self.make("vec.mv2", vectors=True) as mem:
            self.assertEqual([h.frame_id for h in mem.vec_search(axis(1), k=2)], [1, 0])
            # float32 buffers take the memcpy path, doubles in an array the element-wise one
            self.assertEqual([h.frame_id for h in mem.vec_search(array("f", axis(1)), k=2)], [1, 0])
            self.assertEqual([h.frame_id for h in mem.vec_search(array("d", axis(2)), k=1)], [2])
            self.assertCode("MV202", mem.vec_search, array("f", [1.0, float("inf"), 0.0, 0.0]))
            self.assertEqual(mem.find("", mode="vec", embedding=axis(2), k=1)[0].frame_id, 2)
            fused = {h.frame_id for h in mem.find("rust", mode="hybrid", embedding=axis(1))}
            self.assertTrue({0, 1} <= fused)
            self.assertCode("MV014", mem.vec_search, [1.0, 0.0])
            self.assertCode("MV202", mem.vec_search, [float("nan")] * 4)
            self.assertCode("MV202", mem.find, "rust", mode="vec")
            self.assertCode("MV202", mem.vec_search, axis(0), k=0)

    def test_errors_have_codes(self):
        self.assertCode("MV013", Memory.open, self.path("missing.mv2"))
        with open(self.path("junk.mv2"), "wb") as f:
            f.write(b"j" * 8192)
        self.assertCode("MV012", Memory.open, self.path("junk.mv2"))
        err = self.assertCode("MV209", Memory.create, self.path("junk.mv2"))
        self.assertEqual((err.number, err.name), (209, "AlreadyExists"))
        with self.make("errs.mv2") as mem:
            self.assertCode("MV007", Memory.open, self.path("errs.mv2"))
            self.assertCode("MV120", mem.find, "")
            self.assertCode("MV010", mem.frame, 42)
            self.assertCode("MV202", mem.put, "")
            self.assertCode("MV206", mem.search_json, {"query": "x"})
            self.assertEqual(mem.search_json({"query": "webassembly", "top_k": 3, "snippet_chars": 50})["hits"][0]["frame_id"], 1)
        self.assertCode("MV203", mem.find, "rust")

    def test_call_json_and_maintenance(self):
        with Memory.create(self.path("calls.mv2")) as mem:
            mem.put("I work at Acme Robotics.")
            mem.commit()
            self.assertGreaterEqual(mem.call("enrich")["cards"], 1)
            cards = mem.call("memories", {"entity": "user", "slot": "employer"})
            self.assertEqual(len(cards), 1)
            self.assertIn("Acme", cards[0]["value"])
            self.assertTrue(mem.call("ask", {"question": "Acme", "context_only": True})["retrieval"]["hits"])
            self.assertCode("MV206", mem.call, "defrag")
        self.assertEqual(maintenance("verify", {"path": self.path("calls.mv2")})["overall_status"], "passed")


if __name__ == "__main__":
    result = unittest.main(exit=False, verbosity=2).result
    failed = len(result.failures) + len(result.errors)
    print("python: %d passed, %d failed" % (result.testsRun - failed, failed))
    sys.exit(1 if failed or not result.testsRun else 0)

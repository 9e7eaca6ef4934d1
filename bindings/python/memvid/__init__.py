"""memvid for Python through the memvid-ffi C library (ctypes; no compiler needed).

    from memvid import Memory
    with Memory.create("notes.mv2") as mem:
        mem.put("Tomatoes need full sun.", title="Tomatoes")
        mem.commit()
        for hit in mem.find("tomatoes"):
            print(hit.frame_id, hit.title, hit.score)

Every other feature (sessions, memory cards, ask, tables, tickets, ...) is one call away:
`mem.call("ask", {"question": "..."})`, and `maintenance("verify", {"path": ...})` for files
by path; the ops and their JSON are in the README's feature table.

Errors raise `MemvidError` with `.code` ("MV013"), `.number` (13) and `.message`.
Every native object is freed by a finalizer; `close()` (or `with`) releases the file at once.
The library is found through $MEMVID_LIB, next to this package, in the repository's
target/debug or target/release, or on the system library path.
"""

import ctypes
import json
import os
import weakref
from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, List, Optional, Sequence, Union

from . import _ffi

__all__ = ["Memory", "MemvidError", "Hit", "TimelineEntry", "Doc", "maintenance", "version"]


def _load() -> ctypes.CDLL:
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.abspath(os.path.join(here, "..", "..", ".."))
    candidates = [os.environ.get("MEMVID_LIB")] + [
        os.path.join(d, "libmemvid_ffi.so")
        for d in (here, os.path.join(repo, "target", "debug"), os.path.join(repo, "target", "release"))
    ]
    for path in candidates:
        if path and os.path.exists(path):
            return ctypes.CDLL(path)
    return ctypes.CDLL("libmemvid_ffi.so")


_lib = _load()
for _name, (_restype, _argtypes) in {**_ffi.RUNTIME_FUNCTIONS, **_ffi.FUNCTIONS}.items():
    _fn = getattr(_lib, _name)
    _fn.restype, _fn.argtypes = _restype, _argtypes

_CODE_NAMES = {number: name for name, number in _ffi.MemvidErrorCode_VALUES.items()}


class MemvidError(Exception):
    """A memvid error: `.code` is the stable string code ("MV013"), `.number` its number,
    `.name` its name in the error table ("FileNotFound"), `.message` the explanation."""

    def __init__(self, number: int, message: str):
        self.number = number
        self.code = "MV%03d" % number
        self.name = _CODE_NAMES.get(number, "Unknown")
        self.message = message
        super().__init__("%s: %s" % (self.code, message))


def _written(fn, *args) -> str:
    """Calls a function that writes text into a DiplomatWrite (its last argument)."""
    w = _lib.diplomat_buffer_write_create(64)
    try:
        result = fn(*args, w)
        text = ctypes.string_at(_lib.diplomat_buffer_write_get_bytes(w), _lib.diplomat_buffer_write_len(w))
    finally:
        _lib.diplomat_buffer_write_destroy(w)
    if result is not None:
        _check(result)
    return text.decode("utf-8")


def _check(result):
    """Returns the ok value of a result struct, or raises its error (freeing it)."""
    if result.is_ok:
        return getattr(result, "ok", None)
    err = result.err
    try:
        raise MemvidError(_lib.memvid_MemvidError_code(err), _written(_lib.memvid_MemvidError_message, err))
    finally:
        _lib.memvid_MemvidError_destroy(err)


def _sv(text: Union[str, bytes]) -> _ffi.DiplomatStringView:
    data = text.encode("utf-8") if isinstance(text, str) else bytes(text)
    return _ffi.DiplomatStringView(data, len(data))


def _u8(data: bytes) -> _ffi.DiplomatU8View:
    buf = (ctypes.c_uint8 * len(data)).from_buffer_copy(data) if data else None
    view = _ffi.DiplomatU8View(ctypes.cast(buf, ctypes.POINTER(ctypes.c_uint8)) if buf else None, len(data))
    view._keep = buf  # the view must not outlive its buffer
    return view


def _f32(values: Sequence[float]) -> _ffi.DiplomatF32View:
    # float32 buffers (array('f'), numpy float32) are copied in one memcpy; building the ctypes
    # array element by element costs ~20 µs for a 384-dim vector.
    try:
        raw = memoryview(values)
    except TypeError:
        raw = None
    if raw is not None and raw.format == "f" and raw.ndim == 1 and raw.c_contiguous:
        buf = (ctypes.c_float * len(raw)).from_buffer_copy(raw)
    else:
        buf = (ctypes.c_float * len(values))(*values)
    view = _ffi.DiplomatF32View(ctypes.cast(buf, ctypes.POINTER(ctypes.c_float)), len(values))
    view._keep = buf
    return view


class _Owned:
    """A native object freed by its destroy function when this wrapper is collected."""

    def __init__(self, ptr, destroy):
        self.ptr = ptr
        self._finalizer = weakref.finalize(self, destroy, ptr)


@dataclass
class Hit:
    """One search hit. `raw` is memvid-core's SearchHit as a dict, without `chunk_text` (the
    hit's whole chunk; `Memory.frame_text` gives a frame's text)."""

    frame_id: int
    rank: int
    score: float
    uri: str
    title: str
    text: str
    tags: List[str] = field(default_factory=list)
    labels: List[str] = field(default_factory=list)
    raw: Dict[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def _from_json(cls, h: Dict[str, Any]) -> "Hit":
        meta = h.get("metadata") or {}
        return cls(h["frame_id"], h["rank"], h.get("score") or 0.0, h["uri"], h.get("title") or "", h["text"],
                   meta.get("tags", []), meta.get("labels", []), h)


@dataclass
class TimelineEntry:
    """One timeline entry."""

    frame_id: int
    timestamp: int
    preview: str
    uri: Optional[str]


@dataclass
class Doc:
    """A document for `Memory.put_many`."""

    text: Union[str, bytes]
    title: Optional[str] = None
    uri: Optional[str] = None
    tags: Sequence[str] = ()
    labels: Sequence[str] = ()
    metadata: Optional[Dict[str, str]] = None
    timestamp: Optional[int] = None
    embedding: Optional[Sequence[float]] = None


def _put_options(title=None, uri=None, kind=None, track=None, tags=(), labels=(), metadata=None, timestamp=None,
                 enrich=False) -> Optional[_Owned]:
    """Builds a MemvidPutOptions, or None for the binding defaults."""
    if not any((title, uri, kind, track, tags, labels, metadata, timestamp is not None, enrich)):
        return None
    o = _Owned(_lib.memvid_MemvidPutOptions_new(), _lib.memvid_MemvidPutOptions_destroy)
    for setter, value in ((_lib.memvid_MemvidPutOptions_set_title, title), (_lib.memvid_MemvidPutOptions_set_uri, uri),
                          (_lib.memvid_MemvidPutOptions_set_kind, kind), (_lib.memvid_MemvidPutOptions_set_track, track)):
        if value is not None:
            _check(setter(o.ptr, _sv(value)))
    for tag in tags:
        _check(_lib.memvid_MemvidPutOptions_add_tag(o.ptr, _sv(tag)))
    for label in labels:
        _check(_lib.memvid_MemvidPutOptions_add_label(o.ptr, _sv(label)))
    for key, value in (metadata or {}).items():
        _check(_lib.memvid_MemvidPutOptions_set_metadata(o.ptr, _sv(key), _sv(value)))
    if timestamp is not None:
        _lib.memvid_MemvidPutOptions_set_timestamp(o.ptr, timestamp)
    if enrich:
        for setter in (_lib.memvid_MemvidPutOptions_set_auto_tag, _lib.memvid_MemvidPutOptions_set_extract_dates,
                       _lib.memvid_MemvidPutOptions_set_extract_triplets):
            setter(o.ptr, True)
    return o


_MODES = _ffi.MemvidFindMode_VALUES
_SYNTAXES = _ffi.MemvidQuerySyntax_VALUES


class Memory:
    """An open memory file (.mv2). Writes become durable and searchable at `commit()`;
    `close()` (also at the end of a `with` block) commits what is pending."""

    def __init__(self, ptr, path: str):
        self._store = _Owned(ptr, _lib.memvid_MemvidStore_destroy)
        self.path = path

    @classmethod
    def create(cls, path: str) -> "Memory":
        """Creates a new memory file (MV209 if a file exists there)."""
        return cls(_check(_lib.memvid_MemvidStore_create(_sv(path))), path)

    @classmethod
    def open(cls, path: str, read_only: bool = False) -> "Memory":
        """Opens an existing memory file, for writing unless `read_only`."""
        fn = _lib.memvid_MemvidStore_open_read_only if read_only else _lib.memvid_MemvidStore_open
        return cls(_check(fn(_sv(path))), path)

    def __enter__(self) -> "Memory":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def _p(self):
        return self._store.ptr

    def close(self) -> None:
        """Commits pending writes and releases the file (closing twice is fine)."""
        _check(_lib.memvid_MemvidStore_close(self._p))

    @property
    def closed(self) -> bool:
        return _lib.memvid_MemvidStore_is_closed(self._p)

    @property
    def read_only(self) -> bool:
        return _lib.memvid_MemvidStore_is_read_only(self._p)

    def put(self, text: Union[str, bytes], *, title: Optional[str] = None, uri: Optional[str] = None,
            kind: Optional[str] = None, track: Optional[str] = None, tags: Sequence[str] = (),
            labels: Sequence[str] = (), metadata: Optional[Dict[str, str]] = None, timestamp: Optional[int] = None,
            embedding: Optional[Sequence[float]] = None, enrich: bool = False) -> int:
        """Puts a document (str: text, bytes: raw document); returns its frame id.
        `enrich=True` runs memvid's auto-tagging, date and triplet extraction (much slower)."""
        o = _put_options(title, uri, kind, track, tags, labels, metadata, timestamp, enrich)
        opts = o.ptr if o else None
        if embedding is not None:
            data = text if isinstance(text, str) else text.decode("utf-8")
            return _check(_lib.memvid_MemvidStore_put_text_with_embedding(self._p, _sv(data), _f32(embedding), opts))
        if isinstance(text, str):
            return _check(_lib.memvid_MemvidStore_put_text(self._p, _sv(text), opts))
        return _check(_lib.memvid_MemvidStore_put_bytes(self._p, _u8(bytes(text)), opts))

    def put_many(self, docs: Iterable[Union[Doc, str]]) -> List[int]:
        """Puts many documents in one batch; returns their frame ids in order."""
        batch = _Owned(_lib.memvid_MemvidPutBatch_new(), _lib.memvid_MemvidPutBatch_destroy)
        for doc in docs:
            if isinstance(doc, str):
                doc = Doc(doc)
            o = _put_options(doc.title, doc.uri, None, None, doc.tags, doc.labels, doc.metadata, doc.timestamp)
            opts = o.ptr if o else None
            if doc.embedding is not None:
                _check(_lib.memvid_MemvidPutBatch_add_text_with_embedding(batch.ptr, _sv(doc.text), _f32(doc.embedding), opts))
            elif isinstance(doc.text, str):
                _check(_lib.memvid_MemvidPutBatch_add_text(batch.ptr, _sv(doc.text), opts))
            else:
                _lib.memvid_MemvidPutBatch_add_bytes(batch.ptr, _u8(doc.text), opts)
        ids = _Owned(_check(_lib.memvid_MemvidStore_put_many(self._p, batch.ptr)), _lib.memvid_MemvidFrameIds_destroy)
        return [_lib.memvid_MemvidFrameIds_get(ids.ptr, i).ok for i in range(_lib.memvid_MemvidFrameIds_len(ids.ptr))]

    def commit(self) -> None:
        """Makes pending writes durable and searchable."""
        _check(_lib.memvid_MemvidStore_commit(self._p))

    def delete(self, frame_id: int) -> None:
        """Deletes a frame (effective at commit)."""
        _check(_lib.memvid_MemvidStore_delete_frame(self._p, frame_id))

    def find(self, query: str, *, mode: str = "lex", syntax: str = "plain", k: int = 10, snippet_chars: int = 200,
             embedding: Optional[Sequence[float]] = None, scope: Optional[str] = None, uri: Optional[str] = None,
             as_of_frame: Optional[int] = None, as_of_ts: Optional[int] = None) -> List[Hit]:
        """Searches; mode is "lex", "vec" or "hybrid" (the last two need `embedding`).
        syntax is "plain" (default: the query is plain text, every word must appear, `and`/`or`/
        `not` are words, "double quotes" make a phrase, never a syntax error) or "operators"
        (memvid's AND, OR, NOT, parentheses, tag:/uri:/date: fields, * wildcards; a malformed
        query raises MV120)."""
        if mode.capitalize() not in _MODES:
            raise ValueError("mode must be one of lex, vec, hybrid")
        if syntax.capitalize() not in _SYNTAXES:
            raise ValueError("syntax must be one of plain, operators")
        o = _Owned(_lib.memvid_MemvidFindOptions_new(), _lib.memvid_MemvidFindOptions_destroy)
        _lib.memvid_MemvidFindOptions_set_mode(o.ptr, _MODES[mode.capitalize()])
        _lib.memvid_MemvidFindOptions_set_syntax(o.ptr, _SYNTAXES[syntax.capitalize()])
        _check(_lib.memvid_MemvidFindOptions_set_k(o.ptr, k))
        _lib.memvid_MemvidFindOptions_set_snippet_chars(o.ptr, snippet_chars)
        if embedding is not None:
            _check(_lib.memvid_MemvidFindOptions_set_query_embedding(o.ptr, _f32(embedding)))
        if scope is not None:
            _check(_lib.memvid_MemvidFindOptions_set_scope(o.ptr, _sv(scope)))
        if uri is not None:
            _check(_lib.memvid_MemvidFindOptions_set_uri(o.ptr, _sv(uri)))
        if as_of_frame is not None:
            _lib.memvid_MemvidFindOptions_set_as_of_frame(o.ptr, as_of_frame)
        if as_of_ts is not None:
            _lib.memvid_MemvidFindOptions_set_as_of_ts(o.ptr, as_of_ts)
        return self._hits(_check(_lib.memvid_MemvidStore_find(self._p, _sv(query), o.ptr)))

    def vec_search(self, embedding: Sequence[float], k: int = 10) -> List[Hit]:
        """Nearest stored embeddings to `embedding`."""
        return self._hits(_check(_lib.memvid_MemvidStore_vec_search(self._p, _f32(embedding), k)))

    @staticmethod
    def _hits(ptr) -> List[Hit]:
        results = _Owned(ptr, _lib.memvid_MemvidSearchResults_destroy)
        # One JSON array for all hits costs less than ~6 ctypes calls per hit; hits_json leaves
        # out each hit's whole chunk (chunk_text), which was most of to_json's size.
        hits = json.loads(_written(_lib.memvid_MemvidSearchResults_hits_json, results.ptr))
        return [Hit._from_json(h) for h in hits]

    def search_json(self, request: Dict[str, Any]) -> Dict[str, Any]:
        """JSON API: memvid-core's SearchRequest in, its SearchResponse out."""
        return json.loads(_written(_lib.memvid_MemvidStore_search_json, self._p, _sv(json.dumps(request))))

    def call(self, op: str, request: Optional[Dict[str, Any]] = None) -> Any:
        """JSON API for every other feature: `op` names the call ("enrich", "memories", "ask",
        "start_session", ...), `request` is its JSON object as a dict; returns the decoded result.
        The README's feature table lists every op; an unknown op or field raises MV206."""
        return json.loads(_written(_lib.memvid_MemvidStore_call_json, self._p, _sv(op), _sv(json.dumps(request or {}))))

    def stats(self) -> Dict[str, Any]:
        """memvid-core's complete Stats (frame_count, size_bytes, capacity_bytes, ...)."""
        return json.loads(_written(_lib.memvid_MemvidStore_stats_json, self._p))

    def state(self) -> Dict[str, Any]:
        """What the handle holds now: committed and pending frames, next id, vector dimension."""
        s = _check(_lib.memvid_MemvidStore_state(self._p))
        return {name: getattr(s, name) for name, _ in s._fields_}

    def frame(self, frame: Union[int, str]) -> Dict[str, Any]:
        """A frame's metadata (memvid-core Frame as a dict), by id or uri."""
        ptr = _check(_lib.memvid_MemvidStore_frame_by_uri(self._p, _sv(frame)) if isinstance(frame, str)
                     else _lib.memvid_MemvidStore_frame(self._p, frame))
        owned = _Owned(ptr, _lib.memvid_MemvidFrame_destroy)
        return json.loads(_written(_lib.memvid_MemvidFrame_to_json, owned.ptr))

    def frame_text(self, frame: Union[int, str]) -> str:
        """The text that was put, by frame id or uri."""
        if isinstance(frame, str):
            return _written(_lib.memvid_MemvidStore_frame_text_by_uri, self._p, _sv(frame))
        return _written(_lib.memvid_MemvidStore_frame_text, self._p, frame)

    def timeline(self, *, limit: Optional[int] = None, since: Optional[int] = None, until: Optional[int] = None,
                 reverse: bool = False) -> List[TimelineEntry]:
        """Frames in time order (newest first with reverse=True)."""
        query = {"limit": limit, "since": since, "until": until, "reverse": reverse}
        entries = json.loads(_written(_lib.memvid_MemvidStore_timeline_json, self._p, _sv(json.dumps(query))))
        return [TimelineEntry(e["frame_id"], e["timestamp"], e["preview"], e.get("uri")) for e in entries]


def maintenance(op: str, request: Optional[Dict[str, Any]] = None) -> Any:
    """JSON API for files by path, closed (not open for writing): "verify", "doctor_plan", "doctor",
    "doctor_apply", "lock_holder", "check_single_file", "lock", "unlock"; e.g.
    `maintenance("verify", {"path": p})["overall_status"]`. See the README's feature table."""
    return json.loads(_written(_lib.memvid_MemvidMaintenance_call_json, _sv(op), _sv(json.dumps(request or {}))))


def version() -> str:
    """The binding and memvid-core versions."""
    return _written(_lib.memvid_MemvidVersion_describe)

// Package memvid is memvid for Go through the memvid-ffi C library (cgo).
//
//	mem, err := memvid.Create("notes.mv2")
//	if err != nil { ... }
//	defer mem.Close()
//	id, err := mem.Put("Tomatoes need full sun.", &memvid.PutOptions{Title: "Tomatoes"})
//	err = mem.Commit()
//	hits, err := mem.Find("tomatoes", nil)
//
// Features beyond these calls (sessions, memory cards, ask, tables, tickets, ...) are reached
// by name with JSON through Memory.Call, and maintenance of closed files through Maintenance.
//
// Errors are *Error values with a stable Code; they work with errors.Is against the Err*
// sentinels (errors.Is(err, memvid.ErrFileNotFound)) and with errors.As.
// Native objects are freed by Close or, failing that, by a finalizer.
//
// Building needs the library and its headers through pkg-config (memvid.pc); see the README.
package memvid

/*
#cgo pkg-config: memvid
#include <stdlib.h>
#include "MemvidError.h"
#include "MemvidFrame.h"
#include "MemvidFrameIds.h"
#include "MemvidMaintenance.h"
#include "MemvidFindOptions.h"
#include "MemvidPutBatch.h"
#include "MemvidPutOptions.h"
#include "MemvidSearchHit.h"
#include "MemvidSearchResults.h"
#include "MemvidStore.h"
#include "MemvidTimeline.h"
#include "MemvidTimelineEntry.h"
#include "MemvidTimelineQuery.h"
#include "MemvidVersion.h"
*/
import "C"

import (
	"encoding/json"
	"fmt"
	"runtime"
	"unsafe"
)

// Code is a stable memvid error code; the constants are in codes.go (generated).
type Code int

// String gives the MVnnn form, e.g. "MV013".
func (c Code) String() string { return fmt.Sprintf("MV%03d", int(c)) }

// Name gives the code's name in the error table, e.g. "FileNotFound".
func (c Code) Name() string { return codeNames[c] }

// Error is every error this package returns.
type Error struct {
	Code    Code
	Message string
}

func (e *Error) Error() string { return e.Code.String() + ": " + e.Message }

// Is matches any *Error with the same Code, so errors.Is(err, ErrLocked) works.
func (e *Error) Is(target error) bool {
	t, ok := target.(*Error)
	return ok && t.Code == e.Code
}

// Sentinels for errors.Is; any code works the same way with &Error{Code: c}.
var (
	ErrCapacityExceeded     = &Error{Code: CodeCapacityExceeded}
	ErrLocked               = &Error{Code: CodeLocked}
	ErrFrameNotFound        = &Error{Code: CodeFrameNotFound}
	ErrCorruptFile          = &Error{Code: CodeCorruptFile}
	ErrFileNotFound         = &Error{Code: CodeFileNotFound}
	ErrVecDimensionMismatch = &Error{Code: CodeVecDimensionMismatch}
	ErrInvalidArgument      = &Error{Code: CodeInvalidArgument}
	ErrHandleClosed         = &Error{Code: CodeHandleClosed}
	ErrReadOnly             = &Error{Code: CodeReadOnly}
	ErrAlreadyExists        = &Error{Code: CodeAlreadyExists}
)

// okOf reads the ok member of a result struct's anonymous union (cgo exposes it as bytes).
func okOf[T any](union unsafe.Pointer) T { return *(*T)(union) }

// takeError converts and frees a C error.
func takeError(err *C.MemvidError) error {
	code := Code(C.memvid_MemvidError_code(err))
	msg := written(func(w *C.DiplomatWrite) { C.memvid_MemvidError_message(err, w) })
	C.memvid_MemvidError_destroy(err)
	return &Error{Code: code, Message: msg}
}

// errOf returns the error of a failed result: its union holds the error pointer.
func errOf(union unsafe.Pointer) error { return takeError(okOf[*C.MemvidError](union)) }

// written runs a function that writes into a DiplomatWrite and returns the text.
func written(f func(w *C.DiplomatWrite)) string {
	w := newWriter()
	defer w.free()
	return w.text(f)
}

// writer is one DiplomatWrite reused for several texts (the hits of a search): each cgo call
// costs about as much as a short string, so creating and destroying a buffer per text doubled
// the cost of reading a hit.
type writer struct{ w *C.DiplomatWrite }

func newWriter() writer { return writer{C.diplomat_buffer_write_create(256)} }

func (w writer) free() { C.diplomat_buffer_write_destroy(w.w) }

// text empties the buffer (it keeps its capacity; Rust appends at len), runs f and copies out
// what f wrote. The fields are read directly: they are plain C struct fields.
func (w writer) text(f func(w *C.DiplomatWrite)) string {
	w.w.len = 0
	f(w.w)
	return C.GoStringN(w.w.buf, C.int(w.w.len))
}

// cstr is a C copy of s, to be released with free (C must not keep Go pointers).
type cstr struct{ view C.DiplomatStringView }

func newCstr(s string) cstr {
	return cstr{C.DiplomatStringView{data: (*C.char)(C.CBytes([]byte(s))), len: C.size_t(len(s))}}
}
func (c cstr) free() { C.free(unsafe.Pointer(c.view.data)) }

type cf32 struct{ view C.DiplomatF32View }

func newCf32(v []float32) cf32 {
	if len(v) == 0 {
		return cf32{C.DiplomatF32View{}}
	}
	p := C.malloc(C.size_t(len(v) * 4))
	copy(unsafe.Slice((*float32)(p), len(v)), v)
	return cf32{C.DiplomatF32View{data: (*C.float)(p), len: C.size_t(len(v))}}
}
func (c cf32) free() { C.free(unsafe.Pointer(c.view.data)) }

// Version reports the binding and memvid-core versions.
func Version() string {
	return written(func(w *C.DiplomatWrite) { C.memvid_MemvidVersion_describe(w) })
}

// Memory is an open memory file (.mv2). Writes become durable and searchable at Commit;
// Close commits what is pending. A Memory may be used from several goroutines.
type Memory struct {
	ptr *C.MemvidStore
}

func wrap(ptr *C.MemvidStore) *Memory {
	m := &Memory{ptr: ptr}
	runtime.SetFinalizer(m, func(m *Memory) { C.memvid_MemvidStore_destroy(m.ptr) })
	return m
}

// storeOf turns a constructor's result (its ok flag and union) into a Memory or an error.
func storeOf(ok C.bool, union unsafe.Pointer) (*Memory, error) {
	if !ok {
		return nil, errOf(union)
	}
	return wrap(okOf[*C.MemvidStore](union)), nil
}

// Create creates a new memory file (ErrAlreadyExists if a file exists there).
func Create(path string) (*Memory, error) {
	p := newCstr(path)
	defer p.free()
	r := C.memvid_MemvidStore_create(p.view)
	return storeOf(r.is_ok, unsafe.Pointer(&r.anon0))
}

// Open opens an existing memory file for writing.
func Open(path string) (*Memory, error) {
	p := newCstr(path)
	defer p.free()
	r := C.memvid_MemvidStore_open(p.view)
	return storeOf(r.is_ok, unsafe.Pointer(&r.anon0))
}

// OpenReadOnly opens an existing memory file for reading; writes fail with ErrReadOnly.
func OpenReadOnly(path string) (*Memory, error) {
	p := newCstr(path)
	defer p.free()
	r := C.memvid_MemvidStore_open_read_only(p.view)
	return storeOf(r.is_ok, unsafe.Pointer(&r.anon0))
}

// Close commits pending writes and releases the file; closing twice is fine.
func (m *Memory) Close() error {
	r := C.memvid_MemvidStore_close(m.ptr)
	runtime.KeepAlive(m)
	if !r.is_ok {
		return errOf(unsafe.Pointer(&r.anon0))
	}
	return nil
}

// PutOptions are a document's metadata; a nil *PutOptions means none.
type PutOptions struct {
	Title, URI, Kind, Track string
	Tags, Labels            []string
	Metadata                map[string]string
	Timestamp               int64 // seconds since the Unix epoch; 0 means now
	Embedding               []float32
}

func (o *PutOptions) build() (*C.MemvidPutOptions, error) {
	if o == nil || (o.Title == "" && o.URI == "" && o.Kind == "" && o.Track == "" && len(o.Tags) == 0 &&
		len(o.Labels) == 0 && len(o.Metadata) == 0 && o.Timestamp == 0) {
		return nil, nil
	}
	p := C.memvid_MemvidPutOptions_new()
	set := func(value string, f func(*C.MemvidPutOptions, C.DiplomatStringView) unsafe.Pointer) error {
		if value == "" {
			return nil
		}
		s := newCstr(value)
		defer s.free()
		return resultErr(f(p, s.view))
	}
	steps := []error{
		set(o.Title, func(p *C.MemvidPutOptions, v C.DiplomatStringView) unsafe.Pointer {
			r := C.memvid_MemvidPutOptions_set_title(p, v)
			return boxResult(r.is_ok, unsafe.Pointer(&r.anon0))
		}),
		set(o.URI, func(p *C.MemvidPutOptions, v C.DiplomatStringView) unsafe.Pointer {
			r := C.memvid_MemvidPutOptions_set_uri(p, v)
			return boxResult(r.is_ok, unsafe.Pointer(&r.anon0))
		}),
		set(o.Kind, func(p *C.MemvidPutOptions, v C.DiplomatStringView) unsafe.Pointer {
			r := C.memvid_MemvidPutOptions_set_kind(p, v)
			return boxResult(r.is_ok, unsafe.Pointer(&r.anon0))
		}),
		set(o.Track, func(p *C.MemvidPutOptions, v C.DiplomatStringView) unsafe.Pointer {
			r := C.memvid_MemvidPutOptions_set_track(p, v)
			return boxResult(r.is_ok, unsafe.Pointer(&r.anon0))
		}),
	}
	for _, tag := range o.Tags {
		steps = append(steps, set(tag, func(p *C.MemvidPutOptions, v C.DiplomatStringView) unsafe.Pointer {
			r := C.memvid_MemvidPutOptions_add_tag(p, v)
			return boxResult(r.is_ok, unsafe.Pointer(&r.anon0))
		}))
	}
	for _, label := range o.Labels {
		steps = append(steps, set(label, func(p *C.MemvidPutOptions, v C.DiplomatStringView) unsafe.Pointer {
			r := C.memvid_MemvidPutOptions_add_label(p, v)
			return boxResult(r.is_ok, unsafe.Pointer(&r.anon0))
		}))
	}
	for key, value := range o.Metadata {
		k, v := newCstr(key), newCstr(value)
		r := C.memvid_MemvidPutOptions_set_metadata(p, k.view, v.view)
		k.free()
		v.free()
		steps = append(steps, resultErr(boxResult(r.is_ok, unsafe.Pointer(&r.anon0))))
	}
	if o.Timestamp != 0 {
		C.memvid_MemvidPutOptions_set_timestamp(p, C.int64_t(o.Timestamp))
	}
	for _, err := range steps {
		if err != nil {
			C.memvid_MemvidPutOptions_destroy(p)
			return nil, err
		}
	}
	return p, nil
}

// boxResult carries a unit result (ok flag and union) to resultErr; nil means success.
func boxResult(ok C.bool, union unsafe.Pointer) unsafe.Pointer {
	if ok {
		return nil
	}
	return union
}

func resultErr(union unsafe.Pointer) error {
	if union == nil {
		return nil
	}
	return errOf(union)
}

// Put puts a text document and returns its frame id.
func (m *Memory) Put(text string, opts *PutOptions) (uint64, error) {
	o, err := opts.build()
	if err != nil {
		return 0, err
	}
	if o != nil {
		defer C.memvid_MemvidPutOptions_destroy(o)
	}
	t := newCstr(text)
	defer t.free()
	defer runtime.KeepAlive(m)
	if opts != nil && opts.Embedding != nil {
		e := newCf32(opts.Embedding)
		defer e.free()
		r := C.memvid_MemvidStore_put_text_with_embedding(m.ptr, t.view, e.view, o)
		if !r.is_ok {
			return 0, errOf(unsafe.Pointer(&r.anon0))
		}
		return okOf[uint64](unsafe.Pointer(&r.anon0)), nil
	}
	r := C.memvid_MemvidStore_put_text(m.ptr, t.view, o)
	if !r.is_ok {
		return 0, errOf(unsafe.Pointer(&r.anon0))
	}
	return okOf[uint64](unsafe.Pointer(&r.anon0)), nil
}

// Doc is one document of a PutMany batch.
type Doc struct {
	Text string
	PutOptions
}

// PutMany puts documents in one batch and returns their frame ids in order.
func (m *Memory) PutMany(docs []Doc) ([]uint64, error) {
	batch := C.memvid_MemvidPutBatch_new()
	defer C.memvid_MemvidPutBatch_destroy(batch)
	for i := range docs {
		o, err := docs[i].PutOptions.build()
		if err != nil {
			return nil, err
		}
		t := newCstr(docs[i].Text)
		var union unsafe.Pointer
		if docs[i].Embedding != nil {
			e := newCf32(docs[i].Embedding)
			r := C.memvid_MemvidPutBatch_add_text_with_embedding(batch, t.view, e.view, o)
			e.free()
			union = boxResult(r.is_ok, unsafe.Pointer(&r.anon0))
		} else {
			r := C.memvid_MemvidPutBatch_add_text(batch, t.view, o)
			union = boxResult(r.is_ok, unsafe.Pointer(&r.anon0))
		}
		t.free()
		if o != nil {
			C.memvid_MemvidPutOptions_destroy(o)
		}
		if err := resultErr(union); err != nil {
			return nil, err
		}
	}
	r := C.memvid_MemvidStore_put_many(m.ptr, batch)
	runtime.KeepAlive(m)
	if !r.is_ok {
		return nil, errOf(unsafe.Pointer(&r.anon0))
	}
	ids := okOf[*C.MemvidFrameIds](unsafe.Pointer(&r.anon0))
	defer C.memvid_MemvidFrameIds_destroy(ids)
	out := make([]uint64, int(C.memvid_MemvidFrameIds_len(ids)))
	for i := range out {
		g := C.memvid_MemvidFrameIds_get(ids, C.size_t(i))
		out[i] = okOf[uint64](unsafe.Pointer(&g.anon0))
	}
	return out, nil
}

// Commit makes pending writes durable and searchable.
func (m *Memory) Commit() error {
	r := C.memvid_MemvidStore_commit(m.ptr)
	runtime.KeepAlive(m)
	return resultErr(boxResult(r.is_ok, unsafe.Pointer(&r.anon0)))
}

// Delete deletes a frame (effective at Commit).
func (m *Memory) Delete(frameID uint64) error {
	r := C.memvid_MemvidStore_delete_frame(m.ptr, C.uint64_t(frameID))
	runtime.KeepAlive(m)
	return resultErr(boxResult(r.is_ok, unsafe.Pointer(&r.anon0)))
}

// Mode is how Find searches.
type Mode int

const (
	Lex    Mode = C.MemvidFindMode_Lex    // full-text (BM25)
	Vec    Mode = C.MemvidFindMode_Vec    // by similarity to FindOptions.Embedding
	Hybrid Mode = C.MemvidFindMode_Hybrid // both, fused by reciprocal rank
)

// Syntax is the language of a Find query.
type Syntax int

const (
	// Plain (the zero value) reads the query as plain text: every run of letters and digits
	// is a word and a hit holds all of them ("and", "or", "not" are words too), punctuation
	// separates words, a span in double quotes is a phrase, and no text is a syntax error.
	Plain Syntax = C.MemvidQuerySyntax_Plain
	// Operators is memvid's query language: AND, OR, NOT, parentheses, "phrases",
	// tag:/label:/track:/uri:/scope: fields, date:[a TO b] and * wildcards; a malformed query
	// is CodeInvalidQuery (MV120).
	Operators Syntax = C.MemvidQuerySyntax_Operators
)

// FindOptions shape a search; a nil *FindOptions means Lex, Plain, K = 10.
type FindOptions struct {
	Mode         Mode
	Syntax       Syntax // zero value Plain
	K            int    // 0 means 10
	SnippetChars int    // 0 means 200
	Embedding    []float32
	Scope, URI   string
}

// Hit is one search hit.
type Hit struct {
	FrameID uint64
	Rank    int
	Score   float32
	URI     string
	Title   string
	Text    string
}

// Find searches the memory. The query is plain text unless opts.Syntax is Operators.
func (m *Memory) Find(query string, opts *FindOptions) ([]Hit, error) {
	if opts == nil {
		opts = &FindOptions{}
	}
	o := C.memvid_MemvidFindOptions_new()
	defer C.memvid_MemvidFindOptions_destroy(o)
	C.memvid_MemvidFindOptions_set_mode(o, C.MemvidFindMode(opts.Mode))
	C.memvid_MemvidFindOptions_set_syntax(o, C.MemvidQuerySyntax(opts.Syntax))
	if opts.K != 0 {
		r := C.memvid_MemvidFindOptions_set_k(o, C.uint32_t(opts.K))
		if err := resultErr(boxResult(r.is_ok, unsafe.Pointer(&r.anon0))); err != nil {
			return nil, err
		}
	}
	if opts.SnippetChars != 0 {
		C.memvid_MemvidFindOptions_set_snippet_chars(o, C.uint32_t(opts.SnippetChars))
	}
	if opts.Embedding != nil {
		e := newCf32(opts.Embedding)
		r := C.memvid_MemvidFindOptions_set_query_embedding(o, e.view)
		e.free()
		if err := resultErr(boxResult(r.is_ok, unsafe.Pointer(&r.anon0))); err != nil {
			return nil, err
		}
	}
	for _, f := range []struct {
		value string
		set   func(C.DiplomatStringView) unsafe.Pointer
	}{
		{opts.Scope, func(v C.DiplomatStringView) unsafe.Pointer {
			r := C.memvid_MemvidFindOptions_set_scope(o, v)
			return boxResult(r.is_ok, unsafe.Pointer(&r.anon0))
		}},
		{opts.URI, func(v C.DiplomatStringView) unsafe.Pointer {
			r := C.memvid_MemvidFindOptions_set_uri(o, v)
			return boxResult(r.is_ok, unsafe.Pointer(&r.anon0))
		}},
	} {
		if f.value != "" {
			s := newCstr(f.value)
			err := resultErr(f.set(s.view))
			s.free()
			if err != nil {
				return nil, err
			}
		}
	}
	q := newCstr(query)
	defer q.free()
	r := C.memvid_MemvidStore_find(m.ptr, q.view, o)
	runtime.KeepAlive(m)
	if !r.is_ok {
		return nil, errOf(unsafe.Pointer(&r.anon0))
	}
	return hits(okOf[*C.MemvidSearchResults](unsafe.Pointer(&r.anon0))), nil
}

// VecSearch returns the k stored embeddings nearest to embedding.
func (m *Memory) VecSearch(embedding []float32, k int) ([]Hit, error) {
	e := newCf32(embedding)
	defer e.free()
	r := C.memvid_MemvidStore_vec_search(m.ptr, e.view, C.uint32_t(k))
	runtime.KeepAlive(m)
	if !r.is_ok {
		return nil, errOf(unsafe.Pointer(&r.anon0))
	}
	return hits(okOf[*C.MemvidSearchResults](unsafe.Pointer(&r.anon0))), nil
}

func hits(results *C.MemvidSearchResults) []Hit {
	defer C.memvid_MemvidSearchResults_destroy(results)
	w := newWriter()
	defer w.free()
	out := make([]Hit, int(C.memvid_MemvidSearchResults_len(results)))
	for i := range out {
		h := C.memvid_MemvidSearchResults_get(results, C.size_t(i))
		out[i] = Hit{
			FrameID: uint64(C.memvid_MemvidSearchHit_frame_id(h)),
			Rank:    int(C.memvid_MemvidSearchHit_rank(h)),
			Score:   float32(C.memvid_MemvidSearchHit_score(h)),
			URI:     w.text(func(w *C.DiplomatWrite) { C.memvid_MemvidSearchHit_uri(h, w) }),
			Title:   w.text(func(w *C.DiplomatWrite) { C.memvid_MemvidSearchHit_title(h, w) }),
			Text:    w.text(func(w *C.DiplomatWrite) { C.memvid_MemvidSearchHit_text(h, w) }),
		}
		C.memvid_MemvidSearchHit_destroy(h)
	}
	return out
}

// Stats are storage statistics of the committed file.
type Stats struct {
	FrameCount, ActiveFrameCount, SizeBytes, CapacityBytes, VectorCount uint64
	HasLexIndex, HasVecIndex                                            bool
}

// Stats reads the storage statistics.
func (m *Memory) Stats() (Stats, error) {
	r := C.memvid_MemvidStore_stats(m.ptr)
	runtime.KeepAlive(m)
	if !r.is_ok {
		return Stats{}, errOf(unsafe.Pointer(&r.anon0))
	}
	s := okOf[C.MemvidStats](unsafe.Pointer(&r.anon0))
	return Stats{uint64(s.frame_count), uint64(s.active_frame_count), uint64(s.size_bytes),
		uint64(s.capacity_bytes), uint64(s.vector_count), bool(s.has_lex_index), bool(s.has_vec_index)}, nil
}

// State is what the handle holds now, including uncommitted puts.
type State struct {
	CommittedFrames, PendingFrames, NextFrameID uint64
	VecDimension                                uint32
	ReadOnly                                    bool
}

// State reads the handle's state.
func (m *Memory) State() (State, error) {
	r := C.memvid_MemvidStore_state(m.ptr)
	runtime.KeepAlive(m)
	if !r.is_ok {
		return State{}, errOf(unsafe.Pointer(&r.anon0))
	}
	s := okOf[C.MemvidState](unsafe.Pointer(&r.anon0))
	return State{uint64(s.committed_frames), uint64(s.pending_frames), uint64(s.next_frame_id),
		uint32(s.vec_dimension), bool(s.read_only)}, nil
}

// Frame is a stored frame's metadata.
type Frame struct {
	ID                      uint64
	Timestamp               int64
	URI, Title, Kind, Track string
	Active                  bool
}

func frameOf(f *C.MemvidFrame) Frame {
	defer C.memvid_MemvidFrame_destroy(f)
	return Frame{
		ID:        uint64(C.memvid_MemvidFrame_id(f)),
		Timestamp: int64(C.memvid_MemvidFrame_timestamp(f)),
		URI:       written(func(w *C.DiplomatWrite) { C.memvid_MemvidFrame_uri(f, w) }),
		Title:     written(func(w *C.DiplomatWrite) { C.memvid_MemvidFrame_title(f, w) }),
		Kind:      written(func(w *C.DiplomatWrite) { C.memvid_MemvidFrame_kind(f, w) }),
		Track:     written(func(w *C.DiplomatWrite) { C.memvid_MemvidFrame_track(f, w) }),
		Active:    bool(C.memvid_MemvidFrame_is_active(f)),
	}
}

// Frame reads a frame's metadata by id.
func (m *Memory) Frame(id uint64) (Frame, error) {
	r := C.memvid_MemvidStore_frame(m.ptr, C.uint64_t(id))
	runtime.KeepAlive(m)
	if !r.is_ok {
		return Frame{}, errOf(unsafe.Pointer(&r.anon0))
	}
	return frameOf(okOf[*C.MemvidFrame](unsafe.Pointer(&r.anon0))), nil
}

// FrameByURI reads the live frame with this uri.
func (m *Memory) FrameByURI(uri string) (Frame, error) {
	u := newCstr(uri)
	defer u.free()
	r := C.memvid_MemvidStore_frame_by_uri(m.ptr, u.view)
	runtime.KeepAlive(m)
	if !r.is_ok {
		return Frame{}, errOf(unsafe.Pointer(&r.anon0))
	}
	return frameOf(okOf[*C.MemvidFrame](unsafe.Pointer(&r.anon0))), nil
}

// FrameText returns the text that was put as frame id.
func (m *Memory) FrameText(id uint64) (string, error) {
	var err error
	text := written(func(w *C.DiplomatWrite) {
		r := C.memvid_MemvidStore_frame_text(m.ptr, C.uint64_t(id), w)
		err = resultErr(boxResult(r.is_ok, unsafe.Pointer(&r.anon0)))
	})
	runtime.KeepAlive(m)
	return text, err
}

// TimelineQuery selects timeline entries; the zero value lists every frame, oldest first.
type TimelineQuery struct {
	Limit        uint64 // 0 means no limit
	Since, Until int64  // 0 means unbounded
	Reverse      bool
}

// TimelineEntry is one frame on the timeline.
type TimelineEntry struct {
	FrameID   uint64
	Timestamp int64
	Preview   string
}

// Timeline lists frames in time order.
func (m *Memory) Timeline(q TimelineQuery) ([]TimelineEntry, error) {
	tq := C.memvid_MemvidTimelineQuery_new()
	defer C.memvid_MemvidTimelineQuery_destroy(tq)
	if q.Limit != 0 {
		r := C.memvid_MemvidTimelineQuery_set_limit(tq, C.uint64_t(q.Limit))
		if err := resultErr(boxResult(r.is_ok, unsafe.Pointer(&r.anon0))); err != nil {
			return nil, err
		}
	}
	if q.Since != 0 {
		C.memvid_MemvidTimelineQuery_set_since(tq, C.int64_t(q.Since))
	}
	if q.Until != 0 {
		C.memvid_MemvidTimelineQuery_set_until(tq, C.int64_t(q.Until))
	}
	C.memvid_MemvidTimelineQuery_set_reverse(tq, C.bool(q.Reverse))
	r := C.memvid_MemvidStore_timeline(m.ptr, tq)
	runtime.KeepAlive(m)
	if !r.is_ok {
		return nil, errOf(unsafe.Pointer(&r.anon0))
	}
	tl := okOf[*C.MemvidTimeline](unsafe.Pointer(&r.anon0))
	defer C.memvid_MemvidTimeline_destroy(tl)
	out := make([]TimelineEntry, int(C.memvid_MemvidTimeline_len(tl)))
	for i := range out {
		e := C.memvid_MemvidTimeline_get(tl, C.size_t(i))
		out[i] = TimelineEntry{
			FrameID:   uint64(C.memvid_MemvidTimelineEntry_frame_id(e)),
			Timestamp: int64(C.memvid_MemvidTimelineEntry_timestamp(e)),
			Preview:   written(func(w *C.DiplomatWrite) { C.memvid_MemvidTimelineEntry_preview(e, w) }),
		}
		C.memvid_MemvidTimelineEntry_destroy(e)
	}
	return out, nil
}

// SearchJSON runs a memvid-core SearchRequest (JSON) and returns its SearchResponse (JSON).
func (m *Memory) SearchJSON(request string) (string, error) {
	req := newCstr(request)
	defer req.free()
	var err error
	text := written(func(w *C.DiplomatWrite) {
		r := C.memvid_MemvidStore_search_json(m.ptr, req.view, w)
		err = resultErr(boxResult(r.is_ok, unsafe.Pointer(&r.anon0)))
	})
	runtime.KeepAlive(m)
	return text, err
}

// requestOf marshals a call's request with encoding/json: nil (or anything that marshals to
// null) means {}, a json.RawMessage is passed as it is. A value encoding/json refuses is
// CodeInvalidArgument.
func requestOf(request any) (cstr, error) {
	if request == nil {
		return newCstr(""), nil
	}
	b, err := json.Marshal(request)
	if err != nil {
		return cstr{}, &Error{Code: CodeInvalidArgument, Message: "request: " + err.Error()}
	}
	if string(b) == "null" {
		b = nil
	}
	return newCstr(string(b)), nil
}

// Call runs a feature beyond the typed methods by name: op is one of the ops of the README's
// feature table (update_frame, correct, put_file, frame, start_session, end_session, sessions,
// enrich, memories, entity_state, add_memory_cards, export_facts, import_tables, tables, ask,
// ticket, capacity, apply_ticket, ...) and request its JSON object, marshalled with
// encoding/json (a struct, a map, a json.RawMessage; nil means {}). The result is the op's JSON,
// for the caller to unmarshal:
//
//	raw, err := mem.Call("memories", map[string]string{"entity": "user", "slot": "employer"})
//	var cards []struct{ Value string }
//	err = json.Unmarshal(raw, &cards)
//
// An unknown op or request field is CodeJsonShape (MV206).
func (m *Memory) Call(op string, request any) (json.RawMessage, error) {
	out, err := callJSON(op, request, func(o, req C.DiplomatStringView, w *C.DiplomatWrite) error {
		r := C.memvid_MemvidStore_call_json(m.ptr, o, req, w)
		return resultErr(boxResult(r.is_ok, unsafe.Pointer(&r.anon0)))
	})
	runtime.KeepAlive(m)
	return out, err
}

// Maintenance runs a maintenance or encryption op on a memory file by path, like Memory.Call:
// verify {"path", "deep"} (a VerificationReport: "overall_status" is "passed" when the file is
// sound), doctor_plan, doctor and doctor_apply, lock_holder {"path"} ({"held", "pid",
// "this_process"}), check_single_file, and lock / unlock {"path", "password", "output"}
// ({"path": written}). The file must not be open for writing (close it first).
func Maintenance(op string, request any) (json.RawMessage, error) {
	return callJSON(op, request, func(o, req C.DiplomatStringView, w *C.DiplomatWrite) error {
		r := C.memvid_MemvidMaintenance_call_json(o, req, w)
		return resultErr(boxResult(r.is_ok, unsafe.Pointer(&r.anon0)))
	})
}

// callJSON marshals request (see requestOf), hands op and it to one of the call_json entry
// points, and returns the JSON it writes.
func callJSON(op string, request any, call func(op, request C.DiplomatStringView, w *C.DiplomatWrite) error) (json.RawMessage, error) {
	req, err := requestOf(request)
	if err != nil {
		return nil, err
	}
	defer req.free()
	o := newCstr(op)
	defer o.free()
	text := written(func(w *C.DiplomatWrite) { err = call(o.view, req.view, w) })
	if err != nil {
		return nil, err
	}
	return json.RawMessage(text), nil
}

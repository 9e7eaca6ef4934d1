// The Go suite: bindings/go against the real library. Run by `cargo tool test` (go test -v).
package tests

import (
	"encoding/json"
	"errors"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"

	"memvid.dev/memvid"
)

var docs = [][2]string{
	{"Rust", "Rust is a systems programming language focused on safety and speed."},
	{"WebAssembly", "WebAssembly runs compiled code inside browsers and Node.js."},
	{"Gardening", "Tomatoes need sunlight, water and patience to ripen in summer."},
}

func axis(i int) []float32 {
	v := []float32{0.05, 0.05, 0.05, 0.05}
	v[i] = 1
	return v
}

func makeMemory(t *testing.T, name string, vectors bool) (*memvid.Memory, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	mem, err := memvid.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	for i, d := range docs {
		opts := &memvid.PutOptions{Title: d[0], URI: "mv2://docs/" + string(rune('0'+i)), Tags: []string{"t"}}
		if vectors {
			opts.Embedding = axis(i)
		}
		id, err := mem.Put(d[1], opts)
		if err != nil || id != uint64(i) {
			t.Fatalf("put %d: id %d, %v", i, id, err)
		}
	}
	if err := mem.Commit(); err != nil {
		t.Fatal(err)
	}
	return mem, path
}

func expectCode(t *testing.T, err error, code memvid.Code) {
	t.Helper()
	var e *memvid.Error
	if !errors.As(err, &e) || e.Code != code || e.Message == "" {
		t.Fatalf("expected %v, got %v", code, err)
	}
	if !errors.Is(err, &memvid.Error{Code: code}) {
		t.Fatalf("errors.Is does not match %v", code)
	}
}

func ids(hits []memvid.Hit) []uint64 {
	out := []uint64{}
	for _, h := range hits {
		out = append(out, h.FrameID)
	}
	return out
}

func TestVersion(t *testing.T) {
	if !strings.Contains(memvid.Version(), "memvid-core 2.0.140") {
		t.Fatal(memvid.Version())
	}
}

func TestCreatePutFindReopen(t *testing.T) {
	mem, path := makeMemory(t, "round.mv2", false)
	hits, err := mem.Find("tomatoes sunlight", nil)
	if err != nil || len(hits) != 1 || hits[0].FrameID != 2 || hits[0].Title != "Gardening" || hits[0].Score <= 0 {
		t.Fatalf("find: %+v %v", hits, err)
	}
	if err := mem.Close(); err != nil {
		t.Fatal(err)
	}
	_, err = mem.Find("rust", nil)
	expectCode(t, err, memvid.CodeHandleClosed)

	ro, err := memvid.OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	stats, _ := ro.Stats()
	state, _ := ro.State()
	if stats.FrameCount != 3 || !stats.HasLexIndex || !state.ReadOnly {
		t.Fatalf("stats %+v state %+v", stats, state)
	}
	if text, err := ro.FrameText(1); err != nil || text != docs[1][1] {
		t.Fatalf("frame text %q %v", text, err)
	}
	if f, err := ro.FrameByURI("mv2://docs/2"); err != nil || f.ID != 2 || f.Title != "Gardening" || !f.Active {
		t.Fatalf("frame %+v %v", f, err)
	}
	_, err = ro.Put("nope", nil)
	if !errors.Is(err, memvid.ErrReadOnly) {
		t.Fatalf("expected read-only error, got %v", err)
	}
}

func TestPutManyTimelineDelete(t *testing.T) {
	mem, err := memvid.Create(filepath.Join(t.TempDir(), "many.mv2"))
	if err != nil {
		t.Fatal(err)
	}
	defer mem.Close()
	batch := make([]memvid.Doc, 500)
	for i := range batch {
		batch[i] = memvid.Doc{Text: "batch doc " + strconv.Itoa(i) + " marker" + strconv.Itoa(i) + "z"}
		batch[i].Timestamp = int64(1000 + i)
	}
	frameIDs, err := mem.PutMany(batch)
	if err != nil || len(frameIDs) != 500 || frameIDs[499] != 499 {
		t.Fatalf("put many: %d ids, %v", len(frameIDs), err)
	}
	if err := mem.Commit(); err != nil {
		t.Fatal(err)
	}
	if hits, err := mem.Find("marker321z", nil); err != nil || len(hits) != 1 || hits[0].FrameID != 321 {
		t.Fatalf("find: %+v %v", hits, err)
	}
	newest, err := mem.Timeline(memvid.TimelineQuery{Limit: 2, Reverse: true})
	if err != nil || len(newest) != 2 || newest[0].FrameID != 499 || newest[1].FrameID != 498 {
		t.Fatalf("timeline: %+v %v", newest, err)
	}
	if window, _ := mem.Timeline(memvid.TimelineQuery{Since: 1010, Until: 1019}); len(window) != 10 {
		t.Fatalf("timeline window: %d", len(window))
	}
	if err := mem.Delete(321); err != nil {
		t.Fatal(err)
	}
	mem.Commit()
	if hits, _ := mem.Find("marker321z", nil); len(hits) != 0 {
		t.Fatal("deleted frame still found")
	}
}

func TestQuerySyntax(t *testing.T) {
	mem, _ := makeMemory(t, "syntax.mv2", false)
	defer mem.Close()
	hits, err := mem.Find("safety and speed", nil)
	if err != nil || len(hits) != 1 || hits[0].FrameID != 0 {
		t.Fatalf("plain phrase of words: %v %v", ids(hits), err)
	}
	hits, err = mem.Find("rust OR tomatoes", &memvid.FindOptions{Syntax: memvid.Plain})
	if err != nil || len(hits) != 0 {
		t.Fatalf("plain OR is a word: %v %v", ids(hits), err)
	}
	hits, err = mem.Find("rust OR tomatoes", &memvid.FindOptions{Syntax: memvid.Operators})
	got := ids(hits)
	if err != nil || len(got) != 2 || !(got[0] == 0 && got[1] == 2 || got[0] == 2 && got[1] == 0) {
		t.Fatalf("operators OR: %v %v", got, err)
	}
	_, err = mem.Find("and", &memvid.FindOptions{Syntax: memvid.Operators})
	expectCode(t, err, memvid.CodeInvalidQuery)
}

func TestVecAndHybrid(t *testing.T) {
	mem, _ := makeMemory(t, "vec.mv2", true)
	defer mem.Close()
	near, err := mem.VecSearch(axis(1), 2)
	if err != nil || len(near) != 2 || near[0].FrameID != 1 || near[1].FrameID != 0 {
		t.Fatalf("vec search: %v %v", ids(near), err)
	}
	fused, err := mem.Find("rust", &memvid.FindOptions{Mode: memvid.Hybrid, Embedding: axis(1)})
	found := map[uint64]bool{}
	for _, h := range fused {
		found[h.FrameID] = true
	}
	if err != nil || !found[0] || !found[1] {
		t.Fatalf("hybrid: %v %v", ids(fused), err)
	}
	_, err = mem.VecSearch([]float32{1, 0}, 3)
	expectCode(t, err, memvid.CodeVecDimensionMismatch)
	_, err = mem.VecSearch([]float32{float32(math.NaN()), 0, 0, 0}, 3)
	expectCode(t, err, memvid.CodeInvalidArgument)
	_, err = mem.Find("rust", &memvid.FindOptions{Mode: memvid.Vec})
	expectCode(t, err, memvid.CodeInvalidArgument)
}

func TestErrorsHaveCodes(t *testing.T) {
	dir := t.TempDir()
	_, err := memvid.Open(filepath.Join(dir, "missing.mv2"))
	expectCode(t, err, memvid.CodeFileNotFound)
	if !errors.Is(err, memvid.ErrFileNotFound) || err.Error()[:5] != "MV013" {
		t.Fatalf("sentinel/format: %v", err)
	}
	junk := filepath.Join(dir, "junk.mv2")
	os.WriteFile(junk, []byte(strings.Repeat("j", 8192)), 0o644)
	_, err = memvid.Open(junk)
	expectCode(t, err, memvid.CodeCorruptFile)
	_, err = memvid.Create(junk)
	expectCode(t, err, memvid.CodeAlreadyExists)

	mem, path := makeMemory(t, "errs.mv2", false)
	defer mem.Close()
	_, err = memvid.Open(path)
	expectCode(t, err, memvid.CodeLocked)
	_, err = mem.Find("", nil)
	expectCode(t, err, memvid.CodeInvalidQuery)
	_, err = mem.Frame(42)
	expectCode(t, err, memvid.CodeFrameNotFound)
	_, err = mem.Put("caf\xc3", nil)
	expectCode(t, err, memvid.CodeInvalidUtf8)
	_, err = mem.SearchJSON(`{"query":`)
	expectCode(t, err, memvid.CodeJsonSyntax)
	if resp, err := mem.SearchJSON(`{"query":"webassembly","top_k":2,"snippet_chars":40}`); err != nil || !strings.Contains(resp, `"frame_id":1`) {
		t.Fatalf("search json: %s %v", resp, err)
	}
}

// The JSON API: memory cards, ask without a model, an unknown op, then verify of the closed file.
func TestCallAndMaintenance(t *testing.T) {
	path := filepath.Join(t.TempDir(), "calls.mv2")
	mem, err := memvid.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer mem.Close()
	if _, err := mem.Put("I work at Acme Robotics.", nil); err != nil {
		t.Fatal(err)
	}
	if err := mem.Commit(); err != nil {
		t.Fatal(err)
	}
	var enriched struct{ Cards int }
	if raw, err := mem.Call("enrich", nil); err != nil || json.Unmarshal(raw, &enriched) != nil || enriched.Cards < 1 {
		t.Fatalf("enrich: %s %v", raw, err)
	}
	var cards []struct{ Value string }
	raw, err := mem.Call("memories", map[string]string{"entity": "user", "slot": "employer"})
	if err != nil || json.Unmarshal(raw, &cards) != nil || len(cards) != 1 || !strings.Contains(cards[0].Value, "Acme") {
		t.Fatalf("memories: %s %v", raw, err)
	}
	var answer struct {
		Retrieval struct{ Hits []json.RawMessage }
	}
	raw, err = mem.Call("ask", map[string]any{"question": "Acme", "context_only": true})
	if err != nil || json.Unmarshal(raw, &answer) != nil || len(answer.Retrieval.Hits) == 0 {
		t.Fatalf("ask: %s %v", raw, err)
	}
	_, err = mem.Call("no_such_op", nil)
	expectCode(t, err, memvid.CodeJsonShape)
	if err := mem.Close(); err != nil {
		t.Fatal(err)
	}
	var report struct {
		OverallStatus string `json:"overall_status"`
	}
	raw, err = memvid.Maintenance("verify", map[string]string{"path": path})
	if err != nil || json.Unmarshal(raw, &report) != nil || report.OverallStatus != "passed" {
		t.Fatalf("verify: %s %v", raw, err)
	}
}

// One handle shared by goroutines: calls are serialized inside the library.
func TestGoroutinesShareOneHandle(t *testing.T) {
	mem, _ := makeMemory(t, "threads.mv2", false)
	defer mem.Close()
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 20; i++ {
				if _, err := mem.Put("goroutine "+strconv.Itoa(g)+" doc "+strconv.Itoa(i)+" shared", nil); err != nil {
					errs <- err
					return
				}
				if _, err := mem.Find("rust", nil); err != nil {
					errs <- err
					return
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	mem.Commit()
	if stats, _ := mem.Stats(); stats.FrameCount != 3+160 {
		t.Fatalf("frame count %d", stats.FrameCount)
	}
}

// A Close racing with puts and finds on other goroutines: every call either works or gets
// MV203, and what was put before the close is committed by it.
func TestCloseWhileGoroutinesWork(t *testing.T) {
	mem, path := makeMemory(t, "closing.mv2", false)
	var wg sync.WaitGroup
	var mu sync.Mutex
	acknowledged := []string{}
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; ; i++ {
				token := "tok" + strconv.Itoa(g) + "x" + strconv.Itoa(i)
				_, err := mem.Put("racer "+strconv.Itoa(g)+" doc "+strconv.Itoa(i)+" "+token, nil)
				if err == nil {
					_, err = mem.Find("rust", nil)
				}
				if err != nil {
					var e *memvid.Error
					if !errors.As(err, &e) || e.Code != memvid.CodeHandleClosed {
						t.Errorf("goroutine %d: %v", g, err)
					}
					return
				}
				mu.Lock()
				acknowledged = append(acknowledged, token)
				mu.Unlock()
			}
		}(g)
	}
	for {
		mu.Lock()
		n := len(acknowledged)
		mu.Unlock()
		if n >= 40 {
			break
		}
		runtime.Gosched()
	}
	if err := mem.Close(); err != nil {
		t.Fatal(err)
	}
	wg.Wait()
	reopened, err := memvid.OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer reopened.Close()
	for _, token := range acknowledged {
		hits, err := reopened.Find(token, nil)
		if err != nil || len(hits) == 0 {
			t.Fatalf("%s: not found after the close (%v)", token, err)
		}
	}
}

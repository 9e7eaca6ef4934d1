//! An in-memory inverted-file index (IVF-flat) over a flat vector index, so that vector search
//! stops reading every vector once an index is large and queried often.
//!
//! Why in memory and not in the file: the file keeps the flat index (`Vec<VecDocument>`) that
//! the official memvid CLI and SDKs write and read, so files stay interchangeable both ways. The
//! persisted HNSW encoding of `vec.rs` (features `vec` / `hnsw_bench`) cannot list its vectors
//! (`VecIndex::entries` is empty for it, and a commit rebuilds the index from `entries`);
//! this index is a cache instead, derived from the flat index and kept in step with it.
//!
//! Why IVF and not a graph: the `hnsw` crate behind `vec` was measured at 20,000 × 384 building
//! for a minute, searching slower than the exact scan, and panicking inside a search on
//! clustered data. An IVF is k-means over a sample (a few hundred exact searches' worth of
//! work), then each search reads the vectors of the few lists whose centres are nearest to the
//! query, with the same kernel as the exact search. A stored vector is always in the list of its
//! nearest centre, and that list is always probed, so a query equal to a stored vector finds it.
//!
//! When it is used (`Accelerator::search`):
//! - only for flat indexes of at least [`MIN_VECTORS`] vectors with one dimension and finite
//!   values, and only when `limit` is small next to them (a large `limit` reads most of the
//!   index anyway): everything else is exact;
//! - the lists are built once the exact searches on this index have cost about what building
//!   them costs (ski rental: [`EXACT_QUERIES_BEFORE_BUILD`]), so a program that opens a memory,
//!   asks once and closes never pays for a build;
//! - recall is measured, not assumed: the last [`CALIBRATION_QUERIES`] exact searches choose how
//!   many lists a search probes (the fewest, from [`MIN_PROBES`] doubling, that find
//!   [`TARGET_RECALL`] of their exact answers, reading at most a quarter of the lists), and one
//!   search in [`AUDIT_EVERY`] is answered exactly and compared, doubling the probes when recall
//!   falls. Data that no probe count serves (vectors without cluster structure, such as uniform
//!   random ones) stays exact until the index doubles;
//! - a commit hands the lists to the next index ([`Accelerator::adopt`]) and a removal marks
//!   them stale; before the next search they are brought in step: every vector goes into the
//!   list it was in (recognised by frame id and a hash of its values) or, when new, into the list
//!   of its nearest centre. The centres are trained again when the index has doubled or halved
//!   since they were trained;
//! - if the probed lists hold fewer than `limit` vectors the search is exact.
//!
//! The lists hold a copy of their vectors, one after another, so that a search reads memory in
//! order: read in list order from the flat index, a vector cost about four times as long as in
//! the exact scan (measured at 20,000 × 384). The cache therefore takes as much memory again as
//! the vectors. Ties and distances are computed as in the exact search.

use std::collections::HashMap;
use std::sync::Mutex;

use crate::simd::l2_distance_squared_simd;
use crate::types::FrameId;
use crate::vec::{NearestK, VecDocument, VecSearchHit};

/// Below this many vectors an exact search is a few hundred microseconds at most: no lists.
pub const MIN_VECTORS: usize = 4096;
/// Exact searches an index serves before its lists are built. Building costs about as much as
/// this many exact searches over the same index (measured by `cargo tool bench --search`), so
/// building after them keeps the total within about twice the best choice made in hindsight.
pub const EXACT_QUERIES_BEFORE_BUILD: u32 = 256;
/// The recent exact searches kept to choose the probe count when the lists are built.
pub const CALIBRATION_QUERIES: usize = 32;
/// The fewest lists a search probes.
pub const MIN_PROBES: usize = 4;
/// The share of the exact answers that the probed lists must find, in calibration and audits.
pub const TARGET_RECALL: f64 = 0.97;
/// One indexed search in this many is answered exactly and checked against the lists.
pub const AUDIT_EVERY: u64 = 128;
/// Audits per verdict: after this many, recall below [`TARGET_RECALL`] doubles the probes.
const AUDIT_WINDOW: u64 = 16;
/// Training vectors per list, a random sample of the index (the k-means rule of thumb).
const SAMPLE_PER_LIST: usize = 64;
/// Lloyd iterations after the k-means++ seeding.
const KMEANS_ITERATIONS: usize = 8;

/// xorshift64*: a reproducible sample and seeding without a dependency.
struct Rng(u64);

impl Rng {
    fn step(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Uniform in `0..n` (n > 0).
    #[allow(clippy::cast_possible_truncation)]
    fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.step()) * n as u128) >> 64) as usize
    }

    /// Uniform in `[0, 1)`.
    #[allow(clippy::cast_precision_loss)]
    fn unit(&mut self) -> f64 {
        (self.step() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// A hash of a vector's values, to recognise a frame's vector across commits.
fn fingerprint(values: &[f32]) -> u64 {
    values.iter().fold(0xcbf2_9ce4_8422_2325, |h: u64, x| {
        (h.rotate_left(5) ^ u64::from(x.to_bits())).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Whether an IVF can index `documents`: one non-zero dimension, finite values.
fn indexable(documents: &[VecDocument]) -> Option<usize> {
    let dim = documents.first()?.embedding.len();
    let uniform = documents
        .iter()
        .all(|d| d.embedding.len() == dim && d.embedding.iter().all(|x| x.is_finite()));
    (dim > 0 && uniform).then_some(dim)
}

/// One list: the positions in the flat index of the vectors nearest to its centre, and a copy
/// of those vectors one after another.
#[derive(Clone, Default)]
struct List {
    positions: Vec<u32>,
    vectors: Vec<f32>,
}

/// The centres, the lists, and where each frame went.
pub struct IvfIndex {
    dim: usize,
    /// `lists.len()` centres of `dim` floats each.
    centres: Vec<f32>,
    /// Together the lists hold every position of the flat index once.
    lists: Vec<List>,
    /// Frame id → (list, fingerprint of its vector).
    placed: HashMap<FrameId, (u32, u64)>,
    /// How many vectors the centres were trained for.
    trained_for: usize,
    /// How many vectors the lists were last filled from (the flat index's length then).
    filled: usize,
}

impl IvfIndex {
    /// Trains centres on a sample of `documents` and puts every vector in its nearest list;
    /// None when `documents` cannot be indexed (see [`indexable`]) or hold more than `u32`
    /// positions.
    #[must_use]
    pub fn build(documents: &[VecDocument]) -> Option<Self> {
        let dim = indexable(documents)?;
        u32::try_from(documents.len()).ok()?;
        let n = documents.len();
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, clippy::cast_precision_loss)]
        let nlist = ((n as f64).sqrt().round() as usize).clamp(1, n);
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        // A partial Fisher–Yates shuffle picks the training sample.
        let sample_size = (nlist * SAMPLE_PER_LIST).min(n);
        let mut order: Vec<usize> = (0..n).collect();
        for i in 0..sample_size {
            let j = i + rng.below(n - i);
            order.swap(i, j);
        }
        let sample: Vec<&[f32]> = order[..sample_size]
            .iter()
            .map(|&i| documents[i].embedding.as_slice())
            .collect();
        let centres = kmeans(&sample, nlist, dim, &mut rng);
        let mut index = Self {
            dim,
            centres,
            lists: vec![List::default(); nlist],
            placed: HashMap::with_capacity(n),
            trained_for: n,
            filled: 0,
        };
        index.fill(documents, false);
        Some(index)
    }

    /// Number of lists.
    #[must_use]
    pub fn lists(&self) -> usize {
        self.lists.len()
    }

    /// The most lists a search may probe: a quarter of them (more reads too much of the index
    /// to be worth it over the exact scan).
    #[must_use]
    pub fn max_probes(&self) -> usize {
        (self.lists.len() / 4).max(1)
    }

    /// The list whose centre is nearest to `vector`.
    fn nearest_list(&self, vector: &[f32]) -> u32 {
        let mut best = (f32::INFINITY, 0u32);
        for (list, centre) in (0u32..).zip(self.centres.chunks_exact(self.dim)) {
            let distance = l2_distance_squared_simd(vector, centre);
            if distance < best.0 {
                best = (distance, list);
            }
        }
        best.1
    }

    /// Rebuilds the lists from `documents`; with `reuse`, a frame whose vector is unchanged goes
    /// back into the list it was in, without a search for its nearest centre.
    fn fill(&mut self, documents: &[VecDocument], reuse: bool) {
        let previous = if reuse { std::mem::take(&mut self.placed) } else { HashMap::new() };
        for list in &mut self.lists {
            list.positions.clear();
            list.vectors.clear();
        }
        self.placed.reserve(documents.len());
        for (position, doc) in (0u32..).zip(documents) {
            let print = fingerprint(&doc.embedding);
            let list = match previous.get(&doc.frame_id) {
                Some(&(list, old)) if old == print => list,
                _ => self.nearest_list(&doc.embedding),
            };
            let target = &mut self.lists[list as usize];
            target.positions.push(position);
            target.vectors.extend_from_slice(&doc.embedding);
            self.placed.insert(doc.frame_id, (list, print));
        }
        self.filled = documents.len();
    }

    /// Brings the lists in step with `documents` (the flat index after a commit or a removal).
    /// False when they should be built again instead: the index doubled or halved since the
    /// centres were trained, or it can no longer be indexed.
    fn sync(&mut self, documents: &[VecDocument]) -> bool {
        let n = documents.len();
        if n > 2 * self.trained_for || 2 * n < self.trained_for || u32::try_from(n).is_err() {
            return false;
        }
        if indexable(documents) != Some(self.dim) {
            return false;
        }
        self.fill(documents, true);
        true
    }

    /// The `limit` nearest documents among the `probes` lists nearest to `query`, nearest
    /// first; None when those lists hold fewer than `limit` vectors or the query does not fit
    /// the index (then the caller searches exactly). `documents` must be the flat index these
    /// lists were filled from.
    #[must_use]
    pub fn search(
        &self,
        documents: &[VecDocument],
        query: &[f32],
        limit: usize,
        probes: usize,
    ) -> Option<Vec<VecSearchHit>> {
        if query.len() != self.dim || !query.iter().all(|x| x.is_finite()) {
            return None;
        }
        let mut order: Vec<(f32, usize)> = self
            .centres
            .chunks_exact(self.dim)
            .map(|centre| l2_distance_squared_simd(query, centre))
            .zip(0..)
            .collect();
        let probes = probes.clamp(1, order.len());
        if probes < order.len() {
            order.select_nth_unstable_by(probes - 1, |a, b| a.0.total_cmp(&b.0));
        }
        let mut nearest = NearestK::new(limit);
        let mut seen = 0usize;
        for &(_, list) in &order[..probes] {
            let list = &self.lists[list];
            for (&position, vector) in list.positions.iter().zip(list.vectors.chunks_exact(self.dim)) {
                nearest.offer(l2_distance_squared_simd(query, vector), position as usize);
            }
            seen += list.positions.len();
        }
        if seen < limit.min(documents.len()) || documents.len() != self.filled {
            return None;
        }
        Some(nearest.into_hits(documents))
    }
}

/// How many of `truth`'s frames `got` holds.
fn found(truth: &[FrameId], got: &[VecSearchHit]) -> usize {
    truth.iter().filter(|id| got.iter().any(|h| h.frame_id == **id)).count()
}

/// k-means++ seeding and `KMEANS_ITERATIONS` Lloyd steps over `sample`: `k` centres of `dim`
/// floats, one after another. A centre left without points keeps its place.
fn kmeans(sample: &[&[f32]], k: usize, dim: usize, rng: &mut Rng) -> Vec<f32> {
    let mut centres: Vec<f32> = Vec::with_capacity(k * dim);
    centres.extend_from_slice(sample[rng.below(sample.len())]);
    // Each point's squared distance to its nearest centre so far: the next centre is drawn
    // with probability in proportion to it.
    let mut nearest: Vec<f32> = sample
        .iter()
        .map(|p| l2_distance_squared_simd(p, &centres[..dim]))
        .collect();
    for _ in 1..k {
        let total: f64 = nearest.iter().map(|&d| f64::from(d)).sum();
        let pick = if total > 0.0 {
            let mut target = rng.unit() * total;
            nearest
                .iter()
                .position(|&d| {
                    target -= f64::from(d);
                    target < 0.0
                })
                .unwrap_or(sample.len() - 1)
        } else {
            rng.below(sample.len())
        };
        let start = centres.len();
        centres.extend_from_slice(sample[pick]);
        for (d, p) in nearest.iter_mut().zip(sample) {
            *d = d.min(l2_distance_squared_simd(p, &centres[start..]));
        }
    }
    let mut sums = vec![0.0f64; k * dim];
    let mut counts = vec![0usize; k];
    for _ in 0..KMEANS_ITERATIONS {
        sums.iter_mut().for_each(|s| *s = 0.0);
        counts.iter_mut().for_each(|c| *c = 0);
        for p in sample {
            let mut best = (f32::INFINITY, 0usize);
            for (c, centre) in centres.chunks_exact(dim).enumerate() {
                let d = l2_distance_squared_simd(p, centre);
                if d < best.0 {
                    best = (d, c);
                }
            }
            counts[best.1] += 1;
            for (s, x) in sums[best.1 * dim..(best.1 + 1) * dim].iter_mut().zip(p.iter()) {
                *s += f64::from(*x);
            }
        }
        for (c, &count) in counts.iter().enumerate() {
            if count > 0 {
                #[allow(clippy::cast_possible_truncation, clippy::cast_precision_loss)]
                for (centre, sum) in centres[c * dim..(c + 1) * dim].iter_mut().zip(&sums[c * dim..]) {
                    *centre = (sum / count as f64) as f32;
                }
            }
        }
    }
    centres
}

/// An exact search remembered to calibrate the probe count: the query and the frames found.
struct Answer {
    query: Vec<f32>,
    frames: Vec<FrameId>,
}

#[derive(Default)]
struct State {
    ivf: Option<IvfIndex>,
    /// Lists a search probes (chosen by calibration, raised by audits).
    probes: usize,
    /// The lists may not match the flat index (handed over at a commit, or a vector removed).
    stale: bool,
    /// The index size at which no probe count served (or the vectors could not be indexed):
    /// exact until the index doubles.
    unserved_at: Option<usize>,
    exact_queries: u32,
    /// The last `CALIBRATION_QUERIES` exact answers, oldest first.
    recent: std::collections::VecDeque<Answer>,
    /// Searches answered since the lists were built, and the audits' tally.
    indexed: u64,
    audited_found: usize,
    audited_wanted: usize,
}

impl State {
    fn remember(&mut self, query: &[f32], hits: &[VecSearchHit]) {
        if self.recent.len() == CALIBRATION_QUERIES {
            self.recent.pop_front();
        }
        self.recent.push_back(Answer {
            query: query.to_vec(),
            frames: hits.iter().map(|h| h.frame_id).collect(),
        });
    }

    /// The fewest probes, from `MIN_PROBES` doubling up to `max_probes`, whose answers to the
    /// remembered queries find `TARGET_RECALL` of the exact ones.
    fn calibrate(&self, ivf: &IvfIndex, documents: &[VecDocument]) -> Option<usize> {
        let wanted: usize = self.recent.iter().map(|a| a.frames.len()).sum();
        let mut probes = MIN_PROBES.min(ivf.max_probes());
        loop {
            let mut got = 0usize;
            for answer in &self.recent {
                let hits = ivf.search(documents, &answer.query, answer.frames.len(), probes)?;
                got += found(&answer.frames, &hits);
            }
            #[allow(clippy::cast_precision_loss)]
            if wanted == 0 || got as f64 >= TARGET_RECALL * wanted as f64 {
                return Some(probes);
            }
            if probes >= ivf.max_probes() {
                return None;
            }
            probes = (probes * 2).min(ivf.max_probes());
        }
    }

    /// Builds and calibrates the lists; on failure remembers the size that was not served.
    fn build(&mut self, documents: &[VecDocument]) {
        let ivf = IvfIndex::build(documents);
        match ivf.as_ref().and_then(|ivf| self.calibrate(ivf, documents)) {
            Some(probes) => {
                self.ivf = ivf;
                self.probes = probes;
            }
            None => {
                self.ivf = None;
                self.unserved_at = Some(documents.len());
            }
        }
        self.indexed = 0;
        self.audited_found = 0;
        self.audited_wanted = 0;
    }

    /// Counts one audit (the lists' answer against the exact one); at the end of a window with
    /// recall below the target, doubles the probes, or gives up on the lists past the maximum.
    fn audit(&mut self, exact: &[VecSearchHit], indexed: Option<&[VecSearchHit]>, n: usize) {
        let truth: Vec<FrameId> = exact.iter().map(|h| h.frame_id).collect();
        self.audited_wanted += truth.len();
        self.audited_found += indexed.map_or(0, |hits| found(&truth, hits));
        if self.indexed % (AUDIT_EVERY * AUDIT_WINDOW) != 0 {
            return;
        }
        #[allow(clippy::cast_precision_loss)]
        let short = (self.audited_found as f64) < TARGET_RECALL * self.audited_wanted as f64;
        self.audited_found = 0;
        self.audited_wanted = 0;
        if short {
            let max = self.ivf.as_ref().map_or(0, IvfIndex::max_probes);
            if self.probes >= max {
                self.ivf = None;
                self.unserved_at = Some(n);
            } else {
                self.probes = (self.probes * 2).min(max);
            }
        }
    }
}

/// The search accelerator of one flat index. A cache: a cloned index starts without one.
#[derive(Default)]
pub struct Accelerator {
    state: Mutex<State>,
}

impl Clone for Accelerator {
    fn clone(&self) -> Self {
        Self::default()
    }
}

impl std::fmt::Debug for Accelerator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let state = self.state.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        f.debug_struct("Accelerator")
            .field("lists", &state.ivf.as_ref().map(IvfIndex::lists))
            .field("probes", &state.probes)
            .field("exact_queries", &state.exact_queries)
            .finish()
    }
}

impl Accelerator {
    /// The `limit` nearest documents: through the lists when the rules of this module allow
    /// it, `exact()` otherwise.
    pub fn search(
        &self,
        documents: &[VecDocument],
        query: &[f32],
        limit: usize,
        exact: impl FnOnce() -> Vec<VecSearchHit>,
    ) -> Vec<VecSearchHit> {
        let n = documents.len();
        if n < MIN_VECTORS || limit == 0 || limit.saturating_mul(16) > n {
            return exact();
        }
        let Ok(mut state) = self.state.lock() else {
            return exact();
        };
        if state.stale {
            state.stale = false;
            if !state.ivf.as_mut().is_some_and(|ivf| ivf.sync(documents)) {
                state.ivf = None;
            }
        }
        if state.ivf.is_none() {
            let unserved = state.unserved_at.is_some_and(|at| n < 2 * at);
            if unserved || state.exact_queries < EXACT_QUERIES_BEFORE_BUILD {
                state.exact_queries = state.exact_queries.saturating_add(1);
                let hits = exact();
                state.remember(query, &hits);
                return hits;
            }
            state.build(documents);
            if state.ivf.is_none() {
                return exact();
            }
        }
        state.indexed += 1;
        let indexed = state
            .ivf
            .as_ref()
            .and_then(|ivf| ivf.search(documents, query, limit, state.probes));
        if state.indexed % AUDIT_EVERY == 0 {
            let hits = exact();
            state.audit(&hits, indexed.as_deref(), n);
            state.remember(query, &hits);
            return hits;
        }
        indexed.unwrap_or_else(exact)
    }

    /// Marks the lists stale: the flat index removed a vector, which moves the positions after
    /// it.
    pub fn invalidate(&mut self) {
        let state = self.state.get_mut().unwrap_or_else(std::sync::PoisonError::into_inner);
        state.stale = state.ivf.is_some();
    }

    /// Takes over `previous`'s lists, probe count and remembered searches (the index that this
    /// one replaces at a commit); the lists are brought in step with this index at its next
    /// search.
    pub fn adopt(&self, previous: &Accelerator) {
        let taken = previous
            .state
            .lock()
            .map(|mut state| std::mem::take(&mut *state))
            .unwrap_or_default();
        if let Ok(mut state) = self.state.lock() {
            *state = State {
                stale: taken.ivf.is_some(),
                ..taken
            };
        }
    }

    /// The probe count when lists are built and in use (for tests and benchmarks).
    #[must_use]
    pub fn probes(&self) -> Option<usize> {
        self.state
            .lock()
            .ok()
            .and_then(|state| state.ivf.as_ref().map(|_| state.probes))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Documents around `topics` random centres, and queries near documents.
    fn clustered(n: usize, dim: usize, topics: usize, seed: u64) -> Vec<VecDocument> {
        let mut rng = Rng(seed);
        let mut normal = move || {
            // Irwin–Hall: the sum of 12 uniforms minus 6 is close enough to normal here.
            #[allow(clippy::cast_possible_truncation)]
            let x = (0..12).map(|_| rng.unit()).sum::<f64>() as f32 - 6.0;
            x
        };
        let centres: Vec<Vec<f32>> = (0..topics).map(|_| (0..dim).map(|_| normal()).collect()).collect();
        (0..n)
            .map(|i| VecDocument {
                frame_id: i as u64 * 3 + 1,
                embedding: centres[i % topics].iter().map(|c| c + 0.5 * normal()).collect(),
            })
            .collect()
    }

    fn ids(hits: &[VecSearchHit]) -> Vec<FrameId> {
        hits.iter().map(|h| h.frame_id).collect()
    }

    #[test]
    fn a_stored_vector_is_always_its_own_nearest() {
        let docs = clustered(3000, 16, 40, 7);
        let ivf = IvfIndex::build(&docs).expect("indexable");
        assert_eq!(ivf.lists(), 55);
        for doc in docs.iter().step_by(7) {
            let hits = ivf.search(&docs, &doc.embedding, 5, 1).expect("enough vectors");
            assert_eq!(hits[0].frame_id, doc.frame_id);
            assert_eq!(hits[0].distance, 0.0);
        }
    }

    #[test]
    fn probing_every_list_is_exact() {
        let docs = clustered(2000, 8, 10, 11);
        let ivf = IvfIndex::build(&docs).expect("indexable");
        let exact = crate::vec::VecIndex::flat(docs.clone());
        for doc in docs.iter().step_by(97) {
            let query: Vec<f32> = doc.embedding.iter().map(|x| x + 0.3).collect();
            let all = ivf.search(&docs, &query, 10, ivf.lists()).expect("enough vectors");
            assert_eq!(ids(&all), ids(&exact.search(&query, 10)));
        }
    }

    #[test]
    fn unindexable_documents_and_queries_are_refused() {
        let mut docs = clustered(100, 4, 3, 5);
        docs[10].embedding[2] = f32::NAN;
        assert!(IvfIndex::build(&docs).is_none(), "a NaN");
        docs[10].embedding = vec![1.0; 5];
        assert!(IvfIndex::build(&docs).is_none(), "two dimensions");
        docs[10].embedding = vec![1.0; 4];
        let ivf = IvfIndex::build(&docs).expect("indexable again");
        assert!(ivf.search(&docs, &[1.0; 3], 5, 4).is_none(), "wrong dimension");
        assert!(ivf.search(&docs, &[f32::INFINITY; 4], 5, 4).is_none(), "infinite query");
        assert!(ivf.search(&docs, &[1.0; 4], 200, 1).is_none(), "fewer vectors than the limit");
    }

    #[test]
    fn sync_follows_additions_and_removals() {
        let docs = clustered(4000, 16, 30, 3);
        let mut ivf = IvfIndex::build(&docs[..3000]).expect("indexable");
        // A commit: 1,000 added, every third of the first 300 removed.
        let next: Vec<VecDocument> = docs
            .iter()
            .enumerate()
            .filter(|(i, _)| *i >= 300 || i % 3 != 0)
            .map(|(_, d)| d.clone())
            .collect();
        assert!(ivf.sync(&next));
        assert_eq!(ivf.lists.iter().map(|l| l.positions.len()).sum::<usize>(), next.len());
        let mut positions: Vec<u32> = ivf.lists.iter().flat_map(|l| l.positions.clone()).collect();
        positions.sort_unstable();
        assert!(positions.iter().copied().eq(0..next.len() as u32), "every position once");
        for doc in next.iter().step_by(13) {
            let hits = ivf.search(&next, &doc.embedding, 3, 1).expect("enough vectors");
            assert_eq!(hits[0].frame_id, doc.frame_id);
        }
        let removed = &docs[0];
        let hits = ivf.search(&next, &removed.embedding, 10, ivf.lists()).expect("enough");
        assert!(!ids(&hits).contains(&removed.frame_id));
        // Doubling the trained size asks for new centres.
        let doubled: Vec<VecDocument> = clustered(7000, 16, 30, 4);
        assert!(!ivf.sync(&doubled));
    }

    #[test]
    fn the_accelerator_builds_after_enough_exact_queries_and_follows_commits() {
        let docs = clustered(MIN_VECTORS + 500, 8, 50, 9);
        let index = crate::vec::VecIndex::flat(docs.clone());
        let query = docs[17].embedding.clone();
        for _ in 0..EXACT_QUERIES_BEFORE_BUILD {
            assert_eq!(index.search(&query, 10)[0].frame_id, docs[17].frame_id);
        }
        assert!(index.accelerator_probes().is_none());
        assert_eq!(index.search(&query, 10)[0].frame_id, docs[17].frame_id);
        assert!(index.accelerator_probes().is_some());
        // A large limit is exact and leaves the lists alone.
        assert_eq!(index.search(&query, docs.len()).len(), docs.len());
        // The next index (a commit that drops one vector) takes the lists over.
        let next = crate::vec::VecIndex::flat(docs[1..].to_vec());
        next.adopt_accelerator(&index);
        assert!(index.accelerator_probes().is_none() && next.accelerator_probes().is_some());
        assert_eq!(next.search(&docs[0].embedding, 10).len(), 10);
        assert!(!ids(&next.search(&docs[0].embedding, 10)).contains(&docs[0].frame_id));
        assert_eq!(next.search(&query, 10)[0].frame_id, docs[17].frame_id);
    }

    #[test]
    fn vectors_without_clusters_stay_exact() {
        let mut rng = Rng(21);
        let mut value = move || {
            #[allow(clippy::cast_possible_truncation)]
            let x = rng.unit() as f32 - 0.5;
            x
        };
        let docs: Vec<VecDocument> = (0..MIN_VECTORS + 100)
            .map(|i| VecDocument {
                frame_id: i as u64,
                embedding: (0..128).map(|_| value()).collect(),
            })
            .collect();
        let queries: Vec<Vec<f32>> = (0..64).map(|_| (0..128).map(|_| value()).collect()).collect();
        let index = crate::vec::VecIndex::flat(docs.clone());
        for q in queries.iter().cycle().take(EXACT_QUERIES_BEFORE_BUILD as usize + 40) {
            let hits = index.search(q, 10);
            assert_eq!(hits, super::super::vec::nearest_exact_for_tests(&docs, q, 10));
        }
        assert!(index.accelerator_probes().is_none(), "no probe count serves uniform data");
    }
}

//! Memory cards: facts, preferences and events about entities (`user / employer = Acme`),
//! extracted from frames by memvid-core's built-in rules engine or added directly. Cards are
//! kept in the file and become durable at commit.

#[diplomat::bridge]
#[diplomat::abi_rename = "memvid_{0}"]
pub mod ffi {
    use crate::errors::ffi::MemvidError;
    use crate::handle::guard;
    use crate::json;
    use diplomat_runtime::DiplomatWrite;
    use std::fmt::Write;

    /// What a memory card records.
    #[derive(Debug, PartialEq, Eq)]
    pub enum MemvidMemoryKind {
        /// A fact about the entity.
        Fact = 0,
        /// A like or dislike.
        Preference = 1,
        /// Something that happened.
        Event = 2,
        /// A profile attribute.
        Profile = 3,
        /// A relationship to another entity.
        Relationship = 4,
        /// A goal.
        Goal = 5,
        /// Anything else.
        Other = 6,
    }

    /// The formats `export_facts` writes.
    #[derive(Debug, PartialEq, Eq)]
    pub enum MemvidFactFormat {
        /// A JSON array of memvid-core `MemoryCard`s.
        Json = 0,
        /// RDF N-Triples: `<mv2://entity/E> <mv2://slot/S> "value" .`, one card per line.
        NTriples = 1,
        /// CSV with a header line: id, kind, entity, slot, value, polarity, source_frame_id,
        /// created_at.
        Csv = 2,
    }

    /// Counts of a memory's cards.
    pub struct MemvidMemoryStats {
        /// Number of cards.
        pub card_count: u64,
        /// Number of distinct entities.
        pub entity_count: u64,
        /// Number of distinct (entity, slot) pairs.
        pub slot_count: u64,
        /// Frames the rules engine has processed.
        pub enriched_frames: u64,
    }

    /// What one `enrich` run did.
    pub struct MemvidEnrichment {
        /// Frames processed (frames enriched before are skipped).
        pub frames: u64,
        /// Cards added.
        pub cards: u64,
    }

    /// One memory card.
    ///
    /// Ownership: owned by the caller; free with `memvid_MemvidMemoryCard_destroy`.
    #[diplomat::opaque]
    pub struct MemvidMemoryCard(pub(crate) memvid_core::MemoryCard);

    impl MemvidMemoryCard {
        /// The card's id.
        #[diplomat::attr(auto, getter)]
        pub fn id(&self) -> u64 {
            self.0.id
        }

        /// What the card records.
        #[diplomat::attr(auto, getter)]
        pub fn kind(&self) -> MemvidMemoryKind {
            self.0.kind.into()
        }

        /// The entity (lowercase), e.g. `user`.
        #[diplomat::attr(auto, getter)]
        pub fn entity(&self, out: &mut DiplomatWrite) {
            let _ = out.write_str(&self.0.entity);
        }

        /// The slot, e.g. `employer`.
        #[diplomat::attr(auto, getter)]
        pub fn slot(&self, out: &mut DiplomatWrite) {
            let _ = out.write_str(&self.0.slot);
        }

        /// The value, e.g. `Acme`.
        #[diplomat::attr(auto, getter)]
        pub fn value(&self, out: &mut DiplomatWrite) {
            let _ = out.write_str(&self.0.value);
        }

        /// The frame the card was extracted from (or was given when added).
        #[diplomat::attr(auto, getter)]
        pub fn source_frame_id(&self) -> u64 {
            self.0.source_frame_id
        }

        /// The card as memvid-core `MemoryCard` JSON (polarity, dates, engine, confidence).
        pub fn to_json(&self, out: &mut DiplomatWrite) -> Result<(), Box<MemvidError>> {
            guard(|| json::write(&self.0, out))
        }
    }

    /// A list of memory cards.
    ///
    /// Ownership: owned by the caller; free with `memvid_MemvidMemoryCards_destroy`. Cards
    /// returned by `get` and the iterator are independent copies owned by the caller.
    #[diplomat::opaque]
    pub struct MemvidMemoryCards(pub(crate) Vec<memvid_core::MemoryCard>);

    impl MemvidMemoryCards {
        /// Number of cards.
        #[diplomat::attr(auto, getter)]
        pub fn len(&self) -> usize {
            self.0.len()
        }

        /// Whether there are no cards.
        #[diplomat::attr(auto, getter)]
        pub fn is_empty(&self) -> bool {
            self.0.is_empty()
        }

        /// The card at `index`, or none past the end.
        pub fn get(&self, index: usize) -> Option<Box<MemvidMemoryCard>> {
            self.0.get(index).cloned().map(|c| Box::new(MemvidMemoryCard(c)))
        }

        /// Iterates over the cards.
        #[diplomat::attr(auto, iterable)]
        pub fn iter<'a>(&'a self) -> Box<MemvidMemoryCardIter<'a>> {
            Box::new(MemvidMemoryCardIter(self.0.iter()))
        }

        /// The cards as a JSON array of memvid-core `MemoryCard`s.
        pub fn to_json(&self, out: &mut DiplomatWrite) -> Result<(), Box<MemvidError>> {
            guard(|| json::write(&self.0, out))
        }
    }

    /// Iterator over `MemvidMemoryCards`; borrows the list, which must outlive it.
    #[diplomat::opaque_mut]
    pub struct MemvidMemoryCardIter<'a>(pub(crate) std::slice::Iter<'a, memvid_core::MemoryCard>);

    impl<'a> MemvidMemoryCardIter<'a> {
        /// The next card (owned by the caller), or none at the end.
        #[diplomat::attr(auto, iterator)]
        pub fn next(&mut self) -> Option<Box<MemvidMemoryCard>> {
            self.0.next().cloned().map(|c| Box::new(MemvidMemoryCard(c)))
        }
    }
}

use memvid_core::{Memvid, MemoryCard, MemoryCardBuilder, MemoryKind, RulesEngine};

use crate::errors::ffi::MemvidError;
use crate::errors::FfiResult;
use ffi::{MemvidEnrichment, MemvidFactFormat, MemvidMemoryKind, MemvidMemoryStats};

impl From<MemoryKind> for MemvidMemoryKind {
    fn from(k: MemoryKind) -> Self {
        match k {
            MemoryKind::Fact => Self::Fact,
            MemoryKind::Preference => Self::Preference,
            MemoryKind::Event => Self::Event,
            MemoryKind::Profile => Self::Profile,
            MemoryKind::Relationship => Self::Relationship,
            MemoryKind::Goal => Self::Goal,
            MemoryKind::Other => Self::Other,
        }
    }
}

impl From<MemvidMemoryKind> for MemoryKind {
    fn from(k: MemvidMemoryKind) -> Self {
        match k {
            MemvidMemoryKind::Fact => Self::Fact,
            MemvidMemoryKind::Preference => Self::Preference,
            MemvidMemoryKind::Event => Self::Event,
            MemvidMemoryKind::Profile => Self::Profile,
            MemvidMemoryKind::Relationship => Self::Relationship,
            MemvidMemoryKind::Goal => Self::Goal,
            MemvidMemoryKind::Other => Self::Other,
        }
    }
}

/// Runs the built-in rules engine (regular expressions: "I work at X", "I live in X", "I love
/// X", ...) over committed frames it has not processed yet.
pub(crate) fn enrich(mem: &mut Memvid) -> FfiResult<MemvidEnrichment> {
    let (frames, cards) = mem.run_enrichment(&RulesEngine::new())?;
    Ok(MemvidEnrichment { frames: frames as u64, cards: cards as u64 })
}

/// Cards about `entity` (every entity when empty), in one `slot` (every slot when empty).
pub(crate) fn list(mem: &Memvid, entity: &str, slot: &str) -> Vec<MemoryCard> {
    let entity = entity.to_lowercase();
    let slot = slot.to_lowercase();
    mem.memories()
        .cards()
        .iter()
        .filter(|c| entity.is_empty() || c.entity.to_lowercase() == entity)
        .filter(|c| slot.is_empty() || c.slot.to_lowercase() == slot)
        .cloned()
        .collect()
}

/// The current card of each of `entity`'s slots (newest, retractions applied).
pub(crate) fn entity_state(mem: &Memvid, entity: &str) -> FfiResult<Vec<MemoryCard>> {
    if entity.is_empty() {
        return Err(MemvidError::invalid_argument("entity is empty"));
    }
    Ok(mem
        .memories()
        .slots_for_entity(entity)
        .iter()
        .filter_map(|slot| mem.get_current_memory(entity, slot).cloned())
        .collect())
}

/// Adds cards; each needs an entity, a slot and a value. Returns the ids memvid-core gave them.
pub(crate) fn add(mem: &mut Memvid, cards: Vec<MemoryCard>) -> FfiResult<Vec<u64>> {
    for (i, c) in cards.iter().enumerate() {
        if c.entity.trim().is_empty() || c.slot.trim().is_empty() || c.value.trim().is_empty() {
            return Err(MemvidError::invalid_argument(format!("memory card {i} needs an entity, a slot and a value")));
        }
    }
    Ok(mem.put_memory_cards(cards)?)
}

/// A card as the typed API builds it: the binding as its engine, created now.
pub(crate) fn card(kind: MemvidMemoryKind, entity: &str, slot: &str, value: &str, source_frame_id: u64) -> FfiResult<MemoryCard> {
    MemoryCardBuilder::new()
        .kind(kind.into())
        .entity(entity)
        .slot(slot)
        .value(value)
        .source(source_frame_id, None)
        .engine("memvid-ffi", env!("CARGO_PKG_VERSION"))
        .build(0)
        .map_err(|e| MemvidError::invalid_argument(format!("invalid memory card: {e}")))
}

pub(crate) fn stats(mem: &Memvid) -> MemvidMemoryStats {
    let s = mem.memories_stats();
    MemvidMemoryStats {
        card_count: s.card_count as u64,
        entity_count: s.entity_count as u64,
        slot_count: s.slot_count as u64,
        enriched_frames: s.enriched_frames as u64,
    }
}

pub(crate) fn entities(mem: &Memvid) -> Vec<String> {
    let mut entities = mem.memory_entities();
    entities.sort();
    entities
}

/// Every card in `format`.
pub(crate) fn export(mem: &Memvid, format: MemvidFactFormat) -> FfiResult<String> {
    let cards = mem.memories().cards();
    Ok(match format {
        MemvidFactFormat::Json => crate::json::to_string(&cards)?,
        MemvidFactFormat::NTriples => cards
            .iter()
            .map(|c| format!("<mv2://entity/{}> <mv2://slot/{}> \"{}\" .\n", iri(&c.entity), iri(&c.slot), literal(&c.value)))
            .collect(),
        MemvidFactFormat::Csv => {
            let mut out = String::from("id,kind,entity,slot,value,polarity,source_frame_id,created_at\n");
            for c in cards {
                let polarity = c.polarity.map(|p| p.as_str().to_owned()).unwrap_or_default();
                let fields = [c.id.to_string(), c.kind.as_str().to_owned(), c.entity.clone(), c.slot.clone(), c.value.clone(), polarity, c.source_frame_id.to_string(), c.created_at.to_string()];
                out.push_str(&fields.iter().map(|f| csv_field(f)).collect::<Vec<_>>().join(","));
                out.push('\n');
            }
            out
        }
    })
}

/// Percent-encodes what an N-Triples IRI may not contain (controls, space, `<>"{}|^\``, `\`, `%`).
fn iri(s: &str) -> String {
    s.chars()
        .map(|c| if c <= ' ' || "<>\"{}|^`\\%".contains(c) { format!("%{:02X}", c as u32) } else { c.to_string() })
        .collect()
}

/// An N-Triples string literal's escapes.
fn literal(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n").replace('\r', "\\r")
}

/// RFC 4180: quote fields holding a comma, quote or line break; double inner quotes.
fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

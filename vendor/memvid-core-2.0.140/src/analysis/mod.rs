pub mod auto_tag;
pub mod ner;
#[cfg(feature = "temporal_track")]
pub mod temporal;
#[cfg(feature = "temporal_enrich")]
pub mod temporal_enrich;

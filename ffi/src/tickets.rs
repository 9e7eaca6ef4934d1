//! Capacity and tickets. A memory's capacity is its ticket's, or its tier's without one (the
//! free tier: 50 MiB of stored payload, checked at each put: the put that would pass it fails
//! with `MV001` and writes nothing). A ticket raises it.
//!
//! memvid-core has two kinds: signed tickets, which it verifies against Memvid's public key
//! for a memory bound to a Memvid account, and unsigned ones, which it applies on trust
//! (deprecated upstream, kept for self-hosted use). Both are here.

#[diplomat::bridge]
#[diplomat::abi_rename = "memvid_{0}"]
pub mod ffi {
    /// The ticket a memory carries. A new memory has the free tier's: issuer `free-tier`,
    /// sequence 1, capacity 50 MiB.
    pub struct MemvidTicket {
        /// The ticket's sequence number; a new ticket must have a higher one.
        pub seq_no: i64,
        /// The capacity it grants in bytes, or 0 for the tier's default.
        pub capacity_bytes: u64,
        /// Lifetime in seconds as issued (memvid-core stores it but does not enforce it).
        pub expires_in_secs: u64,
        /// Whether the ticket's signature was verified.
        pub verified: bool,
    }
}

use memvid_core::{Memvid, Ticket};

use crate::errors::ffi::MemvidError;
use crate::errors::FfiResult;
use ffi::MemvidTicket;

pub(crate) fn current(mem: &Memvid) -> MemvidTicket {
    let t = mem.current_ticket();
    MemvidTicket { seq_no: t.seq_no, capacity_bytes: t.capacity_bytes, expires_in_secs: t.expires_in_secs, verified: t.verified }
}

/// Applies an unsigned ticket. memvid-core writes it into the file at once, so pending writes
/// are committed first: the ticket never lands between a put and its commit.
#[allow(deprecated)] // the unsigned path is deprecated upstream in favour of signed tickets
pub(crate) fn apply(mem: &mut Memvid, issuer: &str, seq_no: i64, capacity_bytes: u64, expires_in_secs: u64) -> FfiResult<()> {
    if issuer.trim().is_empty() {
        return Err(MemvidError::invalid_argument("ticket issuer is empty"));
    }
    mem.commit()?;
    let ticket = Ticket::new(issuer, seq_no).expires_in_secs(expires_in_secs).capacity_bytes(capacity_bytes);
    Ok(mem.apply_ticket(ticket)?)
}

/// Applies a signed ticket (memvid-core `SignedTicket` JSON, signature in base64).
pub(crate) fn apply_signed(mem: &mut Memvid, ticket: memvid_core::types::SignedTicket) -> FfiResult<()> {
    mem.commit()?;
    Ok(mem.apply_signed_ticket(ticket)?)
}

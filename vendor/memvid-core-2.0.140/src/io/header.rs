use std::{
    convert::TryInto,
    io::{Read, Seek, SeekFrom, Write},
};

use crate::{
    constants::{HEADER_SIZE, MAGIC, SPEC_MAJOR, SPEC_MINOR, WAL_OFFSET},
    error::{MemvidError, Result},
    types::Header,
};

const VERSION_OFFSET: usize = 4;
const SPEC_BYTES_OFFSET: usize = 6;
const FOOTER_OFFSET_POS: usize = 8;
const WAL_OFFSET_POS: usize = 16;
const WAL_SIZE_POS: usize = 24;
const WAL_CHECKPOINT_POS: usize = 32;
const WAL_SEQUENCE_POS: usize = 40;
const TOC_CHECKSUM_POS: usize = 48;
const TOC_CHECKSUM_END: usize = 80;
// Legacy lock metadata occupied bytes 80..140 within the header padding.
const LEGACY_LOCK_REGION_START: usize = TOC_CHECKSUM_END;
const LEGACY_LOCK_REGION_END: usize = LEGACY_LOCK_REGION_START + 60;
// The commit mark of incremental commits, in the header padding after the legacy region: magic,
// WAL sequence, and the sequence's complement as a check. In the first 512-byte sector, so that a
// torn write leaves the old mark or the new one.
const COMMIT_MARK_POS: usize = LEGACY_LOCK_REGION_END;
const COMMIT_MARK_MAGIC: &[u8; 4] = b"MVCM";
const COMMIT_MARK_LEN: usize = 20;
const EXPECTED_VERSION: u16 = ((SPEC_MAJOR as u16) << 8) | SPEC_MINOR as u16;

/// Writes the commit mark: the last WAL sequence an incremental commit made durable
/// (`CommitMode::Incremental`). Records up to it are committed although they are still pending in
/// the WAL: a reader that wants what was committed replays them, and nothing after them. Only the
/// mark's 20 bytes are written. Every full header write ([`HeaderCodec::write`], which a
/// checkpoint does once it has applied every record) clears it; readers that do not know the mark
/// see the file as of its last checkpoint.
pub fn write_commit_mark<W: Write + Seek>(mut writer: W, sequence: u64) -> Result<()> {
    let mut mark = [0u8; COMMIT_MARK_LEN];
    mark[..4].copy_from_slice(COMMIT_MARK_MAGIC);
    mark[4..12].copy_from_slice(&sequence.to_le_bytes());
    mark[12..20].copy_from_slice(&(!sequence).to_le_bytes());
    writer.seek(SeekFrom::Start(COMMIT_MARK_POS as u64))?;
    writer.write_all(&mark)?;
    Ok(())
}

/// The commit mark of a header's bytes (see [`write_commit_mark`]); None when there is none or it
/// does not check.
#[must_use]
pub fn read_commit_mark(bytes: &[u8; HEADER_SIZE]) -> Option<u64> {
    let mark = &bytes[COMMIT_MARK_POS..COMMIT_MARK_POS + COMMIT_MARK_LEN];
    if &mark[..4] != COMMIT_MARK_MAGIC {
        return None;
    }
    let sequence = u64::from_le_bytes(mark[4..12].try_into().ok()?);
    let check = u64::from_le_bytes(mark[12..20].try_into().ok()?);
    (check == !sequence).then_some(sequence)
}

/// Deterministic encoder/decoder for the fixed-size header region.
pub struct HeaderCodec;

impl HeaderCodec {
    /// Writes the header back to the beginning of the file, zero-filling any unused bytes.
    pub fn write<W: Write + Seek>(mut writer: W, header: &Header) -> Result<()> {
        let bytes = Self::encode(header)?;
        writer.seek(SeekFrom::Start(0))?;
        writer.write_all(&bytes)?;
        Ok(())
    }

    /// Reads and decodes the header from the start of the file. Legacy lock metadata in the
    /// reserved padding is ignored; the next header write zero-fills it. Reading never writes:
    /// clearing it in place made read-only opens, and opens that then failed, change the file.
    pub fn read<R: Read + Write + Seek>(mut reader: R) -> Result<Header> {
        let mut buf = [0u8; HEADER_SIZE];
        reader.seek(SeekFrom::Start(0))?;
        reader.read_exact(&mut buf)?;
        clear_legacy_lock_metadata(&mut buf);
        Self::decode(&buf)
    }

    /// Encodes a header into the canonical 4 KB byte representation.
    pub fn encode(header: &Header) -> Result<[u8; HEADER_SIZE]> {
        if header.magic != MAGIC {
            return Err(MemvidError::InvalidHeader {
                reason: "magic mismatch".into(),
            });
        }
        if header.version != EXPECTED_VERSION {
            return Err(MemvidError::InvalidHeader {
                reason: "unsupported version".into(),
            });
        }
        if header.wal_offset < WAL_OFFSET {
            return Err(MemvidError::InvalidHeader {
                reason: "wal_offset precedes data region".into(),
            });
        }
        if header.wal_size == 0 {
            return Err(MemvidError::InvalidHeader {
                reason: "wal_size must be non-zero".into(),
            });
        }

        let mut buf = [0u8; HEADER_SIZE];
        buf[..MAGIC.len()].copy_from_slice(&header.magic);
        buf[VERSION_OFFSET..VERSION_OFFSET + 2].copy_from_slice(&header.version.to_le_bytes());
        buf[SPEC_BYTES_OFFSET] = SPEC_MAJOR;
        buf[SPEC_BYTES_OFFSET + 1] = SPEC_MINOR;
        buf[FOOTER_OFFSET_POS..FOOTER_OFFSET_POS + 8]
            .copy_from_slice(&header.footer_offset.to_le_bytes());
        buf[WAL_OFFSET_POS..WAL_OFFSET_POS + 8].copy_from_slice(&header.wal_offset.to_le_bytes());
        buf[WAL_SIZE_POS..WAL_SIZE_POS + 8].copy_from_slice(&header.wal_size.to_le_bytes());
        buf[WAL_CHECKPOINT_POS..WAL_CHECKPOINT_POS + 8]
            .copy_from_slice(&header.wal_checkpoint_pos.to_le_bytes());
        buf[WAL_SEQUENCE_POS..WAL_SEQUENCE_POS + 8]
            .copy_from_slice(&header.wal_sequence.to_le_bytes());
        buf[TOC_CHECKSUM_POS..TOC_CHECKSUM_END].copy_from_slice(&header.toc_checksum);
        Ok(buf)
    }

    /// Decodes the canonical header bytes into a strongly typed struct after validation.
    pub fn decode(bytes: &[u8; HEADER_SIZE]) -> Result<Header> {
        // Extract fixed-size arrays from the header buffer
        // All indices are compile-time constants, so these slices are guaranteed to fit
        let magic: [u8; 4] = extract_array(bytes, 0)?;
        if magic != MAGIC {
            return Err(MemvidError::InvalidHeader {
                reason: "magic mismatch".into(),
            });
        }

        let version = u16::from_le_bytes(extract_array(bytes, VERSION_OFFSET)?);
        if version != EXPECTED_VERSION {
            return Err(MemvidError::InvalidHeader {
                reason: "unsupported version".into(),
            });
        }

        if bytes[SPEC_BYTES_OFFSET] != SPEC_MAJOR || bytes[SPEC_BYTES_OFFSET + 1] != SPEC_MINOR {
            return Err(MemvidError::InvalidHeader {
                reason: "spec byte mismatch".into(),
            });
        }

        let footer_offset = u64::from_le_bytes(extract_array(bytes, FOOTER_OFFSET_POS)?);
        let wal_offset = u64::from_le_bytes(extract_array(bytes, WAL_OFFSET_POS)?);
        if wal_offset < WAL_OFFSET {
            return Err(MemvidError::InvalidHeader {
                reason: "wal_offset precedes data region".into(),
            });
        }
        let wal_size = u64::from_le_bytes(extract_array(bytes, WAL_SIZE_POS)?);
        if wal_size == 0 {
            return Err(MemvidError::InvalidHeader {
                reason: "wal_size must be non-zero".into(),
            });
        }
        let wal_checkpoint_pos = u64::from_le_bytes(extract_array(bytes, WAL_CHECKPOINT_POS)?);
        let wal_sequence = u64::from_le_bytes(extract_array(bytes, WAL_SEQUENCE_POS)?);
        let toc_checksum: [u8; 32] = extract_array(bytes, TOC_CHECKSUM_POS)?;

        Ok(Header {
            magic,
            version,
            footer_offset,
            wal_offset,
            wal_size,
            wal_checkpoint_pos,
            wal_sequence,
            toc_checksum,
        })
    }
}

/// Extracts a fixed-size array from a byte slice at the given offset.
/// Returns an error if the slice is too short (should never happen with valid headers).
#[inline]
fn extract_array<const N: usize>(bytes: &[u8], offset: usize) -> Result<[u8; N]> {
    bytes
        .get(offset..offset + N)
        .and_then(|s| s.try_into().ok())
        .ok_or_else(|| MemvidError::InvalidHeader {
            reason: "header truncated".into(),
        })
}

fn clear_legacy_lock_metadata(buf: &mut [u8; HEADER_SIZE]) -> bool {
    let region = &mut buf[LEGACY_LOCK_REGION_START..LEGACY_LOCK_REGION_END];
    if region.iter().any(|byte| *byte != 0) {
        region.fill(0);
        true
    } else {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Cursor;

    fn sample_header() -> Header {
        Header {
            magic: MAGIC,
            version: EXPECTED_VERSION,
            footer_offset: 1_048_576,
            wal_offset: WAL_OFFSET,
            wal_size: 4 * 1024 * 1024,
            wal_checkpoint_pos: 0,
            wal_sequence: 42,
            toc_checksum: [0xAB; 32],
        }
    }

    #[test]
    fn roundtrip_encode_decode() {
        let header = sample_header();
        let encoded = HeaderCodec::encode(&header).expect("encode header");
        let decoded = HeaderCodec::decode(&encoded).expect("decode header");
        assert_eq!(decoded.magic, MAGIC);
        assert_eq!(decoded.version, EXPECTED_VERSION);
        assert_eq!(decoded.footer_offset, header.footer_offset);
        assert_eq!(decoded.wal_offset, WAL_OFFSET);
        assert_eq!(decoded.toc_checksum, header.toc_checksum);
    }

    #[test]
    fn the_commit_mark_is_read_back_checked_and_cleared_by_a_header_write() {
        let header = sample_header();
        let mut cursor = Cursor::new(vec![0u8; HEADER_SIZE]);
        HeaderCodec::write(&mut cursor, &header).expect("write header");
        let bytes = |cursor: &Cursor<Vec<u8>>| -> [u8; HEADER_SIZE] {
            cursor.get_ref()[..HEADER_SIZE].try_into().expect("header bytes")
        };
        assert_eq!(read_commit_mark(&bytes(&cursor)), None, "a fresh header has none");

        write_commit_mark(&mut cursor, 77).expect("mark");
        assert_eq!(read_commit_mark(&bytes(&cursor)), Some(77));
        let decoded = HeaderCodec::decode(&bytes(&cursor)).expect("still a valid header");
        assert_eq!(decoded.wal_sequence, header.wal_sequence, "the mark changes no field");

        let mut damaged = bytes(&cursor);
        damaged[COMMIT_MARK_POS + 5] ^= 1;
        assert_eq!(read_commit_mark(&damaged), None, "a mark that does not check is none");

        HeaderCodec::write(&mut cursor, &header).expect("rewrite header");
        assert_eq!(read_commit_mark(&bytes(&cursor)), None, "a checkpoint's header clears it");
    }

    #[test]
    fn read_write_from_cursor() {
        let header = sample_header();
        let mut cursor = Cursor::new(vec![0u8; HEADER_SIZE]);
        HeaderCodec::write(&mut cursor, &header).expect("write header");
        cursor.set_position(0);
        let decoded = HeaderCodec::read(&mut cursor).expect("read header");
        assert_eq!(decoded.wal_size, header.wal_size);
        assert_eq!(decoded.wal_sequence, header.wal_sequence);
    }

    #[test]
    fn clears_legacy_lock_metadata() {
        let header = sample_header();
        let mut encoded = HeaderCodec::encode(&header).expect("encode header");
        encoded[LEGACY_LOCK_REGION_START..LEGACY_LOCK_REGION_END].fill(0xAA);
        let mut cursor = Cursor::new(encoded.to_vec());
        let decoded = HeaderCodec::read(&mut cursor).expect("read header with legacy metadata");
        assert_eq!(cursor.into_inner(), encoded.to_vec(), "reading never writes");
        let rewritten = HeaderCodec::encode(&decoded).expect("encode header");
        assert!(
            rewritten[LEGACY_LOCK_REGION_START..LEGACY_LOCK_REGION_END]
                .iter()
                .all(|byte| *byte == 0)
        );
    }

    #[test]
    fn reject_invalid_magic() {
        let mut header = sample_header();
        header.magic = *b"BAD!";
        let err = HeaderCodec::encode(&header).expect_err("should fail");
        matches!(err, MemvidError::InvalidHeader { .. });
    }

    #[test]
    fn reject_short_wal_size() {
        let mut header = sample_header();
        header.wal_size = 0;
        let err = HeaderCodec::encode(&header).expect_err("should fail");
        matches!(err, MemvidError::InvalidHeader { .. });
    }

    #[test]
    fn reject_decoding_with_bad_version() {
        let header = sample_header();
        let mut encoded = HeaderCodec::encode(&header).expect("encode header");
        encoded[VERSION_OFFSET] = 0xFF;
        let err = HeaderCodec::decode(&encoded).expect_err("decode should fail");
        matches!(err, MemvidError::InvalidHeader { .. });
    }
}

use std::path::Path;

use crate::Result;
use crate::io::time_index::read_track as time_index_read;
use crate::memvid::lifecycle::Memvid;
use crate::types::{
    DoctorOptions, DoctorPlan, DoctorReport, VerificationCheck, VerificationReport,
    VerificationStatus,
};

impl Memvid {
    pub fn verify<P: AsRef<Path>>(path: P, deep: bool) -> Result<VerificationReport> {
        let path_buf = path.as_ref().to_path_buf();
        let mut mem = Self::open_read_only(&path_buf)?;

        let mut checks = Vec::new();
        let mut overall = VerificationStatus::Passed;
        let mut push_check = |name: &str, status: VerificationStatus, details: Option<String>| {
            if status == VerificationStatus::Failed {
                overall = VerificationStatus::Failed;
            }
            checks.push(VerificationCheck {
                name: name.to_string(),
                status,
                details,
            });
        };

        // Time index integrity
        if let Some(manifest) = mem.toc.time_index.clone() {
            match time_index_read(&mut mem.file, manifest.bytes_offset, manifest.bytes_length) {
                Ok(entries) => {
                    if manifest.entry_count == entries.len() as u64 {
                        push_check("TimeIndexEntryCount", VerificationStatus::Passed, None);
                    } else {
                        push_check(
                            "TimeIndexEntryCount",
                            VerificationStatus::Failed,
                            Some(format!(
                                "expected {} entries, got {}",
                                manifest.entry_count,
                                entries.len()
                            )),
                        );
                    }

                    if deep {
                        let sorted = entries
                            .windows(2)
                            .all(|pair| pair[0].timestamp <= pair[1].timestamp);
                        if sorted {
                            push_check("TimeIndexSortOrder", VerificationStatus::Passed, None);
                        } else {
                            push_check(
                                "TimeIndexSortOrder",
                                VerificationStatus::Failed,
                                Some("timestamps are not sorted".into()),
                            );
                        }
                    }
                }
                Err(err) => {
                    push_check(
                        "TimeIndexRead",
                        VerificationStatus::Failed,
                        Some(err.to_string()),
                    );
                }
            }
        } else {
            push_check(
                "TimeIndexRead",
                VerificationStatus::Skipped,
                Some("time index disabled".into()),
            );
        }

        // Lexical index decode
        if mem.lex_enabled {
            match mem.ensure_lex_index() {
                Ok(()) => push_check("LexIndexDecode", VerificationStatus::Passed, None),
                Err(err) => push_check(
                    "LexIndexDecode",
                    VerificationStatus::Failed,
                    Some(err.to_string()),
                ),
            }
        } else {
            push_check(
                "LexIndexDecode",
                VerificationStatus::Skipped,
                Some("lex index disabled".into()),
            );
        }

        // Vector index decode
        if mem.vec_enabled {
            match mem.ensure_vec_index() {
                Ok(()) => push_check("VecIndexDecode", VerificationStatus::Passed, None),
                Err(err) => push_check(
                    "VecIndexDecode",
                    VerificationStatus::Failed,
                    Some(err.to_string()),
                ),
            }
        } else {
            push_check(
                "VecIndexDecode",
                VerificationStatus::Skipped,
                Some("vector index disabled".into()),
            );
        }

        // Stored bytes: verify used to pass files whose frames could not be read back (payloads
        // written inside the WAL region), so deep verification reads every payload and segment.
        if deep {
            let problems = mem.stored_bytes_problems();
            if problems.is_empty() {
                push_check("StoredBytes", VerificationStatus::Passed, None);
            } else {
                let shown: Vec<&str> = problems.iter().take(20).map(String::as_str).collect();
                push_check(
                    "StoredBytes",
                    VerificationStatus::Failed,
                    Some(format!("{} problems: {}", problems.len(), shown.join("; "))),
                );
            }
        }

        // WAL pending entries check
        match mem.wal.pending_records() {
            Ok(records) => {
                if records.is_empty() {
                    push_check("WalPendingRecords", VerificationStatus::Passed, None);
                } else {
                    push_check(
                        "WalPendingRecords",
                        VerificationStatus::Failed,
                        Some(format!("{} pending records", records.len())),
                    );
                }
            }
            Err(err) => push_check(
                "WalPendingRecords",
                VerificationStatus::Failed,
                Some(err.to_string()),
            ),
        }

        // Frame count consistency
        match mem.stats() {
            Ok(stats) => {
                if stats.frame_count == mem.toc.frames.len() as u64 {
                    push_check("FrameCountConsistency", VerificationStatus::Passed, None);
                } else {
                    push_check(
                        "FrameCountConsistency",
                        VerificationStatus::Failed,
                        Some(format!(
                            "stats reports {}, toc has {}",
                            stats.frame_count,
                            mem.toc.frames.len()
                        )),
                    );
                }
            }
            Err(err) => push_check(
                "FrameCountConsistency",
                VerificationStatus::Failed,
                Some(err.to_string()),
            ),
        }

        Ok(VerificationReport {
            file_path: path_buf,
            checks,
            overall_status: overall,
        })
    }

    /// Every frame payload lies past the WAL and inside the file and matches its checksum;
    /// every embedded index segment matches its checksum. One line per problem found.
    fn stored_bytes_problems(&mut self) -> Vec<String> {
        let mut problems = Vec::new();
        let file_len = self.file.metadata().map_or(0, |m| m.len());
        for frame in self.toc.frames.clone() {
            if frame.payload_length == 0 {
                continue;
            }
            match self.read_frame_payload_bytes(&frame) {
                Ok(bytes) if blake3::hash(&bytes).as_bytes() == &frame.checksum => {}
                Ok(_) => problems.push(format!("frame {}: payload checksum mismatch", frame.id)),
                Err(err) => problems.push(format!("frame {}: {err}", frame.id)),
            }
        }
        let mut segments: Vec<(String, u64, u64, [u8; 32])> = self
            .toc
            .indexes
            .lex_segments
            .iter()
            .map(|s| (format!("lex segment {}", s.path), s.bytes_offset, s.bytes_length, s.checksum))
            .collect();
        if let Some(vec) = &self.toc.indexes.vec {
            segments.push(("vector index".into(), vec.bytes_offset, vec.bytes_length, vec.checksum));
        }
        for (name, offset, length, checksum) in segments {
            if length == 0 {
                continue;
            }
            match hash_range(&mut self.file, offset, length, file_len) {
                Ok(digest) if digest == checksum => {}
                Ok(_) => problems.push(format!("{name}: checksum mismatch")),
                Err(err) => problems.push(format!("{name}: {err}")),
            }
        }
        problems
    }

    pub fn doctor<P: AsRef<Path>>(path: P, options: DoctorOptions) -> Result<DoctorReport> {
        crate::memvid::doctor::doctor_run(path.as_ref(), options)
    }

    pub fn doctor_plan<P: AsRef<Path>>(path: P, options: DoctorOptions) -> Result<DoctorPlan> {
        crate::memvid::doctor::doctor_plan(path.as_ref(), options)
    }

    pub fn doctor_apply<P: AsRef<Path>>(path: P, plan: DoctorPlan) -> Result<DoctorReport> {
        crate::memvid::doctor::doctor_apply(path.as_ref(), plan)
    }
}

/// blake3 of `length` bytes at `offset`, read in blocks: a damaged length never sizes a buffer.
fn hash_range(file: &mut std::fs::File, offset: u64, length: u64, file_len: u64) -> Result<[u8; 32]> {
    use std::io::{Read, Seek, SeekFrom};
    if offset.checked_add(length).is_none_or(|end| end > file_len) {
        return Err(crate::MemvidError::InvalidToc { reason: "extends past the end of the file".into() });
    }
    file.seek(SeekFrom::Start(offset))?;
    let mut hasher = blake3::Hasher::new();
    let mut buf = vec![0u8; 64 * 1024];
    let mut left = length;
    while left > 0 {
        let n = left.min(buf.len() as u64) as usize;
        file.read_exact(&mut buf[..n])?;
        hasher.update(&buf[..n]);
        left -= n as u64;
    }
    Ok(*hasher.finalize().as_bytes())
}

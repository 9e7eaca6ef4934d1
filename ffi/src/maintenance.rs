//! Maintenance of a memory file by path: verify, doctor (plan, then apply), who holds the writer
//! lock, and the single-file check.
//!
//! These work on closed files. Each takes the binding's writer lock for its duration (see
//! writer_lock.rs), so a file open for writing anywhere gets `MV007` at once instead of
//! memvid-core's 10-second wait on its own lock, and a doctor can never rewrite a file under a
//! live writer.

#[diplomat::bridge]
#[diplomat::abi_rename = "memvid_{0}"]
pub mod ffi {
    use crate::errors::ffi::MemvidError;
    use crate::handle::guard;
    use crate::json;
    use diplomat_runtime::{DiplomatStr, DiplomatWrite};
    use std::fmt::Write;

    /// Maintenance functions on memory files by path (no instances: static functions only).
    /// The file must not be open for writing (`MV007` if it is).
    #[diplomat::opaque]
    pub struct MemvidMaintenance;

    /// What a doctor run should do. Everything off plans only the checks a doctor always makes
    /// (and repairs what they find when applied).
    pub struct MemvidDoctorOptions {
        /// Rebuild the time index.
        pub rebuild_time_index: bool,
        /// Rebuild the lexical (full-text) index.
        pub rebuild_lex_index: bool,
        /// Rebuild the vector index.
        pub rebuild_vec_index: bool,
        /// Rewrite the payloads of live frames contiguously, dropping deleted ones, then
        /// rebuild the indexes.
        pub vacuum: bool,
    }

    /// The outcome of one verification check.
    #[derive(Debug, PartialEq, Eq)]
    pub enum MemvidCheckStatus {
        /// The check found nothing wrong.
        Passed = 0,
        /// The check found a problem (its details say which).
        Failed = 1,
        /// The check did not apply (e.g. no vector index).
        Skipped = 2,
    }

    /// The outcome of a doctor run.
    #[derive(Debug, PartialEq, Eq)]
    pub enum MemvidDoctorStatus {
        /// Nothing needed doing.
        Clean = 0,
        /// Every planned action ran and the file verifies.
        Healed = 1,
        /// Some actions ran, some failed.
        Partial = 2,
        /// The run failed; the file's original header was restored.
        Failed = 3,
        /// Only planned (not applied).
        PlanOnly = 4,
    }

    /// Who holds a file's writer lock.
    pub struct MemvidLockHolder {
        /// Whether a writer holds the file now.
        pub held: bool,
        /// The holder's process id, or 0 when nobody holds it.
        pub pid: u32,
        /// Whether the holder is this process.
        pub this_process: bool,
    }

    impl MemvidMaintenance {
        /// Verifies a memory file's indexes and bookkeeping. `deep` also checks the time
        /// index's order. Problems are reported in the result (`passed` false), not as errors;
        /// errors mean the file could not be checked at all (missing, not a memory, locked).
        pub fn verify(path: &DiplomatStr, deep: bool) -> Result<Box<MemvidVerifyReport>, Box<MemvidError>> {
            guard(|| Ok(Box::new(MemvidVerifyReport(crate::maintenance::verify(path, deep)?))))
        }

        /// Plans a doctor run without changing the file: the findings and the actions `apply`
        /// would take.
        pub fn doctor_plan(
            path: &DiplomatStr,
            options: MemvidDoctorOptions,
        ) -> Result<Box<MemvidDoctorPlan>, Box<MemvidError>> {
            guard(|| Ok(Box::new(MemvidDoctorPlan(crate::maintenance::plan(path, options.into())?))))
        }

        /// Plans and applies a doctor run: repairs what the checks find, rebuilds the requested
        /// indexes, vacuums if asked, then deep-verifies. The report says what ran.
        pub fn doctor(
            path: &DiplomatStr,
            options: MemvidDoctorOptions,
        ) -> Result<Box<MemvidDoctorReport>, Box<MemvidError>> {
            guard(|| {
                let plan = crate::maintenance::plan(path, options.into())?;
                Ok(Box::new(MemvidDoctorReport(crate::maintenance::apply(plan)?)))
            })
        }

        /// Whether a writer holds the file's writer lock, and which process.
        pub fn lock_holder(path: &DiplomatStr) -> Result<MemvidLockHolder, Box<MemvidError>> {
            guard(|| crate::maintenance::lock_holder(path))
        }

        /// Checks that the memory is a single file: fails with `MV012` naming the first side
        /// file (`-wal`, `-shm`, `-lock`, `-journal`) found next to it, which memvid-core refuses
        /// to open alongside.
        pub fn check_single_file(path: &DiplomatStr) -> Result<(), Box<MemvidError>> {
            guard(|| crate::maintenance::check_single_file(path))
        }

        /// JSON API for maintenance and encryption; `op` names the call and `request` is a JSON
        /// object (see the README's feature table): `verify` `{"path","deep"}` writes a
        /// `VerificationReport`; `doctor_plan` and `doctor` `{"path", "options": DoctorOptions}`
        /// write a `DoctorPlan` / `DoctorReport`; `lock_holder` and `check_single_file`
        /// `{"path"}`; `lock` `{"path","password","output"?}` and `unlock` (the same) write
        /// `{"path": output}`.
        pub fn call_json(op: &DiplomatStr, request: &DiplomatStr, out: &mut DiplomatWrite) -> Result<(), Box<MemvidError>> {
            guard(|| {
                let value = crate::calls::maintenance(op, request)?;
                json::write(&value, out)
            })
        }
    }

    /// The report of `MemvidMaintenance::verify`: named checks with a status each.
    ///
    /// Ownership: owned by the caller; free with `memvid_MemvidVerifyReport_destroy`.
    #[diplomat::opaque]
    pub struct MemvidVerifyReport(pub(crate) memvid_core::VerificationReport);

    impl MemvidVerifyReport {
        /// Whether every check passed or was skipped.
        #[diplomat::attr(auto, getter)]
        pub fn passed(&self) -> bool {
            self.0.overall_status != memvid_core::VerificationStatus::Failed
        }

        /// Number of checks.
        #[diplomat::attr(auto, getter)]
        pub fn check_count(&self) -> usize {
            self.0.checks.len()
        }

        /// The name of check `index` (e.g. `LexIndexDecode`), or an empty string past the end.
        pub fn check_name(&self, index: usize, out: &mut DiplomatWrite) {
            let _ = out.write_str(self.0.checks.get(index).map_or("", |c| c.name.as_str()));
        }

        /// The status of check `index` (`Skipped` past the end).
        pub fn check_status(&self, index: usize) -> MemvidCheckStatus {
            self.0.checks.get(index).map_or(MemvidCheckStatus::Skipped, |c| c.status.into())
        }

        /// What check `index` found, or an empty string.
        pub fn check_details(&self, index: usize, out: &mut DiplomatWrite) {
            let _ = out.write_str(self.0.checks.get(index).and_then(|c| c.details.as_deref()).unwrap_or(""));
        }

        /// The report as memvid-core `VerificationReport` JSON.
        pub fn to_json(&self, out: &mut DiplomatWrite) -> Result<(), Box<MemvidError>> {
            guard(|| json::write(&self.0, out))
        }
    }

    /// A doctor plan: findings and the actions applying it would take.
    ///
    /// Ownership: owned by the caller; free with `memvid_MemvidDoctorPlan_destroy`.
    #[diplomat::opaque]
    pub struct MemvidDoctorPlan(pub(crate) memvid_core::DoctorPlan);

    impl MemvidDoctorPlan {
        /// Whether applying the plan would change nothing.
        #[diplomat::attr(auto, getter)]
        pub fn is_noop(&self) -> bool {
            self.0.is_noop()
        }

        /// Number of problems the probe found.
        #[diplomat::attr(auto, getter)]
        pub fn finding_count(&self) -> usize {
            self.0.findings.len()
        }

        /// Applies the plan to its file (which must still not be open for writing).
        pub fn apply(&self) -> Result<Box<MemvidDoctorReport>, Box<MemvidError>> {
            guard(|| Ok(Box::new(MemvidDoctorReport(crate::maintenance::apply(self.0.clone())?))))
        }

        /// The plan as memvid-core `DoctorPlan` JSON (phases, actions, findings).
        pub fn to_json(&self, out: &mut DiplomatWrite) -> Result<(), Box<MemvidError>> {
            guard(|| json::write(&self.0, out))
        }
    }

    /// What a doctor run did.
    ///
    /// Ownership: owned by the caller; free with `memvid_MemvidDoctorReport_destroy`.
    #[diplomat::opaque]
    pub struct MemvidDoctorReport(pub(crate) memvid_core::DoctorReport);

    impl MemvidDoctorReport {
        /// The overall outcome.
        #[diplomat::attr(auto, getter)]
        pub fn status(&self) -> MemvidDoctorStatus {
            self.0.status.into()
        }

        /// Number of actions that ran.
        #[diplomat::attr(auto, getter)]
        pub fn actions_completed(&self) -> usize {
            self.0.metrics.actions_completed
        }

        /// The report as memvid-core `DoctorReport` JSON (plan, phases, verification).
        pub fn to_json(&self, out: &mut DiplomatWrite) -> Result<(), Box<MemvidError>> {
            guard(|| json::write(&self.0, out))
        }
    }
}

use std::path::Path;

use memvid_core::{DoctorOptions, DoctorPlan, DoctorReport, Memvid, VerificationReport};

use crate::errors::ffi::{MemvidError, MemvidErrorCode};
use crate::errors::FfiResult;
use crate::writer_lock::WriterLock;
use ffi::{MemvidCheckStatus, MemvidDoctorOptions, MemvidDoctorStatus, MemvidLockHolder};

impl From<MemvidDoctorOptions> for DoctorOptions {
    fn from(o: MemvidDoctorOptions) -> Self {
        DoctorOptions {
            rebuild_time_index: o.rebuild_time_index,
            rebuild_lex_index: o.rebuild_lex_index,
            rebuild_vec_index: o.rebuild_vec_index,
            vacuum: o.vacuum,
            ..DoctorOptions::default()
        }
    }
}

impl From<memvid_core::VerificationStatus> for MemvidCheckStatus {
    fn from(s: memvid_core::VerificationStatus) -> Self {
        match s {
            memvid_core::VerificationStatus::Passed => Self::Passed,
            memvid_core::VerificationStatus::Failed => Self::Failed,
            memvid_core::VerificationStatus::Skipped => Self::Skipped,
        }
    }
}

impl From<memvid_core::DoctorStatus> for MemvidDoctorStatus {
    fn from(s: memvid_core::DoctorStatus) -> Self {
        match s {
            memvid_core::DoctorStatus::Clean => Self::Clean,
            memvid_core::DoctorStatus::Healed => Self::Healed,
            memvid_core::DoctorStatus::Partial => Self::Partial,
            memvid_core::DoctorStatus::Failed => Self::Failed,
            memvid_core::DoctorStatus::PlanOnly => Self::PlanOnly,
        }
    }
}

pub(crate) fn verify(path: &[u8], deep: bool) -> FfiResult<VerificationReport> {
    let path = crate::store::existing_memory(path)?;
    let _lock = WriterLock::take(Path::new(&path))?;
    Ok(Memvid::verify(&path, deep)?)
}

pub(crate) fn plan(path: &[u8], options: DoctorOptions) -> FfiResult<DoctorPlan> {
    let path = crate::store::existing_memory(path)?;
    let _lock = WriterLock::take(Path::new(&path))?;
    // memvid-core's planner asserts (in debug builds) that the WAL holds no uncommitted
    // records; a crashed writer's file gets the same recovery an open gives it.
    crate::recovery::recover_pending_writes(Path::new(&path))?;
    silence_doctor(Path::new(&path));
    // A `dry_run` (JSON API) is kept: applying such a plan reports `plan_only` and changes nothing.
    Ok(Memvid::doctor_plan(&path, DoctorOptions { quiet: true, ..options })?)
}

pub(crate) fn apply(plan: DoctorPlan) -> FfiResult<DoctorReport> {
    // A plan from JSON names any path: it gets the same checks as a path argument, so a doctor
    // never writes into a file that is not a memory.
    let path = std::path::PathBuf::from(crate::store::existing_memory(plan.file_path.to_string_lossy().as_bytes())?);
    let _lock = WriterLock::take(&path)?;
    crate::recovery::recover_pending_writes(&path)?;
    silence_doctor(&path);
    // memvid-core applies a plan's actions (header offsets, checksums) as given. A plan made for
    // another file, or before the file changed, could damage it: only a plan the file would
    // still produce is applied.
    let fresh = Memvid::doctor_plan(&path, DoctorOptions { quiet: true, ..plan.options.clone() })?;
    let same = |p: &DoctorPlan| crate::json::to_value(&(&p.findings, &p.phases)).ok();
    if same(&fresh) != same(&plan) {
        return Err(MemvidError::new(
            MemvidErrorCode::DoctorFailed,
            format!("the plan does not match {} as it is now; plan again", path.display()),
        ));
    }
    let report = Memvid::doctor_apply(&path, plan)?;
    if report.status == memvid_core::DoctorStatus::Failed {
        let why = report.findings.first().map_or_else(String::new, |f| format!(": {}", f.message));
        return Err(MemvidError::new(MemvidErrorCode::DoctorFailed, format!("doctor failed on {}{why}", path.display())));
    }
    Ok(report)
}

/// memvid-core's doctor prints its progress to stdout unless a thread-local "quiet" flag is
/// set, and only a full `Memvid::doctor` run sets it, from its options, before anything else.
/// A run on a path that cannot exist sets the flag for this thread and fails at once, touching
/// nothing; then plan and apply stay off the caller's stdout.
fn silence_doctor(memory: &Path) {
    let absent = memory.with_extension("memvid-ffi-doctor-quiet-absent");
    if !absent.exists() {
        let _ = Memvid::doctor(&absent, DoctorOptions { quiet: true, ..DoctorOptions::default() });
    }
}

pub(crate) fn lock_holder(path: &[u8]) -> FfiResult<MemvidLockHolder> {
    let path = crate::store::path_arg(path)?;
    Ok(crate::writer_lock::holder(Path::new(&path)))
}

/// The side files memvid-core refuses to open a memory next to (its `ensure_single_file`,
/// which is crate-private).
const SIDE_FILES: [&str; 8] = ["{}-wal", "{}-shm", "{}-lock", "{}-journal", ".{}.wal", ".{}.shm", ".{}.lock", ".{}.journal"];

pub(crate) fn check_single_file(path: &[u8]) -> FfiResult<()> {
    let path = crate::store::existing_memory(path)?;
    let path = Path::new(&path);
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    for pattern in SIDE_FILES {
        let side = path.with_file_name(pattern.replace("{}", &name));
        if side.exists() {
            return Err(MemvidError::new(
                MemvidErrorCode::CorruptFile,
                format!("{} has a side file {}: a memory is one file; remove it if no other tool is using it", path.display(), side.display()),
            ));
        }
    }
    Ok(())
}

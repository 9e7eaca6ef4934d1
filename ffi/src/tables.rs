//! Tables: tables found in PDFs, stored as frames (one per table plus one per row, on the
//! `tables` track) so they are searchable, and read back whole.
//!
//! Detection is memvid-core's, from the PDF's text layout (lopdf; no pdfium): ruled and
//! column-aligned tables are found, others may not be. Stored tables become visible at commit,
//! like every write.

#[diplomat::bridge]
#[diplomat::abi_rename = "memvid_{0}"]
pub mod ffi {
    use crate::errors::ffi::MemvidError;
    use crate::handle::guard;
    use crate::json;
    use diplomat_runtime::DiplomatWrite;
    use std::fmt::Write;

    /// One stored table: headers and rows of cell text.
    ///
    /// Ownership: owned by the caller; free with `memvid_MemvidTable_destroy`.
    #[diplomat::opaque]
    pub struct MemvidTable(pub(crate) memvid_core::table::ExtractedTable);

    impl MemvidTable {
        /// The table id (e.g. `tbl_report_pdf_0`).
        #[diplomat::attr(auto, getter)]
        pub fn id(&self, out: &mut DiplomatWrite) {
            let _ = out.write_str(&self.0.table_id);
        }

        /// Number of data rows (the header row excluded).
        #[diplomat::attr(auto, getter)]
        pub fn row_count(&self) -> usize {
            self.0.data_rows().len()
        }

        /// Number of columns.
        #[diplomat::attr(auto, getter)]
        pub fn column_count(&self) -> usize {
            self.0.headers.len().max(self.0.n_cols)
        }

        /// The first page the table is on (1-based).
        #[diplomat::attr(auto, getter)]
        pub fn page(&self) -> u32 {
            self.0.page_start
        }

        /// The header of `column`, or an empty string past the end.
        pub fn header(&self, column: usize, out: &mut DiplomatWrite) {
            let _ = out.write_str(self.0.headers.get(column).map_or("", String::as_str));
        }

        /// The text of the cell at data row `row`, column `column`, or an empty string when
        /// there is no such cell.
        pub fn cell(&self, row: usize, column: usize, out: &mut DiplomatWrite) {
            let cell = self.0.data_rows().get(row).and_then(|r| r.cells.iter().find(|c| c.col_index == column));
            let _ = out.write_str(cell.map_or("", |c| c.text.as_str()));
        }

        /// The rows as JSON records, one object per row keyed by header:
        /// `[{"Name":"Ada","Year":"1843"}, ...]`.
        pub fn rows_json(&self, out: &mut DiplomatWrite) -> Result<(), Box<MemvidError>> {
            guard(|| {
                let text = memvid_core::table::export_to_json(&self.0, true)?;
                let _ = out.write_str(&text);
                Ok(())
            })
        }

        /// The table as CSV, header line first.
        pub fn to_csv(&self, out: &mut DiplomatWrite) {
            let _ = out.write_str(&memvid_core::table::export_to_csv(&self.0));
        }

        /// The table as memvid-core `ExtractedTable` JSON (cells with spans, page range,
        /// detection mode, quality).
        pub fn to_json(&self, out: &mut DiplomatWrite) -> Result<(), Box<MemvidError>> {
            guard(|| json::write(&self.0, out))
        }
    }
}

use std::collections::BTreeSet;

use memvid_core::table::{self, ExtractedTable, TableExtractionOptions};
use memvid_core::Memvid;

use crate::errors::ffi::{MemvidError, MemvidErrorCode};
use crate::errors::FfiResult;

/// Reads the PDF at `path` (a path argument, already checked) and imports its tables.
pub(crate) fn import_file(mem: &mut Memvid, path: &str) -> FfiResult<Vec<String>> {
    let bytes = std::fs::read(path)?;
    let name = std::path::Path::new(path).file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    import_pdf(mem, &bytes, &name)
}

/// Finds the tables in a PDF and stores each; returns their ids. `name` is the file name the ids
/// are derived from. memvid-core derives ids from the name alone, so importing a second PDF of
/// the same name is refused rather than mixing its rows into the first one's tables.
fn import_pdf(mem: &mut Memvid, bytes: &[u8], name: &str) -> FfiResult<Vec<String>> {
    if !bytes.starts_with(b"%PDF") {
        return Err(MemvidError::invalid_argument(format!("{name} is not a PDF (it does not start with %PDF)")));
    }
    let found = table::extract_tables_from_pdf(bytes, name, &TableExtractionOptions::default())?;
    let existing: BTreeSet<String> = ids(mem)?.into_iter().collect();
    if let Some(dup) = found.tables.iter().find(|t| existing.contains(&t.table_id)) {
        return Err(MemvidError::new(
            MemvidErrorCode::AlreadyExists,
            format!("table {} is already stored (tables from a file named {name} were imported before)", dup.table_id),
        ));
    }
    let mut stored = Vec::new();
    for t in &found.tables {
        table::store_table(mem, t, false)?;
        stored.push(t.table_id.clone());
    }
    Ok(stored)
}

/// Ids of the stored tables whose frames are live, in storage order.
pub(crate) fn ids(mem: &mut Memvid) -> FfiResult<Vec<String>> {
    let summaries = table::list_tables(mem)?;
    let mut out = Vec::new();
    for s in summaries {
        // memvid-core lists deleted tables too.
        let live = mem.frame_by_id(s.frame_id).map(|f| f.status == memvid_core::FrameStatus::Active).unwrap_or(false);
        if live && !out.contains(&s.table_id) {
            out.push(s.table_id);
        }
    }
    Ok(out)
}

pub(crate) fn get(mem: &mut Memvid, id: &str) -> FfiResult<ExtractedTable> {
    table::get_table(mem, id)?
        .ok_or_else(|| MemvidError::new(MemvidErrorCode::FrameNotFound, format!("no stored table with id {id}")))
}

//! `gleaner export`: annotated documents, in any format [`crate::formats::read_documents`]
//! reads, written as one of [`crate::formats::FORMATS`], with every loss reported.

use std::path::{Path, PathBuf};

use anyhow::{bail, Result};

use crate::formats::{self, ExportOptions, ExportSummary, FORMATS};

/// Checks a format name before any work is done.
pub fn check_format(format: &str) -> Result<()> {
    if !FORMATS.contains(&format) {
        bail!("unknown export format {format:?} (one of: {})", FORMATS.join(", "));
    }
    Ok(())
}

/// Reads every input and writes them to `out` as `format`.
pub fn run(inputs: &[PathBuf], format: &str, out: &Path, opts: &ExportOptions) -> Result<ExportSummary> {
    check_format(format)?;
    let mut w = formats::Exporter::new(format, out, opts)?;
    for input in inputs {
        for doc in formats::read_documents(input)? {
            w.add(doc)?;
        }
    }
    w.finish()
}

/// What the export could not carry, as lines for stderr: the format's note, one warning per
/// kind of loss, and the summary.
pub fn report(summary: &ExportSummary, format: &str, out: &Path) -> Vec<String> {
    let mut lines = Vec::new();
    if let Some(note) = summary.note {
        lines.push(format!("gleaner export: note: {note}"));
    }
    for w in summary.losses.warnings() {
        lines.push(format!("gleaner export: warning: {w}"));
    }
    lines.push(format!("gleaner export: {} documents as {} -> {}", summary.documents, format, out.display()));
    lines
}

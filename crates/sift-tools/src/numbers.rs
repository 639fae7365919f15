//! Scoring numbers against the gold data.

use std::path::Path;

/// Scores the numbers layer against the gold data under `data_dir` and returns a printable report.
pub fn eval(data_dir: &Path) -> Result<String, String> {
    Err(format!("numbers evaluation is not written yet (data: {})", data_dir.display()))
}

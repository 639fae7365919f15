//! Scoring entities against the gold data.

use std::path::Path;

/// Scores the entities layer against the gold data under `data_dir` and returns a printable report.
pub fn eval(data_dir: &Path) -> Result<String, String> {
    Err(format!("entities evaluation is not written yet (data: {})", data_dir.display()))
}

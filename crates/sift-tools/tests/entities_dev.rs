//! Regression test: the embedded entity model's F1 on CoNLL-2003 dev (exact span, labels folded).
//! Reads the project's `../shared/data` (three levels above this crate's directory).

use std::path::PathBuf;

/// The figure the committed model reaches, minus 0.005.
const DEV_F1_FLOOR: f64 = 0.9178 - 0.005;

#[test]
fn dev_f1_holds() {
    let data = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data");
    if !data.join("conll2003/dev.jsonl").exists() {
        println!("skipped: no gold data at {}", data.display());
        return;
    }
    let f1 = sift_tools::entities::dev_f1(&data).expect("dev data reads");
    println!("conll2003 dev F1 {f1:.4}");
    assert!(
        f1 >= DEV_F1_FLOOR,
        "dev F1 {f1:.4} fell below {DEV_F1_FLOOR:.4}"
    );
}

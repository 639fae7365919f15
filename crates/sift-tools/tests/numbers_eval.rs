//! Regression test: the numbers layer against the Recognizers-Text English specs (MIT) in the
//! shared gold data, scored as `sift eval numbers` scores it. The floors are the figures reached,
//! minus 0.005. Deterministic: the same code and data give the same figures.

use std::path::PathBuf;

fn data_dir() -> Option<PathBuf> {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    // `../shared/data` from the project root; also accepted one level up.
    [
        manifest.join("../../shared/data"),
        manifest.join("../../../shared/data"),
    ]
    .into_iter()
    .find(|d| d.join("recognizers").is_dir())
}

/// (type, span F1 floor, value accuracy floor) with the known differences left out.
const FLOORS: &[(&str, f64, f64)] = &[
    ("number", 0.9615 - 0.005, 0.9900 - 0.005),
    ("ordinal", 0.995, 0.995),
    ("percentage", 0.995, 0.995),
    ("currency", 0.995, 0.995),
    ("dimension", 0.9756 - 0.005, 0.995),
    ("temperature", 0.995, 0.995),
    ("datetime", DATETIME_F1 - 0.005, 0.6478 - 0.005),
];

const DATETIME_F1: f64 = 0.7175;

/// (type, span F1 floor) with every case counted, known differences included.
const FLOORS_ALL: &[(&str, f64)] = &[
    ("number", 0.7820 - 0.005),
    ("ordinal", 0.5882 - 0.005),
    ("percentage", 0.8421 - 0.005),
    ("currency", 0.9681 - 0.005),
    ("dimension", 0.8936 - 0.005),
    ("temperature", 0.8800 - 0.005),
    ("datetime", 0.6499 - 0.005),
];

#[test]
fn numbers_against_recognizers() {
    let Some(dir) = data_dir() else {
        eprintln!("skipping: gold data not found (expected ../shared/data beside the project)");
        return;
    };
    let (scores, skipped) = sift_tools::numbers::score(&dir).expect("scoring runs");
    println!("{}", sift_tools::numbers::eval(&dir).expect("report"));
    assert!(skipped > 0, "the known differences are read");
    for (t, f1_floor, value_floor) in FLOORS {
        let s = &scores
            .iter()
            .find(|(name, _)| name == t)
            .expect("type scored")
            .1;
        assert!(
            s.spans.f1() >= *f1_floor,
            "{t}: span F1 {:.4} < {f1_floor:.4}",
            s.spans.f1()
        );
        assert!(
            s.value_accuracy() >= *value_floor,
            "{t}: value accuracy {:.4} < {value_floor:.4}",
            s.value_accuracy()
        );
    }
    let (all, _) =
        sift_tools::numbers::score_with(&dir, &Default::default()).expect("scoring runs");
    for (t, f1_floor) in FLOORS_ALL {
        let s = &all
            .iter()
            .find(|(name, _)| name == t)
            .expect("type scored")
            .1;
        assert!(
            s.spans.f1() >= *f1_floor,
            "{t} (all cases): span F1 {:.4} < {f1_floor:.4}",
            s.spans.f1()
        );
    }
}

//! Any bytes, decoded as a reader's file would be (invalid UTF-8 replaced), must analyse without a
//! panic and keep every promise about offsets (`sift_core::invariants`).
#![no_main]

use libfuzzer_sys::fuzz_target;
use sift_core::{analyze, analyze_bytes, invariants};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let bytes = analyze_bytes(&text);
    if let Err(broken) = invariants::check_bytes(&text, &bytes) {
        panic!("{broken}");
    }
    if let Err(broken) = invariants::check_conversions(&text, &bytes, &analyze(&text)) {
        panic!("{broken}");
    }
});

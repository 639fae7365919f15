//! Regression test: the claims figures on PolNeAR dev (Citron's scheme) must not fall.
//! Reads `../shared/data` (relative to the project root); skips with a message when it is absent.

use std::path::PathBuf;

#[test]
fn polnear_dev_figures_hold() {
    let data = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data");
    if !data.join("polnear").join("dev.jsonl").exists() {
        eprintln!("skipping: no gold data at {}", data.display());
        return;
    }
    let s = sift_tools::claims::dev_scores(&data).expect("dev data reads");
    println!("{}", sift_tools::claims::report(&s));
    let floor = |name: &str, got: f64, reached: f64| {
        assert!(got >= reached - 0.005, "{name}: {got:.4} fell below {reached:.4} - 0.005");
    };
    floor("direct-quote content F1", s.direct_content.f1(), 0.978);
    floor("speaker accuracy on covered direct quotes", s.speaker_accuracy(), 0.902);
    floor("cue exact F1", s.cue_exact.f1(), 0.573);
    floor("cue exact F1 on quotations", s.quote_cue_exact.f1(), 0.760);
    floor("content overlap F1 (all attributions)", s.content_overlap.f1(), 0.803);
    floor("source overlap F1", s.source_overlap.f1(), 0.628);
    floor("source exact F1", s.source_exact.f1(), 0.563);
}

/// Writes every dev article's predicted claims to the file named by `SIFT_CLAIMS_DUMP`, for
/// error analysis (`cargo test -p sift-tools --test claims_eval -- --ignored`).
#[test]
#[ignore]
fn dump_dev_predictions() {
    let Ok(out) = std::env::var("SIFT_CLAIMS_DUMP") else { return };
    let data = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/polnear/dev.jsonl");
    let Ok(text) = std::fs::read_to_string(&data) else { return };
    let mut lines = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).expect("json");
        let doc = sift_core::analyze(v["text"].as_str().unwrap_or_default());
        lines.push(serde_json::json!({"doc": v["doc"], "claims": doc.claims, "entities": doc.entities}).to_string());
    }
    std::fs::write(out, lines.join("\n")).expect("write dump");
}

/// Prints the claims of the text in `SIFT_TEXT` (`-- --ignored --nocapture show_claims`).
#[test]
#[ignore]
fn show_claims() {
    let Ok(text) = std::env::var("SIFT_TEXT") else { return };
    let doc = sift_core::analyze(&text);
    for c in &doc.claims {
        println!("{}", serde_json::to_string(c).unwrap_or_default());
    }
}

/// Prints the entities of the text in `SIFT_TEXT` (`-- --ignored --nocapture show_entities`).
#[test]
#[ignore]
fn show_entities() {
    let Ok(text) = std::env::var("SIFT_TEXT") else { return };
    let doc = sift_core::analyze(&text);
    for e in &doc.entities {
        println!("ENT {} {} {:?} -> {}", e.start, e.text, e.label, e.entity);
    }
}

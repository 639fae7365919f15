//! Properties that hold for any input: the analysis never panics, and every span lies on character
//! boundaries inside the text, sorted within its layer, with the text it claims to cover.

use proptest::prelude::*;
use sift_core::{analyze, analyze_bytes, invariants};

fn check(text: &str) {
    let bytes = analyze_bytes(text);
    if let Err(broken) = invariants::check_bytes(text, &bytes) {
        panic!("{broken} in {text:?}");
    }
    if let Err(broken) = invariants::check_conversions(text, &bytes, &analyze(text)) {
        panic!("{broken} in {text:?}");
    }
}

/// Text that looks like news: words, names, numbers, quotes, punctuation, odd characters.
fn newsish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Trump".to_string()),
        Just("Vladimir Putin".to_string()),
        Just("U.S.".to_string()),
        Just("said".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just("’s".to_string()),
        Just("$75 million".to_string()),
        Just("3-1/2-year".to_string()),
        Just("at least 72 people".to_string()),
        Just("July 16, 2018".to_string()),
        Just("25%".to_string()),
        Just("\n\n".to_string()),
        Just(". ".to_string()),
        Just("—".to_string()),
        Just("😀".to_string()),
        Just("e\u{301}".to_string()),
        Just("\u{FFFD}".to_string()),
        "[a-zA-Z]{1,12}",
        "[0-9]{1,6}",
        "[ .,:;!?'\"()-]{1,3}",
        any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.join(" "))
}

proptest! {
    // 400 cases in `make test`; a long run: PROPTEST_CASES=200000 cargo test --release -p sift-core --test properties
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(400),
        ..ProptestConfig::default()
    })]

    #[test]
    fn any_string(text in any::<String>()) {
        check(&text);
    }

    #[test]
    fn news_like_text(text in newsish()) {
        check(&text);
    }
}

#[test]
fn adversarial_inputs_finish() {
    let cases = [
        "a".repeat(1_000_000),
        "\"".repeat(100_000),
        "“ ”".repeat(30_000),
        "Putin ".repeat(200_000),
        "Vladimir Putin said ".repeat(50_000),
        // A quotation, then a dash alone on its line and a name on the next.
        "\" ’s \n\n — \n\n Trump".to_string(),
        "He met them and said the plan and ".repeat(20_000),
        "Trump spoke, decrying the plan, ".repeat(20_000),
        "the AP, which first reported “it. And ".repeat(20_000),
        // A claim whose source opens the text, then a comma after a covered word before a cue.
        "He said it was fine, but Trump said it failed.".to_string(),
        "Leenders, who estimated it, said he voted, ".repeat(20_000),
        "Asked by Lauer whether it worked, ".repeat(20_000),
        "Noting it, Allen said he went, ".repeat(20_000),
        "it worked, said Steve Elmendorf, deputy manager for Kerry, ".repeat(20_000),
        "calling it “a disgrace,” adding ".repeat(20_000),
        "When he said it was fine, it failed and when they said it, ".repeat(20_000),
        format!("Noting it, {}Allen said it.", "Really, ".repeat(200_000)),
        // Openers before a subject, group pronouns and descriptions with a person after "for",
        // thousands of times in one sentence.
        "Back in 1999, Mr. Trump expressed it, telling them the State Department said it found it and ".repeat(20_000),
        format!("{}said it.", "But ".repeat(200_000)),
        "Donors said it. Polls show it. ".repeat(20_000),
        "a spokesman for Hillary Clinton said it, ".repeat(20_000),
        "Trump said it, telling them Smith said it and ".repeat(20_000),
        "1".repeat(100_000),
        "U.S. ".repeat(40_000),
        "—".repeat(50_000),
        ". ".repeat(50_000),
        "\n".repeat(100_000),
    ];
    for text in &cases {
        let started = std::time::Instant::now();
        check(text);
        // The output grows with the text, not with its square: a claim that spanned to a far
        // source once made 372 MB of a 184 KB sentence.
        let out = serde_json::to_vec(&analyze(text)).map_or(0, |json| json.len());
        eprintln!(
            "{:>8} bytes of {:?}…: {:?}, {out} bytes out",
            text.len(),
            &text.chars().take(6).collect::<String>(),
            started.elapsed()
        );
        assert!(
            out <= 128 * text.len() + 4096,
            "{out} bytes of output for {} of text",
            text.len()
        );
    }
}

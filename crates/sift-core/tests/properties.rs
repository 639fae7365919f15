//! Properties that hold for any input: the analysis never panics, and every span lies on character
//! boundaries inside the text, sorted within its layer, with the text it claims to cover.

use proptest::prelude::*;
use sift_core::{analyze, analyze_bytes, Document, OffsetMap};

fn check(text: &str) {
    let doc = analyze_bytes(text);
    let spans = |doc: &Document| -> Vec<(usize, usize, String)> {
        let mut all = Vec::new();
        for e in &doc.entities {
            all.push((e.start, e.end, e.text.clone()));
        }
        for n in &doc.numbers {
            all.push((n.start, n.end, n.text.clone()));
        }
        for c in &doc.claims {
            all.push((c.start, c.end, c.text.clone()));
            for s in c.cue.iter().chain(c.source.iter()).chain(c.content.iter()) {
                all.push((s.start, s.end, s.text.clone()));
            }
        }
        all
    };
    for (s, e, t) in spans(&doc) {
        assert!(s <= e && e <= text.len(), "span {s}..{e} outside {} bytes", text.len());
        assert!(text.is_char_boundary(s) && text.is_char_boundary(e), "span {s}..{e} not on char boundaries");
        assert_eq!(&text[s..e], t, "span text");
    }
    for layer in [
        doc.entities.iter().map(|e| (e.start, e.end)).collect::<Vec<_>>(),
        doc.numbers.iter().map(|n| (n.start, n.end)).collect(),
    ] {
        for w in layer.windows(2) {
            assert!(w[0].0 <= w[1].0, "layer not sorted: {w:?}");
            assert!(w[0].1 <= w[1].0, "spans overlap within a layer: {w:?}");
        }
    }
    // Character offsets and UTF-16 offsets cut out the same text.
    let chars = analyze(text);
    let map = OffsetMap::new(text);
    let utf16: Vec<u16> = text.encode_utf16().collect();
    for e in &chars.entities {
        let by_chars: String = text.chars().skip(e.start).take(e.end - e.start).collect();
        assert_eq!(by_chars, e.text);
        let (s16, e16) = (map.char_to_utf16(e.start), map.char_to_utf16(e.end));
        assert_eq!(String::from_utf16_lossy(&utf16[s16..e16]), e.text);
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
        "a".repeat(200_000),
        "\"".repeat(100_000),
        "“ ”".repeat(30_000),
        "Vladimir Putin ".repeat(50_000),
        "1".repeat(100_000),
        "U.S. ".repeat(40_000),
        "—".repeat(50_000),
        ". ".repeat(50_000),
        "\n".repeat(100_000),
    ];
    for text in &cases {
        let started = std::time::Instant::now();
        check(text);
        eprintln!("{:>8} bytes of {:?}…: {:?}", text.len(), &text.chars().take(6).collect::<String>(), started.elapsed());
    }
}

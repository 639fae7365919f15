//! Data-driven claim fixtures (`tests/fixtures/claims.json`): each case is a text and the claims
//! it must yield, found by a quoted phrase of their content, with the fields that must hold.
//! Speakers are matched by a part of the canonical name, since the entity layer decides it.

use serde_json::Value;

fn joined_content(c: &sift_core::Claim) -> String {
    c.content
        .iter()
        .map(|s| s.text.as_str())
        .collect::<Vec<_>>()
        .join(" … ")
}

fn check_case(case: &Value) -> Vec<String> {
    let name = case["name"].as_str().unwrap_or("?");
    let text = case["text"].as_str().unwrap_or_default();
    let doc = sift_core::analyze(text);
    let mut errors = Vec::new();
    let mut fail = |m: String| errors.push(format!("{name}: {m}"));
    let chars: Vec<char> = text.chars().collect();
    for c in &doc.claims {
        // Offsets are character offsets and every span's text is the text it covers.
        for s in c.content.iter().chain(c.cue.iter()).chain(c.source.iter()) {
            let got: String = chars
                .get(s.start..s.end)
                .map(|x| x.iter().collect())
                .unwrap_or_default();
            if got != s.text {
                fail(format!(
                    "span {}..{} reads {got:?}, not {:?}",
                    s.start, s.end, s.text
                ));
            }
        }
        if !(0.0..=1.0).contains(&c.confidence) {
            fail(format!("confidence {} outside [0, 1]", c.confidence));
        }
    }
    if let Some(n) = case["count"].as_u64() {
        if doc.claims.len() as u64 != n {
            fail(format!(
                "{} claims, expected {n}: {:?}",
                doc.claims.len(),
                doc.claims.iter().map(joined_content).collect::<Vec<_>>()
            ));
        }
    }
    if case["no_direct"].as_bool() == Some(true) {
        if let Some(c) = doc
            .claims
            .iter()
            .find(|c| c.kind == sift_core::ClaimKind::Direct)
        {
            fail(format!("unexpected direct claim {:?}", joined_content(c)));
        }
    }
    for absent in case["not_in_content"].as_array().into_iter().flatten() {
        let absent = absent.as_str().unwrap_or_default();
        if let Some(c) = doc
            .claims
            .iter()
            .find(|c| c.content.iter().any(|s| s.text.contains(absent)))
        {
            fail(format!(
                "{absent:?} should not be in the content of {:?}",
                joined_content(c)
            ));
        }
    }
    for want in case["claims"].as_array().into_iter().flatten() {
        let quote = want["quote"].as_str().unwrap_or_default();
        let exact = want["exact"].as_bool() == Some(true);
        let Some(c) = doc.claims.iter().find(|c| {
            if exact {
                c.content.iter().any(|s| s.text == quote)
            } else {
                joined_content(c).contains(quote)
            }
        }) else {
            fail(format!(
                "no claim with content {quote:?}; got {:?}",
                doc.claims.iter().map(joined_content).collect::<Vec<_>>()
            ));
            continue;
        };
        let json = serde_json::to_value(c).unwrap_or_default();
        if let Some(kind) = want["kind"].as_str() {
            if json["kind"] != kind {
                fail(format!("{quote:?}: kind {} not {kind}", json["kind"]));
            }
        }
        for role in ["cue", "source"] {
            if let Some(w) = want[role].as_str() {
                let got = json[role]["text"].as_str().unwrap_or_default();
                if got != w {
                    fail(format!("{quote:?}: {role} {got:?} not {w:?}"));
                }
            }
        }
        if let Some(st) = want["source_type"].as_str() {
            if json["source_type"] != st {
                fail(format!(
                    "{quote:?}: source_type {} not {st}",
                    json["source_type"]
                ));
            }
        }
        match want.get("speaker") {
            Some(Value::Null) => {
                if let Some(s) = &c.speaker {
                    fail(format!("{quote:?}: speaker {s:?}, expected none"));
                }
            }
            Some(Value::String(part)) => {
                if !c
                    .speaker
                    .as_deref()
                    .unwrap_or_default()
                    .contains(part.as_str())
                {
                    fail(format!(
                        "{quote:?}: speaker {:?}, expected one naming {part:?}",
                        c.speaker
                    ));
                }
            }
            _ => {}
        }
        if let Some(n) = want["spans"].as_u64() {
            if c.content.len() as u64 != n {
                fail(format!(
                    "{quote:?}: {} content spans, expected {n}",
                    c.content.len()
                ));
            }
        }
        if let Some(also) = want["also"].as_str() {
            if !joined_content(c).contains(also) {
                fail(format!("{quote:?}: content lacks {also:?}"));
            }
        }
        if let Some(h) = want["hedges"].as_array() {
            let wanted: Vec<&str> = h.iter().filter_map(Value::as_str).collect();
            for w in &wanted {
                if !c.hedges.iter().any(|x| x == w) {
                    fail(format!("{quote:?}: hedges {:?} lack {w:?}", c.hedges));
                }
            }
        }
        if let Some(b) = want["has_numbers"].as_bool() {
            if c.has_numbers != b {
                fail(format!("{quote:?}: has_numbers {} not {b}", c.has_numbers));
            }
        }
    }
    errors
}

#[test]
fn claim_fixtures() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/claims.json");
    let text = std::fs::read_to_string(&path).expect("fixtures read");
    let cases: Vec<Value> = serde_json::from_str(&text).expect("fixtures parse");
    let errors: Vec<String> = cases.iter().flat_map(check_case).collect();
    assert!(
        errors.is_empty(),
        "{} fixture failures:\n{}",
        errors.len(),
        errors.join("\n")
    );
}

#[test]
fn odd_input_never_panics() {
    let texts = [
        "",
        "\"",
        "“",
        "”",
        "\"\"",
        "“”",
        "''",
        "'",
        "’",
        "‘’",
        "said",
        "he said",
        "“a",
        "a”",
        "\n“\n”\n",
        "“x,” he said, “",
        "according to",
        "according to.",
        "— X",
        "“y” – ",
        "X said: “",
        ", said",
        "“” said he",
        "“A\n\n“B\n\n“C",
        "”a“b”c“",
        "told that that",
        "( said )",
        "\"a\" \"b\" \"c\" \"",
        "’s ’s ’s",
        "a’ b’ c’",
    ];
    for t in texts {
        let doc = sift_core::analyze(t);
        for c in &doc.claims {
            assert!(c.start <= c.end && c.end <= t.chars().count(), "{t:?}");
        }
    }
}

proptest::proptest! {
    #[test]
    fn never_panics_on_quote_soup(s in "[\"“”‘’'«» a-zA-Z,.:\n–-]{0,80}") {
        let doc = sift_core::analyze(&s);
        for c in &doc.claims {
            proptest::prop_assert!(c.start <= c.end && (0.0..=1.0).contains(&c.confidence));
        }
    }

    #[test]
    fn never_panics_on_reported_speech(words in proptest::collection::vec(
        proptest::sample::select(vec!["he", "said", "told", "Trump", "that", ",", "“", "”", "\"", "according", "to",
            "the", "official", "adding", ".", "\n", "–", ":", "(", ")", "’s", "’", "sources", "close", "Kremlin"]), 0..40)) {
        let s = words.join(" ");
        let doc = sift_core::analyze(&s);
        for c in &doc.claims {
            proptest::prop_assert!(c.start <= c.end);
        }
    }
}

//! Data-driven tests of the numbers layer: `tests/fixtures/numbers.json` (issue 5, points 1–3).

use serde_json::Value as Json;
use sift_core::{Number, Value};

fn kind_matches(n: &Number, kind: &str) -> bool {
    n.kind.as_str() == kind
}

fn field_errors(n: &Number, want: &serde_json::Map<String, Json>) -> Vec<String> {
    let mut errors = Vec::new();
    let close = |a: f64, b: f64| (a - b).abs() <= 1e-6 * b.abs().max(1.0);
    let json = serde_json::to_value(n).expect("numbers serialise");
    for (key, w) in want {
        match key.as_str() {
            "text" => {}
            "kind" => {
                if !kind_matches(n, w.as_str().unwrap_or("")) {
                    errors.push(format!("kind {} != {w}", n.kind.as_str()));
                }
            }
            "value" => match (&n.value, w) {
                (Some(Value::Number(a)), Json::Number(b))
                    if close(*a, b.as_f64().unwrap_or(f64::NAN)) => {}
                (Some(Value::Text(a)), Json::String(b)) if a == b => {}
                (got, _) => errors.push(format!("value {got:?} != {w}")),
            },
            "low" | "high" => {
                let got = if key == "low" { n.low } else { n.high };
                if !got.zip(w.as_f64()).is_some_and(|(a, b)| close(a, b)) {
                    errors.push(format!("{key} {got:?} != {w}"));
                }
            }
            other => {
                let got = json.get(other).cloned().unwrap_or(Json::Null);
                let got = if other == "relative" && got.is_null() {
                    Json::Bool(false)
                } else {
                    got
                };
                if &got != w {
                    errors.push(format!("{other} {got} != {w}"));
                }
            }
        }
    }
    errors
}

#[test]
fn numbers_fixtures() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/numbers.json");
    let data: Json = serde_json::from_str(&std::fs::read_to_string(path).expect("fixture file"))
        .expect("fixture JSON");
    let mut failures = Vec::new();
    let cases = data["cases"].as_array().expect("cases");
    for case in cases {
        let text = case["text"].as_str().expect("text");
        let doc = sift_core::analyze(text);
        for want in case["expect"].as_array().into_iter().flatten() {
            let want = want.as_object().expect("expectation object");
            let wtext = want["text"].as_str().expect("expected text");
            match doc.numbers.iter().find(|n| n.text == wtext) {
                None => failures.push(format!(
                    "{text:?}: no number {wtext:?}; found {:?}",
                    doc.numbers
                        .iter()
                        .map(|n| (&n.text, n.kind.as_str()))
                        .collect::<Vec<_>>()
                )),
                Some(n) => {
                    for e in field_errors(n, want) {
                        failures.push(format!("{text:?}: {wtext:?}: {e}"));
                    }
                }
            }
        }
        let kinds: Vec<&str> = case["absent_kinds"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|k| k.as_str())
            .collect();
        for absent in case["absent"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|a| a.as_str())
        {
            if let Some(n) = doc.numbers.iter().find(|n| {
                n.text == absent && (kinds.is_empty() || kinds.contains(&n.kind.as_str()))
            }) {
                failures.push(format!(
                    "{text:?}: {absent:?} must not be a number (found {})",
                    n.kind.as_str()
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} fixture failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn never_panics_on_odd_input() {
    let odd = [
        "",
        " ",
        "-",
        "$",
        "$$",
        "%",
        "1/0",
        "0/0",
        "1e999999",
        "9".repeat(400).as_str().to_owned().leak(),
        "½¼¾",
        "a a a a and and",
        "- - 1",
        "1,",
        ",1",
        "1..2",
        "..",
        "1:",
        ":1",
        "12:99 pm",
        "31/02/2020",
        "2020-13-45",
        "May may MAY",
        "twenty-",
        "-twenty",
        "hundred hundred",
        "point point",
        "a half and a half",
        "between and",
        "from to",
        "€",
        "US$",
        "10 -",
        "1^",
        "1^-",
        "2e",
        "2e+",
        "١٢٣",
        "𝟙𝟚",
        "3-1/2-",
        "Q5 2019",
        "Monday Monday",
        "the 99th of Smarch",
        "\u{202f}1\u{202f}",
        "1\n000",
        "0x1F",
        "∞%",
    ];
    for text in odd {
        let doc = sift_core::analyze(text);
        for n in &doc.numbers {
            assert!(
                n.start <= n.end && n.end <= text.chars().count(),
                "{text:?}: {n:?}"
            );
        }
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 400, ..Default::default() })]
    /// Any mix of digits, number words, signs and punctuation: no panic, spans inside the text.
    #[test]
    fn numbers_never_panic(parts in proptest::collection::vec(proptest::sample::select(vec![
        "1", "21st", "3-1/2", "1,000", "2.5", "$", "€", "£", "%", "-", "/", ":", ".", ",", "½", " ", " ", "\n",
        "twenty", "one", "a", "and", "half", "million", "bn", "k", "m", "km", "degrees", "F", "year", "-year",
        "days", "May", "July", "2018", "16", "p.m.", "am", "between", "from", "to", "at least", "about",
        "next", "week", "Wednesday", "ago", "é", "😀", "’s", "(", ")", "^", "e", "+", "Q", "3", "0", "12:30",
    ]), 0..24)) {
        let text: String = parts.concat();
        let doc = sift_core::analyze(&text);
        let len = text.chars().count();
        for n in &doc.numbers {
            proptest::prop_assert!(n.start <= n.end && n.end <= len);
        }
    }
}

//! Data-driven entity tests: `fixtures/entities.json` lists texts with the mentions expected in
//! them (text, label, canonical entity, how many times) and spans that must not appear, plus name
//! pairs that must (or must not) link across articles.

use serde_json::Value;
use sift_core::entities::{recognize, same_entity};
use sift_core::{sentences, tokenize, Context, Entity, OffsetMap};

fn entities(text: &str) -> Vec<Entity> {
    let tokens = tokenize::tokenize(text);
    let sents = sentences::split(text, &tokens);
    let cx = Context {
        text,
        tokens: &tokens,
        sentences: &sents,
    };
    recognize(&cx)
}

fn fixtures() -> Value {
    serde_json::from_str(include_str!("fixtures/entities.json")).expect("fixtures are JSON")
}

fn str_of<'v>(v: &'v Value, key: &str) -> &'v str {
    v.get(key).and_then(Value::as_str).unwrap_or_default()
}

#[test]
fn fixture_cases() {
    let fx = fixtures();
    let mut failures = Vec::new();
    for case in fx["cases"].as_array().expect("cases") {
        let name = str_of(case, "name");
        let text = str_of(case, "text");
        let found = entities(text);
        // Offsets are byte offsets here; they must slice the text to the mention, and convert to
        // character offsets that do the same.
        let map = OffsetMap::new(text);
        let chars: Vec<char> = text.chars().collect();
        for e in &found {
            assert_eq!(&text[e.start..e.end], e.text, "{name}: byte span");
            let (cs, ce) = (map.byte_to_char(e.start), map.byte_to_char(e.end));
            assert_eq!(
                chars[cs..ce].iter().collect::<String>(),
                e.text,
                "{name}: char span"
            );
        }
        let shown: Vec<String> = found
            .iter()
            .map(|e| format!("{}/{}/{}", e.text, e.label.as_str(), e.entity))
            .collect();
        for want in case["expect"].as_array().into_iter().flatten() {
            let (t, label, entity) = (
                str_of(want, "text"),
                str_of(want, "label"),
                want.get("entity").and_then(Value::as_str),
            );
            let count = want.get("count").and_then(Value::as_u64).unwrap_or(1) as usize;
            let n = found
                .iter()
                .filter(|e| {
                    e.text == t && e.label.as_str() == label && entity.is_none_or(|x| e.entity == x)
                })
                .count();
            if n < count {
                failures.push(format!(
                    "{name}: expected {count}x {t}/{label}/{entity:?}, found {n} in {shown:?}"
                ));
            }
        }
        for bad in case["absent"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
        {
            if found.iter().any(|e| e.text == bad) {
                failures.push(format!(
                    "{name}: {bad:?} should not be a mention; found {shown:?}"
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn cross_article_linking() {
    let fx = fixtures();
    for pair in fx["same_entity"].as_array().expect("same_entity") {
        let (a, b) = (
            pair[0].as_str().unwrap_or_default(),
            pair[1].as_str().unwrap_or_default(),
        );
        assert!(
            same_entity(a, b) && same_entity(b, a),
            "{a} / {b} should be one entity"
        );
    }
    for pair in fx["different_entity"].as_array().expect("different_entity") {
        let (a, b) = (
            pair[0].as_str().unwrap_or_default(),
            pair[1].as_str().unwrap_or_default(),
        );
        assert!(!same_entity(a, b), "{a} / {b} should be different entities");
    }
}

#[test]
fn sample_article_people() {
    let text = include_str!("../../../samples/000_e0917929e91c8f01.txt");
    let found = entities(text);
    let people = |name: &str| {
        found
            .iter()
            .filter(|e| e.label.as_str() == "PERSON" && e.entity == name)
            .count()
    };
    assert_eq!(people("Donald Trump"), 17, "Trump mentions");
    assert_eq!(people("Vladimir Putin"), 13);
    assert_eq!(people("Volodymyr Zelenskiy"), 8);
    assert_eq!(people("Steve Witkoff"), 5);
    assert!(
        people("Karoline Leavitt") == 1
            && people("Marco Rubio") == 1
            && people("Yuri Ushakov") == 2
    );
}

mod never_panics {
    use super::entities;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]
        #[test]
        fn any_text(text in "\\PC{0,200}") {
            for e in entities(&text) {
                prop_assert!(e.start < e.end && text.is_char_boundary(e.start) && text.is_char_boundary(e.end));
            }
        }

        #[test]
        fn newsy_text(words in proptest::collection::vec(
            "(Trump|TRUMP|Putin's|U\\.S\\.|the|Kremlin|X|-|—|“|”|’s|\\.|\\n|Kosiniak-Kamysz|J\\.|A|on|Social|Truth|of|New|York)", 0..40)) {
            let text = words.join(" ");
            for e in entities(&text) {
                prop_assert!(e.start < e.end && e.end <= text.len());
            }
        }
    }
}

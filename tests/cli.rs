//! The `sift analyze` CLI contract: one JSON object per text, character offsets, stable fields.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Stdio};

fn run(args: &[&str], stdin: &str) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_sift"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the sift binary runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn chars(text: &str, start: u64, end: u64) -> String {
    text.chars()
        .skip(start as usize)
        .take((end - start) as usize)
        .collect()
}

/// Every span in a result must cut out exactly its `text`, by character offsets.
fn check_spans(text: &str, value: &serde_json::Value) -> usize {
    let mut checked = 0;
    let mut check = |span: &serde_json::Value| {
        let (s, e) = (
            span["start"].as_u64().unwrap(),
            span["end"].as_u64().unwrap(),
        );
        assert!(s <= e);
        assert_eq!(
            chars(text, s, e),
            span["text"].as_str().unwrap(),
            "span {span}"
        );
        checked += 1;
    };
    for key in ["entities", "numbers", "claims"] {
        for item in value[key].as_array().unwrap() {
            check(item);
            if key == "claims" {
                for role in ["cue", "source"] {
                    if !item[role].is_null() {
                        check(&item[role]);
                    }
                }
                item["content"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .for_each(&mut check);
            }
        }
    }
    checked
}

#[test]
fn analyze_prints_the_schema_with_character_offsets() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/samples/000_e0917929e91c8f01.txt"
    ))
    .unwrap();
    let text = format!("😀 {text}");
    let (code, out, err) = run(&["analyze"], &text);
    assert_eq!(code, 0, "{err}");
    let value: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert!(check_spans(&text, &value) > 20);
    let entity = &value["entities"][0];
    for field in ["start", "end", "text", "label", "entity"] {
        assert!(!entity[field].is_null(), "entity field {field}");
    }
    let number = &value["numbers"][0];
    for field in ["start", "end", "text", "kind", "value", "unit"] {
        assert!(number.get(field).is_some(), "number field {field}");
    }
    let claim = &value["claims"][0];
    for field in [
        "start", "end", "text", "kind", "cue", "source", "content", "speaker",
    ] {
        assert!(claim.get(field).is_some(), "claim field {field}");
    }
    let labels = [
        "PERSON",
        "ORG",
        "GPE",
        "LOC",
        "NORP",
        "FAC",
        "EVENT",
        "PRODUCT",
        "LAW",
        "WORK_OF_ART",
        "LANGUAGE",
    ];
    for e in value["entities"].as_array().unwrap() {
        assert!(labels.contains(&e["label"].as_str().unwrap()));
    }
}

#[test]
fn jsonl_prints_one_result_per_line_in_order() {
    let input = "{\"text\": \"Putin met Trump.\"}\n{\"text\": \"\"}\n{\"text\": \"Zelenskiy said 72 people died.\", \"doc\": 3}\n";
    let (code, out, err) = run(&["analyze", "--jsonl"], input);
    assert_eq!(code, 0, "{err}");
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[1]["entities"].as_array().unwrap().len(), 0);
    assert_eq!(lines[2]["numbers"][0]["text"], "72");
    check_spans("Zelenskiy said 72 people died.", &lines[2]);
}

#[test]
fn bad_input_gets_a_clear_message() {
    let (code, _, err) = run(&["analyze", "--jsonl"], "{\"text\": 1}\n");
    assert_eq!(code, 2);
    assert!(err.contains("line 1") && err.contains("\"text\""), "{err}");
    let (code, _, err) = run(&["analyze", "--jsonl"], "not json\n");
    assert_eq!(code, 2);
    assert!(err.contains("not JSON"), "{err}");
    let (code, _, err) = run(&["analyze", "/nonexistent/file.txt"], "");
    assert_eq!(code, 2);
    assert!(err.contains("cannot open"), "{err}");
    let (code, _, err) = run(&["frobnicate"], "");
    assert_eq!(code, 2);
    assert!(err.contains("usage"), "{err}");
}

#[test]
fn invalid_utf8_is_analysed_with_replacement_characters() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_sift"))
        .arg("analyze")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"Caf\xE9 in Paris.")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    check_spans("Caf\u{FFFD} in Paris.", &value);
}

//! The `sift analyze` CLI contract: one JSON object per text, character offsets, stable fields.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Stdio};

fn run(args: &[&str], stdin: &str) -> (i32, String, String) {
    let (code, out, err) = run_bytes(args, stdin.as_bytes());
    (code, String::from_utf8(out).unwrap(), err)
}

/// `sift analyze --jsonl` on `input`: its output lines, parsed.
fn run_jsonl(input: &str) -> Vec<serde_json::Value> {
    let (code, out, err) = run(&["analyze", "--jsonl"], input);
    assert_eq!(code, 0, "{err}");
    out.lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
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
    let lines = run_jsonl(input);
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
    assert!(err.contains("cannot read /nonexistent/file.txt"), "{err}");
    let (code, _, err) = run(&["frobnicate"], "");
    assert_eq!(code, 2);
    assert!(err.contains("usage"), "{err}");
}

/// Runs `sift args` on raw bytes.
fn run_bytes(args: &[&str], stdin: &[u8]) -> (i32, Vec<u8>, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_sift"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        out.stdout,
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn input_is_read_as_the_app_reads_a_file() {
    // Damaged UTF-8: replacement characters.
    let (code, out, _) = run_bytes(&["analyze"], b"Caf\xC3\xA9 \xE9 in Paris.");
    assert_eq!(code, 0);
    let value: serde_json::Value = serde_json::from_slice(&out).unwrap();
    check_spans("Café \u{FFFD} in Paris.", &value);
    // An 8-bit code page: Windows-1252, with a note on stderr.
    let (code, out, err) = run_bytes(
        &["analyze", "-"],
        b"Jos\xE9 Mourinho said \x93we are tired\x94.",
    );
    assert_eq!(code, 0);
    assert!(
        err.contains("note") && err.contains("Windows-1252"),
        "{err}"
    );
    let value: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let text = "José Mourinho said “we are tired”.";
    assert!(check_spans(text, &value) > 0);
    assert_eq!(value["entities"][0]["text"], "José Mourinho");
    // UTF-16 with a byte-order mark.
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(
            "Angela Merkel spoke."
                .encode_utf16()
                .flat_map(u16::to_le_bytes),
        )
        .collect();
    let (code, out, _) = run_bytes(&["analyze"], &utf16);
    assert_eq!(code, 0);
    let value: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(value["entities"][0]["text"], "Angela Merkel");
    // Binary data is refused, saying what it looks like.
    let (code, out, err) = run_bytes(&["analyze"], b"\x7FELF\x02\x01\x01\0\0\0");
    assert_eq!((code, out.len()), (2, 0));
    assert!(
        err.contains("not a text file (it looks like a program)"),
        "{err}"
    );
}

#[test]
fn jsonl_keeps_one_output_line_per_input_line() {
    let input = "\u{FEFF}{\"text\": \"Putin met Trump.\"}\n\n   \n{\"text\": \"Angela Merkel\"}";
    let lines = run_jsonl(input);
    assert_eq!(lines.len(), 4);
    assert_eq!(lines[1]["entities"].as_array().unwrap().len(), 0);
    assert_eq!(lines[3]["entities"][0]["text"], "Angela Merkel");
}

#[test]
fn help_options_and_a_closed_pipe() {
    for args in [
        &["--help"][..],
        &["help"],
        &["analyze", "--help"],
        &["eval", "-h"],
        &["train", "--help"],
    ] {
        let (code, out, err) = run(args, "");
        assert_eq!((code, err.as_str()), (0, ""), "{args:?}");
        assert!(out.starts_with("usage:"), "{args:?}: {out}");
    }
    let (code, _, err) = run(&["eval", "numbers", "--bogus"], "");
    assert_eq!(code, 2);
    assert!(err.contains("unknown option --bogus"), "{err}");
    let (code, _, err) = run(&["analyze", "a.txt", "b.txt"], "");
    assert_eq!(code, 2);
    assert!(err.contains("unexpected argument b.txt"), "{err}");
    // A reader that stops early ("| head -1") ends the output quietly.
    let mut child = Command::new(env!("CARGO_BIN_EXE_sift"))
        .args(["analyze", "--jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let line = "{\"text\": \"Vladimir Putin met Donald Trump in Helsinki on Monday, officials said.\"}\n";
        for _ in 0..20_000 {
            if stdin.write_all(line.as_bytes()).is_err() {
                break;
            }
        }
    });
    let mut first = [0u8; 64];
    std::io::Read::read_exact(child.stdout.as_mut().unwrap(), &mut first).unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

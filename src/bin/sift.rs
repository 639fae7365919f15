//! The `sift` command line: analyse text into JSON, score against gold data, train the entity model.
//!
//! ```text
//! sift analyze [FILE]            one JSON object for the text in FILE (or stdin)
//! sift analyze --jsonl [FILE]    one JSON object per input line {"text": ...}, in order
//! sift eval entities|numbers|claims [--data DIR]
//! sift train entities|cues [--data DIR] [--out FILE]
//! ```

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    std::process::exit(cli::main(std::env::args().skip(1).collect()));
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::io::{BufWriter, Read, Write};
    use std::path::PathBuf;

    const USAGE: &str = "usage:
  sift analyze [--jsonl] [FILE]     analyse FILE (or stdin); --jsonl: one {\"text\": ...} per line
  sift eval entities|numbers|claims [--data DIR]   score against gold data (default ../shared/data)
  sift eval claims --split train                   score claims on PolNeAR train (for tuning rules)
  sift train entities [--data DIR] [--out FILE]    train the entity model
  sift train cues [--data DIR] [--out FILE]        learn the claims cue lexicon from PolNeAR train";

    pub fn main(args: Vec<String>) -> i32 {
        // `-h` or `--help` anywhere ("sift analyze --help") prints the usage.
        let help = args.first().is_some_and(|a| a == "help")
            || args.iter().any(|a| a == "-h" || a == "--help");
        let result = match args.first().map(String::as_str) {
            _ if help => print(&format!("{USAGE}\n")),
            Some("analyze") => analyze(&args[1..]),
            Some("eval") => eval(&args[1..]),
            Some("train") => train(&args[1..]),
            _ => Err(format!("unknown or missing command\n{USAGE}")),
        };
        match result {
            Ok(()) => 0,
            // The reader of the output went away ("sift eval numbers | head -1"): nothing to say.
            Err(message) if message == BROKEN_PIPE => 0,
            Err(message) => {
                eprintln!("sift: {message}");
                2
            }
        }
    }

    const BROKEN_PIPE: &str = "broken pipe";

    /// The error of a failed write to stdout.
    fn write_error(e: std::io::Error) -> String {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            BROKEN_PIPE.to_string()
        } else {
            format!("cannot write output: {e}")
        }
    }

    /// Writes `text` to stdout (`println!` would panic when the reader has gone).
    fn print(text: &str) -> Result<(), String> {
        let mut out = std::io::stdout().lock();
        out.write_all(text.as_bytes())
            .and_then(|()| out.flush())
            .map_err(write_error)
    }

    /// Fails on an option `allowed` does not hold ("--bogus"), and on a value without its option.
    fn check_options(args: &[String], allowed: &[&str], positional: usize) -> Result<(), String> {
        let mut plain = 0;
        let mut i = 0;
        while i < args.len() {
            let a = args[i].as_str();
            if a.starts_with("--") {
                if !allowed.contains(&a) {
                    return Err(format!("unknown option {a}\n{USAGE}"));
                }
                // Every option here but --jsonl takes a value.
                if a != "--jsonl" {
                    i += 1;
                }
            } else {
                plain += 1;
                if plain > positional {
                    return Err(format!("unexpected argument {a}\n{USAGE}"));
                }
            }
            i += 1;
        }
        Ok(())
    }

    fn analyze(args: &[String]) -> Result<(), String> {
        check_options(args, &["--jsonl"], 1)?;
        let jsonl = args.iter().any(|a| a == "--jsonl");
        // "-" or nothing: stdin.
        let file = args.iter().find(|a| !a.starts_with("--") && *a != "-");
        let name = file.map_or("stdin", |f| f.as_str());
        let mut bytes = Vec::new();
        match file {
            Some(path) => std::fs::File::open(path)
                .and_then(|mut f| f.read_to_end(&mut bytes))
                .map_err(|e| format!("cannot read {path}: {e}"))?,
            None => std::io::stdin()
                .lock()
                .read_to_end(&mut bytes)
                .map_err(|e| format!("cannot read stdin: {e}"))?,
        };
        let stdout = std::io::stdout();
        let mut out = BufWriter::new(stdout.lock());
        if jsonl {
            // One document per line, blank lines included (an empty document), so that output
            // line n answers input line n.
            let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
            let mut lines: Vec<&[u8]> = bytes.split(|&b| b == b'\n').collect();
            // The end of the last line is no line of its own.
            if lines.last().is_some_and(|l| l.is_empty()) {
                lines.pop();
            }
            for (n, line) in lines.into_iter().enumerate() {
                let n = n + 1;
                let line = String::from_utf8_lossy(line);
                let text = if line.trim().is_empty() {
                    String::new()
                } else {
                    let value: serde_json::Value = serde_json::from_str(&line)
                        .map_err(|e| format!("{name}, line {n}: not JSON: {e}"))?;
                    value
                        .get("text")
                        .and_then(|t| t.as_str())
                        .ok_or_else(|| format!("{name}, line {n}: no \"text\" string field"))?
                        .to_string()
                };
                write_doc(&mut out, &text)?;
            }
        } else {
            // Read as the app reads an opened file: binary refused, UTF-16 and 8-bit code pages
            // decoded (with a note on stderr); an empty text gives an empty document.
            let text = if bytes.iter().all(u8::is_ascii_whitespace) {
                String::new()
            } else {
                let decoded =
                    sift_web::loading::read_text(name, &bytes, None).map_err(|message| {
                        message.replace(
                            "Open a .txt, .md, .html or .rtf file, or paste the article's text.",
                            "Give sift a text file.",
                        )
                    })?;
                if let Some(notice) = &decoded.notice {
                    eprintln!("sift: note: {notice}");
                }
                decoded.text
            };
            write_doc(&mut out, &text)?;
        }
        out.flush().map_err(write_error)
    }

    fn write_doc(out: &mut impl Write, text: &str) -> Result<(), String> {
        let doc = sift_core::analyze(text);
        serde_json::to_writer(&mut *out, &doc).map_err(|e| match e.io_error_kind() {
            Some(std::io::ErrorKind::BrokenPipe) => BROKEN_PIPE.to_string(),
            _ => format!("cannot write output: {e}"),
        })?;
        out.write_all(b"\n").map_err(write_error)
    }

    fn option(args: &[String], name: &str) -> Result<Option<String>, String> {
        match args.iter().position(|a| a == name) {
            Some(i) => args
                .get(i + 1)
                .cloned()
                .map(Some)
                .ok_or_else(|| format!("{name} needs a value")),
            None => Ok(None),
        }
    }

    fn data_dir(args: &[String]) -> Result<PathBuf, String> {
        Ok(PathBuf::from(
            option(args, "--data")?.unwrap_or_else(|| "../shared/data".to_string()),
        ))
    }

    fn eval(args: &[String]) -> Result<(), String> {
        let split = args.first().is_some_and(|a| a == "claims");
        check_options(
            args,
            if split {
                &["--data", "--split"]
            } else {
                &["--data"]
            },
            1,
        )?;
        let data = data_dir(args)?;
        let report = match args.first().map(String::as_str) {
            Some("entities") => sift_tools::entities::eval(&data)?,
            Some("numbers") => sift_tools::numbers::eval(&data)?,
            Some("claims") => match option(args, "--split")? {
                Some(split) => sift_tools::claims::split_eval(&data, &split)?,
                None => sift_tools::claims::eval(&data)?,
            },
            _ => return Err(format!("eval what?\n{USAGE}")),
        };
        print(&format!("{report}\n"))
    }

    fn train(args: &[String]) -> Result<(), String> {
        check_options(args, &["--data", "--out"], 1)?;
        match args.first().map(String::as_str) {
            Some("entities") => {
                let data = data_dir(args)?;
                let out = option(args, "--out")?
                    .map(PathBuf::from)
                    .unwrap_or_else(|| PathBuf::from("crates/sift-core/data/ner.model"));
                let started = std::time::Instant::now();
                let report = sift_tools::entities::train(&data, &out)?;
                print(&format!(
                    "{report}\ntotal {:.1} s\n",
                    started.elapsed().as_secs_f64()
                ))
            }
            Some("cues") => {
                let data = data_dir(args)?;
                let out = option(args, "--out")?
                    .map(PathBuf::from)
                    .unwrap_or_else(|| PathBuf::from("crates/sift-core/data/cues.tsv"));
                print(&format!(
                    "{}\n",
                    sift_tools::claims::train_cues(&data, &out)?
                ))
            }
            _ => Err(format!("train what?\n{USAGE}")),
        }
    }
}

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
    use std::io::{BufRead, BufWriter, Read, Write};
    use std::path::PathBuf;

    const USAGE: &str = "usage:
  sift analyze [--jsonl] [FILE]     analyse FILE (or stdin); --jsonl: one {\"text\": ...} per line
  sift eval entities|numbers|claims [--data DIR]   score against gold data (default ../shared/data)
  sift eval claims --split train                   score claims on PolNeAR train (for tuning rules)
  sift train entities [--data DIR] [--out FILE]    train the entity model
  sift train cues [--data DIR] [--out FILE]        learn the claims cue lexicon from PolNeAR train";

    pub fn main(args: Vec<String>) -> i32 {
        let result = match args.first().map(String::as_str) {
            Some("analyze") => analyze(&args[1..]),
            Some("eval") => eval(&args[1..]),
            Some("train") => train(&args[1..]),
            Some("-h" | "--help" | "help") => {
                println!("{USAGE}");
                Ok(())
            }
            _ => Err(format!("unknown or missing command\n{USAGE}")),
        };
        match result {
            Ok(()) => 0,
            Err(message) => {
                eprintln!("sift: {message}");
                2
            }
        }
    }

    fn analyze(args: &[String]) -> Result<(), String> {
        let jsonl = args.iter().any(|a| a == "--jsonl");
        let files: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
        if let Some(bad) = args.iter().find(|a| a.starts_with("--") && *a != "--jsonl") {
            return Err(format!("unknown option {bad}\n{USAGE}"));
        }
        if files.len() > 1 {
            return Err(format!("analyze takes at most one FILE\n{USAGE}"));
        }
        let mut input: Box<dyn BufRead> = match files.first() {
            Some(path) => Box::new(std::io::BufReader::new(
                std::fs::File::open(path).map_err(|e| format!("cannot open {path}: {e}"))?,
            )),
            None => Box::new(std::io::stdin().lock()),
        };
        let stdout = std::io::stdout();
        let mut out = BufWriter::new(stdout.lock());
        if jsonl {
            let mut line = Vec::new();
            let mut n = 0;
            loop {
                line.clear();
                let read = input
                    .read_until(b'\n', &mut line)
                    .map_err(|e| format!("cannot read input: {e}"))?;
                if read == 0 {
                    break;
                }
                n += 1;
                let text_line = String::from_utf8_lossy(&line);
                if text_line.trim().is_empty() {
                    continue;
                }
                let value: serde_json::Value = serde_json::from_str(&text_line)
                    .map_err(|e| format!("line {n}: not JSON: {e}"))?;
                let text = value
                    .get("text")
                    .and_then(|t| t.as_str())
                    .ok_or_else(|| format!("line {n}: no \"text\" string field"))?;
                write_doc(&mut out, text)?;
            }
        } else {
            let mut bytes = Vec::new();
            input
                .read_to_end(&mut bytes)
                .map_err(|e| format!("cannot read input: {e}"))?;
            let text = String::from_utf8_lossy(&bytes);
            write_doc(&mut out, &text)?;
        }
        out.flush().map_err(|e| format!("cannot write output: {e}"))
    }

    fn write_doc(out: &mut impl Write, text: &str) -> Result<(), String> {
        let doc = sift_core::analyze(text);
        serde_json::to_writer(&mut *out, &doc).map_err(|e| format!("cannot write output: {e}"))?;
        out.write_all(b"\n")
            .map_err(|e| format!("cannot write output: {e}"))
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
        println!("{report}");
        Ok(())
    }

    fn train(args: &[String]) -> Result<(), String> {
        match args.first().map(String::as_str) {
            Some("entities") => {
                let data = data_dir(args)?;
                let out = option(args, "--out")?
                    .map(PathBuf::from)
                    .unwrap_or_else(|| PathBuf::from("crates/sift-core/data/ner.model"));
                let started = std::time::Instant::now();
                let report = sift_tools::entities::train(&data, &out)?;
                println!("{report}");
                println!("total {:.1} s", started.elapsed().as_secs_f64());
                Ok(())
            }
            Some("cues") => {
                let data = data_dir(args)?;
                let out = option(args, "--out")?
                    .map(PathBuf::from)
                    .unwrap_or_else(|| PathBuf::from("crates/sift-core/data/cues.tsv"));
                println!("{}", sift_tools::claims::train_cues(&data, &out)?);
                Ok(())
            }
            _ => Err(format!("train what?\n{USAGE}")),
        }
    }
}

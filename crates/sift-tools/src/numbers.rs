//! Scoring numbers against the Microsoft Recognizers-Text English spec cases in
//! `<data>/recognizers/*.jsonl` (MIT): span precision, recall and F1 per type (exact character
//! spans), and value accuracy on matched spans.
//!
//! Each spec file is the output of one Recognizers model, so each is scored against the Sift
//! kinds that answer the same question (a CARDINAL found in a currency case is not an error of
//! the currency model):
//!
//! | spec file          | their type            | Sift kinds compared                          | value compared             |
//! |--------------------|-----------------------|----------------------------------------------|----------------------------|
//! | number_en          | number                | CARDINAL                                     | number                     |
//! | ordinal_en         | ordinal               | ORDINAL                                      | number                     |
//! | percent_en         | percentage            | PERCENT                                      | number (25 for "25%")      |
//! | currency_en        | currency              | MONEY                                        | number (and ISO code when they give one) |
//! | dimension_en       | dimension             | QUANTITY whose unit is not a temperature (bare "degrees" counts for both) | number |
//! | temperature_en     | temperature           | QUANTITY with unit °F, °C, K or bare °       | number                     |
//! | datetime_en        | datetimeV2.*          | DATE, TIME, DURATION (read against the case's ReferenceDateTime) | ISO value = their timex, a resolved value, or a range's start/end |
//! | age_en             | age                   | DURATION ("72-year-old", "ten years old"; informational) | —              |
//! | number_range_en    | numberrange           | any kind with a qualifier other than exact (informational) | —            |
//!
//! A case with no results is a negative case: anything we find of the compared kinds is a false
//! positive. Cases whose convention we do not follow (chatbot readings, see
//! `numbers-known-differences.tsv` beside this crate's manifest) are left out of the figures
//! and counted in the report.

use crate::score::Prf;
use serde::Deserialize;
use sift_core::{NumberKind, Qualifier, Value};
use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::Path;

#[derive(Deserialize)]
struct Case {
    input: String,
    results: Vec<Gold>,
    #[serde(default)]
    case: Option<serde_json::Value>,
    #[serde(default)]
    context: Option<serde_json::Value>,
}

impl Case {
    /// The reference date of a datetime case ("ReferenceDateTime": "2016-11-07T00:00:00").
    fn reference(&self) -> Option<(i64, u32, u32)> {
        let s = self.context.as_ref()?.get("ReferenceDateTime")?.as_str()?;
        let mut it = s.get(..10)?.split('-');
        Some((
            it.next()?.parse().ok()?,
            it.next()?.parse().ok()?,
            it.next()?.parse().ok()?,
        ))
    }

    /// Our numbers for this case, with character offsets. Datetime cases are read against
    /// their reference date, as the specs resolve them.
    fn analyse(&self) -> Vec<sift_core::Number> {
        match self.reference() {
            None => sift_core::analyze(&self.input).numbers,
            Some(r) => {
                let doc = sift_core::analyze_bytes(&self.input);
                let mut numbers = sift_core::numbers::find_at(&self.input, &doc.entities, Some(r));
                let map = sift_core::OffsetMap::new(&self.input);
                for n in &mut numbers {
                    n.start = map.byte_to_char(n.start);
                    n.end = map.byte_to_char(n.end);
                }
                numbers
            }
        }
    }
}

#[derive(Deserialize)]
struct Gold {
    #[serde(rename = "type")]
    kind: Option<String>,
    value: Option<serde_json::Value>,
    start: usize,
    end: usize,
    #[serde(rename = "isoCurrency")]
    iso: Option<String>,
}

/// The spec files scored, with the name of the type they hold.
pub const SPECS: &[(&str, &str)] = &[
    ("number_en", "number"),
    ("ordinal_en", "ordinal"),
    ("percent_en", "percentage"),
    ("currency_en", "currency"),
    ("dimension_en", "dimension"),
    ("temperature_en", "temperature"),
    ("datetime_en", "datetime"),
    ("age_en", "age"),
    ("number_range_en", "numberrange"),
];

/// The known differences: (spec file, input) -> reason. Read from the TSV beside the manifest.
pub fn known_differences() -> BTreeMap<(String, String), String> {
    let text = include_str!("../numbers-known-differences.tsv");
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let mut f = l.splitn(3, '\t');
            let (spec, input, reason) = (f.next()?, f.next()?, f.next().unwrap_or(""));
            Some(((spec.to_string(), unescape(input)), reason.to_string()))
        })
        .collect()
}

fn unescape(s: &str) -> String {
    s.replace("\\n", "\n").replace("\\t", "\t")
}

/// Scores of one type.
#[derive(Debug, Clone, Default)]
pub struct TypeScore {
    pub spans: Prf,
    pub values_right: usize,
    pub values_compared: usize,
    pub cases: usize,
    pub skipped: usize,
}

impl TypeScore {
    pub fn value_accuracy(&self) -> f64 {
        crate::score::ratio(self.values_right, self.values_compared)
    }
}

fn compared(spec: &str, n: &sift_core::Number) -> bool {
    let unit = n.unit.as_deref().unwrap_or("");
    match spec {
        "number" => n.kind == NumberKind::CARDINAL,
        "ordinal" => n.kind == NumberKind::ORDINAL,
        "percentage" => n.kind == NumberKind::PERCENT,
        "currency" => n.kind == NumberKind::MONEY,
        "dimension" => {
            n.kind == NumberKind::QUANTITY
                && (!sift_core::numbers::units::is_temperature(unit) || unit == "°")
        }
        "temperature" => {
            n.kind == NumberKind::QUANTITY && sift_core::numbers::units::is_temperature(unit)
        }
        "datetime" => matches!(
            n.kind,
            NumberKind::DATE | NumberKind::TIME | NumberKind::DURATION
        ),
        "age" => n.kind == NumberKind::DURATION,
        "numberrange" => n.qualifier != Qualifier::Exact,
        _ => false,
    }
}

fn gold_number(v: &serde_json::Value) -> Option<f64> {
    let s = v.as_str()?.trim_end_matches('%');
    s.parse::<f64>().ok()
}

fn value_right(spec: &str, g: &Gold, n: &sift_core::Number) -> Option<bool> {
    match spec {
        "datetime" => {
            // Accepted: their timex, any resolved value, or a range's start/end; compared after
            // writing "2016-11-07 08:00:00" as "2016-11-07T08" (trailing ":00" dropped).
            fn norm(s: &str) -> String {
                let mut s = s.replace(' ', "T");
                while s.ends_with(":00") {
                    s.truncate(s.len() - 3);
                }
                s
            }
            let values = g.value.as_ref()?.as_array()?;
            let mut accepted = Vec::new();
            for v in values {
                let field = |k: &str| v.get(k).and_then(|x| x.as_str()).map(norm);
                if let Some(t) = field("timex") {
                    if let Some(inner) = t.strip_prefix('(').and_then(|t| t.strip_suffix(')')) {
                        let parts: Vec<&str> = inner.split(',').collect();
                        if parts.len() >= 2 {
                            accepted.push(format!("{}/{}", norm(parts[0]), norm(parts[1])));
                        }
                    }
                    accepted.push(t);
                }
                if let Some(x) = field("value") {
                    accepted.push(x);
                }
                if let (Some(a), Some(b)) = (field("start"), field("end")) {
                    accepted.push(format!("{a}/{b}"));
                }
            }
            let ours = match &n.value {
                Some(Value::Text(t)) => t.split('/').map(norm).collect::<Vec<_>>().join("/"),
                _ => return Some(false),
            };
            Some(accepted.contains(&ours))
        }
        "age" | "numberrange" => None,
        _ => {
            let want = gold_number(g.value.as_ref()?)?;
            let got = match n.value {
                Some(Value::Number(v)) => v,
                _ => return Some(false),
            };
            let close = (got - want).abs() <= 1e-6 * want.abs().max(1.0);
            let iso_ok = match (&g.iso, spec) {
                (Some(code), "currency") => n.unit.as_deref() == Some(code.as_str()),
                _ => true,
            };
            Some(close && iso_ok)
        }
    }
}

/// Scores every spec file under `<data_dir>/recognizers`. Returns (type, score) in [`SPECS`] order,
/// and the number of cases left out as known differences.
pub fn score(data_dir: &Path) -> Result<(Vec<(String, TypeScore)>, usize), String> {
    score_with(data_dir, &known_differences())
}

/// Scores with a given list of known differences (empty: every case counts).
pub fn score_with(
    data_dir: &Path,
    known: &BTreeMap<(String, String), String>,
) -> Result<(Vec<(String, TypeScore)>, usize), String> {
    let mut out = Vec::new();
    let mut skipped_total = 0;
    for (file, spec) in SPECS {
        let path = data_dir.join("recognizers").join(format!("{file}.jsonl"));
        let cases: Vec<Case> = crate::jsonl::read(&path)?;
        let mut s = TypeScore::default();
        for case in &cases {
            let _ = &case.case;
            if known.contains_key(&(file.to_string(), case.input.clone())) {
                s.skipped += 1;
                continue;
            }
            s.cases += 1;
            let numbers = case.analyse();
            let ours: Vec<&sift_core::Number> =
                numbers.iter().filter(|n| compared(spec, n)).collect();
            let gold: Vec<&Gold> = case.results.iter().filter(|g| g.kind.is_some()).collect();
            s.spans.predicted += ours.len() as f64;
            s.spans.gold += gold.len() as f64;
            let mut used = vec![false; ours.len()];
            for g in &gold {
                if let Some(k) = ours
                    .iter()
                    .enumerate()
                    .position(|(k, n)| !used[k] && n.start == g.start && n.end == g.end)
                {
                    used[k] = true;
                    s.spans.true_pos += 1.0;
                    if let Some(right) = value_right(spec, g, ours[k]) {
                        s.values_compared += 1;
                        s.values_right += right as usize;
                    }
                }
            }
        }
        skipped_total += s.skipped;
        out.push((spec.to_string(), s));
    }
    Ok((out, skipped_total))
}

/// The numeric types held to the targets (span F1 ≥ 0.85, value accuracy ≥ 0.95).
pub const NUMERIC: &[&str] = &[
    "number",
    "ordinal",
    "percentage",
    "currency",
    "dimension",
    "temperature",
];

/// Scores the numbers layer against the gold data under `data_dir` and returns a printable report.
pub fn eval(data_dir: &Path) -> Result<String, String> {
    let (scores, skipped) = score(data_dir)?;
    let mut r = String::new();
    let _ = writeln!(
        r,
        "Numbers against Recognizers-Text English specs ({}), exact character spans",
        data_dir.join("recognizers").display()
    );
    let _ = writeln!(
        r,
        "{:<12} {:>6} {:>5} {:>7} {:>7} {:>7} {:>9}  (tp/pred/gold, values right/compared)",
        "type", "cases", "known", "P", "R", "F1", "value acc"
    );
    let mut numeric = Prf::default();
    let (mut nv, mut nc) = (0, 0);
    for (t, s) in &scores {
        let va = if s.values_compared == 0 {
            "-".to_string()
        } else {
            format!("{:.4}", s.value_accuracy())
        };
        let _ = writeln!(
            r,
            "{:<12} {:>6} {:>5} {:>7.4} {:>7.4} {:>7.4} {:>9}  ({}/{}/{}, {}/{})",
            t,
            s.cases,
            s.skipped,
            s.spans.precision(),
            s.spans.recall(),
            s.spans.f1(),
            va,
            s.spans.true_pos,
            s.spans.predicted,
            s.spans.gold,
            s.values_right,
            s.values_compared
        );
        if NUMERIC.contains(&t.as_str()) {
            numeric.add(s.spans);
            nv += s.values_right;
            nc += s.values_compared;
        }
    }
    let _ = writeln!(
        r,
        "{:<12} {:>6} {:>5} {:>7.4} {:>7.4} {:>7.4} {:>9.4}",
        "numeric all",
        "",
        "",
        numeric.precision(),
        numeric.recall(),
        numeric.f1(),
        if nc == 0 { 0.0 } else { nv as f64 / nc as f64 }
    );
    let _ = writeln!(r, "known differences left out: {skipped} cases (crates/sift-tools/numbers-known-differences.tsv)");
    let (all, _) = score_with(data_dir, &BTreeMap::new())?;
    let _ = writeln!(r, "every case counted (no known differences left out):");
    for (t, s) in &all {
        let va = if s.values_compared == 0 {
            "-".to_string()
        } else {
            format!("{:.4}", s.value_accuracy())
        };
        let _ = writeln!(
            r,
            "  {:<12} P {:.4}  R {:.4}  F1 {:.4}  value acc {}",
            t,
            s.spans.precision(),
            s.spans.recall(),
            s.spans.f1(),
            va
        );
    }
    let _ = writeln!(r, "age and numberrange are informational (not targets).");
    Ok(r)
}

/// Per-case detail for development: every gold and predicted span that did not match.
pub fn mismatches(data_dir: &Path, spec_file: &str) -> Result<String, String> {
    let spec = SPECS
        .iter()
        .find(|(f, _)| *f == spec_file)
        .map(|(_, s)| *s)
        .ok_or("unknown spec")?;
    let known = known_differences();
    let path = data_dir
        .join("recognizers")
        .join(format!("{spec_file}.jsonl"));
    let cases: Vec<Case> = crate::jsonl::read(&path)?;
    let mut r = String::new();
    for case in &cases {
        if known.contains_key(&(spec_file.to_string(), case.input.clone())) {
            continue;
        }
        let numbers = case.analyse();
        let ours: Vec<&sift_core::Number> = numbers.iter().filter(|n| compared(spec, n)).collect();
        let chars: Vec<char> = case.input.chars().collect();
        let sub = |a: usize, b: usize| {
            chars
                .get(a..b.min(chars.len()))
                .map(|c| c.iter().collect::<String>())
                .unwrap_or_default()
        };
        let gold: Vec<(usize, usize)> = case
            .results
            .iter()
            .filter(|g| g.kind.is_some())
            .map(|g| (g.start, g.end))
            .collect();
        let mut lines = Vec::new();
        for g in case.results.iter().filter(|g| g.kind.is_some()) {
            match ours.iter().find(|n| n.start == g.start && n.end == g.end) {
                None => lines.push(format!("  miss {:?} {:?}", sub(g.start, g.end), g.value)),
                Some(n) => {
                    if value_right(spec, g, n) == Some(false) {
                        lines.push(format!(
                            "  value {:?} gold {:?} ours {:?} {:?}",
                            sub(g.start, g.end),
                            g.value,
                            n.value,
                            n.unit
                        ));
                    }
                }
            }
        }
        for n in &ours {
            if !gold.contains(&(n.start, n.end)) {
                lines.push(format!(
                    "  extra {:?} {:?} {:?} {:?}",
                    n.text, n.kind, n.value, n.unit
                ));
            }
        }
        if !lines.is_empty() {
            let _ = writeln!(r, "{:?}\n{}", case.input, lines.join("\n"));
        }
    }
    Ok(r)
}

//! Numbers: counts, ordinals, percentages, money, quantities, durations, dates and times, with
//! normalised values, qualifiers ("at least", "about"), ranges and the noun counted.
//!
//! How it works, in one linear pass each:
//! 1. the lower-cased text is cut into [`words::Piece`]s (digit runs, letter runs, symbols);
//! 2. number phrases are read from the pieces ([`words::parse_at`]) and typed by what surrounds
//!    them (a currency sign or name, `%`, a unit, a time unit, an ordinal suffix);
//! 3. date and time patterns are found by regexes ([`dates`]);
//! 4. overlapping candidates are resolved longest first; neighbours are joined into ranges
//!    ("between 20 and 30", "20-30%") and dates with times; qualifiers and counted nouns are
//!    read from the words around.
//!
//! Every regex is compiled once; every step is linear in the text (phrases are capped), and
//! nothing indexes out of bounds: any input gives a (possibly empty) list.

pub mod dates;
pub mod units;
pub mod words;

use crate::document::{Entity, Number, NumberKind, Qualifier, Value};
use crate::Context;
use words::{Piece, PieceKind};

/// A candidate number before overlaps are resolved (byte offsets).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Cand {
    pub start: usize,
    pub end: usize,
    pub kind: NumberKind,
    pub value: Option<Value>,
    pub unit: Option<String>,
    pub qualifier: Qualifier,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub counted: Option<String>,
    pub relative: bool,
    /// Breaks ties between candidates of the same length (higher wins).
    pub prio: u8,
}

impl Cand {
    pub(crate) fn new(start: usize, end: usize, kind: NumberKind, value: Option<Value>) -> Cand {
        Cand {
            start,
            end,
            kind,
            value,
            unit: None,
            qualifier: Qualifier::Exact,
            low: None,
            high: None,
            counted: None,
            relative: false,
            prio: 1,
        }
    }

    fn num(&self) -> Option<f64> {
        match self.value {
            Some(Value::Number(v)) => Some(v),
            _ => None,
        }
    }
}

/// The text being read: original and lower-cased (same byte offsets) and its pieces.
pub(crate) struct Src<'t> {
    pub text: &'t str,
    pub lower: String,
    pub ps: Vec<Piece>,
    /// The text has no upper-case ASCII letter (a lower-cased corpus): capitals prove nothing.
    pub all_lower: bool,
    /// The currency of a bare "$" in this text (see [`units::local_dollar`]).
    pub dollar: &'static str,
}

impl Src<'_> {
    pub fn p(&self, i: usize) -> &str {
        self.ps
            .get(i)
            .map(|p| &self.lower[p.start..p.end])
            .unwrap_or("")
    }
    pub fn orig(&self, i: usize) -> &str {
        self.ps
            .get(i)
            .map(|p| &self.text[p.start..p.end])
            .unwrap_or("")
    }
    pub fn kind(&self, i: usize) -> Option<PieceKind> {
        self.ps.get(i).map(|p| p.kind)
    }
    /// Piece `i + 1` follows piece `i` with no space between.
    pub fn glued(&self, i: usize) -> bool {
        match (self.ps.get(i), self.ps.get(i + 1)) {
            (Some(a), Some(b)) => a.end == b.start,
            _ => false,
        }
    }
    /// Piece `i + 1` follows piece `i` on the same line.
    pub fn near(&self, i: usize) -> bool {
        match (self.ps.get(i), self.ps.get(i + 1)) {
            (Some(a), Some(b)) => !self.lower[a.end..b.start].contains('\n'),
            _ => false,
        }
    }
    /// Index of the first piece starting at or after byte `b`.
    pub fn piece_at(&self, b: usize) -> usize {
        self.ps.partition_point(|p| p.start < b)
    }
    /// Index of the last piece ending at or before byte `b`, if any.
    pub fn piece_before(&self, b: usize) -> Option<usize> {
        self.ps.partition_point(|p| p.end <= b).checked_sub(1)
    }
}

/// Finds numbers (byte offsets).
pub fn recognize(cx: &Context, entities: &[Entity]) -> Vec<Number> {
    find_with_tokens(cx.text, cx.tokens, entities, None)
}

/// Finds numbers in `text` (byte offsets); `entities` hide numbers inside names ("World War Two").
/// Relative dates are resolved against the article's own date when the text states one.
pub fn find(text: &str, entities: &[Entity]) -> Vec<Number> {
    find_at(text, entities, None)
}

/// Like [`find`], with the date relative expressions are resolved against given by the caller
/// (year, month, day); `None` reads it from the text.
pub fn find_at(text: &str, entities: &[Entity], reference: Option<dates::Ymd>) -> Vec<Number> {
    find_with_tokens(text, &crate::tokenize::tokenize(text), entities, reference)
}

/// [`find_at`] given the text's tokens (the analysis has them already: tokenising again would
/// hold a second token list for the whole text).
fn find_with_tokens(
    text: &str,
    tokens: &[crate::tokenize::Token],
    entities: &[Entity],
    reference: Option<dates::Ymd>,
) -> Vec<Number> {
    let src = Src {
        text,
        lower: text.to_ascii_lowercase(),
        ps: Vec::new(),
        all_lower: !text.bytes().any(|b| b.is_ascii_uppercase()),
        dollar: "USD",
    };
    let src = Src {
        ps: words::pieces(&src.lower),
        dollar: units::local_dollar(text, &src.lower),
        ..src
    };
    let reference = reference.or_else(|| dates::article_date(&src));
    let mut cands = Vec::new();
    numeric_candidates(&src, &mut cands);
    dates::candidates(&src, reference, &mut cands);
    let chosen = select(cands);
    let chosen = dates::combine(&src, chosen, reference);
    let chosen = compounds(&src, chosen);
    let chosen = ranges(&src, chosen);
    let mut chosen = dates::combine(&src, chosen, reference);
    // Nothing inside URLs, e-mail addresses or hashtags (tokens are in text order).
    let hidden: Vec<(usize, usize)> = tokens
        .iter()
        .filter(|t| {
            matches!(
                t.kind,
                crate::tokenize::TokenKind::Url
                    | crate::tokenize::TokenKind::Email
                    | crate::tokenize::TokenKind::Tag
            )
        })
        .map(|t| (t.start, t.end))
        .collect();
    chosen.retain(|c| {
        let k = hidden.partition_point(|&(_, e)| e <= c.start);
        hidden.get(k).is_none_or(|&(s, _)| s >= c.end)
    });
    // Numbers inside a longer name ("World War Two"): entities sorted by start, with the
    // furthest end reached so far, answer "is this span inside a larger entity" in O(log n).
    let mut spans: Vec<(usize, usize)> = entities.iter().map(|e| (e.start, e.end)).collect();
    spans.sort_unstable();
    let mut reach = Vec::with_capacity(spans.len());
    let mut far = 0;
    for &(_, e) in &spans {
        far = far.max(e);
        reach.push(far);
    }
    let inside_name = |c: &Cand| {
        // Entities starting strictly before, reaching at least the end; or starting at the same
        // place and reaching further.
        let before = spans.partition_point(|&(s, _)| s < c.start);
        let covered_before = before > 0 && reach[before - 1] >= c.end;
        let same_start = spans[before..]
            .iter()
            .take_while(|&&(s, _)| s == c.start)
            .any(|&(_, e)| e > c.end);
        covered_before || same_start
    };
    for c in &mut chosen {
        // "the past two years", "the next 10 days", "3 next weeks": a period next to now.
        if c.kind == NumberKind::DURATION && c.qualifier == Qualifier::Exact {
            let k = src.piece_before(c.start);
            let w = k.map(|k| src.p(k)).unwrap_or("");
            let inner = src.piece_at(c.start) + 1;
            let inner_w = if inner < src.ps.len() && src.ps[inner].end <= c.end {
                src.p(inner)
            } else {
                ""
            };
            let sign = match (w, inner_w) {
                ("next" | "coming" | "following", _) | (_, "next" | "coming" | "following") => {
                    Some('+')
                }
                ("last" | "past" | "previous", _) | (_, "past" | "previous" | "last") => Some('-'),
                _ => None,
            };
            // "the course will last three weeks": "last" as a verb.
            let before_w = k
                .and_then(|k| k.checked_sub(1))
                .map(|k| src.p(k))
                .unwrap_or("");
            let verb_last = w == "last"
                && !matches!(
                    before_w,
                    "the" | "for" | "in" | "over" | "during" | "within" | "of" | "since" | "," | ""
                );
            let sign = if verb_last { None } else { sign };
            let extend = matches!(
                w,
                "next" | "coming" | "following" | "last" | "past" | "previous"
            );
            if let (Some(sg), Some(Value::Text(v))) = (sign, c.value.clone()) {
                if extend {
                    if let Some(k) = k {
                        c.start = src.ps[k].start;
                    }
                }
                c.kind = NumberKind::DATE;
                c.relative = true;
                c.value = Some(Value::Text(format!("{sg}{v}")));
            }
        }
        if c.qualifier == Qualifier::Exact {
            let (q, start) = qualifier_before(&src, c.start, c.kind);
            c.qualifier = q;
            // "since December 2019", "before 2010": the bound is part of the date expression.
            let bound = src.lower.get(start..c.start).unwrap_or("").trim();
            if matches!(c.kind, NumberKind::DATE | NumberKind::TIME)
                && matches!(
                    bound,
                    "since"
                        | "before"
                        | "after"
                        | "until"
                        | "till"
                        | "within"
                        | "later than"
                        | "earlier than"
                        | "no later than"
                        | "starting on"
                        | "starting"
                        | "beginning"
                        | "more than"
                        | "less than"
                )
            {
                c.start = start;
            }
            // "around 1pm", "circa 5 in the morning", "after around 3:30pm".
            if c.kind == NumberKind::TIME && matches!(bound, "around" | "circa" | "about") {
                c.start = start;
                if let Some(k) = src.piece_before(start) {
                    if matches!(src.p(k), "after" | "before" | "since" | "until") && src.near(k) {
                        c.start = src.ps[k].start;
                        c.qualifier = if matches!(src.p(k), "after" | "since") {
                            Qualifier::AtLeast
                        } else {
                            Qualifier::AtMost
                        };
                    }
                }
            }
            // "more than 4 days", "within 9 months", "less than 2 hours".
            if c.kind == NumberKind::DURATION
                && matches!(
                    bound,
                    "more than"
                        | "less than"
                        | "within"
                        | "fewer than"
                        | "at least"
                        | "at most"
                        | "up to"
                )
            {
                c.start = start;
            }
        }
        // "between 2014-2018", "from 1558-1603": the opener belongs to a range read as one.
        if c.qualifier == Qualifier::Range && matches!(c.kind, NumberKind::DATE | NumberKind::TIME)
        {
            if let Some(k) = src.piece_before(c.start) {
                if matches!(src.p(k), "between" | "from") && src.near(k) {
                    c.start = src.ps[k].start;
                }
            }
        }
        // "by 2030", "by the end of the month": a deadline.
        if matches!(c.kind, NumberKind::DATE | NumberKind::TIME) && c.qualifier == Qualifier::Exact
        {
            if let Some(k) = src.piece_before(c.start) {
                if src.p(k) == "by" && src.near(k) {
                    c.qualifier = Qualifier::AtMost;
                    c.start = src.ps[k].start;
                }
            }
        }
        // "in 5 minutes", "in two weeks": a time from now; but a time taken ("won the race in
        // 9.58 seconds", "beating him in three hours and 13 minutes") stays a duration.
        if c.kind == NumberKind::DURATION && c.qualifier == Qualifier::Exact {
            if let Some(k) = src.piece_before(c.start) {
                if src.p(k) == "in" && src.near(k) && !time_taken(&src, &c, k) {
                    c.start = src.ps[k].start;
                    c.kind = NumberKind::DATE;
                    c.relative = true;
                    c.value = c.value.take().map(|v| match v {
                        Value::Text(t) => Value::Text(format!("+{t}")),
                        other => other,
                    });
                }
            }
        }
        if c.kind == NumberKind::CARDINAL && c.counted.is_none() {
            c.counted = counted_after(&src, c.end);
        }
    }
    // Date arithmetic: "two days ago" against the article's date, "3 days after January 12th".
    for c in &mut chosen {
        if c.kind == NumberKind::DATE && c.qualifier != Qualifier::Range {
            if let Some(Value::Text(v)) = &c.value {
                if let Some(r) = dates::resolve(v, reference) {
                    c.value = Some(Value::Text(r));
                    c.relative = false;
                }
            }
        }
    }
    let mut numbers: Vec<Number> = chosen
        .into_iter()
        .filter(|c| {
            !(matches!(c.kind, NumberKind::CARDINAL | NumberKind::ORDINAL) && inside_name(c))
        })
        .filter(|c| {
            c.start < c.end && text.is_char_boundary(c.start) && text.is_char_boundary(c.end)
        })
        .map(|c| Number {
            start: c.start,
            end: c.end,
            text: text[c.start..c.end].to_string(),
            kind: c.kind,
            value: c.value,
            unit: c.unit,
            qualifier: c.qualifier,
            low: c.low,
            high: c.high,
            counted: c.counted,
            relative: c.relative,
        })
        .collect();
    // Grown by doubling; the list lives until the end of the analysis.
    numbers.shrink_to_fit();
    numbers
}

/// Longest candidates first; among equals, higher priority, then earlier. Returns them in text order.
fn select(mut cands: Vec<Cand>) -> Vec<Cand> {
    cands.sort_by(|a, b| {
        (b.end - b.start)
            .cmp(&(a.end - a.start))
            .then(b.prio.cmp(&a.prio))
            .then(a.start.cmp(&b.start))
    });
    let mut taken: std::collections::BTreeMap<usize, usize> = std::collections::BTreeMap::new();
    let mut out = Vec::new();
    for c in cands {
        if c.start >= c.end {
            continue;
        }
        // Overlap check against the nearest taken spans on either side.
        let before = taken.range(..c.end).next_back();
        if before.is_some_and(|(_, &e)| e > c.start) {
            continue;
        }
        taken.insert(c.start, c.end);
        out.push(c);
    }
    out.sort_by_key(|c| c.start);
    out
}

/// Words that make a lone "one" a pronoun ("one of the", "that one").
fn one_is_pronoun(src: &Src, i: usize, end: usize) -> bool {
    let prev = if i > 0 { src.p(i - 1) } else { "" };
    let next = src.p(end);
    matches!(
        prev,
        "this"
            | "that"
            | "the"
            | "which"
            | "each"
            | "every"
            | "any"
            | "no"
            | "another"
            | "one"
            | "no-one"
            | "someone"
    ) || src.kind(end) != Some(PieceKind::Letters)
        || NOT_COUNTED_AFTER.binary_search(&next).is_ok()
}

fn numeric_candidates(src: &Src, out: &mut Vec<Cand>) {
    let n = src.ps.len();
    let mut i = 0;
    // Pieces already used by a phone-like or code-like chain.
    let mut skip_until = 0;
    while i < n {
        if i < skip_until {
            i += 1;
            continue;
        }
        let k = src.kind(i);
        let is_digit = k == Some(PieceKind::Digits);
        if is_digit {
            // Codes and names: "G7", "F-16", "COVID-19", "SCP-173", "mar3".
            if i > 0 && src.glued(i - 1) {
                let prev = src.p(i - 1);
                let letters_before = src.kind(i - 1) == Some(PieceKind::Letters);
                let dash_code = prev == "-"
                    && i > 1
                    && src.glued(i - 2)
                    && src.kind(i - 2) == Some(PieceKind::Letters);
                if (letters_before && units::iso_code(prev).is_none()) || dash_code {
                    i += 1;
                    continue;
                }
            }
            // Phone numbers written with spaces: "0800 123 4567", "+44 20 7946 0958".
            let run = spaced_digit_run(src, i);
            if run > i + 1 {
                skip_until = run;
                i += 1;
                continue;
            }
            // Year ranges: "1558-1603", "2014-2018".
            if src.glued(i)
                && matches!(src.p(i + 1), "-" | "–")
                && src.glued(i + 1)
                && src.kind(i + 2) == Some(PieceKind::Digits)
                && src.p(i).len() == 4
                && src.p(i + 2).len() == 4
                && !(src.glued(i + 2) && matches!(src.p(i + 3), "-" | "/"))
            {
                if let (Ok(a), Ok(b)) = (src.p(i).parse::<i64>(), src.p(i + 2).parse::<i64>()) {
                    if (1000..=2099).contains(&a) && a < b && b - a <= 300 && b <= 2099 {
                        let mut c = Cand::new(
                            src.ps[i].start,
                            src.ps[i + 2].end,
                            NumberKind::DATE,
                            Some(Value::Text(format!("{a:04}/{b:04}"))),
                        );
                        c.qualifier = Qualifier::Range;
                        c.low = Some(a as f64);
                        c.high = Some(b as f64);
                        c.prio = 2;
                        out.push(c);
                        skip_until = i + 3;
                        i += 1;
                        continue;
                    }
                }
            }
            // Seasons and fiscal years: "2020-21".
            if src.glued(i)
                && matches!(src.p(i + 1), "-" | "–" | "/")
                && src.glued(i + 1)
                && src.kind(i + 2) == Some(PieceKind::Digits)
                && src.p(i).len() == 4
                && src.p(i + 2).len() == 2
                && !(src.glued(i + 2) && matches!(src.p(i + 3), "-" | "/"))
            {
                if let (Ok(a), Ok(b)) = (src.p(i).parse::<i64>(), src.p(i + 2).parse::<i64>()) {
                    if (1900..=2098).contains(&a) && (a % 100 + 1) % 100 == b {
                        let mut c = Cand::new(
                            src.ps[i].start,
                            src.ps[i + 2].end,
                            NumberKind::DATE,
                            Some(Value::Text(format!("{a:04}/{:04}", a + 1))),
                        );
                        c.qualifier = Qualifier::Range;
                        c.low = Some(a as f64);
                        c.high = Some((a + 1) as f64);
                        c.prio = 2;
                        out.push(c);
                        skip_until = i + 3;
                        i += 1;
                        continue;
                    }
                }
            }
            // Scores: "won 2-1", "a 3-0 defeat", "drew 1-1".
            if src.glued(i)
                && matches!(src.p(i + 1), "-" | "–")
                && src.glued(i + 1)
                && src.kind(i + 2) == Some(PieceKind::Digits)
                && !(src.glued(i + 2) && matches!(src.p(i + 3), "-" | "/" | "%"))
            {
                let (a, b) = (
                    src.p(i).parse::<u32>().ok(),
                    src.p(i + 2).parse::<u32>().ok(),
                );
                if let (Some(a), Some(b)) = (a, b) {
                    if a >= b && a <= 20 && src.p(i).len() <= 2 && src.p(i + 2).len() <= 2 {
                        skip_until = i + 3;
                        i += 1;
                        continue;
                    }
                }
            }
            // Phone numbers and other digit chains: "555-1212", "+1-222-2222/2222", "123-12-1234".
            let chain = digit_chain(src, i);
            if chain.0 {
                skip_until = chain.1;
                i += 1;
                continue;
            }
            // Glued letters that are not a suffix we read: "24703L202", "13F", "777F", "11a".
            if src.glued(i) && src.kind(i + 1) == Some(PieceKind::Letters) {
                let suf = src.p(i + 1);
                let exponent = suf == "e"
                    && src.glued(i + 1)
                    && matches!(src.kind(i + 2), Some(PieceKind::Digits | PieceKind::Symbol));
                let known = exponent
                    || matches!(
                        suf,
                        "st" | "nd"
                            | "rd"
                            | "th"
                            | "s"
                            | "k"
                            | "bn"
                            | "mn"
                            | "m"
                            | "b"
                            | "tn"
                            | "y"
                            | "w"
                            | "d"
                            | "h"
                    )
                    || units::glued_unit(suf).is_some()
                    || units::iso_code(suf).is_some()
                    || units::time_unit(suf).is_some()
                    || matches!(suf, "am" | "pm" | "a" | "p" | "pc" | "mm" | "ml" | "dm")
                    || glued_temperature(src, i);
                let glued_more = src.glued(i + 1) && src.kind(i + 2) == Some(PieceKind::Digits);
                // "1080p", "720p": a video format.
                let video =
                    suf == "p" && matches!(src.p(i), "480" | "720" | "1080" | "1440" | "2160");
                if !known || glued_more || video {
                    i += 1;
                    continue;
                }
            }
        }
        if let Some(c) = number_at(src, i) {
            let next = src.piece_at(c.end);
            out.push(c);
            i = next.max(i + 1);
        } else {
            i += 1;
        }
    }
}

/// A phone number written in space-separated digit groups starting at piece `i`: returns the
/// index after the run when it reads as one (three groups or more, with a leading "+" or a
/// leading zero, or nine digits or more that are not thousands groups), else `i`.
fn spaced_digit_run(src: &Src, i: usize) -> usize {
    let digits = |k: usize| {
        src.kind(k) == Some(PieceKind::Digits) && src.p(k).bytes().all(|b| b.is_ascii_digit())
    };
    if !digits(i) {
        return i;
    }
    let mut j = i;
    while j + 1 < src.ps.len()
        && digits(j + 1)
        && src.lower.get(src.ps[j].end..src.ps[j + 1].start) == Some(" ")
    {
        j += 1;
    }
    let groups: Vec<&str> = (i..=j).map(|k| src.p(k)).collect();
    if groups.len() < 3 {
        return i;
    }
    let plus = i > 0 && src.p(i - 1) == "+" && src.glued(i - 1);
    let leading_zero = groups.iter().any(|g| g.len() > 1 && g.starts_with('0'));
    let thousands = groups[0].len() <= 3
        && !groups[0].starts_with('0')
        && groups[1..].iter().all(|g| g.len() == 3);
    let total: usize = groups.iter().map(|g| g.len()).sum();
    if !thousands && (plus || leading_zero || total >= 9) {
        j + 1
    } else {
        i
    }
}

/// A run of digit groups joined by hyphens or slashes that reads as a phone number or a code.
/// Returns (is_code, index after the chain).
fn digit_chain(src: &Src, i: usize) -> (bool, usize) {
    let mut groups = vec![src.p(i)];
    let mut j = i;
    while src.glued(j)
        && matches!(src.p(j + 1), "-" | "/")
        && src.glued(j + 1)
        && src.kind(j + 2) == Some(PieceKind::Digits)
    {
        groups.push(src.p(j + 2));
        j += 2;
    }
    let plus = i > 0 && src.p(i - 1) == "+" && src.glued(i - 1);
    let paren = i > 0
        && src.p(i - 1) == "("
        && src.p(i + 1) == ")"
        && src.p(i + 2).len() == 3
        && groups.len() == 1;
    let len = |g: &str| g.len();
    let all_int = groups.iter().all(|g| g.bytes().all(|b| b.is_ascii_digit()));
    let is_date = groups.len() == 3
        && all_int
        && ((len(groups[0]) == 4 && len(groups[1]) <= 2 && len(groups[2]) <= 2)
            || (len(groups[0]) <= 2
                && len(groups[1]) <= 2
                && (len(groups[2]) == 4 || len(groups[2]) == 2)));
    let code = plus
        || paren
        || (groups.len() >= 3 && !is_date)
        || (groups.len() == 2 && all_int && len(groups[0]) == 3 && len(groups[1]) == 4)
        || (groups.len() >= 2 && groups.iter().any(|g| g.len() >= 6));
    (code, j + 1)
}

/// Reads a number at piece `i` and types it by its surroundings.
fn number_at(src: &Src, i: usize) -> Option<Cand> {
    let s = src.p(i);
    // "minus five", "-5": a sign.
    let mut sign = 1.0;
    let mut start_piece = i;
    let mut first = i;
    if matches!(s, "minus" | "negative") && src.near(i) {
        let p = words::parse_at(&src.lower, &src.ps, i + 1)?;
        let _ = p;
        sign = -1.0;
        first = i + 1;
    } else if matches!(s, "-" | "−") && src.glued(i) && src.kind(i + 1) == Some(PieceKind::Digits)
    {
        let standalone = i == 0
            || !src.glued(i - 1)
            || !matches!(
                src.kind(i - 1),
                Some(PieceKind::Digits | PieceKind::Letters)
            );
        if !standalone {
            return None;
        }
        sign = -1.0;
        first = i + 1;
    }
    let fk = src.kind(first);
    let fs = src.p(first);
    // "21st", "03rd": digit ordinals.
    if fk == Some(PieceKind::Digits)
        && src.glued(first)
        && matches!(src.p(first + 1), "st" | "nd" | "rd" | "th")
        && sign > 0.0
    {
        let v = words::digits_value(fs)?;
        if v.fract() != 0.0 {
            return None;
        }
        let end = src.ps[first + 1].end;
        // "on the 18th", "by the 4th": a day of the month.
        let p1 = if first > 0 { src.p(first - 1) } else { "" };
        let p2 = if first > 1 { src.p(first - 2) } else { "" };
        let next = src.p(first + 2);
        if p1 == "on"
            && (1.0..=31.0).contains(&v)
            && !matches!(src.kind(first + 2), Some(PieceKind::Letters))
        {
            let mut c = Cand::new(
                src.ps[first].start,
                end,
                NumberKind::DATE,
                Some(Value::Text(format!("XXXX-XX-{:02}", v as u32))),
            );
            c.relative = true;
            return Some(c);
        }
        if (1.0..=31.0).contains(&v)
            && p1 == "the"
            && matches!(
                p2,
                "on" | "by" | "until" | "since" | "before" | "after" | "till"
            )
            && !matches!(src.kind(first + 2), Some(PieceKind::Letters))
                | matches!(next, "of" | "this" | "next" | "last")
        {
            let mut c = Cand::new(
                src.ps[first - 1].start,
                end,
                NumberKind::DATE,
                Some(Value::Text(format!("XXXX-XX-{:02}", v as u32))),
            );
            c.relative = true;
            return Some(c);
        }
        return Some(Cand::new(
            src.ps[first].start,
            end,
            NumberKind::ORDINAL,
            Some(Value::Number(v)),
        ));
    }
    // "the 1990s": decades.
    if fk == Some(PieceKind::Digits)
        && src.glued(first)
        && src.p(first + 1) == "s"
        && fs.len() == 4
        && fs.ends_with('0')
    {
        let mut c = Cand::new(
            src.ps[first].start,
            src.ps[first + 1].end,
            NumberKind::DATE,
            Some(Value::Text(format!("{}X", &fs[..3]))),
        );
        c.prio = 2;
        return Some(c);
    }
    // "an hour", "a day" after "for", "within", "about".
    if matches!(fs, "a" | "an") && sign > 0.0 {
        let prev = if first > 0 { src.p(first - 1) } else { "" };
        if let Some((d, mult, time)) = units::time_unit(src.p(first + 1)) {
            if matches!(
                prev,
                "for"
                    | "within"
                    | "about"
                    | "around"
                    | "nearly"
                    | "almost"
                    | "than"
                    | "over"
                    | "half"
                    | "last"
                    | "past"
            ) && !src.p(first + 1).ends_with('s')
                && src.p(first + 2) != "of"
            {
                let mut c = Cand::new(
                    src.ps[first].start,
                    src.ps[first + 1].end,
                    NumberKind::DURATION,
                    Some(Value::Text(units::iso_duration(mult, d, time))),
                );
                if prev == "half" && first > 0 {
                    c.start = src.ps[first - 1].start;
                    c.value = Some(Value::Text(units::iso_duration(0.5 * mult, d, time)));
                }
                return Some(c);
            }
        }
    }
    // Money with the currency first: "$75 million", "US$ 150", "USD 200", "€45m".
    if let Some(c) = money_prefix(src, i) {
        return Some(c);
    }
    let p = words::parse_at(&src.lower, &src.ps, first)?;
    if first != i {
        start_piece = i;
    }
    let value = sign * p.value;
    let start = src.ps[start_piece].start;
    let mut end_piece = p.end; // exclusive
    let mut end = src.ps[end_piece - 1].end;
    // "A third defendant": "a" and an ordinal before a noun count, not a share ("a third of").
    if p.fraction && p.words && p.end == first + 2 && src.p(first) == "a" {
        if let Some(n) = ordinal_word(src.p(first + 1)) {
            let next = src.p(p.end);
            if src.kind(p.end) == Some(PieceKind::Letters)
                && src.near(p.end - 1)
                && !SHARE_FOLLOWERS.contains(&next)
                && !next.ends_with("ed")
            {
                return Some(Cand::new(
                    src.ps[first].start,
                    src.ps[first + 1].end,
                    NumberKind::ORDINAL,
                    Some(Value::Number(n)),
                ));
            }
        }
    }
    if p.ordinal {
        // "First Minister", "Second Avenue": a capitalised ordinal before a capitalised word is
        // part of a name or a title.
        let cap = |k: usize| src.orig(k).chars().next().is_some_and(char::is_uppercase);
        if p.words
            && p.end == first + 1
            && cap(first)
            && cap(first + 1)
            && src.near(first)
            && src.kind(first + 1) == Some(PieceKind::Letters)
            && !src.all_lower
            && !all_caps(src.orig(first))
        {
            return None;
        }
        let w = src.p(first);
        if p.end - first == 1 && w == "second" {
            // "a second", "per second": time; "second" after a number: a time unit.
            let prev = if first > 0 { src.p(first - 1) } else { "" };
            if matches!(prev, "a" | "per" | "one" | "every" | "each" | "split") {
                return None;
            }
        }
        return Some(Cand::new(
            start,
            end,
            NumberKind::ORDINAL,
            Some(Value::Number(value)),
        ));
    }
    // Suffix scales glued to digits: "100k", "2bn".
    let last_digits = src.kind(end_piece - 1) == Some(PieceKind::Digits);
    let mut value = value;
    if last_digits && src.glued(end_piece - 1) {
        let suf = src.p(end_piece);
        let scale = match suf {
            "k" => Some(1e3),
            "bn" | "mn" | "tn" => words::scale_word(suf),
            _ => None,
        };
        if let Some(sc) = scale {
            value *= sc;
            end_piece += 1;
            end = src.ps[end_piece - 1].end;
        }
    }
    // "1.1^23", "12.32e+14": powers and scientific notation.
    if !p.words && p.end == first + 1 && src.glued(first) && matches!(src.p(first + 1), "^" | "e") {
        let mut k = first + 2;
        let mut exp_sign = 1.0;
        if matches!(src.p(k), "+" | "-") && src.glued(k - 1) {
            exp_sign = if src.p(k) == "-" { -1.0 } else { 1.0 };
            k += 1;
        }
        if src.glued(k - 1) && src.kind(k) == Some(PieceKind::Digits) {
            if let Some(e) = words::digits_value(src.p(k)) {
                let base = p.value;
                let v = if src.p(first + 1) == "^" {
                    base.powf(exp_sign * e)
                } else {
                    base * 10f64.powf(exp_sign * e)
                };
                if v.is_finite() {
                    return Some(Cand::new(
                        start,
                        src.ps[k].end,
                        NumberKind::CARDINAL,
                        Some(Value::Number(sign * v)),
                    ));
                }
            }
        }
    }
    let single_word = p.words && p.end - first == 1;
    // Percentages.
    let nx = src.p(end_piece);
    let pct = if nx == "%"
        || (matches!(nx, "percent" | "pct" | "percentage" | "percents") && src.near(end_piece - 1))
        || (src.orig(end_piece) == "pc" && src.near(end_piece - 1) && last_digits)
    {
        Some(1)
    } else if nx == "per" && src.p(end_piece + 1) == "cent" {
        Some(2)
    } else {
        None
    };
    if let Some(extra) = pct {
        end_piece += extra;
        if matches!(src.p(end_piece), "points")
            && extra == 1
            && nx != "%"
            && src.p(end_piece - 1) == "percentage"
        {
            end_piece += 1;
        }
        let mut c = Cand::new(
            start,
            src.ps[end_piece - 1].end,
            NumberKind::PERCENT,
            Some(Value::Number(value)),
        );
        c.unit = Some("%".into());
        return Some(c);
    }
    // Money with the currency after: "100 billion roubles", "10 $", "500 USD", "50 cents".
    if let Some((code, factor, after)) = currency_after(src, end_piece) {
        let mut c = Cand::new(
            start,
            src.ps[after - 1].end,
            NumberKind::MONEY,
            Some(Value::Number(round(value * factor))),
        );
        c.unit = Some(code.into());
        return Some(c);
    }
    // Quantities: "40,000 tonnes", "3 km", "3-inch", "1.8m", "98.6 degrees Fahrenheit".
    if let Some((unit, after)) = unit_after(src, end_piece) {
        let mut c = Cand::new(
            start,
            src.ps[after - 1].end,
            NumberKind::QUANTITY,
            Some(Value::Number(value)),
        );
        c.unit = Some(unit.into());
        return Some(c);
    }
    // Durations: "eight months", "30-day", "3-1/2-year", "2.5 hrs", "3Y".
    let year_like = !p.words
        && (1900.0..=2099.0).contains(&value)
        && value.fract() == 0.0
        && src.p(first).len() == 4;
    if let Some((d, mult, time, after)) = time_unit_after(src, end_piece)
        .filter(|&(_, _, _, a)| !year_like || src.p(a - 1).ends_with('s'))
    {
        let mut after = after;
        // "72-year-old", "ten years old", "3 years of age": an age.
        if src.p(after) == "-" && src.p(after + 1) == "old" && src.glued(after - 1) {
            after += 2;
        } else if src.p(after) == "old" && src.near(after - 1) {
            after += 1;
        } else if src.p(after) == "of" && src.p(after + 1) == "age" {
            after += 2;
        }
        // "hundred thousand years" is a duration; "a dozen years" too.
        let mut c = Cand::new(
            start,
            src.ps[after - 1].end,
            NumberKind::DURATION,
            Some(Value::Text(units::iso_duration(value * mult, d, time))),
        );
        // "two days ago", "three weeks later": a date relative to now.
        let nxt = src.p(after);
        if nxt == "from" && src.p(after + 1) == "now" {
            c.end = src.ps[after + 1].end;
            c.kind = NumberKind::DATE;
            c.relative = true;
            c.value = Some(Value::Text(format!(
                "+{}",
                units::iso_duration(value * mult, d, time)
            )));
        } else if matches!(nxt, "ago" | "earlier" | "later") && src.near(after - 1) {
            c.end = src.ps[after].end;
            c.kind = NumberKind::DATE;
            c.relative = true;
            let sign = if nxt == "ago" || nxt == "earlier" {
                "-"
            } else {
                "+"
            };
            c.value = Some(Value::Text(format!(
                "{sign}{}",
                units::iso_duration(value * mult, d, time)
            )));
        }
        return Some(c);
    }
    // Bare numbers.
    if p.fraction && single_word && !p.words {
        // "3/4" alone.
    }
    if p.fraction && p.words && p.end - first == 1 {
        // "half" alone is a share: 50%. "quarter" alone is too often a quarter of a year.
        if fs == "half" || fs == "halves" {
            // "half-time", "half-hearted": a word, not a share.
            if src.p(p.end) == "-" && src.glued(p.end - 1) {
                return None;
            }
            let prev = if first > 0 { src.p(first - 1) } else { "" };
            if matches!(src.p(p.end), "a" | "an" | "the" | "past") || prev == "a" || prev == "and" {
                return None;
            }
            let mut c = Cand::new(start, end, NumberKind::PERCENT, Some(Value::Number(50.0)));
            c.unit = Some("%".into());
            return Some(c);
        }
        if fs.starts_with("quarter") {
            return None;
        }
    }
    // "World War Two", "Catch Twenty-Two": a capitalised number word inside a name.
    if p.words && first > 0 && src.kind(first - 1) == Some(PieceKind::Letters) {
        let cap = |k: usize| src.orig(k).chars().next().is_some_and(|c| c.is_uppercase());
        if cap(first) && cap(first - 1) && src.near(first - 1) && !all_caps(src.orig(first)) {
            return None;
        }
    }
    if single_word && (fs == "one") && sign > 0.0 && one_is_pronoun(src, first, p.end) {
        return None;
    }
    // "nil" is a score word, not a number in running text.
    if p.words && p.end - first == 1 && fs == "nil" {
        return None;
    }
    // Years: "2018", "in 1996".
    let s0 = src.p(first);
    if !p.words
        && p.end - first == 1
        && sign > 0.0
        && s0.len() == 4
        && s0.bytes().all(|b| b.is_ascii_digit())
    {
        let y = value as i64;
        let prev = if first > 0 { src.p(first - 1) } else { "" };
        let next_word = src.p(p.end);
        // "1995 profits", "2018 elections": a year naming what follows.
        let year_noun = matches!(
            next_word,
            "profits"
                | "results"
                | "elections"
                | "earnings"
                | "accounts"
                | "sales"
                | "figures"
                | "games"
                | "olympics"
                | "championships"
                | "budgets"
                | "forecasts"
                | "accords"
                | "protests"
                | "riots"
                | "talks"
                | "finals"
                | "polls"
        );
        let plural_after = src.kind(p.end) == Some(PieceKind::Letters)
            && !year_noun
            && src
                .orig(p.end)
                .chars()
                .next()
                .is_some_and(|c| c.is_lowercase())
            && next_word.ends_with('s')
            && !matches!(
                next_word,
                "as" | "is" | "was" | "has" | "this" | "its" | "his" | "us" | "thus"
            );
        let qualified = matches!(
            prev,
            "about"
                | "around"
                | "some"
                | "nearly"
                | "almost"
                | "than"
                | "least"
                | "over"
                | "to"
                | "of"
                | "by"
                | "up"
                | "under"
                | "$"
                | "#"
                | "no"
                | "number"
        );
        let prev2 = if first > 1 { src.p(first - 2) } else { "" };
        let qualified =
            qualified && !(prev == "than" && matches!(prev2, "later" | "earlier" | "sooner"));
        let year_prev = YEAR_PREVIOUS_WORDS.binary_search(&prev).is_ok();
        let old_year = (1000..=1899).contains(&y)
            && matches!(
                prev,
                "in" | "since"
                    | "until"
                    | "till"
                    | "before"
                    | "after"
                    | "during"
                    | "from"
                    | "year"
                    | "by"
            );
        if ((1900..=2099).contains(&y) || old_year) && !plural_after && (year_prev || !qualified) {
            // "year 2008", "the year 2019".
            let start = if prev == "year" && first > 0 && src.near(first - 1) {
                src.ps[first - 1].start
            } else {
                start
            };
            let mut c = Cand::new(
                start,
                end,
                NumberKind::DATE,
                Some(Value::Text(format!("{y:04}"))),
            );
            c.prio = 0;
            return Some(c);
        }
    }
    let _ = single_word;
    // "hundreds", "dozens", "thousands" alone are vague, not numbers.
    if p.words
        && p.end - first == 1
        && fs.ends_with('s')
        && matches!(
            fs,
            "hundreds" | "thousands" | "millions" | "billions" | "dozens" | "tens"
        )
    {
        return None;
    }
    if !p.words && sign > 0.0 {
        let digits_only = (first..p.end).all(|k| src.kind(k) == Some(PieceKind::Digits));
        let cap = |k: usize| src.orig(k).chars().any(|c| c.is_uppercase());
        // "Boeing 737", "Windows 11", "Article 5", "FTSE 100": a number after a name is part of it.
        if digits_only
            && first > 0
            && src.near(first - 1)
            && src.kind(first - 1) == Some(PieceKind::Letters)
            && cap(first - 1)
        {
            let prev = src.p(first - 1);
            let function_word = FUNCTION_WORDS_BEFORE_NUMBER.binary_search(&prev).is_ok()
                || is_month_name(prev)
                || matches!(
                    prev,
                    "monday"
                        | "tuesday"
                        | "wednesday"
                        | "thursday"
                        | "friday"
                        | "saturday"
                        | "sunday"
                        | "mon"
                        | "tue"
                        | "tues"
                        | "wed"
                        | "thu"
                        | "thurs"
                        | "fri"
                        | "sat"
                        | "sun"
                );
            let sentence_start = first < 2
                || matches!(
                    src.p(first - 2),
                    "." | "!" | "?" | "\"" | "“" | "(" | ":" | ";"
                )
                || src
                    .lower
                    .get(src.ps[first - 2].end..src.ps[first - 1].start)
                    .is_some_and(|g| g.contains('\n'));
            if !(function_word || sentence_start && counted_after(src, end).is_some()) {
                return None;
            }
        }
        // "9/11", "24/7": a digit fraction reads as a number only when small and proper.
        if let Some(frac) = src.p(first).split_once('/') {
            let (a, b) = (
                frac.0.parse::<f64>().unwrap_or(0.0),
                frac.1.parse::<f64>().unwrap_or(0.0),
            );
            if p.end - first == 1 && !(a < b && b <= 10.0) {
                return None;
            }
        }
        // "10 Downing Street": a number before a capitalised name is an address.
        let cap2 = |k: usize| src.orig(k).chars().next().is_some_and(|c| c.is_uppercase());
        if src.kind(p.end) == Some(PieceKind::Letters)
            && cap2(p.end)
            && src.kind(p.end + 1) == Some(PieceKind::Letters)
            && cap2(p.end + 1)
            && matches!(
                src.p(p.end + 1),
                "street" | "road" | "avenue" | "lane" | "square" | "place" | "drive" | "boulevard"
            )
        {
            return None;
        }
    }
    Some(Cand::new(
        start,
        end,
        NumberKind::CARDINAL,
        Some(Value::Number(value)),
    ))
}

/// A month's name or abbreviation, in lower case.
pub(crate) fn is_month_name(w: &str) -> bool {
    matches!(
        w,
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
    )
}

fn all_caps(s: &str) -> bool {
    s.chars()
        .filter(|c| c.is_alphabetic())
        .all(|c| c.is_uppercase())
        && s.chars().count() > 1
}

fn round(v: f64) -> f64 {
    if v.abs() >= 1.0 {
        (v * 1e6).round() / 1e6
    } else {
        v
    }
}

/// Money written currency first, at piece `i`: returns the candidate when one fits.
fn money_prefix(src: &Src, i: usize) -> Option<Cand> {
    let s = src.p(i);
    let orig = src.orig(i);
    // (code, index of the first number piece)
    let (code, num_at) = if let Some(code) = units::currency_sign(s) {
        (if s == "$" { src.dollar } else { code }, i + 1)
    } else if src.kind(i) == Some(PieceKind::Letters)
        && units::dollar_prefix(s).is_some()
        && matches!(src.p(i + 1), "$")
    {
        let glued = src.glued(i);
        let spaced_ok = matches!(s, "us" | "c" | "hk" | "usd" | "nt" | "aud" | "cad");
        let prefix_ok = glued || (spaced_ok && src.near(i));
        // "US" in upper case, or any case when glued; "us $" in lower-cased text.
        if !prefix_ok || (s == "a" && !glued) {
            return None;
        }
        (units::dollar_prefix(s)?, i + 2)
    } else if src.kind(i) == Some(PieceKind::Letters) && units::iso_code(s).is_some() {
        // "USD 200", "EUR 125", "usd$ 15", "USD115", "RMB 10". "TRY" only in capitals.
        if s == "try" && orig != "TRY" {
            return None;
        }
        let code = units::iso_code(s)?;
        if src.p(i + 1) == "$" && src.glued(i) {
            (code, i + 2)
        } else {
            (code, i + 1)
        }
    } else if s == "dollar" && src.kind(i + 1) == Some(PieceKind::Digits) {
        ("USD", i + 1)
    } else if s == "rs" && orig.starts_with('R') {
        // Indian rupees: "Rs 500 crore", "Rs. 20 lakh", "Rs1,200".
        if src.p(i + 1) == "." && src.glued(i) {
            ("INR", i + 2)
        } else {
            ("INR", i + 1)
        }
    } else {
        return None;
    };
    if !src.near(num_at.saturating_sub(1))
        || src.kind(num_at) != Some(PieceKind::Digits)
            && src.kind(num_at) != Some(PieceKind::Letters)
    {
        return None;
    }
    let p = words::parse_at(&src.lower, &src.ps, num_at)?;
    if p.ordinal {
        return None;
    }
    let mut value = p.value;
    let mut end_piece = p.end;
    // "$5m", "£2bn", "$1k", "US$ 1MM", "$5 m".
    let suf = src.p(end_piece);
    let sc = match suf {
        "k" | "K" => Some(1e3),
        "m" | "mm" | "mn" | "mln" => Some(1e6),
        "b" | "bn" | "bln" => Some(1e9),
        "tn" | "trn" => Some(1e12),
        _ => None,
    };
    if let Some(sc) = sc {
        if src.glued(end_piece - 1) || (src.near(end_piece - 1) && suf != "m" && suf != "b") {
            value *= sc;
            end_piece += 1;
        }
    }
    // "-$3 million", "−£40m": a minus sign glued to the currency, not to a word before it.
    let mut start = src.ps[i].start;
    if i > 0 && matches!(src.p(i - 1), "-" | "−") && src.glued(i - 1) {
        let standalone = i == 1
            || !src.glued(i - 2)
            || !matches!(
                src.kind(i - 2),
                Some(PieceKind::Digits | PieceKind::Letters)
            );
        if standalone {
            value = -value;
            start = src.ps[i - 1].start;
        }
    }
    // "USD 22.5 million" is read by parse_at; "75 USD million" below.
    let mut c = Cand::new(
        start,
        src.ps[end_piece - 1].end,
        NumberKind::MONEY,
        Some(Value::Number(round(value))),
    );
    c.unit = Some(code.into());
    c.prio = 2;
    Some(c)
}

/// A currency after a number ending before piece `j`: (code, factor, index after it).
fn currency_after(src: &Src, j: usize) -> Option<(&'static str, f64, usize)> {
    if j == 0 || !src.near(j - 1) {
        return None;
    }
    let s = src.p(j);
    if let Some(code) = units::currency_sign(s) {
        // "10 $", "100₾" — but "$" before the next number belongs to that number.
        if src.kind(j + 1) == Some(PieceKind::Digits) && src.glued(j) {
            return None;
        }
        return Some((if s == "$" { src.dollar } else { code }, 1.0, j + 1));
    }
    if src.kind(j) != Some(PieceKind::Letters) {
        return None;
    }
    if let Some(code) = units::iso_code(s) {
        if s == "try" && src.orig(j) != "TRY" {
            return None;
        }
        // "75 USD million"
        if let Some(sc) = words::scale_word(src.p(j + 1)) {
            return Some((code, sc, j + 2));
        }
        return Some((code, 1.0, j + 1));
    }
    // "340p": pence, glued to a whole number (not a video format: "1080p").
    if s == "p"
        && src.orig(j) == "p"
        && src.glued(j - 1)
        && src.kind(j - 1) == Some(PieceKind::Digits)
        && !(src.glued(j)
            && matches!(
                src.kind(j + 1),
                Some(PieceKind::Letters | PieceKind::Digits)
            ))
        && src.p(j - 1).len() <= 3
        && !matches!(src.p(j - 1), "144" | "240" | "360" | "480" | "576" | "720")
        && !(j >= 2 && src.glued(j - 2))
    {
        return Some(("GBP", 0.01, j + 1));
    }
    if matches!(s, "crowns" | "kroner") {
        return units::crown_in(&src.lower, s).map(|code| (code, 1.0, j + 1));
    }
    for (ws, code, factor) in units::CURRENCY_WORDS {
        if ws
            .iter()
            .enumerate()
            .all(|(k, w)| src.p(j + k) == *w && (k == 0 || src.near(j + k - 1)))
        {
            // "pounds" of weight: "10 pounds of", "200-pound" are weights in most news; keep money
            // when a scale word or "million" came before (read by the caller) or not followed by "of".
            if *code == "GBP" && ws[0] == "pounds" && src.p(j + 1) == "of" {
                return None;
            }
            if *code == "GBP" && ws[0] == "pounds" && src.p(j - 1) == "-" {
                return None;
            }
            return Some((code, *factor, j + ws.len()));
        }
    }
    None
}

/// A unit of measure after a number ending before piece `j`: (symbol, index after it).
fn unit_after(src: &Src, j: usize) -> Option<(&'static str, usize)> {
    if j == 0 || !src.near(j - 1) {
        return None;
    }
    // "3-inch", "four-mile": a hyphen glued on both sides.
    let mut j = j;
    if src.p(j) == "-" && src.glued(j - 1) && src.glued(j) {
        j += 1;
    }
    let s = src.p(j);
    // "5°C", "86 °F"; "30C" in capitals, glued to the number.
    if s == "°" && src.glued(j) && src.glued(j - 1) {
        match src.p(j + 1) {
            "c" => return Some(("°C", j + 2)),
            "f" => return Some(("°F", j + 2)),
            _ => {}
        }
    }
    if glued_temperature(src, j - 1) {
        return Some((if s == "c" { "°C" } else { "°F" }, j + 1));
    }
    if src.kind(j) != Some(PieceKind::Letters) {
        return None;
    }
    if s == "km" && src.p(j + 1) == "2" && src.glued(j) {
        return Some(("km²", j + 2));
    }
    if src.glued(j - 1) && src.kind(j - 1) == Some(PieceKind::Digits) {
        if let Some(u) = units::glued_unit(s) {
            // "10km/hr"
            if src.p(j + 1) == "/" && matches!(src.p(j + 2), "hr" | "h") && src.glued(j) {
                return Some(("km/h", j + 3));
            }
            if src.glued(j) && src.kind(j + 1) == Some(PieceKind::Digits) {
                return None;
            }
            return Some((u, j + 1));
        }
    }
    for (ws, sym) in units::UNIT_WORDS {
        if ws
            .iter()
            .enumerate()
            .all(|(k, w)| src.p(j + k) == *w && (k == 0 || src.near(j + k - 1)))
        {
            let after = j + ws.len();
            // "45 degrees angle", "rotate 90 degrees": an angle, not a temperature.
            if *sym == "°" {
                let before = src
                    .piece_before(src.ps[j].start)
                    .and_then(|b| b.checked_sub(1))
                    .map(|b| src.p(b))
                    .unwrap_or("");
                if src.p(after) == "angle"
                    || matches!(
                        before,
                        "rotate" | "turn" | "left" | "right" | "tilt" | "turned"
                    )
                {
                    return Some(("deg", after));
                }
                if src.p(j + 1) == "of" {
                    return None;
                }
            }
            // "m"/"b" words alone are not units; "pounds" as money is read before this.
            return Some((sym, after));
        }
    }
    None
}

/// Whether the duration `c` after "in" (piece `k`) is a time something took: a fraction of a
/// second or a time in two units ("9.58 seconds", "three hours and 13 minutes"), after a verb
/// of winning or finishing a few words before, or after an amount it is the time of ("prices
/// rose 5% in three months", "two ministers in four months").
fn time_taken(src: &Src, c: &Cand, k: usize) -> bool {
    let amount = |b: usize| {
        src.kind(b) == Some(PieceKind::Digits)
            || src.p(b) == "%"
            || words::unit_word(src.p(b)).is_some_and(|v| v >= 2.0)
    };
    let per_amount = (k >= 1 && amount(k - 1))
        || (k >= 2 && amount(k - 2) && src.kind(k - 1) == Some(PieceKind::Letters));
    // "will cost $160,000 in 18 years" is a time from now.
    if per_amount && dates::tense_before(src.text, src.ps[k].start) != Some(true) {
        return true;
    }
    let precise = match &c.value {
        Some(Value::Text(t)) => {
            (t.contains('.') && t.ends_with('S'))
                || t.strip_prefix("PT")
                    .is_some_and(|t| t.chars().filter(char::is_ascii_alphabetic).count() > 1)
        }
        _ => false,
    };
    precise
        || (k.saturating_sub(6)..k).any(|b| {
            matches!(
                src.p(b),
                "won"
                    | "win"
                    | "wins"
                    | "winning"
                    | "beat"
                    | "beats"
                    | "beating"
                    | "finished"
                    | "finishing"
                    | "completed"
                    | "ran"
                    | "run"
                    | "swam"
                    | "clocked"
                    | "crossed"
                    | "sealed"
                    | "clinched"
                    | "solved"
                    | "sold"
                    | "raced"
            )
        })
}

/// Verbs of change before "from X to Y": the numbers are a before and an after, not a range.
fn is_change_verb(word: &str) -> bool {
    matches!(
        word,
        "rose"
            | "rise"
            | "rises"
            | "risen"
            | "fell"
            | "fall"
            | "falls"
            | "fallen"
            | "dropped"
            | "drop"
            | "drops"
            | "climbed"
            | "climb"
            | "increased"
            | "increase"
            | "decreased"
            | "decrease"
            | "declined"
            | "decline"
            | "grew"
            | "grow"
            | "jumped"
            | "jump"
            | "slipped"
            | "slid"
            | "plunged"
            | "soared"
            | "surged"
            | "tumbled"
            | "shrank"
            | "edged"
            | "cut"
            | "raised"
            | "lowered"
            | "reduced"
            | "widened"
            | "narrowed"
            | "went"
            | "moved"
            | "changed"
            | "up"
            | "down"
            | "higher"
            | "lower"
    )
}

/// "was 30C", "highs of 86F", "minus 5C": digits at piece `i` with a capital C or F glued after
/// them, in words that speak of a temperature; not a code ("SCP-173C", "Boeing 777F", "13F
/// filing", "14.7C/ per security", "a 3C rating").
fn glued_temperature(src: &Src, i: usize) -> bool {
    if !(src.kind(i) == Some(PieceKind::Digits)
        && src.glued(i)
        && matches!(src.orig(i + 1), "C" | "F"))
    {
        return false;
    }
    // Nothing glued after the letter but a sentence's punctuation.
    if src.glued(i + 1) && !matches!(src.p(i + 2), "." | "," | ";" | ":" | ")" | "!" | "?") {
        return false;
    }
    // The word before, over a sign ("-5C", "minus 5C"); a dash glued to a word makes a code.
    let mut k = i;
    if k > 0 && matches!(src.p(k - 1), "-" | "−" | "+") && src.glued(k - 1) {
        if k > 1 && src.glued(k - 2) {
            return false;
        }
        k -= 1;
    }
    if k > 0 && matches!(src.p(k - 1), "minus" | "plus") {
        k -= 1;
    }
    let before = if k > 0 { src.p(k - 1) } else { "" };
    matches!(
        before,
        "of" | "to"
            | "at"
            | "was"
            | "were"
            | "is"
            | "are"
            | "be"
            | "reached"
            | "reach"
            | "hit"
            | "hits"
            | "high"
            | "highs"
            | "low"
            | "lows"
            | "around"
            | "about"
            | "near"
            | "nearly"
            | "almost"
            | "above"
            | "below"
            | "over"
            | "under"
            | "than"
            | "topped"
            | "peaked"
            | "and"
            | "or"
            | "from"
            | "between"
            | ","
            | "("
            | "–"
            | "-"
    )
}

/// A time unit after a number ending before piece `j`: (designator, multiplier, time, index after).
fn time_unit_after(src: &Src, j: usize) -> Option<(char, f64, bool, usize)> {
    if j == 0 || !src.near(j - 1) {
        return None;
    }
    let mut j = j;
    if src.p(j) == "-" && src.glued(j - 1) && src.glued(j) {
        j += 1;
    }
    // "3 next weeks", "5 coming minutes", "10 previous weeks".
    if matches!(
        src.p(j),
        "next" | "coming" | "past" | "previous" | "following"
    ) && src.near(j)
        && units::time_unit(src.p(j + 1)).is_some()
        && src.p(j + 1).ends_with('s')
    {
        j += 1;
    }
    let s = src.p(j);
    let glued = src.glued(j - 1);
    // Single letters only glued: "3Y", "2W", "5h".
    if s.len() == 1 && !glued {
        return None;
    }
    if matches!(s, "mo" | "mos" | "min" | "sec" | "h") && !glued && s == "h" {
        return None;
    }
    let (d, m, t) = match s {
        "y" => ('Y', 1.0, false),
        "w" => ('W', 1.0, false),
        "d" => ('D', 1.0, false),
        _ => units::time_unit(s)?,
    };
    Some((d, m, t, j + 1))
}

/// A qualifier before byte `start` of a number of `kind`: (qualifier, start of the qualifier
/// words).
fn qualifier_before(src: &Src, start: usize, kind: NumberKind) -> (Qualifier, usize) {
    let Some(mut last) = src.piece_before(start) else {
        return (Qualifier::Exact, start);
    };
    // "as soon as “tomorrow”": look past an opening quote mark.
    if matches!(src.p(last), "“" | "\"" | "‘" | "'") && last > 0 {
        last -= 1;
    }
    let w = |k: usize| -> &str {
        if k <= last {
            src.p(last - k)
        } else {
            ""
        }
    };
    let at = |k: usize| -> usize {
        src.ps
            .get(last.wrapping_sub(k))
            .map(|p| p.start)
            .unwrap_or(start)
    };
    // Three words, then two, then one.
    let three = [w(2), w(1), w(0)];
    let q3 = match three {
        ["as", "high", "as"]
        | ["as", "much", "as"]
        | ["as", "many", "as"]
        | ["as", "few", "as"]
        | ["no", "more", "than"]
        | ["as", "long", "as"]
        | ["no", "later", "than"]
        | ["not", "more", "than"] => Some(Qualifier::AtMost),
        ["in", "excess", "of"]
        | ["no", "less", "than"]
        | ["no", "fewer", "than"]
        | ["not", "less", "than"]
        | ["as", "low", "as"]
        | ["as", "little", "as"]
        | ["as", "early", "as"]
        | ["as", "soon", "as"] => Some(Qualifier::AtLeast),
        _ => None,
    };
    if let Some(q) = q3 {
        // "as few as", "as low as" bound from below? They stress smallness: an upper bound reading
        // is wrong; they state a floor that was reached. Treat as at least.
        return (q, at(2));
    }
    let q2 = match [w(1), w(0)] {
        ["at", "least"]
        | ["more", "than"]
        | ["greater", "than"]
        | ["higher", "than"]
        | ["larger", "than"]
        | ["upwards", "of"]
        | ["later", "than"]
        | ["starting", "on"] => Some(Qualifier::AtLeast),
        ["at", "most"]
        | ["up", "to"]
        | ["less", "than"]
        | ["fewer", "than"]
        | ["lower", "than"]
        | ["just", "under"]
        | ["smaller", "than"]
        | ["earlier", "than"] => Some(Qualifier::AtMost),
        ["an", "estimated"] | ["close", "to"] | ["some", "kind"] => Some(Qualifier::About),
        _ => None,
    };
    if let Some(q) = q2 {
        return (q, at(1));
    }
    let q1 = match w(0) {
        "over" | "above" | "exceeding" | "since" | "after" | "starting" | "beginning"
        | "exceed" | "surpass" => Some(Qualifier::AtLeast),
        "under" | "below" | "nearly" | "almost" | "before" | "until" | "till" | "within" => {
            Some(Qualifier::AtMost)
        }
        "about" | "around" | "approximately" | "roughly" | "some" | "estimated" | "circa"
        | "approx" | "~" => Some(Qualifier::About),
        _ => None,
    };
    // "rose over 20 days", "spread over 350 acres": "over" after a verb before a time or an
    // extent is "during" or "across", not "more than" ("for over five years", "over 200 people",
    // "rose over 10%" are).
    let verb_before = |v: &str| {
        (v.len() > 3 && v.ends_with("ed"))
            || matches!(
                v,
                "rose"
                    | "fell"
                    | "grew"
                    | "spread"
                    | "ran"
                    | "run"
                    | "runs"
                    | "took"
                    | "stretch"
                    | "stretches"
                    | "held"
                    | "lasts"
                    | "last"
                    | "spoke"
                    | "met"
                    | "sold"
                    | "paid"
                    | "spent"
                    | "spend"
                    | "rise"
                    | "fall"
                    | "grow"
                    | "rises"
                    | "falls"
                    | "grows"
            )
    };
    let span_of = matches!(kind, NumberKind::DURATION | NumberKind::QUANTITY);
    // "travelled 120 km over 20 days": after an amount, too.
    let amount_before = last >= 1
        && (src.kind(last - 1) == Some(PieceKind::Digits)
            || w(1) == "%"
            || units::glued_unit(w(1)).is_some());
    if w(0) == "over" && span_of && (verb_before(w(1)) || amount_before) {
        return (Qualifier::Exact, start);
    }
    match q1 {
        // "some" before a year or a date is not a qualifier; "over" before a duration is "during".
        Some(q) => (q, at(0)),
        None => (Qualifier::Exact, start),
    }
}

/// Words that cannot be the noun counted.
fn not_a_noun(w: &str) -> bool {
    NOT_NOUNS.binary_search(&w).is_ok()
}

fn looks_plural(w: &str) -> bool {
    (w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        && w.len() > 2)
        || matches!(
            w,
            "people"
                | "children"
                | "men"
                | "women"
                | "police"
                | "staff"
                | "personnel"
                | "troops"
                | "cattle"
                | "sheep"
                | "fish"
                | "feet"
                | "teeth"
                | "mice"
                | "geese"
                | "data"
                | "media"
                | "crew"
                | "militia"
                | "infantry"
        )
}

/// The noun counted after a cardinal ending at byte `end`: "72 people" -> "people".
fn counted_after(src: &Src, end: usize) -> Option<String> {
    let j = src.piece_at(end);
    let first = j
        .checked_sub(1)
        .filter(|&k| src.ps[k].end <= end)
        .map(|k| src.near(k))
        .unwrap_or(false);
    if !first || src.kind(j) != Some(PieceKind::Letters) {
        return None;
    }
    let w = src.p(j);
    let o = src.orig(j);
    let lower_case = o.chars().next().is_some_and(|c| c.is_lowercase());
    if lower_case && !not_a_noun(w) && looks_plural(w) {
        return Some(w.to_string());
    }
    // One adjective before the noun: "15 new countries", "three Russian officials".
    if src.near(j)
        && src.kind(j + 1) == Some(PieceKind::Letters)
        && !not_a_noun(w)
        && !looks_plural(w)
    {
        let w2 = src.p(j + 1);
        let o2 = src.orig(j + 1);
        if o2.chars().next().is_some_and(|c| c.is_lowercase())
            && !not_a_noun(w2)
            && looks_plural(w2)
            && !w2.ends_with("ly")
        {
            return Some(w2.to_string());
        }
    }
    // A singular noun after "one": "one person".
    if lower_case
        && !not_a_noun(w)
        && !w.ends_with("ly")
        && !w.ends_with("ed")
        && !w.ends_with("ing")
    {
        let prev = j.checked_sub(1).map(|k| src.p(k)).unwrap_or("");
        if matches!(prev, "one" | "1") {
            return Some(w.to_string());
        }
    }
    None
}

/// "PT1H" + "PT30M" -> "PT1H30M"; "P2W" + "P2D" -> "P2W2D"; "P1D" + "PT5H" -> "P1DT5H".
fn join_durations(a: &str, b: &str) -> String {
    let a_time = a.starts_with("PT");
    let b_time = b.starts_with("PT");
    match (a_time, b_time) {
        (true, true) => format!("{a}{}", &b[2..]),
        (false, false) => format!("{a}{}", b.get(1..).unwrap_or("")),
        (false, true) => format!("{a}{}", b.get(1..).unwrap_or("")),
        (true, false) => format!("{b}{}", a.get(1..).unwrap_or("")),
    }
}

/// Joins amounts written in two units: "3 dollars 50 cents", "5 feet and 2 inches".
fn compounds(src: &Src, chosen: Vec<Cand>) -> Vec<Cand> {
    let mut out: Vec<Cand> = Vec::with_capacity(chosen.len());
    for c in chosen {
        if let Some(prev) = out.last_mut() {
            let gap = src.lower.get(prev.end..c.start).unwrap_or("x").trim();
            if matches!(gap, "" | "and") && prev.kind == c.kind && prev.unit == c.unit {
                let sub = src.lower.get(c.start..c.end).unwrap_or("").trim_end();
                let (a, b) = (prev.num(), c.num());
                let money_cents = c.kind == NumberKind::MONEY
                    && (sub.ends_with("cents") || sub.ends_with("pence") || sub.ends_with("cent"));
                let big = !src
                    .lower
                    .get(prev.start..prev.end)
                    .unwrap_or("")
                    .ends_with("cents");
                if let (Some(a), Some(b), true, true) = (a, b, money_cents, big) {
                    prev.value = Some(Value::Number(round(a + b)));
                    prev.end = c.end;
                    continue;
                }
            }
            // "2 weeks and 2 days ago".
            if gap == "and"
                && prev.kind == NumberKind::DURATION
                && c.kind == NumberKind::DATE
                && src
                    .lower
                    .get(c.start..c.end)
                    .unwrap_or("")
                    .ends_with(" ago")
            {
                if let (Some(Value::Text(a)), Some(Value::Text(b))) = (&prev.value, &c.value) {
                    let joined = format!("-{}", join_durations(a, b.trim_start_matches('-')));
                    prev.value = Some(Value::Text(joined));
                    prev.kind = NumberKind::DATE;
                    prev.relative = true;
                    prev.end = c.end;
                    continue;
                }
            }
            // "1 hour and 30 minutes", "2 weeks and 2 days".
            if matches!(gap, "and" | ",")
                && prev.kind == NumberKind::DURATION
                && c.kind == NumberKind::DURATION
            {
                if let (Some(Value::Text(a)), Some(Value::Text(b))) = (&prev.value, &c.value) {
                    let joined = join_durations(a, b);
                    prev.value = Some(Value::Text(joined));
                    prev.end = c.end;
                    continue;
                }
            }
            if matches!(gap, "" | "and")
                && prev.kind == NumberKind::QUANTITY
                && c.kind == NumberKind::QUANTITY
                && prev.unit.as_deref() == Some("ft")
                && c.unit.as_deref() == Some("in")
            {
                if let (Some(a), Some(b)) = (prev.num(), c.num()) {
                    prev.value = Some(Value::Number(a + b / 12.0));
                    prev.end = c.end;
                    continue;
                }
            }
        }
        out.push(c);
    }
    out
}

/// Joins neighbours into ranges: "between 20 and 30", "from 5 to 10", "20-30%", "$5-10 million".
fn ranges(src: &Src, chosen: Vec<Cand>) -> Vec<Cand> {
    let mut out: Vec<Cand> = Vec::with_capacity(chosen.len());
    let mut k = 0;
    while k < chosen.len() {
        let a = &chosen[k];
        if let Some(b) = chosen.get(k + 1) {
            if let Some(r) = range_of(src, a, b) {
                out.push(r);
                k += 2;
                continue;
            }
        }
        out.push(a.clone());
        k += 1;
    }
    out
}

fn range_of(src: &Src, a: &Cand, b: &Cand) -> Option<Cand> {
    let gap = src.lower.get(a.end..b.start)?.trim();
    let numeric = |c: &Cand| {
        matches!(
            c.kind,
            NumberKind::CARDINAL | NumberKind::PERCENT | NumberKind::MONEY | NumberKind::QUANTITY
        )
    };
    let dash = matches!(gap, "-" | "–" | "—" | "to" | "~");
    let prev_piece = src.piece_before(a.start);
    let prev = prev_piece.map(|k| src.p(k)).unwrap_or("");
    let opener = matches!(prev, "between" | "from")
        && matches!(
            gap,
            "and" | "to" | "-" | "–" | "until" | "till" | "through" | "~"
        );
    if !(dash || opener || gap == "through" || (gap == "and" && prev == "between")) {
        return None;
    }
    // "fell from 1,200 to 600", "rose from 5% to 7%": a change, not a range.
    let changed = prev == "from"
        && prev_piece
            .and_then(|k| src.piece_before(src.ps[k].start))
            .is_some_and(|k| is_change_verb(src.p(k)));
    if changed {
        return None;
    }
    if a.end - a.start > 200 || b.end - b.start > 200 {
        return None;
    }
    let start = if opener {
        prev_piece.map(|k| src.ps[k].start).unwrap_or(a.start)
    } else {
        a.start
    };
    // Numbers: "20-30%" (the first without a unit takes the second's), "between 20 and 30".
    // "fell 50 cents to $12.5", "rose 5% to 20%": a change, not a range.
    if gap == "to"
        && !opener
        && matches!(
            a.kind,
            NumberKind::MONEY | NumberKind::PERCENT | NumberKind::QUANTITY
        )
    {
        return None;
    }
    if numeric(b) && (a.kind == NumberKind::CARDINAL || a.kind == b.kind) {
        if a.kind == NumberKind::CARDINAL
            && b.kind == NumberKind::CARDINAL
            && !opener
            && gap != "-"
            && gap != "–"
        {
            // "5 to 10" without "from" is still a range of counts.
        }
        let (lo, hi) = (a.num()?, b.num()?);
        // "20-30" where the second is smaller is a score or a code, unless scaled ("5-10 million").
        let mut lo = lo;
        if b.kind == NumberKind::MONEY && a.kind == NumberKind::CARDINAL && hi / lo >= 1000.0 {
            // "$5-10 million": the first inherits the scale.
            let scale = (hi / b_base(src, b).unwrap_or(hi)).max(1.0);
            lo *= scale;
        }
        if lo > hi && !opener {
            return None;
        }
        if a.kind == NumberKind::CARDINAL && b.kind == NumberKind::CARDINAL && dash && gap != "to" {
            // "2014-2018" are years; "12-4" may be a score: keep ranges only with an opener or
            // when the second is larger.
            if lo >= hi {
                return None;
            }
        }
        let mut c = b.clone();
        c.start = start;
        c.qualifier = Qualifier::Range;
        c.low = Some(lo);
        c.high = Some(hi);
        c.value = None;
        c.counted = b.counted.clone();
        c.prio = 3;
        return Some(c);
    }
    // "$5-10 million": the currency on the first, the scale on the second.
    if a.kind == NumberKind::MONEY
        && b.kind == NumberKind::CARDINAL
        && matches!(gap, "-" | "–")
        && src.glued(src.piece_at(a.end).saturating_sub(1))
    {
        let (lo, hi) = (a.num()?, b.num()?);
        let base = b_base(src, b).unwrap_or(hi);
        let scale = (hi / base).max(1.0);
        if scale >= 1000.0 && lo < base {
            let mut c = a.clone();
            c.end = b.end;
            c.qualifier = Qualifier::Range;
            c.low = Some(lo * scale);
            c.high = Some(hi);
            c.value = None;
            c.counted = b.counted.clone();
            c.prio = 3;
            return Some(c);
        }
    }
    // Durations: "between three and five weeks", "two to three years": the first takes the
    // second's unit; the value is the two durations joined by "/".
    // Not ages ("18 to 25 years old" is two ages, as the specs read it).
    let age = src
        .lower
        .get(b.start..b.end)
        .is_some_and(|t| t.ends_with("old") || t.ends_with("of age"));
    if b.kind == NumberKind::DURATION && a.kind == NumberKind::CARDINAL && (opener || dash) && !age
    {
        let Some(Value::Text(hi)) = &b.value else {
            return None;
        };
        let lo = a.num()?;
        let time = hi.starts_with("PT");
        let designator = hi.chars().last()?;
        let high: f64 = hi
            .trim_start_matches("PT")
            .trim_start_matches('P')
            .trim_end_matches(designator)
            .parse()
            .ok()?;
        if lo >= high {
            return None;
        }
        let mut c = b.clone();
        c.start = start;
        c.qualifier = Qualifier::Range;
        c.value = Some(Value::Text(format!(
            "{}/{hi}",
            units::iso_duration(lo, designator, time)
        )));
        c.prio = 3;
        return Some(c);
    }
    // Dates and times: "from May to September", "between 2014 and 2018", "2014-2018".
    let timeish = |c: &Cand| matches!(c.kind, NumberKind::DATE | NumberKind::TIME);
    // A dash joins two dates or times of one kind ("2014-2018", "3pm - this week" stays two).
    if dash && !opener && timeish(a) && timeish(b) && a.kind != b.kind {
        return None;
    }
    if (timeish(a) || a.kind == NumberKind::CARDINAL) && timeish(b) {
        let small_hour = matches!(a.value, Some(Value::Number(h)) if (0.0..=24.0).contains(&h))
            && b.kind == NumberKind::TIME;
        if !timeish(a) && !opener && !small_hour {
            return None;
        }
        let mut c = if timeish(a) { a.clone() } else { b.clone() };
        c.start = start;
        c.end = b.end;
        c.qualifier = Qualifier::Range;
        let av = match &a.value {
            Some(Value::Text(t)) => t.clone(),
            Some(Value::Number(n)) => format!("{n}"),
            None => String::new(),
        };
        let bv = match &b.value {
            Some(Value::Text(t)) => t.clone(),
            Some(Value::Number(n)) => format!("{n}"),
            None => String::new(),
        };
        c.value = Some(Value::Text(format!("{av}/{bv}")));
        c.relative = a.relative || b.relative;
        if let (Some(Value::Text(x)), Some(Value::Text(y))) = (&a.value, &b.value) {
            if let (Ok(x), Ok(y)) = (x.parse::<f64>(), y.parse::<f64>()) {
                c.low = Some(x);
                c.high = Some(y);
            }
        }
        return Some(c);
    }
    None
}

/// The number before its scale in a money candidate ("$10 million" -> 10).
fn b_base(src: &Src, b: &Cand) -> Option<f64> {
    let i = src.piece_at(b.start);
    let j = (i..src.ps.len().min(i + 4)).find(|&k| src.kind(k) == Some(PieceKind::Digits))?;
    words::digits_value(src.p(j))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nums(text: &str) -> Vec<Number> {
        find(text, &[])
    }

    #[test]
    fn counts_and_money() {
        let n = nums("killing at least 72 people and $75 million");
        assert_eq!(n[0].text, "72");
        assert_eq!(n[0].qualifier, Qualifier::AtLeast);
        assert_eq!(n[0].counted.as_deref(), Some("people"));
        assert_eq!(n[1].text, "$75 million");
        assert_eq!(n[1].value, Some(Value::Number(75e6)));
    }
}

/// Function words after which a capitalised word and a number are no name ("about 300"), sorted
/// for binary search (a list costs the wasm less than a match).
const FUNCTION_WORDS_BEFORE_NUMBER: &[&str] = &[
    "about",
    "above",
    "after",
    "all",
    "almost",
    "among",
    "and",
    "another",
    "approximately",
    "around",
    "as",
    "at",
    "before",
    "below",
    "between",
    "but",
    "by",
    "chapter",
    "each",
    "every",
    "exactly",
    "fewer",
    "for",
    "from",
    "he",
    "her",
    "here",
    "his",
    "i",
    "if",
    "in",
    "including",
    "it",
    "its",
    "just",
    "least",
    "less",
    "like",
    "more",
    "my",
    "nearly",
    "nearly,",
    "no",
    "now",
    "number",
    "of",
    "on",
    "only",
    "or",
    "our",
    "over",
    "page",
    "roughly",
    "she",
    "since",
    "so",
    "some",
    "than",
    "the",
    "their",
    "then",
    "there",
    "these",
    "they",
    "those",
    "those.",
    "to",
    "under",
    "until",
    "up",
    "we",
    "when",
    "while",
    "with",
    "yet",
    "you",
    "your",
];

/// Words that cannot be the noun counted (`not_a_noun`);
/// sorted for binary search (a list costs the wasm less than a match).
const NOT_NOUNS: &[&str] = &[
    "a", "about", "across", "after", "again", "against", "ago", "all", "along", "also", "am",
    "among", "an", "and", "apiece", "are", "around", "as", "at", "be", "been", "before", "between",
    "both", "but", "by", "can", "could", "did", "do", "does", "down", "during", "each", "each.",
    "earlier", "even", "for", "from", "get", "got", "had", "has", "have", "he", "her", "here",
    "his", "i", "if", "in", "into", "is", "it", "its", "just", "later", "less", "may", "meet",
    "met", "might", "more", "must", "my", "near", "no", "not", "of", "off", "on", "only", "or",
    "other", "others", "our", "out", "over", "per", "percent", "pm", "said", "say", "says", "she",
    "should", "since", "so", "than", "that", "the", "their", "then", "there", "these", "they",
    "this", "those", "through", "times", "to", "too", "under", "until", "up", "was", "we", "were",
    "when", "where", "which", "while", "who", "will", "with", "within", "without", "would", "you",
    "your",
];

#[cfg(test)]
mod sorted_lists {
    #[test]
    fn word_lists_are_sorted_for_binary_search() {
        for list in [
            super::NOT_NOUNS,
            super::FUNCTION_WORDS_BEFORE_NUMBER,
            super::NOT_COUNTED_AFTER,
            super::YEAR_PREVIOUS_WORDS,
        ] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{:?}", list);
        }
    }
}

/// Words after a lone "one" that make it a pronoun ("one of the", "one who"), sorted for binary
/// search (a list costs the wasm less than a match).
const NOT_COUNTED_AFTER: &[&str] = &[
    "and", "another", "as", "at", "but", "by", "can", "could", "day", "did", "does", "for", "from",
    "had", "has", "he", "i", "in", "is", "it", "might", "more", "must", "of", "on", "or", "she",
    "should", "than", "that", "they", "thing", "time", "to", "was", "way", "we", "which", "who",
    "will", "with", "would", "you",
];

/// Words before a four-digit number that make it a year ("in 2016", "fiscal 2017"), sorted for
/// binary search (a list costs the wasm less than a match).
const YEAR_PREVIOUS_WORDS: &[&str] = &[
    "(", "after", "and", "autumn", "before", "by", "during", "early", "end", "fall", "fiscal",
    "from", "in", "late", "mid", "of", "since", "spring", "summer", "the", "through", "till", "to",
    "until", "winter", "year",
];

/// The ordinal a fraction word also is: "third" → 3 ("half" and "quarter" are no ordinals).
fn ordinal_word(w: &str) -> Option<f64> {
    words::ordinal_word(w).filter(|n| (3.0..=10.0).contains(n))
}

/// Words after "a third", "a fifth" that make it a share of people or things ("a third of",
/// "a third said"), not an ordinal before a noun.
const SHARE_FOLLOWERS: &[&str] = &[
    "of", "and", "or", "to", "in", "who", "that", "say", "said", "says", "were", "are", "was",
    "is", "have", "had", "has", "think", "believe", "want", "do", "did", "would", "will", "could",
    "more", "less", "fewer", "percent", "as", "than", "the", "a", "an", "from", "for", "on",
];

//! Dates and times: "July 16, 2018" -> "2018-07-16", "June 2021" -> "2021-06", "Wednesday",
//! "next week", "1996-08-22", "3 p.m." -> "T15:00". Relative expressions are resolved against
//! the article's own date when the text states one (a dateline or a "Published" line);
//! otherwise they keep a relative value ("+P1W", "XXXX-WXX-3") and `relative: true`.

use super::words::PieceKind;
use super::{Cand, Src};
use crate::document::{NumberKind, Qualifier, Value};
use regex::Regex;
use std::sync::OnceLock;

/// A calendar date (year, month, day).
pub type Ymd = (i64, u32, u32);

const MON: &str = r"(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b\.?";
const WD: &str = r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)";
const ORDW: &str = r"(?:(twenty|thirty)[\s-])?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|one|two|three|four|five|six|seven|eight|nine)";

/// The month of a month name or abbreviation: "July" -> 7.
pub fn month_num(s: &str) -> Option<u32> {
    let s = s.trim_end_matches('.');
    let m = match s.get(..3)? {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    };
    Some(m)
}

fn weekday_num(s: &str) -> Option<u32> {
    Some(match s.get(..3)? {
        "mon" => 1,
        "tue" => 2,
        "wed" => 3,
        "thu" => 4,
        "fri" => 5,
        "sat" => 6,
        "sun" => 7,
        _ => return None,
    })
}

fn ord_day(tens: Option<&str>, unit: &str) -> Option<u32> {
    let u = super::words::ordinal_word(unit).or_else(|| super::words::unit_word(unit))? as u32;
    let t = match tens {
        Some("twenty") => 20,
        Some("thirty") => 30,
        _ => 0,
    };
    // A plain cardinal word ("may one") is not a day; "twenty nine" is.
    if t == 0 && super::words::ordinal_word(unit).is_none() {
        return None;
    }
    Some(t + u)
}

/// Days since 1970-01-01 (proleptic Gregorian).
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = m as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

pub fn civil_from_days(z: i64) -> Ymd {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// ISO weekday, 1 = Monday.
pub fn weekday(days: i64) -> u32 {
    ((days + 3).rem_euclid(7) + 1) as u32
}

fn days_in_month(y: i64, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

fn valid(y: i64, m: u32, d: u32) -> bool {
    (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m) && (1000..=2999).contains(&y)
}

fn ymd(d: Ymd) -> String {
    format!("{:04}-{:02}-{:02}", d.0, d.1, d.2)
}

/// ISO week of a day: "2025-W33".
fn iso_week(days: i64) -> String {
    let wd = weekday(days) as i64;
    let thursday = days - wd + 4;
    let (y, _, _) = civil_from_days(thursday);
    let week = (thursday - days_from_civil(y, 1, 1)) / 7 + 1;
    format!("{y:04}-W{week:02}")
}

/// Compiles a pattern once. Word boundaries are ASCII (`(?-u:\b)`): the patterns read English
/// words and digits, and ASCII boundaries keep the matcher on its fast DFA path on any text.
fn re(cell: &'static OnceLock<Regex>, pattern: impl FnOnce() -> String) -> &'static Regex {
    cell.get_or_init(|| Regex::new(&pattern().replace(r"\b", r"(?-u:\b)")).expect("valid regex"))
}

/// The article's own date, when the text states one near its start: a line that is a date
/// ("Published: 7 August 2025", "August 7, 2025"), or a dateline ("KYIV, Aug 7, 2025 (Reuters) -").
pub(crate) fn article_date(src: &Src) -> Option<Ymd> {
    static LINE: OnceLock<Regex> = OnceLock::new();
    let line_re = re(&LINE, || {
        format!(
            r"(?m)^[ \t]*(?:(?:published|updated|posted|first published|date|dated)\b:?[ \t]*(?:on[ \t]+)?)?(?:{WD}\.?,?[ \t]+)?(?:{MON}[ \t]+(\d{{1,2}}),?[ \t]+(\d{{4}})|(\d{{1,2}})[ \t]+{MON}[ \t]+(\d{{4}})|(\d{{4}})-(\d{{2}})-(\d{{2}}))\b([^\n]{{0,40}})$"
        )
    });
    let head_end = src
        .lower
        .char_indices()
        .nth(2000)
        .map(|(b, _)| b)
        .unwrap_or(src.lower.len());
    let head = &src.lower[..head_end];
    for caps in line_re.captures_iter(head) {
        let rest = caps.get(11).map(|m| m.as_str()).unwrap_or("");
        let dateline =
            rest.contains("(reuters)") || rest.contains("(ap)") || rest.contains("(afp)");
        let prefixed = caps.get(0).is_some_and(|m| {
            let t = m.as_str().trim_start();
            t.starts_with("published")
                || t.starts_with("updated")
                || t.starts_with("posted")
                || t.starts_with("date")
        });
        // The rest of the line may only be a time or an agency.
        let rest_ok = dateline
            || rest.trim().is_empty()
            || rest
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit() || c == '|' || c == '-' || c == '/');
        if !(prefixed || rest_ok) {
            continue;
        }
        let num = |k: usize| caps.get(k).and_then(|m| m.as_str().parse::<i64>().ok());
        let d = if let (Some(m), Some(d), Some(y)) = (
            caps.get(2).and_then(|m| month_num(m.as_str())),
            num(3),
            num(4),
        ) {
            (y, m, d as u32)
        } else if let (Some(d), Some(m), Some(y)) = (
            num(5),
            caps.get(6).and_then(|m| month_num(m.as_str())),
            num(7),
        ) {
            (y, m, d as u32)
        } else if let (Some(y), Some(m), Some(d)) = (num(8), num(9), num(10)) {
            (y, m as u32, d as u32)
        } else {
            continue;
        };
        if valid(d.0, d.1, d.2) {
            return Some(d);
        }
    }
    // A dateline with the agency: "WASHINGTON, Aug 7, 2025 (Reuters) -".
    static DATELINE: OnceLock<Regex> = OnceLock::new();
    let dl = re(&DATELINE, || {
        format!(r"\b{MON}[ \t]+(\d{{1,2}}),?[ \t]+(\d{{4}})[ \t]*\((?:reuters|ap|afp)\)")
    });
    if let Some(c) = dl.captures(head) {
        let m = c.get(1).and_then(|m| month_num(m.as_str()))?;
        let d: u32 = c.get(2)?.as_str().parse().ok()?;
        let y: i64 = c.get(3)?.as_str().parse().ok()?;
        if valid(y, m, d) {
            return Some((y, m, d));
        }
    }
    // A dateline without an agency, at the start of a line and ended by a dash:
    // "FRANKFURT, March 14, 2024 —", "Kyiv, 14 March 2024 -".
    static PLACE_DATELINE: OnceLock<Regex> = OnceLock::new();
    let pl = re(&PLACE_DATELINE, || {
        format!(
            r"(?m)^[ \t]*[^\n,.;:!?]{{2,40}},[ \t]+(?:{WD}\.?,?[ \t]+)?(?:{MON}[ \t]+(\d{{1,2}}),?|(\d{{1,2}})[ \t]+{MON})[ \t]+(\d{{4}})[ \t]*[—–-]"
        )
    });
    if let Some(c) = pl.captures(head) {
        let num = |k: usize| c.get(k).and_then(|m| m.as_str().parse::<i64>().ok());
        // Groups: 1 weekday, 2 month and 3 day, or 4 day and 5 month; 6 year.
        let m = c.get(2).or(c.get(5)).and_then(|m| month_num(m.as_str()))?;
        let d = num(3).or(num(4))? as u32;
        let y = num(6)?;
        if valid(y, m, d) {
            return Some((y, m, d));
        }
    }
    None
}

/// The original text's first character at `b` is upper case.
fn capital(src: &Src, b: usize) -> bool {
    src.text
        .get(b..)
        .and_then(|s| s.chars().next())
        .is_some_and(|c| c.is_uppercase())
}

/// The whole text has no upper-case letter (lower-cased corpora): capitals prove nothing.
fn all_lower(src: &Src) -> bool {
    src.all_lower
}

/// A month word that may be a verb or a name ("may", "march", "sat") must look like a month.
fn month_word_ok(src: &Src, start: usize, word: &str, followed_by_number: bool) -> bool {
    let w = word.trim_end_matches('.');
    // "DEC", "MAR" in capitals are tickers or acronyms.
    let orig = src.text.get(start..start + w.len()).unwrap_or("");
    if w.len() <= 4
        && orig.len() > 1
        && orig.chars().all(|c| c.is_ascii_uppercase())
        && !all_lower(src)
        && !followed_by_number
    {
        return false;
    }
    let risky = matches!(
        w,
        "may"
            | "march"
            | "mar"
            | "jan"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
            | "feb"
            | "apr"
    );
    if !risky {
        return true;
    }
    if followed_by_number {
        return capital(src, start) || all_lower(src) || w != "may";
    }
    let prev = src.piece_before(start).map(|k| src.p(k)).unwrap_or("");
    let prev_ok = matches!(
        prev,
        "in" | "since"
            | "until"
            | "till"
            | "of"
            | "early"
            | "late"
            | "mid"
            | "by"
            | "from"
            | "to"
            | "through"
            | "last"
            | "next"
            | "this"
            | "during"
            | "before"
            | "after"
    );
    (capital(src, start) || all_lower(src))
        && (w != "may" || prev_ok)
        && (w.len() > 3 || capital(src, start))
}

fn g<'h>(c: &regex::Captures<'h>, k: usize) -> &'h str {
    c.get(k).map(|m| m.as_str()).unwrap_or("")
}

fn n(c: &regex::Captures, k: usize) -> Option<i64> {
    c.get(k).and_then(|m| m.as_str().parse::<i64>().ok())
}

fn date_cand(start: usize, end: usize, value: String, relative: bool) -> Cand {
    let mut c = Cand::new(start, end, NumberKind::DATE, Some(Value::Text(value)));
    c.prio = 2;
    c.relative = relative;
    c
}

/// Drops a sentence period after a full month name ("in 2017 april."); "Jan." keeps its period.
fn trim_period(t: &str, start: usize, end: usize) -> usize {
    let s = t.get(start..end).unwrap_or("");
    if let Some(body) = s.strip_suffix('.') {
        let last = body
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        if last.len() > 4 || matches!(last, "may" | "june" | "july") {
            return end - 1;
        }
    }
    end
}

/// A month and day without a year: the article's year when known.
fn month_day(reference: Option<Ymd>, m: u32, d: u32) -> Option<(String, bool)> {
    if !(1..=12).contains(&m) || d == 0 || d > days_in_month(2000, m) {
        return None;
    }
    Some(match reference {
        Some((y, _, _)) => (format!("{y:04}-{m:02}-{d:02}"), false),
        None => (format!("XXXX-{m:02}-{d:02}"), true),
    })
}

pub(crate) fn candidates(src: &Src, reference: Option<Ymd>, out: &mut Vec<Cand>) {
    let t = src.lower.as_str();
    let before_ok = |s: usize| {
        let b = t.as_bytes();
        s == 0
            || !(b[s - 1].is_ascii_digit()
                || b[s - 1] == b'-'
                || b[s - 1] == b'.'
                || b[s - 1] == b'/')
    };
    let after_ok = |e: usize| {
        let b = t.as_bytes();
        e >= b.len()
            || !(b[e].is_ascii_digit()
                || ((b[e] == b'-' || b[e] == b'/')
                    && b.get(e + 1).is_some_and(|c| c.is_ascii_digit())))
    };

    // 1996-08-22, 2019/08/01, 2015-12, 20161016
    static ISO: OnceLock<Regex> = OnceLock::new();
    for c in re(&ISO, || {
        r"\b(\d{4})([-/.])(\d{1,2})(?:([-/.])(\d{1,2}))?\b".into()
    })
    .captures_iter(t)
    {
        let m0 = c.get(0).expect("match");
        if !before_ok(m0.start()) || !after_ok(m0.end()) {
            continue;
        }
        let (y, mo) = (n(&c, 1).unwrap_or(0), n(&c, 3).unwrap_or(0) as u32);
        if let Some(d) = n(&c, 5) {
            if g(&c, 2) == g(&c, 4) && valid(y, mo, d as u32) {
                out.push(date_cand(
                    m0.start(),
                    m0.end(),
                    ymd((y, mo, d as u32)),
                    false,
                ));
            }
        } else if g(&c, 2) == "-"
            && g(&c, 3).len() == 2
            && (1..=12).contains(&mo)
            && (1900..=2099).contains(&y)
        {
            out.push(date_cand(
                m0.start(),
                m0.end(),
                format!("{y:04}-{mo:02}"),
                false,
            ));
        }
    }
    // 7/16/2018, 16.07.2018, 02-02-2020, 12/12/30
    static NUMERIC: OnceLock<Regex> = OnceLock::new();
    for c in re(&NUMERIC, || {
        r"\b(\d{1,2})([/.-])(\d{1,2})([/.-])(\d{4}|\d{2})\b".into()
    })
    .captures_iter(t)
    {
        let m0 = c.get(0).expect("match");
        if !before_ok(m0.start()) || !after_ok(m0.end()) || g(&c, 2) != g(&c, 4) {
            continue;
        }
        let (a, b) = (n(&c, 1).unwrap_or(0) as u32, n(&c, 3).unwrap_or(0) as u32);
        let mut y = n(&c, 5).unwrap_or(0);
        if g(&c, 5).len() == 2 {
            y += if y < 50 { 2000 } else { 1900 };
        }
        // Dots and day > 12 mean day first; slashes are month first (US news).
        let (m, d) = if g(&c, 2) == "." || a > 12 {
            (b, a)
        } else {
            (a, b)
        };
        if valid(y, m, d) {
            out.push(date_cand(m0.start(), m0.end(), ymd((y, m, d)), false));
        }
    }
    // July 16, 2018; July 16; Jan. 3rd 2019; may twenty nine; June the 28th 2020
    static MDY: OnceLock<Regex> = OnceLock::new();
    let mdy = re(&MDY, || {
        format!(
            r"\b{MON}[ \t]*(?:the[ \t]+)?(?:(\d{{1,2}})(?:st|nd|rd|th)?\b|{ORDW}\b)(?:[ \t]*,?[ \t]*(?:of[ \t]+)?(\d{{4}})\b)?"
        )
    });
    for c in mdy.captures_iter(t) {
        let m0 = c.get(0).expect("match");
        let mon = g(&c, 1);
        let Some(m) = month_num(mon) else { continue };
        if !month_word_ok(src, m0.start(), mon, true) || !after_ok(m0.end()) {
            continue;
        }
        let d = if let Some(d) = n(&c, 2) {
            d as u32
        } else if let Some(d) = ord_day(c.get(3).map(|m| m.as_str()), g(&c, 4)) {
            d
        } else {
            continue;
        };
        // "June 2021" is month and year, read below; "May 19" needs a day in range.
        if let Some(y) = n(&c, 5) {
            if valid(y, m, d) {
                out.push(date_cand(m0.start(), m0.end(), ymd((y, m, d)), false));
                continue;
            }
        }
        let end = c
            .get(5)
            .map(|_| c.get(4).or(c.get(2)).map(|x| x.end()).unwrap_or(m0.end()))
            .unwrap_or(m0.end());
        let end = if c.get(5).is_some() { end } else { m0.end() };
        if let Some((v, rel)) = month_day(reference, m, d) {
            let end = t[..end].trim_end_matches([' ', '\t', ',']).len();
            let mut cand = date_cand(m0.start(), end, v, rel);
            // "$ 12 December 27": month-first wins a tie (news style).
            cand.prio = 3;
            out.push(cand);
        }
    }
    // 16 July 2018; 3rd of May; fourth of july, 1995; 05-aug-2016
    static DMY: OnceLock<Regex> = OnceLock::new();
    let dmy = re(&DMY, || {
        format!(
            r"\b(?:the[ \t]+)?(?:(\d{{1,2}})(?:st|nd|rd|th)?|{ORDW})(?:[ \t]+of[ \t]+|[ \t]+|-)(?:the[ \t]+)?{MON}(?:(?:[ \t]*,?[ \t]*(?:of[ \t]+)?|-)(\d{{4}}))?\b"
        )
    });
    for c in dmy.captures_iter(t) {
        let m0 = c.get(0).expect("match");
        let mon = g(&c, 4);
        let Some(m) = month_num(mon) else { continue };
        if !before_ok(m0.start())
            || !month_word_ok(src, c.get(4).map(|x| x.start()).unwrap_or(0), mon, true)
        {
            continue;
        }
        let d = if let Some(d) = n(&c, 1) {
            d as u32
        } else if let Some(d) = ord_day(c.get(2).map(|m| m.as_str()), g(&c, 3)) {
            d
        } else {
            continue;
        };
        if let Some(y) = n(&c, 5) {
            if valid(y, m, d) {
                out.push(date_cand(m0.start(), m0.end(), ymd((y, m, d)), false));
            }
            continue;
        }
        if let Some((v, rel)) = month_day(reference, m, d) {
            let end = c.get(4).map(|x| x.end()).unwrap_or(m0.end());
            out.push(date_cand(
                m0.start(),
                trim_period(t, m0.start(), end),
                v,
                rel,
            ));
        }
    }
    // June 2021; Dec-2018; April of 1987; 2017 april
    static MY: OnceLock<Regex> = OnceLock::new();
    let my = re(&MY, || {
        format!(
            r"\b{MON}(?:[ \t]+of[ \t]+|[ \t]*[-/,][ \t]*|[ \t]+)(\d{{4}})\b|\b(\d{{4}})[ \t]+{MON}"
        )
    });
    for c in my.captures_iter(t) {
        let m0 = c.get(0).expect("match");
        let (mon, y) = if c.get(1).is_some() {
            (g(&c, 1), n(&c, 2))
        } else {
            (g(&c, 4), n(&c, 3))
        };
        let (Some(m), Some(y)) = (month_num(mon), y) else {
            continue;
        };
        if !(1000..=2999).contains(&y) || !after_ok(m0.end()) {
            continue;
        }
        if !month_word_ok(src, m0.start(), mon, true) {
            continue;
        }
        out.push(date_cand(
            m0.start(),
            trim_period(t, m0.start(), m0.end()),
            format!("{y:04}-{m:02}"),
            false,
        ));
    }
    // A month alone: "in May", "since August".
    static MONTH: OnceLock<Regex> = OnceLock::new();
    // "last November", "next March": the one before or after the article's month.
    let month_re = re(&MONTH, || {
        format!(r"\b(?:(last|next|this|past|coming)[ \t]+)?(?:(early|mid|late)[ \t-]+)?{MON}")
    });
    for c in month_re.captures_iter(t) {
        let m0 = c.get(0).expect("match");
        let mon = g(&c, 3);
        let ms = c.get(3).map(|x| x.start()).unwrap_or(m0.start());
        let Some(m) = month_num(mon) else { continue };
        if !month_word_ok(src, ms, mon, false) {
            continue;
        }
        let (v, rel) = match reference {
            Some((y, rm, _)) => {
                // Which year: "last" or a past tense means the latest such month not after the
                // article's; "next" or a future tense the first not before it; otherwise the
                // article's year.
                let past = match g(&c, 1) {
                    "last" | "past" => Some(true),
                    "next" | "coming" => Some(false),
                    "this" => None,
                    _ => tense_before(t, m0.start()).map(|future| !future),
                };
                let y = match past {
                    Some(true) if m > rm || (m == rm && c.get(1).is_some()) => y - 1,
                    Some(false) if m < rm || (m == rm && c.get(1).is_some()) => y + 1,
                    _ => y,
                };
                (format!("{y:04}-{m:02}"), false)
            }
            None => (format!("XXXX-{m:02}"), true),
        };
        let mut cand = date_cand(m0.start(), trim_period(t, m0.start(), m0.end()), v, rel);
        cand.prio = 1;
        out.push(cand);
    }
    // Weekdays: "Wednesday", "next Monday", "this week Monday", "Tuesdays".
    static WEEKDAY: OnceLock<Regex> = OnceLock::new();
    let wdre = re(&WEEKDAY, || {
        format!(
            r"\b(?:(next|last|this|coming|past|previous|upcoming|this[ \t]+upcoming|this[ \t]+coming)[ \t]+)?(?:(next|last|this)[ \t]+week[ \t]+(?:on[ \t]+)?)?{WD}\b(?:[ \t]+(morning|afternoon|evening|night)\b)?"
        )
    });
    for c in wdre.captures_iter(t) {
        let m0 = c.get(0).expect("match");
        let w = g(&c, 3);
        let ws = c.get(3).map(|x| x.start()).unwrap_or(m0.start());
        let Some(wd) = weekday_num(w) else { continue };
        if w.len() <= 5 && !w.ends_with("day") && !capital(src, ws) {
            continue;
        }
        let modifier = if c.get(2).is_some() {
            g(&c, 2)
        } else {
            g(&c, 1)
        };
        let week_shift: i64 = match modifier {
            "next" => 7,
            "last" | "past" | "previous" => -7,
            _ => 0,
        };
        let (v, rel) = match reference {
            Some(r) => {
                let today = days_from_civil(r.0, r.1, r.2);
                let monday = today - (weekday(today) as i64 - 1);
                let mut day = monday + wd as i64 - 1 + week_shift;
                if modifier.contains("coming") || modifier.contains("upcoming") {
                    day = today + ((wd as i64 - weekday(today) as i64).rem_euclid(7)).max(1);
                }
                // A bare weekday in a sentence about the future ("will visit on Monday") is the
                // next one; about the past ("met on Friday", in Monday's article) the last one.
                if modifier.is_empty() {
                    match tense_before(t, m0.start()) {
                        Some(true) if day <= today => day += 7,
                        Some(false) if day > today => day -= 7,
                        _ => {}
                    }
                }
                (ymd(civil_from_days(day)), false)
            }
            None => (format!("XXXX-WXX-{wd}"), true),
        };
        let v = match g(&c, 4) {
            "morning" => format!("{v}TMO"),
            "afternoon" => format!("{v}TAF"),
            "evening" => format!("{v}TEV"),
            "night" => format!("{v}TNI"),
            _ => v,
        };
        out.push(date_cand(m0.start(), m0.end(), v, rel));
    }
    // today, tomorrow, yesterday, tonight; next week, last month, this year, the past week.
    static REL: OnceLock<Regex> = OnceLock::new();
    let relre = re(&REL, || {
        r"\b(?:(today|tomorrow|yesterday|tonight|tonite)(?:[ \t]+(?:morning|afternoon|evening|night))?|(?:(earlier|later)[ \t]+(?:in[ \t]+)?)?(next|last|this|past|previous|coming|following|current|upcoming)[ \t]+(week|month|year|weekend|quarter|decade|fortnight)|(last|this|tomorrow|yesterday|tonight)[ \t]+(morning|afternoon|evening|night))\b".into()
    });
    for c in relre.captures_iter(t) {
        let m0 = c.get(0).expect("match");
        let (kind, shift, unit) = if let Some(w) = c.get(1) {
            let s = match w.as_str() {
                "tomorrow" => 1,
                "yesterday" => -1,
                _ => 0,
            };
            ('d', s, "day")
        } else if let Some(w) = c.get(3) {
            let s = match w.as_str() {
                "next" | "coming" | "following" | "upcoming" => 1,
                "last" | "past" | "previous" => -1,
                _ => 0,
            };
            ('p', s, g(&c, 4))
        } else {
            let s = match g(&c, 5) {
                "tomorrow" => 1,
                "yesterday" => -1,
                "last" => -1,
                _ => 0,
            };
            ('t', s, "day")
        };
        let _ = kind;
        let (v, rel) = match (reference, unit) {
            (Some(r), "day") => (
                ymd(civil_from_days(days_from_civil(r.0, r.1, r.2) + shift)),
                false,
            ),
            (Some(r), "week") => (iso_week(days_from_civil(r.0, r.1, r.2) + 7 * shift), false),
            (Some(r), "month") => {
                let total = r.0 * 12 + r.1 as i64 - 1 + shift;
                (
                    format!(
                        "{:04}-{:02}",
                        total.div_euclid(12),
                        total.rem_euclid(12) + 1
                    ),
                    false,
                )
            }
            (Some(r), "year") => (format!("{:04}", r.0 + shift), false),
            _ => {
                let d = match unit {
                    "day" => "D",
                    "week" | "weekend" => "W",
                    "month" => "M",
                    "year" => "Y",
                    "quarter" => "Q",
                    "fortnight" => "W",
                    _ => "Y",
                };
                let sign = if shift < 0 { "-" } else { "+" };
                (format!("{sign}P{}{d}", shift.abs()), true)
            }
        };
        out.push(date_cand(m0.start(), m0.end(), v, rel));
    }
    // The end of 1989, mid 2000, the 15th century, Q3 2019, Christmas, right now.
    static MISC: OnceLock<Regex> = OnceLock::new();
    let misc = re(&MISC, || {
        r"\b(?:(?:(end|middle|beginning|start)[ \t]+of[ \t]+|(mid|early|late)[ \t-]+)(\d{4})\b|(\d{1,2})(?:st|nd|rd|th)[ \t]+century|q([1-4])(?:[ \t]*-?[ \t]*(\d{4}))?\b|(christmas eve|christmas day|christmas|new year's eve|new year's day|new year|easter|halloween|thanksgiving|labor day)\b|(right now|at present|at the moment)|(end|middle|beginning|start)[ \t]+of[ \t]+(?:the[ \t]+|this[ \t]+)?(year|month|week|day))".into()
    });
    for c in misc.captures_iter(t) {
        let m0 = c.get(0).expect("match");
        let (v, rel) = if let Some(y) = n(&c, 3) {
            (format!("{y:04}"), false)
        } else if let Some(cent) = n(&c, 4) {
            (format!("{:02}XX", cent - 1), false)
        } else if let Some(q) = c.get(5) {
            if !capital(src, m0.start()) && !all_lower(src) && c.get(6).is_none() {
                continue;
            }
            match n(&c, 6) {
                Some(y) => (format!("{y:04}-Q{}", q.as_str()), false),
                None => (format!("XXXX-Q{}", q.as_str()), true),
            }
        } else if let Some(h) = c.get(7) {
            let md = match h.as_str() {
                "christmas eve" => "12-24",
                "christmas" | "christmas day" => "12-25",
                "new year's eve" => "12-31",
                "new year's day" | "new year" => "01-01",
                _ => "",
            };
            match (reference, md.is_empty()) {
                (Some(r), false) => (format!("{:04}-{md}", r.0), false),
                (None, false) => (format!("XXXX-{md}"), true),
                _ => (h.as_str().to_string(), true),
            }
        } else if c.get(8).is_some() {
            match reference {
                Some(r) => (ymd(r), false),
                None => ("PRESENT_REF".to_string(), true),
            }
        } else {
            match (reference, g(&c, 10)) {
                (Some(r), "year") => (format!("{:04}", r.0), false),
                (Some(r), "month") => (format!("{:04}-{:02}", r.0, r.1), false),
                (Some(r), _) => (ymd(r), false),
                (None, u) => (
                    format!(
                        "+P0{}",
                        u.chars().next().unwrap_or('d').to_ascii_uppercase()
                    ),
                    true,
                ),
            }
        };
        out.push(date_cand(m0.start(), m0.end(), v, rel));
    }
    // "first week of 2015", "the third month of 2021", "1st quarter of 2013", "last week of this month".
    static PART: OnceLock<Regex> = OnceLock::new();
    let part = re(&PART, || {
        format!(
            r"\b(?:the[ \t]+)?(first|second|third|fourth|last|\d{{1,2}}(?:st|nd|rd|th))[ \t]+(week|month|quarter|half)(?:[ \t]+of[ \t]+(?:(this|next|last)[ \t]+(year|month)|{MON}[ \t]+(\d{{4}})|(\d{{4}})))?\b"
        )
    });
    for c in part.captures_iter(t) {
        let m0 = c.get(0).expect("match");
        let k = match g(&c, 1) {
            "first" => 1,
            "second" => 2,
            "third" => 3,
            "fourth" => 4,
            "last" => 0,
            other => other
                .trim_end_matches(char::is_alphabetic)
                .parse::<u32>()
                .unwrap_or(0),
        };
        let unit = g(&c, 2);
        let has_of = c.get(3).is_some() || c.get(5).is_some() || c.get(7).is_some();
        // "the second quarter": a quarter of the year in question; "first week" alone is not a date.
        if !has_of && !matches!(unit, "quarter" | "half") {
            continue;
        }
        if !has_of && g(&c, 1) == "last" {
            continue;
        }
        let base = if !has_of {
            match reference {
                Some(r) => format!("{:04}", r.0),
                None => "XXXX".to_string(),
            }
        } else if let Some(y) = n(&c, 7) {
            format!("{y:04}")
        } else if let (Some(m), Some(y)) = (month_num(g(&c, 5)), n(&c, 6)) {
            format!("{y:04}-{m:02}")
        } else {
            match (reference, g(&c, 3), g(&c, 4)) {
                (Some(r), w, "year") => format!(
                    "{:04}",
                    r.0 + if w == "next" {
                        1
                    } else if w == "last" {
                        -1
                    } else {
                        0
                    }
                ),
                (Some(r), _, _) => format!("{:04}-{:02}", r.0, r.1),
                (None, w, u) => format!("{}{}", w, u),
            }
        };
        let code = match unit {
            "week" => "W",
            "month" => "M",
            "quarter" => "Q",
            _ => "H",
        };
        let v = if k == 0 {
            format!("{base}-{code}last")
        } else if code == "Q" || code == "H" {
            format!("{base}-{code}{k}")
        } else {
            format!("{base}-{code}{k:02}")
        };
        let rel = base.chars().next().is_some_and(|c| !c.is_ascii_digit());
        // "the second quarter": the span starts at the ordinal.
        let m0 = if !has_of && m0.as_str().starts_with("the ") {
            c.get(1)
                .map(|x| (x.start(), m0.end()))
                .unwrap_or((m0.start(), m0.end()))
        } else {
            (m0.start(), m0.end())
        };
        out.push(date_cand(m0.0, m0.1, v, rel));
    }
    // "all day", "all week"; "the nineties".
    static ALL: OnceLock<Regex> = OnceLock::new();
    let all = re(&ALL, || {
        r"\ball[ \t]+(day|week|month|year|night)\b|\b(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b".into()
    });
    for c in all.captures_iter(t) {
        let m0 = c.get(0).expect("match");
        if let Some(u) = c.get(1) {
            let v = match u.as_str() {
                "day" | "night" => "P1D",
                "week" => "P1W",
                "month" => "P1M",
                _ => "P1Y",
            };
            let mut cand = Cand::new(
                m0.start(),
                m0.end(),
                NumberKind::DURATION,
                Some(Value::Text(v.into())),
            );
            cand.prio = 2;
            out.push(cand);
        } else {
            let d = match g(&c, 2) {
                "twenties" => 2,
                "thirties" => 3,
                "forties" => 4,
                "fifties" => 5,
                "sixties" => 6,
                "seventies" => 7,
                "eighties" => 8,
                _ => 9,
            };
            // "in their sixties" is an age, not a decade.
            let prev = src.piece_before(m0.start()).map(|k| src.p(k)).unwrap_or("");
            if matches!(
                prev,
                "their" | "his" | "her" | "my" | "our" | "your" | "early" | "mid" | "late"
            ) {
                continue;
            }
            out.push(date_cand(m0.start(), m0.end(), format!("19{d}X"), false));
        }
    }
    // "2019-aug-01", "2020/Sep/23"; "2017-q1", "2017 q1", "q1 of 2017"; "now" in a range.
    static MORE: OnceLock<Regex> = OnceLock::new();
    let more = re(&MORE, || {
        format!(
            r"\b(\d{{4}})[-/]{MON}[-/](\d{{1,2}})\b|\b(\d{{4}})[ \t-]q([1-4])\b|\bq([1-4])[ \t]+of[ \t]+(\d{{4}})\b|\b(?:between|from)[ \t]+(now)\b|\band[ \t]+(now)\b"
        )
    });
    for c in more.captures_iter(t) {
        let m0 = c.get(0).expect("match");
        if let (Some(y), Some(m), Some(d)) = (n(&c, 1), month_num(g(&c, 2)), n(&c, 3)) {
            if valid(y, m, d as u32) {
                out.push(date_cand(
                    m0.start(),
                    m0.end(),
                    ymd((y, m, d as u32)),
                    false,
                ));
            }
        } else if let (Some(y), Some(q)) = (n(&c, 4), n(&c, 5)) {
            out.push(date_cand(
                m0.start(),
                m0.end(),
                format!("{y:04}-Q{q}"),
                false,
            ));
        } else if let (Some(q), Some(y)) = (n(&c, 6), n(&c, 7)) {
            out.push(date_cand(
                m0.start(),
                m0.end(),
                format!("{y:04}-Q{q}"),
                false,
            ));
        } else if let Some(now) = c.get(8).or(c.get(9)) {
            // "and now" only closes a "between ... and now".
            let mut from = m0.start().saturating_sub(60);
            while !t.is_char_boundary(from) {
                from += 1;
            }
            if c.get(9).is_some() && !t.get(from..m0.start()).unwrap_or("").contains("between") {
                continue;
            }
            let v = match reference {
                Some(r) => (ymd(r), false),
                None => ("PRESENT_REF".to_string(), true),
            };
            out.push(date_cand(now.start(), now.end(), v.0, v.1));
        }
    }
    // Seasons: "this summer", "winter 2019"; "November 19-20".
    static SEASON: OnceLock<Regex> = OnceLock::new();
    let season = re(&SEASON, || {
        format!(
            r"\b(?:(this|next|last|the)[ \t]+)?(spring|summer|autumn|winter|fall)(?:[ \t]+(?:of[ \t]+)?(\d{{4}}))?\b|\b{MON}[ \t]+(\d{{1,2}})[ \t]*[-–][ \t]*(\d{{1,2}})\b"
        )
    });
    for c in season.captures_iter(t) {
        let m0 = c.get(0).expect("match");
        if let Some(sw) = c.get(2) {
            if sw.as_str() == "fall" && c.get(1).is_none() && c.get(3).is_none() {
                continue;
            }
            let code = match sw.as_str() {
                "spring" => "SP",
                "summer" => "SU",
                "autumn" | "fall" => "FA",
                _ => "WI",
            };
            let shift = match g(&c, 1) {
                "next" => 1,
                "last" => -1,
                _ => 0,
            };
            let (v, rel) = match (n(&c, 3), reference) {
                (Some(y), _) => (format!("{y:04}-{code}"), false),
                (None, Some(r)) => (format!("{:04}-{code}", r.0 + shift), false),
                (None, None) => (format!("XXXX-{code}"), true),
            };
            let start = if g(&c, 1) == "the" {
                sw.start()
            } else {
                m0.start()
            };
            out.push(date_cand(start, m0.end(), v, rel));
        } else if let (Some(m), Some(d1), Some(d2)) = (month_num(g(&c, 4)), n(&c, 5), n(&c, 6)) {
            if !month_word_ok(src, m0.start(), g(&c, 4), true) || d1 >= d2 {
                continue;
            }
            if let (Some((a, rel)), Some((b, _))) = (
                month_day(reference, m, d1 as u32),
                month_day(reference, m, d2 as u32),
            ) {
                let mut cand = date_cand(m0.start(), m0.end(), format!("{a}/{b}"), rel);
                cand.qualifier = Qualifier::Range;
                cand.prio = 3;
                out.push(cand);
            }
        }
    }
    // Times: 3 p.m., 7:56:30 pm, 9:00a, 14:55, noon, eight o'clock, in the morning.
    static TIME: OnceLock<Regex> = OnceLock::new();
    let time = re(&TIME, || {
        r"\b(\d{1,2})(?:[:.](\d{2}))?(?::(\d{2}))?[ \t]*(?:([ap])[ \t]*\.[ \t]*m\b(?:[ \t]*\.)?|([ap])[ \t]*m\b|([ap])\b)|\b(\d{1,2}):(\d{2})(?::(\d{2}))?\b|\b(noon|midnight|noonish|midday)\b|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})[ \t]+(?:o'clock|o’clock|([ap])[ \t]*\.?[ \t]*m\b(?:[ \t]*\.)?)|\b(?:in[ \t]+the|this|early|late)[ \t]+(morning|afternoon|evening|night-time|nighttime|night|daytime)\b".into()
    });
    for c in time.captures_iter(t) {
        let m0 = c.get(0).expect("match");
        let with_ampm = c.get(4).is_some() || c.get(5).is_some() || c.get(6).is_some();
        let prev_byte = m0
            .start()
            .checked_sub(1)
            .map(|k| t.as_bytes()[k])
            .unwrap_or(b' ');
        // "10am-12am", "3-8pm": a dash before a time with a.m./p.m. is a range, not a code.
        if !(before_ok(m0.start()) || (with_ampm && prev_byte == b'-')) {
            continue;
        }
        let mut end = m0.end();
        let (h, mi, se, ampm) = if c.get(4).is_some() || c.get(5).is_some() || c.get(6).is_some() {
            // Single-letter "a"/"p" only glued to digits: "9p", "9:00a". A whole hour so written
            // is a time only after a word of time ("at 9p"): "a 5p charge", "fell 12p" are pence.
            if let Some(x) = c.get(6) {
                if x.start()
                    != c.get(1)
                        .map(|d| d.end())
                        .unwrap_or(0)
                        .max(c.get(2).map(|d| d.end()).unwrap_or(0))
                {
                    continue;
                }
                if c.get(2).is_none() && !after_time_word(t, m0.start()) {
                    continue;
                }
            }
            let ap = [4, 5, 6]
                .iter()
                .find_map(|&k| c.get(k))
                .map(|m| m.as_str())
                .unwrap_or("");
            (n(&c, 1), n(&c, 2), n(&c, 3), ap)
        } else if c.get(7).is_some() {
            if !after_ok(m0.end()) {
                continue;
            }
            (n(&c, 7), n(&c, 8), n(&c, 9), "")
        } else if let Some(w) = c.get(10) {
            let h = if w.as_str() == "midnight" { 0 } else { 12 };
            (Some(h), None, None, "")
        } else if let Some(w) = c.get(11) {
            let h = super::words::unit_word(w.as_str())
                .map(|v| v as i64)
                .or_else(|| w.as_str().parse().ok());
            (h, None, None, g(&c, 12))
        } else {
            let part = match g(&c, 13) {
                "morning" => "TMO",
                "afternoon" => "TAF",
                "evening" => "TEV",
                "daytime" => "TDT",
                "night" => "TNI",
                _ => "TNT",
            };
            let mut cand = Cand::new(
                m0.start(),
                m0.end(),
                NumberKind::TIME,
                Some(Value::Text(part.into())),
            );
            cand.prio = 1;
            out.push(cand);
            continue;
        };
        let Some(mut h) = h else { continue };
        if ampm == "p" && h < 12 {
            h += 12;
        } else if ampm == "a" && h == 12 {
            h = 0;
        }
        let (mi, se) = (mi.unwrap_or(0), se.unwrap_or(0));
        if h > 24
            || mi > 59
            || se > 59
            || (ampm.is_empty() && c.get(7).is_none() && c.get(10).is_none() && c.get(11).is_none())
        {
            continue;
        }
        // Trailing sentence period after "p.m" is kept only when written "p.m.".
        if t[..end].ends_with(' ') {
            end = t[..end].trim_end().len();
        }
        let v = if se > 0 {
            format!("T{h:02}:{mi:02}:{se:02}")
        } else {
            format!("T{h:02}:{mi:02}")
        };
        let mut cand = Cand::new(m0.start(), end, NumberKind::TIME, Some(Value::Text(v)));
        cand.prio = 2;
        out.push(cand);
    }
}

/// Joins a date with a neighbouring date or time ("Wednesday at 3 p.m.", "Tue May 9",
/// "tomorrow 10am"), and a prefix that bounds a date ("since December 2019").
pub(crate) fn combine(src: &Src, chosen: Vec<Cand>, _reference: Option<Ymd>) -> Vec<Cand> {
    let mut out: Vec<Cand> = Vec::with_capacity(chosen.len());
    for c in chosen {
        if let Some(prev) = out.last_mut() {
            let timeish = |k: NumberKind| matches!(k, NumberKind::DATE | NumberKind::TIME);
            if timeish(prev.kind) && timeish(c.kind) && prev.qualifier != Qualifier::Range {
                let gap = src.lower.get(prev.end..c.start).unwrap_or("x").trim();
                let joinable = matches!(
                    gap,
                    "" | "," | "at" | "on" | "of" | "in the" | "by" | ", at" | "around"
                );
                let two_dates_same = prev.kind == NumberKind::DATE && c.kind == NumberKind::DATE;
                // Two dates join only when the first is a weekday and the second is not ("Tue May 9").
                let weekday_first =
                    two_dates_same && weekday_word(src, prev.start) && !weekday_word(src, c.start);
                // A time joins a day, not a week, month or year ("next year at 6pm" stays two).
                let day_level = |v: &Option<Value>| {
                    let v = text_value(v);
                    v.len() == 10
                        || v.contains("-WXX-")
                        || v.ends_with('D')
                        || v.starts_with('T')
                        || v.contains('T')
                };
                let levels_ok = two_dates_same || (day_level(&prev.value) && day_level(&c.value));
                if joinable
                    && levels_ok
                    && (!two_dates_same || weekday_first)
                    && !src
                        .lower
                        .get(prev.end..c.start)
                        .unwrap_or("\n")
                        .contains('\n')
                {
                    let (pv, cv) = (text_value(&prev.value), text_value(&c.value));
                    let value = if prev.kind == NumberKind::DATE && c.kind == NumberKind::TIME {
                        format!("{pv}{cv}")
                    } else if prev.kind == NumberKind::TIME && c.kind == NumberKind::DATE {
                        format!("{cv}{pv}")
                    } else {
                        cv
                    };
                    prev.end = c.end;
                    if c.kind == NumberKind::TIME || prev.kind == NumberKind::TIME {
                        prev.kind = NumberKind::TIME;
                    }
                    prev.relative =
                        value.contains('X') || value.starts_with('+') || value.starts_with('-');
                    prev.value = Some(Value::Text(value));
                    continue;
                }
            }
        }
        if let Some(prev) = out.last_mut() {
            let gap = src.lower.get(prev.end..c.start).unwrap_or("x").trim();
            let hour = |v: &Option<Value>| match v {
                Some(Value::Number(h)) if (1.0..=12.0).contains(h) && h.fract() == 0.0 => {
                    Some(*h as u32)
                }
                _ => None,
            };
            let part = |v: &Option<Value>, text: &str| -> Option<u32> {
                let t = text_value(v);
                if t.ends_with("TAF")
                    || t.ends_with("TEV")
                    || t.ends_with("TNI")
                    || text.contains("afternoon")
                    || text.contains("evening")
                    || text.contains("night")
                {
                    Some(12)
                } else if t.ends_with("TMO") || text.contains("morning") {
                    Some(0)
                } else {
                    None
                }
            };
            // "in the morning at 7", "last night at 8", "tonight around 3".
            if matches!(prev.kind, NumberKind::TIME | NumberKind::DATE)
                && matches!(gap, "at" | "around" | "about")
                && c.kind == NumberKind::CARDINAL
            {
                let ptext = src
                    .lower
                    .get(prev.start..prev.end)
                    .unwrap_or("")
                    .to_string();
                if let (Some(h), Some(add)) = (hour(&c.value), part(&prev.value, &ptext)) {
                    let h = if add == 12 && h < 12 && !(ptext.contains("night") && h < 5) {
                        h + 12
                    } else {
                        h
                    };
                    let base = text_value(&prev.value);
                    let day = base.split('T').next().unwrap_or("").to_string();
                    prev.end = c.end;
                    prev.kind = NumberKind::TIME;
                    prev.value = Some(Value::Text(format!("{day}T{h:02}:00")));
                    continue;
                }
            }
            // "seven in the morning", "one in the afternoon".
            if prev.kind == NumberKind::CARDINAL && c.kind == NumberKind::TIME && gap.is_empty() {
                let ctext = src.lower.get(c.start..c.end).unwrap_or("").to_string();
                if let (Some(h), Some(add)) = (hour(&prev.value), part(&c.value, &ctext)) {
                    if ctext.starts_with("in the")
                        || ctext.starts_with("this")
                        || ctext.starts_with("early")
                    {
                        let h = if add == 12 && h < 12 { h + 12 } else { h };
                        prev.end = c.end;
                        prev.kind = NumberKind::TIME;
                        prev.value = Some(Value::Text(format!("T{h:02}:00")));
                        continue;
                    }
                }
            }
            // "Monday 12-4", "6-8 next Monday": hours on a day.
            let hour_range = |x: &Cand| {
                x.kind == NumberKind::CARDINAL
                    && x.qualifier == Qualifier::Range
                    && x.high.is_some_and(|h| h <= 24.0)
                    && x.low.is_some_and(|l| l >= 0.0)
            };
            let dayish = |x: &Cand| {
                x.kind == NumberKind::DATE
                    && (weekday_word(src, x.start) || text_value(&x.value).contains("-WXX-"))
            };
            if gap.is_empty()
                && ((dayish(prev) && hour_range(&c)) || (hour_range(prev) && dayish(&c)))
            {
                let (day, hours) = if dayish(prev) {
                    (prev.clone(), c.clone())
                } else {
                    (c.clone(), prev.clone())
                };
                let dv = text_value(&day.value);
                let (lo, hi) = (
                    hours.low.unwrap_or(0.0) as u32,
                    hours.high.unwrap_or(0.0) as u32,
                );
                prev.value = Some(Value::Text(format!("{dv}T{lo:02}/{dv}T{hi:02}")));
                prev.kind = NumberKind::TIME;
                prev.qualifier = Qualifier::Range;
                prev.end = c.end;
                prev.relative = day.relative;
                continue;
            }
            // "Monday 21", "Mon 13th", "Wednesday the 4th".
            if prev.kind == NumberKind::DATE
                && weekday_word(src, prev.start)
                && matches!(c.kind, NumberKind::CARDINAL | NumberKind::ORDINAL)
                && matches!(gap, "" | "the")
                && !src.lower.get(c.end..).unwrap_or("").starts_with('-')
                && matches!(c.value, Some(Value::Number(d)) if (1.0..=31.0).contains(&d) && d.fract() == 0.0)
            {
                prev.end = c.end;
                continue;
            }
            // "3 days after January 12th", "two weeks before Christmas", "2 days from today".
            if prev.kind == NumberKind::DURATION
                && c.kind == NumberKind::DATE
                && matches!(gap, "from" | "after" | "before")
            {
                let value = format!(
                    "{}{}{}",
                    text_value(&c.value),
                    if gap == "before" { "-" } else { "+" },
                    text_value(&prev.value)
                );
                prev.end = c.end;
                prev.kind = NumberKind::DATE;
                prev.relative = true;
                prev.value = Some(Value::Text(value));
                continue;
            }
        }
        out.push(c);
    }
    // "the 1990s", "in 2014": nothing more. Dates keep their span; qualifiers are added later.
    let _ = PieceKind::Digits;
    out
}

/// Date arithmetic on a value: "2018-05-31+P2D" -> "2018-06-02"; with a reference date,
/// "-P2D" (two days ago) and "+P2W" (in two weeks) become dates. Whole days, weeks, months and
/// years only; anything else is left as it is (`None`).
pub(crate) fn resolve(value: &str, reference: Option<Ymd>) -> Option<String> {
    let (base, sign, dur) =
        if let Some(rest) = value.strip_prefix('+').or_else(|| value.strip_prefix('-')) {
            let sign = if value.starts_with('-') { -1 } else { 1 };
            (reference?, sign, rest)
        } else {
            let k = 10;
            if !matches!(value.as_bytes().get(k), Some(b'+' | b'-')) {
                return None;
            }
            let b = value.get(..k)?;
            if b.len() != 10 {
                return None;
            }
            let y: i64 = b.get(0..4)?.parse().ok()?;
            let m: u32 = b.get(5..7)?.parse().ok()?;
            let d: u32 = b.get(8..10)?.parse().ok()?;
            if !valid(y, m, d) {
                return None;
            }
            let sign = if value[k..].starts_with('-') { -1 } else { 1 };
            ((y, m, d), sign, value.get(k + 1..)?)
        };
    let body = dur.strip_prefix('P')?;
    if body.contains('T') || body.is_empty() {
        return None;
    }
    let (mut days, mut months) = (0i64, 0i64);
    let mut num = String::new();
    for c in body.chars() {
        if c.is_ascii_digit() {
            num.push(c);
            continue;
        }
        let n: i64 = num.parse().ok()?;
        num.clear();
        match c {
            'D' => days += n,
            'W' => days += 7 * n,
            'M' => months += n,
            'Y' => months += 12 * n,
            _ => return None,
        }
    }
    if !num.is_empty() || days.abs() > 3_660_000 || months.abs() > 120_000 {
        return None;
    }
    let total = base.0 * 12 + base.1 as i64 - 1 + sign * months;
    let (y, m) = (total.div_euclid(12), (total.rem_euclid(12) + 1) as u32);
    let d = base.2.min(days_in_month(y, m));
    let day = days_from_civil(y, m, d) + sign * days;
    let r = civil_from_days(day);
    (1000..=2999).contains(&r.0).then(|| ymd(r))
}

fn weekday_word(src: &Src, start: usize) -> bool {
    let i = src.piece_at(start);
    weekday_num(src.p(i)).is_some()
        && src.p(i).len() >= 3
        && (src.p(i).ends_with("day") || src.p(i).len() <= 5)
}

fn text_value(v: &Option<Value>) -> String {
    match v {
        Some(Value::Text(t)) => t.clone(),
        Some(Value::Number(n)) => format!("{n}"),
        None => String::new(),
    }
}

/// The tense of the clause before byte `at` of `t`, from its last few words: `Some(true)` for
/// the future ("will", "'ll", "may", "would", "is due to", "plans to"), `Some(false)` for a verb in the past
/// ("said", "met", "was", "…ed"), `None` when neither is near.
pub(crate) fn tense_before(t: &str, at: usize) -> Option<bool> {
    let mut from = at.saturating_sub(60);
    while !t.is_char_boundary(from) {
        from += 1;
    }
    let before = t.get(from..at)?;
    // Only this clause: after the last sentence or clause break.
    let clause = before
        .rsplit(['.', ';', '!', '?', '"', '“', '”'])
        .next()
        .unwrap_or(before);
    let words: Vec<String> = clause
        .split_whitespace()
        .rev()
        .take(7)
        .map(|word| {
            word.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
                .to_lowercase()
        })
        .collect();
    for (i, w) in words.iter().enumerate().take(6) {
        // A participle after "be" ("may not be reconnected", "will be held") says nothing of
        // time; the auxiliary before it does.
        if words
            .get(i + 1)
            .is_some_and(|b| matches!(b.as_str(), "be" | "been" | "being"))
        {
            continue;
        }
        if matches!(
            w.as_str(),
            "will"
                | "shall"
                | "due"
                | "plans"
                | "expected"
                | "scheduled"
                | "may"
                | "might"
                | "would"
        ) || w.ends_with("'ll")
            || w.ends_with("’ll")
        {
            return Some(true);
        }
        if matches!(
            w.as_str(),
            "said"
                | "met"
                | "was"
                | "were"
                | "told"
                | "took"
                | "came"
                | "went"
                | "held"
                | "spoke"
                | "made"
                | "gave"
                | "left"
                | "won"
                | "lost"
                | "began"
                | "sent"
                | "wrote"
                | "had"
        ) || (w.len() > 4 && w.ends_with("ed"))
        {
            return Some(false);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(civil_from_days(days_from_civil(2018, 7, 16)), (2018, 7, 16));
        assert_eq!(
            weekday(days_from_civil(2025, 8, 6)),
            3,
            "6 August 2025 was a Wednesday"
        );
        assert_eq!(iso_week(days_from_civil(2025, 8, 6)), "2025-W32");
        assert_eq!(
            resolve("2018-05-31+P2D", None).as_deref(),
            Some("2018-06-02")
        );
        assert_eq!(
            resolve("-P2D", Some((2025, 8, 1))).as_deref(),
            Some("2025-07-30")
        );
        assert_eq!(
            resolve("+P1M", Some((2025, 1, 31))).as_deref(),
            Some("2025-02-28")
        );
        assert_eq!(resolve("+PT5M", Some((2025, 1, 31))), None);
        assert_eq!(resolve("-P99999999999Y", Some((2025, 1, 31))), None);
    }
}

/// The word before byte `at` introduces a time of day ("at 9p", "until 11p", "9a-5p").
fn after_time_word(t: &str, at: usize) -> bool {
    let before = t[..at].trim_end();
    if before.ends_with(['-', '–']) {
        return true;
    }
    let word = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    matches!(
        word.as_str(),
        "at" | "by"
            | "until"
            | "till"
            | "til"
            | "from"
            | "before"
            | "after"
            | "around"
            | "about"
            | "to"
            | "and"
            | "between"
            | "since"
    )
}

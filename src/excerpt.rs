//! Pieces of an article's text as the panels show them: a mention in its context, a claim's
//! content as a quotation.

/// A short piece of text around `[start, end)` (byte offsets) for lists of mentions: the words
/// before, the hit and the words after, with runs of white space made one space and kept only
/// where the text has them ("2018.—Reuters" stays as it is written).
pub fn snippet(text: &str, start: usize, end: usize) -> (String, String, String) {
    snippet_within(text, start, end, 60)
}

/// [`snippet`] with `reach` bytes of context on each side.
pub fn snippet_within(
    text: &str,
    start: usize,
    end: usize,
    reach: usize,
) -> (String, String, String) {
    let floor = |mut i: usize| {
        while i > 0 && !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let (start, end) = (floor(start.min(text.len())), floor(end.min(text.len())));
    let before = floor(start.saturating_sub(reach));
    let mut after = (end + reach).min(text.len());
    while after < text.len() && !text.is_char_boundary(after) {
        after += 1;
    }
    let clean = |s: &str| {
        let words = s.split_whitespace().collect::<Vec<_>>().join(" ");
        let lead = if s.starts_with(char::is_whitespace) && !words.is_empty() {
            " "
        } else {
            ""
        };
        let trail = if s.ends_with(char::is_whitespace) && !words.is_empty() {
            " "
        } else {
            ""
        };
        format!("{lead}{words}{trail}")
    };
    (
        clean(&text[before..start]),
        clean(&text[start..end]),
        clean(&text[end..after]),
    )
}

/// A claim's content as a quotation: in curly quotes, unless it already opens with a quote mark.
pub fn quoted(content: &str) -> String {
    if content.starts_with(['"', '“', '‘', '\'', '«', '„']) {
        content.to_string()
    } else {
        format!("“{content}”")
    }
}

/// Who said a claim, in a highlight's description: its speaker's name, or the source as written
/// and "(unresolved)", or "unknown speaker".
pub fn speaker_words(speaker: Option<&str>, source: Option<&str>) -> String {
    match (speaker, source) {
        (Some(name), _) => name.to_string(),
        (None, Some(source)) => format!("“{source}” (unresolved)"),
        (None, None) => "unknown speaker".to_string(),
    }
}

/// The tag drawn before a claim in the article: its speaker's name when resolved; otherwise the
/// source as written, in quotes and shortened ("“a Kremlin aide”"), or "no source". The second
/// value says whether the speaker is resolved, so an unresolved tag can look different.
pub fn speaker_tag(speaker: Option<&str>, source: Option<&str>) -> (String, bool) {
    match (speaker, source.map(str::trim).filter(|s| !s.is_empty())) {
        (Some(name), _) => (name.to_string(), true),
        (None, Some(source)) => {
            let mut short: String = source.chars().take(28).collect();
            if source.chars().count() > 28 {
                // Cut at a word's end where there is one.
                if let Some(space) = short.rfind(' ').filter(|&i| i > 8) {
                    short.truncate(space);
                }
                short = format!("{}…", short.trim_end());
            }
            (format!("“{short}”"), false)
        }
        (None, None) => ("no source".to_string(), false),
    }
}

/// A count with its noun, singular or plural: "1 mention", "23 mentions".
pub fn counted(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// What a label means, in plain words, for people who do not know the tag sets ("GPE").
pub fn label_name(label: &str) -> &'static str {
    match label {
        "PERSON" => "people",
        "ORG" => "organisations",
        "GPE" => "countries, cities, states",
        "LOC" => "other places",
        "NORP" => "nationalities, religious and political groups",
        "FAC" => "buildings, airports, roads",
        "EVENT" => "events",
        "PRODUCT" => "products",
        "LAW" => "laws",
        "WORK_OF_ART" => "titles of works",
        "LANGUAGE" => "languages",
        "CARDINAL" => "counts",
        "ORDINAL" => "ordinals (first, 2nd)",
        "PERCENT" => "percentages",
        "MONEY" => "money",
        "QUANTITY" => "measures",
        "DATE" => "dates",
        "TIME" => "times of day",
        "DURATION" => "durations",
        "direct" => "quotations",
        "indirect" => "reported speech",
        "mixed" => "reported speech with quoted words",
        _ => "other",
    }
}

/// A date or duration value (ISO 8601, as `sift analyze` gives it) in words: "2018-07-16" is
/// "16 July 2018", "XXXX-WXX-5" "a Friday", "P8M" "8 months", "+P1W" "1 week later" (a date
/// relative to the article's own). `None` for a value of another shape, shown as it is.
pub fn readable_time(value: &str) -> Option<String> {
    // "today", "now": no distance from the article's own date.
    if matches!(value, "+P0D" | "-P0D") {
        return Some("the same day".to_string());
    }
    if let Some(rest) = value.strip_prefix('+') {
        return readable_duration(rest).map(|d| format!("{d} later"));
    }
    if let Some(rest) = value.strip_prefix('-') {
        return readable_duration(rest).map(|d| format!("{d} earlier"));
    }
    // A range of durations ("P3W/P5W"): "3 weeks to 5 weeks".
    if let Some((low, high)) = value.split_once('/') {
        if let (Some(low), Some(high)) = (readable_duration(low), readable_duration(high)) {
            return Some(format!("{low} to {high}"));
        }
    }
    readable_duration(value).or_else(|| readable_date(value))
}

/// How exact a number is, in words. A date or time bounded on one side is "or later" ("since
/// December 2019") or "or earlier" ("before 2020"), not "at least" or "at most".
pub fn qualifier_text(n: &sift_core::Number) -> &'static str {
    use sift_core::{NumberKind, Qualifier};
    let moment = matches!(n.kind, NumberKind::DATE | NumberKind::TIME);
    match n.qualifier {
        Qualifier::Exact => "exact",
        Qualifier::About => "about",
        Qualifier::AtLeast if moment => "or later",
        Qualifier::AtMost if moment => "or earlier",
        Qualifier::AtLeast => "at least",
        Qualifier::AtMost => "at most",
        Qualifier::Range => "range",
    }
}

/// Where a number falls when the numbers table is sorted by value. Like is put with like, so that
/// sizes compare: sums of money by currency, then percentages, quantities by unit, counts and
/// ordinals, each by size; then durations by length, dates in time order, anything else last.
pub fn value_order(n: &sift_core::Number) -> (u8, &str, f64) {
    use sift_core::{NumberKind, Value};
    let unit = n.unit.as_deref().unwrap_or("");
    match &n.value {
        Some(Value::Number(v)) => {
            let group = match n.kind {
                NumberKind::MONEY => 0,
                NumberKind::PERCENT => 1,
                NumberKind::QUANTITY => 2,
                NumberKind::ORDINAL => 4,
                _ => 3,
            };
            (group, unit, *v)
        }
        Some(Value::Text(t)) => time_order(t).map_or((7, "", 0.0), |(g, k)| (g + 5, "", k)),
        None => (8, "", 0.0),
    }
}

/// Where a date or duration value (as [`readable_time`] reads it) falls when sorted: durations
/// (0) by their length in days, a relative date's sign included ("-P1W" before "+P1W"); dates (1)
/// by year, month and day, an unknown part counted as 0. `None` for a value of another shape.
pub fn time_order(value: &str) -> Option<(u8, f64)> {
    let (sign, rest) = match value.as_bytes().first() {
        Some(b'+') => (1.0, &value[1..]),
        Some(b'-') => (-1.0, &value[1..]),
        _ => (1.0, value),
    };
    if let Some(period) = rest.strip_prefix('P') {
        let days = duration_fields(period)?
            .into_iter()
            .map(|(n, unit)| n.parse::<f64>().ok().map(|n| n * DURATION_UNITS[unit].1))
            .sum::<Option<f64>>()?;
        return Some((0, sign * days));
    }
    readable_date(value)?;
    // "2018-07-16", "XXXX-07", "XXXX-WXX-5": each part a number, X counted as 0.
    let mut key = 0.0;
    for (i, part) in value.split('-').take(3).enumerate() {
        let digits: String = part.chars().filter(char::is_ascii_digit).collect();
        let n = digits.parse::<f64>().unwrap_or(0.0);
        key += n * [10_000.0, 100.0, 1.0][i];
    }
    Some((1, key))
}

/// The units of an ISO 8601 duration, with their length in days.
const DURATION_UNITS: [(&str, f64); 7] = [
    ("year", 365.25),
    ("month", 30.44),
    ("week", 7.0),
    ("day", 1.0),
    ("hour", 1.0 / 24.0),
    ("minute", 1.0 / 1440.0),
    ("second", 1.0 / 86400.0),
];

/// The fields of an ISO 8601 duration after its "P" ("1Y6M", "T8H"): each number as written,
/// with its unit as an index into [`DURATION_UNITS`]. `None` unless every number has a unit.
fn duration_fields(period: &str) -> Option<Vec<(&str, usize)>> {
    let (date, time) = period.split_once('T').unwrap_or((period, ""));
    let mut fields = Vec::new();
    // "M" is a month before the "T" and a minute after it.
    for (text, letters, first) in [(date, "YMWD", 0), (time, "HMS", 4)] {
        let mut start = 0;
        for (i, c) in text.char_indices() {
            if c.is_ascii_digit() || c == '.' {
                continue;
            }
            let unit = first + letters.find(c)?;
            if start == i {
                return None;
            }
            fields.push((&text[start..i], unit));
            start = i + c.len_utf8();
        }
        if start != text.len() {
            return None;
        }
    }
    Some(fields)
}

fn readable_duration(value: &str) -> Option<String> {
    let fields = duration_fields(value.strip_prefix('P')?)?;
    let parts: Vec<String> = fields
        .into_iter()
        .map(|(number, unit)| {
            let noun = DURATION_UNITS[unit].0;
            if number == "1" {
                format!("1 {noun}")
            } else {
                format!("{number} {noun}s")
            }
        })
        .collect();
    (!parts.is_empty()).then(|| parts.join(" "))
}

fn readable_date(value: &str) -> Option<String> {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    const DAYS: [&str; 7] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    let mut fields = value.split('-');
    let year = fields.next()?;
    let year = match year {
        "XXXX" => None,
        y if y.len() == 4 && y.chars().all(|c| c.is_ascii_digit()) => Some(y),
        _ => return None,
    };
    let second = fields.next();
    let third = fields.next();
    if fields.next().is_some() {
        return None;
    }
    let in_year = |words: String| match year {
        Some(y) => format!("{words} {y}"),
        None => words,
    };
    match (second, third) {
        (None, None) => year.map(str::to_string),
        (Some("WXX"), Some(day)) => {
            let d: usize = day.parse().ok()?;
            DAYS.get(d.checked_sub(1)?).map(|name| format!("a {name}"))
        }
        (Some(month), day) => {
            let m: usize = month.parse().ok()?;
            let name = MONTHS.get(m.checked_sub(1)?)?;
            match day {
                None => Some(in_year(name.to_string())),
                Some(day) => {
                    let d: u32 = day.parse().ok()?;
                    (1..=31)
                        .contains(&d)
                        .then(|| in_year(format!("{d} {name}")))
                }
            }
        }
        (None, Some(_)) => None,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn times_sort_by_length_and_by_date() {
        use super::time_order;
        let mut values = vec!["P3.5Y", "+P1W", "PT3H", "P8M", "-P1W", "P2D", "+P0D"];
        values.sort_by(|a, b| time_order(a).partial_cmp(&time_order(b)).unwrap());
        assert_eq!(
            values,
            ["-P1W", "+P0D", "PT3H", "P2D", "+P1W", "P8M", "P3.5Y"]
        );
        let mut dates = vec!["2018-07-16", "2017", "XXXX-WXX-5", "2018-07", "2018-01-31"];
        dates.sort_by(|a, b| time_order(a).partial_cmp(&time_order(b)).unwrap());
        assert_eq!(
            dates,
            ["XXXX-WXX-5", "2017", "2018-01-31", "2018-07", "2018-07-16"]
        );
        assert!(
            time_order("P8M") < time_order("2017"),
            "durations before dates"
        );
        assert_eq!(time_order("soon"), None);
        assert_eq!(time_order("PXY"), None);
    }

    #[test]
    fn speaker_tags_say_whether_the_speaker_is_known() {
        use super::speaker_tag;
        assert_eq!(
            speaker_tag(Some("Vladimir Putin"), Some("he")),
            ("Vladimir Putin".to_string(), true)
        );
        assert_eq!(speaker_tag(None, Some("he")), ("“he”".to_string(), false));
        assert_eq!(
            speaker_tag(
                None,
                Some("three sources close to the Kremlin who spoke on condition")
            ),
            ("“three sources close to the…”".to_string(), false)
        );
        assert_eq!(speaker_tag(None, None), ("no source".to_string(), false));
        assert_eq!(
            speaker_tag(None, Some(" ")),
            ("no source".to_string(), false)
        );
        assert_eq!(
            super::speaker_words(Some("Vladimir Putin"), Some("he")),
            "Vladimir Putin"
        );
        assert_eq!(super::speaker_words(None, Some("he")), "“he” (unresolved)");
        assert_eq!(super::speaker_words(None, None), "unknown speaker");
    }

    use super::{counted, label_name, quoted, readable_time, snippet};

    #[test]
    fn sorted_by_value_like_goes_with_like() {
        let doc = sift_core::analyze(
            "It cost $30 million, up 12%, and 300 people lost 40 kg; 5 people and €2 million \
             and 7% and $4 billion; it took 8 months in 2019, 3 years in 2018.",
        );
        let mut numbers: Vec<&sift_core::Number> = doc.numbers.iter().collect();
        numbers.sort_by(|a, b| {
            super::value_order(a)
                .partial_cmp(&super::value_order(b))
                .unwrap()
        });
        let texts: Vec<&str> = numbers.iter().map(|n| n.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "€2 million",
                "$30 million",
                "$4 billion",
                "7%",
                "12%",
                "40 kg",
                "5",
                "300",
                "8 months",
                "3 years",
                "2018",
                "2019"
            ]
        );
    }

    #[test]
    fn a_bounded_date_reads_later_or_earlier() {
        let doc = sift_core::analyze(
            "Prices have risen since December 2019, and more than 300 people died before 2021.",
        );
        let words: Vec<(&str, &str)> = doc
            .numbers
            .iter()
            .map(|n| (n.text.as_str(), super::qualifier_text(n)))
            .collect();
        assert_eq!(
            words,
            [
                ("since December 2019", "or later"),
                ("300", "at least"),
                ("before 2021", "or earlier")
            ]
        );
    }

    #[test]
    fn dates_and_durations_in_words() {
        for (value, words) in [
            ("2018-07-16", Some("16 July 2018")),
            ("XXXX-07-16", Some("16 July")),
            ("2018-07", Some("July 2018")),
            ("2018", Some("2018")),
            ("XXXX-WXX-5", Some("a Friday")),
            ("P8M", Some("8 months")),
            ("PT8H", Some("8 hours")),
            ("P1Y6M", Some("1 year 6 months")),
            ("P1W", Some("1 week")),
            ("+P1W", Some("1 week later")),
            ("-P1D", Some("1 day earlier")),
            ("+P0D", Some("the same day")),
            ("P3W/P5W", Some("3 weeks to 5 weeks")),
            ("PXY", None),
            ("2018-13-01", None),
            ("XXXX-WXX-9", None),
            ("T14:30", None),
            ("", None),
        ] {
            assert_eq!(readable_time(value).as_deref(), words, "{value}");
        }
    }

    #[test]
    fn every_label_has_a_plain_name() {
        for label in sift_core::Label::ALL {
            assert_ne!(label_name(label.as_str()), "other", "{}", label.as_str());
        }
        for kind in [
            "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY", "DATE", "TIME", "DURATION",
            "direct", "indirect", "mixed",
        ] {
            assert_ne!(label_name(kind), "other", "{kind}");
        }
    }

    #[test]
    fn a_count_agrees_with_its_noun() {
        assert_eq!(counted(1, "mention"), "1 mention");
        assert_eq!(counted(0, "article"), "0 articles");
        assert_eq!(counted(23, "claim"), "23 claims");
    }

    #[test]
    fn a_snippet_keeps_the_text_s_spacing() {
        let text = "Moscow, July 16, 2018.—Reuters said   the talks   ended.";
        let at = text.find("2018").unwrap();
        let (before, hit, after) = snippet(text, at, at + 4);
        assert_eq!(
            format!("{before}[{hit}]{after}"),
            "Moscow, July 16, [2018].—Reuters said the talks ended."
        );
    }

    #[test]
    fn a_quotation_is_quoted_once() {
        assert_eq!(quoted("\"It seems so,\""), "\"It seems so,\"");
        assert_eq!(quoted("it seems so"), "“it seems so”");
    }
}

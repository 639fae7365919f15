//! Pieces of an article's text as the panels show them: a mention in its context, a claim's
//! content as a quotation.

/// A short piece of text around `[start, end)` (byte offsets) for lists of mentions: the words
/// before, the hit and the words after, with runs of white space made one space and kept only
/// where the text has them ("2018.—Reuters" stays as it is written).
pub fn snippet(text: &str, start: usize, end: usize) -> (String, String, String) {
    let floor = |mut i: usize| {
        while i > 0 && !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let (start, end) = (floor(start.min(text.len())), floor(end.min(text.len())));
    let before = floor(start.saturating_sub(60));
    let mut after = (end + 60).min(text.len());
    while after < text.len() && !text.is_char_boundary(after) {
        after += 1;
    }
    let clean = |s: &str| {
        let words = s.split_whitespace().collect::<Vec<_>>().join(" ");
        let lead = if s.starts_with(char::is_whitespace) && !words.is_empty() { " " } else { "" };
        let trail = if s.ends_with(char::is_whitespace) && !words.is_empty() { " " } else { "" };
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

#[cfg(test)]
mod tests {
    use super::{counted, label_name, quoted, snippet};

    #[test]
    fn every_label_has_a_plain_name() {
        for label in sift_core::Label::ALL {
            assert_ne!(label_name(label.as_str()), "other", "{}", label.as_str());
        }
        for kind in ["CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY", "DATE", "TIME", "DURATION", "direct", "indirect", "mixed"] {
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
        assert_eq!(format!("{before}[{hit}]{after}"), "Moscow, July 16, [2018].—Reuters said the talks ended.");
    }

    #[test]
    fn a_quotation_is_quoted_once() {
        assert_eq!(quoted("\"It seems so,\""), "\"It seems so,\"");
        assert_eq!(quoted("it seems so"), "“it seems so”");
    }
}

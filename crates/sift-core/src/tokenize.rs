//! Tokeniser for news text: words, numbers, abbreviations, quotes, dashes, URLs, e-mail and
//! hashtags, with byte offsets. One linear pass; one regex pass finds URLs, e-mail, hashtags.

use regex::Regex;
use std::ops::Range;
use std::sync::OnceLock;

/// What a token is, as far as the tokeniser can tell without context.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (possibly with digits, internal hyphens or apostrophes): `Trump-Putin`, `F-16`.
    Word,
    /// Starts with a digit: `72`, `1,000`, `3.5`, `3-1/2`, `21st`, `1996-08-22`.
    Number,
    /// An abbreviation with its period: `U.S.`, `Gen.`, `Jr.`, `p.m.`.
    Abbrev,
    /// A quote mark: `"` `“` `”` `‘` `’` `'` `«` `»`.
    Quote,
    /// A dash standing alone: `-` `–` `—` `--`.
    Dash,
    /// Sentence-final punctuation: `.` `!` `?` `...` `…`.
    Terminal,
    /// Any other punctuation or symbol: `,` `:` `(` `%` `$` `€`.
    Punct,
    Url,
    Email,
    /// `#hashtag` or `@handle`.
    Tag,
}

/// A token: its byte range in the text, its kind, and how much whitespace precedes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    /// Whitespace directly before the token.
    pub space_before: bool,
    /// Line breaks in the whitespace directly before the token (1: new line; 2+: new paragraph),
    /// counted up to 65,535 (a u16 keeps a token at 12 bytes in wasm; tokens are the largest list
    /// that lives through the whole analysis).
    pub newlines_before: u16,
}

impl Token {
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

/// Words that take a period as part of themselves (compared lower-case, without the period).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm",
    "cmdr", "sen", "rep", "gov", "pres", "amb", "rev", "hon", "jr", "sr", "st", "mt", "ft", "inc",
    "corp", "co", "ltd", "llc", "plc", "bros", "vs", "v", "etc", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos", "approx", "dept", "est", "fig",
    "gov", "govt", "assn", "ave", "blvd", "rd", "univ", "e.g", "i.e", "a.m", "p.m", "u.s", "u.k",
    "u.n", "d.c", "mass", "calif", "fla", "ill", "ind", "mich", "minn", "penn", "tenn", "tex",
    "wash", "wis", "ariz", "colo", "conn", "okla", "ore", "va", "ga", "la", "md", "mo", "nev",
    "pa",
];

/// Whether `word.` is an abbreviation here, where `lower` is `word` lower-cased and `after` the
/// text after its period. Some of `ABBREVIATIONS` are also words that end sentences: "said no.",
/// "fell ill.", "critical mass.". "No." and "Fig." number something ("No. 10"); the states are
/// written with a capital ("Chicago, Ill.,").
fn is_abbreviation(word: &str, lower: &str, after: &str) -> bool {
    ABBREVIATIONS.contains(&lower)
        && match lower {
            "no" | "nos" | "fig" => after.trim_start().starts_with(|c: char| c.is_ascii_digit()),
            "mass" | "ill" | "ind" | "wash" | "ore" => word.starts_with(char::is_uppercase),
            _ => true,
        }
}

/// A party and a state, as US news writes them after a lawmaker's name: "r-ky", "d-calif",
/// "d-n.y".
fn is_party_state(lower_without_period: &str) -> bool {
    let b = lower_without_period.as_bytes();
    b.len() >= 4
        && b.len() <= 7
        && matches!(b[0], b'r' | b'd' | b'i')
        && b[1] == b'-'
        && b[2].is_ascii_lowercase()
        && b[2..].iter().all(|&c| c.is_ascii_lowercase() || c == b'.')
}

/// A party and state abbreviation as a whole: "R-Ky.", "D-N.Y.".
pub(crate) fn is_party_state_abbrev(text: &str) -> bool {
    text.strip_suffix('.')
        .is_some_and(|t| t.is_ascii() && is_party_state(&t.to_ascii_lowercase()))
}

fn specials() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?x)
            (?P<url>(?:https?://|www\.)[^\s<>]+)
          | (?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)
          | (?P<tag>[\#@]\w+)",
        )
        .expect("valid regex")
    })
}

fn is_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '“' | '”' | '‘' | '’' | '\'' | '«' | '»' | '„' | '‟' | '‹' | '›'
    )
}

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—' | '‒' | '―' | '−')
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining(c)
}

fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// Splits `text` into tokens. Never fails; every byte that is not whitespace belongs to exactly
/// one token, and tokens are in text order.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    let mut special_iter = specials().captures_iter(text).filter_map(|caps| {
        let (m, kind) = if let Some(m) = caps.name("url") {
            (m, TokenKind::Url)
        } else if let Some(m) = caps.name("email") {
            (m, TokenKind::Email)
        } else {
            (caps.name("tag")?, TokenKind::Tag)
        };
        let mut end = m.end();
        if kind == TokenKind::Url {
            // Sentence punctuation after a URL is not part of it.
            let trimmed = m
                .as_str()
                .trim_end_matches(['.', ',', ';', ':', '!', '?', ')', '"', '\'', '”', '’']);
            end = m.start() + trimmed.len();
        }
        Some((m.start(), end, kind))
    });
    let mut next_special = special_iter.next();

    let bytes = text.as_bytes();
    let mut i = 0;
    let mut space_before = false;
    let mut newlines_before = 0u16;
    while i < text.len() {
        let c = text[i..].chars().next().unwrap_or(' ');
        // A byte-order mark ("\u{FEFF}John Smith said" from a Windows file) and zero-width
        // spaces separate words as a space does.
        if c.is_whitespace() || matches!(c, '\u{FEFF}' | '\u{200B}' | '\u{2060}') {
            space_before = true;
            if c == '\n' {
                newlines_before = newlines_before.saturating_add(1);
            }
            i += c.len_utf8();
            continue;
        }
        // A tag must start a word: "a#b" is not a hashtag.
        while let Some((s, _, _)) = next_special {
            if s < i {
                next_special = special_iter.next();
            } else {
                break;
            }
        }
        let mut push = |start: usize, end: usize, kind: TokenKind, tokens: &mut Vec<Token>| {
            tokens.push(Token {
                start,
                end,
                kind,
                space_before,
                newlines_before,
            });
            space_before = false;
            newlines_before = 0;
        };
        if let Some((s, e, kind)) = next_special {
            if s == i
                && e > s
                && (kind != TokenKind::Tag || tokens.last().is_none_or(|t: &Token| t.end < i))
            {
                push(s, e, kind, &mut tokens);
                i = e;
                next_special = special_iter.next();
                continue;
            }
        }
        if is_word_char(c) {
            let start = i;
            let end = scan_word(text, i);
            let word = &text[start..end];
            let kind = if c.is_ascii_digit() || c.is_numeric() {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
            // Split a trailing possessive or contraction: "Russia's" -> "Russia" "'s", "don't" -> "do" "n't".
            let split = possessive_split(word);
            match split {
                Some(at) if at > 0 => {
                    push(start, start + at, kind, &mut tokens);
                    push(start + at, end, TokenKind::Word, &mut tokens);
                    i = end;
                    continue;
                }
                _ => {}
            }
            // Abbreviations: "U.S.", "p.m." (letter-period runs) and known words before a period.
            if bytes.get(end) == Some(&b'.') && kind == TokenKind::Word {
                let abbrev_end = scan_letter_periods(text, start);
                if abbrev_end > end + 1 {
                    push(start, abbrev_end, TokenKind::Abbrev, &mut tokens);
                    i = abbrev_end;
                    continue;
                }
                let lower = word.to_lowercase();
                let single_capital = word.chars().count() == 1 && c.is_uppercase();
                // "Mitch McConnell, R-Ky., said": a party and state keep their period before a
                // comma or bracket (at a sentence's end it stays a full stop).
                let party_state =
                    matches!(bytes.get(end + 1), Some(b',' | b')')) && is_party_state(&lower);
                // "(D-N.Y.)", "R-S.C.,": a state of two letters written with periods.
                let dotted_state = matches!(lower.as_bytes(), [b'r' | b'd' | b'i', b'-', c] if c.is_ascii_lowercase())
                    && bytes.get(end + 1).is_some_and(u8::is_ascii_alphabetic)
                    && bytes.get(end + 2) == Some(&b'.')
                    && matches!(bytes.get(end + 3), Some(b',' | b')'));
                if dotted_state {
                    push(start, end + 3, TokenKind::Abbrev, &mut tokens);
                    i = end + 3;
                    continue;
                }
                if is_abbreviation(word, &lower, &text[end + 1..]) || single_capital || party_state
                {
                    push(start, end + 1, TokenKind::Abbrev, &mut tokens);
                    i = end + 1;
                    continue;
                }
            }
            push(start, end, kind, &mut tokens);
            i = end;
            continue;
        }
        let start = i;
        let clen = c.len_utf8();
        if c == '.' && text[i..].starts_with("...") {
            let end = i + text[i..].bytes().take_while(|&b| b == b'.').count();
            push(start, end, TokenKind::Terminal, &mut tokens);
            i = end;
        } else if matches!(c, '.' | '!' | '?' | '…') {
            push(start, i + clen, TokenKind::Terminal, &mut tokens);
            i += clen;
        } else if is_quote(c) {
            push(start, i + clen, TokenKind::Quote, &mut tokens);
            i += clen;
        } else if is_dash(c) {
            let mut end = i + clen;
            if c == '-' && text[end..].starts_with('-') {
                end += 1;
            }
            push(start, end, TokenKind::Dash, &mut tokens);
            i = end;
        } else {
            push(start, i + clen, TokenKind::Punct, &mut tokens);
            i += clen;
        }
    }
    // The capacity was a guess; the list lives through the whole analysis.
    tokens.shrink_to_fit();
    tokens
}

/// Scans a word from `start`: word characters, joined by internal hyphens and apostrophes
/// (`Trump-Putin`, `O'Brien`), and between digits by `. , : /` (`1,000.5`, `3:30`, `3-1/2`).
/// Also `AT&T`.
fn scan_word(text: &str, start: usize) -> usize {
    let mut end = start;
    let mut prev: Option<char> = None;
    let mut chars = text[start..].char_indices().peekable();
    while let Some((off, c)) = chars.next() {
        if is_word_char(c) {
            end = start + off + c.len_utf8();
            prev = Some(c);
            continue;
        }
        let next = chars.peek().map(|&(_, n)| n);
        let Some(p) = prev else { break };
        let Some(n) = next else { break };
        let joins = match c {
            '-' | '‑' => is_word_char(n),
            '\'' | '’' => p.is_alphabetic() && n.is_alphabetic(),
            '.' | ',' | ':' => p.is_ascii_digit() && n.is_ascii_digit(),
            '/' => p.is_ascii_digit() && n.is_ascii_digit(),
            '&' => p.is_uppercase() && n.is_uppercase(),
            _ => false,
        };
        if !joins {
            break;
        }
        prev = Some(c);
    }
    end
}

/// `U.S.`, `U.S.A.`, `p.m.`, `e.g.`: single letters each followed by a period. Returns the end of
/// the run (or `start` when there is none).
fn scan_letter_periods(text: &str, start: usize) -> usize {
    let b = text.as_bytes();
    let mut i = start;
    let mut count = 0;
    while i + 1 < b.len() && b[i].is_ascii_alphabetic() && b[i + 1] == b'.' {
        // The letter must stand alone: "Gen." is not a letter run.
        if i > start && b[i - 1].is_ascii_alphabetic() {
            break;
        }
        i += 2;
        count += 1;
        if i < b.len()
            && b[i].is_ascii_alphabetic()
            && b.get(i + 1).is_some_and(|c| c.is_ascii_alphabetic())
        {
            break;
        }
    }
    if count >= 2 {
        i
    } else {
        start
    }
}

/// Where to split a clitic off a word: "'s", "’s", "n't", "'re", "'ve", "'ll", "'d", "'m".
fn possessive_split(word: &str) -> Option<usize> {
    // Every clitic has an apostrophe: most words need no lower-casing at all.
    if !word.contains(['\'', '’']) {
        return None;
    }
    let lower = word.to_lowercase();
    if lower.len() != word.len() {
        return None;
    }
    for suffix in ["n't", "n’t"] {
        if lower.ends_with(suffix) && lower.len() > suffix.len() + 1 {
            return Some(word.len() - suffix.len());
        }
    }
    for suffix in [
        "'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m",
    ] {
        if lower.ends_with(suffix) && lower.len() > suffix.len() {
            return Some(word.len() - suffix.len());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn news_tokens() {
        assert_eq!(
            toks("U.S. President Donald Trump and Russia's Putin met in Helsinki, Finland July 16, 2018.—Reuters"),
            vec![
                "U.S.", "President", "Donald", "Trump", "and", "Russia", "'s", "Putin", "met", "in", "Helsinki", ",",
                "Finland", "July", "16", ",", "2018", ".", "—", "Reuters"
            ]
        );
        assert_eq!(
            toks("a 3-1/2-year war, 1,000.5 km"),
            vec!["a", "3-1/2-year", "war", ",", "1,000.5", "km"]
        );
        assert_eq!(
            toks("Ukraine’s “Trump-Putin” talks"),
            vec!["Ukraine", "’s", "“", "Trump-Putin", "”", "talks"]
        );
        assert_eq!(
            toks("Gen. Smith Jr. said: don't"),
            vec!["Gen.", "Smith", "Jr.", "said", ":", "do", "n't"]
        );
        assert_eq!(
            toks("see https://example.com/a?b=1. Mail me@x.org #Ukraine"),
            vec![
                "see",
                "https://example.com/a?b=1",
                ".",
                "Mail",
                "me@x.org",
                "#Ukraine"
            ]
        );
        assert_eq!(
            toks("25% of $75 million"),
            vec!["25", "%", "of", "$", "75", "million"]
        );
    }

    #[test]
    fn a_party_and_state_keep_their_period_before_a_comma_only() {
        let text =
            "Mitch McConnell, R-Ky., said it. So did Rand Paul, R-Ky. The vote (D-Calif.) failed.";
        let tokens = tokenize(text);
        let find = |s: &str| tokens.iter().find(|t| t.text(text) == s).map(|t| t.kind);
        assert_eq!(find("R-Ky."), Some(TokenKind::Abbrev));
        assert_eq!(find("D-Calif."), Some(TokenKind::Abbrev));
        // At a sentence's end the period is a full stop.
        assert_eq!(tokens.iter().filter(|t| t.text(text) == "R-Ky").count(), 1);
    }

    #[test]
    fn paragraphs_are_recorded() {
        let t = tokenize("One.\n\nTwo");
        assert_eq!(t[2].newlines_before, 2);
        assert!(t[2].space_before);
        // More line breaks than the count holds: it stops at the most, still a paragraph break.
        let t = tokenize(&format!("One.{}Two", "\n".repeat(70_000)));
        assert_eq!(t[2].newlines_before, u16::MAX);
    }

    #[test]
    fn odd_input_never_panics() {
        for text in [
            "",
            " ",
            "'",
            "’s",
            "U.",
            "...",
            "-",
            "a.b.c.",
            "#",
            "@@",
            "1,",
            "x'",
            "é\u{301}",
        ] {
            let tokens = tokenize(text);
            for t in &tokens {
                assert!(
                    t.start < t.end
                        && text.is_char_boundary(t.start)
                        && text.is_char_boundary(t.end)
                );
            }
        }
    }
}

//! Sentence splitting over tokens.

use crate::tokenize::{Token, TokenKind};
use std::ops::Range;

/// A sentence as a range of token indices.
pub type SentenceTokens = Range<usize>;

/// Whether the token at `j` (after a sentence's terminal) closes it: a closing quote mark or
/// bracket. A straight quote mark with a space before it and a word right after it opens the
/// next sentence instead (`he said. "Let me talk."`, `Mr. Lou said. ''So it is hard''`).
fn is_closing(tokens: &[Token], j: usize, text: &str) -> bool {
    let tok = &tokens[j];
    if tok.kind == TokenKind::Quote && tok.space_before && matches!(tok.text(text), "\"" | "'") {
        let mut k = j + 1;
        while k < tokens.len() && tokens[k].kind == TokenKind::Quote && !tokens[k].space_before {
            k += 1;
        }
        if tokens.get(k).is_some_and(|t| {
            !t.space_before
                && t.newlines_before == 0
                && matches!(t.kind, TokenKind::Word | TokenKind::Number)
        }) {
            return false;
        }
    }
    match tok.kind {
        TokenKind::Quote => matches!(tok.text(text), "\"" | "”" | "’" | "'" | "»"),
        TokenKind::Punct => matches!(tok.text(text), ")" | "]"),
        _ => false,
    }
}

fn starts_sentence(tok: &Token, text: &str) -> bool {
    let first = tok.text(text).chars().next().unwrap_or(' ');
    first.is_uppercase()
        || first.is_numeric()
        || matches!(tok.kind, TokenKind::Quote | TokenKind::Dash)
        || matches!(first, '(' | '[')
}

/// Whether `text` is hard-wrapped (a text file broken at about 70 characters, an e-mail): of the
/// lines followed by another line of the same paragraph, at least three, and four in five of
/// them 40 to 100 characters long. Then a single line break is a space, whatever the words
/// around it ("President William\nRuto", "…stranded,\"\nKindiki told"). Text with a paragraph
/// on each line has longer lines; lists and verse have shorter ones.
pub(crate) fn hard_wrapped(text: &str) -> bool {
    let mut lines = text
        .split('\n')
        .map(|l| l.trim_end_matches('\r'))
        .peekable();
    let (mut inner, mut wrapped) = (0usize, 0usize);
    while let Some(line) = lines.next() {
        let continued = lines.peek().is_some_and(|next| !next.trim().is_empty());
        if line.trim().is_empty() || !continued {
            continue;
        }
        inner += 1;
        if (40..=100).contains(&line.chars().count()) {
            wrapped += 1;
        }
    }
    inner >= 3 && wrapped * 5 >= inner * 4
}

/// Whether a single line break before token `i` only wraps a line, inside a sentence: the line
/// before does not end a sentence and the next goes on in lower case, or the line before stops
/// where no sentence can, on a lower-case word ("… at least 72 people\nhad been killed", "… and\nVladimir
/// Putin"; a headline's "… Believe In\nJohn Kasich said" still ends).
/// A hard-wrapped text file and the source of an HTML paragraph break lines this way.
/// In a hard-wrapped text (`hard_wrapped`), every single line break does.
pub(crate) fn wraps_line(tokens: &[Token], i: usize, text: &str, hard_wrapped: bool) -> bool {
    let (Some(prev), Some(next)) = (i.checked_sub(1).map(|p| &tokens[p]), tokens.get(i)) else {
        return false;
    };
    if next.newlines_before != 1 {
        return false;
    }
    if hard_wrapped {
        return true;
    }
    if matches!(prev.kind, TokenKind::Terminal) {
        return false;
    }
    let before = prev.text(text);
    let lower_next = next.kind == TokenKind::Word
        && next
            .text(text)
            .chars()
            .next()
            .is_some_and(char::is_lowercase);
    let open_end = before == ","
        || matches!(
            before,
            "the"
                | "a"
                | "an"
                | "of"
                | "and"
                | "or"
                | "to"
                | "that"
                | "in"
                | "on"
                | "for"
                | "with"
                | "by"
                | "at"
                | "from"
                | "said"
                | "says"
                | "told"
        );
    (lower_next
        && matches!(
            prev.kind,
            TokenKind::Word | TokenKind::Number | TokenKind::Punct | TokenKind::Quote
        ))
        || open_end
}

/// Splits tokens into sentences: after terminal punctuation (and any closing quotes or brackets)
/// when the next token can start a sentence, and at a line break unless it only wraps a line
/// ([`wraps_line`]).
pub fn split(text: &str, tokens: &[Token]) -> Vec<SentenceTokens> {
    let mut sentences = Vec::new();
    let mut start = 0;
    let mut i = 0;
    let hard = hard_wrapped(text);
    while i < tokens.len() {
        if i > start && tokens[i].newlines_before > 0 && !wraps_line(tokens, i, text, hard) {
            sentences.push(start..i);
            start = i;
        }
        let tok = &tokens[i];
        let ends = match tok.kind {
            TokenKind::Terminal => true,
            // "in the U.S. The..." : an abbreviation ends a sentence only before a line break,
            // or when what follows cannot continue it; "U.S." and "Jr." before a capital usually
            // continue.
            _ => false,
        };
        if ends {
            let mut j = i + 1;
            while j < tokens.len() && is_closing(tokens, j, text) && tokens[j].newlines_before == 0
            {
                j += 1;
            }
            let at_end = j >= tokens.len();
            if at_end || tokens[j].newlines_before > 0 || starts_sentence(&tokens[j], text) {
                sentences.push(start..j);
                start = j;
                i = j;
                continue;
            }
        }
        i += 1;
    }
    if start < tokens.len() {
        sentences.push(start..tokens.len());
    }
    sentences
}

#[cfg(test)]
mod tests {

    #[test]
    fn hard_wrapped_texts_are_told_apart() {
        let wrapped = "Officials in Nairobi said on Monday that floods had killed at least 38\n\
                       people and displaced more than 20,000 families across Kenya, as the\n\
                       Kenya Meteorological Department warned that heavy rains would continue\n\
                       for another two weeks. Interior Minister Kithure Kindiki said the\n\
                       government had released 1.5 billion shillings for emergency relief.\n";
        assert!(super::hard_wrapped(wrapped));
        assert!(super::hard_wrapped(&wrapped.replace('\n', "\r\n")));
        // A paragraph a line, a list, a headline over a short text: not wrapped.
        let paragraphs = format!(
            "{}\n{}\n{}\n",
            wrapped.replace('\n', " "),
            wrapped.replace('\n', " "),
            wrapped.replace('\n', " ")
        );
        assert!(!super::hard_wrapped(&paragraphs));
        assert!(!super::hard_wrapped(
            "Talks\n- Putin\n- Trump\n- Zelenskiy\n- Witkoff\n"
        ));
        assert!(!super::hard_wrapped(
            "Trump warns Russia\n\nPutin met Trump in Helsinki."
        ));
    }

    use super::*;
    use crate::tokenize::tokenize;

    fn sents(text: &str) -> Vec<String> {
        let tokens = tokenize(text);
        split(text, &tokens)
            .into_iter()
            .map(|r| text[tokens[r.start].start..tokens[r.end - 1].end].to_string())
            .collect()
    }

    #[test]
    fn a_line_break_inside_a_sentence_only_wraps_it() {
        assert_eq!(
            sents("Zelenskiy said that at least 72 people\nhad been killed, and\nVladimir Putin agreed. He left.\nThe end"),
            vec![
                "Zelenskiy said that at least 72 people\nhad been killed, and\nVladimir Putin agreed.",
                "He left.",
                "The end"
            ]
        );
        // A headline ends at its line, in title case or not; a blank line always ends.
        assert_eq!(
            sents("Values Americans Believe In\nJohn Kasich said so.\nMarkets rally\nThe Dow rose,\n\nthen fell."),
            vec!["Values Americans Believe In", "John Kasich said so.", "Markets rally", "The Dow rose,", "then fell."]
        );
    }

    #[test]
    fn words_that_are_also_abbreviations_end_sentences() {
        assert_eq!(
            sents("Asked again, he said no. But he left. She fell ill. Doctors came."),
            vec![
                "Asked again, he said no.",
                "But he left.",
                "She fell ill.",
                "Doctors came."
            ]
        );
        assert_eq!(
            sents("He lives at No. 10 Downing St. in London. Dr. Fox of Chicago, Ill., spoke."),
            vec![
                "He lives at No. 10 Downing St. in London.",
                "Dr. Fox of Chicago, Ill., spoke."
            ]
        );
    }

    #[test]
    fn splits_news() {
        assert_eq!(
            sents("The U.S. President spoke. “It is done,” he said. Gen. Smith agreed!\nNew line"),
            vec![
                "The U.S. President spoke.",
                "“It is done,” he said.",
                "Gen. Smith agreed!",
                "New line"
            ]
        );
        assert_eq!(
            sents("He said: “Yes.” Then left."),
            vec!["He said: “Yes.”", "Then left."]
        );
        assert!(sents("").is_empty());
        // A straight quote mark after the full stop opens the next sentence when a word follows
        // it directly; it closes the sentence when a space does.
        assert_eq!(
            sents("Trump shot back. \"Let me talk.\" Bush smiled."),
            vec!["Trump shot back.", "\"Let me talk.\"", "Bush smiled."]
        );
        assert_eq!(
            sents("it once did, Mr. Lou said. ''So it is hard.'' He left."),
            vec![
                "it once did, Mr. Lou said.",
                "''So it is hard.''",
                "He left."
            ]
        );
        assert_eq!(
            sents("He said \"yes.\" Then left."),
            vec!["He said \"yes.\"", "Then left."]
        );
    }
}

//! Claims: quotations and reported speech, with their cue verb, source and speaker.
//!
//! First version: quote-mark pairs and "X said (that) …" sentences; the source is looked for
//! next to the cue, and pronouns resolve to the nearest earlier person.

use crate::document::{text_span, Claim, ClaimKind, Entity, Label, Number, SourceType};
use crate::tokenize::TokenKind;
use crate::Context;

const CUES: &[&str] = &[
    "said", "says", "say", "told", "tells", "added", "adds", "warned", "wrote", "posted", "stressed",
    "called", "reported", "reports", "believes", "believed", "insisted", "urged", "confirmed",
    "announced", "claimed", "argued", "explained", "noted", "asked", "replied", "declared",
];

const PRONOUNS: &[&str] = &["he", "she", "they", "He", "She", "They"];

const HEDGES: &[&str] = &["may", "might", "could", "would", "possibly", "perhaps", "unlikely", "likely", "reportedly"];

fn is_open_quote(s: &str) -> bool {
    matches!(s, "“" | "\"" | "«" | "‘")
}

fn is_close_quote(s: &str) -> bool {
    matches!(s, "”" | "\"" | "»")
}

/// Finds claims (byte offsets).
pub fn recognize(cx: &Context, entities: &[Entity], numbers: &[Number]) -> Vec<Claim> {
    let mut claims = Vec::new();
    let toks = cx.tokens;
    // Direct quotations: a quote mark opening, up to the matching close (or paragraph end).
    let mut i = 0;
    while i < toks.len() {
        let t = cx.token_text(i);
        if toks[i].kind != TokenKind::Quote || !is_open_quote(t) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < toks.len() && !(toks[j].kind == TokenKind::Quote && is_close_quote(cx.token_text(j))) {
            if toks[j].newlines_before > 0 {
                break;
            }
            j += 1;
        }
        if j == i + 1 {
            i += 1;
            continue;
        }
        let content_end = if j < toks.len() && is_close_quote(cx.token_text(j)) { j } else { j };
        let content = (toks[i + 1].start, toks[content_end - 1].end);
        let words = content_end - (i + 1);
        // Short capitalised quotations ("Kudlow") are titles or scare quotes, not claims.
        if words <= 1 {
            i = j + 1;
            continue;
        }
        let sentence = cx.sentences.iter().find(|s| s.contains(&i)).cloned().unwrap_or(i..j);
        let cue_tok = (j + 1..sentence.end.max(j + 1).min(toks.len()))
            .chain((sentence.start..i).rev())
            .find(|&k| k < toks.len() && CUES.contains(&cx.token_text(k)));
        let (cue, source, speaker, source_type) = attribute(cx, entities, cue_tok);
        push_claim(cx, numbers, &mut claims, ClaimKind::Direct, vec![content], cue, source, speaker, source_type);
        i = j + 1;
    }
    // Reported speech: "<Source> said (that) <content>." in sentences without quote marks.
    for sentence in cx.sentences {
        if sentence.clone().any(|k| toks[k].kind == TokenKind::Quote && cx.token_text(k) != "’") {
            continue;
        }
        let Some(cue_tok) = sentence.clone().find(|&k| CUES.contains(&cx.token_text(k))) else { continue };
        if cue_tok == sentence.start || cue_tok + 1 >= sentence.end {
            continue;
        }
        let mut c_start = cue_tok + 1;
        if cx.token_text(c_start) == "that" {
            c_start += 1;
        }
        let mut c_end = sentence.end;
        while c_end > c_start && matches!(toks[c_end - 1].kind, TokenKind::Terminal) {
            c_end -= 1;
        }
        if c_end <= c_start + 2 {
            continue;
        }
        let content = (toks[c_start].start, toks[c_end - 1].end);
        let (cue, source, speaker, source_type) = attribute(cx, entities, Some(cue_tok));
        if source.is_none() {
            continue;
        }
        push_claim(cx, numbers, &mut claims, ClaimKind::Indirect, vec![content], cue, source, speaker, source_type);
    }
    claims.sort_by_key(|c| (c.start, c.end));
    claims
}

type Attribution = (Option<(usize, usize)>, Option<(usize, usize)>, Option<String>, SourceType);

/// Finds the source next to a cue token: an entity or pronoun just before or just after it.
fn attribute(cx: &Context, entities: &[Entity], cue_tok: Option<usize>) -> Attribution {
    let Some(k) = cue_tok else { return (None, None, None, SourceType::None) };
    let toks = cx.tokens;
    let cue = (toks[k].start, toks[k].end);
    // Entity ending right before the cue, or starting right after it.
    let before = entities.iter().rev().find(|e| e.end <= cue.0 && cue.0 - e.end <= 2);
    let after = entities.iter().find(|e| e.start >= cue.1 && e.start - cue.1 <= 2);
    if let Some(e) = before.or(after) {
        let st = if e.label == Label::PERSON { SourceType::NamedPerson } else { SourceType::Organisation };
        return (Some(cue), Some((e.start, e.end)), Some(e.entity.clone()), st);
    }
    let pron = [k.checked_sub(1), Some(k + 1)]
        .into_iter()
        .flatten()
        .find(|&p| p < toks.len() && PRONOUNS.contains(&cx.token_text(p)));
    if let Some(p) = pron {
        let at = toks[p].start;
        let speaker = entities.iter().rev().find(|e| e.end <= at && e.label == Label::PERSON).map(|e| e.entity.clone());
        return (Some(cue), Some((toks[p].start, toks[p].end)), speaker, SourceType::NamedPerson);
    }
    (Some(cue), None, None, SourceType::None)
}

#[allow(clippy::too_many_arguments)]
fn push_claim(
    cx: &Context,
    numbers: &[Number],
    claims: &mut Vec<Claim>,
    kind: ClaimKind,
    content: Vec<(usize, usize)>,
    cue: Option<(usize, usize)>,
    source: Option<(usize, usize)>,
    speaker: Option<String>,
    source_type: SourceType,
) {
    let mut start = usize::MAX;
    let mut end = 0;
    for &(s, e) in content.iter().chain(cue.iter()).chain(source.iter()) {
        start = start.min(s);
        end = end.max(e);
    }
    if start > end {
        return;
    }
    let hedges: Vec<String> = content
        .iter()
        .flat_map(|&(s, e)| cx.text[s..e].split(|c: char| !c.is_alphanumeric()))
        .filter(|w| HEDGES.contains(w))
        .map(str::to_string)
        .collect();
    let has_numbers = numbers.iter().any(|n| content.iter().any(|&(s, e)| n.start >= s && n.end <= e));
    claims.push(Claim {
        start,
        end,
        text: text_span(cx.text, start, end).text,
        kind,
        cue: cue.map(|(s, e)| text_span(cx.text, s, e)),
        source: source.map(|(s, e)| text_span(cx.text, s, e)),
        content: content.into_iter().map(|(s, e)| text_span(cx.text, s, e)).collect(),
        speaker,
        source_type,
        hedges,
        has_numbers,
    });
}

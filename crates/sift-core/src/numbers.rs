//! Numbers: counts, percentages, money, quantities, dates and durations, with their values.
//!
//! First version: digit-led tokens with a currency sign, percent, scale word, month name or
//! qualifier around them.

use crate::document::{text_span, Entity, Number, NumberKind, Qualifier, Value};
use crate::tokenize::TokenKind;
use crate::Context;

const MONTHS: &[&str] = &[
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
];

fn scale(word: &str) -> Option<f64> {
    Some(match word.to_ascii_lowercase().as_str() {
        "thousand" => 1e3,
        "million" | "mln" | "m" => 1e6,
        "billion" | "bn" | "b" => 1e9,
        "trillion" | "tn" => 1e12,
        _ => return None,
    })
}

fn parse_number(s: &str) -> Option<f64> {
    s.replace(',', "").parse::<f64>().ok()
}

fn currency(sym: &str) -> Option<&'static str> {
    Some(match sym {
        "$" => "USD",
        "€" => "EUR",
        "£" => "GBP",
        "¥" => "JPY",
        "₽" => "RUB",
        _ => return None,
    })
}

fn qualifier_before(words: &[&str]) -> Qualifier {
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let last2 = lower.iter().rev().take(2).rev().cloned().collect::<Vec<_>>().join(" ");
    let last1 = lower.last().cloned().unwrap_or_default();
    match (last2.as_str(), last1.as_str()) {
        ("at least", _) | ("more than", _) | ("over", _) | (_, "over") => Qualifier::AtLeast,
        ("at most", _) | ("less than", _) | ("fewer than", _) | ("up to", _) | (_, "nearly") | (_, "almost") => {
            Qualifier::AtMost
        }
        (_, "about") | (_, "around") | (_, "some") | (_, "approximately") | (_, "roughly") => Qualifier::About,
        _ => Qualifier::Exact,
    }
}

/// Finds numbers (byte offsets).
pub fn recognize(cx: &Context, _entities: &[Entity]) -> Vec<Number> {
    let mut out = Vec::new();
    let toks = cx.tokens;
    let mut i = 0;
    while i < toks.len() {
        if toks[i].kind != TokenKind::Number {
            i += 1;
            continue;
        }
        let word = cx.token_text(i);
        let mut start_tok = i;
        let mut end_tok = i + 1;
        let mut kind = NumberKind::CARDINAL;
        let mut unit = None;
        let mut value = parse_number(word).map(Value::Number);
        let lower = word.to_lowercase();
        if ["st", "nd", "rd", "th"].iter().any(|s| lower.ends_with(s)) && lower.len() > 2 {
            kind = NumberKind::ORDINAL;
            value = parse_number(&lower[..lower.len() - 2]).map(Value::Number);
        }
        if i > 0 {
            if let Some(code) = currency(cx.token_text(i - 1)) {
                kind = NumberKind::MONEY;
                unit = Some(code.to_string());
                start_tok = i - 1;
            }
        }
        let next = toks.get(end_tok).map(|_| cx.token_text(end_tok)).unwrap_or("");
        if let (Some(s), Some(Value::Number(v))) = (scale(next), value.clone()) {
            if toks[end_tok].space_before || kind == NumberKind::MONEY {
                value = Some(Value::Number(v * s));
                end_tok += 1;
            }
        }
        let next = toks.get(end_tok).map(|_| cx.token_text(end_tok)).unwrap_or("");
        if next == "%" || next.eq_ignore_ascii_case("percent") || next.eq_ignore_ascii_case("per") {
            kind = NumberKind::PERCENT;
            unit = Some("%".to_string());
            end_tok += if next.eq_ignore_ascii_case("per") { 2 } else { 1 };
        }
        let prev = if i > 0 { cx.token_text(i - 1) } else { "" };
        if MONTHS.contains(&prev) && start_tok == i {
            kind = NumberKind::DATE;
            start_tok = i - 1;
            if cx.tokens.get(end_tok).is_some() && cx.token_text(end_tok) == "," {
                if let Some(y) = toks.get(end_tok + 1) {
                    if y.kind == TokenKind::Number && y.end - y.start == 4 {
                        end_tok += 2;
                    }
                }
            }
            value = None;
        } else if kind == NumberKind::CARDINAL && word.len() == 4 && (word.starts_with("19") || word.starts_with("20")) {
            kind = NumberKind::DATE;
            value = Some(Value::Text(word.to_string()));
        }
        let end_tok = end_tok.min(toks.len());
        let before: Vec<&str> = (i.saturating_sub(2)..start_tok).map(|k| cx.token_text(k)).collect();
        let qualifier = qualifier_before(&before);
        let counted = toks.get(end_tok).and_then(|t| {
            let w = t.text(cx.text);
            (t.kind == TokenKind::Word && w.chars().all(|c| c.is_lowercase()) && matches!(kind, NumberKind::CARDINAL))
                .then(|| w.to_string())
        });
        let (start, end) = (toks[start_tok].start, toks[end_tok - 1].end);
        out.push(Number {
            start,
            end,
            text: text_span(cx.text, start, end).text,
            kind,
            value,
            unit,
            qualifier,
            low: None,
            high: None,
            counted,
            relative: false,
        });
        i = end_tok;
    }
    out
}

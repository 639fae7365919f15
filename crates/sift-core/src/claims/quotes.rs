//! Quote marks into quoted segments, robust to unbalanced marks.
//!
//! Double marks (`"` `“` `”` `«` `»` `„` and a doubled `''`) pair within a paragraph. A quotation
//! still open at the end of its paragraph ends there; when the next paragraph opens with a quote
//! mark it continues the same quotation (the news convention). A closing mark with nothing open
//! is ignored, an opening mark while a quotation is open ends the open one. Single marks (`‘ ’`,
//! `'`) pair only outside double quotations, and an apostrophe (`’` inside or at the end of a
//! word) is never taken for a mark.

use crate::tokenize::{Token, TokenKind};
use crate::Context;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    Either,
}

#[derive(Debug, Clone, Copy)]
struct Mark {
    /// First token of the mark.
    tok: usize,
    /// Tokens in the mark (2 for `''`).
    len: usize,
    role: Role,
}

/// One quoted stretch of text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Segment {
    /// First token of the segment (the opening mark, or the first word when there is none).
    pub first: usize,
    /// Last token of the segment, inclusive (the closing mark, or the paragraph's last token).
    pub last: usize,
    /// First and last token of the quoted words.
    pub inner_first: usize,
    pub inner_last: usize,
    /// Whether a closing mark ends it.
    pub closed: bool,
    /// Whether it continues the previous segment across a paragraph break.
    pub continues: bool,
}

impl Segment {
    pub fn words(&self) -> usize {
        self.inner_last + 1 - self.inner_first
    }
}

fn is_double(s: &str) -> bool {
    matches!(s, "\"" | "“" | "”" | "«" | "»" | "„" | "‟")
}

fn is_single(s: &str) -> bool {
    matches!(s, "‘" | "’" | "'" | "‹" | "›" | "‚")
}

fn left_open(tokens: &[Token], text: &str, i: usize) -> bool {
    if i == 0 || tokens[i].space_before {
        return true;
    }
    let prev = tokens[i - 1].text(text);
    matches!(tokens[i - 1].kind, TokenKind::Dash | TokenKind::Quote)
        || matches!(prev, "(" | "[" | ":" | "{")
}

fn right_open(tokens: &[Token], text: &str, i: usize) -> bool {
    match tokens.get(i) {
        None => true,
        Some(t) => {
            t.space_before
                || matches!(
                    t.kind,
                    TokenKind::Terminal | TokenKind::Dash | TokenKind::Quote
                )
                || matches!(t.text(text), "," | ";" | ":" | ")" | "]" | "}")
        }
    }
}

fn role_of(tokens: &[Token], text: &str, i: usize, len: usize, s: &str) -> Role {
    let l = left_open(tokens, text, i);
    let r = right_open(tokens, text, i + len);
    let spacing = match (l, r) {
        (true, false) => Role::Open,
        (false, true) => Role::Close,
        _ => Role::Either,
    };
    match s {
        "“" | "„" | "«" | "‘" | "‹" | "‚" => {
            if spacing == Role::Close {
                Role::Close
            } else {
                Role::Open
            }
        }
        "”" | "»" | "’" | "›" => {
            if spacing == Role::Open {
                Role::Open
            } else {
                Role::Close
            }
        }
        _ => spacing,
    }
}

/// Paragraph index of every token: a new paragraph at every line break, except one that only
/// wraps a sentence (a hard-wrapped text; `sentences::wraps_line`).
pub fn paragraphs(tokens: &[Token], text: &str) -> Vec<usize> {
    let mut p = 0;
    let hard = crate::sentences::hard_wrapped(text);
    tokens
        .iter()
        .enumerate()
        .map(|(i, t)| {
            if i > 0
                && t.newlines_before > 0
                && !crate::sentences::wraps_line(tokens, i, text, hard)
            {
                p += 1;
            }
            p
        })
        .collect()
}

/// Finds the quoted segments of the text, in order.
pub fn segments(cx: &Context, para: &[usize]) -> Vec<Segment> {
    let tokens = cx.tokens;
    let text = cx.text;
    let n = tokens.len();
    // Last token of each paragraph.
    let mut para_last = vec![0usize; para.last().map_or(0, |p| p + 1)];
    for (i, &p) in para.iter().enumerate() {
        para_last[p] = i;
    }
    let mut doubles = Vec::new();
    let mut i = 0;
    while i < n {
        let t = &tokens[i];
        if t.kind != TokenKind::Quote {
            i += 1;
            continue;
        }
        let s = t.text(text);
        if s == "'"
            && i + 1 < n
            && tokens[i + 1].kind == TokenKind::Quote
            && tokens[i + 1].text(text) == "'"
            && tokens[i + 1].start == t.end
        {
            doubles.push(Mark {
                tok: i,
                len: 2,
                role: role_of(tokens, text, i, 2, "\""),
            });
            i += 2;
            continue;
        }
        if is_double(s) {
            doubles.push(Mark {
                tok: i,
                len: 1,
                role: role_of(tokens, text, i, 1, s),
            });
        }
        i += 1;
    }

    let mut segs: Vec<Segment> = Vec::new();
    let make = |open: Option<Mark>,
                first_word: usize,
                close: Option<Mark>,
                last: usize,
                continues: bool|
     -> Option<Segment> {
        let first = open.map_or(first_word, |m| m.tok);
        let inner_first = open.map_or(first_word, |m| m.tok + m.len);
        let inner_last = match close {
            Some(c) => c.tok.checked_sub(1)?,
            None => last,
        };
        let last = close.map_or(last, |c| c.tok + c.len - 1);
        if inner_first > inner_last || inner_last >= n || last >= n {
            return None;
        }
        Some(Segment {
            first,
            last,
            inner_first,
            inner_last,
            closed: close.is_some(),
            continues,
        })
    };
    let mut open: Option<(Mark, bool)> = None;
    let mut di = 0;
    while di < doubles.len() {
        let m = doubles[di];
        di += 1;
        // A quotation inside a quotation with the same marks: “… “hell” …”. Step over the inner pair.
        if let Some((o, _)) = open {
            let same_para = |x: &Mark| para[x.tok] == para[o.tok];
            if m.role == Role::Open && same_para(&m) {
                if let (Some(a), Some(b)) = (doubles.get(di), doubles.get(di + 1)) {
                    if a.role != Role::Open
                        && b.role != Role::Open
                        && same_para(a)
                        && same_para(b)
                        && a.tok > m.tok + 1
                    {
                        di += 1;
                        continue;
                    }
                }
            }
        }
        match open {
            None => {
                if m.role == Role::Close {
                    // A closing mark with nothing open: the end of a quotation that ran on from the
                    // previous paragraph without a new opening mark.
                    let p = para[m.tok];
                    let prev_open_ran_out = segs
                        .last()
                        .is_some_and(|s| !s.closed && p > 0 && para[s.last] == p - 1);
                    let first_in_para = para_last.get(p.wrapping_sub(1)).map_or(0, |&l| l + 1);
                    let no_mark_before = segs.last().is_none_or(|s| s.last < first_in_para);
                    if prev_open_ran_out && no_mark_before {
                        if let Some(seg) = make(None, first_in_para, Some(m), m.tok, true) {
                            segs.push(seg);
                        }
                    }
                    continue;
                }
                let continues = segs.last().is_some_and(|s| {
                    !s.closed
                        && para[m.tok] == para[s.last] + 1
                        && (m.tok == 0 || para[m.tok - 1] != para[m.tok])
                });
                open = Some((m, continues));
            }
            Some((o, continues)) => {
                let po = para[o.tok];
                if para[m.tok] != po {
                    // Ran to the end of its paragraph.
                    if let Some(seg) = make(Some(o), 0, None, para_last[po], continues) {
                        segs.push(seg);
                    }
                    open = None;
                    let next_para = para[m.tok] == po + 1;
                    let starts_para = m.tok == 0 || para[m.tok - 1] != para[m.tok];
                    if m.role == Role::Close {
                        if next_para && !starts_para {
                            let first_in_para = para_last[po] + 1;
                            if let Some(seg) = make(None, first_in_para, Some(m), m.tok, true) {
                                segs.push(seg);
                            }
                        }
                    } else {
                        open = Some((m, next_para && starts_para));
                    }
                } else if m.role == Role::Open && m.tok > o.tok + o.len {
                    // An opening mark while one is open: the open one lacked its closing mark.
                    if let Some(seg) = make(Some(o), 0, None, m.tok - 1, continues) {
                        segs.push(seg);
                    }
                    open = Some((m, false));
                } else {
                    if let Some(seg) = make(Some(o), 0, Some(m), m.tok, continues) {
                        segs.push(seg);
                    }
                    open = None;
                }
            }
        }
    }
    if let Some((o, continues)) = open {
        if let Some(seg) = make(Some(o), 0, None, para_last[para[o.tok]], continues) {
            segs.push(seg);
        }
    }

    // Single marks, outside double quotations, within one paragraph.
    let inside_double = |k: usize| segs.iter().any(|s| s.first <= k && k <= s.last);
    let mut singles = Vec::new();
    let mut k = 0;
    while k < n {
        let t = &tokens[k];
        if t.kind == TokenKind::Quote && is_single(t.text(text)) && !inside_double(k) {
            // A `'` or `’` glued after a word and followed by a space may be a possessive
            // ("parents’ house"); it closes only a quotation already opened by a single mark.
            let role = role_of(tokens, text, k, 1, t.text(text));
            singles.push(Mark {
                tok: k,
                len: 1,
                role,
            });
        }
        k += 1;
    }
    let mut extra = Vec::new();
    let mut open: Option<Mark> = None;
    for &m in &singles {
        match (open, m.role) {
            (None, Role::Open) => open = Some(m),
            (None, _) => {}
            (Some(o), Role::Close | Role::Either) => {
                if para[o.tok] == para[m.tok] && m.tok > o.tok + 1 && m.tok - o.tok <= 80 {
                    if let Some(seg) = make(Some(o), 0, Some(m), m.tok, false) {
                        extra.push(seg);
                    }
                    open = None;
                } else {
                    open = None;
                }
            }
            (Some(_), Role::Open) => open = Some(m),
        }
    }
    segs.extend(extra);
    segs.sort_by_key(|s| s.first);
    segs
}

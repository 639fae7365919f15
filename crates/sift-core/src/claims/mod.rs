//! Claims: who said what — quotations, reported speech and attributions, with the cue, the source
//! as written, and the speaker resolved to an entity.
//!
//! Three passes over the tokens, then speaker resolution in text order:
//! 1. **Quotations** ([`quotes`]): quote marks pair into segments, robust to unbalanced marks and
//!    to quotations that run across paragraphs. A segment that stands as speech (it opens a
//!    sentence, follows a colon, spans sentences, or is attributed right after its closing mark)
//!    becomes a direct claim: attributed after it ("“…,” he said", "“…” – Commissioner X", a
//!    "- Sanders." line of its own), before it ("Healey said: “…”", or a speech verb whose
//!    reported words run into it), or continuing the quotation before it. A quotation split by
//!    its attribution ("“…,” he said, “…”") is one claim with two content spans. Short quoted
//!    words inside a sentence (scare quotes, titles such as "Kudlow") are claims only as part of
//!    reported speech ("Trump called the attacks “disgusting”" is mixed).
//! 2. **Reported speech**: a reporting cue with a source before it and its content after it
//!    ("Zelenskiy said he believed …", "X told Y that …"), the content first ("…, three sources
//!    close to the Kremlin have told Reuters"), "according to X", a sentence opening with the poll
//!    it reports ("In a Des Moines Register poll, Cruz had …"), and participles that continue an
//!    attribution ("…, adding that …").
//! 3. **Learned cues** ([`learned`]): phrases from the cue lexicon where the rules found none —
//!    stances and multi-word cues, nested inside another claim's content when they fall there.
//! 4. **One claim per quotation**: a quotation found both as speech and as the content of a cue
//!    ("she said, “…”") stays once, with its cue; a quotation opening the sentence after "…, Mr.
//!    Lou said." goes on with that claim; content without a word is dropped.
//! 5. **Speakers**: a named source is its entity; "he"/"she" resolve to the speaker of the claim
//!    just before or to the person who is the subject nearby, when gender agrees (an honorific or
//!    a given name shows it); "they"/"it"/"we" to an organisation or group; a definite
//!    description ("the Kremlin aide") to a person introduced with those words; otherwise the
//!    speaker stays null.

mod learned;
mod lexicon;
pub mod quotes;

pub use learned::cue_key;

use crate::document::{text_span, Claim, ClaimKind, Entity, Label, Number, SourceType};
use crate::entities::features::{hash_str, HashMapOfHashes};
use crate::tokenize::TokenKind;
use crate::Context;
use lexicon::*;
use quotes::Segment;

/// Token range, inclusive at both ends.
type Range2 = (usize, usize);

#[derive(Debug, Clone)]
struct Draft {
    kind: ClaimKind,
    content: Vec<Range2>,
    cue: Option<Range2>,
    source: Option<Range2>,
    confidence: f64,
}

impl Draft {
    fn first(&self) -> usize {
        self.content
            .iter()
            .chain(self.cue.iter())
            .chain(self.source.iter())
            .map(|r| r.0)
            .min()
            .unwrap_or(0)
    }
    fn last(&self) -> usize {
        self.content
            .iter()
            .chain(self.cue.iter())
            .chain(self.source.iter())
            .map(|r| r.1)
            .max()
            .unwrap_or(0)
    }
}

/// A token index as a key of a `HashMapOfHashes` (which takes keys as their own hash): spread
/// over all bits by an odd multiplier, so distinct tokens stay distinct.
fn token_key(t: usize) -> u64 {
    (t as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

struct Attr {
    cue: Option<Range2>,
    source: Option<Range2>,
    /// Last token of the attribution.
    end: usize,
    confidence: f64,
    /// Where the content starts when it takes in words before the quotation ("Trump said *he
    /// wants* “…”"); the quotation's first token otherwise.
    content_from: Option<usize>,
}

/// A claim whose speaker is settled, for pronouns after it: its first token, where its source
/// starts (its first token without one), and its speaker.
type Resolved = (usize, usize, Option<(String, Label)>);

struct Analysis<'a, 't> {
    cx: &'a Context<'t>,
    lower: LowerWords,
    /// `hash_lower` of each token, to look phrases up in the learned lexicon.
    keys: Vec<u64>,
    para: Vec<usize>,
    sent: Vec<usize>,
    /// Segment index of tokens inside a quotation (marks included).
    seg_of: Vec<Option<usize>>,
    segs: Vec<Segment>,
    /// Tokens inside a draft claim so far, and how many drafts that covers. Drafts are only
    /// appended once quotations are collected, so the map is brought up to date incrementally and
    /// each question "is this token taken?" costs O(1), not a scan of every draft.
    taken: std::cell::RefCell<(Vec<bool>, usize)>,
    /// `keys` of the words written in lower case somewhere, and of those written capitalised
    /// somewhere other than at the start of a clause, each sorted; worked out when first asked
    /// for.
    word_cases: std::cell::OnceCell<(Vec<usize>, Vec<usize>)>,
}

/// How many tokens past the end `LowerWords::word` reads as empty.
const LOOKAHEAD: usize = 8;

/// Every token in lower case, in one buffer: a `String` per token would cost a pointer, a length,
/// a capacity and an allocation each, several times the text for a long article.
struct LowerWords {
    text: String,
    /// End of each token's word in `text` (it starts where the previous one ends).
    ends: Vec<usize>,
}

impl LowerWords {
    fn new(cx: &Context) -> LowerWords {
        let mut text = String::with_capacity(
            cx.tokens
                .iter()
                .map(|t| t.end.saturating_sub(t.start))
                .sum(),
        );
        let mut ends = Vec::with_capacity(cx.tokens.len());
        for i in 0..cx.tokens.len() {
            let w = cx.token_text(i);
            if w.bytes().any(|b| b.is_ascii_uppercase() || !b.is_ascii()) {
                text.push_str(&w.to_lowercase());
            } else {
                text.push_str(w);
            }
            ends.push(text.len());
        }
        // Empty words past the last token: the rules look a few tokens ahead ("according" "to")
        // and must not panic at a text's end. Padding, rather than a check in `word`, keeps the
        // many inlined lookups as small as they were (a check there cost 40 KB of wasm).
        ends.extend([text.len(); LOOKAHEAD]);
        LowerWords { text, ends }
    }

    /// Token `i` in lower case (`str::to_lowercase`); "" for the few indices past the last.
    fn word(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        self.text.get(start..self.ends[i]).unwrap_or_default()
    }
}

/// Lookups over the entities for resolving sources, built once per document: each entity's index
/// by the sentence it starts in (document order within a sentence), and the words around each
/// person's name, filled in when first asked for.
struct EntityIndex {
    /// Starts and ends both in ascending order (always so for the entity layer): the entities
    /// overlapping a span can be found by binary search.
    ordered: bool,
    by_sentence: Vec<Vec<usize>>,
    person_context: Vec<std::cell::OnceCell<Vec<String>>>,
    /// The grammatical gender of people (by canonical name) where the text or the name shows it:
    /// an honorific before a mention ("Mrs. Clinton") or a given name ("Hillary").
    gender: HashMapOfHashes<u64, Gender>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gender {
    Male,
    Female,
    /// Both were seen: compatible with either pronoun.
    Unknown,
}

impl EntityIndex {
    fn new(a: &Analysis, entities: &[Entity]) -> EntityIndex {
        let mut by_sentence: Vec<Vec<usize>> = vec![Vec::new(); a.cx.sentences.len().max(1)];
        for (k, x) in entities.iter().enumerate() {
            let si = a.sentence_of_byte(x.start);
            if si >= by_sentence.len() {
                by_sentence.resize(si + 1, Vec::new());
            }
            by_sentence[si].push(k);
        }
        let ordered = entities
            .windows(2)
            .all(|w| w[0].start <= w[1].start && w[0].end <= w[1].end);
        let mut gender: HashMapOfHashes<u64, Gender> = HashMapOfHashes::default();
        for x in entities.iter().filter(|x| x.label == Label::PERSON) {
            let i = a.cx.tokens.partition_point(|t| t.end <= x.start);
            let honorific = i
                .checked_sub(1)
                .and_then(|h| gender_of_honorific(a.lower.word(h).trim_end_matches('.')));
            let given = |name: &str| {
                name.split_whitespace()
                    .next()
                    .and_then(gender_of_given_name)
            };
            let Some(g) = honorific
                .or_else(|| given(&x.text))
                .or_else(|| given(&x.entity))
            else {
                continue;
            };
            let g = if g { Gender::Female } else { Gender::Male };
            gender
                .entry(hash_str(&x.entity))
                .and_modify(|was| {
                    if *was != g {
                        *was = Gender::Unknown
                    }
                })
                .or_insert(g);
        }
        EntityIndex {
            ordered,
            by_sentence,
            person_context: entities
                .iter()
                .map(|_| std::cell::OnceCell::new())
                .collect(),
            gender,
        }
    }
}

/// Finds claims (byte offsets). Never panics.
pub fn recognize(cx: &Context, entities: &[Entity], numbers: &[Number]) -> Vec<Claim> {
    let Some(a) = Analysis::new(cx) else {
        return Vec::new();
    };
    let mut drafts = a.direct_claims();
    a.reported_claims(&mut drafts);
    a.label_claims(&mut drafts);
    a.headline_claims(&mut drafts);
    a.lexicon_claims(&mut drafts);
    a.shared_sources(&mut drafts);
    a.subordinate_contents(&mut drafts);
    a.prune(&mut drafts);
    drafts.sort_by_key(|d| (d.first(), d.last()));
    a.finish(drafts, entities, numbers)
}

/// Where the learned cue lexicon applies in `text`, for learning it under the conditions in
/// which it is used: the tokens (byte offsets) and, for each, whether a lexicon cue may start
/// there and whether one may cover it (see `lexicon_claims`).
pub fn lexicon_slots(text: &str) -> (Vec<crate::tokenize::Token>, Vec<bool>, Vec<bool>) {
    let tokens = crate::tokenize::tokenize(text);
    let sentences = crate::sentences::split(text, &tokens);
    let cx = Context {
        text,
        tokens: &tokens,
        sentences: &sentences,
    };
    let (start, cover) = match Analysis::new(&cx) {
        Some(a) => {
            let cover: Vec<bool> = (0..a.n()).map(|k| a.seg_of[k].is_none()).collect();
            let start = (0..a.n())
                .map(|k| cover[k] && a.may_start_lexicon_cue(k))
                .collect();
            (start, cover)
        }
        None => (Vec::new(), Vec::new()),
    };
    (tokens, start, cover)
}

impl<'a, 't> Analysis<'a, 't> {
    fn new(cx: &'a Context<'t>) -> Option<Self> {
        let n = cx.tokens.len();
        if n == 0 {
            return None;
        }
        let lower = LowerWords::new(cx);
        let para = quotes::paragraphs(cx.tokens, cx.text);
        let mut sent = vec![0usize; n];
        for (si, r) in cx.sentences.iter().enumerate() {
            for k in r.clone() {
                if k < n {
                    sent[k] = si;
                }
            }
        }
        let mut segs = quotes::segments(cx, &para);
        end_unclosed_before_speakers(cx, &mut segs);
        let mut seg_of = vec![None; n];
        for (si, s) in segs.iter().enumerate() {
            for slot in seg_of.iter_mut().take(s.last.min(n - 1) + 1).skip(s.first) {
                *slot = Some(si);
            }
        }
        let taken = std::cell::RefCell::new((vec![false; n], 0));
        let keys: Vec<u64> = (0..n)
            .map(|i| crate::entities::features::hash_lower(cx.token_text(i)))
            .collect();
        Some(Analysis {
            cx,
            lower,
            keys,
            para,
            sent,
            seg_of,
            segs,
            taken,
            word_cases: std::cell::OnceCell::new(),
        })
    }
}

/// Words that open a quoted speaker's own sentences ("And said …", "I said …"), not a name.
const PLAIN_OPENINGS: &[&str] = &[
    "also", "and", "as", "but", "he", "i", "if", "it", "now", "or", "she", "so", "that", "then",
    "there", "they", "this", "we", "when", "while", "yet", "you",
];

/// A quotation never closed (its paragraph ends it, and the next does not go on with it) ends
/// before a later sentence of its own that opens with a name and a speech verb: in `Merkel said
/// "we will not give up. Olaf Scholz said the country …` the second sentence is not Merkel's.
fn end_unclosed_before_speakers(cx: &Context, segs: &mut [Segment]) {
    let starts: Vec<usize> = cx.sentences.iter().map(|r| r.start).collect();
    let opens_with_speaker = |r: &std::ops::Range<usize>| {
        let names = (r.start..r.end.min(r.start + 4))
            .take_while(|&t| {
                cx.tokens[t].kind == TokenKind::Word
                    && cx
                        .token_text(t)
                        .chars()
                        .next()
                        .is_some_and(char::is_uppercase)
            })
            .count();
        names > 0
            && !PLAIN_OPENINGS.contains(&cx.token_text(r.start).to_lowercase().as_str())
            && r.start + names < r.end
            && cue_strength(&cx.token_text(r.start + names).to_lowercase()) == Some(1.0)
    };
    for i in 0..segs.len() {
        let s = segs[i];
        let continued = segs.get(i + 1).is_some_and(|next| next.continues);
        if s.closed || continued {
            continue;
        }
        // The sentences that start inside the quotation, after its first word (found by binary
        // search: a long text of unclosed quotations stays linear).
        let from = starts.partition_point(|&st| st <= s.inner_first);
        let cut = cx.sentences[from..]
            .iter()
            .take_while(|r| r.start <= s.inner_last)
            .find(|r| opens_with_speaker(r));
        if let Some(r) = cut {
            segs[i].last = r.start - 1;
            segs[i].inner_last = r.start - 1;
        }
    }
}

impl Analysis<'_, '_> {
    fn n(&self) -> usize {
        self.cx.tokens.len()
    }

    fn kind(&self, i: usize) -> TokenKind {
        self.cx.tokens[i].kind
    }

    /// A reporting cue: a known verb written in lower case ("United States" is no cue).
    fn cue(&self, i: usize) -> bool {
        is_cue(self.lower.word(i)) && !self.is_capitalised(i)
    }

    fn quote_cue(&self, i: usize) -> bool {
        is_quote_cue(self.lower.word(i)) && !self.is_capitalised(i)
    }

    /// A quote mark that is not an apostrophe ("veterans' families").
    fn is_mark(&self, i: usize) -> bool {
        if self.kind(i) != TokenKind::Quote {
            return false;
        }
        let t = &self.cx.tokens[i];
        let apostrophe =
            matches!(self.lower.word(i), "'" | "’") && !t.space_before && self.seg_of[i].is_none();
        !apostrophe
    }

    fn is_capitalised(&self, i: usize) -> bool {
        self.cx
            .token_text(i)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    }

    /// Whether token `i` starts a sentence or paragraph (or follows a colon).
    fn starts_clause(&self, i: usize) -> bool {
        if i == 0 {
            return true;
        }
        let p = i - 1;
        self.para[p] != self.para[i]
            || self.sent[p] != self.sent[i]
            || self.kind(p) == TokenKind::Terminal
    }

    /// How the text writes the word at `i` elsewhere: (in lower case somewhere, capitalised
    /// somewhere a capital tells a name, not at the start of a sentence, paragraph or
    /// quotation).
    fn written_elsewhere(&self, i: usize) -> (bool, bool) {
        let (lower, capitalised) = self.word_cases.get_or_init(|| {
            let mut lower = Vec::new();
            let mut capitalised = Vec::new();
            for k in 0..self.n() {
                if self.kind(k) != TokenKind::Word {
                    continue;
                }
                if !self.is_capitalised(k) {
                    lower.push(self.keys[k] as usize);
                } else if k > 0 && !self.starts_clause(k) && !self.is_mark(k - 1) {
                    capitalised.push(self.keys[k] as usize);
                }
            }
            // Kept as `usize` (a hash cut to 32 bits in the wasm, where a collision among one
            // text's words is unlikely and costs one name): that sort is in the binary already.
            for keys in [&mut lower, &mut capitalised] {
                keys.sort_unstable();
                keys.dedup();
            }
            (lower, capitalised)
        });
        let key = self.keys[i] as usize;
        (
            lower.binary_search(&key).is_ok(),
            capitalised.binary_search(&key).is_ok(),
        )
    }

    /// Whether the word at `i`, opening a sentence, is a common word rather than a name: a
    /// word of our lists, or one the text writes in lower case elsewhere, or a participle
    /// ("Speaking on radio …"), that it never capitalises where a capital tells a name.
    fn common_opening_word(&self, i: usize) -> bool {
        let l = self.lower.word(i);
        if is_opener(l)
            || is_determiner(l)
            || is_document(l)
            || is_time_noun(l)
            || matches!(l, "others" | "none" | "nobody" | "everyone" | "someone")
        {
            return true;
        }
        let (lower, capitalised) = self.written_elsewhere(i);
        (lower || (l.len() > 5 && l.ends_with("ing"))) && !capitalised
    }

    fn is_np_start(&self, i: usize) -> bool {
        let l = self.lower.word(i);
        is_determiner(l)
            || is_pronoun(l)
            || self.is_capitalised(i)
            || self.kind(i) == TokenKind::Number
            || is_source_noun(l)
    }

    /// Whether a segment stands as speech rather than quoted words inside a sentence.
    fn standalone(&self, s: &Segment) -> bool {
        if s.continues || self.starts_clause(s.first) {
            return true;
        }
        let p = s.first - 1;
        let prev = self.lower.word(p);
        if prev == ":" {
            return true;
        }
        let multi_sentence =
            (s.inner_first..s.inner_last).any(|k| self.kind(k) == TokenKind::Terminal);
        if multi_sentence && s.words() >= 6 {
            return true;
        }
        if s.words() >= 4 && (prev == "," || self.cue(p)) {
            return true;
        }
        false
    }

    /// Whether token `t` is in a relative clause set off by a comma ("Cruz, who has *proposed*
    /// repealing it, said"): a verb there is the clause's, and the name before it may still be
    /// a source.
    fn in_relative_clause(&self, t: usize, lo: usize) -> bool {
        (lo.max(t.saturating_sub(10)) + 1..t)
            .rev()
            .take_while(|&i| self.lower.word(i) != "," && self.kind(i) != TokenKind::Terminal)
            .any(|i| self.opens_relative_clause(i))
    }

    /// Whether token `r` is "who" or "which" after a comma: a relative clause about the words
    /// before the comma ("Clinton, who said …").
    fn opens_relative_clause(&self, r: usize) -> bool {
        r > 0 && matches!(self.lower.word(r), "who" | "which") && self.lower.word(r - 1) == ","
    }

    /// Source noun phrase ending just before token `k`, not reaching before `lo`.
    fn source_before(&self, k: usize, lo: usize) -> Option<Range2> {
        // Adverbs and auxiliaries, not a name that looks like one ("David Jolly said").
        // A capitalised word inside a sentence is a name ("George Will wrote"), not a modal.
        let opens = |t: usize| t == 0 || self.sent[t - 1] != self.sent[t];
        let skip = |t: usize| {
            is_skippable(self.lower.word(t))
                && !is_pronoun(self.lower.word(t))
                && !(self.is_capitalised(t) && (self.lower.word(t).ends_with("ly") || !opens(t)))
        };
        let mut e = k;
        while e > lo && skip(e - 1) {
            e -= 1;
        }
        // "he's said": the clitic is "has", not a possessive.
        if e > lo + 1
            && matches!(self.lower.word(e - 1), "'s" | "’s")
            && is_pronoun(self.lower.word(e - 2))
        {
            e -= 1;
        }
        // "Protesters continued to call for", "He went on to say": the verb before the
        // infinitive is part of the cue, not of the source.
        if e == k && self.lower.word(k) == "to" {
            // The cue opens with the infinitive's "to" ("continued to call for").
            e -= self.infinitive_governor(k, lo);
        } else if e > lo && self.lower.word(e - 1) == "to" {
            let governor = self.infinitive_governor(e - 1, lo);
            if governor > 0 {
                e -= 1 + governor;
            }
        }
        // "on Wednesday", "last week" between source and cue; not "this source told".
        if e > lo + 1
            && (self.lower.word(e - 2) == "on"
                || (matches!(self.lower.word(e - 2), "last" | "this" | "next")
                    && is_time_noun(self.lower.word(e - 1))))
        {
            e -= 2;
            while e > lo && skip(e - 1) {
                e -= 1;
            }
        }
        if e <= lo {
            return None;
        }
        // "23 percent who said", "a report that found": PolNeAR marks the relative pronoun as
        // the source (539 of 683 such cues on train), and the speaker is its antecedent.
        // Adverbs may stand between ("which first reported", "which has strongly denied").
        let mut r = e;
        while r > lo + 1
            && (is_ly_adverb(self.lower.word(r - 1)) || self.lower.word(r - 1) == "first")
        {
            r -= 1;
            while r > lo + 1 && skip(r - 1) {
                r -= 1;
            }
        }
        let relative = self.lower.word(r - 1);
        if matches!(relative, "who" | "which" | "that")
            && r >= 2
            && !self.cue(r - 2)
            && (self.kind(r - 2) == TokenKind::Word
                || (self.lower.word(r - 2) == "," && relative != "that"))
        {
            return Some((r - 1, r - 1));
        }
        // An appositive between dashes: "Jason Sims — a teacher from Mount Pleasant — says".
        if self.kind(e - 1) == TokenKind::Dash && e >= lo + 3 {
            let close = e - 1;
            let open = (lo.max(close.saturating_sub(25))..close)
                .rev()
                .take_while(|&t| {
                    self.kind(t) != TokenKind::Terminal && !self.is_mark(t) && !self.cue(t)
                })
                .find(|&t| self.kind(t) == TokenKind::Dash)?;
            let (s, _) = self.np_back(open, lo)?;
            // The closing dash belongs to the source, as PolNeAR marks it.
            return Some((s, close));
        }
        // Appositives: "Andriy Yermak, chief of staff to Zelenskiy, said"; "Scott Pruitt, the
        // attorney general of Oklahoma, one of the states suing, said". The name heads the chain.
        if self.lower.word(e - 1) == "," {
            let close = e - 1;
            let mut commas = Vec::new();
            let mut c = close;
            while c > lo && close - c < 30 && commas.len() < 3 {
                c -= 1;
                let l = self.lower.word(c);
                if l == "," {
                    commas.push(c);
                    continue;
                }
                if self.kind(c) == TokenKind::Terminal
                    || self.is_mark(c)
                    || (self.cue(c) && !self.in_relative_clause(c, lo))
                {
                    break;
                }
            }
            // "Hunter, meanwhile, told Politico": an adverb set off by commas is no appositive.
            if let Some(&comma) = commas.first() {
                let between: Vec<&str> = (comma + 1..close).map(|t| self.lower.word(t)).collect();
                let adverbial = !between.is_empty()
                    && between.len() <= 3
                    && matches!(
                        between.join(" ").as_str(),
                        "meanwhile"
                            | "however"
                            | "too"
                            | "though"
                            | "instead"
                            | "likewise"
                            | "in turn"
                            | "for example"
                            | "for instance"
                            | "for his part"
                            | "for her part"
                            | "for their part"
                            | "in response"
                            | "then"
                            | "meantime"
                            | "in a statement"
                            | "in an interview"
                    );
                // "Trump, speaking to a veterans group in Virginia, said", "Clinton, at a later
                // press gaggle, said": a participle or a prepositional phrase set off by commas
                // is the occasion, not part of the source (a description or a "who" clause is).
                let occasion = between.first().is_some_and(|&w| {
                    !self.is_capitalised(comma + 1)
                        && ((w.ends_with("ing") && w.len() > 4 && w != "including")
                            || matches!(
                                w,
                                "in" | "at"
                                    | "like"
                                    | "on"
                                    | "during"
                                    | "after"
                                    | "before"
                                    | "unlike"
                            ))
                });
                if adverbial || occasion {
                    return self.np_back(comma, lo);
                }
            }
            let mut best = None;
            for &comma in &commas {
                if let Some((s, _)) = self.np_back(comma, lo) {
                    let name = self.is_capitalised(s) && !is_determiner(self.lower.word(s));
                    if best.is_none() || name {
                        best = Some(s);
                    }
                    if name {
                        break;
                    }
                }
            }
            let s = best?;
            // The closing comma of the appositive belongs to the source, as PolNeAR marks it.
            return Some((s, close));
        }
        let (s, e) = self.np_back(e, lo)?;
        Some((s, e))
    }

    /// The noun phrase ending just before `e` (exclusive), back to a clause boundary; cut at
    /// a preposition after its head.
    fn np_back(&self, e: usize, lo: usize) -> Option<Range2> {
        // "though in September she said": a subject pronoun is the whole phrase, whatever
        // stands before it ("he and Clinton" ends in the name, and stays whole).
        if e > lo && is_subject_pronoun(self.lower.word(e - 1)) {
            return Some((e - 1, e - 1));
        }
        let mut s = e;
        while s > lo {
            let t = s - 1;
            let l = self.lower.word(t);
            let kind = self.kind(t);
            if l == ")" {
                // "Rep. Gwen Moore (D-Wis.) said": step over the parenthesis.
                let open = (lo..t).rev().take(8).find(|&o| self.lower.word(o) == "(");
                if let Some(o) = open {
                    s = o;
                    continue;
                }
                break;
            }
            // A bullet, an emoji or a pictograph before a name ("• Zelenskiy said", "🇺🇦
            // Zelenskiy said") opens the phrase. Latin-1 symbols stay: in mis-decoded text they
            // are pieces of a name ("FranÃ§ois").
            let symbol = kind == TokenKind::Punct
                && l.chars().all(|c| {
                    matches!(c, '*' | '>' | '|' | '~' | '=' | '•' | '‣' | '⁃' | '\u{2190}'..='\u{21FF}' | '\u{2500}'..='\u{27BF}' | '\u{1F000}'..='\u{1FAFF}' | '\u{FE0F}')
                });
            if matches!(kind, TokenKind::Terminal | TokenKind::Dash)
                || self.is_mark(t)
                || symbol
                || matches!(l, "," | ";" | ":" | "(" | "[" | "]")
            {
                break;
            }
            if l == "and" {
                // "Bloomberg and … The Bell": names joined by "and" stay one source.
                // "Sanders and his supporters", "he and Clinton" too.
                let left =
                    |i: usize| self.is_capitalised(i) || is_subject_pronoun(self.lower.word(i));
                if s < e && t > lo && left(t - 1) && (self.is_capitalised(s) || self.is_np_start(s))
                {
                    s -= 1;
                    continue;
                }
                // "Federal and state officials said", "Cyber security experts and U.S. officials
                // said": a first conjunct of plain words that opens the clause joins the source.
                let opens_clause = (lo.max(t.saturating_sub(6))..t).rev().find(|&i| {
                    let w = self.lower.word(i);
                    self.kind(i) != TokenKind::Word
                        || is_clause_boundary(w)
                        || cuts_source(w)
                        || is_finite_verb(w)
                        || self.cue(i)
                        || self.sent[i] != self.sent[t]
                });
                let start = opens_clause.map_or(lo, |i| i + 1);
                let at_clause_start = start == lo
                    || start == self.sentence_start(t)
                    || opens_clause.is_some_and(|i| matches!(self.lower.word(i), "," | "but"));
                let verb = |i: usize| {
                    let w = self.lower.word(i);
                    !self.is_capitalised(i) && (w.ends_with("ing") || is_ly_adverb(w))
                };
                if s < e && start < t && at_clause_start && t - start <= 5 && !verb(s) {
                    s = start;
                }
                break;
            }
            // "told the defence conference the coming together of … showed": the addressee of
            // an earlier cue ends where an article opens a new phrase, and the source starts there.
            if s < e && matches!(self.lower.word(s), "the" | "a" | "an") && !self.is_capitalised(t)
            {
                let cue = (lo.saturating_sub(1).max(t.saturating_sub(4))..t)
                    .rev()
                    .find(|&q| takes_addressee(self.lower.word(q)));
                if cue.is_some_and(|q| self.after_addressee(q + 1, e) == Some(s)) {
                    break;
                }
            }
            if is_clause_boundary(l) || (self.cue(t) && s < e) {
                break;
            }
            s -= 1;
            if e - s > 12 {
                return None;
            }
        }
        // "Even Donald Trump said", "Now Clinton says": the adverb is not the speaker's.
        // "who many in the establishment had backed": the pronoun is the object, the subject
        // follows it.
        // "with 47 percent of voters saying": the share is the subject ("only" before a share
        // stays, as PolNeAR marks it).
        while s + 1 < e
            && match self.lower.word(s) {
                "even" | "now" | "still" | "then" | "who" | "whom" | "which" => true,
                "with" => {
                    self.kind(s + 1) == TokenKind::Number || is_fraction(self.lower.word(s + 1))
                }
                _ => false,
            }
        {
            s += 1;
        }
        if s >= e {
            return None;
        }
        let mut end = e;
        // The head's end: before the first phrase kept after it ("leaked documents | from his
        // tax return").
        let mut head_end = e;
        // "About 4 in 10 voters", "one in five Americans": a ratio, not a place.
        let count = |t: usize| {
            self.kind(t) == TokenKind::Number
                || crate::numbers::words::unit_word(self.lower.word(t)).is_some()
        };
        for i in s + 1..e {
            let l = self.lower.word(i);
            let prev = self.lower.word(i - 1);
            if l == "in" && i + 1 < e && count(i - 1) && count(i + 1) {
                continue;
            }
            // Before the cue, a phrase with "for" or "by" belongs to the source ("A producer for
            // Yahoo told", "records compiled by the Center show"; PolNeAR includes them in 55 of
            // 55 cases on train), and one with "in" mostly does ("Exit polls taken in South
            // Carolina found": 31 of 38), unless it is the speaker's setting ("in a statement",
            // "in his speech"). "from" stays a cut: "More from Jones:" names Jones.
            let setting = l == "in"
                && i + 1 < e
                && matches!(
                    self.lower.word(i + 1),
                    "a" | "an" | "his" | "her" | "their" | "its"
                );
            // "from" keeps a document's origin ("Data from the 2014 American Community Survey
            // show"), not a label's ("A lesson from Loretta Lynch:", "More from Jones:").
            let origin = l == "from" && prev != "more" && self.lower.word(e) != ":";
            if matches!(l, "for" | "by") || (l == "in" && !setting) || origin {
                head_end = head_end.min(i);
                continue;
            }
            // "The Commission on Presidential Debates", "the Council on Foreign Relations": a
            // preposition inside a name.
            let in_name = matches!(l, "on" | "of")
                && self.is_capitalised(i - 1)
                && is_org_word(self.cx.token_text(i - 1))
                && i + 1 < e
                && self.is_capitalised(i + 1);
            if in_name {
                continue;
            }
            if cuts_source(l)
                && !(self.is_capitalised(i) && l.ends_with("ly"))
                && !(matches!(prev, "close" | "familiar" | "according" | "close-"))
            {
                end = i;
                break;
            }
        }
        // "federal officials said": adjectives before a head that names speakers; "new polls
        // suggest": a document; "others say".
        let head_end = head_end.min(end);
        let described = (s..head_end)
            .all(|i| self.kind(i) == TokenKind::Word && !self.is_capitalised(i))
            && head_end > s
            && {
                let head = self.lower.word(head_end - 1);
                is_source_noun(head) || is_document(head) || head == "others"
            };
        // "she revised her statement explaining": a subject pronoun that opens the phrase with
        // more words after it opens a clause, and is the subject ("he and Brafman" stays whole;
        // "the experts I interviewed" is a phrase).
        if s + 1 < end && is_subject_pronoun(self.lower.word(s)) && self.lower.word(s + 1) != "and"
        {
            return Some((s, s));
        }
        // "22 percent said", "half said": a share of people.
        let share = end - s <= 3
            && (self.kind(s) == TokenKind::Number || is_fraction(self.lower.word(s)))
            && (s + 1..end).all(|i| self.kind(i) != TokenKind::Number);
        if share {
            return Some((s, end - 1));
        }
        // "half of white women preferred": a share of people.
        let partitive_share =
            is_fraction(self.lower.word(s)) && s + 1 < end && self.lower.word(s + 1) == "of";
        if !self.is_np_start(s) && !described && !partitive_share {
            // "warm-and-fuzzy Trump said", "something Sanders aides argue": the phrase starts
            // at the name.
            let name = (s + 1..end).find(|&i| self.is_capitalised(i))?;
            if (s..name)
                .any(|i| self.kind(i) != TokenKind::Word || is_clause_boundary(self.lower.word(i)))
            {
                return None;
            }
            // "retired Air Force general Lloyd Newton", "former Sen. Jim Webb": words of a
            // title stay.
            if !(s..name).all(|i| {
                matches!(
                    self.lower.word(i),
                    "retired" | "former" | "outgoing" | "incoming" | "acting" | "late"
                )
            }) {
                s = name;
            }
        }
        // Lower-case heads must be people or groups ("officials said"), others ("others say")
        // or documents ("polls suggest"), not any word.
        let all_lower = (s..end).all(|i| !self.is_capitalised(i));
        if all_lower
            && !(s..end).any(|i| {
                let l = self.lower.word(i);
                is_source_noun(l) || is_pronoun(l) || is_document(l) || l == "others"
            })
            && !partitive_share
        {
            let l = self.lower.word(s);
            // A short description ("the editorial board"); a possessive adds a word ("the
            // paper’s editorial board").
            let possessive = (s..end).any(|i| matches!(self.lower.word(i), "'s" | "’s"));
            let short = end - s <= 4 + usize::from(possessive);
            if !((end - s == 1 && is_pronoun(l)) || (short && is_determiner(l))) {
                return None;
            }
        }
        if end - s > 10 {
            return None;
        }
        Some((s, end - 1))
    }

    /// Source noun phrase starting at `k` ("said Smith", "said the official").
    fn source_after(&self, k: usize, hi: usize) -> Option<Range2> {
        if k >= hi {
            return None;
        }
        // "said assistant pastor Charles Elliott III": lower-case words of a title before a name.
        let titled = || {
            (k + 1..hi.min(k + 4))
                .take_while(|&t| self.kind(t) == TokenKind::Word)
                .find(|&t| self.is_capitalised(t))
                .is_some_and(|name| {
                    (k..name).all(|t| {
                        let l = self.lower.word(t);
                        self.kind(t) == TokenKind::Word
                            && !cuts_source(l)
                            && !is_clause_boundary(l)
                            && !self.cue(t)
                    })
                })
        };
        if !self.is_np_start(k) && !titled() {
            return None;
        }
        let mut e = k;
        while e < hi && e - k < 10 {
            let l = self.lower.word(e);
            let kind = self.kind(e);
            if matches!(kind, TokenKind::Terminal | TokenKind::Quote)
                || matches!(l, "," | ";" | ":" | "(" | ")")
                || (e > k
                    && ((cuts_source(l) && !(self.is_capitalised(e) && l.ends_with("ly")))
                        || is_clause_boundary(l)
                        || self.cue(e)))
                || (e > k && self.para[e] != self.para[k])
            {
                break;
            }
            e += 1;
        }
        if e == k {
            return None;
        }
        // "said Rep. Bobby Scott (D-Va.)": the party and state belong to the name.
        if e < hi && self.lower.word(e) == "(" && self.is_capitalised(e - 1) {
            if let Some(close) = (e + 1..hi.min(e + 8)).find(|&c| self.lower.word(c) == ")") {
                return Some((k, close));
            }
        }
        Some((k, e - 1))
    }

    /// "said David Plouffe, the architect of Obama’s 2008 campaign.": the end of an appositive
    /// after the source `src` that runs to the end of the sentence (`hi`, exclusive) and so
    /// belongs to the source; None when there is none, or it stops short of the end.
    fn appositive_to_end(&self, src: Range2, hi: usize) -> Option<usize> {
        // A pronoun takes no description ("according to him, Televisa censured …").
        if src.1 + 2 >= hi
            || self.lower.word(src.1 + 1) != ","
            || (src.0 == src.1 && is_pronoun(self.lower.word(src.0)))
        {
            return None;
        }
        // A description opens with a determiner or a name, with "then", "now" or "of" ("then
        // ambassador to Israel", "of Mayfield Memorial Church"), or with a role in lower case
        // ("co-director of the Center"); not with a verb ("…, speaking to CNN", "…, got …").
        let first = src.1 + 2;
        let l = self.lower.word(first);
        let role = self.kind(first) == TokenKind::Word
            && !self.cue(first)
            && !is_clause_boundary(l)
            && !is_finite_verb(l)
            && !is_pronoun(l)
            && !l.ends_with("ing")
            && !l.ends_with("ed")
            && !is_ly_adverb(l)
            && !is_label_preposition(l)
            && !matches!(l, "on" | "for" | "about" | "by" | "as" | "half")
            // A role is of something: "legal director for the state ACLU", "urban policy
            // professor and director of the Rudin Center".
            && (first + 1..hi.min(first + 6))
                .any(|t| matches!(self.lower.word(t), "of" | "for" | "at" | "to"));
        if !(self.is_np_start(first) || matches!(l, "then" | "now" | "of") || role) {
            return None;
        }
        let mut e = src.1 + 2;
        while e < hi && e - src.1 < 30 && !self.is_mark(e) && self.kind(e) != TokenKind::Terminal {
            e += 1;
        }
        (e >= hi || self.kind(e) == TokenKind::Terminal).then_some(e - 1)
    }

    /// The subject at the start of a clause: a pronoun, a name, or a short description.
    fn subject_at(&self, s: usize, hi: usize) -> Option<Range2> {
        // "Ultimately, Mr. Yanukovych rejected …": an adverb set off by a comma opens no subject.
        // A loop, not recursion: "Really, really, …" a million times must not exhaust the stack.
        let mut s = s;
        while s + 2 < hi && is_ly_adverb(self.lower.word(s)) && self.lower.word(s + 1) == "," {
            s += 2;
        }
        // "But other advisers …", "Instead, he is …", "Back in 1999, Mr. Trump …": a
        // conjunction, or a word that opens a phrase set off by a comma, is no subject; the
        // subject follows. A few steps at most, so a call costs no more than the phrase.
        for _ in 0..3 {
            if s + 1 >= hi || !self.is_capitalised(s) {
                break;
            }
            let l = self.lower.word(s);
            if matches!(l, "and" | "but" | "so" | "yet" | "or") {
                s += 1;
            } else if is_opener(l) {
                let comma = (s + 1..hi.min(s + 12)).find(|&t| self.lower.word(t) == ",");
                s = match comma {
                    Some(c) => c + 1,
                    // "Even Donald Trump said": an adverb that only focuses the subject.
                    None if matches!(l, "even" | "just" | "also" | "still") => s + 1,
                    None => return None,
                };
            } else {
                break;
            }
        }
        if s >= hi {
            return None;
        }
        let l = self.lower.word(s);
        if is_pronoun(l) {
            return Some((s, s));
        }
        let mut e = s;
        if self.is_capitalised(s) && !is_determiner(l) {
            while e + 1 < hi
                && (self.is_capitalised(e + 1)
                    || matches!(self.lower.word(e + 1), "'s" | "’s")
                    || self.kind(e + 1) == TokenKind::Abbrev)
            {
                e += 1;
            }
            return Some((s, e));
        }
        if is_determiner(l) {
            while e + 1 < hi && e - s < 5 {
                e += 1;
                if is_source_noun(self.lower.word(e)) {
                    return Some((s, e));
                }
            }
        }
        None
    }

    /// The subject of a clause a participle continues: as `subject_at`, or a short phrase
    /// after a determiner that a verb, an auxiliary or an adverb follows ("The Russians have
    /// used …, saying", "The nurse later sued, claiming").
    fn clause_subject_at(&self, s: usize, hi: usize) -> Option<Range2> {
        if let Some(src) = self.subject_at(s, hi) {
            return Some(src);
        }
        if s >= hi || !is_determiner(self.lower.word(s)) {
            return None;
        }
        let verb = (s + 2..hi.min(s + 6)).find(|&t| {
            let l = self.lower.word(t);
            is_finite_verb(l) || is_skippable(l) || self.cue(t)
        })?;
        (s + 1..verb)
            .all(|t| {
                let l = self.lower.word(t);
                self.kind(t) == TokenKind::Word && !is_clause_boundary(l) && !cuts_source(l)
            })
            .then_some((s, verb - 1))
    }

    /// End of the sentence (exclusive token index) containing `i`, within its paragraph.
    fn sentence_end(&self, i: usize) -> usize {
        // From the sentence's range, as `sentence_start`: callers per claim stay linear in a
        // sentence of thousands of cues.
        self.cx
            .sentences
            .get(self.sent[i])
            .map_or(i + 1, |r| r.end.min(self.n()).max(i + 1))
    }

    /// First token of the sentence holding `i`, from the sentence's range (no walk back: a
    /// caller per token of a long sentence stays linear).
    fn sentence_start(&self, i: usize) -> usize {
        self.cx
            .sentences
            .get(self.sent[i])
            .map_or(i, |r| r.start.min(i))
    }

    /// Attribution after a quotation: "“…,” he said", "“…,” said Smith", "“…” – Commissioner X".
    fn post_attribution(&self, s: &Segment) -> Option<Attr> {
        let n = self.n();
        let mut j = s.last + 1;
        if j < n && self.lower.word(j) == "," {
            j += 1;
        }
        if j >= n || self.seg_of[j].is_some() {
            return None;
        }
        // A quotation never closed and cut before another's sentence (see `Analysis::new`): what
        // follows it is that sentence, not its attribution.
        if !s.closed && self.para[j] == self.para[s.last] {
            return None;
        }
        if self.para[j] != self.para[s.last] {
            // A line of its own that names the speaker: "“…”\n\n- Sanders."
            return self.dash_line(j);
        }
        if self.kind(j) == TokenKind::Dash
            && j + 1 < n
            && self.para[j + 1] == self.para[j]
            && self.is_capitalised(j + 1)
        {
            let mut e = j + 1;
            while e < n
                && self.para[e] == self.para[j]
                && e - j <= 12
                && !matches!(self.kind(e), TokenKind::Terminal | TokenKind::Quote)
                && !matches!(self.lower.word(e), "," | "(" | ";")
            {
                e += 1;
            }
            if e > j + 1 {
                return Some(Attr {
                    cue: Some((j, j)),
                    source: Some((j + 1, e - 1)),
                    end: e - 1,
                    confidence: 0.8,
                    content_from: None,
                });
            }
        }
        let mut k = j;
        let mut commas = 0;
        while k < n && k - j <= 12 + 18 * usize::from(commas > 0) {
            if self.lower.word(k) == "(" {
                // "Rep. Gwen Moore (D-Wis.) said"
                if let Some(c) = (k + 1..n.min(k + 10)).find(|&c| self.lower.word(c) == ")") {
                    k = c + 1;
                    continue;
                }
            }
            // An apostrophe ("Sanders’ campaign manager") is no quote mark.
            if self.para[k] != self.para[j]
                || self.kind(k) == TokenKind::Terminal
                || self.is_mark(k)
            {
                return None;
            }
            if self.lower.word(k) == "," {
                commas += 1;
            }
            if (self.quote_cue(k) || self.learned_quote_cue(k).is_some())
                && !(k > j && matches!(self.lower.word(k - 1), "to" | "who" | "which" | "that"))
                && !self.in_relative_clause(k, j)
            {
                break;
            }
            k += 1;
        }
        if k >= n {
            return None;
        }
        // A known verb, or a phrase the lexicon has as a cue ("“…,” Trump shot back").
        let cue_end = if self.quote_cue(k) {
            k
        } else {
            k + self.learned_quote_cue(k)? - 1
        };
        let strength = cue_strength(self.lower.word(k)).unwrap_or(0.5);
        if k == j {
            // "“…,” adding that …": a participle's subject comes before the quotation.
            if self.lower.word(k).ends_with("ing") {
                return None;
            }
            let hi = self.sentence_end(cue_end).max(cue_end + 1).min(n);
            let mut src = self.source_after(cue_end + 1, hi)?;
            if let Some(e) = self.appositive_to_end(src, hi) {
                src.1 = e;
            }
            return Some(Attr {
                cue: Some((k, cue_end)),
                source: Some(src),
                end: src.1,
                confidence: 0.85 * strength.max(0.8),
                content_from: None,
            });
        }
        let mut src = self.source_before(k, j)?;
        if self.opens_reported_sentence(s, j, cue_end) {
            return None;
        }
        // A title in lower case before the name: "“…,” managing director Anil Deshpande told".
        if src.0 > j
            && src.0 - j <= 4
            && self.is_capitalised(src.0)
            && is_source_noun(self.lower.word(src.0 - 1))
            && (j..src.0).all(|t| {
                let l = self.lower.word(t);
                self.kind(t) == TokenKind::Word
                    && !self.is_capitalised(t)
                    && (is_source_noun(l) || DESCRIPTION_WORDS.binary_search(&l).is_ok() || {
                        // a modifier of the title: "managing", "chief", "senior"
                        t + 1 < src.0 && !is_clause_boundary(l) && !is_finite_verb(l)
                    })
            })
        {
            src.0 = j;
        }
        if src.0 != j {
            // Only adverbs or phrases may stand between the quotation and the source, not a
            // conjunction that starts a clause of its own ("a “long road ahead” but he feels").
            if (j..src.0).any(|i| {
                (self.is_np_start(i) && !is_skippable(self.lower.word(i)))
                    || matches!(
                        self.lower.word(i),
                        "but"
                            | "and"
                            | "or"
                            | "because"
                            | "while"
                            | "so"
                            | "if"
                            | "when"
                            | "although"
                    )
            }) {
                return None;
            }
        }
        let conf = if is_pronoun(self.lower.word(src.0)) {
            0.85
        } else {
            0.92
        };
        Some(Attr {
            cue: Some((k, cue_end)),
            source: Some(src),
            end: k,
            confidence: conf * strength.max(0.8),
            content_from: None,
        })
    }

    /// The length of a lexicon phrase that starts at `k` and is usually a whole cue when it
    /// occurs (more than half the time), in lower case and outside quotations.
    fn learned_quote_cue(&self, k: usize) -> Option<usize> {
        if self.is_capitalised(k) || self.seg_of[k].is_some() || self.kind(k) != TokenKind::Word {
            return None;
        }
        let n = self.n();
        let fits = |len: usize| {
            k + len <= n
                && (k..k + len).all(|t| self.seg_of[t].is_none() && self.para[t] == self.para[k])
        };
        learned::lexicon()
            .longest_at(&self.keys, k, &fits)
            .filter(|&(_, share)| share > 0.5)
            .map(|(len, _)| len)
    }

    /// A paragraph that is only a dash and a name, right after a quotation's paragraph: the
    /// fact-checker's "- Sanders." or "-President Obama, tweeting after …".
    fn dash_line(&self, j: usize) -> Option<Attr> {
        let n = self.n();
        if self.kind(j) != TokenKind::Dash || j + 1 >= n || !self.is_capitalised(j + 1) {
            return None;
        }
        let para = self.para[j];
        // The name on the dash's own line ("—\n\nTrump" names nobody).
        if (j > 0 && self.para[j - 1] == para) || self.para[j + 1] != para {
            return None;
        }
        let mut e = j + 1;
        while e < n && self.para[e] == para && e - j <= 12 {
            if matches!(self.kind(e), TokenKind::Terminal | TokenKind::Quote)
                || matches!(self.lower.word(e), "," | "(" | ";")
            {
                break;
            }
            e += 1;
        }
        if e - j > 12 {
            return None;
        }
        Some(Attr {
            cue: Some((j, j)),
            source: Some((j + 1, e - 1)),
            end: e - 1,
            confidence: 0.75,
            content_from: None,
        })
    }

    /// Attribution before a quotation: "Healey said: “…”", "he said, “…”".
    fn pre_attribution(&self, s: &Segment) -> Option<Attr> {
        let p = s.first.checked_sub(1)?;
        let pl = self.lower.word(p);
        if self.para[p] != self.para[s.first] {
            return None;
        }
        if !(pl == ":" || pl == "," || self.quote_cue(p)) {
            return self.reported_into(s);
        }
        let mut lo = p;
        while lo > 0 && p - lo < 40 {
            let t = lo - 1;
            if self.para[t] != self.para[p]
                || self.kind(t) == TokenKind::Terminal
                || self.seg_of[t].is_some()
            {
                break;
            }
            lo -= 1;
        }
        if let Some(a) =
            (lo..p).find(|&a| self.lower.word(a) == "according" && self.lower.word(a + 1) == "to")
        {
            let src = self.source_after(a + 2, p + 1)?;
            return Some(Attr {
                cue: Some((a, a + 1)),
                source: Some(src),
                end: p,
                confidence: 0.85,
                content_from: None,
            });
        }
        let k = (lo..=p)
            .rev()
            .find(|&k| self.quote_cue(k) && self.seg_of[k].is_none())?;
        if is_participle_cue(self.lower.word(k)) {
            // "Trump attacked Clinton …, saying, “…”": the subject of the sentence.
            let mut s = lo;
            if let Some(first_comma) = (lo..k).find(|&c| self.lower.word(c) == ",") {
                if opens_adjunct(self.lower.word(lo)) {
                    s = first_comma + 1;
                }
            }
            let src = self.subject_at(s, k)?;
            return Some(Attr {
                cue: Some((k, k)),
                source: Some(src),
                end: p,
                confidence: 0.75,
                content_from: None,
            });
        }
        if let Some(src) = self.source_before(k, lo) {
            // "Trump said he wants “…”": the quotation is part of what the speech cue before
            // reports, and its words before the quotation with it.
            let mut j = src.0;
            if j > lo && self.lower.word(j - 1) == "that" {
                j -= 1;
            }
            if j > lo
                && j < k
                && self.cue(j - 1)
                && cue_strength(self.lower.word(j - 1)) == Some(1.0)
            {
                if let Some(outer) = self.source_before(j - 1, lo) {
                    return Some(Attr {
                        cue: Some((j - 1, j - 1)),
                        source: Some(outer),
                        end: p,
                        confidence: 0.85,
                        // From "that", when it is there.
                        content_from: Some(j),
                    });
                }
            }
            let conf = if is_pronoun(self.lower.word(src.0)) {
                0.85
            } else {
                0.9
            };
            return Some(Attr {
                cue: Some((k, k)),
                source: Some(src),
                end: p,
                confidence: conf,
                content_from: None,
            });
        }
        let src = self.source_after(k + 1, p + 1)?;
        Some(Attr {
            cue: Some((k, k)),
            source: Some(src),
            end: p,
            confidence: 0.8,
            content_from: None,
        })
    }

    /// "Brooks said the tone of the debate “was because …”": a quotation that goes on from the
    /// words a speech verb reports, in the same sentence, is that verb's content from its first
    /// word ("that" included, as PolNeAR marks it).
    fn reported_into(&self, s: &Segment) -> Option<Attr> {
        let p = s.first.checked_sub(1)?;
        if self.kind(p) != TokenKind::Word {
            return None;
        }
        let lo = self.sentence_start(p).max(p.saturating_sub(15));
        let k = (lo..p).rev().find(|&k| {
            self.seg_of[k].is_none() && self.cue(k) && cue_strength(self.lower.word(k)) == Some(1.0)
        })?;
        if (k + 1..p).any(|t| {
            self.seg_of[t].is_some()
                || self.kind(t) == TokenKind::Terminal
                || matches!(self.lower.word(t), "," | ";" | ":")
        }) {
            return None;
        }
        let src = self.source_before(k, lo)?;
        Some(Attr {
            cue: Some((k, k)),
            source: Some(src),
            end: p,
            confidence: 0.8,
            content_from: Some(k + 1),
        })
    }

    /// "He said:" ending the sentence before a quotation in the next paragraph.
    fn previous_sentence_attribution(&self, s: &Segment) -> Option<Attr> {
        let p = s.first.checked_sub(1)?;
        if self.lower.word(p) != ":" {
            return None;
        }
        let lo = self.sentence_start(p);
        let k = (lo..p)
            .rev()
            .find(|&k| self.cue(k) && self.seg_of[k].is_none())?;
        let src = self.source_before(k, lo)?;
        Some(Attr {
            cue: Some((k, k)),
            source: Some(src),
            end: p,
            confidence: 0.8,
            content_from: None,
        })
    }

    fn direct_claims(&self) -> Vec<Draft> {
        let mut drafts: Vec<Draft> = Vec::new();
        // The draft that each segment went to, for continuations.
        let mut seg_draft: Vec<Option<usize>> = vec![None; self.segs.len()];
        let mut i = 0;
        while i < self.segs.len() {
            let s = self.segs[i];
            let content = (s.first, s.last);
            let post = self.post_attribution(&s);
            if i > 0 && s.continues && post.is_none() {
                if let Some(d) = seg_draft[i - 1] {
                    drafts[d].content.push(content);
                    seg_draft[i] = Some(d);
                    i += 1;
                    continue;
                }
            }
            let is_speech = self.standalone(&s) || (post.is_some() && s.words() >= 3);
            if !is_speech {
                i += 1;
                continue;
            }
            let attr = post
                .or_else(|| self.pre_attribution(&s))
                .or_else(|| self.previous_sentence_attribution(&s));
            match attr {
                Some(a) => {
                    let content = (a.content_from.unwrap_or(content.0), content.1);
                    // The cue of the claim just before ("“…,” he said of Trump, “…”"): one
                    // claim, not two with one cue.
                    if let Some(last) = drafts
                        .last_mut()
                        .filter(|d| d.cue.is_some() && d.cue == a.cue)
                    {
                        last.content.push(content);
                        seg_draft[i] = Some(drafts.len() - 1);
                        i += 1;
                        continue;
                    }
                    let mut d = Draft {
                        kind: self.kind_of(&[content]),
                        content: vec![content],
                        cue: a.cue,
                        source: a.source,
                        confidence: a.confidence,
                    };
                    seg_draft[i] = Some(drafts.len());
                    // A quotation split by its attribution: "“…,” he said, “…”".
                    let mut j = a.end + 1;
                    while j < self.n() && matches!(self.lower.word(j), "," | ":") {
                        j += 1;
                    }
                    if a.end > s.last
                        && i + 1 < self.segs.len()
                        && self.segs[i + 1].first == j
                        && j > a.end + 1
                    {
                        d.content
                            .push((self.segs[i + 1].first, self.segs[i + 1].last));
                        seg_draft[i + 1] = Some(drafts.len());
                        drafts.push(d);
                        i += 2;
                        continue;
                    }
                    drafts.push(d);
                }
                None => {
                    // Or, less surely, the last quoted speaker in this or the previous paragraph.
                    let para_here = self.para[s.first];
                    let recent = drafts.len().checked_sub(1).filter(|&di| {
                        let d = &drafts[di];
                        d.kind == ClaimKind::Direct
                            && d.source.is_some()
                            && para_here - self.para[d.last()].min(para_here) <= 1
                    });
                    // Continues the quotation just before ("“…,” he said. “…”").
                    let prev = drafts.last_mut().filter(|d| {
                        d.kind == ClaimKind::Direct && {
                            let last = d.last();
                            last < s.first
                                && s.first - last < 40
                                && (last + 1..s.first).all(|k| {
                                    matches!(
                                        self.kind(k),
                                        TokenKind::Terminal | TokenKind::Punct | TokenKind::Quote
                                    ) || self.sent[k] == self.sent[last]
                                })
                        }
                    });
                    if let Some(d) = prev {
                        d.content.push(content);
                        seg_draft[i] = Some(drafts.len() - 1);
                    } else if let Some(di) = recent {
                        drafts[di].content.push(content);
                        drafts[di].confidence *= 0.9;
                        seg_draft[i] = Some(di);
                    } else {
                        seg_draft[i] = Some(drafts.len());
                        drafts.push(Draft {
                            kind: ClaimKind::Direct,
                            content: vec![content],
                            cue: None,
                            source: None,
                            confidence: 0.4,
                        });
                    }
                }
            }
            i += 1;
        }
        drafts
    }

    /// Whether token `k` is already part of a claim.
    /// Whether token `k` is part of a draft already (content, cue or source). `drafts` only grows
    /// between calls.
    fn covered(&self, drafts: &[Draft], k: usize) -> bool {
        let mut taken = self.taken.borrow_mut();
        let (map, seen) = &mut *taken;
        if *seen > drafts.len() {
            // A different list: start again.
            map.iter_mut().for_each(|t| *t = false);
            *seen = 0;
        }
        for d in &drafts[*seen..] {
            for &(a, b) in d.content.iter().chain(d.cue.iter()).chain(d.source.iter()) {
                for t in a..=b.min(map.len().saturating_sub(1)) {
                    map[t] = true;
                }
            }
        }
        *seen = drafts.len();
        map.get(k).copied().unwrap_or(false)
    }

    /// The comma before the claim of a relative clause ("…, who estimated that …,") that holds
    /// token `t` and ends at the comma after `t`.
    fn relative_clause_claim(&self, drafts: &[Draft], t: usize) -> Option<usize> {
        if self.lower.word(t + 1) != "," {
            return None;
        }
        drafts.iter().rev().take(8).find_map(|d| {
            let (r, _) = d.source?;
            // Not `then_some(r - 1)`: that would compute r - 1 for a source at token 0 too.
            if self.opens_relative_clause(r) && r < t && d.last() == t {
                Some(r - 1)
            } else {
                None
            }
        })
    }

    /// Whether token `t` may stand before a participle that continues an attribution: a comma
    /// ("…, adding that …") or a lower-case "by" ("responded … by saying …").
    fn before_participle(&self, t: usize) -> bool {
        match self.lower.word(t) {
            "," => true,
            "by" => !self.is_capitalised(t),
            _ => false,
        }
    }

    /// Content from `from` to the end of the sentence (inclusive range), stopping before a
    /// participle that continues the attribution or "according to".
    fn content_to_end(&self, from: usize, end: usize, drafts: &[Draft]) -> Option<Range2> {
        // "according to" opens an attribution of its own, not a cue's content.
        if self.lower.word(from) == "according" && self.lower.word(from + 1) == "to" {
            return None;
        }
        let mut e = from;
        while e < end {
            if self.covered(drafts, e) && self.seg_of[e].is_none() {
                break;
            }
            if let Some(si) = self.seg_of[e] {
                let sg = &self.segs[si];
                if sg.first == e && (sg.last >= end || self.covered(drafts, e)) {
                    break;
                }
            }
            if self.before_participle(e) && e + 1 < end {
                let next = self.lower.word(e + 1);
                if is_participle_cue(next) || next == "according" {
                    break;
                }
            }
            e += 1;
        }
        // Drop a final terminal (kept when a quote mark follows it, as in ‘“… progress.”’).
        while e > from && (self.kind(e - 1) == TokenKind::Terminal || self.lower.word(e - 1) == ",")
        {
            e -= 1;
        }
        if e <= from {
            return None;
        }
        Some((from, e - 1))
    }

    fn reported_claims(&self, drafts: &mut Vec<Draft>) {
        let n = self.n();
        for range in self.cx.sentences {
            let (s0, s1) = (range.start, range.end.min(n));
            if s0 >= s1 {
                continue;
            }
            // Found first, added after the sentence's last cue is looked for: the poll's claim
            // covers the sentence, and a cue inside it ("… 28 percent said …") stays a claim.
            let poll = self.in_a_poll(s0, s1);
            // An attribution closing the sentence governs all of it: "Putin is unlikely to bow …
            // because he believes …, three sources close to the Kremlin have told Reuters."
            let last_cue = (s0..s1)
                .rev()
                .find(|&k| self.cue(k) && self.seg_of[k].is_none() && !self.covered(drafts, k));
            drafts.extend(poll);
            if let Some(k) = last_cue {
                if let Some(d) = self.reported_at(k, s0, s1, drafts, false) {
                    drafts.push(d);
                    continue;
                }
            }
            let mut k = s0;
            while k < s1 {
                if self.seg_of[k].is_some() || self.covered(drafts, k) {
                    k += 1;
                    continue;
                }
                let l = self.lower.word(k);
                // "according to X"
                if l == "according" && k + 1 < s1 && self.lower.word(k + 1) == "to" {
                    if let Some(d) = self.according_to(k, s0, s1, drafts) {
                        k = d.last() + 1;
                        drafts.push(d);
                        continue;
                    }
                }
                // "Trump attacked Clinton …, saying (that) …", "Obama responded … by saying
                // …": the subject of the sentence.
                if k > s0 && self.before_participle(k - 1) && is_participle_cue(l) {
                    if let Some(d) = self.participle_claim(k, s0, s1, drafts) {
                        k = d.last() + 1;
                        drafts.push(d);
                        continue;
                    }
                }
                if self.cue(k) {
                    if let Some(d) = self.reported_at(k, s0, s1, drafts, true) {
                        let parent = drafts.len();
                        let end = d.last();
                        drafts.push(d);
                        self.participles(parent, end + 1, s1, drafts);
                        k = drafts.last().map_or(end, Draft::last) + 1;
                        continue;
                    }
                }
                k += 1;
            }
        }
        // Participles after direct quotations: "“…,” Zelenskiy said, adding that …".
        let direct: Vec<usize> = (0..drafts.len())
            .filter(|&i| drafts[i].kind == ClaimKind::Direct && drafts[i].cue.is_some())
            .collect();
        for i in direct {
            let Some(cue) = drafts[i].cue else { continue };
            let end = self.sentence_end(cue.1);
            let from = drafts[i].last() + 1;
            self.participles(i, from, end, drafts);
        }
    }

    /// "…, adding that …" after the claim `parent`, from token `from` to `end` (exclusive).
    fn participles(&self, parent: usize, from: usize, end: usize, drafts: &mut Vec<Draft>) {
        // Participles follow their claim closely, a few at most ("said …, adding …, noting
        // …"). Bounded: in a sentence of thousands of claims a claim would otherwise give its
        // source to every participle to the sentence's end, and the output would grow with the
        // square of the text.
        const REACH: usize = 60;
        const MOST: usize = 4;
        let mut k = from;
        let mut limit = from + REACH;
        let mut found = 0;
        while k + 1 < end && k < limit && found < MOST {
            if self.before_participle(k)
                && is_participle_cue(self.lower.word(k + 1))
                && !self.covered(drafts, k + 1)
            {
                let cue = k + 1;
                let mut c = cue + 1;
                if c < end && self.lower.word(c) == "that" {
                    c += 1;
                }
                // The clause to the end of the sentence, claims nested in it or not ("adding
                // that Clinton showed the “conduct of a prosecutor”").
                let whole = {
                    let mut e = end;
                    while e > c && matches!(self.kind(e - 1), TokenKind::Terminal) {
                        e -= 1;
                    }
                    (e > c).then(|| (c, e - 1))
                };
                let content = self
                    .content_to_end(c, end, drafts)
                    .filter(|x| x.1 + 1 - x.0 >= 3)
                    .or(whole);
                if let Some(content) = content {
                    if content.1 + 1 - content.0 >= 3 {
                        let p = &drafts[parent];
                        let d = Draft {
                            kind: self.kind_of(&[content]),
                            content: vec![content],
                            cue: Some((cue, cue)),
                            source: p.source,
                            confidence: (p.confidence * 0.9).min(0.8),
                        };
                        k = content.1 + 1;
                        limit = k + REACH;
                        found += 1;
                        drafts.push(d);
                        continue;
                    }
                }
            }
            k += 1;
        }
    }

    fn participle_claim(&self, k: usize, s0: usize, s1: usize, drafts: &[Draft]) -> Option<Draft> {
        let s0 = self.dateline_end(s0, k).unwrap_or(s0);
        let mut start = s0;
        let opener = self.lower.word(s0);
        if opens_adjunct(opener)
            || matches!(opener, "meanwhile" | "but" | "and" | "still" | "however")
        {
            start = (s0..k)
                .find(|&c| self.lower.word(c) == ",")
                .map_or(s0, |c| c + 1);
        }
        if (start..k).any(|t| self.seg_of[t].is_some() || self.covered(drafts, t)) {
            return None;
        }
        let mut src = self.clause_subject_at(start, k)?;
        // "Scotland's First Minister, Fiona MacRae, also criticised …, saying": the name set
        // off after the title belongs to the subject.
        if self.lower.word(src.1 + 1) == "," {
            let name_end = (src.1 + 2..k.min(src.1 + 7))
                .take_while(|&t| self.kind(t) == TokenKind::Word && self.is_capitalised(t))
                .last();
            if let Some(e) = name_end.filter(|&e| self.lower.word(e + 1) == ",") {
                src.1 = e + 1;
            }
        }
        let mut c = k + 1;
        if c < s1 && self.lower.word(c) == "that" {
            c += 1;
        }
        let content = self.content_to_end(c, s1, drafts)?;
        if content.1 + 1 - content.0 < 3 {
            return None;
        }
        Some(Draft {
            kind: self.kind_of(&[content]),
            content: vec![content],
            cue: Some((k, k)),
            source: Some(src),
            confidence: 0.6,
        })
    }

    /// Whether what follows a quotation that ended its own sentence (`…today.” LNER says …`,
    /// no comma) is a new sentence reporting something else: its cue has a clause of its own
    /// after it ("says trains are cancelled", "added that …"), where an attribution's cue ends
    /// the sentence or an adjunct with no verb does ("he said in a statement on Tuesday.").
    fn opens_reported_sentence(&self, s: &Segment, j: usize, cue_end: usize) -> bool {
        let ended = s.closed
            && j == s.last + 1
            && s.inner_last > s.inner_first
            && self.kind(s.inner_last) == TokenKind::Terminal
            && self.lower.word(s.inner_last) == ".";
        if !ended {
            return false;
        }
        let hi = self.sentence_end(cue_end).min(self.n());
        let mut t = cue_end + 1;
        if t < hi && self.lower.word(t) == "that" {
            return true;
        }
        let mut words = 0;
        while t < hi && self.kind(t) != TokenKind::Terminal && !self.is_mark(t) {
            if is_finite_verb(self.lower.word(t)) {
                return true;
            }
            if matches!(self.kind(t), TokenKind::Word | TokenKind::Number) {
                words += 1;
            }
            t += 1;
        }
        words > 8
    }

    /// The token after a dateline that opens the sentence at `s0` before token `hi`: a place in
    /// capitals, or one with a date or an agency, then a dash or a colon ("LONDON —",
    /// "KYIV, Aug 7, 2025 (Reuters) -", "Frankfurt, March 14, 2024 —", "BERLIN:").
    fn dateline_end(&self, s0: usize, hi: usize) -> Option<usize> {
        if s0 > 0 && self.para[s0 - 1] == self.para[s0] {
            return None;
        }
        let first = self.cx.token_text(s0);
        let capitals = first.chars().count() >= 2 && first.chars().all(|c| c.is_uppercase());
        if !self.is_capitalised(s0) {
            return None;
        }
        let mut dated = false;
        for t in s0 + 1..hi.min(s0 + 14) {
            let l = self.lower.word(t);
            match self.kind(t) {
                TokenKind::Dash => return (capitals || dated).then_some(t + 1),
                TokenKind::Punct if l == ":" => return capitals.then_some(t + 1),
                TokenKind::Number => dated = true,
                TokenKind::Punct if matches!(l, "," | "(" | ")") => {}
                TokenKind::Word | TokenKind::Abbrev if self.is_capitalised(t) => {}
                _ => return None,
            }
        }
        None
    }

    /// A sentence that opens with the poll it reports ("In a Des Moines Register poll last
    /// month, Mr. Cruz had a 10-point lead"): "In" is the cue, the poll up to the comma the
    /// source and the rest of the sentence the content, as PolNeAR marks 15 of the 23 on train.
    fn in_a_poll(&self, s0: usize, s1: usize) -> Option<Draft> {
        if s1 < s0 + 6 || self.lower.word(s0) != "in" {
            return None;
        }
        let comma = (s0 + 2..s1.min(s0 + 14)).find(|&t| self.lower.word(t) == ",")?;
        if !(s0 + 1..comma).any(|t| matches!(self.lower.word(t), "poll" | "polls" | "survey")) {
            return None;
        }
        let mut last = s1 - 1;
        while last > comma + 1 && self.kind(last) == TokenKind::Terminal {
            last -= 1;
        }
        (last >= comma + 3).then(|| Draft {
            kind: self.kind_of(&[(comma + 1, last)]),
            content: vec![(comma + 1, last)],
            cue: Some((s0, s0)),
            source: Some((s0 + 1, comma - 1)),
            confidence: 0.6,
        })
    }

    fn according_to(&self, k: usize, s0: usize, s1: usize, drafts: &[Draft]) -> Option<Draft> {
        // Whatever follows names the source, a description too ("according to campaign
        // manager Jeff Weaver").
        // A phrase after the head stays ("a new report by Politico", "attorneys for the
        // family", "a poll released last week"), up to a comma, a clause or the sentence's end;
        // after the content, so does a description that runs to the end ("…, according to Craig
        // Bryan, head of …").
        let to_break = {
            let mut e = k + 2;
            while e < s1
                && e - k < 16
                && self.kind(e) != TokenKind::Terminal
                && !self.is_mark(e)
                && !matches!(self.lower.word(e), "," | ";" | ":" | "(" | ")")
                && !(e > k + 2 && is_clause_boundary(self.lower.word(e)))
            {
                e += 1;
            }
            (e > k + 2).then(|| (k + 2, e - 1))
        };
        let mut src = match (self.source_after(k + 2, s1), to_break) {
            (Some(np), Some(run)) if self.is_np_start(k + 2) => Some(np.max(run)),
            (np, run) => np.or(run),
        }?;
        let before_end = {
            let mut e = k;
            while e > s0 && matches!(self.lower.word(e - 1), "," | "(") {
                e -= 1;
            }
            e
        };
        if before_end >= s0 + 3 {
            if let Some(e) = self.appositive_to_end(src, s1) {
                src.1 = e;
            }
        }
        // The clause before, even when a claim covers part of it ("“…,” Walker said, according to
        // an Associated Press account").
        let content = if before_end >= s0 + 3 {
            (s0, before_end - 1)
        } else {
            let mut c = src.1 + 1;
            while c < s1 && self.lower.word(c) == "," {
                c += 1;
            }
            self.content_to_end(c, s1, drafts)?
        };
        if content.1 + 1 - content.0 < 3 {
            return None;
        }
        Some(Draft {
            kind: self.kind_of(&[content]),
            content: vec![content],
            cue: Some((k, k + 1)),
            source: Some(src),
            confidence: 0.85,
        })
    }

    /// Speaker labels at the start of a line: a transcript's "PENCE: Well, …" (inside its
    /// quotation or not), an interview's "Q:" and "A:", and a headline's "Trump: Cruz Has ‘To
    /// Come a Long Way’ On Ethanol"; or after a dash before a quotation ("Pollsters agree - Carl
    /// Bialik: “…”"). The colon is the cue, the label of one to four capitalised words the
    /// source, and the rest of the line the content. Then a colon just before a quotation that
    /// has no cue yet is its cue ("More from Jones: “…”").
    fn label_claims(&self, drafts: &mut Vec<Draft>) {
        let n = self.n();
        let toks = self.cx.tokens;
        // Each content span by its first token: (draft, span). Built at the first label, so a
        // text without labels pays nothing.
        let mut span_starts: Option<HashMapOfHashes<u64, (u32, u32)>> = None;
        // Labels inside quotations, applied below in one pass per quotation: (draft, span,
        // colon, source).
        let mut inside: Vec<(usize, usize, usize, Range2)> = Vec::new();
        for start in 0..n {
            // A label opens a line, or follows a dash inside one when a quotation follows it
            // ("Pollsters agree - Carl Bialik: “…”").
            let after_dash = start > 0
                && toks[start].newlines_before == 0
                && self.kind(start - 1) == TokenKind::Dash;
            if start > 0 && toks[start].newlines_before == 0 && !after_dash {
                continue;
            }
            // A transcript line may open with its quote mark.
            let first = if self.kind(start) == TokenKind::Quote {
                start + 1
            } else {
                start
            };
            // One to four capitalised words, titles with their period among them ("Dr. Ben
            // Carson").
            let mut colon = first;
            while colon < n
                && colon < first + 4
                && matches!(self.kind(colon), TokenKind::Word | TokenKind::Abbrev)
                && self.is_capitalised(colon)
                && (colon == first || toks[colon].newlines_before == 0)
            {
                colon += 1;
            }
            if colon == first
                || colon + 2 >= n
                || self.lower.word(colon) != ":"
                || (after_dash && !self.is_mark(colon + 1))
                || self.kind(colon - 1) == TokenKind::Abbrev
            {
                continue;
            }
            let label: Vec<&str> = (first..colon).map(|t| self.lower.word(t)).collect();
            // "A:" answers an interview's "Q:"; "A Look Back:" is no speaker, nor a headline's
            // phrase with a preposition in it ("Stealth Over Health:", "Clinton Wades In:").
            if is_not_a_speaker_label(&label)
                || (label.len() > 1 && is_determiner(label[0]))
                || label[1..].iter().any(|w| is_label_preposition(w))
            {
                continue;
            }
            // The content: the rest of the line, without its final full stop.
            let end = self.line_end(colon + 1);
            let mut last = end;
            while last > colon + 1
                && matches!(self.kind(last), TokenKind::Terminal | TokenKind::Quote)
            {
                last -= 1;
            }
            let words = (colon + 1..=last)
                .filter(|&t| self.kind(t) == TokenKind::Word)
                .count();
            if words < 2 || toks[colon + 1].newlines_before > 0 {
                continue;
            }
            let source = (first, colon - 1);
            let spans = span_starts.get_or_insert_with(|| {
                let mut map: HashMapOfHashes<u64, (u32, u32)> = HashMapOfHashes::default();
                for (i, d) in drafts.iter().enumerate() {
                    for (j, c) in d.content.iter().enumerate() {
                        map.insert(token_key(c.0), (i as u32, j as u32));
                    }
                }
                map
            });
            // A quotation the quotation pass found right after the colon, with no cue of its
            // own: the label is its cue and source ("Trump: ‘I’m the Worst Thing …’").
            // A cue before the label ("Pollsters agree - Carl Bialik: “…”") gives way to it.
            let quoted = [colon + 1, colon + 2]
                .into_iter()
                .find_map(|t| spans.get(&token_key(t)))
                .filter(|&&(i, at)| at == 0 && drafts[i as usize].cue.is_none_or(|c| c.1 < first))
                .map(|&(i, _)| i as usize);
            if let Some(i) = quoted {
                drafts[i].cue = Some((colon, colon));
                drafts[i].source = Some(source);
                continue;
            }
            let found = spans
                .get(&token_key(start))
                .or_else(|| spans.get(&token_key(first)));
            if let Some(&(i, at)) = found {
                let (i, at) = (i as usize, at as usize);
                let d = &drafts[i];
                if d.content[at].1 >= last && !(at == 0 && d.cue.is_some()) {
                    inside.push((i, at, colon, source));
                }
                continue;
            }
            // Claims inside the line ("FALLIN: Well, I think …") nest in the label's.
            if (first..=colon + 1).any(|t| self.covered(drafts, t)) {
                continue;
            }
            drafts.push(Draft {
                kind: self.kind_of(&[(colon + 1, last)]),
                content: vec![(colon + 1, last)],
                cue: Some((colon, colon)),
                source: Some(source),
                confidence: 0.6,
            });
        }
        // A quotation still without a cue after a colon that ends an introduction: the colon is
        // its cue and the noun phrase before it, if any, its source ("More from Jones: “…”",
        // "Clinton: "…" Bush: "…"", "Rep. Trey Gowdy (R-S.C.):"…"").
        for d in drafts.iter_mut() {
            let Some(&(c0, _)) = d.content.first() else {
                continue;
            };
            if d.cue.is_some() || c0 < 2 || !self.is_mark(c0) || self.lower.word(c0 - 1) != ":" {
                continue;
            }
            let colon = c0 - 1;
            d.cue = Some((colon, colon));
            // A phrase that stops short of the colon gives way to a name just before it: "More
            // from Jones:" is Jones.
            let name = {
                let mut s = colon;
                while s > 0
                    && colon - s < 4
                    && matches!(self.kind(s - 1), TokenKind::Word | TokenKind::Abbrev)
                    && self.is_capitalised(s - 1)
                {
                    s -= 1;
                }
                (s < colon).then(|| (s, colon - 1))
            };
            d.source = match self.source_before(colon, self.sentence_start(colon)) {
                Some((_, e)) if e + 1 < colon && name.is_some() => name,
                found => found,
            };
        }
        // A label names the speaker of its paragraph and of those that continue it. A
        // transcript's quotation runs on from one speaker's paragraph to the next, so a label in
        // a later paragraph starts a claim of its own. From the last label back, each split
        // moves only the spans after it: linear in the spans however many labels there are.
        for &(i, at, colon, source) in inside.iter().rev() {
            let mut content = drafts[i].content.split_off(at);
            content[0].0 = colon + 1;
            let labelled = Draft {
                kind: ClaimKind::Direct,
                content,
                cue: Some((colon, colon)),
                source: Some(source),
                confidence: 0.7,
            };
            if drafts[i].content.is_empty() {
                drafts[i] = labelled;
            } else {
                drafts.push(labelled);
            }
        }
    }

    /// Headlines, where every word is capitalised and the rules' lower-case cues cannot be
    /// seen: "Obama Says African-American Museum Will Tell of ‘Suffering’", "…, Former White
    /// House Doctor Says". The first cue of a title-case line (a known verb or a phrase the
    /// lexicon has as a cue) with the words before it as source and the rest as content, or,
    /// at the end of the line, the words before it back to a comma as source.
    fn headline_claims(&self, drafts: &mut Vec<Draft>) {
        let n = self.n();
        let lx = learned::lexicon();
        let mut start = 0;
        while start < n {
            let line = (start, self.line_end(start));
            start = line.1 + 1;
            if !self.title_case(line.0, line.1) {
                continue;
            }
            let cue_at = |t: usize| -> Option<usize> {
                if self.kind(t) != TokenKind::Word
                    || !self.is_capitalised(t)
                    || self.seg_of[t].is_some()
                {
                    return None;
                }
                let l = self.lower.word(t);
                if is_cue(l) || is_quote_cue(l) {
                    return Some(t);
                }
                lx.longest_at(&self.keys, t, &|len| t + len <= line.1 + 1)
                    .filter(|&(_, share)| share > 0.5)
                    .map(|(len, _)| t + len - 1)
            };
            let Some((k, e)) = (line.0..=line.1)
                .filter(|&t| self.kind(t) == TokenKind::Word)
                .skip(1)
                .find_map(|t| cue_at(t).map(|e| (t, e)))
            else {
                continue;
            };
            let mut last = line.1;
            while last > e && matches!(self.kind(last), TokenKind::Terminal) {
                last -= 1;
            }
            let (source, content) = if last > e + 1 {
                // "Obama Says …": the words before the cue speak, after a shout that opens the
                // line ("BUSTED: Emails Reveal …") and without an adverb ("Glenn Beck Just
                // Responded").
                let from = (line.0..k)
                    .rev()
                    .find(|&t| self.lower.word(t) == ":")
                    .map_or(line.0, |colon| colon + 1);
                let mut to = k - 1;
                while to > from && is_headline_adverb(self.lower.word(to)) {
                    to -= 1;
                }
                if from >= k {
                    continue;
                }
                ((from, to), (e + 1, last))
            } else {
                // "…, Former White House Doctor Says."
                let Some(comma) = (line.0..k).rev().find(|&t| self.lower.word(t) == ",") else {
                    continue;
                };
                if comma + 1 >= k || comma < line.0 + 2 {
                    continue;
                }
                ((comma + 1, k - 1), (line.0, comma - 1))
            };
            if source.1 + 1 - source.0 > 8 || (line.0..=line.1).any(|t| self.covered(drafts, t)) {
                continue;
            }
            drafts.push(Draft {
                kind: self.kind_of(&[content]),
                content: vec![content],
                cue: Some((k, e)),
                source: Some(source),
                confidence: 0.6,
            });
        }
    }

    /// Pass 4: cues from the learned lexicon ([`learned`]) that the rules above left alone —
    /// stances and nominal or multi-word cues ("pointed to", "is expected", "criticism of").
    /// A cue inside the content of another claim makes a nested claim ("Trump said Clinton
    /// *wants* …": both are claims, the inner content inside the outer). Quotations are left to
    /// the quotation pass.
    fn lexicon_claims(&self, drafts: &mut Vec<Draft>) {
        let n = self.n();
        let lx = learned::lexicon();
        // Tokens that are the cue or source of a claim already, and those that are a cue: a
        // source may be shared ("Mr. Yanukovych rejected the deal, saying …"), a cue not.
        let mut role = vec![false; n];
        let mut cue_role = vec![false; n];
        let mark = |role: &mut Vec<bool>, cue_role: &mut Vec<bool>, d: &Draft| {
            for (i, &(a, b)) in d.cue.iter().chain(d.source.iter()).enumerate() {
                for t in a..=b.min(n - 1) {
                    role[t] = true;
                    if i == 0 && d.cue.is_some() {
                        cue_role[t] = true;
                    }
                }
            }
        };
        for d in drafts.iter() {
            mark(&mut role, &mut cue_role, d);
        }
        for range in self.cx.sentences {
            let (s0, s1) = (range.start, range.end.min(n));
            let mut k = s0;
            while k < s1 {
                let free = |t: usize| !role[t] && self.seg_of[t].is_none();
                if !free(k) || !self.may_start_lexicon_cue(k) {
                    k += 1;
                    continue;
                }
                let found = lx.longest_at(&self.keys, k, &|len| {
                    k + len <= s1 && (k..k + len).all(free)
                });
                if let Some((len, share)) = found {
                    if let Some(d) =
                        self.lexicon_draft(k, k + len - 1, share, (s0, s1), &role, &cue_role)
                    {
                        mark(&mut role, &mut cue_role, &d);
                        k = d.cue.map_or(k, |c| c.1) + 1;
                        drafts.push(d);
                        continue;
                    }
                } else if (is_subject_cue(self.lower.word(k))
                    || self.regards_as(k, s1)
                    || self.records_show(k))
                    && !self.is_capitalised(k)
                {
                    // A verb that is a cue when a speaker is its subject ("Clinton expressed
                    // concern", "he sought to reassure investors"), not elsewhere.
                    // The speaker stands right before the verb, adverbs and auxiliaries aside.
                    let adjacent = |d: &Draft| {
                        d.source.is_some_and(|src| {
                            (src.1 + 1..k).all(|t| is_skippable(self.lower.word(t)))
                        })
                    };
                    if let Some(d) = self
                        .lexicon_draft(k, k, 0.6, (s0, s1), &role, &cue_role)
                        .filter(adjacent)
                    {
                        mark(&mut role, &mut cue_role, &d);
                        k += 1;
                        drafts.push(d);
                        continue;
                    }
                }
                k += 1;
            }
        }
    }

    /// "Cruz said Trump was fine, *stating* there was a benefit": a participle after a comma, or
    /// a verb joined by "and" ("He claimed vast wealth and *said* …"), with no source of its own
    /// continues the claim before it in the sentence, and shares its source; with no claim
    /// before it, its source is the subject of the sentence.
    fn shared_sources(&self, drafts: &mut [Draft]) {
        let mut by_cue: Vec<(usize, usize)> = drafts
            .iter()
            .enumerate()
            .filter_map(|(i, d)| d.cue.map(|c| (c.0, i)))
            .collect();
        by_cue.sort_unstable();
        // The latest claim with a source, in cue order: one pass, however many cues a
        // sentence holds.
        let mut last: Option<usize> = None;
        for &(k, i) in &by_cue {
            if drafts[i].source.is_none() && k > 0 {
                self.share_source(drafts, k, i, last);
            }
            if drafts[i].source.is_some() {
                last = Some(i);
            }
        }
    }

    /// "When he asked Norton to republish the book, it declined": a claim in a clause that
    /// opens with a subordinator ends at the comma where the main clause begins.
    fn subordinate_contents(&self, drafts: &mut [Draft]) {
        for d in drafts.iter_mut() {
            let (Some(cue), [content]) = (d.cue, d.content.as_mut_slice()) else {
                continue;
            };
            // Bounded walks: linear however many claims a long sentence holds.
            const REACH: usize = 80;
            let end = content.1.min(content.0 + REACH);
            if content.0 <= cue.1 || (cue.0..=end).any(|t| self.seg_of[t].is_some()) {
                continue;
            }
            let mut s = self.sentence_start(cue.0);
            if cue.0 - s > REACH {
                continue;
            }
            if matches!(self.lower.word(s), "but" | "and" | "yet" | "so") && s + 1 < cue.0 {
                s += 1;
            }
            if !matches!(
                self.lower.word(s),
                "when"
                    | "while"
                    | "after"
                    | "although"
                    | "though"
                    | "if"
                    | "because"
                    | "since"
                    | "as"
                    | "before"
                    | "once"
                    | "until"
                    | "whereas"
                    | "whether"
            ) || (s..cue.0).any(|t| self.lower.word(t) == ",")
            {
                continue;
            }
            let main = (content.0 + 1..end).find(|&c| {
                self.lower.word(c) == ","
                    && self.is_np_start(c + 1)
                    && !is_skippable(self.lower.word(c + 1))
            });
            if let Some(c) = main {
                content.1 = c - 1;
            }
        }
    }

    fn share_source(&self, drafts: &mut [Draft], k: usize, i: usize, last: Option<usize>) {
        // A source shared from afar would make every claim of a long sentence span all of it
        // ("He met them and said … and said …", 100,000 tokens): output quadratic in the text.
        const REACH: usize = 40;
        let end = self.sentence_end(k);
        let cue_end = drafts[i].cue.map_or(k, |c| c.1);
        // "Asked by Matt Lauer whether …", "as first reported by the New York Times": the agent.
        if cue_end + 2 < end
            && self.lower.word(cue_end + 1) == "by"
            && !self.lower.word(k).ends_with("ing")
        {
            if let Some(src) = self.source_after(cue_end + 2, end) {
                drafts[i].source = Some(src);
                // The content follows the agent: "Asked by Matt Lauer *whether …*".
                for c in &mut drafts[i].content {
                    if c.0 == cue_end + 1 && src.1 < c.1 {
                        c.0 = src.1 + 1;
                    }
                }
                return;
            }
        }
        // "Noting he majored in philosophy, Allen said …", "Since announcing that …, Mr. Biden
        // has": a participle opening the sentence has the subject that follows its clause.
        let start = self.sentence_start(k);
        let opening = start == k
            || (start + 1 == k
                && (opens_adjunct(self.lower.word(start))
                    || matches!(self.lower.word(start), "since" | "before" | "but" | "and")));
        // Not "Asked whether …, Priebus said": PolNeAR leaves the asker unnamed there.
        if opening && self.lower.word(k).ends_with("ing") {
            let last = drafts[i].last();
            let comma = (last + 1..end.min(last + 3)).find(|&t| self.lower.word(t) == ",");
            if let Some(src) = comma.and_then(|c| self.clause_subject_at(c + 1, end)) {
                drafts[i].source = Some(src);
            }
            return;
        }
        // After a comma, or a quotation closing on one: "calling it “a disgrace,” adding …".
        let comma_before = self.lower.word(k - 1) == ","
            || (k >= 2 && self.is_mark(k - 1) && self.lower.word(k - 2) == ",");
        let participle = comma_before && self.lower.word(k).ends_with("ing");
        // "He claimed vast wealth and said …", "… and has called for …": a verb joined to the
        // clause before it shares its subject.
        let mut b = k;
        while b > 0 && is_skippable(self.lower.word(b - 1)) {
            b -= 1;
        }
        let joined = b > 0 && matches!(self.lower.word(b - 1), "and" | "but");
        if !participle && !joined {
            return;
        }
        let before = last.and_then(|j| {
            let d = &drafts[j];
            let same_sentence = d.cue.is_some_and(|c| self.sent[c.0] == self.sent[k]);
            d.source
                .filter(|s| same_sentence && s.1 < k && k - s.0 <= REACH)
                .map(|s| (j, s))
        });
        // The claim before ends where this one's verb is joined on: "claimed *vast wealth* and
        // said …".
        let boundary = if joined {
            b - 1
        } else if self.is_mark(k - 1) {
            // The quotation stays whole: "calling it *“a disgrace,”*".
            k
        } else {
            k - 1
        };
        if let Some((j, _)) = before {
            for c in &mut drafts[j].content {
                if c.0 < boundary && boundary <= c.1 {
                    c.1 = boundary - 1;
                }
            }
        }
        drafts[i].source = before.map(|(_, s)| s).or_else(|| {
            // "Sanders instead delivered his speech, decrying …": the subject of the clause.
            let mut s = self.sentence_start(k);
            if opens_adjunct(self.lower.word(s)) {
                s = (s..k).take(REACH).find(|&c| self.lower.word(c) == ",")? + 1;
            }
            if k - s > REACH {
                return None;
            }
            self.clause_subject_at(s, k)
        });
    }

    /// Whether a lexicon cue may start at token `k`: in lower case unless it opens a sentence,
    /// and, as for the rule cues, not after a passive ("it was reported" names no source) or a
    /// negation ("did not say" reports no claim).
    fn may_start_lexicon_cue(&self, k: usize) -> bool {
        let opens = k == 0 || self.sent[k - 1] != self.sent[k];
        if !opens && self.is_capitalised(k) {
            return false;
        }
        // The lexicon was learned from these slots (`lexicon_slots`), progressives left out.
        opens || !self.passive_or_negated(k, false)
    }

    /// Whether the cue at `k` (not the first token) is passive or negated: a passive ("it was
    /// reported", "it is understood") names no source, and a negated cue ("does not believe",
    /// "did not say") reports no claim. With `progressive_active`, "Trump is defending …" is
    /// neither.
    fn passive_or_negated(&self, k: usize, progressive_active: bool) -> bool {
        match self.lower.word(k - 1) {
            "not" | "n't" | "never" | "n’t" => true,
            w if is_be(w) => !(progressive_active && self.lower.word(k).ends_with("ing")),
            _ => false,
        }
    }

    /// "some who saw the comment as a dig", "Trump cast himself as …": a verb of regarding with
    /// "as" a few words after it is a stance.
    fn regards_as(&self, k: usize, s1: usize) -> bool {
        matches!(
            self.lower.word(k),
            "see" | "sees" | "saw" | "cast" | "casts" | "portrayed" | "portrays" | "regards"
        ) && (k + 2..s1.min(k + 8))
            .take_while(|&t| self.kind(t) != TokenKind::Terminal && self.lower.word(t) != ",")
            .any(|t| {
                // "as a dig", not "as he left".
                self.lower.word(t) == "as"
                    && t + 1 < s1
                    && !is_pronoun(self.lower.word(t + 1))
                    && !matches!(self.lower.word(t + 1), "well" | "soon" | "long" | "much")
            })
    }

    /// "records show", "new filings show": a verb of evidence right after a document that
    /// bears it out (not "the polls show" as a noun phrase elsewhere: "show" alone is too
    /// often a noun or an order to be a cue).
    fn records_show(&self, k: usize) -> bool {
        k > 0 && is_evidence_verb(self.lower.word(k)) && is_document(self.lower.word(k - 1))
    }

    /// A participle after an article or possessive is an adjective: "the alleged terrorist",
    /// "his stated aim".
    fn adjectival(&self, k: usize) -> bool {
        k > 0
            && self.lower.word(k).ends_with("ed")
            && matches!(
                self.lower.word(k - 1),
                "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "my" | "your"
            )
    }

    /// A participle that names what an indefinite noun phrase before it is: "a firm called
    /// Cambridge Analytica", "a mountain stream called Miracle Run", "the so called …". Not when
    /// the phrase names a speaker: "a spokesman called the report …".
    fn naming_participle(&self, k: usize) -> bool {
        if k == 0 || !matches!(self.lower.word(k), "called" | "named" | "dubbed") {
            return false;
        }
        let before = self.lower.word(k - 1);
        if matches!(before, "so" | "so-")
            || (before == "-" && k > 1 && self.lower.word(k - 2) == "so")
        {
            return true;
        }
        let lowercase_word = |t: usize| {
            let w = self.cx.token_text(t);
            w.chars().next().is_some_and(|c| c.is_lowercase())
                && w.chars().all(|c| c.is_alphabetic() || c == '-')
        };
        // A modifier made of a name and a lower-case word: "a Pakistan-based group".
        let hyphened_modifier = |t: usize| {
            let w = self.cx.token_text(t);
            w.split_once('-').is_some_and(|(_, rest)| {
                rest.chars().next().is_some_and(|c| c.is_lowercase())
                    && rest.chars().all(|c| c.is_alphabetic() || c == '-')
            })
        };
        if !lowercase_word(k - 1) || is_source_noun(before) {
            return false;
        }
        let mut t = k - 1;
        for _ in 0..6 {
            let w = self.lower.word(t);
            if matches!(w, "a" | "an" | "one") {
                return t < k - 1;
            }
            if t == 0
                || !(lowercase_word(t) || (t < k - 1 && hyphened_modifier(t)))
                || is_pronoun(w)
                || is_clause_boundary(w)
                || w == "who"
            {
                return false;
            }
            t -= 1;
        }
        false
    }

    /// An infinitive that reports nothing yet: "declined to say whether", "too soon to say";
    /// not "went on to say" or "continued to call for".
    fn bare_infinitive(&self, k: usize) -> bool {
        k > 1 && self.lower.word(k - 1) == "to" && self.infinitive_governor(k - 1, 0) == 0
    }

    /// How many words just before the infinitive marker at `to` (none before `floor`) govern
    /// it and belong to its cue: one in "continued to", "tried to"; two in "went on to".
    fn infinitive_governor(&self, to: usize, floor: usize) -> usize {
        if to > floor && governs_infinitive_cue(self.lower.word(to - 1)) {
            1
        } else if to > floor + 1
            && self.lower.word(to - 1) == "on"
            && matches!(self.lower.word(to - 2), "went" | "goes" | "go")
        {
            2
        } else {
            0
        }
    }

    /// Whether the cue at `k..=e` ends a heading that names no speaker: "Editor’s note:".
    fn heading(&self, k: usize, e: usize) -> bool {
        if e + 1 >= self.n() || self.lower.word(e + 1) != ":" {
            return false;
        }
        let toks = self.cx.tokens;
        let mut first = k;
        while first > 0 && k - first < 4 && toks[first].newlines_before == 0 {
            first -= 1;
        }
        let written = self
            .cx
            .text
            .get(toks[first].start..toks[e].end)
            .unwrap_or_default()
            .to_lowercase();
        let label: Vec<&str> = written.split_whitespace().collect();
        (first == 0 || toks[first].newlines_before > 0) && is_not_a_speaker_label(&label)
    }

    fn lexicon_draft(
        &self,
        k: usize,
        e: usize,
        share: f64,
        (s0, s1): (usize, usize),
        role: &[bool],
        cue_role: &[bool],
    ) -> Option<Draft> {
        // Bounded walks: a sentence of many cues ("X said Y said …", 100,000 tokens long) costs
        // linear time and output, not quadratic.
        const REACH: usize = 60;
        let s0 = s0.max(k.saturating_sub(REACH));
        let s1 = s1.min(e + 1 + REACH);
        let mut lo = k;
        while lo > s0 && !cue_role[lo - 1] && self.seg_of[lo - 1].is_none() {
            lo -= 1;
        }
        let src = self.source_before(k, lo);
        if k == e && (self.adjectival(k) || self.naming_participle(k)) {
            return None;
        }
        if self.heading(k, e) || self.bare_infinitive(k) {
            return None;
        }
        let e = if self.particle_after(e) && e + 1 < s1 && !role[e + 1] {
            e + 1
        } else {
            e
        };
        // Content after the cue, to the end of the sentence or the next claim's cue or source;
        // from "that" when it comes soon ("told him *that …*": PolNeAR's content takes it in).
        let mut c = e + 1;
        let reach = if takes_addressee(self.lower.word(e)) {
            12
        } else {
            6
        };
        if let Some(t) = (c..s1.min(c + reach))
            .find(|&t| self.lower.word(t) == "that" && self.seg_of[t].is_none())
        {
            if (c..t).all(|b| self.kind(b) != TokenKind::Terminal && !role[b] && !self.cue(b)) {
                c = t;
            }
        }
        while c < s1 && matches!(self.lower.word(c), "," | ":") {
            c += 1;
        }
        let mut ce = c;
        while ce < s1
            && !role[ce]
            && !(self.lower.word(ce) == ","
                && ce + 1 < s1
                && self.lower.word(ce + 1) == "according")
        {
            ce += 1;
        }
        while ce > c && (self.kind(ce - 1) == TokenKind::Terminal || self.lower.word(ce - 1) == ",")
        {
            ce -= 1;
        }
        // One word is enough: a stance's object ("Republicans criticized Obama") is its content.
        let content = if ce > c {
            (c, ce - 1)
        } else {
            // Or before it: "…, the poll shows."
            let mut b = src.map_or(k, |s| s.0);
            while b > lo && matches!(self.lower.word(b - 1), "," | ":") {
                b -= 1;
            }
            if b <= lo {
                return None;
            }
            (lo, b - 1)
        };
        let confidence = (0.35 + 0.5 * share).min(0.85) * if src.is_some() { 1.0 } else { 0.8 };
        Some(Draft {
            kind: self.kind_of(&[content]),
            content: vec![content],
            cue: Some((k, e)),
            source: src,
            confidence,
        })
    }

    /// Direct when every word of the content is inside quotation marks ("she said, “…”"),
    /// mixed when some are, indirect otherwise.
    fn kind_of(&self, content: &[Range2]) -> ClaimKind {
        let words = || {
            content
                .iter()
                .flat_map(|&(a, b)| a..=b)
                .filter(|&t| matches!(self.kind(t), TokenKind::Word | TokenKind::Number))
        };
        if words().all(|t| self.seg_of[t].is_some()) && words().next().is_some() {
            ClaimKind::Direct
        } else if words().any(|t| self.seg_of[t].is_some()) {
            ClaimKind::Mixed
        } else {
            ClaimKind::Indirect
        }
    }

    /// Whether the cue `(a, b)` is a passive ("is expected", "was announced", "has been harshly
    /// criticized"): its subject is what is talked about, not who talks. A feeling ("is
    /// convinced", "were outraged") is the subject's own.
    fn passive_cue(&self, (a, b): Range2) -> bool {
        let w = self.lower.word(b);
        if !(w.ends_with("ed") || w.ends_with("en") || w.ends_with("wn")) || is_feeling(w) {
            return false;
        }
        let mut t = b;
        while t > a.saturating_sub(4)
            && t > 0
            && (is_ly_adverb(self.lower.word(t - 1))
                || matches!(self.lower.word(t - 1), "also" | "not"))
        {
            t -= 1;
        }
        t > 0 && is_be(self.lower.word(t - 1))
    }

    /// The first token of a passive cue's verb group: before its adverbs and forms of "be"
    /// ("has not been widely reported").
    fn verb_group_start(&self, (a, _): Range2) -> usize {
        let mut t = a;
        while t > 0 {
            let w = self.lower.word(t - 1);
            if !(is_be(w)
                || is_ly_adverb(w)
                || matches!(
                    w,
                    "also"
                        | "not"
                        | "first"
                        | "later"
                        | "then"
                        | "since"
                        | "once"
                        | "been"
                        | "being"
                        | "has"
                        | "have"
                        | "had"
                ))
            {
                break;
            }
            t -= 1;
        }
        t
    }

    /// A passive's agent up to the verb of the clause it sits in: "Those listed by Walsh
    /// included Sean Hannity" has the agent "Walsh", "an article cited by her campaign quoted
    /// experts" the agent "her campaign".
    fn name_before_verb(&self, (a, b): Range2) -> Range2 {
        (a + 1..=b)
            .find(|&t| {
                let l = self.lower.word(t);
                t < b
                    && !self.is_capitalised(t)
                    && !matches!(
                        self.lower.word(t - 1),
                        "the" | "a" | "an" | "his" | "her" | "their" | "its" | "of" | "and"
                    )
                    && self.kind(t) == TokenKind::Word
                    && (is_finite_verb(l) || l.ends_with("ed"))
            })
            .map_or((a, b), |t| (a, t - 1))
    }

    /// A participle cue that follows a noun phrase or a comma with no "be", and whose agent after
    /// "by" names someone ("by Lukashenko", "by the White House", not "by phone").
    fn reduced_relative(&self, cue: Range2, agent: Range2) -> bool {
        let verb = self.lower.word(cue.1);
        // The cue is the participle, after adverbs at most ("first reported"); "was shocked" is
        // no reduced relative, and a feeling's cause is no source ("worried by the increase").
        let participle = (verb.ends_with("ed") || verb.ends_with("en") || verb.ends_with("wn"))
            && !is_feeling(verb)
            && (cue.0..cue.1).all(|t| {
                let w = self.lower.word(t);
                is_ly_adverb(w) || matches!(w, "also" | "first" | "later" | "then" | "since")
            });
        let start = self.verb_group_start(cue);
        let named = self.is_capitalised(agent.0)
            || matches!(
                self.lower.word(agent.0),
                "the" | "a" | "an" | "his" | "her" | "their" | "its" | "some" | "several" | "many"
            );
        participle
            && named
            && start > 0
            && start == cue.0
            && (self.lower.word(start - 1) == ","
                || (self.kind(start - 1) == TokenKind::Word
                    && !is_pronoun(self.lower.word(start - 1))
                    && !matches!(
                        self.lower.word(start - 1),
                        "has" | "have" | "had" | "who" | "that" | "which"
                    )))
    }

    /// The subject of a passive cue: the noun phrase before its verb group, or, after a relative
    /// pronoun ("the plan, which was announced by …"), the phrase it stands for.
    fn passive_subject(&self, cue: Range2) -> Option<Range2> {
        let mut e = self.verb_group_start(cue);
        let lo = self.sentence_start(cue.0);
        if e > lo && self.lower.word(e - 1) == "," {
            e -= 1;
        }
        if e > lo && matches!(self.lower.word(e - 1), "which" | "that" | "who") {
            e -= 1;
            if e > lo && self.lower.word(e - 1) == "," {
                e -= 1;
            }
        }
        // Back over the words of one phrase: not past a preposition, a conjunction, a verb of
        // "be" or "have", or punctuation ("other rebel groups backed by Ankara", "initiative
        // against legislative changes proposed by the government").
        let mut s = e;
        while s > lo && e - s < 8 {
            let w = self.lower.word(s - 1);
            let word = matches!(self.kind(s - 1), TokenKind::Word | TokenKind::Number)
                || matches!(w, "$" | "€" | "£");
            if !word || is_be(w) || PHRASE_BREAKS.binary_search(&w).is_ok() {
                break;
            }
            s -= 1;
        }
        let np = (s < e).then_some((s, e - 1))?;
        (!is_pronoun(self.lower.word(np.0)) || np.0 < np.1).then_some(np)
    }

    /// Whether a reported draft's cue, read in its place, attributes nothing.
    fn cue_is_no_attribution(&self, d: &Draft) -> bool {
        let Some((a, b)) = d.cue else {
            return false;
        };
        if d.kind == ClaimKind::Direct {
            return false;
        }
        let word = |t: usize| self.lower.word(t);
        let next = (b + 1 < self.n()).then_some(b + 1);
        // A verb of thinking or perceiving with nobody doing it ("chemicals found in
        // refrigerants", "(think Brexit)"): 24 of 100 such on train were right.
        let unsourced_thought = d.source.is_none() && a == b && is_thought_verb(word(a));
        // A cue right after an article is a noun or an adjective ("the think tank", "a telling
        // side-by-side"): none of 46 such on train was a cue.
        let after_article =
            a > 0 && self.kind(a) == TokenKind::Word && matches!(word(a - 1), "the" | "a" | "an");
        // A plural noun, not a verb: after a number or a word that qualifies it ("14 counts of
        // fraud", "percentage points", "waiting lists"); and "too early to declare victory".
        let noun = a > 0
            && word(a).ends_with('s')
            && !matches!(word(a), "says" | "has" | "is" | "was" | "does")
            && (self.kind(a - 1) == TokenKind::Number
                || matches!(word(a - 1), "percentage" | "basis")
                || (word(a - 1).ends_with("ing") && self.is_capitalised(a - 1)));
        let too_to = word(a) == "to" && a >= 2 && word(a - 2) == "too";
        // A verb that a particle makes something else ("showed up", "called into a radio
        // show", "backed away"): none of 13 such on train was a cue.
        // "reported back to Trump" reports to someone, and says nothing here, unless a clause
        // follows ("reported back that …").
        let phrasal = next.is_some_and(|t| {
            self.cx.tokens[t].space_before
                && (matches!(word(t), "up" | "into" | "away" | "down")
                    || (word(t) == "back"
                        && word(a).starts_with("report")
                        && !(t + 1 < self.n() && word(t + 1) == "that")))
        });
        // "maintained" reports speech with a clause after it ("that", a quotation, "she …") or
        // closing the sentence; otherwise it keeps something ("Sanders maintained his lead").
        let keeping = a == b
            && matches!(word(a), "maintain" | "maintained" | "maintains")
            && !next.is_some_and(|t| {
                matches!(word(t), "that" | "it")
                    || is_subject_pronoun(word(t))
                    || self.is_mark(t)
                    || self.kind(t) == TokenKind::Terminal
            });
        // "called" as a telephone call ("Clinton called Alicia Machado on Friday to express
        // her gratitude", "he called her at one point"): the person called is followed by
        // neither a name for them nor a description.
        let phoned = a == b
            && matches!(word(a), "called" | "calls" | "call" | "calling")
            && self.phoned(b + 1);
        // "called an emergency meeting", "calls a vote" convene; "called to service" with
        // nobody calling summons; "taking calls from listeners" is a noun.
        let convened = a == b
            && matches!(word(a), "called" | "calls" | "call" | "calling")
            && next.is_some_and(|t| {
                (matches!(word(t), "a" | "an" | "the" | "for")
                    && (t + 1..(t + 4).min(self.n())).any(|u| {
                        matches!(
                            word(u),
                            "meeting"
                                | "vote"
                                | "election"
                                | "elections"
                                | "strike"
                                | "halt"
                                | "summit"
                                | "session"
                                | "conference"
                                | "hearing"
                                | "ceasefire"
                                | "truce"
                                | "recess"
                                | "referendum"
                                | "snap"
                        )
                    }))
                    || ((d.source.is_none() || (a > 0 && word(a - 1) == ",")) && word(t) == "to")
                    || (word(a) == "calls" && word(t) == "from")
            });
        // "All told, …" sums up and "the most telling promise" describes; "It goes without
        // saying", "Having said that," and "That said," "Needless to say," link sentences; none
        // reports.
        let comma_after = next.is_some_and(|t| word(t) == ",");
        let idiom = a == b
            && a > 0
            && match word(a) {
                "told" => word(a - 1) == "all" && comma_after,
                "telling" => matches!(word(a - 1), "most" | "more" | "very"),
                "saying" => word(a - 1) == "without",
                "said" => {
                    (word(a - 1) == "that" && comma_after && self.starts_clause(a - 1))
                        || (word(a - 1) == "having"
                            && next.is_some_and(|t| word(t) == "that")
                            && b + 2 < self.n()
                            && word(b + 2) == ",")
                }
                "say" => {
                    a >= 2
                        && word(a - 1) == "to"
                        && matches!(word(a - 2), "needless" | "suffice" | "it")
                }
                _ => false,
            };
        unsourced_thought
            || after_article
            || noun
            || too_to
            || phrasal
            || keeping
            || phoned
            || convened
            || idiom
    }

    /// Whether the words from `t` are the person a "call" is made to and what ends the call's
    /// clause: a pronoun or a name, then "to", "and", a time, a preposition of the occasion or
    /// the sentence's end ("called Sanders to congratulate him", "called her at one point").
    fn phoned(&self, t: usize) -> bool {
        let n = self.n();
        if t >= n {
            return false;
        }
        let mut after = if matches!(self.lower.word(t), "her" | "him" | "them" | "me" | "us") {
            t + 1
        } else {
            let mut e = t;
            while e < n
                && e < t + 4
                && self.is_capitalised(e)
                && matches!(self.kind(e), TokenKind::Word | TokenKind::Abbrev)
                && !matches!(
                    self.lower.word(e),
                    "the" | "on" | "upon" | "for" | "to" | "and"
                )
            {
                e += 1;
            }
            if e == t {
                return false;
            }
            e
        };
        if after < n && self.lower.word(after) == "back" {
            after += 1;
        }
        after >= n
            || self.kind(after) == TokenKind::Terminal
            || matches!(
                self.lower.word(after),
                "to" | "and" | "on" | "at" | "after" | "earlier" | "last" | "this" | "from"
            )
            || is_time_noun(self.lower.word(after))
    }

    /// Drops drafts that say nothing or repeat another: content without a word ("said. “" at
    /// a sentence break), and a quotation without a cue that another claim with a cue already
    /// holds ("she said, “…”" is found both as a quotation and as reported speech); drops cues
    /// that are no attribution here ("the think tank", "showed up"), and takes a passive cue's
    /// source from its agent, not its subject.
    fn prune(&self, drafts: &mut Vec<Draft>) {
        // "Mason pleaded guilty last November": a content that is only a time says nothing.
        drafts.retain(|d| {
            d.kind != ClaimKind::Indirect
                || d.content.len() != 1
                || !(d.content[0].0..=d.content[0].1).all(|t| {
                    let w = self.lower.word(t);
                    is_time_noun(w)
                        || crate::numbers::is_month_name(w)
                        || matches!(w, "last" | "next" | "this" | "on" | "in" | "early" | "late")
                        || self.kind(t) == TokenKind::Number
                })
        });
        // A passive cue's subject is no source (PolNeAR marks none in 133 of 175 such claims
        // on train; in most of the rest the agent is elsewhere).
        // Its agent after "by" is ("was asked by host Bill Maher whether …"), and the content
        // follows the agent.
        for d in drafts.iter_mut() {
            let Some(cue) = d.cue else { continue };
            if d.kind == ClaimKind::Direct || d.source.is_some_and(|s| s.1 >= cue.0) {
                continue;
            }
            let by = cue.1 + 1;
            let agent = (by + 1 < self.n() && self.lower.word(by) == "by")
                .then(|| self.source_after(by + 1, self.sentence_end(by)))
                .flatten()
                .map(|agent| self.name_before_verb(agent));
            // "an idea mentioned by Lukashenko", "The claim, first reported by Reuters,": a
            // participle after a noun with a named agent is passive too.
            let reduced = agent.is_some_and(|agent| self.reduced_relative(cue, agent));
            if !self.passive_cue(cue) && !reduced {
                continue;
            }
            d.source = agent;
            let Some(agent) = agent else { continue };
            // What was reported is the subject ("The plan was announced by the White House"),
            // except after a verb of telling, whose subject was told ("was asked by host Bill
            // Maher whether …"): its content follows the agent.
            let subject = (!takes_addressee(self.lower.word(cue.1)))
                .then(|| self.passive_subject(cue))
                .flatten();
            match (subject, d.content.first_mut()) {
                (Some(subject), _) => d.content = vec![subject],
                (None, Some(first)) if first.0 <= agent.1 && first.1 > agent.1 + 1 => {
                    first.0 = agent.1 + 1;
                }
                _ => {}
            }
        }
        let has_word = |d: &Draft| {
            d.content.iter().any(|&(a, b)| {
                (a..=b).any(|t| matches!(self.kind(t), TokenKind::Word | TokenKind::Number))
            })
        };
        // The tokens held in the content of a claim with a cue.
        let mut held = vec![false; self.n()];
        for d in drafts.iter().filter(|d| d.cue.is_some()) {
            for &(a, b) in &d.content {
                held[a..=b].iter_mut().for_each(|h| *h = true);
            }
        }
        let mut keep: Vec<bool> = drafts
            .iter()
            .map(|d| {
                has_word(d)
                    && !self.cue_is_no_attribution(d)
                    && (d.cue.is_some()
                        || !d
                            .content
                            .iter()
                            .all(|&(a, b)| held[a..=b].iter().all(|&h| h)))
            })
            .collect();
        // A quotation without a cue that opens the sentence after "…, Mr. Lou said." goes on
        // with that claim: the speaker has just been named. Claims by their last token.
        let mut by_end: HashMapOfHashes<u64, (u32, u32)> = HashMapOfHashes::default();
        for (i, d) in drafts.iter().enumerate() {
            if keep[i] && d.cue.is_some() && d.kind != ClaimKind::Direct {
                by_end.insert(token_key(d.last()), (i as u32, 0));
            }
        }
        for i in 0..drafts.len() {
            if !keep[i] || drafts[i].cue.is_some() || drafts[i].kind != ClaimKind::Direct {
                continue;
            }
            let first = drafts[i].first();
            // The tokens between the other claim and the quotation: its full stop only.
            let Some(stop) = first.checked_sub(1) else {
                continue;
            };
            if self.kind(stop) != TokenKind::Terminal || stop == 0 {
                continue;
            }
            let Some(&(j, _)) = by_end.get(&token_key(stop - 1)) else {
                continue;
            };
            let j = j as usize;
            let d = &drafts[j];
            let content_first = d
                .content
                .iter()
                .all(|c| d.cue.is_some_and(|cue| c.1 < cue.0));
            if !content_first || d.source.is_none() || self.para[d.last()] != self.para[first] {
                continue;
            }
            let quote = std::mem::take(&mut drafts[i].content);
            drafts[j].content.extend(quote);
            drafts[j].kind = self.kind_of(&drafts[j].content);
            keep[i] = false;
        }
        let mut index = 0;
        drafts.retain(|_| {
            index += 1;
            keep[index - 1]
        });
    }

    fn reported_at(
        &self,
        k: usize,
        s0: usize,
        s1: usize,
        drafts: &[Draft],
        subject_first: bool,
    ) -> Option<Draft> {
        let n = self.n();
        let l = self.lower.word(k);
        let strength = cue_strength(l)?;
        if (k > s0
            && (self.passive_or_negated(k, true)
                || self.adjectival(k)
                || self.naming_participle(k)))
            || self.heading(k, k)
            || self.bare_infinitive(k)
        {
            return None;
        }
        // Bounded walks here too: a sentence of many cues, thousands of tokens long, costs
        // linear time.
        const REACH: usize = 60;
        // Content first: "…, the White House official said." / "…, said the official."
        let tail_short = |from: usize| {
            let to = s1.min(from + 2 * REACH);
            // "Noting …, Allen said he tends to …": a clause after the cue is its content.
            let clause = from < s1
                && (is_subject_pronoun(self.lower.word(from)) || self.lower.word(from) == "it");
            to == s1
                && !clause
                && (from..to)
                    .filter(|&t| self.kind(t) != TokenKind::Terminal)
                    .count()
                    <= 8
                && !(from..to).any(|t| {
                    self.lower.word(t) == "that" || self.cue(t) || self.seg_of[t].is_some()
                })
        };
        // Clause start for the source: after the last comma before the cue.
        let mut lo = k;
        while lo > s0
            && k - lo < REACH
            && !matches!(self.lower.word(lo - 1), "," | ";" | ":")
            && self.seg_of[lo - 1].is_none()
        {
            lo -= 1;
        }
        // "Trump, speaking to a veterans group, said the country …": the sentence opens with
        // its speaker and a phrase set off after the name, so what follows the cue is content.
        let opens_with_speaker = || {
            self.source_before(k, s0)
                .is_some_and(|(a, b)| a == s0 && b + 1 < lo)
        };
        if lo > s0
            && self.lower.word(lo - 1) == ","
            && (lo == k || tail_short(k + 1))
            && !(lo == k && opens_with_speaker())
        {
            let comma = lo - 1;
            let src = if lo == k {
                // "…, said the official"; not "Cummings, called him a master …", where the cue's
                // object follows it.
                // "…, said Trump is responsible": a verb after the name makes it the subject of
                // the content, not the source.
                self.source_after(k + 1, s1)
                    .filter(|s| {
                        let object =
                            matches!(self.lower.word(s.0), "him" | "her" | "them" | "us" | "me");
                        let verb_follows = s.1 + 1 < s1 && is_finite_verb(self.lower.word(s.1 + 1));
                        !object && !verb_follows
                    })
                    .and_then(|s| match self.appositive_to_end(s, s1) {
                        // "…, said Steve Elmendorf, deputy campaign manager for John Kerry."
                        Some(e) => Some((s.0, e)),
                        // "…, said the official on Tuesday."; not "Mr. Leenders, who …, said
                        // he voted for Mr. Obama", where the words after the cue are a clause.
                        None => {
                            let rest = (s.1 + 1..s1).find(|&t| self.kind(t) != TokenKind::Terminal);
                            let clause = rest.is_some_and(|t| {
                                is_pronoun(self.lower.word(s.0))
                                    || !(cuts_source(self.lower.word(t))
                                        || matches!(
                                            self.lower.word(t),
                                            "," | "(" | "last" | "this"
                                        ))
                            });
                            (tail_short(k + 1) && !clause).then_some(s)
                        }
                    })
            } else {
                // Not a relative pronoun: "the AP, which first reported the story" is no
                // attribution of what comes before the comma.
                self.source_before(k, lo).filter(|s| {
                    s.0 == lo && !matches!(self.lower.word(s.0), "who" | "which" | "that")
                })
            };
            if let Some(src) = src {
                let content_end = {
                    let mut e = comma;
                    while e > s0 && self.lower.word(e - 1) == "," {
                        e -= 1;
                    }
                    e
                };
                // "Labour's shadow chancellor, Daniel Okafor, said …": a title and its name set
                // off by commas, with no verb, are the speaker, not what was said.
                let appositive_speaker = (s0..content_end).any(|t| self.lower.word(t) == ",")
                    && !(s0..content_end)
                        .any(|t| is_finite_verb(self.lower.word(t)) || self.seg_of[t].is_some());
                if content_end >= s0 + 4
                    && !appositive_speaker
                    && !(s0..content_end)
                        .any(|t| self.covered(drafts, t) && self.seg_of[t].is_none())
                {
                    let content = (s0, content_end - 1);
                    let conf = 0.8 * strength.max(0.75);
                    return Some(Draft {
                        kind: self.kind_of(&[content]),
                        content: vec![content],
                        cue: Some((k, k)),
                        source: Some(src),
                        confidence: conf,
                    });
                }
            }
        }
        if !subject_first {
            return None;
        }
        // Source first: "<source> said (that) <content>".
        let lo = {
            let mut lo = k;
            while lo > s0 && k - lo < REACH && self.seg_of[lo - 1].is_none() {
                if self.covered(drafts, lo - 1) {
                    // "Mr. Leenders, who estimated that …, said": the claim of a relative
                    // clause between commas stands between the source and its cue.
                    match self.relative_clause_claim(drafts, lo - 1) {
                        Some(comma) if comma > s0 => lo = comma + 1,
                        _ => break,
                    }
                }
                lo -= 1;
            }
            lo
        };
        let src = self.source_before(k, lo)?;
        let mut c = k + 1;
        // "called for", "called on": the preposition belongs to the cue.
        let called_for = matches!(l, "called" | "calls" | "call" | "calling" | "urged")
            && c < s1
            && matches!(self.lower.word(c), "for" | "on");
        let cue_end = if called_for || self.particle_after(k) {
            c
        } else {
            k
        };
        if cue_end == c {
            c += 1;
        }
        // Skip to "that" when it comes soon ("said on Wednesday that", "told Reuters that").
        let reach = if takes_addressee(l) { 12 } else { 6 };
        let that = (c..s1.min(c + reach))
            .find(|&t| self.lower.word(t) == "that" && self.seg_of[t].is_none());
        let mut has_that = false;
        if let Some(t) = that {
            let between_ok =
                (c..t).all(|b| !matches!(self.kind(b), TokenKind::Terminal) && !self.cue(b));
            if between_ok {
                c = t;
                has_that = true;
            }
        }
        // "As Clinton told the New York Daily News, tax relief is …": the addressee ends at the
        // comma and the content follows it.
        if !has_that && takes_addressee(l) && src.0 > s0 && self.lower.word(src.0 - 1) == "as" {
            if let Some(comma) = (c..s1.min(c + 10)).find(|&t| self.lower.word(t) == ",") {
                c = comma + 1;
            }
        } else if !has_that && takes_addressee(l) {
            c = self.after_addressee(c, s1).unwrap_or(c);
        }
        while c < s1 && matches!(self.lower.word(c), "," | ":") {
            c += 1;
        }
        if c >= n || c >= s1 {
            return None;
        }
        let mut content = self.content_to_end(c, s1, drafts)?;
        // "Mr. Leenders, who estimated that …, said he voted": a relative clause between commas
        // ends where the verb of its antecedent comes.
        if src.0 == src.1 && src.0 > s0 && self.opens_relative_clause(src.0) {
            let main_verb = (content.0 + 1..content.1).find(|&t| {
                self.lower.word(t) == ","
                    && (t + 1..=content.1)
                        .find(|&v| !is_skippable(self.lower.word(v)))
                        .is_some_and(|v| {
                            self.cue(v) && cue_strength(self.lower.word(v)) == Some(1.0)
                        })
            });
            if let Some(comma) = main_verb {
                content.1 = comma - 1;
            }
        }
        let len = content.1 + 1 - content.0;
        let quoted = (content.0..=content.1).any(|t| self.seg_of[t].is_some());
        // Three words at least, counting a particle taken into the cue ("warned against the merger").
        if len < 2 || (len + (cue_end - k) < 3 && !quoted) {
            return None;
        }
        // Weak cues need a clear clause after them.
        if strength < 1.0 && !has_that && !quoted && !called_for {
            let first = content.0;
            let clause_like = is_pronoun(self.lower.word(first))
                || is_determiner(self.lower.word(first))
                || self.is_capitalised(first);
            // Verbs of perceiving and knowing ("know", "see", "feel", "show") stay: with a clause
            // after them they are PolNeAR cues often enough to raise F1 (41 of 72 on train);
            // these are not, nor a future "will see".
            let future = k > 0 && matches!(self.lower.word(k - 1), "will" | "would" | "could");
            if !clause_like
                || len < 3
                || matches!(
                    l,
                    "asked" | "asks" | "found" | "finds" | "find" | "saw" | "heard"
                )
                || (future && matches!(l, "see" | "sees"))
            {
                return None;
            }
        }
        let conf = (if has_that { 0.8 } else { 0.7 }) * strength.max(0.75);
        // A passive with its agent: in "News of the move was first reported by the Miami
        // Herald", the Herald is the source and the subject the content.
        let passive = (src.1 + 1..k).any(|t| {
            matches!(
                self.lower.word(t),
                "was" | "were" | "is" | "are" | "been" | "be"
            )
        });
        if passive && self.lower.word(content.0) == "by" {
            let agent = self.source_after(content.0 + 1, content.1 + 1)?;
            return Some(Draft {
                kind: self.kind_of(&[src]),
                content: vec![src],
                cue: Some((k, cue_end)),
                source: Some(agent),
                confidence: conf * 0.9,
            });
        }
        // "The plan, Ms Whitmore said, was a betrayal": an attribution set off by commas inside
        // its content, whose subject comes before it.
        let lead_end = src.0.checked_sub(2).filter(|_| {
            src.0 > s0 + 1
                && self.lower.word(src.0 - 1) == ","
                && cue_end == k
                && self.lower.word(k + 1) == ","
                && content.0 == k + 2
        });
        let contents = match lead_end {
            // A subject, not an adverbial ("In both cases, he said, …", "However, …").
            Some(e)
                if e + 1 - s0 <= 8
                    && !opens_adjunct(self.lower.word(s0))
                    && !is_skippable(self.lower.word(s0))
                    && !is_ly_adverb(self.lower.word(s0))
                    && !self.lower.word(s0).ends_with("ing")
                    && !matches!(
                        self.lower.word(s0),
                        "for"
                            | "by"
                            | "with"
                            | "since"
                            | "before"
                            | "from"
                            | "under"
                            | "like"
                            | "however"
                            | "but"
                            | "and"
                            | "so"
                            | "yet"
                            | "still"
                            | "instead"
                            | "otherwise"
                            | "perhaps"
                            | "rather"
                            | "indeed"
                            | "unless"
                            | "if"
                            | "although"
                            | "though"
                            | "because"
                            | "whether"
                            | "meanwhile"
                            | "now"
                            | "then"
                            | "also"
                            | "again"
                            | "here"
                            | "there"
                            | "thus"
                    )
                    && (s0..=e).all(|t| {
                        let w = self.lower.word(t);
                        w != ","
                            && !self.cue(t)
                            && !is_finite_verb(w)
                            && !self.covered(drafts, t)
                            && self.seg_of[t].is_none()
                    }) =>
            {
                vec![(s0, e), content]
            }
            _ => vec![content],
        };
        Some(Draft {
            kind: self.kind_of(&contents),
            content: contents,
            cue: Some((k, cue_end)),
            source: Some(src),
            confidence: conf,
        })
    }

    /// Where the content starts after a cue's addressee with no "that": "told reporters *the
    /// plan was dead*", "told the court *the defendant had lied*", "told him *he would*". The
    /// addressee is a pronoun, a name or a short noun phrase, and a new clause's subject (an
    /// article or a subject pronoun) follows it directly.
    fn after_addressee(&self, c: usize, s1: usize) -> Option<usize> {
        let opens_clause = |t: usize| {
            t < s1
                && (matches!(self.lower.word(t), "the" | "a" | "an")
                    || is_subject_pronoun(self.lower.word(t)))
        };
        if c >= s1 {
            return None;
        }
        if matches!(
            self.lower.word(c),
            "him" | "her" | "them" | "us" | "me" | "you"
        ) && opens_clause(c + 1)
        {
            return Some(c + 1);
        }
        let mut j = c;
        if matches!(
            self.lower.word(j),
            "the" | "his" | "her" | "their" | "its" | "our" | "my" | "your"
        ) {
            j += 1;
        }
        let head = j;
        while j < s1 && j < head + 4 && self.kind(j) == TokenKind::Word && !opens_clause(j) {
            let w = self.lower.word(j);
            let plain = !self.is_capitalised(j) && !matches!(w, "'s" | "’s");
            // A function word or a verb means this is no bare noun phrase.
            if plain
                && (is_clause_boundary(w)
                    || cuts_source(w)
                    || is_finite_verb(w)
                    || self.cue(j)
                    || is_pronoun(w)
                    || is_determiner(w))
            {
                return None;
            }
            j += 1;
        }
        (j > head && opens_clause(j) && self.seg_of[j].is_none()).then_some(j)
    }

    /// Resolves speakers in text order and builds the claims.
    fn finish(&self, drafts: Vec<Draft>, entities: &[Entity], numbers: &[Number]) -> Vec<Claim> {
        let cx = self.cx;
        let toks = cx.tokens;
        let mut out: Vec<Claim> = Vec::with_capacity(drafts.len());
        // (first token of the claim, speaker, label) of resolved claims so far.
        let mut resolved: Vec<Resolved> = Vec::new();
        let index = EntityIndex::new(self, entities);
        let numbers_ordered = numbers
            .windows(2)
            .all(|w| w[0].start <= w[1].start && w[0].end <= w[1].end);
        for d in drafts {
            let bytes = |r: Range2| (toks[r.0].start, toks[r.1].end);
            let content: Vec<(usize, usize)> = d.content.iter().map(|&r| bytes(r)).collect();
            let cue = d.cue.map(|c| bytes(self.cue_extent(c, &d)));
            let source = d.source.map(bytes);
            let (speaker, source_type, conf) = match d.source {
                Some(src) => self.resolve(src, &d, entities, &index, &resolved),
                None => (None, SourceType::None, 1.0),
            };
            resolved.push((
                d.first(),
                d.source.map_or(d.first(), |s| s.0),
                speaker.clone(),
            ));
            let mut start = usize::MAX;
            let mut end = 0;
            for &(s, e) in content.iter().chain(cue.iter()).chain(source.iter()) {
                start = start.min(s);
                end = end.max(e);
            }
            if start > end || end > cx.text.len() {
                continue;
            }
            let hedges = self.hedges(&d.content);
            let has_numbers = if numbers_ordered {
                // The first number starting in a span ends first: a binary search per span.
                content.iter().any(|&(s, e)| {
                    numbers
                        .get(numbers.partition_point(|num| num.start < s))
                        .is_some_and(|num| num.end <= e)
                })
            } else {
                numbers
                    .iter()
                    .any(|num| content.iter().any(|&(s, e)| num.start >= s && num.end <= e))
            };
            out.push(Claim {
                start,
                end,
                text: text_span(cx.text, start, end).text,
                kind: d.kind,
                cue: cue.map(|(s, e)| text_span(cx.text, s, e)),
                source: source.map(|(s, e)| text_span(cx.text, s, e)),
                content: content
                    .into_iter()
                    .map(|(s, e)| text_span(cx.text, s, e))
                    .collect(),
                speaker: speaker.map(|(s, _)| s),
                source_type,
                hedges,
                has_numbers,
                // Two decimals: a rule's estimate, not a measurement to 16 digits.
                confidence: ((d.confidence * conf).clamp(0.0, 1.0) * 100.0).round() / 100.0,
            });
        }
        out
    }

    /// Whether the word after the cue verb at `b` is a particle that makes the verb what it is
    /// ("complained about", "spoke out", "warned against", "shot off"): PolNeAR marks it as
    /// part of the cue, and the content starts after it.
    fn particle_after(&self, b: usize) -> bool {
        b + 1 < self.n()
            && self.cx.tokens[b + 1].space_before
            && match self.lower.word(b + 1) {
                // "said about Title I" and "see about a one-in-five chance" are not cues.
                "about" => !matches!(
                    self.lower.word(b),
                    "said" | "says" | "say" | "saying" | "see" | "sees" | "saw"
                ),
                "against" | "out" | "off" => true,
                // As PolNeAR marks them: "responded to", "agreed with", "warned of", "commented on".
                "to" => matches!(
                    self.lower.word(b),
                    "respond"
                        | "responds"
                        | "responded"
                        | "responding"
                        | "referred"
                        | "refers"
                        | "referring"
                        | "reacted"
                        | "reacting"
                ),
                "with" => matches!(
                    self.lower.word(b),
                    "agree" | "agrees" | "agreed" | "disagreed" | "disagrees"
                ),
                "of" => matches!(
                    self.lower.word(b),
                    "boasted" | "warned" | "warns" | "warning" | "spoke" | "accused" | "accuses"
                ),
                "on" => matches!(
                    self.lower.word(b),
                    "commented" | "comments" | "commenting" | "insisted" | "insists"
                ),
                _ => false,
            }
    }

    /// The cue as written in full: auxiliaries and adverbs just before the verb ("has said",
    /// "also said") and a colon just after it ("said:").
    fn cue_extent(&self, cue: Range2, d: &Draft) -> Range2 {
        let (mut a, mut b) = cue;
        if self.kind(a) == TokenKind::Word {
            let floor = d.source.filter(|s| s.1 < a).map_or(0, |s| s.1 + 1);
            let auxiliaries = |mut a: usize| {
                while a > floor
                    && CUE_AUXILIARIES
                        .binary_search(&self.lower.word(a - 1))
                        .is_ok()
                    && !d.content.iter().any(|c| c.0 < a && a - 1 <= c.1)
                {
                    a -= 1;
                }
                a
            };
            a = auxiliaries(a);
            // "to say", "publicly said", "first reported": an infinitive marker or an adverb just
            // before the verb belongs to the cue, as PolNeAR marks it.
            let in_content = |t: usize| d.content.iter().any(|c| c.0 <= t && t <= c.1);
            if a > floor && self.lower.word(a) == "to" && !in_content(a - 1) {
                a -= self.infinitive_governor(a, floor);
            }
            if a > floor && !in_content(a - 1) {
                let l = self.lower.word(a - 1);
                let adverb = is_ly_adverb(l) && l != "early" && !self.is_capitalised(a - 1);
                if l == "to" || adverb || matches!(l, "first" | "even" | "then" | "still") {
                    a -= 1;
                    // "has increasingly decried", "was first reported".
                    if l != "to" {
                        a = auxiliaries(a);
                    }
                }
                // "continued to call for", "tried to explain", "went on to say": the verb that
                // governs the infinitive belongs to the cue too.
                if l == "to" && a > floor && !in_content(a - 1) {
                    a -= self.infinitive_governor(a, floor);
                }
            }
            if b + 1 < self.n() && self.lower.word(b + 1) == ":" && !in_content(b + 1) {
                b += 1;
            }
            if self.particle_after(b) && !in_content(b + 1) && d.source.is_none_or(|s| s.0 != b + 1)
            {
                b += 1;
            }
            // "…,” Trump said Monday.": a weekday that ends the attribution is part of its cue
            // in most of PolNeAR's marks (25 of 40 on train); before its content it mostly is not.
            let weekday = |t: usize| {
                let w = self.lower.word(t);
                is_time_noun(w) && w.ends_with("day")
            };
            if b + 2 < self.n()
                && weekday(b + 1)
                && matches!(self.lower.word(b + 2), "." | ",")
                && !in_content(b + 1)
                && d.source.is_none_or(|s| s.0 != b + 1)
            {
                b += 1;
            }
            // A learned phrase around the verb that is usually the whole cue when it occurs:
            // "said in a statement", "pointed out", "went on to say".
            let lx = learned::lexicon();
            let taken = |t: usize| in_content(t) || d.source.is_some_and(|s| s.0 <= t && t <= s.1);
            let mut best: Option<Range2> = None;
            for start in a.saturating_sub(3)..=a {
                if (start..a).any(taken) {
                    continue;
                }
                for (len, share) in lx.matches_at(&self.keys, start) {
                    let end = start + len - 1;
                    if end >= b
                        && share > 0.5
                        && !(b + 1..=end).any(taken)
                        && (end > b || start < a)
                        && best.is_none_or(|x| x.1 + 1 - x.0 < len)
                    {
                        best = Some((start, end));
                    }
                }
            }
            if let Some(x) = best {
                (a, b) = (x.0.min(a), x.1.max(b));
            }
        }
        (a, b)
    }

    fn hedges(&self, content: &[Range2]) -> Vec<String> {
        let mut out = Vec::new();
        for &(a, b) in content {
            let mut k = a;
            while k <= b {
                let mut matched = 0;
                // "in May 2023", "by the end of May": the month, not the modal.
                if self.is_month_may(k) {
                    k += 1;
                    continue;
                }
                for h in HEDGES {
                    if k + h.len() <= b + 1
                        && h.iter()
                            .enumerate()
                            .all(|(o, w)| self.lower.word(k + o) == *w)
                    {
                        matched = h.len();
                        break;
                    }
                }
                if matched > 0 {
                    let (s, e) = (self.cx.tokens[k].start, self.cx.tokens[k + matched - 1].end);
                    out.push(self.cx.text.get(s..e).unwrap_or_default().to_string());
                    k += matched;
                } else {
                    k += 1;
                }
            }
        }
        out
    }

    /// "May" written with a capital inside a sentence, or before a number: the month.
    fn is_month_may(&self, k: usize) -> bool {
        if self.lower.word(k) != "may" || !self.is_capitalised(k) {
            return false;
        }
        let opens = k == self.sentence_start(k)
            || matches!(
                self.kind(k - 1),
                TokenKind::Quote | TokenKind::Terminal | TokenKind::Dash
            )
            || matches!(self.lower.word(k - 1), ":" | "(");
        !opens || (k + 1 < self.n() && self.kind(k + 1) == TokenKind::Number)
    }

    fn entities_in<'e>(
        &self,
        entities: &'e [Entity],
        index: &EntityIndex,
        s: usize,
        e: usize,
    ) -> Vec<&'e Entity> {
        let (bs, be) = (self.cx.tokens[s].start, self.cx.tokens[e].end);
        let candidates = if index.ordered {
            let lo = entities.partition_point(|x| x.end <= bs);
            let hi = entities.partition_point(|x| x.start < be).max(lo);
            &entities[lo..hi]
        } else {
            entities
        };
        candidates
            .iter()
            .filter(|x| x.start < be && bs < x.end)
            .collect()
    }

    fn source_type_of(label: Label) -> SourceType {
        match label {
            Label::PERSON => SourceType::NamedPerson,
            _ => SourceType::Organisation,
        }
    }

    /// Speaker, source type and a confidence factor for a source span.
    fn resolve(
        &self,
        src: Range2,
        d: &Draft,
        entities: &[Entity],
        index: &EntityIndex,
        resolved: &[Resolved],
    ) -> (Option<(String, Label)>, SourceType, f64) {
        let (s, e) = src;
        let head = self.lower.word(s);
        if s == e && (is_pronoun(head) || matches!(head, "which" | "that")) {
            let person = PERSON_PRONOUNS.contains(&head);
            let found = if person {
                self.resolve_person_pronoun(s, d, entities, index, resolved)
            } else if matches!(head, "who" | "which" | "that") {
                // The antecedent just before ("Clinton, who said", "the AP, which reported"):
                // a person only for "who".
                let p = if s > 0 && self.lower.word(s - 1) == "," {
                    s.checked_sub(2)
                } else {
                    s.checked_sub(1)
                };
                p.and_then(|p| self.entities_in(entities, index, p, p).into_iter().next())
                    .filter(|x| head == "who" || x.label != Label::PERSON)
                    .map(|x| (x.entity.clone(), x.label))
            } else if matches!(head, "it" | "they" | "we") {
                self.resolve_group_pronoun(s, entities, index, resolved)
            } else {
                None
            };
            return match found {
                Some((name, label)) => (
                    Some((name.clone(), label)),
                    Self::source_type_of(label),
                    0.85,
                ),
                None => (None, SourceType::Anonymous, 0.7),
            };
        }
        // A name that runs into the cue is a tagging slip in a title-case headline ("Obama
        // Says"): it names nobody.
        let cue_bytes = d
            .cue
            .map(|c| (self.cx.tokens[c.0].start, self.cx.tokens[c.1].end));
        let ents: Vec<&Entity> = self
            .entities_in(entities, index, s, e)
            .into_iter()
            .filter(|x| cue_bytes.is_none_or(|(cs, ce)| !(x.start < ce && cs < x.end)))
            .collect();
        // Before an appositive comma, the name is the head: "Andriy Yermak, chief of staff to …".
        let comma_at = (s..=e)
            .find(|&k| self.lower.word(k) == ",")
            .map(|k| self.cx.tokens[k].start);
        // A possessor is not the speaker: "Hillary Clinton’s right-hand woman", "Clinton's
        // lawyers".
        let possessor = |x: &Entity| {
            let t = self.cx.tokens.partition_point(|t| t.start < x.end);
            t < e && matches!(self.lower.word(t), "'s" | "’s")
        };
        // "a spokesman for Hillary Clinton", "an aide to Mr. Trump", "supporters of Sanders": a
        // person after the preposition of a description is not who speaks, up to a comma ("A
        // lawyer for the outlets, David Schulz," names him).
        let dependent = (s + 1..=e)
            .find(|&k| {
                let l = self.lower.word(k);
                matches!(l, "for" | "to") || (l == "of" && self.lower.word(k - 1).ends_with('s'))
            })
            .filter(|&k| {
                (s..k).all(|i| {
                    self.kind(i) == TokenKind::Word
                        && (!self.is_capitalised(i)
                            || (i == s && is_determiner(self.lower.word(i))))
                })
            })
            .map(|k| {
                let comma = (k..=e)
                    .find(|&c| self.lower.word(c) == ",")
                    .unwrap_or(e + 1);
                let end = self.cx.tokens.get(comma).map_or(usize::MAX, |t| t.start);
                (self.cx.tokens[k].start, end)
            });
        let ents: Vec<&Entity> = ents
            .into_iter()
            .filter(|x| {
                x.label != Label::PERSON
                    || (!possessor(x) && dependent.is_none_or(|(a, b)| x.start < a || x.start >= b))
            })
            .collect();
        let people: Vec<&&Entity> = ents.iter().filter(|x| x.label == Label::PERSON).collect();
        if !people.is_empty() {
            let pick = match comma_at {
                Some(c) => people.iter().find(|x| x.end <= c).or(people.first()),
                None => people.last(),
            };
            if let Some(p) = pick {
                return (
                    Some((p.entity.clone(), Label::PERSON)),
                    SourceType::NamedPerson,
                    1.0,
                );
            }
        }
        // Up to a postmodifier ("sources close to the Kremlin"), is the head a person noun?
        let head_end = (s..=e)
            .find(|&k| {
                matches!(
                    self.lower.word(k),
                    "close" | "familiar" | "of" | "with" | "to" | "at" | "in" | "from" | ","
                )
            })
            .unwrap_or(e + 1);
        // "A Department of Health source": the phrase ends in its head.
        let person_noun = (s..head_end).any(|k| is_source_noun(self.lower.word(k)))
            || (e > s && !self.is_capitalised(e) && is_source_noun(self.lower.word(e)));
        if person_noun {
            if matches!(head, "the" | "this" | "that") {
                if let Some(found) = self.resolve_description(s, e, entities, index) {
                    return (
                        Some((found.0, Label::PERSON)),
                        SourceType::NamedPerson,
                        found.1,
                    );
                }
            }
            return (None, SourceType::Anonymous, 1.0);
        }
        // A group named after the head is a modifier ("the coming together of European
        // nations") unless the head is a part of it ("72 percent of Democrats", "a majority of
        // Americans").
        let partitive = (s..head_end).any(|k| {
            let l = self.lower.word(k);
            self.kind(k) == TokenKind::Number
                || is_fraction(l)
                || PARTITIVE_HEADS.binary_search(&l).is_ok()
        });
        let head_end_byte = if partitive {
            usize::MAX
        } else {
            self.cx.tokens.get(head_end).map_or(usize::MAX, |t| t.start)
        };
        // A place or employer after "in", "at" or "for" ("exit polls taken in South
        // Carolina", "a producer for Yahoo") is not who speaks.
        let setting_byte = (s + 1..=e)
            .find(|&k| matches!(self.lower.word(k), "in" | "at" | "for"))
            .filter(|_| !partitive)
            .map_or(usize::MAX, |k| self.cx.tokens[k].start);
        let ents: Vec<&Entity> = ents
            .into_iter()
            .filter(|x| x.label != Label::NORP || x.start < head_end_byte)
            .filter(|x| x.start < setting_byte)
            .collect();
        // An organisation named after a place that qualifies it speaks, not the place: "Paris
        // metro operator RATP", "Kenya's central bank governor"'s bank when it is one.
        let last_org = ents
            .iter()
            .rev()
            .find(|x| x.label == Label::ORG)
            .filter(|x| {
                ents.first().is_some_and(|f| {
                    let between = self.cx.text.get(f.end..x.start).unwrap_or(",");
                    f.label != Label::ORG
                        && f.end <= x.start
                        && x.end >= self.cx.tokens[e].end
                        && !between.contains([',', ';', '(', ')'])
                        && !between
                            .split_whitespace()
                            .any(|w| matches!(w, "and" | "of" | "on" | "in" | "at" | "for"))
                })
            });
        if let Some(x) = last_org.or_else(|| {
            ents.iter()
                .find(|x| matches!(x.label, Label::ORG | Label::GPE | Label::NORP | Label::FAC))
        }) {
            return (
                Some((x.entity.clone(), x.label)),
                SourceType::Organisation,
                1.0,
            );
        }
        if let Some(x) = ents.first() {
            return (
                Some((x.entity.clone(), x.label)),
                SourceType::Organisation,
                0.9,
            );
        }
        // A name the entity layer did not find: the name as written.
        let words: Vec<usize> = (s..=e)
            .filter(|&k| self.kind(k) == TokenKind::Word || self.kind(k) == TokenKind::Abbrev)
            .collect();
        // In a title-case headline every word is capitalised, so capitals show no name there;
        // an interview's "Q:" and "A:" name nobody.
        let proper = words
            .iter()
            .any(|&k| self.cx.token_text(k).chars().count() > 1)
            && words.iter().all(|&k| {
                self.is_capitalised(k) || matches!(self.lower.word(k), "of" | "and" | "'s" | "’s")
            })
            && !self.in_title_case(s, e)
            // One word at the start of a sentence is capitalised whatever it is: not a name
            // when it is a word of our lists ("Polls show", "Others say", "Here are") or the
            // text writes it in lower case elsewhere and never capitalises it where a capital
            // tells ("Donors said"; not "Sanders said").
            && !(s == e && self.starts_clause(s) && self.common_opening_word(s))
            // A capitalised plural whose verb agrees with a plural ("Insurers say", "Analysts
            // have warned") is a group, not a person's name ("Sanders says").
            && !(s == e && self.lower.word(s).ends_with('s') && plural_verb(self.lower.word(e + 1)));
        if proper {
            let first = if self.lower.word(s) == "the" {
                s + 1
            } else {
                s
            };
            if first <= e {
                let text = self
                    .cx
                    .text
                    .get(self.cx.tokens[first].start..self.cx.tokens[e].end)
                    .unwrap_or_default()
                    .to_string();
                let org = (s..=e).any(|k| is_org_word(self.cx.token_text(k)))
                    || self.lower.word(s) == "the";
                let label = if org { Label::ORG } else { Label::PERSON };
                return (Some((text, label)), Self::source_type_of(label), 0.7);
            }
        }
        if (s..=e).any(|k| is_org_word(self.cx.token_text(k))) {
            return (None, SourceType::Organisation, 0.9);
        }
        (None, SourceType::Anonymous, 0.9)
    }

    /// Whether tokens `s..=e` stand in title case: most words capitalised in their line, looking
    /// at most 20 tokens to either side (a long line costs no more).
    fn in_title_case(&self, s: usize, e: usize) -> bool {
        let toks = self.cx.tokens;
        let mut a = s;
        while a > 0 && s - a < 20 && toks[a].newlines_before == 0 {
            a -= 1;
        }
        let mut b = e;
        while b + 1 < self.n() && b - e < 20 && toks[b + 1].newlines_before == 0 {
            b += 1;
        }
        self.title_case(a, b)
    }

    /// Whether tokens `a..=b` hold four words or more, at least three in four capitalised.
    fn title_case(&self, a: usize, b: usize) -> bool {
        let (mut words, mut capitalised) = (0, 0);
        for t in (a..=b).filter(|&t| self.kind(t) == TokenKind::Word) {
            words += 1;
            capitalised += usize::from(self.is_capitalised(t));
        }
        words >= 4 && capitalised * 4 >= words * 3
    }

    /// The last token of the line holding token `t`.
    fn line_end(&self, t: usize) -> usize {
        let toks = self.cx.tokens;
        let mut end = t;
        while end + 1 < toks.len() && toks[end + 1].newlines_before == 0 {
            end += 1;
        }
        end
    }

    fn sentence_of_byte(&self, b: usize) -> usize {
        let i = self
            .cx
            .tokens
            .partition_point(|t| t.end <= b)
            .min(self.n().saturating_sub(1));
        self.sent[i]
    }

    fn resolve_person_pronoun(
        &self,
        p: usize,
        d: &Draft,
        entities: &[Entity],
        index: &EntityIndex,
        resolved: &[Resolved],
    ) -> Option<(String, Label)> {
        let ps = self.sent[p];
        let in_sentence = |si: usize| {
            index
                .by_sentence
                .get(si)
                .into_iter()
                .flatten()
                .map(|&k| &entities[k])
        };
        let pb = self.cx.tokens[p].start;
        // "she" never resolves to a man nor "he" to a woman, when the text or the name shows it.
        let wanted = if matches!(self.lower.word(p), "she" | "her") {
            Gender::Female
        } else {
            Gender::Male
        };
        let agrees = |name: &str| {
            index
                .gender
                .get(&hash_str(name))
                .is_none_or(|&g| g == wanted || g == Gender::Unknown)
        };
        let outside_quotes = |x: &Entity| {
            let i = self
                .cx
                .tokens
                .partition_point(|t| t.end <= x.start)
                .min(self.n() - 1);
            self.seg_of[i].is_none()
        };
        // A person earlier in the same sentence, outside quotations and outside this claim's content.
        let in_content = |x: &Entity| {
            d.content
                .iter()
                .any(|&(a, b)| self.cx.tokens[a].start <= x.start && x.end <= self.cx.tokens[b].end)
        };
        if let Some(x) = in_sentence(ps).find(|x| {
            x.label == Label::PERSON
                && x.end <= pb
                && outside_quotes(x)
                && !in_content(x)
                && agrees(&x.entity)
        }) {
            return Some((x.entity.clone(), x.label));
        }
        // The speaker of the claim just before, within three sentences.
        let first = d.first();
        // Bounded: a pronoun in a sentence of thousands of claims looks back a few, not all.
        if let Some((_, at, Some((name, label)))) = resolved
            .iter()
            .rev()
            .take_while(|(_, at, _)| ps.saturating_sub(self.sent[*at]) <= 3)
            .take(64)
            .find(|(f, _, sp)| *f < first && sp.is_some())
        {
            // Unless a sentence since then opens with another person, the subject the story has
            // moved on to ("… Swarbrick said … . Tane will remain an MP. …, she said").
            let opening_person = (self.sent[*at] + 1..ps).rev().find_map(|si| {
                let start = self.cx.sentences.get(si)?.start;
                let near = self
                    .cx
                    .tokens
                    .get(start + 3)
                    .map_or(usize::MAX, |t| t.start);
                in_sentence(si)
                    .find(|x| x.label == Label::PERSON)
                    .filter(|x| x.start < near && outside_quotes(x) && agrees(&x.entity))
            });
            if let Some(x) = opening_person {
                return Some((x.entity.clone(), x.label));
            }
            if *label == Label::PERSON && agrees(name) {
                return Some((name.clone(), *label));
            }
        }
        // The first person of the nearest earlier sentence that names one.
        for back in 1..=3 {
            let Some(si) = ps.checked_sub(back) else {
                break;
            };
            if let Some(x) = in_sentence(si)
                .find(|x| x.label == Label::PERSON && outside_quotes(x) && agrees(&x.entity))
            {
                return Some((x.entity.clone(), x.label));
            }
        }
        None
    }

    /// "they", "it", "we": a group, never one person — the speaker of a recent claim that is an
    /// organisation or group, else the nearest organisation or group named before the pronoun in
    /// this sentence or the one before it.
    fn resolve_group_pronoun(
        &self,
        p: usize,
        entities: &[Entity],
        index: &EntityIndex,
        resolved: &[Resolved],
    ) -> Option<(String, Label)> {
        // Conservative: a group pronoun has many candidates, and taking any group of the
        // sentences before was right in fewer than half of the cases looked at. So it takes
        // only the speaker of the claim just before in the same sentence, when that is a group
        // ("the State Department said it found"), or a group that opens the sentence ("Senate
        // Democrats blocked the bill because they said"), or, for a pronoun that opens its
        // sentence, the one before; otherwise it stays unresolved.
        let ps = self.sent[p];
        // "it" stands for an organisation or a country ("China … it hopes"); "they" and "we"
        // for an organisation or a people ("Republicans … they say"), not a place.
        let singular = self.lower.word(p) == "it";
        let group = |l: Label| match l {
            Label::ORG => true,
            Label::GPE => singular,
            Label::NORP => !singular,
            _ => false,
        };
        let first = self.sentence_start(p);
        let recent = resolved
            .iter()
            .rev()
            .take_while(|(_, at, _)| self.sent[*at] == ps)
            // Bounded, as for persons: a sentence of thousands of claims stays linear.
            .take(64)
            .find(|(f, _, _)| *f >= first && *f < p);
        if let Some((_, _, sp)) = recent {
            return sp.clone().filter(|(_, l)| group(*l));
        }
        // The group that opens the sentence, after "The"; for "it" or "they" opening a sentence,
        // the group that opens the one before ("The European Commission met Marco Rubio on
        // Monday. They said …").
        let opening_group = |si: usize, before: usize| {
            let start = self.cx.sentences.get(si)?.start;
            let opening = if self.lower.word(start) == "the" && start + 1 < before {
                start + 1
            } else {
                start
            };
            let (opening_byte, end) = (
                self.cx.tokens.get(opening)?.start,
                self.cx.tokens.get(before)?.start,
            );
            index
                .by_sentence
                .get(si)
                .into_iter()
                .flatten()
                .map(|&k| &entities[k])
                .find(|x| x.start == opening_byte && x.end <= end && group(x.label))
                .map(|x| (x.entity.clone(), x.label))
        };
        opening_group(ps, p).or_else(|| {
            let previous = ps
                .checked_sub(1)
                .filter(|_| p == first && self.lower.word(p) != "we")?;
            opening_group(previous, first)
        })
    }

    /// "the Kremlin aide" → the person introduced as "Kremlin foreign policy aide Yuri Ushakov";
    /// "the US President" → "US President Donald Trump": an earlier mention, or the one person a
    /// specific description fits later in the text.
    fn resolve_description(
        &self,
        s: usize,
        e: usize,
        entities: &[Entity],
        index: &EntityIndex,
    ) -> Option<(String, f64)> {
        let norm = |w: &str| w.to_lowercase().replace('.', "");
        let words: Vec<String> = (s + 1..=e)
            .map(|k| norm(self.cx.token_text(k)))
            .filter(|w| {
                !matches!(
                    w.as_str(),
                    "the" | "a" | "an" | "this" | "that" | "these" | "those"
                ) && w.chars().any(char::is_alphanumeric)
            })
            .collect();
        if words.is_empty() {
            return None;
        }
        let head = words.last().map(String::as_str).unwrap_or_default();
        if head.ends_with('s') && !matches!(head, "boss" | "press" | "chiefs") && head != "us" {
            // Plural descriptions ("the Russian sources") are not one person.
            return None;
        }
        let here = self.cx.tokens[s].start;
        let n = self.n();
        let title_word = |k: usize| {
            let l = self.lower.word(k);
            self.kind(k) == TokenKind::Abbrev
                || (self.is_capitalised(k) && !is_determiner(l))
                || is_source_noun(l)
                || DESCRIPTION_WORDS.binary_search(&l).is_ok()
        };
        // The words around a person's name, computed once per entity (they do not depend on the
        // description).
        let context_of = |x: &Entity| -> Vec<String> {
            let i = self
                .cx
                .tokens
                .partition_point(|t| t.end <= x.start)
                .min(n - 1);
            let j = self
                .cx
                .tokens
                .partition_point(|t| t.end <= x.end)
                .min(n - 1);
            let mut context: Vec<String> = Vec::new();
            // The title before the name: "Kremlin foreign policy aide Yuri Ushakov".
            let mut k = i;
            while k > 0 && i - k < 8 && self.sent[k - 1] == self.sent[i] && title_word(k - 1) {
                k -= 1;
                context.push(norm(self.cx.token_text(k)));
            }
            // An appositive after it: "Dmitry Peskov, the Kremlin spokesman,".
            if j + 1 < n && self.lower.word(j + 1) == "," {
                let mut k = j + 2;
                while k < n
                    && k - j < 10
                    && !matches!(self.lower.word(k), "," | ";")
                    && self.kind(k) != TokenKind::Terminal
                {
                    context.push(norm(self.cx.token_text(k)));
                    k += 1;
                }
            }
            context
        };
        let matches = |k: usize, x: &Entity| -> bool {
            if x.label != Label::PERSON {
                return false;
            }
            let context = index
                .person_context
                .get(k)
                .map(|c| c.get_or_init(|| context_of(x)));
            context.is_some_and(|context| {
                words.iter().all(|w| context.iter().any(|c| c == w))
                    // "Prime Minister Michael Brandt" is not "the minister", nor "Vice President
                    // Pence" "the president".
                    && !context.iter().any(|c| {
                        matches!(c.as_str(), "prime" | "vice" | "deputy" | "former" | "assistant")
                            && !words.contains(c)
                    })
            })
        };
        if let Some((_, x)) = entities
            .iter()
            .enumerate()
            .rev()
            .find(|&(k, x)| x.end <= here && matches(k, x))
        {
            return Some((x.entity.clone(), 0.8));
        }
        // A later mention only for a description specific enough to name one person, as a
        // story's opening does ("The US President said …" before "Trump"); "the minister" is
        // left unresolved rather than guessed from a minister named later.
        if words.len() < 2 {
            return None;
        }
        let mut later = entities
            .iter()
            .enumerate()
            .filter(|&(k, x)| x.start > here && matches(k, x));
        let (_, first) = later.next()?;
        later
            .all(|(_, x)| x.entity == first.entity)
            .then(|| (first.entity.clone(), 0.6))
    }
}

/// Auxiliaries and adverbs that join a cue verb before it ("has said", "also said");
/// sorted for binary search (a list costs the wasm less than a match).
const CUE_AUXILIARIES: &[&str] = &[
    "'s",
    "already",
    "also",
    "are",
    "been",
    "did",
    "does",
    "earlier",
    "further",
    "had",
    "has",
    "have",
    "initially",
    "is",
    "just",
    "later",
    "long",
    "now",
    "often",
    "once",
    "previously",
    "recently",
    "repeatedly",
    "was",
    "were",
    "will",
    "would",
    "’s",
];

/// Heads that name a part of the group after them ("72 percent of Democrats");
/// sorted for binary search (a list costs the wasm less than a match).
/// Words a passive cue's subject does not reach back past, sorted for binary search.
const PHRASE_BREAKS: &[&str] = &[
    "about", "after", "against", "and", "as", "at", "before", "between", "but", "by", "for",
    "from", "had", "has", "have", "in", "into", "of", "on", "or", "over", "than", "that", "to",
    "under", "which", "who", "with",
];

const PARTITIVE_HEADS: &[&str] = &[
    "%",
    "all",
    "chorus",
    "dozens",
    "few",
    "group",
    "half",
    "handful",
    "hundreds",
    "lot",
    "majorities",
    "majority",
    "many",
    "millions",
    "minority",
    "most",
    "none",
    "number",
    "one",
    "percent",
    "proportion",
    "quarter",
    "rest",
    "several",
    "share",
    "some",
    "swath",
    "third",
    "thousands",
    "three",
    "two",
];

/// Title words around a person's name that a description may repeat ("the defence minister");
/// sorted for binary search (a list costs the wasm less than a match).
const DESCRIPTION_WORDS: &[&str] = &[
    "'s",
    "chief",
    "defence",
    "defense",
    "deputy",
    "economy",
    "finance",
    "foreign",
    "former",
    "general",
    "government",
    "health",
    "interior",
    "national",
    "of",
    "policy",
    "press",
    "prime",
    "security",
    "senior",
    "special",
    "state",
    "top",
    "trade",
    "vice",
    "’s",
];

#[cfg(test)]
mod sorted_lists {
    #[test]
    fn word_lists_are_sorted_for_binary_search() {
        for list in [
            super::CUE_AUXILIARIES,
            super::PARTITIVE_HEADS,
            super::DESCRIPTION_WORDS,
            super::PHRASE_BREAKS,
        ] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{:?}", list);
        }
    }
}

/// A verb form that agrees with a plural subject only ("say", not "says"; "have", "are").
fn plural_verb(word: &str) -> bool {
    matches!(
        word,
        "say"
            | "warn"
            | "believe"
            | "argue"
            | "claim"
            | "think"
            | "fear"
            | "expect"
            | "predict"
            | "suggest"
            | "show"
            | "insist"
            | "estimate"
            | "agree"
            | "want"
            | "hope"
            | "worry"
            | "have"
            | "are"
            | "were"
            | "do"
            | "don't"
            | "don’t"
            | "tell"
            | "report"
            | "note"
    )
}

//! Named entities: people, organisations, places and groups, linked to canonical names.
//!
//! A trained statistical recogniser ([`model`]: an averaged structured perceptron over hashed
//! [`features`], BIO tags, Viterbi decoding) finds names and their CoNLL type (PER, ORG, LOC,
//! MISC), reading the document sentence by sentence so that what it decided about a word earlier
//! informs later mentions. Gazetteers and rules ([`gazetteer`]) refine the type to OntoNotes labels
//! (GPE, LOC, FAC, NORP, EVENT, PRODUCT, ...), keep role titles out of people's names, and
//! [`link`] gives every mention its canonical entity. The model is embedded in the crate, so the
//! native build and the wasm build load the same one.

pub mod features;
pub mod gazetteer;
pub mod link;
pub mod model;

pub use link::{canonical_key, same_entity};

use crate::document::{Entity, Label};
use crate::tokenize::TokenKind;
use crate::Context;
use features::HashMapOfHashes as HashMap;
use features::{hash_lower, DocFeatures, History};
use gazetteer::{gazetteer, MAX_PHRASE};
use model::{tag_type, viterbi, Model, TAGS};
use std::ops::Range;
use std::sync::OnceLock;

static MODEL_BYTES: &[u8] = include_bytes!("../../data/ner.model");

/// The embedded model, read once (None only if the embedded file is not a readable model).
pub fn embedded_model() -> Option<&'static Model> {
    static M: OnceLock<Option<Model>> = OnceLock::new();
    M.get_or_init(|| Model::<TAGS>::from_bytes(MODEL_BYTES))
        .as_ref()
}

/// What scores tags: the embedded model, or weights being trained.
pub trait Scorer {
    fn emission(&self, features: &[u32], out: &mut [f32; TAGS]);
    /// `TAGS + 1` rows (see [`model::Transitions`]).
    fn transitions(&self) -> &[[f32; TAGS]];
}

impl Scorer for Model {
    fn emission(&self, features: &[u32], out: &mut [f32; TAGS]) {
        Model::emission(self, features, out)
    }
    fn transitions(&self) -> &[[f32; TAGS]] {
        &self.trans
    }
}

/// Tags every token of a document (one tag per token; tokens outside all sentences get O),
/// sentence by sentence in order, feeding each sentence's decisions to the next.
pub fn tag_document<S: Scorer + ?Sized>(
    scorer: &S,
    doc: &DocFeatures,
    sentences: &[Range<usize>],
) -> Vec<u8> {
    let n = doc.info.len();
    let mut tags = vec![0u8; n];
    let mut history = History::default();
    let mut feats = Vec::with_capacity(64);
    let mut em: Vec<[f32; TAGS]> = Vec::new();
    let mut out = Vec::new();
    // The scores of a word's own features, summed once per distinct word (a third of the lookups
    // of every token). The sum continues from them in the same order, so the scores are the same
    // to the bit as adding every feature one by one.
    let mut own_rows: HashMap<(u64, u64), [f32; TAGS]> = HashMap::default();
    for (s_index, s) in sentences.iter().enumerate() {
        if s.start >= s.end || s.end > n {
            continue;
        }
        em.clear();
        for i in s.clone() {
            let mut row = *own_rows.entry(doc.own_key(i)).or_insert_with(|| {
                feats.clear();
                doc.own_features(i, &mut feats);
                let mut row = [0f32; TAGS];
                scorer.emission(&feats, &mut row);
                row
            });
            feats.clear();
            doc.context_features(i, s, s_index, &mut feats);
            doc.history_features(i, &history, &mut feats);
            scorer.emission(&feats, &mut row);
            em.push(row);
        }
        viterbi(&em, scorer.transitions(), &mut out);
        history.record(doc, s.clone(), &out);
        tags[s.clone()].copy_from_slice(&out);
    }
    tags
}

/// Token ranges and type of the names in a tag sequence.
pub fn spans(tags: &[u8], sentences: &[Range<usize>]) -> Vec<(usize, usize, usize)> {
    let mut found = Vec::new();
    for s in sentences {
        let mut i = s.start;
        while i < s.end.min(tags.len()) {
            match tag_type(tags[i]) {
                Some(ty) => {
                    let mut j = i + 1;
                    while j < s.end.min(tags.len()) && tags[j] == model::inside(ty) {
                        j += 1;
                    }
                    found.push((i, j, ty));
                    i = j;
                }
                None => i += 1,
            }
        }
    }
    found
}

/// Finds entity mentions (byte offsets) and links them to canonical names.
pub fn recognize(cx: &Context) -> Vec<Entity> {
    match embedded_model() {
        Some(m) => recognize_with(m, cx),
        None => {
            let doc = DocFeatures::new(cx.text, cx.tokens, cx.sentences);
            let mut entities = Vec::new();
            add_rule_entities(cx, &doc, &[], &mut entities, true);
            finish(cx, entities)
        }
    }
}

/// [`recognize`] with a given scorer (training evaluates models this way before writing them).
pub fn recognize_with<S: Scorer + ?Sized>(scorer: &S, cx: &Context) -> Vec<Entity> {
    let doc = DocFeatures::new(cx.text, cx.tokens, cx.sentences);
    let tags = tag_document(scorer, &doc, cx.sentences);
    let mut entities = Vec::new();
    let mut taken = Vec::new();
    for (a, b, ty) in spans(&tags, cx.sentences) {
        for (a, b) in split_possessive(cx, &doc, a, b) {
            let Some((a, b)) = trim(cx, a, b, ty) else {
                continue;
            };
            let label = fine_label(cx, a, b, ty);
            taken.push(a..b);
            entities.push(make(cx, a, b, label));
        }
    }
    add_rule_entities(cx, &doc, &taken, &mut entities, false);
    entities.sort_by_key(|e| (e.start, e.end));
    consistent_labels(&mut entities);
    split_compounds(cx, &mut entities);
    finish(cx, entities)
}

/// One name, one label within a document: a one-word mention takes the label its text has most
/// often in the document, and a person's surname ("Flynn" after "Michael Flynn") is a person.
fn consistent_labels(entities: &mut [Entity]) {
    let mut votes: HashMap<&str, [u16; 11]> = HashMap::default();
    let slot = |l: Label| Label::ALL.iter().position(|&x| x == l).unwrap_or(0);
    for e in entities.iter() {
        let v = votes.entry(e.text.as_str()).or_default();
        v[slot(e.label)] = v[slot(e.label)].saturating_add(1);
    }
    let mut surnames: HashMap<&str, ()> = HashMap::default();
    for e in entities.iter().filter(|e| e.label == Label::PERSON) {
        if let Some((_, last)) = e.text.rsplit_once(' ') {
            surnames.insert(last, ());
        }
    }
    let mut relabel: Vec<(usize, Label)> = Vec::new();
    for (k, e) in entities.iter().enumerate() {
        if e.text.contains(' ') {
            continue;
        }
        if e.label != Label::PERSON && surnames.contains_key(e.text.as_str()) {
            relabel.push((k, Label::PERSON));
            continue;
        }
        if let Some(v) = votes.get(e.text.as_str()) {
            let best = (0..v.len())
                .max_by_key(|&i| (v[i], i == slot(e.label)))
                .unwrap_or(0);
            if v[best] > v[slot(e.label)] {
                relabel.push((k, Label::ALL[best]));
            }
        }
    }
    drop(votes);
    drop(surnames);
    for (k, label) in relabel {
        entities[k].label = label;
    }
}

/// The entity (in a list sorted by start) that covers bytes `start..end`.
fn covering_entity(entities: &[Entity], start: usize, end: usize) -> Option<usize> {
    let after = entities.partition_point(|e| e.start <= start);
    after.checked_sub(1).filter(|&c| entities[c].end >= end)
}

/// "A Trump-Putin meeting": a hyphenated token whose parts are each names found elsewhere in the
/// document becomes one mention per part ("Kosiniak-Kamysz" stays whole).
fn split_compounds(cx: &Context, entities: &mut Vec<Entity>) {
    let names: HashMap<&str, Label> = entities
        .iter()
        .map(|e| (e.text.as_str(), e.label))
        .collect();
    let known = |part: &str| names.get(part).copied();
    let mut added = Vec::new();
    let mut remove = Vec::new();
    for (k, t) in cx.tokens.iter().enumerate() {
        let w = cx.token_text(k);
        if t.kind != TokenKind::Word
            || !w.contains('-')
            || !w.starts_with(|c: char| c.is_uppercase())
        {
            continue;
        }
        let covering = covering_entity(entities, t.start, t.end);
        if covering.is_some_and(|c| entities[c].start != t.start || entities[c].end != t.end) {
            continue;
        }
        let mut parts = Vec::new();
        let mut at = t.start;
        let mut ok = true;
        for part in w.split('-') {
            match known(part) {
                Some(label) if !part.is_empty() => parts.push((at, at + part.len(), label)),
                _ => ok = false,
            }
            at += part.len() + 1;
        }
        if ok && parts.len() >= 2 {
            if let Some(c) = covering {
                remove.push(c);
            }
            added.extend(parts);
        }
    }
    drop(names);
    remove.sort_unstable();
    remove.dedup();
    let mut k = 0;
    entities.retain(|_| {
        k += 1;
        remove.binary_search(&(k - 1)).is_err()
    });
    for (s, e, label) in added {
        let text = cx.text.get(s..e).unwrap_or("").to_string();
        entities.push(Entity {
            start: s,
            end: e,
            entity: text.clone(),
            text,
            label,
        });
    }
}

fn finish(_cx: &Context, mut entities: Vec<Entity>) -> Vec<Entity> {
    entities.sort_by_key(|e| (e.start, e.end));
    entities.dedup_by(|a, b| a.start < b.end && b.start < a.end);
    // "Mitch McConnell (R-Ky.)": a party and state name no one.
    entities.retain(|e| !crate::tokenize::is_party_state_abbrev(&e.text));
    link::link(&mut entities);
    // Grown by doubling; the list lives until the end of the analysis.
    entities.shrink_to_fit();
    entities
}

fn make(cx: &Context, a: usize, b: usize, label: Label) -> Entity {
    let (start, end) = (cx.tokens[a].start, cx.tokens[b - 1].end);
    let text = cx.text.get(start..end).unwrap_or("").to_string();
    Entity {
        start,
        end,
        entity: text.clone(),
        text,
        label,
    }
}

fn lower_hash(cx: &Context, i: usize) -> u64 {
    hash_lower(cx.token_text(i))
}

/// Whether token `i` starts its sentence (after any quote or bracket) or follows a colon or dash.
fn doc_initial(cx: &Context, i: usize) -> bool {
    let k = cx.sentences.partition_point(|s| s.end <= i);
    let Some(s) = cx.sentences.get(k).filter(|s| s.start <= i) else {
        return true;
    };
    (i - s.start <= 8 && (s.start..i).all(|j| !gazetteer::nameable(cx.tokens[j].kind)))
        || (i > 0
            && matches!(
                cx.token_text(i - 1),
                ":" | "-" | "—" | "–" | "\"" | "“" | "("
            ))
}

/// "SpaceX's Starlink" is two names when either side is one the gazetteers know ("McDonald's
/// Corp" stays whole).
fn split_possessive(
    cx: &Context,
    doc: &DocFeatures,
    a: usize,
    b: usize,
) -> impl Iterator<Item = (usize, usize)> {
    let g = gazetteer();
    let known = |x: usize, y: usize| {
        x < y
            && g.lookup((x..y).map(|j| doc.info.get(j).map_or(0, |t| t.lower)))
                .is_some()
    };
    let cut = (a + 1..b.saturating_sub(1))
        .find(|&k| matches!(cx.token_text(k), "'s" | "’s") && (known(a, k) || known(k + 1, b)));
    match cut {
        Some(k) => [Some((a, k)), Some((k + 1, b))],
        None => [Some((a, b)), None],
    }
    .into_iter()
    .flatten()
}

/// Trims a span: no quotes, dashes or possessive clitics at its edges, and for a person no role
/// title in front ("President Trump" -> "Trump", "US special envoy Steve Witkoff" -> "Steve
/// Witkoff").
fn trim(cx: &Context, mut a: usize, mut b: usize, ty: usize) -> Option<(usize, usize)> {
    let g = gazetteer();
    let edge_junk = |i: usize| {
        let t = &cx.tokens[i];
        let w = cx.token_text(i);
        matches!(
            t.kind,
            TokenKind::Quote | TokenKind::Dash | TokenKind::Terminal | TokenKind::Punct
        ) || matches!(w, "'s" | "’s" | "s")
    };
    while a < b && edge_junk(a) {
        a += 1;
    }
    while b > a && edge_junk(b - 1) && !cx.token_text(b - 1).ends_with('.') {
        b -= 1;
    }
    // Photo credits: "Vladimir Putin Photo / Getty Images".
    while b - a >= 2
        && matches!(
            cx.token_text(b - 1),
            "Photo" | "Photograph" | "Picture" | "Pictures" | "Image" | "Credit"
        )
    {
        b -= 1;
    }
    // "reported by The Bell": a capitalised "The" inside a sentence belongs to the name, but the
    // article stays outside a long organisation name ("The New York Times" -> "New York Times").
    if ty == 1 && a > 0 && cx.token_text(a - 1) == "The" && !doc_initial(cx, a - 1) {
        a -= 1;
    }
    if ty == 1 && b - a >= 4 && cx.token_text(a) == "The" {
        a += 1;
    }
    if ty == 0 {
        while b - a >= 2 && g.is_title(lower_hash(cx, a)) {
            a += 1;
        }
        // A generational suffix belongs to the name: "Charles Elliott III", "Martin Luther King Jr.".
        if b < cx.tokens.len()
            && matches!(
                cx.token_text(b),
                "Jr." | "Jr" | "Sr." | "Sr" | "II" | "III" | "IV"
            )
            && cx.tokens[b].start == cx.tokens[b - 1].end + 1
        {
            b += 1;
        }
    }
    // A lone initial ("D." of "R-S.D.") is not a mention.
    if b == a + 1 {
        let w = cx.token_text(a);
        if w.len() == 2 && w.ends_with('.') {
            return None;
        }
    }
    (a < b).then_some((a, b))
}

const FAC_WORDS: &[&str] = &[
    "airport",
    "bridge",
    "square",
    "stadium",
    "palace",
    "street",
    "avenue",
    "hospital",
    "tower",
    "cathedral",
    "church",
    "mosque",
    "hotel",
    "station",
    "prison",
    "plant",
    "dam",
    "arena",
    "museum",
    "port",
    "base",
];
const LOC_WORDS: &[&str] = &[
    "river",
    "sea",
    "ocean",
    "mountains",
    "mountain",
    "mount",
    "lake",
    "valley",
    "gulf",
    "bay",
    "island",
    "islands",
    "peninsula",
    "strait",
    "coast",
    "desert",
    "basin",
    "canal",
    "region",
    "forest",
    "heights",
];
const EVENT_WORDS: &[&str] = &[
    "war",
    "cup",
    "championship",
    "championships",
    "olympics",
    "olympic",
    "games",
    "open",
    "summit",
    "conference",
    "election",
    "elections",
    "revolution",
    "crisis",
    "festival",
    "tournament",
    "prix",
    "rally",
    "series",
    "tour",
    "masters",
    "classic",
    "trophy",
    "marathon",
    "forum",
    "uprising",
    "massacre",
    "christmas",
    "easter",
    "thanksgiving",
    "ramadan",
    "hanukkah",
    "diwali",
    "eid",
    "olympiad",
    "expo",
    "fair",
];
const DEMONYM_ENDINGS: &[&str] = &[
    "an", "ans", "ese", "ish", "ic", "i", "is", "ot", "ots", "ch", "ean", "ite", "ites", "ist",
    "ists",
];
const ORG_WORDS: &[&str] = &[
    "embassy",
    "ministry",
    "office",
    "council",
    "party",
    "committee",
    "agency",
    "bank",
    "company",
    "group",
    "university",
    "army",
    "navy",
    "forces",
    "court",
    "parliament",
    "government",
    "department",
    "commission",
    "association",
    "federation",
    "foundation",
    "institute",
    "service",
    "corporation",
];
const LAW_WORDS: &[&str] = &[
    "act",
    "treaty",
    "constitution",
    "accord",
    "accords",
    "agreement",
    "convention",
    "charter",
    "bill",
    "law",
    "protocol",
    "amendment",
    "code",
];
const LANGUAGES: &[&str] = &[
    "english",
    "french",
    "german",
    "spanish",
    "russian",
    "ukrainian",
    "arabic",
    "chinese",
    "mandarin",
    "japanese",
    "italian",
    "portuguese",
    "polish",
    "hebrew",
    "hindi",
    "urdu",
    "persian",
    "farsi",
    "turkish",
];

/// The OntoNotes label of a name the model typed `ty` (0 PER, 1 ORG, 2 LOC, 3 MISC).
fn fine_label(cx: &Context, a: usize, b: usize, ty: usize) -> Label {
    let g = gazetteer();
    let entry = g.lookup((a..b).map(|i| lower_hash(cx, i)));
    let last = cx.token_text(b - 1).to_lowercase();
    let first = cx.token_text(a).to_lowercase();
    let has = |list: &[&str]| list.contains(&last.as_str()) || list.contains(&first.as_str());
    // A person in the news ("Putin" in a short text the model reads as a place), and a multi-word
    // name the gazetteers know ("Getty Images" is no person), are typed by the gazetteers.
    if let Some(e) = entry {
        if e.label == Label::PERSON || (b - a >= 2 && ty == 0) {
            return e.label;
        }
    }
    match ty {
        0 => Label::PERSON,
        1 => match entry.map(|e| e.label) {
            Some(Label::PRODUCT) => Label::PRODUCT,
            _ => Label::ORG,
        },
        2 => match entry.map(|e| e.label) {
            Some(Label::ORG) => Label::ORG,
            Some(Label::LOC) => Label::LOC,
            Some(Label::GPE) => Label::GPE,
            _ if has(LOC_WORDS) => Label::LOC,
            _ if FAC_WORDS.contains(&last.as_str()) => Label::FAC,
            _ => Label::GPE,
        },
        _ => match entry.map(|e| e.label) {
            Some(Label::NORP) => Label::NORP,
            Some(Label::EVENT) => Label::EVENT,
            Some(Label::PRODUCT) => Label::PRODUCT,
            _ => {
                let prev = if a > 0 {
                    cx.token_text(a - 1).to_lowercase()
                } else {
                    String::new()
                };
                let words = b - a;
                if words == 1 && prev == "in" && LANGUAGES.contains(&last.as_str()) {
                    Label::LANGUAGE
                } else if (a..b)
                    .any(|i| EVENT_WORDS.contains(&cx.token_text(i).to_lowercase().as_str()))
                {
                    Label::EVENT
                } else if words > 1 && ORG_WORDS.contains(&last.as_str()) {
                    Label::ORG
                } else if words > 1 && LAW_WORDS.contains(&last.as_str()) {
                    Label::LAW
                } else if (a..b).any(|i| cx.tokens[i].kind == TokenKind::Number)
                    || cx
                        .text
                        .get(cx.tokens[a].start..cx.tokens[b - 1].end)
                        .is_some_and(|t| t.contains('-') && t.chars().any(|c| c.is_ascii_digit()))
                {
                    Label::PRODUCT
                } else if a > 0
                    && b < cx.tokens.len()
                    && cx.tokens[a - 1].kind == TokenKind::Quote
                    && cx.tokens[b].kind == TokenKind::Quote
                {
                    Label::WORK_OF_ART
                } else if words == 1
                    && (DEMONYM_ENDINGS.iter().any(|e| last.ends_with(e)) || last.contains('-'))
                {
                    // "Bosnian", "Cypriot", "Sunni", "African-American", "pro-Western".
                    Label::NORP
                } else if words == 1 {
                    Label::PRODUCT
                } else if (a..b).all(|i| {
                    g.lookup([lower_hash(cx, i)])
                        .is_some_and(|e| e.label == Label::NORP)
                }) {
                    Label::NORP
                } else if words > 1
                    && matches!(
                        last.as_str(),
                        "plan" | "program" | "programme" | "policy" | "doctrine"
                    )
                {
                    Label::LAW
                } else {
                    // A title: a programme, a book, a song ("Face the Nation").
                    Label::WORK_OF_ART
                }
            }
        },
    }
}

/// Names the model does not know but news uses: people, organisations and products from the
/// gazetteers ("Putin", "Truth Social", "Zvezda") and "X" as the platform. With `all`, every gazetteer
/// match (the fallback when no model is available).
fn add_rule_entities(
    cx: &Context,
    doc: &DocFeatures,
    taken: &[Range<usize>],
    entities: &mut Vec<Entity>,
    all: bool,
) {
    let g = gazetteer();
    // `taken` is in text order and its ranges do not overlap.
    let free = |a: usize, b: usize| {
        let k = taken.partition_point(|r| r.end <= a);
        taken.get(k).is_none_or(|r| r.start >= b)
    };
    for s in cx.sentences {
        let mut i = s.start;
        while i < s.end {
            let w = cx.token_text(i);
            let capital = w.chars().next().is_some_and(char::is_uppercase);
            let mut matched = 0;
            if w == "X" && is_platform_x(cx, i, s) {
                if free(i, i + 1) {
                    entities.push(make(cx, i, i + 1, Label::ORG));
                }
                i += 1;
                continue;
            }
            if capital && gazetteer::nameable(cx.tokens[i].kind) {
                for len in (1..=MAX_PHRASE.min(s.end - i)).rev() {
                    // Every word of a phrase capitalised, or a short connective ("of", "and").
                    let ok = (i..i + len).all(|j| {
                        let t = cx.token_text(j);
                        t.chars()
                            .next()
                            .is_some_and(|c| c.is_uppercase() || c.is_numeric())
                            || matches!(t, "of" | "and" | "de" | "the")
                    });
                    if !ok {
                        continue;
                    }
                    let Some(e) =
                        g.lookup((i..i + len).map(|j| doc.info.get(j).map_or(0, |t| t.lower)))
                    else {
                        continue;
                    };
                    let wanted = all
                        || e.label == Label::PERSON
                        || (e.label == Label::ORG && (len > 1 || w.len() > 3))
                        || (e.label == Label::PRODUCT
                            && (len > 1
                                || w.chars()
                                    .skip(1)
                                    .any(|c| c.is_uppercase() || c.is_ascii_digit())));
                    if wanted && free(i, i + len) {
                        entities.push(make(cx, i, i + len, e.label));
                    }
                    matched = len;
                    break;
                }
            }
            i += matched.max(1);
        }
    }
}

/// "X" the social network: "on X", "the X social media platform", "X post".
fn is_platform_x(cx: &Context, i: usize, s: &Range<usize>) -> bool {
    let next = if i + 1 < s.end {
        cx.token_text(i + 1).to_lowercase()
    } else {
        String::new()
    };
    let prev = if i > s.start {
        cx.token_text(i - 1).to_lowercase()
    } else {
        String::new()
    };
    matches!(
        next.as_str(),
        "social" | "platform" | "post" | "posts" | "account" | "feed"
    ) || (prev == "on"
        && (next.is_empty() || matches!(next.as_str(), "," | "." | "that" | "on" | "and")))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Scores summed per distinct word then continued give the same tags as adding every feature
    /// of every token one by one (the plain way, kept here as the reference).
    #[test]
    fn word_scores_summed_once_change_no_tag() {
        let text = include_str!("../../../../samples/000_e0917929e91c8f01.txt");
        let tokens = crate::tokenize::tokenize(text);
        let sentences = crate::sentences::split(text, &tokens);
        let model = embedded_model().expect("the embedded model reads");
        let doc = DocFeatures::new(text, &tokens, &sentences);
        let mut plain = vec![0u8; tokens.len()];
        let mut history = History::default();
        let (mut feats, mut em, mut out) = (Vec::new(), Vec::new(), Vec::new());
        for (s_index, s) in sentences.iter().enumerate() {
            em.clear();
            for i in s.clone() {
                feats.clear();
                doc.static_features(i, s, s_index, &mut feats);
                doc.history_features(i, &history, &mut feats);
                let mut row = [0f32; TAGS];
                model.emission(&feats, &mut row);
                em.push(row);
            }
            viterbi(&em, &model.trans, &mut out);
            history.record(&doc, s.clone(), &out);
            plain[s.clone()].copy_from_slice(&out);
        }
        assert!(plain.iter().any(|&t| t != 0), "the sample has names");
        assert_eq!(tag_document(model, &doc, &sentences), plain);
    }
}

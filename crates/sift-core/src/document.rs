//! The analysis result: a [`Document`] of sentences, tokens, entities, numbers and claims.
//!
//! The types here are the JSON contract of the `sift analyze` CLI and of the JavaScript
//! `analyze()` (field names and label spellings must stay stable; new fields may be added).

use crate::span::{Span, TextSpan};
use serde::Serialize;

/// Everything Sift found in one text. All offsets are Unicode character offsets into the text
/// that was analysed, end exclusive (the JS API converts them to UTF-16 code units).
#[derive(Debug, Clone, Default, Serialize)]
pub struct Document {
    pub sentences: Vec<Span>,
    #[serde(skip)]
    pub tokens: Vec<TokenSpan>,
    pub entities: Vec<Entity>,
    pub numbers: Vec<Number>,
    pub claims: Vec<Claim>,
    /// Things the reader should know about the input (never a failure: analysis always completes).
    pub diagnostics: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TokenSpan {
    pub start: usize,
    pub end: usize,
}

/// Entity types, with OntoNotes names.
#[allow(clippy::upper_case_acronyms, non_camel_case_types)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Label {
    PERSON,
    ORG,
    /// Countries, cities, states.
    GPE,
    /// Regions, seas, rivers, mountains.
    LOC,
    /// Nationalities, religious and political groups.
    NORP,
    FAC,
    EVENT,
    PRODUCT,
    LAW,
    WORK_OF_ART,
    LANGUAGE,
}

impl Label {
    pub const ALL: [Label; 11] = [
        Label::PERSON,
        Label::ORG,
        Label::GPE,
        Label::LOC,
        Label::NORP,
        Label::FAC,
        Label::EVENT,
        Label::PRODUCT,
        Label::LAW,
        Label::WORK_OF_ART,
        Label::LANGUAGE,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Label::PERSON => "PERSON",
            Label::ORG => "ORG",
            Label::GPE => "GPE",
            Label::LOC => "LOC",
            Label::NORP => "NORP",
            Label::FAC => "FAC",
            Label::EVENT => "EVENT",
            Label::PRODUCT => "PRODUCT",
            Label::LAW => "LAW",
            Label::WORK_OF_ART => "WORK_OF_ART",
            Label::LANGUAGE => "LANGUAGE",
        }
    }

    /// The CoNLL-2003 label this folds to when scoring (PER, ORG, LOC, MISC).
    pub fn conll(self) -> &'static str {
        match self {
            Label::PERSON => "PER",
            Label::ORG => "ORG",
            Label::GPE | Label::LOC | Label::FAC => "LOC",
            _ => "MISC",
        }
    }
}

/// One mention of a named entity.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entity {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub label: Label,
    /// Canonical name of the entity this mention refers to ("Trump" -> "Donald Trump").
    pub entity: String,
}

#[allow(clippy::upper_case_acronyms)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum NumberKind {
    CARDINAL,
    ORDINAL,
    PERCENT,
    MONEY,
    QUANTITY,
    DATE,
    TIME,
    DURATION,
}

impl NumberKind {
    pub fn as_str(self) -> &'static str {
        match self {
            NumberKind::CARDINAL => "CARDINAL",
            NumberKind::ORDINAL => "ORDINAL",
            NumberKind::PERCENT => "PERCENT",
            NumberKind::MONEY => "MONEY",
            NumberKind::QUANTITY => "QUANTITY",
            NumberKind::DATE => "DATE",
            NumberKind::TIME => "TIME",
            NumberKind::DURATION => "DURATION",
        }
    }
}

/// A normalised value: a number, or an ISO-8601 string for dates, times and durations.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Value {
    Number(f64),
    Text(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    Exact,
    About,
    AtLeast,
    AtMost,
    Range,
}

/// One number, with what it means.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Number {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: NumberKind,
    pub value: Option<Value>,
    /// ISO 4217 code for money, a unit symbol for quantities, "%" for percentages.
    pub unit: Option<String>,
    pub qualifier: Qualifier,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub low: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub high: Option<f64>,
    /// The noun counted: "72 people" -> "people".
    pub counted: Option<String>,
    /// A date or time left relative ("next week") because the article states no date.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub relative: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimKind {
    /// Words in quote marks.
    Direct,
    /// Reported speech without quote marks.
    Indirect,
    /// Reported speech that quotes some words.
    Mixed,
}

impl ClaimKind {
    /// The JSON spelling: "direct", "indirect", "mixed".
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Direct => "direct",
            ClaimKind::Indirect => "indirect",
            ClaimKind::Mixed => "mixed",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceType {
    NamedPerson,
    Organisation,
    Anonymous,
    None,
}

/// Who said what: a quotation, reported speech or attribution.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Claim {
    /// The whole claim: from the first to the last of content, cue and source.
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: ClaimKind,
    pub cue: Option<TextSpan>,
    /// The source as written: a name, a pronoun or a description.
    pub source: Option<TextSpan>,
    pub content: Vec<TextSpan>,
    /// Canonical entity of the source, or null when it cannot be resolved.
    pub speaker: Option<String>,
    pub source_type: SourceType,
    /// Hedging words in the content ("may", "could", "is unlikely to").
    pub hedges: Vec<String>,
    /// Whether the content states numbers.
    pub has_numbers: bool,
    /// How sure the analysis is of this claim and its attribution, in [0, 1].
    pub confidence: f64,
}

impl Document {
    /// Applies `f` to every offset in the document: the one mechanism for changing offset units.
    pub fn map_offsets(&mut self, mut f: impl FnMut(usize) -> usize) {
        let mut pair = |s: &mut usize, e: &mut usize| {
            *s = f(*s);
            *e = f(*e);
        };
        for s in &mut self.sentences {
            pair(&mut s.start, &mut s.end);
        }
        for t in &mut self.tokens {
            pair(&mut t.start, &mut t.end);
        }
        for e in &mut self.entities {
            pair(&mut e.start, &mut e.end);
        }
        for n in &mut self.numbers {
            pair(&mut n.start, &mut n.end);
        }
        for c in &mut self.claims {
            pair(&mut c.start, &mut c.end);
            for s in c
                .cue
                .iter_mut()
                .chain(c.source.iter_mut())
                .chain(c.content.iter_mut())
            {
                pair(&mut s.start, &mut s.end);
            }
        }
    }
}

/// Builds a [`TextSpan`] from a byte range of `text`.
pub(crate) fn text_span(text: &str, start: usize, end: usize) -> TextSpan {
    TextSpan {
        start,
        end,
        text: text.get(start..end).unwrap_or_default().to_string(),
    }
}

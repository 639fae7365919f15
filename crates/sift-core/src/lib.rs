//! Sift's analysis engine: news text in, a [`Document`] out — sentences, tokens, named entities,
//! numbers with their values, and claims (who said what) — every span an offset into the text.
//!
//! Pure Rust: no I/O, no browser APIs. The same code runs natively (CLI, tests, benchmarks) and in
//! WebAssembly (the app, its Web Worker and the embed API). It never panics on any input and
//! always returns a result; anything worth telling the reader goes into
//! [`Document::diagnostics`].
//!
//! ```
//! let doc = sift_core::analyze("On Monday, Zelenskiy said 72 people were killed in Kyiv.");
//! assert!(doc.entities.iter().any(|e| e.text == "Kyiv" && e.label == sift_core::Label::GPE));
//! let n = doc.numbers.iter().find(|n| n.kind == sift_core::NumberKind::CARDINAL).unwrap();
//! assert_eq!((n.text.as_str(), n.counted.as_deref()), ("72", Some("people")));
//! assert_eq!(doc.claims[0].speaker.as_deref(), Some("Volodymyr Zelenskiy"));
//! ```

pub mod claims;
pub mod document;
pub mod entities;
pub mod invariants;
pub mod numbers;
pub mod offsets;
pub mod sentences;
pub mod span;
pub mod tokenize;

pub use document::{
    Claim, ClaimKind, Document, Entity, Label, Number, NumberKind, Qualifier, SourceType, Value,
};
pub use offsets::OffsetMap;
pub use span::{Span, TextSpan};

use std::ops::Range;
use tokenize::Token;

/// What every analysis stage reads: the text, its tokens and its sentences (byte offsets).
pub struct Context<'t> {
    pub text: &'t str,
    pub tokens: &'t [Token],
    /// Sentences as ranges of token indices.
    pub sentences: &'t [Range<usize>],
}

impl Context<'_> {
    pub fn token_text(&self, i: usize) -> &str {
        self.tokens[i].text(self.text)
    }
}

/// Analyses `text`. Never panics; offsets in the result are character offsets.
pub fn analyze(text: &str) -> Document {
    let mut doc = analyze_bytes(text);
    let map = OffsetMap::new(text);
    doc.map_offsets(|b| map.byte_to_char(b));
    doc
}

/// Analyses `text`, leaving offsets in bytes (for callers that slice the text themselves).
pub fn analyze_bytes(text: &str) -> Document {
    let tokens = tokenize::tokenize(text);
    let sentence_tokens = sentences::split(text, &tokens);
    let cx = Context {
        text,
        tokens: &tokens,
        sentences: &sentence_tokens,
    };
    let entities = entities::recognize(&cx);
    let numbers = numbers::recognize(&cx, &entities);
    let claims = claims::recognize(&cx, &entities, &numbers);
    let mut diagnostics = Vec::new();
    if text.trim().is_empty() {
        diagnostics.push("The text is empty: there is nothing to analyse.".to_string());
    }
    Document {
        sentences: sentence_tokens
            .iter()
            .filter(|r| !r.is_empty())
            .map(|r| Span::new(tokens[r.start].start, tokens[r.end - 1].end))
            .collect(),
        tokens: tokens
            .iter()
            .map(|t| document::TokenSpan {
                start: t.start,
                end: t.end,
            })
            .collect(),
        entities,
        numbers,
        claims,
        diagnostics,
    }
}

//! Gazetteers written for the project (`crates/sift-core/data/*.txt`): place names, groups,
//! organisations, products, events, given names and role titles.
//!
//! Phrases are stored by the hash of their lower-cased tokens (as the tokeniser splits them), so
//! matching a run of tokens needs no allocation.

use super::features::{hash_lower, mix, HashMapOfHashes};
use crate::document::Label;
use crate::tokenize::{tokenize, TokenKind};
use std::sync::OnceLock;

/// The longest phrase, in tokens, that is looked up.
pub const MAX_PHRASE: usize = 6;

/// One gazetteer entry: its label and the index of its canonical name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    pub label: Label,
    pub canonical: u32,
}

pub struct Gazetteer {
    phrases: HashMapOfHashes<u64, Entry>,
    canonical: Vec<String>,
    first_names: HashMapOfHashes<u64, ()>,
    titles: HashMapOfHashes<u64, ()>,
}

const SOURCES: &[(Label, &str)] = &[
    (Label::ORG, include_str!("../../data/org.txt")),
    (Label::GPE, include_str!("../../data/gpe.txt")),
    (Label::LOC, include_str!("../../data/loc.txt")),
    (Label::NORP, include_str!("../../data/norp.txt")),
    (Label::PRODUCT, include_str!("../../data/product.txt")),
    (Label::EVENT, include_str!("../../data/event.txt")),
    (Label::PERSON, include_str!("../../data/people.txt")),
];

/// Combines the hashes of a phrase's tokens (lower-cased) into one key.
pub fn phrase_key(token_hashes: impl IntoIterator<Item = u64>) -> u64 {
    let mut h = 0x5151_u64;
    for t in token_hashes {
        h = mix(h, t, 0x9e37);
    }
    h
}

/// The key of a phrase written as text: its tokens, lower-cased, without a leading "the".
fn text_key(text: &str) -> Option<u64> {
    let tokens = tokenize(text);
    let mut words: Vec<&str> = tokens.iter().map(|t| t.text(text)).collect();
    if words.len() > 1 && words[0].eq_ignore_ascii_case("the") {
        words.remove(0);
    }
    if words.is_empty() || words.len() > MAX_PHRASE {
        return None;
    }
    Some(phrase_key(words.iter().map(|w| hash_lower(w))))
}

fn words(source: &str) -> impl Iterator<Item = &str> {
    source
        .lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .flat_map(|l| l.split_whitespace())
}

impl Gazetteer {
    fn load() -> Gazetteer {
        let mut phrases = HashMapOfHashes::default();
        let mut canonical = Vec::new();
        for &(label, source) in SOURCES {
            for line in source.lines() {
                let line = line.trim();
                if line.is_empty() || line.starts_with('#') {
                    continue;
                }
                let index = canonical.len() as u32;
                let mut names = line.split('|').map(str::trim).filter(|n| !n.is_empty());
                let Some(first) = names.next() else { continue };
                canonical.push(first.to_string());
                for name in std::iter::once(first).chain(names) {
                    if let Some(key) = text_key(name) {
                        phrases.entry(key).or_insert(Entry {
                            label,
                            canonical: index,
                        });
                    }
                }
            }
        }
        let first_names = words(include_str!("../../data/first_names.txt"))
            .map(|w| (hash_lower(w), ()))
            .collect();
        let titles = words(include_str!("../../data/titles.txt"))
            .map(|w| (hash_lower(w), ()))
            .collect();
        Gazetteer {
            phrases,
            canonical,
            first_names,
            titles,
        }
    }

    /// The entry for a phrase, given the lower-case hashes of its tokens.
    pub fn lookup(&self, token_hashes: impl IntoIterator<Item = u64>) -> Option<Entry> {
        self.phrases.get(&phrase_key(token_hashes)).copied()
    }

    /// The entry for a phrase written as text.
    pub fn lookup_text(&self, text: &str) -> Option<Entry> {
        self.phrases.get(&text_key(text)?).copied()
    }

    pub fn canonical(&self, entry: Entry) -> &str {
        self.canonical
            .get(entry.canonical as usize)
            .map(String::as_str)
            .unwrap_or("")
    }

    pub fn is_first_name(&self, lower_hash: u64) -> bool {
        self.first_names.contains_key(&lower_hash)
    }

    pub fn is_title(&self, lower_hash: u64) -> bool {
        self.titles.contains_key(&lower_hash)
    }
}

/// The gazetteers, parsed once.
pub fn gazetteer() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(Gazetteer::load)
}

/// Whether a token can be part of a name (letters, an abbreviation, or a number inside one).
pub fn nameable(kind: TokenKind) -> bool {
    matches!(
        kind,
        TokenKind::Word | TokenKind::Abbrev | TokenKind::Number
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_aliases() {
        let g = gazetteer();
        let us = g.lookup_text("U.S.").unwrap();
        assert_eq!((us.label, g.canonical(us)), (Label::GPE, "United States"));
        let e = g.lookup_text("the Kremlin").unwrap();
        assert_eq!((e.label, g.canonical(e)), (Label::ORG, "Kremlin"));
        let e = g.lookup_text("New York Times").unwrap();
        assert_eq!(g.canonical(e), "The New York Times");
        assert_eq!(g.lookup_text("Russians").unwrap().label, Label::NORP);
        assert!(g.is_first_name(hash_lower("Steve")));
        assert!(g.is_title(hash_lower("Envoy")));
    }
}

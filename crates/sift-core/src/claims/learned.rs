//! The cue lexicon learned from PolNeAR train (`data/cues.tsv`, written by `sift train cues`):
//! phrases of up to six tokens that annotators marked as the cue of an attribution ("said in a
//! statement", "pointed out", "is expected", "criticism of"), each with the share of its
//! occurrences that were a cue. Words are compared by `hash_lower` (lower case, typographic
//! apostrophes made straight), so a text's tokens need no second lower-cased copy.

use crate::entities::features::{hash_lower, HashMapOfHashes};
use std::sync::OnceLock;

/// The form of a token in the lexicon file: lower case, with a typographic apostrophe made straight.
pub fn cue_key(token: &str) -> String {
    token.to_lowercase().replace(['’', '‘'], "'")
}

/// Phrases by the hash of their first word: (the hashes of their words, the share of
/// occurrences that were cues).
pub(crate) struct Lexicon {
    by_first: HashMapOfHashes<u64, Vec<(Vec<u64>, f64)>>,
}

pub(crate) fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| parse(include_str!("../../data/cues.tsv")))
}

fn parse(text: &str) -> Lexicon {
    let mut by_first: HashMapOfHashes<u64, Vec<(Vec<u64>, f64)>> = HashMapOfHashes::default();
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        let mut cols = line.split('\t');
        let (Some(phrase), Some(percent)) = (cols.next(), cols.next()) else {
            continue;
        };
        let Ok(percent) = percent.parse::<u8>() else {
            continue;
        };
        if phrase.is_empty() {
            continue;
        }
        let words: Vec<u64> = phrase.split(' ').map(hash_lower).collect();
        by_first
            .entry(words[0])
            .or_default()
            .push((words, f64::from(percent.min(100)) / 100.0));
    }
    Lexicon { by_first }
}

impl Lexicon {
    /// Phrases that start at token `i` of `keys` (`hash_lower` of each token): (length, share).
    pub(crate) fn matches_at<'a>(
        &'a self,
        keys: &'a [u64],
        i: usize,
    ) -> impl Iterator<Item = (usize, f64)> + 'a {
        self.by_first
            .get(&keys[i])
            .into_iter()
            .flatten()
            .filter_map(move |(words, p)| {
                let fits = i + words.len() <= keys.len()
                    && words.iter().zip(&keys[i..]).all(|(w, k)| w == k);
                fits.then_some((words.len(), *p))
            })
    }

    /// The longest phrase that starts at token `i` and satisfies `ok(length)`. (`ok` is a trait
    /// object: one copy of this code in the wasm for every caller.)
    pub(crate) fn longest_at(
        &self,
        keys: &[u64],
        i: usize,
        ok: &dyn Fn(usize) -> bool,
    ) -> Option<(usize, f64)> {
        self.matches_at(keys, i)
            .filter(|&(len, _)| ok(len))
            .fold(None, |best, m| match best {
                Some((len, _)) if len >= m.0 => best,
                _ => Some(m),
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_phrase_first() {
        let lx = parse("# comment\nsaid\t83\nsaid in a statement\t55\nbad line\n");
        let keys: Vec<u64> = "Said in a statement today"
            .split(' ')
            .map(hash_lower)
            .collect();
        assert_eq!(lx.longest_at(&keys, 0, &|_| true).map(|m| m.0), Some(4));
        assert_eq!(
            lx.longest_at(&keys, 0, &|len| len < 4).map(|m| m.0),
            Some(1)
        );
        assert_eq!(lx.matches_at(&keys, 1).count(), 0);
        assert_eq!(hash_lower(&cue_key("He’s")), hash_lower("he's"));
    }
}

//! The cue lexicon learned from PolNeAR train (`data/cues.tsv`, written by `sift train cues`):
//! phrases of up to six tokens that annotators marked as the cue of an attribution ("said in a
//! statement", "pointed out", "is expected", "criticism of"), each with the share of its
//! occurrences that were a cue.

use std::collections::HashMap;
use std::sync::OnceLock;

/// The form of a token in the lexicon: lower case, with a typographic apostrophe made straight.
pub fn cue_key(token: &str) -> String {
    token.to_lowercase().replace('’', "'")
}

/// Phrases by their first word: (the words, the share of occurrences that were cues).
pub(crate) struct Lexicon {
    by_first: HashMap<String, Vec<(Vec<String>, f64)>>,
}

pub(crate) fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| parse(include_str!("../../data/cues.tsv")))
}

fn parse(text: &str) -> Lexicon {
    let mut by_first: HashMap<String, Vec<(Vec<String>, f64)>> = HashMap::new();
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        let mut cols = line.split('\t');
        let (Some(phrase), Some(hits), Some(occ)) = (cols.next(), cols.next(), cols.next()) else { continue };
        let (Ok(hits), Ok(occ)) = (hits.parse::<f64>(), occ.parse::<f64>()) else { continue };
        if occ <= 0.0 || phrase.is_empty() {
            continue;
        }
        let words: Vec<String> = phrase.split(' ').map(str::to_string).collect();
        by_first.entry(words[0].clone()).or_default().push((words, hits / occ));
    }
    for list in by_first.values_mut() {
        // Longest first, so the first phrase that fits is the longest match.
        list.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(b.1.total_cmp(&a.1)));
    }
    Lexicon { by_first }
}

impl Lexicon {
    /// Phrases that start at token `i` of `keys` (lexicon forms), longest first: (length, share).
    pub(crate) fn matches_at<'a>(&'a self, keys: &'a [String], i: usize) -> impl Iterator<Item = (usize, f64)> + 'a {
        self.by_first.get(&keys[i]).into_iter().flatten().filter_map(move |(words, p)| {
            let fits = i + words.len() <= keys.len() && words.iter().zip(&keys[i..]).all(|(w, k)| w == k);
            fits.then_some((words.len(), *p))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_phrase_first() {
        let lx = parse("# comment\nsaid\t10\t12\nsaid in a statement\t5\t6\nbad line\n");
        let keys: Vec<String> = "said in a statement today".split(' ').map(str::to_string).collect();
        let found: Vec<usize> = lx.matches_at(&keys, 0).map(|m| m.0).collect();
        assert_eq!(found, vec![4, 1]);
        assert_eq!(lx.matches_at(&keys, 1).count(), 0);
    }
}

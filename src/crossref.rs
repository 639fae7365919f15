//! Entities across articles: names that denote the same entity in different articles
//! ("Volodymyr Zelenskiy" in one, "Volodymyr Zelenskyy" in another) are merged under one name.

use sift_core::entities::{canonical_key, same_entity};
use sift_core::{Document, Label};
use std::collections::HashMap;

/// Maps every canonical entity name of `docs` to the name shown for it across all of them: the
/// most mentioned (then the longest) of the names judged the same entity, within one label.
pub fn merge_names<'a>(docs: impl IntoIterator<Item = &'a Document>) -> HashMap<String, String> {
    // One non-generic body: the wasm holds one copy, whatever the callers iterate over.
    merge(&docs.into_iter().collect::<Vec<_>>())
}

fn merge(docs: &[&Document]) -> HashMap<String, String> {
    let mut counts: HashMap<(Label, &str), usize> = HashMap::new();
    for doc in docs {
        for e in &doc.entities {
            *counts.entry((e.label, e.entity.as_str())).or_default() += 1;
        }
    }
    let mut names: Vec<((Label, &str), usize)> = counts.into_iter().collect();
    // Most mentioned first, so each group's first member is its representative.
    names.sort_by(|a, b| {
        b.1.cmp(&a.1)
            .then(b.0 .1.len().cmp(&a.0 .1.len()))
            .then(a.0.cmp(&b.0))
    });
    // Representatives are looked up by their last word rather than all compared: `same_entity`
    // holds only when the last words match up to one edit, so a name needs comparing only with
    // the representatives indexed under its last word or a one-letter deletion of it. A long
    // text has thousands of names; comparing all pairs would take seconds.
    let mut representatives: Vec<&str> = Vec::new();
    let mut index: HashMap<(Label, String), Vec<usize>> = HashMap::new();
    let mut out = HashMap::new();
    for ((label, name), _) in names {
        let keys = last_word_keys(name);
        // The first representative (in order) that is the same entity.
        let found = keys
            .iter()
            .filter_map(|k| index.get(&(label, k.clone())))
            .flatten()
            .copied()
            .filter(|&r| same_entity(representatives[r], name))
            .min();
        match found {
            Some(r) => {
                if representatives[r] != name {
                    out.insert(name.to_string(), representatives[r].to_string());
                }
            }
            None => {
                let r = representatives.len();
                representatives.push(name);
                for key in keys {
                    index.entry((label, key)).or_default().push(r);
                }
            }
        }
    }
    out
}

/// The last word of `name`'s canonical key and each of its one-letter deletions (repeats do no harm).
fn last_word_keys(name: &str) -> Vec<String> {
    let key = canonical_key(name);
    let Some(last) = key.rsplit(' ').next().filter(|w| !w.is_empty()) else {
        return Vec::new();
    };
    let chars: Vec<char> = last.chars().collect();
    let mut keys = vec![last.to_string()];
    for skip in 0..chars.len() {
        keys.push(
            chars
                .iter()
                .enumerate()
                .filter(|&(i, _)| i != skip)
                .map(|(_, c)| *c)
                .collect(),
        );
    }
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spelling_variants_across_articles_merge() {
        let a = sift_core::analyze_bytes(
            "Ukrainian President Volodymyr Zelenskiy met Putin. Zelenskiy said no.",
        );
        let b = sift_core::analyze_bytes(
            "Volodymyr Zelenskyy, Ukraine's President, spoke. Zelenskyy left.",
        );
        let merged = merge_names([&a, &b]);
        let names: Vec<&str> = a
            .entities
            .iter()
            .chain(&b.entities)
            .filter(|e| e.text.starts_with("Zelensk") || e.text.contains("Zelensk"))
            .map(|e| e.entity.as_str())
            .collect();
        assert!(!names.is_empty());
        let shown: std::collections::HashSet<&str> = names
            .iter()
            .map(|n| merged.get(*n).map(String::as_str).unwrap_or(n))
            .collect();
        assert_eq!(shown.len(), 1, "{names:?} -> {shown:?}");
    }

    /// The pairwise merge the index must agree with.
    fn merge_all_pairs<'a>(
        docs: impl IntoIterator<Item = &'a Document>,
    ) -> HashMap<String, String> {
        let mut counts: HashMap<(Label, &str), usize> = HashMap::new();
        for doc in docs {
            for e in &doc.entities {
                *counts.entry((e.label, e.entity.as_str())).or_default() += 1;
            }
        }
        let mut names: Vec<((Label, &str), usize)> = counts.into_iter().collect();
        names.sort_by(|a, b| {
            b.1.cmp(&a.1)
                .then(b.0 .1.len().cmp(&a.0 .1.len()))
                .then(a.0.cmp(&b.0))
        });
        let mut representatives: Vec<(Label, &str)> = Vec::new();
        let mut out = HashMap::new();
        for ((label, name), _) in names {
            match representatives
                .iter()
                .find(|(l, r)| *l == label && same_entity(r, name))
                .map(|(_, r)| *r)
            {
                Some(rep) if rep != name => {
                    out.insert(name.to_string(), rep.to_string());
                }
                Some(_) => {}
                None => representatives.push((label, name)),
            }
        }
        out
    }

    #[test]
    fn the_index_merges_exactly_as_comparing_all_pairs() {
        let samples = [
            include_str!("../samples/000_e0917929e91c8f01.txt"),
            include_str!("../samples/002_cbcbdd5b42f263f4.txt"),
        ];
        let mut docs: Vec<Document> = samples
            .iter()
            .map(|t| sift_core::analyze_bytes(t))
            .collect();
        // Spelling variants, surnames alone, possessives, hyphens and names without letters.
        let names = [
            "Volodymyr Zelenskiy",
            "Volodymyr Zelenskyy",
            "Zelensky",
            "Zelenskyy",
            "Zelenskiy's",
            "Donald Trump",
            "Trump",
            "TRUMP",
            "Donald J. Trump",
            "Marco Rubio",
            "Rubio",
            "Rubios",
            "Jean-Luc Picard",
            "Picard",
            "Luc Picard",
            "Ng",
            "Xi",
            "Xi Jinping",
            "1984",
            "--",
            "Steve Witkoff",
            "Witkoff",
            "Witkof",
            "Witkoffs",
            "Sergei Lavrov",
            "Sergey Lavrov",
            "Lavrov",
            "Lavrova",
            "Anna Lavrova",
            "Kim",
            "Kim Jong Un",
            "Jong Un",
        ];
        let mut extra = Document::default();
        for (i, name) in names.iter().enumerate() {
            for label in [Label::PERSON, Label::ORG] {
                for _ in 0..(i % 3 + 1) {
                    extra.entities.push(sift_core::Entity {
                        start: 0,
                        end: 0,
                        text: name.to_string(),
                        label,
                        entity: name.to_string(),
                    });
                }
            }
        }
        docs.push(extra);
        let fast = merge_names(docs.iter());
        assert_eq!(fast, merge_all_pairs(docs.iter()));
        assert!(fast.len() > 10, "{fast:?}");
    }
}

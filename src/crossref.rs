//! Entities across articles: names that denote the same entity in different articles
//! ("Volodymyr Zelenskiy" in one, "Volodymyr Zelenskyy" in another) are merged under one name.

use sift_core::entities::same_entity;
use sift_core::{Document, Label};
use std::collections::HashMap;

/// Maps every canonical entity name of `docs` to the name shown for it across all of them: the
/// most mentioned (then the longest) of the names judged the same entity, within one label.
pub fn merge_names<'a>(docs: impl IntoIterator<Item = &'a Document>) -> HashMap<String, String> {
    let mut counts: HashMap<(Label, &str), usize> = HashMap::new();
    for doc in docs {
        for e in &doc.entities {
            *counts.entry((e.label, e.entity.as_str())).or_default() += 1;
        }
    }
    let mut names: Vec<((Label, &str), usize)> = counts.into_iter().collect();
    // Most mentioned first, so each group's first member is its representative.
    names.sort_by(|a, b| b.1.cmp(&a.1).then(b.0 .1.len().cmp(&a.0 .1.len())).then(a.0.cmp(&b.0)));
    let mut representatives: Vec<(Label, &str)> = Vec::new();
    let mut out = HashMap::new();
    for ((label, name), _) in names {
        let rep = representatives
            .iter()
            .find(|(l, r)| *l == label && same_entity(r, name))
            .map(|(_, r)| *r);
        let rep = match rep {
            Some(r) => r,
            None => {
                representatives.push((label, name));
                name
            }
        };
        if rep != name {
            out.insert(name.to_string(), rep.to_string());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spelling_variants_across_articles_merge() {
        let a = sift_core::analyze_bytes("Ukrainian President Volodymyr Zelenskiy met Putin. Zelenskiy said no.");
        let b = sift_core::analyze_bytes("Volodymyr Zelenskyy, Ukraine's President, spoke. Zelenskyy left.");
        let merged = merge_names([&a, &b]);
        let names: Vec<&str> = a.entities.iter().chain(&b.entities).filter(|e| e.text.starts_with("Zelensk") || e.text.contains("Zelensk")).map(|e| e.entity.as_str()).collect();
        assert!(!names.is_empty());
        let shown: std::collections::HashSet<&str> = names.iter().map(|n| merged.get(*n).map(String::as_str).unwrap_or(n)).collect();
        assert_eq!(shown.len(), 1, "{names:?} -> {shown:?}");
    }
}

//! Case-insensitive search over article text and entity names. Pure, tested natively.
//!
//! Text is folded character by character to lower case, keeping a character as it is when its
//! lower case has another UTF-8 length, so byte offsets in the folded text are byte offsets in the
//! original: a match can be highlighted without mapping offsets.

/// Folds `text` for matching; the result has exactly the byte offsets of `text`.
pub fn fold(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    text.chars()
        .map(|c| match c.to_lowercase().next() {
            Some(l) if l.len_utf8() == c.len_utf8() => l,
            _ => c,
        })
        .collect()
}

/// The first `limit` matches of `query` in `folded` (both already folded) as byte ranges, and the
/// total number of matches. Matches do not overlap. An empty query matches nothing.
pub fn find(folded: &str, query: &str, limit: usize) -> (Vec<(usize, usize)>, usize) {
    if query.is_empty() {
        return (Vec::new(), 0);
    }
    let mut hits = Vec::new();
    let mut total = 0;
    for (start, m) in folded.match_indices(query) {
        if hits.len() < limit {
            hits.push((start, start + m.len()));
        }
        total += 1;
    }
    (hits, total)
}

/// How well an entity name matches a folded query: `None` when it does not, lower is better (a
/// name starting with the query, then a word of it, then anywhere).
pub fn name_rank(name: &str, query: &str) -> Option<u8> {
    let folded = fold(name);
    let at = folded.find(query)?;
    Some(if at == 0 {
        0
    } else if !folded[..at].ends_with(char::is_alphanumeric) {
        1
    } else {
        2
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_keeps_offsets() {
        for text in ["ÉMILE Zoë İstanbul ẞ ǅ 😀 Putin", "PUTIN", "Ⅻ ΣΑΣ"] {
            let folded = fold(text);
            assert_eq!(folded.len(), text.len());
            assert!(folded.char_indices().all(|(i, _)| text.is_char_boundary(i)));
        }
        assert_eq!(fold("ÉMILE Zoë"), "émile zoë");
    }

    #[test]
    fn finds_capped_matches_with_the_total() {
        let text = "Putin met Trump. PUTIN left. Zoë putin";
        let (hits, total) = find(&fold(text), &fold("Putin"), 2);
        assert_eq!(total, 3);
        assert_eq!(hits.len(), 2);
        assert_eq!(&text[hits[1].0..hits[1].1], "PUTIN");
        let (hits, total) = find(&fold(text), &fold("zoë p"), 10);
        assert_eq!((total, &text[hits[0].0..hits[0].1]), (1, "Zoë p"));
        assert_eq!(find(&fold(text), "", 10), (Vec::new(), 0));
        assert_eq!(find(&fold(text), "xyz", 10).1, 0);
    }

    #[test]
    fn ranks_names() {
        assert_eq!(name_rank("Vladimir Putin", "vla"), Some(0));
        assert_eq!(name_rank("Vladimir Putin", "put"), Some(1));
        assert_eq!(name_rank("Vladimir Putin", "utin"), Some(2));
        assert_eq!(name_rank("Vladimir Putin", "trump"), None);
    }
}

//! The promises a [`Document`] makes about its offsets, checked in one place: by the property
//! tests, by the fuzz target (`fuzz/`), and by anyone who wants to assert them on their own input.

use crate::{Document, OffsetMap};

/// Checks a byte-offset document (from [`crate::analyze_bytes`]) against its `text`: every span
/// (entities, numbers, claims with their cue, source and content, sentences, tokens) lies on
/// character boundaries inside the text with `start <= end`, the spans that carry text cover
/// exactly that text, and entities and numbers are each sorted without overlap. Returns the first
/// broken promise.
///
/// ```
/// let text = "Putin met Trump in Helsinki.";
/// assert_eq!(sift_core::invariants::check_bytes(text, &sift_core::analyze_bytes(text)), Ok(()));
/// ```
pub fn check_bytes(text: &str, doc: &Document) -> Result<(), String> {
    let bare = doc
        .sentences
        .iter()
        .map(|s| (s.start, s.end))
        .chain(doc.tokens.iter().map(|t| (t.start, t.end)));
    for (s, e) in bare {
        in_text(text, s, e)?;
    }
    let mut with_text: Vec<(usize, usize, &str)> = Vec::new();
    with_text.extend(
        doc.entities
            .iter()
            .map(|e| (e.start, e.end, e.text.as_str())),
    );
    with_text.extend(
        doc.numbers
            .iter()
            .map(|n| (n.start, n.end, n.text.as_str())),
    );
    for c in &doc.claims {
        with_text.push((c.start, c.end, c.text.as_str()));
        for s in c.cue.iter().chain(c.source.iter()).chain(c.content.iter()) {
            with_text.push((s.start, s.end, s.text.as_str()));
        }
    }
    for (s, e, t) in with_text {
        in_text(text, s, e)?;
        if &text[s..e] != t {
            return Err(format!(
                "span {s}..{e} says {t:?} but covers {:?}",
                &text[s..e]
            ));
        }
    }
    let layers = [
        (
            "entities",
            doc.entities
                .iter()
                .map(|e| (e.start, e.end))
                .collect::<Vec<_>>(),
        ),
        (
            "numbers",
            doc.numbers.iter().map(|n| (n.start, n.end)).collect(),
        ),
    ];
    for (name, layer) in layers {
        if let Some(w) = layer
            .windows(2)
            .find(|w| w[0].1 > w[1].0 || w[0].0 > w[1].0)
        {
            return Err(format!(
                "{name} out of order or overlapping: {:?} then {:?}",
                w[0], w[1]
            ));
        }
    }
    Ok(())
}

/// Checks that character offsets (from [`crate::analyze`]) and their UTF-16 conversion cut out
/// the same text as the byte offsets of `bytes` (the same text's [`crate::analyze_bytes`]).
pub fn check_conversions(text: &str, bytes: &Document, chars: &Document) -> Result<(), String> {
    if bytes.entities.len() != chars.entities.len() || bytes.numbers.len() != chars.numbers.len() {
        return Err("character and byte analyses differ in their spans".to_string());
    }
    let map = OffsetMap::new(text);
    let utf16: Vec<u16> = text.encode_utf16().collect();
    let pairs = bytes
        .entities
        .iter()
        .map(|e| (e.start, e.end))
        .zip(chars.entities.iter().map(|e| (e.start, e.end)))
        .chain(
            bytes
                .numbers
                .iter()
                .map(|n| (n.start, n.end))
                .zip(chars.numbers.iter().map(|n| (n.start, n.end))),
        );
    for ((bs, be), (cs, ce)) in pairs {
        if map.char_to_byte(cs) != bs || map.char_to_byte(ce) != be {
            return Err(format!("characters {cs}..{ce} are not bytes {bs}..{be}"));
        }
        let (us, ue) = (map.char_to_utf16(cs), map.char_to_utf16(ce));
        if us > ue || ue > utf16.len() || String::from_utf16_lossy(&utf16[us..ue]) != text[bs..be] {
            return Err(format!("UTF-16 {us}..{ue} does not cover bytes {bs}..{be}"));
        }
    }
    Ok(())
}

fn in_text(text: &str, s: usize, e: usize) -> Result<(), String> {
    if s > e || e > text.len() {
        return Err(format!(
            "span {s}..{e} is outside the text's {} bytes",
            text.len()
        ));
    }
    if !text.is_char_boundary(s) || !text.is_char_boundary(e) {
        return Err(format!("span {s}..{e} is not on character boundaries"));
    }
    Ok(())
}

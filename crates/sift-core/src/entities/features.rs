//! Features of a token for the entity model, hashed to `u32` keys.
//!
//! Per-token facts that neighbours' features read too (hashes of the word, its lower case and short
//! shape, gazetteer membership) are computed once per document in [`DocFeatures::new`]; a token's
//! own spelling (shape, prefixes, suffixes) when its features are computed; the features of a token
//! combine them with its neighbours', with document-level facts (is the word capitalised
//! elsewhere in the document? written in lower case elsewhere?) and with the labels the model gave
//! the same word earlier in the document ([`History`]). Nothing here allocates per token except
//! the vectors sized once per document.

use super::gazetteer::{gazetteer, nameable, MAX_PHRASE};
use super::model::{tag_type, TYPES};
use crate::document::Label;
use crate::tokenize::{Token, TokenKind};
use std::collections::HashMap;
use std::ops::Range;

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0100_0000_01b3;

fn fnv(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}

fn fnv_char(h: u64, c: char) -> u64 {
    let mut buf = [0u8; 4];
    fnv(h, c.encode_utf8(&mut buf).as_bytes())
}

/// Hash of a string as written.
pub fn hash_str(s: &str) -> u64 {
    fnv(FNV_OFFSET, s.as_bytes())
}

fn lower_char(c: char) -> char {
    if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        c.to_lowercase().next().unwrap_or(c)
    }
}

/// Hash of a string in lower case (one character for each character), without allocating.
/// Curly apostrophes count as straight ones.
pub fn hash_lower(s: &str) -> u64 {
    if s.is_ascii() {
        // Most words: one byte a character, the same hash without decoding characters.
        return s.bytes().fold(FNV_OFFSET, |h, b| {
            (h ^ b.to_ascii_lowercase() as u64).wrapping_mul(FNV_PRIME)
        });
    }
    s.chars()
        .fold(FNV_OFFSET, |h, c| fnv_char(h, norm_char(lower_char(c))))
}

fn norm_char(c: char) -> char {
    match c {
        '’' | '‘' => '\'',
        _ => c,
    }
}

/// Mixes three values into one hash (SplitMix64 finaliser over a combination).
pub fn mix(a: u64, b: u64, c: u64) -> u64 {
    let mut z = a
        .wrapping_mul(0x9E37_79B9_7F4A_7C15)
        .wrapping_add(b.rotate_left(17))
        .wrapping_add(c.rotate_left(41).wrapping_mul(0xBF58_476D_1CE4_E5B9));
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// A hasher for keys that are already hashes (u64 feature and word hashes): no re-hashing.
#[derive(Default, Clone, Copy)]
pub struct PreHashed(u64);

impl std::hash::Hasher for PreHashed {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0 = fnv(self.0 ^ FNV_OFFSET, bytes);
    }
    fn write_u64(&mut self, n: u64) {
        self.0 ^= n;
    }
    fn write_u32(&mut self, n: u32) {
        self.0 ^= mix(n as u64, 0, 0);
    }
}

/// A map keyed by hashes, or by words (FNV-1a over their bytes: cheaper than the default SipHash
/// on short keys, and the keys come from the text the reader is analysing in their own page).
pub type HashMapOfHashes<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<PreHashed>>;

/// Folds a hash to a feature key (never 0, which marks an empty slot in the model's table).
fn key(h: u64) -> u32 {
    let k = (h ^ (h >> 32)) as u32;
    if k == 0 {
        1
    } else {
        k
    }
}

fn shape_char(c: char) -> char {
    if c.is_uppercase() {
        'X'
    } else if c.is_lowercase() {
        'x'
    } else if c.is_numeric() {
        'd'
    } else if c.is_ascii_punctuation() {
        c
    } else if c.is_alphabetic() {
        'a'
    } else {
        '?'
    }
}

// Gazetteer bits of a token.
const G_GPE: u16 = 1;
const G_LOC: u16 = 2;
const G_NORP: u16 = 4;
const G_ORG: u16 = 8;
const G_OTHER: u16 = 16;
const G_FIRST: u16 = 32;
const G_TITLE: u16 = 64;

fn label_bit(label: Label) -> u16 {
    match label {
        Label::GPE => G_GPE,
        Label::LOC => G_LOC,
        Label::NORP => G_NORP,
        Label::ORG => G_ORG,
        _ => G_OTHER,
    }
}

/// What is known about one token on its own and read by its neighbours' features too. Kept small
/// (32 bytes): one per token for the whole document.
#[derive(Debug, Clone, Copy, Default)]
pub struct TokInfo {
    pub word: u64,
    pub lower: u64,
    short_shape: u64,
    /// First letter upper case.
    pub cap: bool,
    /// Letters all upper case (two or more letters).
    pub all_caps: bool,
    /// Letters all lower case.
    pub all_lower: bool,
    pub nameable: bool,
    /// Gazetteer bits of the token alone (only for capitalised tokens).
    gaz: u16,
    /// The longest gazetteer phrase covering the token: bit of its label, and 1 when the token
    /// begins it, 2 when inside it.
    gaz_phrase: (u8, u8),
}

/// Features of a token's own spelling (shape, prefixes, suffixes), which only the token's own
/// features read: computed when its features are, not stored for the whole document.
struct Spelling {
    shape: u64,
    prefix: [u64; 4],
    suffix: [u64; 4],
}

impl Spelling {
    fn new(text: &str) -> Spelling {
        let mut shape = FNV_OFFSET;
        let mut shape_len = 0;
        let mut pre = FNV_OFFSET;
        let mut prefix = [0u64; 4];
        let mut last4 = ['\0'; 4];
        for (n, c) in text.chars().enumerate() {
            if shape_len < 8 {
                shape = fnv_char(shape, shape_char(c));
                shape_len += 1;
            }
            let l = norm_char(lower_char(c));
            if n < 4 {
                pre = fnv_char(pre, l);
                prefix[n] = pre;
            }
            last4 = [last4[1], last4[2], last4[3], l];
        }
        let mut suffix = [0u64; 4];
        for len in 1..=4 {
            let mut h = FNV_OFFSET ^ 0x55;
            for &c in &last4[4 - len..] {
                if c != '\0' {
                    h = fnv_char(h, c);
                }
            }
            suffix[len - 1] = h;
        }
        Spelling {
            shape,
            prefix,
            suffix,
        }
    }
}

impl TokInfo {
    fn new(text: &str, kind: TokenKind) -> TokInfo {
        let mut info = TokInfo {
            word: hash_str(text),
            lower: hash_lower(text),
            ..TokInfo::default()
        };
        let mut short = FNV_OFFSET;
        let mut last_shape = '\0';
        let (mut upper, mut lower, mut letters) = (0usize, 0usize, 0usize);
        for (n, c) in text.chars().enumerate() {
            let s = shape_char(c);
            if s != last_shape {
                short = fnv_char(short, s);
                last_shape = s;
            }
            if c.is_alphabetic() {
                letters += 1;
                if c.is_uppercase() {
                    upper += 1;
                } else if c.is_lowercase() {
                    lower += 1;
                }
            }
            if n == 0 {
                info.cap = c.is_uppercase();
            }
        }
        info.short_shape = mix(short, kind as u64, 0);
        info.all_caps = upper >= 2 && lower == 0;
        info.all_lower = letters > 0 && upper == 0;
        info.nameable = nameable(kind);
        info
    }
}

/// Token facts for a whole document, plus document-level facts.
pub struct DocFeatures<'t> {
    text: &'t str,
    tokens: &'t [Token],
    pub info: Vec<TokInfo>,
    /// Per token: the same word (lower-cased) is capitalised elsewhere in the document, not at the
    /// start of a sentence.
    cap_elsewhere: Vec<bool>,
    /// Per token: the same word appears in lower case elsewhere in the document.
    lower_elsewhere: Vec<bool>,
    /// Per sentence: written in capitals (a headline).
    caps_sentence: Vec<bool>,
    /// Per token: the first word of its sentence (after any quote or bracket).
    initial: Vec<bool>,
}

impl<'t> DocFeatures<'t> {
    pub fn new(text: &'t str, tokens: &'t [Token], sentences: &[Range<usize>]) -> DocFeatures<'t> {
        let mut info: Vec<TokInfo> = tokens
            .iter()
            .map(|t| TokInfo::new(text.get(t.start..t.end).unwrap_or(""), t.kind))
            .collect();
        let g = gazetteer();
        // Gazetteers: single tokens (capitalised only) and the longest phrase from each token.
        let mut i = 0;
        while i < info.len() {
            let t = info[i];
            if t.cap && t.nameable {
                let mut bits = 0;
                // People are not model features (the training data predates them); rules use them.
                if let Some(e) = g.lookup([t.lower]).filter(|e| e.label != Label::PERSON) {
                    bits |= label_bit(e.label);
                }
                if g.is_first_name(t.lower) {
                    bits |= G_FIRST;
                }
                if g.is_title(t.lower) {
                    bits |= G_TITLE;
                }
                info[i].gaz = bits;
            }
            i += 1;
        }
        let mut i = 0;
        while i < info.len() {
            let mut matched = 0;
            if info[i].cap {
                for len in (2..=MAX_PHRASE.min(info.len() - i)).rev() {
                    if let Some(e) = g
                        .lookup(info[i..i + len].iter().map(|t| t.lower))
                        .filter(|e| e.label != Label::PERSON)
                    {
                        // Label bits fit a byte (G_OTHER is 16).
                        let bit = label_bit(e.label) as u8;
                        info[i].gaz_phrase = (bit, 1);
                        for t in &mut info[i + 1..i + len] {
                            t.gaz_phrase = (bit, 2);
                        }
                        matched = len;
                        break;
                    }
                }
            }
            i += matched.max(1);
        }
        let mut caps_sentence = Vec::with_capacity(sentences.len());
        let mut initial = vec![false; info.len()];
        for s in sentences {
            let (mut upper, mut lower) = (0, 0);
            for t in info.get(s.clone()).unwrap_or(&[]) {
                if t.all_caps {
                    upper += 1;
                } else if t.nameable && (t.all_lower || t.cap) {
                    lower += 1;
                }
            }
            caps_sentence.push(upper >= 1 && (lower == 0 || (upper >= 3 && upper >= 2 * lower)));
            // The first word of a sentence (after any quote or bracket).
            let mut j = s.start;
            while j < s.end && !info.get(j).is_some_and(|t| t.nameable) {
                j += 1;
            }
            if let Some(x) = initial.get_mut(j) {
                *x = true;
            }
        }
        // Document-level counts: capitalised (mid-sentence, outside headlines) and lower case.
        let mut counts: HashMapOfHashes<u64, (u32, u32)> = HashMapOfHashes::default();
        let mut in_caps = vec![false; info.len()];
        for (s, &caps) in sentences.iter().zip(&caps_sentence) {
            for j in s.clone() {
                if let Some(x) = in_caps.get_mut(j) {
                    *x = caps;
                }
            }
        }
        let counted_cap =
            |j: usize, t: &TokInfo| t.cap && !t.all_caps && !initial[j] && !in_caps[j];
        for (j, t) in info.iter().enumerate() {
            if !t.nameable {
                continue;
            }
            let c = counts.entry(t.lower).or_default();
            if counted_cap(j, t) {
                c.0 += 1;
            } else if t.all_lower {
                c.1 += 1;
            }
        }
        let mut cap_elsewhere = vec![false; info.len()];
        let mut lower_elsewhere = vec![false; info.len()];
        for (j, t) in info.iter().enumerate() {
            if let Some(&(cap, low)) = counts.get(&t.lower) {
                let own_cap = counted_cap(j, t) as u32;
                let own_low = (t.all_lower && !counted_cap(j, t)) as u32;
                cap_elsewhere[j] = cap > own_cap;
                lower_elsewhere[j] = low > own_low;
            }
        }
        DocFeatures {
            text,
            tokens,
            info,
            cap_elsewhere,
            lower_elsewhere,
            caps_sentence,
            initial,
        }
    }

    /// Whether sentence `s` (index) is written in capitals.
    pub fn caps_sentence(&self, s: usize) -> bool {
        self.caps_sentence.get(s).copied().unwrap_or(false)
    }

    /// The features of token `i` that do not depend on the model's earlier decisions: its
    /// [`own_features`](Self::own_features), then its
    /// [`context_features`](Self::context_features).
    pub fn static_features(
        &self,
        i: usize,
        sentence: &Range<usize>,
        s_index: usize,
        out: &mut Vec<u32>,
    ) {
        self.own_features(i, out);
        self.context_features(i, sentence, s_index, out);
    }

    /// What [`own_features`](Self::own_features) depend on: every token with the same key has the
    /// same own features (its text and kind), so their scores can be summed once per word.
    pub fn own_key(&self, i: usize) -> (u64, u64) {
        self.info.get(i).map_or((0, 0), |t| (t.word, t.short_shape))
    }

    /// The features of token `i` read from its own text alone (spelling, shape, affixes).
    pub fn own_features(&self, i: usize, out: &mut Vec<u32>) {
        let Some(t) = self.info.get(i) else { return };
        let own = Spelling::new(
            self.tokens
                .get(i)
                .and_then(|x| self.text.get(x.start..x.end))
                .unwrap_or(""),
        );
        let mut push = |template: u64, a: u64, b: u64| out.push(key(mix(template, a, b)));
        push(1, 0, 0);
        push(2, t.word, 0);
        push(3, t.lower, 0);
        push(4, own.shape, 0);
        push(5, t.short_shape, 0);
        for n in 0..4 {
            push(6 + n as u64, own.prefix[n], 0);
            push(10 + n as u64, own.suffix[n], 0);
        }
    }

    /// The features of token `i` that read its neighbours, its sentence or the document.
    pub fn context_features(
        &self,
        i: usize,
        sentence: &Range<usize>,
        s_index: usize,
        out: &mut Vec<u32>,
    ) {
        let caps = self.caps_sentence(s_index) as u64;
        let boundary = |d: i64| -> u64 { 0xB0u64.wrapping_add(d as u64) };
        let at = |d: i64| -> Option<&TokInfo> {
            let j = i as i64 + d;
            if j < sentence.start as i64 || j >= sentence.end as i64 {
                None
            } else {
                self.info.get(j as usize)
            }
        };
        let Some(t) = self.info.get(i) else { return };
        let lower_at = |d: i64| at(d).map_or(boundary(d), |x| x.lower);
        let word_at = |d: i64| at(d).map_or(boundary(d), |x| x.word);
        let sshape_at = |d: i64| at(d).map_or(boundary(d), |x| x.short_shape);
        let gaz_at = |d: i64| at(d).map_or(0, |x| x.gaz);
        let initial = i == sentence.start || self.initial.get(i).copied().unwrap_or(false);
        let mut push = |template: u64, a: u64, b: u64| out.push(key(mix(template, a, b)));
        push(14, lower_at(-1), 0);
        push(15, lower_at(1), 0);
        push(16, lower_at(-2), 0);
        push(17, lower_at(2), 0);
        push(18, word_at(-1), 0);
        push(19, word_at(1), 0);
        push(20, lower_at(-1), t.lower);
        push(21, t.lower, lower_at(1));
        push(22, mix(sshape_at(-1), t.short_shape, sshape_at(1)), 0);
        push(23, sshape_at(-1), t.short_shape);
        push(24, t.short_shape, sshape_at(1));
        push(25, initial as u64, t.short_shape);
        push(26, caps, t.short_shape);
        if caps == 1 {
            push(27, t.lower, 0);
            push(28, lower_at(-1), t.lower);
        }
        let len = sentence.end.saturating_sub(sentence.start).min(4) as u64;
        push(29, len, t.short_shape);
        for (d, template) in [(0i64, 30u64), (-1, 31), (1, 32)] {
            let g = gaz_at(d);
            for bit in 0..7 {
                if g & (1 << bit) != 0 {
                    push(template, bit, 0);
                }
            }
        }
        if t.gaz_phrase.0 != 0 {
            push(33, t.gaz_phrase.0 as u64, t.gaz_phrase.1 as u64);
        }
        if t.nameable {
            let ce = self.cap_elsewhere.get(i).copied().unwrap_or(false) as u64;
            let le = self.lower_elsewhere.get(i).copied().unwrap_or(false) as u64;
            push(34, ce * 2 + le, t.short_shape);
            push(35, ce * 2 + le, initial as u64 * 2 + caps);
        }
        // Capitalised neighbours: inside a run of names.
        let cap_at = |d: i64| at(d).is_some_and(|x| x.cap && x.nameable) as u64;
        push(36, cap_at(-1) * 4 + cap_at(1) * 2 + (t.cap as u64), caps);
    }

    /// Features from the labels given to the same word earlier in the document.
    pub fn history_features(&self, i: usize, history: &History, out: &mut Vec<u32>) {
        let Some(t) = self.info.get(i) else { return };
        if !t.nameable || !(t.cap || t.all_caps) {
            return;
        }
        if let Some(counts) = history.counts.get(&t.lower) {
            let mut best = 0;
            for k in 1..=TYPES {
                if counts[k] > counts[best] {
                    best = k;
                }
                if counts[k] > 0 {
                    out.push(key(mix(41, k as u64, 0)));
                }
            }
            out.push(key(mix(40, best as u64, 0)));
            out.push(key(mix(42, best as u64, t.all_caps as u64)));
        } else {
            out.push(key(mix(43, 0, 0)));
        }
    }
}

/// Labels the model gave words earlier in the document: per word (lower case), how often it was
/// outside a name, and inside one of each type.
#[derive(Default)]
pub struct History {
    counts: HashMapOfHashes<u64, [u16; TYPES + 1]>,
}

impl History {
    /// Records the tags decided for a sentence (`tags[k]` for token `range.start + k`).
    pub fn record(&mut self, doc: &DocFeatures, range: Range<usize>, tags: &[u8]) {
        for (i, &tag) in range.zip(tags) {
            let Some(t) = doc.info.get(i) else { continue };
            if !t.nameable || !(t.cap || t.all_caps) {
                continue;
            }
            let slot = tag_type(tag).map_or(0, |k| k + 1);
            let c = self.counts.entry(t.lower).or_default();
            c[slot] = c[slot].saturating_add(1);
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn lower_case_hash_is_the_same_for_ascii_and_other_text() {
        use super::*;
        let slow = |s: &str| {
            s.chars()
                .fold(FNV_OFFSET, |h, c| fnv_char(h, norm_char(lower_char(c))))
        };
        for word in ["Putin", "NATO", "u.s.", "it's", "", "42nd", "Zelenskiy"] {
            assert_eq!(hash_lower(word), slow(word), "{word}");
        }
        assert_eq!(hash_lower("It’s"), hash_lower("it's"));
        assert_eq!(hash_lower("ÉLYSÉE"), hash_lower("élysée"));
    }

    #[test]
    fn token_facts_stay_small() {
        // One per token for the whole document: its size is the entity stage's memory per token.
        assert!(std::mem::size_of::<super::TokInfo>() <= 32);
    }
}

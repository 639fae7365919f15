//! The tagging models: weights of hashed features for BIO tags, first-order tag transitions, and
//! Viterbi decoding with the BIO constraints. The entity model tags four name types (CoNLL's PER,
//! ORG, LOC, MISC: [`TAGS`] tags); the number of tags `T` is a const parameter, so a tagger of
//! other types (3 tags for one) shares the code and the file format.
//!
//! File format (little-endian), written by [`encode`] and read by [`Model::from_bytes`]:
//!
//! ```text
//! "SIFTNER2"                      magic
//! u8 tags (T)  u32 n              number of features
//! f32 lo, f32 ratio               code k (1..=127) means lo * ratio^(k-1); -k its negative; 0 zero
//! (tags + 1) * tags  f32          transitions (last row: from the sentence start)
//! n varints                       feature keys, ascending, as differences
//! tags * n  i8                    weight codes, tag by tag
//! ```
//!
//! Weights are quantised on a logarithmic scale, so that small weights keep their relative
//! precision; weights below `lo / 2` are dropped, and features left without weights are pruned.

/// Name types: 0 PER, 1 ORG, 2 LOC, 3 MISC.
pub const TYPES: usize = 4;
/// Tags: 0 O, then B and I of each type.
pub const TAGS: usize = 1 + 2 * TYPES;
pub const TYPE_NAMES: [&str; TYPES] = ["PER", "ORG", "LOC", "MISC"];

const MAGIC: &[u8; 8] = b"SIFTNER2";

pub fn begin(ty: usize) -> u8 {
    (1 + 2 * ty) as u8
}

pub fn inside(ty: usize) -> u8 {
    (2 + 2 * ty) as u8
}

/// The name type of a tag (None for O).
pub fn tag_type(tag: u8) -> Option<usize> {
    if tag == 0 || tag as usize >= TAGS {
        None
    } else {
        Some((tag as usize - 1) / 2)
    }
}

pub fn is_inside(tag: u8) -> bool {
    tag != 0 && tag % 2 == 0
}

/// Whether `tag` may follow `prev` (None: the start of the sentence): I-X only after B-X or I-X.
pub fn allowed(prev: Option<u8>, tag: u8) -> bool {
    if !is_inside(tag) {
        return true;
    }
    prev.is_some_and(|p| p != 0 && tag_type(p) == tag_type(tag))
}

/// Transition scores of the entity model: `[prev][tag]`, row `TAGS` from the sentence start.
pub type Transitions = [[f32; TAGS]; TAGS + 1];

/// The best tag sequence for emission scores `em` (one row per token) and transitions `trans`
/// (`T + 1` rows, the last from the sentence start), into `out`.
pub fn viterbi<const T: usize>(em: &[[f32; T]], trans: &[[f32; T]], out: &mut Vec<u8>) {
    out.clear();
    let n = em.len();
    if n == 0 || trans.len() <= T {
        return;
    }
    const NEG: f32 = -1e30;
    let mut back: Vec<[u8; T]> = vec![[0; T]; n];
    let mut score = [NEG; T];
    for t in 0..T {
        if allowed(None, t as u8) {
            score[t] = trans[T][t] + em[0][t];
        }
    }
    // The tags each tag may follow, in ascending order (the order of the tie-break).
    let mut prevs = [[0u8; T]; T];
    let mut n_prevs = [0usize; T];
    for t in 0..T {
        for p in 0..T {
            if allowed(Some(p as u8), t as u8) {
                prevs[t][n_prevs[t]] = p as u8;
                n_prevs[t] += 1;
            }
        }
    }
    for i in 1..n {
        let mut next = [NEG; T];
        for t in 0..T {
            let mut best = NEG;
            let mut arg = 0u8;
            for &p in &prevs[t][..n_prevs[t]] {
                let p = p as usize;
                if score[p] <= NEG {
                    continue;
                }
                let s = score[p] + trans[p][t];
                if s > best {
                    best = s;
                    arg = p as u8;
                }
            }
            if best > NEG {
                next[t] = best + em[i][t];
                back[i][t] = arg;
            }
        }
        score = next;
    }
    let mut last = 0u8;
    let mut best = NEG;
    for (t, &s) in score.iter().enumerate() {
        if s > best {
            best = s;
            last = t as u8;
        }
    }
    out.resize(n, 0);
    out[n - 1] = last;
    for i in (1..n).rev() {
        out[i - 1] = back[i][out[i] as usize];
    }
}

/// A loaded model: an open-addressing table from feature key to a row of weights.
pub struct Model<const T: usize = TAGS> {
    /// Open addressing by key (0: empty slot); each slot holds its weight codes, so a lookup
    /// touches one cache line.
    table: Vec<Slot<T>>,
    len: usize,
    mask: usize,
    /// `T + 1` rows: `[prev][tag]`, the last row from the sentence start.
    pub trans: Vec<[f32; T]>,
    /// The value of each weight code (indexed by the code as a byte).
    lut: [f32; 256],
}

#[derive(Clone, Copy)]
struct Slot<const T: usize> {
    key: u32,
    codes: [i8; T],
}

struct Reader<'b> {
    bytes: &'b [u8],
    at: usize,
}

impl<'b> Reader<'b> {
    fn take(&mut self, n: usize) -> Option<&'b [u8]> {
        let s = self.bytes.get(self.at..self.at.checked_add(n)?)?;
        self.at += n;
        Some(s)
    }
    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
    fn varint(&mut self) -> Option<u32> {
        let mut v: u64 = 0;
        for shift in (0..35).step_by(7) {
            let b = *self.take(1)?.first()?;
            v |= ((b & 0x7f) as u64) << shift;
            if b & 0x80 == 0 {
                return u32::try_from(v).ok();
            }
        }
        None
    }
}

impl<const T: usize> Model<T> {
    /// Reads a model; None when the bytes are not a model of `T` tags this code can read.
    pub fn from_bytes(bytes: &[u8]) -> Option<Model<T>> {
        let mut r = Reader { bytes, at: 0 };
        if r.take(8)? != MAGIC || *r.take(1)?.first()? as usize != T {
            return None;
        }
        let n = r.u32()? as usize;
        if n > bytes.len() {
            return None;
        }
        let lo = f32::from_le_bytes(r.take(4)?.try_into().ok()?);
        let ratio = f32::from_le_bytes(r.take(4)?.try_into().ok()?);
        if !(lo.is_finite() && ratio.is_finite() && lo >= 0.0 && ratio > 0.0) {
            return None;
        }
        let mut lut = [0f32; 256];
        for k in 1..=127usize {
            let v = lo * ratio.powi(k as i32 - 1);
            lut[k] = v;
            lut[256 - k] = -v;
        }
        let mut trans = vec![[0f32; T]; T + 1];
        for row in trans.iter_mut() {
            for x in row.iter_mut() {
                *x = f32::from_le_bytes(r.take(4)?.try_into().ok()?);
            }
        }
        let mut keys = Vec::with_capacity(n);
        let mut key = 0u32;
        for _ in 0..n {
            key = key.checked_add(r.varint()?)?;
            keys.push(key);
        }
        let by_tag = r.take(n.checked_mul(T)?)?;
        let size = (n * 2).next_power_of_two().max(16);
        let mask = size - 1;
        let mut table = vec![
            Slot {
                key: 0,
                codes: [0; T]
            };
            size
        ];
        for (row, &k) in keys.iter().enumerate() {
            if k == 0 {
                continue;
            }
            let mut slot = k as usize & mask;
            while table[slot].key != 0 && table[slot].key != k {
                slot = (slot + 1) & mask;
            }
            table[slot].key = k;
            for t in 0..T {
                table[slot].codes[t] = by_tag[t * n + row] as i8;
            }
        }
        Some(Model::<T> {
            table,
            len: n,
            mask,
            trans,
            lut,
        })
    }

    /// Adds the weights of `features` to `out` (one score per tag).
    pub fn emission(&self, features: &[u32], out: &mut [f32; T]) {
        for &k in features {
            let mut slot = k as usize & self.mask;
            while let Some(entry) = self.table.get(slot) {
                if entry.key == k {
                    for (o, &c) in out.iter_mut().zip(&entry.codes) {
                        *o += self.lut[c as u8 as usize];
                    }
                    break;
                }
                if entry.key == 0 {
                    break;
                }
                slot = (slot + 1) & self.mask;
            }
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

/// Writes a model: `features` are (key, weights per tag) with distinct keys. Weights smaller than
/// `min_weight` in magnitude are dropped, the rest quantised on a log scale up to the largest;
/// features whose weights are all dropped are left out.
pub fn encode<const T: usize>(
    features: &[(u32, [f32; T])],
    trans: &[[f32; T]],
    min_weight: f32,
) -> Vec<u8> {
    let hi = features
        .iter()
        .flat_map(|(_, w)| w.iter())
        .fold(0f32, |m, w| m.max(w.abs()));
    let lo = min_weight.max(hi * 1e-6).max(f32::MIN_POSITIVE);
    let ratio = if hi > lo {
        (hi / lo).powf(1.0 / 126.0)
    } else {
        1.0
    };
    let ln_ratio = ratio.ln();
    let q = |w: f32| -> i8 {
        let m = w.abs();
        if m < lo * 0.5 || m == 0.0 {
            return 0;
        }
        let k = if ln_ratio > 0.0 {
            ((m / lo).ln() / ln_ratio).round() as i32 + 1
        } else {
            1
        };
        let k = k.clamp(1, 127) as i8;
        if w < 0.0 {
            -k
        } else {
            k
        }
    };
    let mut kept: Vec<(u32, [i8; T])> = features
        .iter()
        .map(|(k, w)| (*k, w.map(q)))
        .filter(|(k, w)| *k != 0 && w.iter().any(|&x| x != 0))
        .collect();
    kept.sort_by_key(|(k, _)| *k);
    kept.dedup_by_key(|(k, _)| *k);
    let mut out = Vec::with_capacity(64 + kept.len() * (T + 3));
    out.extend_from_slice(MAGIC);
    out.push(T as u8);
    out.extend_from_slice(&(kept.len() as u32).to_le_bytes());
    out.extend_from_slice(&lo.to_le_bytes());
    out.extend_from_slice(&ratio.to_le_bytes());
    for r in 0..=T {
        for &x in trans.get(r).unwrap_or(&[0.0; T]) {
            out.extend_from_slice(&x.to_le_bytes());
        }
    }
    let mut prev = 0u32;
    for (k, _) in &kept {
        let mut d = k - prev;
        prev = *k;
        loop {
            let b = (d & 0x7f) as u8;
            d >>= 7;
            if d == 0 {
                out.push(b);
                break;
            }
            out.push(b | 0x80);
        }
    }
    for t in 0..T {
        out.extend(kept.iter().map(|(_, w)| w[t] as u8));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_bad_bytes() {
        let mut w = [0f32; TAGS];
        w[1] = 1.0;
        w[2] = -0.5;
        let mut trans = [[0f32; TAGS]; TAGS + 1];
        trans[1][2] = 2.0;
        let bytes = encode(&[(7, w), (300_000, w), (9, [0.0; TAGS])], &trans, 0.01);
        let m: Model = Model::from_bytes(&bytes).unwrap();
        assert_eq!(m.len(), 2);
        assert!(
            Model::<3>::from_bytes(&bytes).is_none(),
            "a model of another number of tags"
        );
        let mut out = [0f32; TAGS];
        m.emission(&[7, 8, 300_000], &mut out);
        assert!(
            (out[1] - 2.0).abs() < 0.05 && (out[2] + 1.0).abs() < 0.05,
            "{out:?}"
        );
        assert!((m.trans[1][2] - 2.0).abs() < 1e-3);
        for cut in 0..bytes.len() {
            assert!(Model::<TAGS>::from_bytes(&bytes[..cut]).is_none());
        }
        assert!(Model::<TAGS>::from_bytes(b"").is_none());
    }

    #[test]
    fn viterbi_respects_bio() {
        let mut em = vec![[0f32; TAGS]; 2];
        em[0][0] = 1.0;
        em[1][inside(0) as usize] = 5.0;
        let mut out = Vec::new();
        viterbi(&em, &[[0f32; TAGS]; TAGS + 1], &mut out);
        assert!(allowed(Some(out[0]), out[1]) && allowed(None, out[0]));
    }
}

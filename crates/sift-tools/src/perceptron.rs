//! The weights of an averaged structured perceptron over `T` tags, for the taggers trained here
//! (the entity model; any other tagger with its own number of tags): hashed feature keys
//! numbered on first sight, one row of `T` weights each, first-order transitions (`T + 1` rows,
//! the last from the sentence start), and the running sums for averaging (`avg = w - sum / c`).

use std::collections::HashMap;

pub struct Weights<const T: usize> {
    pub dict: HashMap<u32, u32>,
    pub w: Vec<f32>,
    sum: Vec<f32>,
    pub trans: Vec<[f32; T]>,
    trans_sum: Vec<[f32; T]>,
    /// Updates so far (plus one), the averaging clock.
    pub c: f32,
}

impl<const T: usize> Default for Weights<T> {
    fn default() -> Self {
        Weights {
            dict: HashMap::new(),
            w: Vec::new(),
            sum: Vec::new(),
            trans: vec![[0.0; T]; T + 1],
            trans_sum: vec![[0.0; T]; T + 1],
            c: 1.0,
        }
    }
}

impl<const T: usize> Weights<T> {
    /// The number of feature `key`, given a row of zero weights when first seen.
    pub fn id(&mut self, key: u32) -> u32 {
        let n = self.dict.len() as u32;
        let id = *self.dict.entry(key).or_insert(n);
        if id == n {
            self.w.extend([0.0; T]);
            self.sum.extend([0.0; T]);
        }
        id
    }

    /// The current (not averaged) scores of features numbered `ids` (`u32::MAX`: none).
    pub fn score(&self, ids: &[u32], out: &mut [f32; T]) {
        for &f in ids {
            if f != u32::MAX {
                let r = &self.w[f as usize * T..f as usize * T + T];
                for t in 0..T {
                    out[t] += r[t];
                }
            }
        }
    }

    pub fn update(&mut self, f: u32, tag: u8, d: f32) {
        let k = f as usize * T + tag as usize;
        self.w[k] += d;
        self.sum[k] += self.c * d;
    }

    /// Updates the transition from `prev` (`T`: the sentence start) to `tag`.
    pub fn update_trans(&mut self, prev: usize, tag: u8, d: f32) {
        self.trans[prev][tag as usize] += d;
        self.trans_sum[prev][tag as usize] += self.c * d;
    }

    /// The perceptron update for one sentence: towards the `gold` tags and away from the
    /// predicted ones, for the features `ids(k)` of each token `k`.
    pub fn learn<'f>(&mut self, gold: &[u8], pred: &[u8], ids: impl Fn(usize) -> &'f [u32]) {
        for k in 0..gold.len() {
            let (g, q) = (gold[k], pred[k]);
            if g != q {
                for &f in ids(k) {
                    if f != u32::MAX {
                        self.update(f, g, 1.0);
                        self.update(f, q, -1.0);
                    }
                }
            }
            let gp = if k == 0 { T } else { gold[k - 1] as usize };
            let qp = if k == 0 { T } else { pred[k - 1] as usize };
            if (gp, g) != (qp, q) {
                self.update_trans(gp, g, 1.0);
                self.update_trans(qp, q, -1.0);
            }
        }
    }

    pub fn averaged(&self) -> Averaged<'_, T> {
        let c = self.c.max(1.0);
        let w = self
            .w
            .iter()
            .zip(&self.sum)
            .map(|(w, s)| w - s / c)
            .collect();
        let mut trans = self.trans.clone();
        for (row, srow) in trans.iter_mut().zip(&self.trans_sum) {
            for (x, s) in row.iter_mut().zip(srow) {
                *x -= s / c;
            }
        }
        Averaged {
            dict: &self.dict,
            w,
            trans,
        }
    }
}

/// Averaged weights, scoring by feature key.
pub struct Averaged<'d, const T: usize> {
    pub dict: &'d HashMap<u32, u32>,
    pub w: Vec<f32>,
    pub trans: Vec<[f32; T]>,
}

impl<const T: usize> Averaged<'_, T> {
    pub fn emission(&self, features: &[u32], out: &mut [f32; T]) {
        for k in features {
            if let Some(&id) = self.dict.get(k) {
                let row = &self.w[id as usize * T..id as usize * T + T];
                for t in 0..T {
                    out[t] += row[t];
                }
            }
        }
    }

    /// (key, weights) of every feature, for `model::encode`.
    pub fn features(&self) -> Vec<(u32, [f32; T])> {
        let mut feats: Vec<(u32, [f32; T])> = Vec::with_capacity(self.dict.len());
        for (&k, &id) in self.dict {
            let mut row = [0f32; T];
            row.copy_from_slice(&self.w[id as usize * T..id as usize * T + T]);
            feats.push((k, row));
        }
        feats.sort_by_key(|f| f.0);
        feats
    }
}

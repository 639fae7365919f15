//! Precision, recall and F1 counts.

use std::fmt;

/// `part / whole`, or 0 when there is nothing to divide by (an accuracy over no cases).
pub fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Prf {
    pub true_pos: f64,
    pub predicted: f64,
    pub gold: f64,
}

impl Prf {
    pub fn precision(&self) -> f64 {
        if self.predicted == 0.0 {
            0.0
        } else {
            self.true_pos / self.predicted
        }
    }
    pub fn recall(&self) -> f64 {
        if self.gold == 0.0 {
            0.0
        } else {
            self.true_pos / self.gold
        }
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    pub fn add(&mut self, other: Prf) {
        self.true_pos += other.true_pos;
        self.predicted += other.predicted;
        self.gold += other.gold;
    }
}

impl fmt::Display for Prf {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "P {:.4}  R {:.4}  F1 {:.4}  (tp {}, predicted {}, gold {})",
            self.precision(),
            self.recall(),
            self.f1(),
            self.true_pos,
            self.predicted,
            self.gold
        )
    }
}

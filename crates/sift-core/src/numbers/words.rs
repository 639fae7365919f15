//! Pieces of text (digit runs, letter runs, single symbols) and spoken or written numbers built
//! from them: "72", "1,234.5", "3-1/2", "twenty-one", "two hundred and five", "1.2 million",
//! "a dozen", "two-thirds", "one and a half", "21st", "twenty-first".

use regex::Regex;
use std::sync::OnceLock;

/// A piece of the lower-cased text: a run of ASCII digits (with inner `. , : /` between digits),
/// a run of letters, or one other non-space character. Byte offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Piece {
    pub start: usize,
    pub end: usize,
    pub kind: PieceKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PieceKind {
    Digits,
    Letters,
    Symbol,
}

fn piece_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"[0-9]+(?:[.,:/\x{202f}\x{2009}][0-9]+)*|[^\W\d_]+|\S").expect("valid regex")
    })
}

/// Splits lower-cased text into pieces.
pub fn pieces(lower: &str) -> Vec<Piece> {
    piece_re()
        .find_iter(lower)
        .map(|m| {
            let c = m.as_str().chars().next().unwrap_or(' ');
            let kind = if c.is_ascii_digit() {
                PieceKind::Digits
            } else if c.is_alphabetic() {
                PieceKind::Letters
            } else {
                PieceKind::Symbol
            };
            Piece {
                start: m.start(),
                end: m.end(),
                kind,
            }
        })
        .collect()
}

/// Value of a digit piece: "1,234,567", "4.800", "1,3" (decimal comma), "12,34,567.89",
/// "1 234" with narrow spaces. `None` for version-like ("192.168.1.2"), times ("3:30") and
/// fractions ("3/4", see [`fraction_value`]).
pub fn digits_value(s: &str) -> Option<f64> {
    if s.contains(':') || s.contains('/') {
        return None;
    }
    let s: String = s
        .chars()
        .filter(|c| !matches!(c, '\u{202f}' | '\u{2009}'))
        .collect();
    let dots = s.matches('.').count();
    if dots > 1 {
        return None;
    }
    let commas = s.matches(',').count();
    let cleaned = if commas == 0 {
        s.clone()
    } else if dots == 0 && commas == 1 {
        let after = s.split(',').nth(1).unwrap_or("");
        if after.len() == 3 {
            s.replace(',', "")
        } else if after.len() <= 2 {
            s.replace(',', ".")
        } else {
            return None;
        }
    } else {
        // Integer part groups: thousands ("1,234,567") or Indian ("12,34,567").
        let int = s.split('.').next().unwrap_or("");
        let groups: Vec<&str> = int.split(',').collect();
        if groups.iter().skip(1).any(|g| g.len() < 2 || g.len() > 3)
            || groups.last().is_some_and(|g| g.len() != 3)
        {
            return None;
        }
        s.replace(',', "")
    };
    let v = cleaned.parse::<f64>().ok()?;
    v.is_finite().then_some(v)
}

/// "3/4" -> 0.75.
pub fn fraction_value(s: &str) -> Option<f64> {
    let (a, b) = s.split_once('/')?;
    if b.contains('/') || a.contains(['.', ',', ':']) || b.contains(['.', ',', ':']) {
        return None;
    }
    let (a, b) = (a.parse::<f64>().ok()?, b.parse::<f64>().ok()?);
    (b != 0.0).then(|| a / b)
}

pub fn unit_word(w: &str) -> Option<f64> {
    Some(match w {
        "zero" | "nought" | "naught" | "nil" => 0.0,
        "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "thirteen" => 13.0,
        "fourteen" => 14.0,
        "fifteen" => 15.0,
        "sixteen" => 16.0,
        "seventeen" => 17.0,
        "eighteen" => 18.0,
        "nineteen" => 19.0,
        _ => return None,
    })
}

pub fn tens_word(w: &str) -> Option<f64> {
    Some(match w {
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" | "fourty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        "seventy" => 70.0,
        "eighty" => 80.0,
        "ninety" => 90.0,
        _ => return None,
    })
}

/// Scale words, including the abbreviations news uses after a number ("2bn", "100k").
pub fn scale_word(w: &str) -> Option<f64> {
    Some(match w {
        "thousand" | "thousands" => 1e3,
        "lakh" | "lakhs" | "lac" => 1e5,
        "million" | "millions" | "mln" | "mn" => 1e6,
        "crore" | "crores" => 1e7,
        "billion" | "billions" | "bn" | "bln" => 1e9,
        "trillion" | "trillions" | "tn" | "trn" => 1e12,
        _ => return None,
    })
}

/// Ordinal words: "first" -> 1, "twentieth" -> 20, "hundredth" -> 100.
pub fn ordinal_word(w: &str) -> Option<f64> {
    Some(match w {
        "first" => 1.0,
        "second" => 2.0,
        "third" => 3.0,
        "fourth" => 4.0,
        "fifth" => 5.0,
        "sixth" => 6.0,
        "seventh" => 7.0,
        "eighth" => 8.0,
        "ninth" | "nineth" => 9.0,
        "tenth" => 10.0,
        "eleventh" => 11.0,
        "twelfth" => 12.0,
        "thirteenth" => 13.0,
        "fourteenth" => 14.0,
        "fifteenth" => 15.0,
        "sixteenth" => 16.0,
        "seventeenth" => 17.0,
        "eighteenth" => 18.0,
        "nineteenth" => 19.0,
        "twentieth" => 20.0,
        "thirtieth" => 30.0,
        "fortieth" => 40.0,
        "fiftieth" => 50.0,
        "sixtieth" => 60.0,
        "seventieth" => 70.0,
        "eightieth" => 80.0,
        "ninetieth" => 90.0,
        "hundredth" => 100.0,
        "thousandth" => 1e3,
        "millionth" => 1e6,
        "billionth" => 1e9,
        "trillionth" => 1e12,
        _ => return None,
    })
}

/// Denominator words in their plural (or special) forms: "thirds" -> 3, "halves" -> 2.
fn plural_denominator(w: &str) -> Option<f64> {
    match w {
        "half" | "halves" => Some(2.0),
        "quarter" | "quarters" => Some(4.0),
        "fourths" => Some(4.0),
        _ => {
            let stem = w.strip_suffix('s')?;
            let v = ordinal_word(stem)?;
            (v >= 3.0).then_some(v)
        }
    }
}

/// One word of a number phrase.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Atom {
    Digits(f64),
    Unit(f64),
    Tens(f64),
    Hundred,
    Scale(f64),
    Dozen,
    And,
    A,
    Point,
    Ordinal(f64),
    /// A plural denominator ("thirds"), "half" or "quarter".
    Denominator(f64),
    /// A digit fraction "1/2".
    Fraction(f64),
}

fn atom(text: &str, p: &Piece) -> Option<Atom> {
    let s = &text[p.start..p.end];
    match p.kind {
        PieceKind::Digits => {
            if s.contains('/') {
                fraction_value(s).map(Atom::Fraction)
            } else {
                digits_value(s).map(Atom::Digits)
            }
        }
        PieceKind::Letters => {
            if let Some(v) = unit_word(s) {
                return Some(Atom::Unit(v));
            }
            if let Some(v) = tens_word(s) {
                return Some(Atom::Tens(v));
            }
            if let Some(v) = ordinal_word(s) {
                return Some(Atom::Ordinal(v));
            }
            if let Some(v) = plural_denominator(s) {
                return Some(Atom::Denominator(v));
            }
            Some(match s {
                "hundred" | "hundreds" => Atom::Hundred,
                "dozen" | "dozens" | "dz" | "dzs" | "doz" | "dozs" => Atom::Dozen,
                "and" => Atom::And,
                "a" | "an" => Atom::A,
                "point" => Atom::Point,
                _ => Atom::Scale(scale_word(s)?),
            })
        }
        PieceKind::Symbol => match s {
            "½" => Some(Atom::Fraction(0.5)),
            "¼" => Some(Atom::Fraction(0.25)),
            "¾" => Some(Atom::Fraction(0.75)),
            "⅓" => Some(Atom::Fraction(1.0 / 3.0)),
            "⅔" => Some(Atom::Fraction(2.0 / 3.0)),
            "⅙" => Some(Atom::Fraction(1.0 / 6.0)),
            "⅛" => Some(Atom::Fraction(0.125)),
            _ => None,
        },
    }
}

/// A number read from pieces `start..end`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Parsed {
    pub start: usize,
    pub end: usize,
    pub value: f64,
    pub ordinal: bool,
    /// Spelled out in words (at least in part).
    pub words: bool,
    /// A fraction ("two-thirds", "a half", "3/4").
    pub fraction: bool,
}

/// True when pieces `a` and `b` are joined by nothing but spaces, or by one hyphen.
fn joined(text: &str, ps: &[Piece], i: usize) -> Option<usize> {
    // Returns the index of the next atom piece after i (skipping one hyphen), or None.
    let next = ps.get(i + 1)?;
    let gap = &text[ps[i].end..next.start];
    if gap.contains('\n') {
        return None;
    }
    if &text[next.start..next.end] == "-" && next.kind == PieceKind::Symbol {
        let after = ps.get(i + 2)?;
        if text[next.end..after.start].contains('\n') {
            return None;
        }
        return Some(i + 2);
    }
    Some(i + 1)
}

/// Reads the longest number starting at piece `i`. `text` is the lower-cased text.
pub fn parse_at(text: &str, ps: &[Piece], i: usize) -> Option<Parsed> {
    let first = atom(text, ps.get(i)?)?;
    if matches!(first, Atom::And | Atom::Point) {
        return None;
    }
    // "1 414 021 100": thousands separated by single spaces (two groups at least).
    if let Atom::Digits(v) = first {
        let head = &text[ps[i].start..ps[i].end];
        if head.len() <= 3 && head.bytes().all(|b| b.is_ascii_digit()) {
            let mut k = i;
            let mut value = v;
            while let Some(next) = ps.get(k + 1) {
                let s = &text[next.start..next.end];
                if &text[ps[k].end..next.start] == " "
                    && s.len() == 3
                    && s.bytes().all(|b| b.is_ascii_digit())
                {
                    value = value * 1000.0 + s.parse::<f64>().unwrap_or(0.0);
                    k += 1;
                } else {
                    break;
                }
            }
            if k >= i + 2 {
                return Some(Parsed {
                    start: i,
                    end: k + 1,
                    value,
                    ordinal: false,
                    words: false,
                    fraction: false,
                });
            }
        }
    }
    // Collect a run of atoms (at most 40: a number phrase is short).
    let mut idx = vec![i];
    let mut atoms = vec![first];
    let mut k = i;
    while atoms.len() < 40 {
        let Some(n) = joined(text, ps, k) else { break };
        let Some(a) = atom(text, &ps[n]) else { break };
        // A hyphen joins words ("twenty-one", "two-thirds") and a whole to a fraction ("3-1/2").
        if n == k + 2 {
            let ok = match (atoms[atoms.len() - 1], a) {
                (Atom::Tens(_), Atom::Unit(u)) => u > 0.0 && u < 10.0,
                (Atom::Tens(_), Atom::Ordinal(o)) => o < 10.0,
                (Atom::Unit(_) | Atom::Tens(_), Atom::Denominator(_) | Atom::Ordinal(_)) => true,
                (Atom::Digits(_), Atom::Fraction(_)) => true,
                _ => false,
            };
            if !ok {
                break;
            }
        }
        // Digits only join digits-less phrases as the head ("3 hundred", "1.2 million"); after
        // a scale only a smaller whole number continues, and after "and" only one below a hundred
        // that follows "hundred" ("3 hundred and 21"): "$2 million and 7 people" is two numbers.
        if let Atom::Digits(v) = a {
            let ok = match atoms[atoms.len() - 1] {
                Atom::And => {
                    (1.0..100.0).contains(&v)
                        && v.fract() == 0.0
                        && atoms.len() >= 2
                        && matches!(atoms[atoms.len() - 2], Atom::Hundred)
                }
                Atom::Scale(s) => v >= 1.0 && v < s && v.fract() == 0.0,
                _ => false,
            };
            if !ok {
                break;
            }
        }
        idx.push(n);
        atoms.push(a);
        k = n;
    }
    eval_atoms(&atoms).map(|(len, value, ordinal, fraction)| {
        let words = atoms[..len]
            .iter()
            .any(|a| !matches!(a, Atom::Digits(_) | Atom::Fraction(_)));
        Parsed {
            start: i,
            end: idx[len - 1] + 1,
            value,
            ordinal,
            words,
            fraction,
        }
    })
}

/// Evaluates the longest valid prefix of `atoms`: (atoms used, value, ordinal, fraction).
fn eval_atoms(atoms: &[Atom]) -> Option<(usize, f64, bool, bool)> {
    let mut best: Option<(usize, f64, bool, bool)> = None;
    let mut total = 0.0f64;
    let mut current = 0.0f64;
    // Value added since the last "hundred" (what "dozen" multiplies).
    let mut small = 0.0f64;
    let mut last: Option<Atom> = None;
    let mut leading_a = false;
    let mut j = 0;
    let mut decimals: Option<String> = None;
    while j < atoms.len() {
        let a = atoms[j];
        if let Some(d) = decimals.as_mut() {
            // After "point": digits spoken one by one ("zero three") or as a number ("seventy-one").
            let v = match a {
                Atom::Unit(v) if v < 10.0 => v,
                Atom::Unit(v) | Atom::Tens(v) => v,
                _ => break,
            };
            if matches!(last, Some(Atom::Tens(_))) && matches!(a, Atom::Unit(_)) && v < 10.0 {
                d.pop();
            }
            d.push_str(&format!("{}", v as u64));
            last = Some(a);
            let frac = format!("0.{d}").parse::<f64>().unwrap_or(0.0);
            best = Some((j + 1, total + current + frac, false, false));
            j += 1;
            continue;
        }
        let ok = match a {
            Atom::Digits(v) => {
                let ok = matches!(last, None | Some(Atom::Scale(_)) | Some(Atom::And));
                if ok {
                    current += v;
                    small = v;
                }
                ok
            }
            Atom::Unit(v) => {
                let ok = match last {
                    None | Some(Atom::Hundred) | Some(Atom::Scale(_)) | Some(Atom::And) => true,
                    Some(Atom::Tens(_)) => v > 0.0 && v < 10.0,
                    _ => false,
                };
                if ok {
                    current += v;
                    small += v;
                }
                ok
            }
            Atom::Tens(v) => {
                let ok = matches!(
                    last,
                    None | Some(Atom::Hundred) | Some(Atom::Scale(_)) | Some(Atom::And)
                );
                if ok {
                    current += v;
                    small = v;
                }
                ok
            }
            Atom::Hundred => {
                let ok = matches!(
                    last,
                    Some(Atom::Unit(_) | Atom::Tens(_) | Atom::Digits(_) | Atom::A) | None
                );
                if ok {
                    current = if current == 0.0 {
                        100.0
                    } else {
                        current * 100.0
                    };
                    small = 0.0;
                }
                ok
            }
            Atom::Scale(s) => {
                let ok = match last {
                    Some(Atom::Unit(_))
                    | Some(Atom::Tens(_))
                    | Some(Atom::Digits(_))
                    | Some(Atom::Hundred) => true,
                    Some(Atom::A) => true,
                    Some(Atom::Scale(prev)) => prev < s && current == 0.0 && total > 0.0,
                    _ => false,
                };
                if ok {
                    if let Some(Atom::Scale(_)) = last {
                        total *= s;
                    } else {
                        let c = if current == 0.0 { 1.0 } else { current };
                        total += c * s;
                        current = 0.0;
                    }
                    small = 0.0;
                }
                ok
            }
            Atom::Dozen => {
                let ok = matches!(
                    last,
                    Some(Atom::Unit(_))
                        | Some(Atom::Tens(_))
                        | Some(Atom::Digits(_))
                        | Some(Atom::A)
                );
                if ok {
                    let s = if small == 0.0 { 1.0 } else { small };
                    current = current - small + s * 12.0;
                    small = 0.0;
                }
                ok
            }
            Atom::A => {
                if j == 0 {
                    leading_a = true;
                    last = Some(a);
                    j += 1;
                    continue;
                }
                false
            }
            Atom::And => {
                // "and" continues only after a hundred or a scale, or before a fraction.
                let next = atoms.get(j + 1).copied();
                let before_fraction = matches!(next, Some(Atom::A))
                    || matches!(
                        (next, atoms.get(j + 2)),
                        (
                            Some(Atom::Unit(_)),
                            Some(Atom::Denominator(_) | Atom::Ordinal(_))
                        )
                    );
                if matches!(last, Some(Atom::Hundred) | Some(Atom::Scale(_)))
                    || (before_fraction && last.is_some() && !leading_a)
                {
                    // Fraction after "and": "one and a half", "twenty and three fifths".
                    if before_fraction {
                        if let Some((used, frac)) = fraction_after_and(&atoms[j + 1..]) {
                            let whole = total + current;
                            // "one million and a half": the fraction is of the last scale.
                            let value = match (last, atoms.get(j + 1 + used)) {
                                (_, Some(Atom::Scale(s))) => whole + frac * s,
                                (Some(Atom::Scale(s)), _) => whole + frac * s,
                                _ => whole + frac,
                            };
                            let mut n = j + 1 + used;
                            let mut v = value;
                            if let (Some(Atom::Scale(s)), false) =
                                (atoms.get(n), matches!(last, Some(Atom::Scale(_))))
                            {
                                // "five and a half million"
                                if matches!(
                                    last,
                                    Some(Atom::Unit(_) | Atom::Tens(_) | Atom::Digits(_))
                                ) {
                                    v = (whole + frac) * s;
                                }
                                n += 1;
                            } else if matches!(atoms.get(n), Some(Atom::Scale(_))) {
                                n += 1;
                            }
                            return Some((n, v, false, true));
                        }
                    }
                    last = Some(a);
                    j += 1;
                    continue;
                }
                false
            }
            Atom::Point => {
                if last.is_some() && !matches!(last, Some(Atom::A) | Some(Atom::And)) {
                    decimals = Some(String::new());
                    last = Some(a);
                    j += 1;
                    continue;
                }
                false
            }
            Atom::Ordinal(o) => {
                // "twenty-first", "one hundred twenty-fifth": an ordinal ends the phrase.
                // "a fifth", "one fifth": a fraction.
                match last {
                    Some(Atom::A) if o >= 3.0 => return Some((j + 1, 1.0 / o, false, true)),
                    Some(Atom::Unit(u))
                        if u == 1.0 && total == 0.0 && current == 1.0 && o >= 3.0 =>
                    {
                        return Some((j + 1, 1.0 / o, false, true))
                    }
                    None => return Some((1, o, true, false)),
                    Some(Atom::Tens(_)) if o < 10.0 => {
                        return Some((j + 1, total + current + o, true, false))
                    }
                    Some(Atom::Hundred) | Some(Atom::Scale(_)) | Some(Atom::And) => {
                        return Some((j + 1, total + current + o, true, false))
                    }
                    _ => {
                        if o >= 100.0 {
                            // "two hundredths"-style is handled as a denominator; "three hundredth" is odd.
                            return best;
                        }
                        false
                    }
                }
            }
            Atom::Denominator(d) => {
                // "two-thirds", "three fifths", "a half", "half", "twenty-three fifths".
                let numer = total + current;
                let v = match last {
                    None => {
                        if d == 2.0 || d == 4.0 {
                            // "half", "quarter" alone; "half million".
                            let frac = 1.0 / d;
                            if let Some(Atom::Scale(s)) = atoms.get(j + 1) {
                                return Some((j + 2, frac * s, false, true));
                            }
                            return Some((1, frac, false, true));
                        }
                        return None;
                    }
                    Some(Atom::A) => 1.0 / d,
                    Some(
                        Atom::Unit(_)
                        | Atom::Tens(_)
                        | Atom::Hundred
                        | Atom::Scale(_)
                        | Atom::Digits(_),
                    ) => numer / d,
                    _ => return best,
                };
                if let Some(Atom::Scale(s)) = atoms.get(j + 1) {
                    return Some((j + 2, v * s, false, true));
                }
                return Some((j + 1, v, false, true));
            }
            Atom::Fraction(f) => match last {
                None => return Some((1, f, false, true)),
                Some(Atom::Digits(w)) if current == w && total == 0.0 => {
                    let v = if w < 0.0 { w - f } else { w + f };
                    return Some((j + 1, v, false, true));
                }
                _ => false,
            },
        };
        if !ok {
            break;
        }
        last = Some(a);
        j += 1;
        if !matches!(a, Atom::And) {
            best = Some((j, total + current, false, false));
        }
    }
    best
}

/// Reads a fraction after "and": "a half", "a quarter", "three fifths", "one fourth".
fn fraction_after_and(atoms: &[Atom]) -> Option<(usize, f64)> {
    match (atoms.first()?, atoms.get(1)) {
        (Atom::A, Some(Atom::Denominator(d))) => Some((2, 1.0 / d)),
        (Atom::A, Some(Atom::Ordinal(o))) if *o >= 3.0 => Some((2, 1.0 / o)),
        (Atom::Unit(n), Some(Atom::Denominator(d))) => Some((2, n / d)),
        (Atom::Unit(n), Some(Atom::Ordinal(o))) if *n == 1.0 && *o >= 3.0 => Some((2, 1.0 / o)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(s: &str) -> Option<(String, f64, bool)> {
        let ps = pieces(s);
        let p = parse_at(s, &ps, 0)?;
        Some((
            s[ps[p.start].start..ps[p.end - 1].end].to_string(),
            p.value,
            p.ordinal,
        ))
    }

    #[test]
    fn spoken_and_written() {
        let cases: &[(&str, &str, f64)] = &[
            ("72 people", "72", 72.0),
            ("eight months", "eight", 8.0),
            ("1.2 million", "1.2 million", 1.2e6),
            ("two-thirds of", "two-thirds", 2.0 / 3.0),
            ("a dozen eggs", "a dozen", 12.0),
            ("3-1/2-year", "3-1/2", 3.5),
            (
                "twenty-one trillion three hundred",
                "twenty-one trillion three hundred",
                21e12 + 300.0,
            ),
            (
                "two hundred point zero three",
                "two hundred point zero three",
                200.03,
            ),
            ("one and a half", "one and a half", 1.5),
            ("five and a half million", "five and a half million", 5.5e6),
            ("half million", "half million", 5e5),
            (
                "three hundred and two dozens",
                "three hundred and two dozens",
                324.0,
            ),
            ("1,234,567", "1,234,567", 1234567.0),
            ("hundred thousand", "hundred thousand", 1e5),
            ("a trillionth", "a trillionth", 1e-12),
            ("twenty and three fifths", "twenty and three fifths", 20.6),
            (
                "one billion and three quarters million",
                "one billion and three quarters million",
                1_000_750_000.0,
            ),
        ];
        for (text, span, value) in cases {
            let (s, v, _) = num(text).unwrap_or_else(|| panic!("no number in {text}"));
            assert_eq!(&s, span, "{text}");
            assert!(
                (v - value).abs() < 1e-6 * value.abs().max(1.0),
                "{text}: {v} != {value}"
            );
        }
        assert_eq!(num("twenty-first").map(|n| (n.1, n.2)), Some((21.0, true)));
        assert_eq!(
            num("one hundred twenty-fifth").map(|n| (n.1, n.2)),
            Some((125.0, true))
        );
        assert_eq!(num("192.168.1.2"), None);
        assert_eq!(num("and"), None);
    }
}

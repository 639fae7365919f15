//! Entity linking: the canonical name of every mention within a document, and the test for two
//! names meaning the same entity across documents ("Zelenskiy" and "Zelenskyy").

use super::features::hash_lower;
use super::features::HashMapOfHashes as HashMap;
use super::gazetteer::gazetteer;
use crate::document::{Entity, Label};

/// A name folded for comparison: lower case, common Latin diacritics removed, apostrophes, periods
/// and hyphens dropped or made spaces, a leading "the" and a trailing possessive removed, spaces
/// collapsed. "The U.S.", "u.s." -> "us"; "Zelenskyy’s" -> "zelenskyy".
pub fn canonical_key(name: &str) -> String {
    let name = name.trim();
    let name = name
        .strip_suffix("'s")
        .or_else(|| name.strip_suffix("’s"))
        .unwrap_or(name);
    let mut out = String::with_capacity(name.len());
    let mut space = false;
    for c in name.chars() {
        let c = fold_char(c);
        if c.is_alphanumeric() {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.extend(c.to_lowercase());
        } else if c.is_whitespace() || c == '-' || c == '‐' || c == '–' {
            space = true;
        }
        // '.', '\'', '’' and other punctuation are dropped without a space.
    }
    let s = out.strip_prefix("the ").unwrap_or(&out);
    s.to_string()
}

fn fold_char(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' | 'ą' => 'a',
        'Á' | 'À' | 'Â' | 'Ä' | 'Ã' | 'Å' | 'Ā' | 'Ą' => 'A',
        'é' | 'è' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => 'e',
        'É' | 'È' | 'Ê' | 'Ë' | 'Ē' | 'Ę' | 'Ě' => 'E',
        'í' | 'ì' | 'î' | 'ï' | 'ī' | 'ı' => 'i',
        'Í' | 'Ì' | 'Î' | 'Ï' | 'Ī' | 'İ' => 'I',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' | 'ō' | 'ő' => 'o',
        'Ó' | 'Ò' | 'Ô' | 'Ö' | 'Õ' | 'Ø' | 'Ō' | 'Ő' => 'O',
        'ú' | 'ù' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
        'Ú' | 'Ù' | 'Û' | 'Ü' | 'Ū' | 'Ů' | 'Ű' => 'U',
        'ç' | 'ć' | 'č' => 'c',
        'Ç' | 'Ć' | 'Č' => 'C',
        'ñ' | 'ń' | 'ň' => 'n',
        'Ñ' | 'Ń' | 'Ň' => 'N',
        'ś' | 'š' | 'ş' | 'ș' => 's',
        'Ś' | 'Š' | 'Ş' | 'Ș' => 'S',
        'ź' | 'ż' | 'ž' => 'z',
        'Ź' | 'Ż' | 'Ž' => 'Z',
        'ł' => 'l',
        'Ł' => 'L',
        'ř' => 'r',
        'Ř' => 'R',
        'ý' | 'ÿ' => 'y',
        'Ý' => 'Y',
        'ğ' => 'g',
        'Ğ' => 'G',
        'ț' | 'ţ' => 't',
        'Ț' | 'Ţ' => 'T',
        'đ' | 'ď' => 'd',
        _ => c,
    }
}

/// Levenshtein distance, capped: returns `cap + 1` as soon as the distance exceeds `cap`.
fn edit_distance(a: &[char], b: &[char], cap: usize) -> usize {
    if a.len().abs_diff(b.len()) > cap {
        return cap + 1;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        let mut row_min = cur[0];
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != cb);
            cur[j + 1] = sub.min(prev[j + 1] + 1).min(cur[j] + 1);
            row_min = row_min.min(cur[j + 1]);
        }
        if row_min > cap {
            return cap + 1;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

fn words_match(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (ca, cb): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    // Spelling variants of long names: "zelenskiy" / "zelenskyy" / "zelensky".
    ca.len().min(cb.len()) >= 6 && ca.first() == cb.first() && edit_distance(&ca, &cb, 1) <= 1
}

/// Whether two names (canonical entity names, possibly from different articles) denote the same
/// entity: equal after [`canonical_key`], or the same words up to one spelling edit in a long
/// word ("Volodymyr Zelenskiy" / "Volodymyr Zelenskyy"), or one name is the other's surname
/// ("Zelenskyy" / "Volodymyr Zelenskiy").
pub fn same_entity(a: &str, b: &str) -> bool {
    let (ka, kb) = (canonical_key(a), canonical_key(b));
    if ka.is_empty() || kb.is_empty() {
        return false;
    }
    if ka == kb {
        return true;
    }
    let wa: Vec<&str> = ka.split(' ').collect();
    let wb: Vec<&str> = kb.split(' ').collect();
    if wa.len() == wb.len() {
        return wa.iter().zip(&wb).all(|(x, y)| words_match(x, y));
    }
    // A surname alone against a full name: the surnames must match and be long enough to be
    // distinctive.
    let (short, long) = if wa.len() < wb.len() {
        (&wa, &wb)
    } else {
        (&wb, &wa)
    };
    short.len() == 1
        && short[0].chars().count() >= 4
        && long.last().is_some_and(|l| words_match(short[0], l))
}

fn strip_possessive(s: &str) -> &str {
    for suffix in ["'s", "’s", "'", "’"] {
        if let Some(rest) = s.strip_suffix(suffix) {
            return rest.trim_end();
        }
    }
    s
}

/// The gazetteer's name for an entity, unless the text writes the same name with its accents
/// ("Pedro Sánchez" stays so, not "Pedro Sanchez"; "Zelenskyy" still becomes "Zelenskiy").
fn own_spelling(canonical: &str, written: &str) -> String {
    if canonical != written
        && !written.is_ascii()
        && canonical_key(canonical) == canonical_key(written)
    {
        title_case_if_caps(written)
    } else {
        canonical.to_string()
    }
}

/// Sets the canonical `entity` of every mention in one document: gazetteer names for places,
/// groups and organisations ("U.S." -> "United States"), and for people the fullest name the
/// document gives them ("Trump", "TRUMP", "President Trump" -> "Donald Trump").
pub fn link(entities: &mut [Entity]) {
    let g = gazetteer();
    for e in entities.iter_mut() {
        // "Keir\u{a0}Starmer" or a name wrapped across lines is the same name with one space.
        let spaced;
        let mut base = strip_possessive(e.text.trim());
        if base.chars().any(|c| c.is_whitespace() && c != ' ') || base.contains("  ") {
            spaced = base.split_whitespace().collect::<Vec<_>>().join(" ");
            base = &spaced;
        }
        e.entity = match g.lookup_text(base) {
            Some(entry) if e.label != Label::PERSON => own_spelling(g.canonical(entry), base),
            // An organisation's short name in capitals is an acronym ("SNCF", "UNICEF"), not a
            // headline's capitals.
            _ if is_acronym(e.label, base) => base.to_string(),
            _ => title_case_if_caps(base),
        };
    }
    // People: a mention whose words end (or are) another person mention's last words takes the
    // longest such name; surnames compared by `same_entity` so spelling variants link.
    let mut full: Vec<String> = entities
        .iter()
        .filter(|e| e.label == Label::PERSON && e.entity.contains(' '))
        .map(|e| e.entity.clone())
        .collect();
    full.sort_by_key(|f| std::cmp::Reverse(f.len()));
    full.dedup();
    // Full names by their last word (folded), longest first.
    let mut by_last: HashMap<String, Vec<(String, String)>> = HashMap::default();
    for f in full {
        let key = canonical_key(&f);
        let last = key.rsplit(' ').next().unwrap_or("").to_string();
        by_last.entry(last).or_default().push((key, f));
    }
    // Full names by their first word (folded): a known given name alone ("Maria has my support")
    // is the one person of the document who has it.
    let mut by_first: HashMap<String, Vec<String>> = HashMap::default();
    for list in by_last.values() {
        for (key, f) in list {
            let first = key.split(' ').next().unwrap_or("").to_string();
            by_first.entry(first).or_default().push(f.clone());
        }
    }
    // Each distinct name is resolved once (None: it stays as it is).
    let mut cache: HashMap<String, Option<String>> = HashMap::default();
    for e in entities.iter_mut().filter(|e| e.label == Label::PERSON) {
        if let Some(c) = cache.get(&e.entity) {
            if let Some(c) = c {
                e.entity = c.clone();
            }
            continue;
        }
        let name = e.entity.clone();
        let key = canonical_key(&name);
        let last = key.rsplit(' ').next().unwrap_or("");
        let suffix = format!(" {key}");
        let mut best = by_last
            .get(last)
            .and_then(|list| {
                list.iter()
                    .find(|(fk, f)| f.len() > name.len() && fk.ends_with(&suffix))
            })
            .map(|(_, f)| f.clone());
        // A spelling variant of a surname ("Zelenskyy" after "Volodymyr Zelenskiy"); the search is
        // bounded so that a document with very many names stays linear.
        if best.is_none() && !key.contains(' ') && by_last.len() <= 256 {
            best = by_last
                .values()
                .flatten()
                .filter(|(_, f)| f.len() > name.len() && same_entity(&name, f))
                .max_by(|a, b| a.1.len().cmp(&b.1.len()).then_with(|| b.1.cmp(&a.1)))
                .map(|(_, f)| f.clone());
        }
        if best.is_none() && !key.contains(' ') && g.is_first_name(hash_lower(&key)) {
            if let Some([only]) = by_first.get(key.as_str()).map(Vec::as_slice) {
                best = Some(only.clone());
            }
        }
        // A person in the news goes by one canonical name ("Trump" -> "Donald Trump", "Volodymyr
        // Zelenskyy" -> "Volodymyr Zelenskiy"), whether named in full or not.
        let person = |n: &str| {
            g.lookup_text(n)
                .filter(|entry| entry.label == Label::PERSON)
                .map(|entry| own_spelling(g.canonical(entry), n))
        };
        let best = match best {
            Some(full) => Some(person(&full).unwrap_or(full)),
            None => person(&name),
        };
        cache.insert(name, best.clone());
        if let Some(b) = best {
            e.entity = b;
        }
    }
}

/// One word of at most six capitals naming anything but a person or a place: an acronym.
fn is_acronym(label: Label, s: &str) -> bool {
    !matches!(
        label,
        Label::PERSON | Label::GPE | Label::LOC | Label::FAC | Label::NORP
    ) && (2..=6).contains(&s.chars().count())
        && s.chars().all(|c| c.is_uppercase() || c == '&')
}

/// "TRUMP" -> "Trump", "NEW YORK" -> "New York"; other text unchanged.
fn title_case_if_caps(s: &str) -> String {
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 4 || s.chars().any(|c| c.is_lowercase()) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut start = true;
    for c in s.chars() {
        if start {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphanumeric() && c != '\'' && c != '’';
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_and_variants() {
        assert_eq!(canonical_key("The U.S."), "us");
        assert_eq!(canonical_key("Zelenskyy’s"), "zelenskyy");
        assert_eq!(canonical_key("Kosiniak-Kamysz"), "kosiniak kamysz");
        assert!(same_entity("Volodymyr Zelenskiy", "Volodymyr Zelenskyy"));
        assert!(same_entity("Zelenskiy", "Zelenskyy"));
        assert!(same_entity("Zelensky", "Volodymyr Zelenskyy"));
        assert!(same_entity("Wałęsa", "Walesa"));
        assert!(!same_entity("Trump", "Truss"));
        assert!(
            !same_entity("Biden", "Bidet"),
            "short names need an exact match"
        );
        assert!(!same_entity("", ""));
        assert_eq!(title_case_if_caps("NEW YORK"), "New York");
        assert_eq!(title_case_if_caps("US"), "US");
        assert!(is_acronym(Label::ORG, "SNCF") && is_acronym(Label::ORG, "UNICEF"));
        assert!(!is_acronym(Label::PERSON, "TRUMP") && !is_acronym(Label::GPE, "PARIS"));
    }

    #[test]
    fn names_keep_the_accents_the_text_writes() {
        assert_eq!(
            own_spelling("Pedro Sanchez", "Pedro Sánchez"),
            "Pedro Sánchez"
        );
        assert_eq!(own_spelling("Bogota", "Bogotá"), "Bogotá");
        assert_eq!(
            own_spelling("Volodymyr Zelenskiy", "Volodymyr Zelenskyy"),
            "Volodymyr Zelenskiy"
        );
        assert_eq!(own_spelling("Germany", "Deutschland"), "Germany");
        assert_eq!(
            own_spelling("Pedro Sanchez", "Pedro Sanchez"),
            "Pedro Sanchez"
        );
    }
}

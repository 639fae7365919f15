//! The quotations of the two sample articles, as one careful human reading marks them
//! (`../shared/samples/reading/000_claims.txt` and `002_claims.txt`): each must be found inside a
//! claim, with its speaker (matched by part of the canonical name) or, for unnamed sources, the
//! source as written; an unattributed quotation must have no speaker.

use sift_core::Claim;

enum Want {
    /// Part of the canonical speaker.
    Speaker(&'static str),
    /// The source as written (an unnamed source: no speaker).
    Source(&'static str),
    /// Unattributed: no claim names a speaker for it.
    Nobody,
}

fn sample(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../samples")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn holding<'c>(claims: &'c [Claim], quote: &str, nth: usize) -> Option<&'c Claim> {
    claims
        .iter()
        .filter(|c| c.content.iter().any(|s| s.text.contains(quote)))
        .nth(nth)
}

fn check(name: &str, cases: &[(&str, &str, usize, Want)]) -> Vec<String> {
    let doc = sift_core::analyze(&sample(name));
    let mut errors = Vec::new();
    for (id, quote, nth, want) in cases {
        let found = holding(&doc.claims, quote, *nth);
        match (want, found) {
            (Want::Nobody, None) => {}
            (Want::Nobody, Some(c)) if c.speaker.is_none() => {}
            (Want::Nobody, Some(c)) => errors.push(format!(
                "{name} {id}: {quote:?} should have no speaker, got {:?}",
                c.speaker
            )),
            (_, None) => errors.push(format!("{name} {id}: {quote:?} not in any claim")),
            (Want::Speaker(part), Some(c)) => {
                if !c.speaker.as_deref().unwrap_or_default().contains(part) {
                    errors.push(format!(
                        "{name} {id}: {quote:?} speaker {:?}, expected {part:?}",
                        c.speaker
                    ));
                }
            }
            (Want::Source(src), Some(c)) => {
                let got = c
                    .source
                    .as_ref()
                    .map(|s| s.text.as_str())
                    .unwrap_or_default();
                if got != *src || c.speaker.is_some() {
                    errors.push(format!("{name} {id}: {quote:?} source {got:?} speaker {:?}, expected {src:?} and none", c.speaker));
                }
            }
        }
    }
    errors
}

#[test]
fn sample_000_quotations() {
    use Want::*;
    let cases = [
        (
            "Q1",
            "The Russians expressed their desire",
            0,
            Speaker("Leavitt"),
        ),
        ("Q2", "great progress", 0, Speaker("Trump")),
        ("Q3", "Today was a good day", 0, Speaker("Rubio")),
        ("Q4", "There's still many impediments", 0, Speaker("Rubio")),
        ("Q5", "useful and constructive", 0, Source("A Kremlin aide")),
        ("Q6", "\"signals\"", 0, Speaker("Ushakov")),
        (
            "Q7",
            "It seems that Russia is now more inclined",
            0,
            Speaker("Zelenskiy"),
        ),
        (
            "Q8",
            "Ukraine will definitely defend its independence",
            0,
            Speaker("Zelenskiy"),
        ),
        ("Q9", "\"signals\"", 1, Speaker("Ushakov")),
        ("Q10", "disgusting", 0, Speaker("Trump")),
        ("Q11", "The war must stop", 0, Speaker("Yermak")),
    ];
    let errors = check("000_e0917929e91c8f01.txt", &cases);
    assert!(errors.is_empty(), "{}", errors.join("\n"));
    // "Kudlow" is a programme title, not a quotation.
    let doc = sift_core::analyze(&sample("000_e0917929e91c8f01.txt"));
    assert!(!doc
        .claims
        .iter()
        .any(|c| c.content.iter().any(|s| s.text.contains("Kudlow"))));
}

#[test]
fn sample_000_reported_speech() {
    use Want::*;
    let cases = [
        (
            "R1",
            "may hold talks with Russian President",
            0,
            Source("an administration official"),
        ),
        (
            "R2",
            "could take place as soon as next week",
            0,
            Source("the White House official"),
        ),
        (
            "R3",
            "Trump provided information",
            0,
            Source("A German government spokesperson"),
        ),
        (
            "R4",
            "he intends to meet with Putin",
            0,
            Speaker("New York Times"),
        ),
        ("R6", "more had to be done", 0, Speaker("Rubio")),
        ("R9", "pressure had worked", 0, Speaker("Zelenskiy")),
        (
            "R10",
            "he had discussed Witkoff's visit",
            0,
            Speaker("Zelenskiy"),
        ),
        (
            "R11",
            "he had updated some of Washington's",
            0,
            Speaker("Trump"),
        ),
        ("R12", "are illegal", 0, Speaker("Kremlin")),
        (
            "R14",
            "a full ceasefire and a leaders' summit",
            0,
            Speaker("Yermak"),
        ),
        (
            "R15",
            "Putin is unlikely to bow",
            0,
            Source("three sources close to the Kremlin"),
        ),
        (
            "R16",
            "Putin was sceptical",
            0,
            Source("The Russian sources"),
        ),
    ];
    let errors = check("000_e0917929e91c8f01.txt", &cases);
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

#[test]
fn sample_002_quotations() {
    use Want::*;
    let cases = [
        ("Q1", "“very bad”", 0, Speaker("Trump")),
        ("Q2", "“Yeah. We can.", 0, Speaker("Trump")),
        ("Q3", "“accept the ceasefire”", 0, Speaker("Healey")),
        ("Q4", "These are decisive days", 0, Speaker("Healey")),
        ("Q5", "I say to President Putin", 0, Speaker("Healey")),
        (
            "Q6",
            "“returned to previous levels”",
            0,
            Speaker("Sikorski"),
        ),
        ("Q7", "Well, we had conversations", 0, Speaker("Rubio")),
        (
            "Q8",
            "We are fighting for our independence",
            0,
            Speaker("Zelensk"),
        ),
        (
            "Q9",
            "Our people have fought for this",
            0,
            Speaker("Zelensk"),
        ),
        ("Q10", "“trust”", 0, Speaker("Zelensk")),
        (
            "Q11",
            "none of us trust the Russians",
            0,
            Speaker("Zelensk"),
        ),
        (
            "Q12",
            "We will throw our weight behind Trump",
            0,
            Source("A senior defence source"),
        ),
        ("Q13", "tripwire force", 0, Nobody),
        (
            "Q14",
            "“reassurance force”",
            0,
            Source("A senior military source"),
        ),
        (
            "Q15",
            "help make Putin think really hard",
            0,
            Source("A senior military source"),
        ),
        (
            "Q16",
            "reinforcing the confidence in the ceasefire",
            0,
            Source("the source"),
        ),
        (
            "Q17",
            "It is getting their airspace back",
            0,
            Source("the source"),
        ),
        (
            "Q18",
            "“the giant is awakening”",
            0,
            Speaker("Kosiniak-Kamysz"),
        ),
        (
            "Q19",
            "Our civilisation is under threat",
            0,
            Speaker("Kosiniak-Kamysz"),
        ),
        (
            "Q20",
            "be successful in facing this challenge",
            0,
            Speaker("Kosiniak-Kamysz"),
        ),
        ("Q21", "“tomorrow”", 0, Speaker("Lecornu")),
        ("Q22", "“coalition of the willing”", 0, Speaker("Lecornu")),
        (
            "Q23",
            "move forward more quickly on aerospace",
            0,
            Speaker("Lecornu"),
        ),
        (
            "Q24",
            "It is clear that the Russian state",
            0,
            Source("a Foreign Office spokesman"),
        ),
    ];
    let errors = check("002_cbcbdd5b42f263f4.txt", &cases);
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

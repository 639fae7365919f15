//! Word lists for claims: reporting cues, source nouns, pronouns, hedges.

use crate::entities::features::HashMapOfHashes as HashMap;
use std::sync::OnceLock;

/// Reporting verbs that introduce speech, writing or belief, in the forms news uses.
/// `strong`: reliable even with a weak source; the rest need a clear source and content.
const STRONG_CUES: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "added",
    "adds",
    "wrote",
    "writes",
    "noted",
    "notes",
    "stressed",
    "stresses",
    "warned",
    "warns",
    "posted",
    "tweeted",
    "reported",
    "reports",
    "announced",
    "announces",
    "explained",
    "explains",
    "insisted",
    "insists",
    "argued",
    "argues",
    "declared",
    "declares",
    "acknowledged",
    "acknowledges",
    "admitted",
    "admits",
    "claimed",
    "asserted",
    "asserts",
    "contended",
    "contends",
    "stated",
    "confirmed",
    "confirms",
    "denied",
    "denies",
    "recalled",
    "recalls",
    "predicted",
    "predicts",
    "emphasised",
    "emphasized",
    "emphasises",
    "emphasizes",
    "conceded",
    "concedes",
    "testified",
    "replied",
    "responded",
    "observed",
    "remarked",
    "suggested",
    "suggests",
    "indicated",
    "revealed",
    "estimated",
    "estimates",
    "urged",
    "urges",
    "believes",
    "believed",
    "thinks",
    "wrote",
    "complained",
    "complains",
    "cautioned",
    "maintained",
    "maintains",
    "agreed",
    "concluded",
    "concludes",
    "promised",
    "vowed",
    "pledged",
    "predicted",
    "alleged",
    "alleges",
    "countered",
    "added",
    "reiterated",
    "underlined",
    "underscored",
    "hinted",
    "disclosed",
    "boasted",
    "lamented",
    "mused",
    "quipped",
    "joked",
    "shouted",
    "told",
    "telling",
];

/// Weaker cues: verbs of thought and perception that often, but not always, report a claim.
const WEAK_CUES: &[&str] = &[
    "say",
    "tell",
    "think",
    "believe",
    "believes",
    "expect",
    "expects",
    "expected",
    "hope",
    "hopes",
    "hoped",
    "fear",
    "fears",
    "feared",
    "feel",
    "feels",
    "felt",
    "know",
    "knows",
    "knew",
    "found",
    "finds",
    "find",
    "show",
    "shows",
    "showed",
    "shown",
    "called",
    "calls",
    "asked",
    "asks",
    "accused",
    "accuses",
    "described",
    "describes",
    "criticized",
    "criticised",
    "praised",
    "cited",
    "cites",
    "questioned",
    "wondered",
    "worried",
    "worries",
    "doubted",
    "doubts",
    "assumed",
    "understood",
    "learned",
    "learnt",
    "heard",
    "saw",
    "sees",
    "see",
    "argue",
    "claim",
    "claims",
    "insist",
    "warn",
    "note",
    "suggest",
    "agree",
    "predict",
    "admit",
    "acknowledge",
    "deny",
    "write",
    "announce",
    "explain",
    "declare",
    "urge",
    "complain",
    "concede",
    "confirm",
    "estimate",
    "maintain",
    "recall",
    "contend",
    "assert",
    "reveal",
    // Stances, which the attribution scheme counts as claims too ("Trump attacked Clinton for …").
    "attacked",
    "blasted",
    "criticizes",
    "criticises",
    "defended",
    "endorsed",
    "backed",
    "supports",
    "opposed",
    "opposes",
    "proposed",
    "wants",
    "wanted",
    "sought",
    "seeks",
    "refused",
    "refuses",
    "declined",
    "demanded",
    "echoed",
    "mentioned",
    "dismissed",
    "rejected",
    "welcomed",
    "condemned",
    "denounced",
    "slammed",
    "expects",
    "highlighted",
    "touted",
    "blamed",
    "blames",
    "questioned",
    "pointed",
];

/// Participles that continue an attribution: "…, adding that …".
const PARTICIPLE_CUES: &[&str] = &[
    "adding",
    "saying",
    "noting",
    "insisting",
    "arguing",
    "stressing",
    "warning",
    "explaining",
    "claiming",
    "telling",
    "suggesting",
    "writing",
    "acknowledging",
    "admitting",
    "asserting",
    "emphasising",
    "emphasizing",
    "declaring",
    "predicting",
    "recalling",
    "complaining",
    "urging",
];

pub(crate) fn cue_strength(lower: &str) -> Option<f64> {
    // Asked of most words of every sentence: one lookup rather than a scan of both lists.
    static CUES: OnceLock<HashMap<&'static str, f64>> = OnceLock::new();
    let cues = CUES.get_or_init(|| {
        let mut m: HashMap<&'static str, f64> = WEAK_CUES.iter().map(|&w| (w, 0.6)).collect();
        m.extend(STRONG_CUES.iter().map(|&w| (w, 1.0)));
        m
    });
    cues.get(lower).copied()
}

pub(crate) fn is_cue(lower: &str) -> bool {
    cue_strength(lower).is_some()
}

/// Verbs that report speech right after a quotation or before a colon ("“…?” Vitter demanded"),
/// though not reliably elsewhere.
const QUOTE_CUES: &[&str] = &[
    "asked",
    "asks",
    "demanded",
    "demands",
    "yelled",
    "yells",
    "shouted",
    "shouts",
    "reads",
    "read",
    "sings",
    "sang",
    "scolded",
    "commented",
    "comments",
    "echoed",
    "snapped",
    "retorted",
    "bragged",
    "recounted",
    "pleaded",
    "chanted",
    "chants",
    "tweets",
    "wondered",
    "wonders",
    "whispered",
    "cried",
    "exclaimed",
    "responded",
    "responds",
    "replies",
    "quipped",
    "jokes",
    "laughed",
    "continued",
    "continues",
    "offered",
    "mused",
    "recalled",
    "added",
    "concluded",
    "explained",
];

pub(crate) fn is_quote_cue(lower: &str) -> bool {
    is_cue(lower) || QUOTE_CUES.contains(&lower) || is_participle_cue(lower)
}

pub(crate) fn is_participle_cue(lower: &str) -> bool {
    PARTICIPLE_CUES.contains(&lower)
}

/// Verbs after which an addressee comes before the content: "told Reuters that …".
pub(crate) fn takes_addressee(lower: &str) -> bool {
    matches!(
        lower,
        "told"
            | "tells"
            | "tell"
            | "telling"
            | "warned"
            | "warns"
            | "assured"
            | "informed"
            | "reminded"
            | "urged"
            | "asked"
    )
}

pub(crate) const PERSON_PRONOUNS: &[&str] = &["he", "she", "him", "her"];
pub(crate) const PLURAL_PRONOUNS: &[&str] = &["they", "we", "i", "you", "it", "who", "one"];

pub(crate) fn is_pronoun(lower: &str) -> bool {
    PERSON_PRONOUNS.contains(&lower) || PLURAL_PRONOUNS.contains(&lower)
}

/// Nouns that name a person or group without naming them: "an administration official".
pub(crate) fn is_source_noun(lower: &str) -> bool {
    let singular = lower.strip_suffix('s').unwrap_or(lower);
    matches!(
        singular,
        "official"
            | "source"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "spokesmen"
            | "spokeswomen"
            | "aide"
            | "adviser"
            | "advisor"
            | "analyst"
            | "expert"
            | "critic"
            | "diplomat"
            | "officer"
            | "minister"
            | "secretary"
            | "president"
            | "chancellor"
            | "governor"
            | "senator"
            | "lawmaker"
            | "legislator"
            | "leader"
            | "member"
            | "representative"
            | "envoy"
            | "ambassador"
            | "negotiator"
            | "economist"
            | "researcher"
            | "scientist"
            | "investigator"
            | "prosecutor"
            | "lawyer"
            | "attorney"
            | "judge"
            | "witness"
            | "resident"
            | "people"
            | "person"
            | "voter"
            | "supporter"
            | "opponent"
            | "activist"
            | "campaigner"
            | "executive"
            | "director"
            | "chief"
            | "head"
            | "chairman"
            | "chairwoman"
            | "chair"
            | "commander"
            | "general"
            | "insider"
            | "observer"
            | "strategist"
            | "pollster"
            | "author"
            | "writer"
            | "reporter"
            | "journalist"
            | "editor"
            | "columnist"
            | "worker"
            | "employee"
            | "doctor"
            | "police"
            | "policemen"
            | "manager"
            | "founder"
            | "owner"
            | "candidate"
            | "nominee"
            | "democrat"
            | "republican"
            | "mayor"
            | "premier"
            | "king"
            | "queen"
            | "prince"
            | "pope"
            | "commissioner"
            | "deputy"
            | "staffer"
            | "staff"
            | "agent"
            | "administrator"
            | "professor"
            | "teacher"
            | "student"
            | "parent"
            | "mother"
            | "father"
            | "wife"
            | "husband"
            | "son"
            | "daughter"
            | "friend"
            | "colleague"
            | "neighbor"
            | "neighbour"
            | "citizen"
            | "soldier"
            | "veteran"
            | "sheriff"
            | "coach"
            | "player"
            | "ceo"
            | "cfo"
            | "founder's"
    )
}

/// Nouns that head the name of an organisation or outlet when no entity was found.
pub(crate) fn is_org_word(word: &str) -> bool {
    matches!(
        word,
        "Times"
            | "Post"
            | "Journal"
            | "News"
            | "Press"
            | "Reuters"
            | "Bloomberg"
            | "Ministry"
            | "Office"
            | "Kremlin"
            | "House"
            | "Department"
            | "Agency"
            | "Commission"
            | "Council"
            | "Party"
            | "Government"
            | "government"
            | "administration"
            | "ministry"
            | "Committee"
            | "committee"
            | "Bank"
            | "Institute"
            | "University"
            | "Court"
            | "court"
            | "Senate"
            | "Congress"
            | "Parliament"
            | "Union"
            | "Association"
            | "Corporation"
            | "Company"
            | "Inc."
            | "Group"
            | "Foundation"
            | "Service"
            | "Bureau"
            | "Board"
            | "Network"
            | "Channel"
            | "Telegraph"
            | "Guardian"
            | "BBC"
            | "CNN"
            | "Fox"
            | "campaign"
            | "Campaign"
            | "study"
            | "report"
            | "poll"
            | "survey"
            | "statement"
            | "newspaper"
            | "outlet"
            | "agency"
            | "Pentagon"
            | "FBI"
            | "NATO"
            | "UN"
            | "EU"
            | "police"
            | "Police"
            | "army"
            | "Army"
            | "military"
    )
}

/// Determiners and quantifiers that may open a source noun phrase.
pub(crate) fn is_determiner(lower: &str) -> bool {
    matches!(
        lower,
        "the"
            | "a"
            | "an"
            | "this"
            | "that"
            | "these"
            | "those"
            | "his"
            | "her"
            | "their"
            | "its"
            | "our"
            | "my"
            | "your"
            | "some"
            | "many"
            | "several"
            | "most"
            | "all"
            | "both"
            | "two"
            | "three"
            | "four"
            | "five"
            | "six"
            | "seven"
            | "eight"
            | "nine"
            | "ten"
            | "other"
            | "another"
            | "one"
            | "few"
            | "senior"
            | "former"
            | "top"
            | "local"
            | "independent"
    )
}

/// Words that end a source noun phrase when walking back from a cue (clause boundaries).
pub(crate) fn is_clause_boundary(lower: &str) -> bool {
    matches!(
        lower,
        "that"
            | "which"
            | "whom"
            | "when"
            | "while"
            | "because"
            | "but"
            | "although"
            | "though"
            | "if"
            | "as"
            | "since"
            | "so"
            | "where"
            | "than"
            | "whether"
            | "unless"
            | "until"
            | "after"
            | "before"
            | "once"
            | "then"
            | "and"
            | "or"
            | "nor"
            | "yet"
            | "what"
            | "how"
            | "why"
            | "whose"
    )
}

/// Adverbs, auxiliaries and time words that may stand between a source and its cue.
pub(crate) fn is_skippable(lower: &str) -> bool {
    matches!(
        lower,
        "also"
            | "earlier"
            | "later"
            | "previously"
            | "recently"
            | "reportedly"
            | "then"
            | "has"
            | "have"
            | "had"
            | "would"
            | "will"
            | "once"
            | "further"
            | "again"
            | "repeatedly"
            | "publicly"
            | "privately"
            | "separately"
            | "last"
            | "week"
            | "month"
            | "year"
            | "night"
            | "today"
            | "yesterday"
            | "tonight"
            | "already"
            | "still"
            | "never"
            | "always"
            | "often"
            | "long"
            | "first"
            | "subsequently"
            | "did"
            | "does"
            | "do"
            | "not"
            | "n't"
            | "is"
            | "was"
            | "were"
            | "are"
            | "be"
            | "been"
            | "being"
            | "just"
            | "now"
            | "even"
            | "herself"
            | "himself"
            | "themselves"
            | "itself"
            | "too"
            | "however"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "morning"
            | "afternoon"
            | "evening"
            | "this"
            | "on"
            | "could"
            | "may"
            | "might"
            | "should"
            | "must"
            | "can"
    ) || is_ly_adverb(lower)
}

/// Prepositions that start a phrase after the head of a source ("Trump on Truth Social said").
pub(crate) fn cuts_source(lower: &str) -> bool {
    matches!(
        lower,
        "on" | "in"
            | "at"
            | "during"
            | "via"
            | "from"
            | "with"
            | "after"
            | "before"
            | "over"
            | "through"
            | "last"
            | "this"
            | "earlier"
            | "later"
            | "also"
            | "has"
            | "have"
            | "had"
            | "would"
            | "will"
            | "previously"
            | "recently"
            | "reportedly"
            | "again"
            | "however"
            | "yesterday"
            | "today"
            | "is"
            | "was"
            | "were"
            | "are"
            | "did"
            | "does"
            | "do"
            | "could"
            | "may"
            | "might"
            | "should"
            | "must"
            | "can"
            | "once"
            | "then"
            | "already"
            | "still"
            | "never"
            | "often"
            | "first"
            | "separately"
            | "publicly"
            | "privately"
            | "repeatedly"
            | "further"
            | "for"
            | "by"
            | "about"
    ) || is_ly_adverb(lower)
}

/// Hedging words and phrases, longest first.
pub(crate) const HEDGES: &[&[&str]] = &[
    &["is", "unlikely", "to"],
    &["are", "unlikely", "to"],
    &["is", "likely", "to"],
    &["are", "likely", "to"],
    &["is", "expected", "to"],
    &["are", "expected", "to"],
    &["may"],
    &["might"],
    &["could"],
    &["would"],
    &["possibly"],
    &["perhaps"],
    &["probably"],
    &["unlikely"],
    &["likely"],
    &["reportedly"],
    &["allegedly"],
    &["apparently"],
    &["seems"],
    &["appears"],
    &["suggests"],
];

/// `Some(true)` for an honorific of a woman, `Some(false)` of a man (without its full stop).
pub(crate) fn gender_of_honorific(lower: &str) -> Option<bool> {
    match lower {
        "mrs" | "ms" | "miss" | "madam" | "madame" | "lady" | "dame" | "congresswoman"
        | "chairwoman" | "spokeswoman" => Some(true),
        "mr" | "sir" | "lord" | "congressman" | "chairman" | "spokesman" => Some(false),
        _ => None,
    }
}

/// `Some(true)` for a given name that news uses for women, `Some(false)` for men; names used for
/// both ("Kelly", "Lindsey", "Alex") are left out.
pub(crate) fn gender_of_given_name(name: &str) -> Option<bool> {
    const WOMEN: &[&str] = &[
        "Alexandria",
        "Amy",
        "Ana",
        "Andrea",
        "Angela",
        "Ann",
        "Anna",
        "Annalena",
        "Anne",
        "Ayanna",
        "Barbara",
        "Betsy",
        "Carly",
        "Catherine",
        "Chelsea",
        "Christine",
        "Cindy",
        "Claire",
        "Condoleezza",
        "Debbie",
        "Diane",
        "Dianne",
        "Donna",
        "Elena",
        "Elise",
        "Elizabeth",
        "Ellen",
        "Emily",
        "Emma",
        "Gina",
        "Giorgia",
        "Grace",
        "Gretchen",
        "Heather",
        "Helen",
        "Hillary",
        "Huma",
        "Ilhan",
        "Irina",
        "Ivanka",
        "Jane",
        "Janet",
        "Jeanne",
        "Jennifer",
        "Jessica",
        "Jill",
        "Joan",
        "Judith",
        "Julia",
        "Julie",
        "Kaja",
        "Kamala",
        "Karen",
        "Kate",
        "Katherine",
        "Kathleen",
        "Kathy",
        "Kellyanne",
        "Kirsten",
        "Kristen",
        "Kristi",
        "Kyrsten",
        "Laura",
        "Lauren",
        "Linda",
        "Lisa",
        "Liz",
        "Loretta",
        "Madeleine",
        "Margaret",
        "Maria",
        "Marine",
        "Marjorie",
        "Marsha",
        "Mary",
        "Maxine",
        "Meghan",
        "Megyn",
        "Melania",
        "Michele",
        "Michelle",
        "Monica",
        "Nancy",
        "Nicola",
        "Nikki",
        "Olena",
        "Olivia",
        "Patricia",
        "Patty",
        "Rachel",
        "Rashida",
        "Rebecca",
        "Ruth",
        "Sally",
        "Samantha",
        "Sandra",
        "Sarah",
        "Sharon",
        "Sheryl",
        "Sonia",
        "Sophia",
        "Stephanie",
        "Susan",
        "Tammy",
        "Theresa",
        "Tina",
        "Tulsi",
        "Ursula",
        "Valerie",
        "Victoria",
        "Wendy",
        "Yulia",
    ];
    const MEN: &[&str] = &[
        "Abraham",
        "Adam",
        "Alan",
        "Andrew",
        "Andriy",
        "Anthony",
        "Antony",
        "Barack",
        "Ben",
        "Benjamin",
        "Bernie",
        "Bill",
        "Bob",
        "Boris",
        "Brian",
        "Charles",
        "Chris",
        "Chuck",
        "Cory",
        "Dan",
        "Daniel",
        "David",
        "Dennis",
        "Devin",
        "Dick",
        "Dmitry",
        "Donald",
        "Edward",
        "Elon",
        "Emmanuel",
        "Eric",
        "Frank",
        "Friedrich",
        "Gary",
        "George",
        "Greg",
        "Harry",
        "Henry",
        "Howard",
        "Hunter",
        "Igor",
        "Ivan",
        "Jack",
        "James",
        "Jared",
        "Jason",
        "Jeb",
        "Jeff",
        "Jens",
        "Jim",
        "Joe",
        "John",
        "Jon",
        "Jonathan",
        "Joseph",
        "Josh",
        "Justin",
        "Keir",
        "Ken",
        "Kevin",
        "Larry",
        "Lloyd",
        "Marco",
        "Mark",
        "Martin",
        "Matt",
        "Michael",
        "Mike",
        "Mitch",
        "Mitt",
        "Narendra",
        "Newt",
        "Nick",
        "Nigel",
        "Olaf",
        "Oleksandr",
        "Patrick",
        "Paul",
        "Pete",
        "Peter",
        "Petro",
        "Rand",
        "Recep",
        "Reince",
        "Rex",
        "Richard",
        "Rick",
        "Rishi",
        "Robert",
        "Ron",
        "Ronald",
        "Rudy",
        "Ryan",
        "Scott",
        "Sean",
        "Sergei",
        "Sergey",
        "Stephen",
        "Steve",
        "Steven",
        "Ted",
        "Thomas",
        "Tim",
        "Todd",
        "Tom",
        "Tucker",
        "Viktor",
        "Vladimir",
        "Volodymyr",
        "Walter",
        "William",
        "Yuri",
    ];
    if WOMEN.binary_search(&name).is_ok() {
        Some(true)
    } else if MEN.binary_search(&name).is_ok() {
        Some(false)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn given_names_are_sorted_for_binary_search() {
        for name in ["Hillary", "Nancy", "Yulia", "Alexandria"] {
            assert_eq!(super::gender_of_given_name(name), Some(true), "{name}");
        }
        for name in ["Donald", "Abraham", "Yuri", "Stephen", "Steven"] {
            assert_eq!(super::gender_of_given_name(name), Some(false), "{name}");
        }
        assert_eq!(super::gender_of_given_name("Kelly"), None);
    }
}

/// Labels before a colon at the start of a line that do not name who speaks ("The Latest: …",
/// "Editor's Note: …"), in lower case (kept as data: a list costs the wasm less than a match).
const NOT_SPEAKER_LABELS: &[&str] = &[
    "the latest",
    "editor's note",
    "editor’s note",
    "note",
    "update",
    "updated",
    "correction",
    "clarification",
    "related",
    "watch",
    "video",
    "photo",
    "photos",
    "image",
    "caption",
    "abstract",
    "disclosure",
    "published",
    "posted",
    "tags",
    "topics",
    "source",
    "sources",
    "via",
    "by",
    "subscribe",
    "listen",
    "see",
    "also",
    "more",
    "read",
    "contributing",
    "contributors",
    "additional reporting",
    "question",
    "answer",
    "summary",
    "background",
    "bottom",
    "exclusive",
    "breaking",
    "live",
    "opinion",
    "analysis",
    "editorial",
    "advertisement",
    "warning",
    "transcript",
    "recommended",
    "contact",
    "email",
    "phone",
    "tel",
    "fax",
    "web",
    "website",
    "twitter",
    "facebook",
    "instagram",
    "time",
    "date",
    "location",
    "where",
    "when",
    "what",
    "who",
    "why",
    "how",
    "pictured",
    "read more",
    "see also",
    "bottom line",
    "breaking news",
];

pub(crate) fn is_not_a_speaker_label(words: &[&str]) -> bool {
    NOT_SPEAKER_LABELS.contains(&words.join(" ").as_str())
}

/// A word in -ly that is an adverb ("publicly", "reportedly"), not "family" or "rally".
pub(crate) fn is_ly_adverb(lower: &str) -> bool {
    lower.len() > 4
        && lower.ends_with("ly")
        && !matches!(lower, "ally" | "family" | "italy" | "rally")
}

/// Words that open a sentence with an adverbial before its subject ("During the debate, Trump
/// …", "Speaking to reporters, she …"): the subject comes after their first comma.
pub(crate) fn opens_adjunct(lower: &str) -> bool {
    matches!(
        lower,
        "during"
            | "in"
            | "at"
            | "after"
            | "as"
            | "while"
            | "when"
            | "on"
            | "speaking"
            | "writing"
            | "asked"
            | "once"
            | "before"
            | "with"
    )
}

/// Verbs that govern an infinitive cue and belong to it: "continued to call for", "tried to
/// explain", "appeared to suggest".
pub(crate) fn governs_infinitive_cue(lower: &str) -> bool {
    matches!(
        lower,
        "continued"
            | "continues"
            | "continue"
            | "tried"
            | "tries"
            | "appeared"
            | "appears"
            | "seemed"
            | "sought"
            | "seeks"
            | "began"
            | "begins"
    )
}

/// Verbs that PolNeAR marks as cues when a speaker is their subject, though not often enough
/// elsewhere for the learned lexicon: "Clinton expressed concern", "he sought to reassure".
pub(crate) fn is_subject_cue(lower: &str) -> bool {
    matches!(
        lower,
        "expressed"
            | "expresses"
            | "seems"
            | "sought"
            | "promises"
            | "assures"
            | "assails"
            | "repeated"
            | "congratulated"
            | "applauded"
    )
}

/// Verbs by which a document bears something out ("records show"), cues only with such a
/// document as subject (`is_document`); their other forms are in the learned lexicon.
pub(crate) fn is_evidence_verb(lower: &str) -> bool {
    matches!(lower, "show" | "reveal" | "reveals")
}

/// Documents, records and counts that can show something ("filings show", "polls show").
pub(crate) fn is_document(lower: &str) -> bool {
    matches!(
        lower,
        "records"
            | "documents"
            | "filings"
            | "reports"
            | "polls"
            | "data"
            | "results"
            | "surveys"
            | "figures"
            | "numbers"
            | "statistics"
            | "estimates"
            | "projections"
            | "studies"
            | "analyses"
            | "emails"
            | "memos"
            | "papers"
            | "returns"
            | "disclosures"
            | "tallies"
    )
}

/// Auxiliaries and copulas that show a finite clause has begun ("Trump *is* responsible").
pub(crate) fn is_finite_verb(lower: &str) -> bool {
    matches!(
        lower,
        "is" | "was"
            | "are"
            | "were"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "can"
            | "could"
            | "should"
            | "must"
            | "may"
            | "might"
            | "does"
            | "did"
            | "do"
    )
}

/// Nouns that make "last", "this" or "next" before them a time ("this week"), not a
/// determiner of a source ("this source").
pub(crate) fn is_time_noun(lower: &str) -> bool {
    matches!(
        lower,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "week"
            | "weekend"
            | "month"
            | "year"
            | "morning"
            | "afternoon"
            | "evening"
            | "night"
            | "spring"
            | "summer"
            | "fall"
            | "autumn"
            | "winter"
            | "time"
    )
}

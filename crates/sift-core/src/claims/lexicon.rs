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

/// Pronouns that stand as the subject of a clause and name a person or people.
pub(crate) fn is_subject_pronoun(lower: &str) -> bool {
    matches!(lower, "he" | "she" | "they" | "we" | "i")
}

pub(crate) fn is_pronoun(lower: &str) -> bool {
    PERSON_PRONOUNS.contains(&lower) || PLURAL_PRONOUNS.contains(&lower)
}

/// Nouns that name a person or group without naming them: "an administration official".
pub(crate) fn is_source_noun(lower: &str) -> bool {
    let singular = lower.strip_suffix('s').unwrap_or(lower);
    SOURCE_NOUNS.binary_search(&singular).is_ok()
}

/// Nouns that head the name of an organisation or outlet when no entity was found.
pub(crate) fn is_org_word(word: &str) -> bool {
    ORG_WORDS.binary_search(&word).is_ok()
}

/// Determiners and quantifiers that may open a source noun phrase.
pub(crate) fn is_determiner(lower: &str) -> bool {
    DETERMINERS.binary_search(&lower).is_ok()
}

/// Words that end a source noun phrase when walking back from a cue (clause boundaries).
pub(crate) fn is_clause_boundary(lower: &str) -> bool {
    CLAUSE_BOUNDARIES.binary_search(&lower).is_ok()
}

/// Words that open a sentence without being its subject: prepositions and sentence adverbs
/// ("Back in 1999, Mr. Trump …", "Instead, he …", "There are …"). With `is_clause_boundary`
/// and `is_finite_verb` (a question: "Is the campaign …").
pub(crate) fn is_opener(lower: &str) -> bool {
    OPENERS.binary_search(&lower).is_ok() || is_clause_boundary(lower) || is_finite_verb(lower)
}

/// A fraction of a whole written as a word: "half", "two-thirds", "three-quarters".
pub(crate) fn is_fraction(lower: &str) -> bool {
    lower == "half"
        || ["thirds", "quarters", "fifths"]
            .iter()
            .any(|f| lower.ends_with(f))
}

/// Adverbs, auxiliaries and time words that may stand between a source and its cue.
pub(crate) fn is_skippable(lower: &str) -> bool {
    SKIPPABLE.binary_search(&lower).is_ok() || is_ly_adverb(lower)
}

/// Prepositions that start a phrase after the head of a source ("Trump on Truth Social said").
pub(crate) fn cuts_source(lower: &str) -> bool {
    SOURCE_CUTS.binary_search(&lower).is_ok() || is_ly_adverb(lower)
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
    // A headline's shout before its story ("BOOM: Trump Just Fired …", "LOOK: Man Spotted …").
    "boom",
    "busted",
    "byline",
    "confirmed",
    "developing",
    "exposed",
    "just in",
    "just leaked",
    "leaked",
    "look",
    "must see",
    "must watch",
    "paid notice",
    "revealed",
    "wow",
];

/// A preposition that, inside a label before a colon, makes it a headline's phrase rather than
/// a name ("Stealth Over Health:"); names take "of", "for" and "on" ("Bank of America:",
/// "Americans for Prosperity:").
pub(crate) fn is_label_preposition(lower: &str) -> bool {
    matches!(
        lower,
        "over" | "in" | "at" | "with" | "to" | "from" | "against" | "after" | "into" | "under"
    )
}

pub(crate) fn is_not_a_speaker_label(words: &[&str]) -> bool {
    NOT_SPEAKER_LABELS.contains(&words.join(" ").as_str())
}

/// An adverb that may stand between a headline's speaker and its cue ("Glenn Beck Just
/// Responded", "Trump Finally Admits").
pub(crate) fn is_headline_adverb(lower: &str) -> bool {
    matches!(
        lower,
        "just" | "also" | "now" | "still" | "again" | "finally" | "reportedly" | "officially"
    )
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

/// A form of "be" that makes a participle after it passive ("was announced").
pub(crate) fn is_be(lower: &str) -> bool {
    matches!(
        lower,
        "is" | "are" | "was" | "were" | "be" | "been" | "being"
    )
}

/// Participles of feeling: "is convinced", "were outraged" say what the subject feels.
pub(crate) fn is_feeling(lower: &str) -> bool {
    FEELINGS.binary_search(&lower).is_ok()
}

const FEELINGS: &[&str] = &[
    "alarmed",
    "concerned",
    "convinced",
    "delighted",
    "determined",
    "disappointed",
    "divided",
    "encouraged",
    "excited",
    "frustrated",
    "impressed",
    "inclined",
    "interested",
    "opposed",
    "outraged",
    "pleased",
    "prepared",
    "scared",
    "shocked",
    "surprised",
    "troubled",
    "worried",
];

/// Verbs of thinking, knowing and perceiving among the weak cues: attributions only with
/// someone who thinks or sees.
pub(crate) fn is_thought_verb(lower: &str) -> bool {
    THOUGHT_VERBS.binary_search(&lower).is_ok()
}

const THOUGHT_VERBS: &[&str] = &[
    "assumed",
    "believe",
    "believes",
    "doubted",
    "doubts",
    "expect",
    "expected",
    "expects",
    "fear",
    "feared",
    "fears",
    "feel",
    "feels",
    "felt",
    "find",
    "finds",
    "found",
    "heard",
    "hope",
    "hoped",
    "hopes",
    "knew",
    "know",
    "knows",
    "learned",
    "learnt",
    "saw",
    "see",
    "sees",
    "show",
    "showed",
    "shown",
    "shows",
    "think",
    "understood",
    "wondered",
    "worried",
    "worries",
];

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
    DOCUMENTS.binary_search(&lower).is_ok()
}

/// Auxiliaries and copulas that show a finite clause has begun ("Trump *is* responsible").
pub(crate) fn is_finite_verb(lower: &str) -> bool {
    FINITE_VERBS.binary_search(&lower).is_ok()
}

/// Nouns that make "last", "this" or "next" before them a time ("this week"), not a
/// determiner of a source ("this source").
pub(crate) fn is_time_noun(lower: &str) -> bool {
    TIME_NOUNS.binary_search(&lower).is_ok()
}

/// The words of `is_source_noun`, sorted for binary search
/// (a list costs the wasm less than a match).
const SOURCE_NOUNS: &[&str] = &[
    "activist",
    "administrator",
    "adviser",
    "advisor",
    "advocate",
    "agent",
    "aide",
    "ambassador",
    "analyst",
    "attorney",
    "author",
    "campaigner",
    "candidate",
    "ceo",
    "cfo",
    "chair",
    "chairman",
    "chairwoman",
    "chancellor",
    "chief",
    "citizen",
    "coach",
    "colleague",
    "columnist",
    "commander",
    "commissioner",
    "consultant",
    "critic",
    "daughter",
    "democrat",
    "demonstrator",
    "deputy",
    "diplomat",
    "director",
    "doctor",
    "economist",
    "editor",
    "employee",
    "envoy",
    "executive",
    "expert",
    "father",
    "founder",
    "founder's",
    "friend",
    "general",
    "governor",
    "head",
    "historian",
    "husband",
    "insider",
    "investigator",
    "journalist",
    "judge",
    "king",
    "lawmaker",
    "lawyer",
    "leader",
    "legislator",
    "manager",
    "mayor",
    "media",
    "member",
    "minister",
    "mother",
    "negotiator",
    "neighbor",
    "neighbour",
    "nominee",
    "observer",
    "officer",
    "official",
    "opponent",
    "organiser",
    "organizer",
    "owner",
    "parent",
    "people",
    "person",
    "player",
    "police",
    "policemen",
    "politician",
    "pollster",
    "pope",
    "premier",
    "president",
    "prince",
    "professor",
    "prosecutor",
    "queen",
    "reporter",
    "representative",
    "republican",
    "researcher",
    "resident",
    "scientist",
    "secretary",
    "senator",
    "sheriff",
    "soldier",
    "someone",
    "son",
    "source",
    "specialist",
    "spokesman",
    "spokesmen",
    "spokesperson",
    "spokeswoman",
    "spokeswomen",
    "staff",
    "staffer",
    "strategist",
    "student",
    "supporter",
    "teacher",
    "veteran",
    "voter",
    "wife",
    "witness",
    "worker",
    "writer",
];

/// The words of `is_org_word`, sorted for binary search
/// (a list costs the wasm less than a match).
const ORG_WORDS: &[&str] = &[
    "Agency",
    "Army",
    "Association",
    "BBC",
    "Bank",
    "Bloomberg",
    "Board",
    "Bureau",
    "CNN",
    "Campaign",
    "Channel",
    "Commission",
    "Committee",
    "Company",
    "Congress",
    "Corporation",
    "Council",
    "Court",
    "Department",
    "EU",
    "FBI",
    "Foundation",
    "Fox",
    "Government",
    "Group",
    "Guardian",
    "House",
    "Inc.",
    "Institute",
    "Journal",
    "Kremlin",
    "Ministry",
    "NATO",
    "Network",
    "News",
    "Office",
    "Parliament",
    "Party",
    "Pentagon",
    "Police",
    "Post",
    "Press",
    "Reuters",
    "Senate",
    "Service",
    "Telegraph",
    "Times",
    "UN",
    "Union",
    "University",
    "administration",
    "agency",
    "army",
    "campaign",
    "committee",
    "court",
    "government",
    "military",
    "ministry",
    "newspaper",
    "outlet",
    "police",
    "poll",
    "report",
    "statement",
    "study",
    "survey",
];

/// The words of `is_determiner`, sorted for binary search
/// (a list costs the wasm less than a match).
const DETERMINERS: &[&str] = &[
    "a",
    "all",
    "an",
    "another",
    "both",
    "eight",
    "few",
    "five",
    "former",
    "four",
    "her",
    "his",
    "independent",
    "its",
    "local",
    "many",
    "most",
    "my",
    "nine",
    "one",
    "other",
    "our",
    "senior",
    "seven",
    "several",
    "six",
    "some",
    "ten",
    "that",
    "the",
    "their",
    "these",
    "this",
    "those",
    "three",
    "top",
    "two",
    "your",
];

/// The words of `is_clause_boundary`, sorted for binary search
/// (a list costs the wasm less than a match).
const CLAUSE_BOUNDARIES: &[&str] = &[
    "after", "although", "and", "as", "because", "before", "but", "how", "if", "nor", "once", "or",
    "since", "so", "than", "that", "then", "though", "unless", "until", "what", "when", "where",
    "whether", "which", "while", "whom", "whose", "why", "yet",
];

/// The words of `is_skippable`, sorted for binary search
/// (a list costs the wasm less than a match).
const SKIPPABLE: &[&str] = &[
    "afternoon",
    "again",
    "already",
    "also",
    "always",
    "are",
    "be",
    "been",
    "being",
    "can",
    "could",
    "did",
    "do",
    "does",
    "earlier",
    "even",
    "evening",
    "first",
    "friday",
    "further",
    "had",
    "has",
    "have",
    "herself",
    "himself",
    "however",
    "is",
    "itself",
    "just",
    "last",
    "later",
    "long",
    "may",
    "might",
    "monday",
    "month",
    "morning",
    "must",
    "n't",
    "never",
    "night",
    "not",
    "now",
    "often",
    "on",
    "once",
    "previously",
    "privately",
    "publicly",
    "recently",
    "repeatedly",
    "reportedly",
    "saturday",
    "separately",
    "should",
    "still",
    "subsequently",
    "sunday",
    "themselves",
    "then",
    "this",
    "thursday",
    "today",
    "tonight",
    "too",
    "tuesday",
    "was",
    "wednesday",
    "week",
    "were",
    "will",
    "would",
    "year",
    "yesterday",
];

/// The words of `cuts_source`, sorted for binary search
/// (a list costs the wasm less than a match).
const SOURCE_CUTS: &[&str] = &[
    "about",
    "after",
    "again",
    "already",
    "also",
    "are",
    "at",
    "before",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "during",
    "earlier",
    "first",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "however",
    "in",
    "is",
    "last",
    "later",
    "may",
    "might",
    "must",
    "never",
    "often",
    "on",
    "once",
    "over",
    "previously",
    "privately",
    "publicly",
    "recently",
    "repeatedly",
    "reportedly",
    "separately",
    "should",
    "still",
    "then",
    "this",
    "through",
    "today",
    "via",
    "was",
    "were",
    "will",
    "with",
    "would",
    "yesterday",
];

/// The words of `is_document`, sorted for binary search
/// (a list costs the wasm less than a match).
const DOCUMENTS: &[&str] = &[
    "analyses",
    "data",
    "disclosures",
    "documents",
    "emails",
    "estimates",
    "figures",
    "filings",
    "memos",
    "numbers",
    "papers",
    "polls",
    "projections",
    "records",
    "reports",
    "results",
    "returns",
    "statistics",
    "studies",
    "surveys",
    "tallies",
];

/// The words of `is_finite_verb`, sorted for binary search
/// (a list costs the wasm less than a match).
const FINITE_VERBS: &[&str] = &[
    "are", "can", "could", "did", "do", "does", "had", "has", "have", "is", "may", "might", "must",
    "should", "was", "were", "will", "would",
];

/// The words of `is_opener` beside the clause boundaries and finite verbs, sorted for binary
/// search (a list costs the wasm less than a match).
const OPENERS: &[&str] = &[
    "about",
    "against",
    "also",
    "amid",
    "among",
    "at",
    "back",
    "besides",
    "by",
    "despite",
    "during",
    "earlier",
    "even",
    "for",
    "from",
    "furthermore",
    "here",
    "however",
    "in",
    "indeed",
    "instead",
    "just",
    "later",
    "like",
    "meanwhile",
    "moreover",
    "nevertheless",
    "nonetheless",
    "now",
    "on",
    "otherwise",
    "over",
    "perhaps",
    "still",
    "there",
    "therefore",
    "through",
    "thus",
    "today",
    "under",
    "with",
    "without",
    "yesterday",
];

/// The words of `is_time_noun`, sorted for binary search
/// (a list costs the wasm less than a match).
const TIME_NOUNS: &[&str] = &[
    "afternoon",
    "autumn",
    "evening",
    "fall",
    "friday",
    "monday",
    "month",
    "morning",
    "night",
    "saturday",
    "spring",
    "summer",
    "sunday",
    "thursday",
    "time",
    "tuesday",
    "wednesday",
    "week",
    "weekend",
    "winter",
    "year",
];

#[cfg(test)]
mod sorted_lists {
    #[test]
    fn word_lists_are_sorted_for_binary_search() {
        for list in [
            super::SOURCE_NOUNS,
            super::ORG_WORDS,
            super::DETERMINERS,
            super::CLAUSE_BOUNDARIES,
            super::SKIPPABLE,
            super::SOURCE_CUTS,
            super::DOCUMENTS,
            super::FINITE_VERBS,
            super::TIME_NOUNS,
            super::THOUGHT_VERBS,
            super::FEELINGS,
            super::OPENERS,
        ] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{:?}", list);
        }
    }
}

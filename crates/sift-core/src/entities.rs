//! Named entities: people, organisations, places and groups, linked to canonical names.
//!
//! First version: capitalised token runs typed by gazetteers and context rules, then linked within
//! the document (a surname to the full name mentioned elsewhere, "US" to "United States").

use crate::document::{Entity, Label};
use crate::tokenize::TokenKind;
use crate::Context;

const GPE: &[&str] = &[
    "Afghanistan", "Albania", "Algeria", "America", "Argentina", "Armenia", "Australia", "Austria",
    "Azerbaijan", "Belarus", "Belgium", "Brazil", "Britain", "Bulgaria", "Canada", "Chile", "China",
    "Colombia", "Croatia", "Cuba", "Cyprus", "Czech Republic", "Denmark", "Egypt", "England",
    "Estonia", "Ethiopia", "Finland", "France", "Georgia", "Germany", "Greece", "Hungary", "India",
    "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy", "Japan", "Jordan", "Kazakhstan",
    "Kenya", "Latvia", "Lebanon", "Libya", "Lithuania", "Mexico", "Moldova", "Netherlands",
    "New Zealand", "Nigeria", "North Korea", "Norway", "Pakistan", "Poland", "Portugal", "Qatar",
    "Romania", "Russia", "Saudi Arabia", "Scotland", "Serbia", "Slovakia", "South Africa",
    "South Korea", "Spain", "Sweden", "Switzerland", "Syria", "Taiwan", "Turkey", "Ukraine",
    "United Kingdom", "United States", "US", "U.S.", "USA", "UK", "U.K.", "Venezuela", "Vietnam",
    "Wales", "Yemen", "Belgrade", "Berlin", "Beijing", "Brussels", "Budapest", "Crimea", "Donetsk",
    "Geneva", "Helsinki", "Istanbul", "Jeddah", "Kharkiv", "Kherson", "Kyiv", "Kiev", "London",
    "Luhansk", "Madrid", "Minsk", "Moscow", "New York", "Paris", "Riyadh", "Rome", "Tokyo",
    "Warsaw", "Washington", "Zaporizhzhia", "Odesa", "Kursk", "Tehran", "Ankara", "Delhi",
];

const NORP: &[&str] = &[
    "American", "Americans", "British", "Chinese", "European", "Europeans", "French", "German",
    "Germans", "Indian", "Iranian", "Israeli", "Italian", "Japanese", "Polish", "Russian",
    "Russians", "Ukrainian", "Ukrainians", "Republican", "Republicans", "Democrat", "Democrats",
    "Democratic", "Muslim", "Muslims", "Christian", "Christians", "Jewish", "Palestinian",
    "Palestinians", "Arab", "Saudi", "Turkish", "Canadian", "Australian", "Western", "Soviet",
    "Belarusian", "Finnish", "Spanish", "Dutch", "Swedish", "Kremlin-backed",
];

const ORG: &[&str] = &[
    "Kremlin", "Reuters", "Bloomberg", "NATO", "EU", "European Union", "UN", "United Nations",
    "White House", "Pentagon", "Congress", "Senate", "Fox", "Fox Business", "Zvezda", "BBC", "CNN",
    "Truth Social", "The Bell", "Starlink", "Telegraph", "Associated Press", "AP", "AFP",
    "IMF", "World Bank", "G7", "Gazprom", "Rosneft", "OPEC", "Hamas", "Hezbollah", "Taliban",
];

/// Words that, in front of a name, make it a person's.
const TITLES: &[&str] = &[
    "President", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Gen.", "General",
    "Secretary", "Minister", "Chancellor", "Senator", "Sen.", "Rep.", "Governor", "Gov.", "Prime",
    "King", "Queen", "Pope", "Prince", "Envoy", "Spokesman", "Spokeswoman", "Commissioner",
];

/// Capitalised words that are not names on their own.
const NOT_NAMES: &[&str] = &[
    "The", "A", "An", "He", "She", "It", "We", "They", "I", "You", "This", "That", "These", "Those",
    "His", "Her", "Its", "Our", "Their", "But", "And", "Or", "So", "If", "When", "While", "After",
    "Before", "As", "At", "In", "On", "Of", "For", "To", "By", "With", "From", "Such", "Asked",
    "Speaking", "Meanwhile", "However", "There", "Here", "What", "Who", "How", "Why", "Yes", "No",
    "Yeah", "Well", "Today", "Make", "Accept", "Therefore", "Monday", "Tuesday", "Wednesday",
    "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May",
    "June", "July", "August", "September", "October", "November", "December", "Some", "Many",
    "All", "One", "Two", "Three", "Both", "Each", "Every", "Most", "Other", "Another", "Not",
    "Secretary", "Minister", "Foreign", "Defence", "Defense", "Deputy", "Chief", "Former", "Prime",
    "Mr", "Mr.", "Mrs.", "Ms.", "Dr.", "Spokesman", "Spokeswoman", "Press", "Commissioner",
    "Our", "My", "Your", "Let", "Ukraine-Russia",
];

fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(|c| c.is_uppercase())
}

/// Finds entity mentions (byte offsets) and links them to canonical names.
pub fn recognize(cx: &Context) -> Vec<Entity> {
    let mut found: Vec<(usize, usize, Label)> = Vec::new(); // token index range + label
    for sentence in cx.sentences {
        let mut i = sentence.start;
        while i < sentence.end {
            let tok = &cx.tokens[i];
            let word = cx.token_text(i);
            let nameable = matches!(tok.kind, TokenKind::Word | TokenKind::Abbrev) && is_capitalised(word);
            if !nameable || (NOT_NAMES.contains(&word) && !GPE.contains(&word)) {
                i += 1;
                continue;
            }
            // Extend over capitalised words and inner "of".
            let mut j = i + 1;
            while j < sentence.end {
                let w = cx.token_text(j);
                let k = cx.tokens[j].kind;
                if matches!(k, TokenKind::Word | TokenKind::Abbrev) && is_capitalised(w) && !NOT_NAMES.contains(&w) {
                    j += 1;
                } else if w == "of" && j + 1 < sentence.end && is_capitalised(cx.token_text(j + 1))
                    && !NOT_NAMES.contains(&cx.token_text(j + 1)) {
                    j += 2;
                } else {
                    break;
                }
            }
            let phrase = &cx.text[tok.start..cx.tokens[j - 1].end];
            let prev = if i > sentence.start { cx.token_text(i - 1) } else { "" };
            let label = classify(phrase, prev, i == sentence.start);
            if let Some(label) = label {
                found.push((i, j, label));
            }
            i = j;
        }
    }
    let mut entities: Vec<Entity> = found
        .into_iter()
        .map(|(i, j, label)| {
            let (start, end) = (cx.tokens[i].start, cx.tokens[j - 1].end);
            let text = cx.text[start..end].to_string();
            Entity { start, end, entity: text.clone(), text, label }
        })
        .collect();
    link(&mut entities);
    entities
}

fn classify(phrase: &str, prev: &str, sentence_start: bool) -> Option<Label> {
    if GPE.contains(&phrase) {
        return Some(Label::GPE);
    }
    if NORP.contains(&phrase) {
        return Some(Label::NORP);
    }
    if ORG.contains(&phrase) || phrase.ends_with(" Times") || phrase.ends_with(" Post") || phrase.ends_with(" Ministry") {
        return Some(Label::ORG);
    }
    let words = phrase.split(' ').count();
    if TITLES.contains(&prev) || (words >= 2 && words <= 3 && !phrase.contains(" of ")) {
        return Some(Label::PERSON);
    }
    if phrase.len() >= 2 && phrase.chars().all(|c| c.is_uppercase() || c == '.') {
        return Some(Label::ORG);
    }
    if sentence_start {
        return None;
    }
    Some(Label::PERSON)
}

fn canonical_place(name: &str) -> Option<&'static str> {
    Some(match name {
        "US" | "U.S." | "USA" | "America" | "United States" => "United States",
        "UK" | "U.K." | "Britain" | "United Kingdom" => "United Kingdom",
        "Kiev" | "Kyiv" => "Kyiv",
        _ => return None,
    })
}

/// Links mentions to canonical names: places through aliases, a person's single name to the
/// longest full name in the document that ends or starts with it.
fn link(entities: &mut [Entity]) {
    let full_names: Vec<String> = entities
        .iter()
        .filter(|e| e.label == Label::PERSON && e.text.contains(' '))
        .map(|e| e.text.clone())
        .collect();
    for e in entities.iter_mut() {
        if let Some(c) = canonical_place(&e.text) {
            e.entity = c.to_string();
        } else if e.label == Label::PERSON && !e.text.contains(' ') {
            if let Some(full) = full_names
                .iter()
                .filter(|f| f.ends_with(&format!(" {}", e.text)))
                .max_by_key(|f| f.len())
            {
                e.entity = full.clone();
            }
        }
    }
}

//! Analysis in sections, and a compact binary form of a [`Document`] for moving it between the
//! analysis worker and the page.
//!
//! The app analyses articles in a Web Worker (see ARCHITECTURE.md). Both sides run this same crate,
//! so the document crosses as one transferable byte buffer written by [`encode`] and read back by
//! [`decode`] — no per-field trips through JavaScript objects, which for a 5 MB text (tens of
//! thousands of spans) would themselves block the page. Offsets stay in bytes. Tokens are not
//! carried (the app does not use them). Pure: tested natively.
//!
//! A field added to the document types must be added here too: the round-trip test compares the
//! JSON of both sides, so a field left out fails it.

use sift_core::{
    Claim, ClaimKind, Document, Entity, Label, Number, NumberKind, Qualifier, SourceType, Span,
    TextSpan, Value,
};
use std::ops::Range;

/// Texts up to this size are analysed whole, exactly as `sift analyze` does.
pub const WHOLE_BYTES: usize = 256 * 1024;
/// Longer texts are analysed in sections of about this size, cut at paragraph breaks.
pub const SECTION_BYTES: usize = 128 * 1024;

/// Where to cut `text` into sections of about `target` bytes: after a blank line when there is one
/// within the next `target` bytes, else after a line break, else at a space, else at the next
/// character boundary. The sections cover the text exactly, in order. A text of at most
/// `whole` bytes is one section.
pub fn sections(text: &str, whole: usize, target: usize) -> Vec<Range<usize>> {
    let target = target.max(1);
    if text.len() <= whole {
        return vec![0..text.len()];
    }
    let mut out = Vec::new();
    let mut pos = 0;
    while pos < text.len() {
        let mut end = (pos + target).min(text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        if end < text.len() {
            let window_end = {
                let mut w = (end + target).min(text.len());
                while !text.is_char_boundary(w) {
                    w += 1;
                }
                w
            };
            let window = &text[end..window_end];
            let cut = window
                .find("\n\n")
                .map(|i| i + 2)
                .or_else(|| window.find('\n').map(|i| i + 1))
                .or_else(|| window.find(' ').map(|i| i + 1));
            if let Some(cut) = cut {
                end += cut;
            }
        }
        out.push(pos..end);
        pos = end;
    }
    out
}

/// A long text analysed section by section, so that the caller can report progress between
/// sections. Mentions are linked to their entities within a section; the app then merges names
/// across sections as it does across articles ([`crate::crossref`]).
pub struct SectionedAnalysis {
    text: String,
    sections: Vec<Range<usize>>,
    next: usize,
    doc: Document,
}

impl SectionedAnalysis {
    pub fn new(text: String) -> SectionedAnalysis {
        let sections = sections(&text, WHOLE_BYTES, SECTION_BYTES);
        SectionedAnalysis {
            text,
            sections,
            next: 0,
            doc: Document::default(),
        }
    }

    /// Analyses the next section. Returns `true` when the whole text is done.
    pub fn step(&mut self) -> bool {
        if let Some(range) = self.sections.get(self.next).cloned() {
            self.next += 1;
            let mut part = sift_core::analyze_bytes(&self.text[range.clone()]);
            if self.sections.len() == 1 {
                self.doc = part;
            } else {
                part.map_offsets(|o| o + range.start);
                append(&mut self.doc, part);
            }
        }
        self.is_done()
    }

    pub fn is_done(&self) -> bool {
        self.next >= self.sections.len()
    }

    /// Bytes analysed so far.
    pub fn done_bytes(&self) -> usize {
        self.next
            .checked_sub(1)
            .and_then(|i| self.sections.get(i))
            .map_or(0, |r| r.end)
    }

    pub fn total_bytes(&self) -> usize {
        self.text.len()
    }

    /// The document so far (the whole document once [`Self::is_done`]).
    pub fn take(&mut self) -> Document {
        std::mem::take(&mut self.doc)
    }
}

fn append(doc: &mut Document, part: Document) {
    doc.sentences.extend(part.sentences);
    doc.tokens.extend(part.tokens);
    doc.entities.extend(part.entities);
    doc.numbers.extend(part.numbers);
    doc.claims.extend(part.claims);
    for d in part.diagnostics {
        if !doc.diagnostics.contains(&d) {
            doc.diagnostics.push(d);
        }
    }
}

const LABELS: [Label; 11] = Label::ALL;
const KINDS: [NumberKind; 8] = [
    NumberKind::CARDINAL,
    NumberKind::ORDINAL,
    NumberKind::PERCENT,
    NumberKind::MONEY,
    NumberKind::QUANTITY,
    NumberKind::DATE,
    NumberKind::TIME,
    NumberKind::DURATION,
];
const QUALIFIERS: [Qualifier; 5] = [
    Qualifier::Exact,
    Qualifier::About,
    Qualifier::AtLeast,
    Qualifier::AtMost,
    Qualifier::Range,
];
const CLAIM_KINDS: [ClaimKind; 3] = [ClaimKind::Direct, ClaimKind::Indirect, ClaimKind::Mixed];
const SOURCE_TYPES: [SourceType; 4] = [
    SourceType::NamedPerson,
    SourceType::Organisation,
    SourceType::Anonymous,
    SourceType::None,
];

fn index_of<T: PartialEq>(all: &[T], v: &T) -> u8 {
    all.iter().position(|x| x == v).unwrap_or(0) as u8
}

struct Writer(Vec<u8>);

impl Writer {
    fn uint(&mut self, mut v: usize) {
        loop {
            let byte = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                self.0.push(byte);
                return;
            }
            self.0.push(byte | 0x80);
        }
    }
    fn byte(&mut self, b: u8) {
        self.0.push(b);
    }
    fn float(&mut self, f: f64) {
        self.0.extend_from_slice(&f.to_le_bytes());
    }
    fn str(&mut self, s: &str) {
        self.uint(s.len());
        self.0.extend_from_slice(s.as_bytes());
    }
    fn opt_str(&mut self, s: &Option<String>) {
        match s {
            None => self.byte(0),
            Some(s) => {
                self.byte(1);
                self.str(s);
            }
        }
    }
    fn opt_float(&mut self, f: Option<f64>) {
        match f {
            None => self.byte(0),
            Some(f) => {
                self.byte(1);
                self.float(f);
            }
        }
    }
    fn span(&mut self, s: &TextSpan) {
        self.uint(s.start);
        self.uint(s.end);
        self.str(&s.text);
    }
    fn opt_span(&mut self, s: &Option<TextSpan>) {
        match s {
            None => self.byte(0),
            Some(s) => {
                self.byte(1);
                self.span(s);
            }
        }
    }
}

/// Writes `doc` (without its tokens) as bytes for [`decode`].
pub fn encode(doc: &Document) -> Vec<u8> {
    let mut w = Writer(Vec::with_capacity(
        64 + doc.entities.len() * 48 + doc.numbers.len() * 48 + doc.claims.len() * 256,
    ));
    w.uint(doc.sentences.len());
    for s in &doc.sentences {
        w.uint(s.start);
        w.uint(s.end);
    }
    w.uint(doc.entities.len());
    for e in &doc.entities {
        w.uint(e.start);
        w.uint(e.end);
        w.str(&e.text);
        w.byte(index_of(&LABELS, &e.label));
        w.str(&e.entity);
    }
    w.uint(doc.numbers.len());
    for n in &doc.numbers {
        w.uint(n.start);
        w.uint(n.end);
        w.str(&n.text);
        w.byte(index_of(&KINDS, &n.kind));
        match &n.value {
            None => w.byte(0),
            Some(Value::Number(f)) => {
                w.byte(1);
                w.float(*f);
            }
            Some(Value::Text(t)) => {
                w.byte(2);
                w.str(t);
            }
        }
        w.opt_str(&n.unit);
        w.byte(index_of(&QUALIFIERS, &n.qualifier));
        w.opt_float(n.low);
        w.opt_float(n.high);
        w.opt_str(&n.counted);
        w.byte(u8::from(n.relative));
    }
    w.uint(doc.claims.len());
    for c in &doc.claims {
        w.uint(c.start);
        w.uint(c.end);
        w.str(&c.text);
        w.byte(index_of(&CLAIM_KINDS, &c.kind));
        w.opt_span(&c.cue);
        w.opt_span(&c.source);
        w.uint(c.content.len());
        for s in &c.content {
            w.span(s);
        }
        w.opt_str(&c.speaker);
        w.byte(index_of(&SOURCE_TYPES, &c.source_type));
        w.uint(c.hedges.len());
        for h in &c.hedges {
            w.str(h);
        }
        w.byte(u8::from(c.has_numbers));
        w.float(c.confidence);
    }
    w.uint(doc.diagnostics.len());
    for d in &doc.diagnostics {
        w.str(d);
    }
    w.0
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Option<u8> {
        let b = *self.bytes.get(self.pos)?;
        self.pos += 1;
        Some(b)
    }
    fn uint(&mut self) -> Option<usize> {
        let mut v: usize = 0;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            v |= usize::from(b & 0x7f).checked_shl(shift)?;
            if b & 0x80 == 0 {
                return Some(v);
            }
        }
        None
    }
    /// A count of items, each at least one byte long: never more than the bytes left.
    fn count(&mut self) -> Option<usize> {
        let n = self.uint()?;
        (n <= self.bytes.len() - self.pos).then_some(n)
    }
    fn float(&mut self) -> Option<f64> {
        let raw = self.bytes.get(self.pos..self.pos + 8)?;
        self.pos += 8;
        Some(f64::from_le_bytes(raw.try_into().ok()?))
    }
    fn str(&mut self) -> Option<String> {
        let n = self.uint()?;
        let raw = self.bytes.get(self.pos..self.pos.checked_add(n)?)?;
        self.pos += n;
        String::from_utf8(raw.to_vec()).ok()
    }
    fn flag(&mut self) -> Option<bool> {
        match self.byte()? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }
    fn opt_str(&mut self) -> Option<Option<String>> {
        Some(if self.flag()? {
            Some(self.str()?)
        } else {
            None
        })
    }
    fn opt_float(&mut self) -> Option<Option<f64>> {
        Some(if self.flag()? {
            Some(self.float()?)
        } else {
            None
        })
    }
    fn pick<T: Copy>(&mut self, all: &[T]) -> Option<T> {
        all.get(usize::from(self.byte()?)).copied()
    }
    fn span(&mut self) -> Option<TextSpan> {
        let (start, end) = (self.uint()?, self.uint()?);
        (start <= end).then_some(())?;
        Some(TextSpan {
            start,
            end,
            text: self.str()?,
        })
    }
    fn opt_span(&mut self) -> Option<Option<TextSpan>> {
        Some(if self.flag()? {
            Some(self.span()?)
        } else {
            None
        })
    }
    fn range(&mut self) -> Option<(usize, usize)> {
        let (start, end) = (self.uint()?, self.uint()?);
        (start <= end).then_some((start, end))
    }
}

/// Reads a document written by [`encode`]. Malformed bytes give `None`, never a panic.
pub fn decode(bytes: &[u8]) -> Option<Document> {
    let mut r = Reader { bytes, pos: 0 };
    let mut doc = Document::default();
    let n = r.count()?;
    doc.sentences.reserve(n);
    for _ in 0..n {
        let (start, end) = r.range()?;
        doc.sentences.push(Span { start, end });
    }
    let n = r.count()?;
    doc.entities.reserve(n);
    for _ in 0..n {
        let (start, end) = r.range()?;
        let text = r.str()?;
        let label = r.pick(&LABELS)?;
        doc.entities.push(Entity {
            start,
            end,
            text,
            label,
            entity: r.str()?,
        });
    }
    let n = r.count()?;
    doc.numbers.reserve(n);
    for _ in 0..n {
        let (start, end) = r.range()?;
        let text = r.str()?;
        let kind = r.pick(&KINDS)?;
        let value = match r.byte()? {
            0 => None,
            1 => Some(Value::Number(r.float()?)),
            2 => Some(Value::Text(r.str()?)),
            _ => return None,
        };
        let unit = r.opt_str()?;
        let qualifier = r.pick(&QUALIFIERS)?;
        let low = r.opt_float()?;
        let high = r.opt_float()?;
        let counted = r.opt_str()?;
        let relative = r.flag()?;
        doc.numbers.push(Number {
            start,
            end,
            text,
            kind,
            value,
            unit,
            qualifier,
            low,
            high,
            counted,
            relative,
        });
    }
    let n = r.count()?;
    doc.claims.reserve(n);
    for _ in 0..n {
        let (start, end) = r.range()?;
        let text = r.str()?;
        let kind = r.pick(&CLAIM_KINDS)?;
        let cue = r.opt_span()?;
        let source = r.opt_span()?;
        let parts = r.count()?;
        let mut content = Vec::with_capacity(parts);
        for _ in 0..parts {
            content.push(r.span()?);
        }
        let speaker = r.opt_str()?;
        let source_type = r.pick(&SOURCE_TYPES)?;
        let hedge_count = r.count()?;
        let mut hedges = Vec::with_capacity(hedge_count);
        for _ in 0..hedge_count {
            hedges.push(r.str()?);
        }
        let has_numbers = r.flag()?;
        let confidence = r.float()?;
        doc.claims.push(Claim {
            start,
            end,
            text,
            kind,
            cue,
            source,
            content,
            speaker,
            source_type,
            hedges,
            has_numbers,
            confidence,
        });
    }
    let n = r.count()?;
    for _ in 0..n {
        doc.diagnostics.push(r.str()?);
    }
    (r.pos == bytes.len()).then_some(doc)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLES: [&str; 2] = [
        include_str!("../samples/000_e0917929e91c8f01.txt"),
        include_str!("../samples/002_cbcbdd5b42f263f4.txt"),
    ];

    fn json(doc: &Document) -> serde_json::Value {
        serde_json::to_value(doc).expect("a document serialises")
    }

    #[test]
    fn documents_round_trip_exactly() {
        for text in SAMPLES.iter().copied().chain([
            "",
            "Émile Zola said “ça va” on 3 March 2020, €5m later.",
            "\u{1F600} Trump 🙂",
        ]) {
            let doc = sift_core::analyze_bytes(text);
            let back = decode(&encode(&doc)).expect("decodes");
            assert_eq!(json(&back), json(&doc), "{text:?}");
        }
        // Every field that can be set, also the ones the samples may not exercise.
        let mut doc = sift_core::analyze_bytes(SAMPLES[0]);
        assert!(!doc.claims.is_empty() && !doc.numbers.is_empty());
        doc.numbers[0].low = Some(1.5);
        doc.numbers[0].high = Some(-2.0);
        doc.numbers[0].relative = true;
        doc.numbers[0].value = Some(Value::Text("P3D".into()));
        doc.claims[0].hedges = vec!["may".into(), "could".into()];
        doc.claims[0].cue = None;
        doc.diagnostics.push("note".into());
        assert_eq!(json(&decode(&encode(&doc)).unwrap()), json(&doc));
    }

    #[test]
    fn malformed_bytes_are_refused_without_panicking() {
        let bytes = encode(&sift_core::analyze_bytes(SAMPLES[1]));
        for cut in [0, 1, 5, bytes.len() / 2, bytes.len() - 1] {
            assert!(decode(&bytes[..cut]).is_none(), "cut at {cut}");
        }
        let mut extra = bytes.clone();
        extra.push(0);
        assert!(decode(&extra).is_none());
        // Flipping any byte never panics (it may still decode to something).
        for i in (0..bytes.len()).step_by(7) {
            let mut b = bytes.clone();
            b[i] ^= 0xA5;
            let _ = decode(&b);
        }
        assert!(decode(&[0xff; 16]).is_none());
    }

    #[test]
    fn sections_cover_the_text_at_paragraph_breaks() {
        let para = "Trump met Putin in Helsinki on Monday, officials said.\n\n";
        let text = para.repeat(200);
        let parts = sections(&text, 1000, 700);
        assert!(parts.len() > 5);
        assert_eq!(parts.first().unwrap().start, 0);
        assert_eq!(parts.last().unwrap().end, text.len());
        for pair in parts.windows(2) {
            assert_eq!(pair[0].end, pair[1].start);
        }
        for p in &parts[..parts.len() - 1] {
            assert!(text[..p.end].ends_with("\n\n"), "cut after a blank line");
        }
        // Without any break, cuts still fall on character boundaries.
        let dense = "é".repeat(5000);
        let parts = sections(&dense, 100, 333);
        assert!(parts
            .iter()
            .all(|p| dense.is_char_boundary(p.start) && dense.is_char_boundary(p.end)));
        assert_eq!(parts.last().unwrap().end, dense.len());
        assert_eq!(sections("short", 100, 10), vec![0..5]);
    }

    #[test]
    fn a_text_in_sections_gives_the_mentions_of_each_section_at_their_place() {
        let text = SAMPLES.join("\n\n").repeat(30);
        assert!(text.len() > WHOLE_BYTES);
        let mut job = SectionedAnalysis::new(text.clone());
        let mut steps = 0;
        let mut last = 0;
        while !job.step() {
            steps += 1;
            assert!(job.done_bytes() > last && job.done_bytes() < job.total_bytes());
            last = job.done_bytes();
        }
        assert!(steps >= 1);
        assert_eq!(job.done_bytes(), text.len());
        let doc = job.take();
        let whole = sift_core::analyze_bytes(SAMPLES[0]);
        assert!(doc.entities.len() >= 30 * whole.entities.len());
        for e in &doc.entities {
            assert_eq!(&text[e.start..e.end], e.text);
        }
        for c in &doc.claims {
            for s in &c.content {
                assert_eq!(&text[s.start..s.end], s.text);
            }
        }
        assert!(doc.entities.windows(2).all(|w| w[0].start <= w[1].start));
        // A short text is one section: the same as analysing it whole.
        let mut small = SectionedAnalysis::new(SAMPLES[1].to_string());
        assert!(small.step());
        assert_eq!(
            json(&small.take()),
            json(&sift_core::analyze_bytes(SAMPLES[1]))
        );
    }
}

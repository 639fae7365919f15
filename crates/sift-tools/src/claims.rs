//! Scoring claims against PolNeAR (`polnear/dev.jsonl`), with BBC Citron's scheme.
//!
//! - **Exact, per role** (as Citron's `metrics.py`): a predicted cue is right when some gold cue
//!   has exactly its span; a predicted source (content) is right when its cue overlaps a gold
//!   cue and its source (content) spans equal that attribution's spans. Recall the same way round.
//! - **Token overlap, per role**: precision is the share of predicted tokens of a role that fall
//!   in some gold span of that role, recall the share of gold tokens that fall in some predicted
//!   span (tokens are Sift's own; each token counted once per item, so nested gold attributions
//!   do not count twice).
//! - **Direct quotes**: a gold attribution is a direct quote when every content span opens with a
//!   quote mark; a predicted claim when its kind is `direct`. Direct-quote content F1 is token
//!   overlap of predicted direct contents against all gold contents (precision) and of gold
//!   direct contents against all predicted contents (recall).
//! - **Speaker accuracy**: of the gold direct quotes with a source that some predicted claim
//!   covers (shares content tokens; the claim sharing most is taken), the share whose predicted
//!   source overlaps the gold source.
//! - **All-attribution content F1**: token-overlap content F1 over every attribution.

use serde::Deserialize;
use std::fmt::Write as _;
use std::path::Path;

#[derive(Debug, Clone, Deserialize)]
pub struct GoldSpan {
    pub start: usize,
    pub end: usize,
    #[serde(default)]
    pub text: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct Attribution {
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub no_source: bool,
    #[serde(default)]
    pub source: Vec<GoldSpan>,
    #[serde(default)]
    pub cue: Vec<GoldSpan>,
    #[serde(default)]
    pub content: Vec<GoldSpan>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Article {
    #[serde(default)]
    pub doc: String,
    pub text: String,
    #[serde(default)]
    pub attributions: Vec<Attribution>,
}

/// A span as (start, end) character offsets, trimmed of surrounding whitespace.
type Sp = (usize, usize);

/// Precision and recall kept as two shares: the predicted items (or tokens) that match gold, and
/// the gold items (or tokens) that some prediction matches (Citron counts them separately).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Score {
    pub p_hit: f64,
    pub p_total: f64,
    pub g_hit: f64,
    pub g_total: f64,
}

impl Score {
    pub fn precision(&self) -> f64 {
        if self.p_total == 0.0 {
            0.0
        } else {
            self.p_hit / self.p_total
        }
    }
    pub fn recall(&self) -> f64 {
        if self.g_total == 0.0 {
            0.0
        } else {
            self.g_hit / self.g_total
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
}

/// One attribution in a comparable form (gold or predicted).
#[derive(Debug, Clone, Default)]
struct Item {
    cue: Vec<Sp>,
    source: Vec<Sp>,
    content: Vec<Sp>,
    direct: bool,
}

/// The figures of one evaluation run.
#[derive(Debug, Clone, Default)]
pub struct ClaimScores {
    /// The PolNeAR split scored (`dev`, `train`).
    pub split: String,
    pub articles: usize,
    pub gold: usize,
    pub predicted: usize,
    pub gold_direct: usize,
    pub predicted_direct: usize,
    pub cue_exact: Score,
    pub source_exact: Score,
    pub content_exact: Score,
    pub cue_overlap: Score,
    pub source_overlap: Score,
    pub content_overlap: Score,
    pub direct_content: Score,
    pub direct_content_exact: Score,
    /// Cue exact match restricted to quotations (gold: content with a quote mark; predicted:
    /// direct or mixed claims).
    pub quote_cue_exact: Score,
    pub covered_direct: usize,
    pub speaker_right: usize,
}

impl ClaimScores {
    pub fn speaker_accuracy(&self) -> f64 {
        crate::score::ratio(self.speaker_right, self.covered_direct)
    }
}

fn trim(text: &[char], s: usize, e: usize) -> Sp {
    let (mut s, mut e) = (s.min(text.len()), e.min(text.len()));
    while s < e && text[s].is_whitespace() {
        s += 1;
    }
    while e > s && text[e - 1].is_whitespace() {
        e -= 1;
    }
    (s, e)
}

fn is_quote_char(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '«' | '»' | '„' | '‘' | '\'' | '`')
}

fn overlaps(a: Sp, b: Sp) -> bool {
    a.0 < b.1 && b.0 < a.1
}

fn same_list(a: &[Sp], b: &[Sp]) -> bool {
    let mut a = a.to_vec();
    let mut b = b.to_vec();
    a.sort_unstable();
    b.sort_unstable();
    a == b
}

/// Token indices (into `tokens`, character offsets) whose start lies in any of `spans`.
fn token_set(tokens: &[(usize, usize)], spans: &[Sp]) -> Vec<usize> {
    let mut out = Vec::new();
    for &(s, e) in spans {
        let first = tokens.partition_point(|t| t.0 < s);
        let mut i = first;
        while i < tokens.len() && tokens[i].0 < e {
            out.push(i);
            i += 1;
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Token-overlap counts of `items` (each's role spans) against the union `against`.
fn overlap_counts(tokens: &[(usize, usize)], items: &[&[Sp]], against: &[usize]) -> (f64, f64) {
    let mut hit = 0.0;
    let mut total = 0.0;
    for spans in items {
        for t in token_set(tokens, spans) {
            total += 1.0;
            if against.binary_search(&t).is_ok() {
                hit += 1.0;
            }
        }
    }
    (hit, total)
}

fn union_tokens(tokens: &[(usize, usize)], items: &[&[Sp]]) -> Vec<usize> {
    let all: Vec<Sp> = items.iter().flat_map(|s| s.iter().copied()).collect();
    token_set(tokens, &all)
}

/// Sums overlap figures kept as raw shares.
#[derive(Default, Clone, Copy)]
struct Overlap {
    p_hit: f64,
    p_total: f64,
    g_hit: f64,
    g_total: f64,
}

impl Overlap {
    fn add(&mut self, tokens: &[(usize, usize)], pred: &[&[Sp]], gold: &[&[Sp]]) {
        let gold_union = union_tokens(tokens, gold);
        let pred_union = union_tokens(tokens, pred);
        let (a, b) = overlap_counts(tokens, pred, &gold_union);
        let (c, d) = overlap_counts(tokens, gold, &pred_union);
        self.p_hit += a;
        self.p_total += b;
        self.g_hit += c;
        self.g_total += d;
    }
    fn score(&self) -> Score {
        Score {
            p_hit: self.p_hit,
            p_total: self.p_total,
            g_hit: self.g_hit,
            g_total: self.g_total,
        }
    }
}

/// Accumulates exact counts keeping precision and recall shares separately.
#[derive(Default, Clone, Copy)]
struct Exact {
    p_hit: f64,
    p_total: f64,
    g_hit: f64,
    g_total: f64,
}

impl Exact {
    fn add(&mut self, p_hit: usize, p_total: usize, g_hit: usize, g_total: usize) {
        self.p_hit += p_hit as f64;
        self.p_total += p_total as f64;
        self.g_hit += g_hit as f64;
        self.g_total += g_total as f64;
    }
    fn score(&self) -> Score {
        Score {
            p_hit: self.p_hit,
            p_total: self.p_total,
            g_hit: self.g_hit,
            g_total: self.g_total,
        }
    }
}

fn exact_counts(
    pred: &[Item],
    gold: &[Item],
    m: impl Fn(&Item, &Item) -> bool,
) -> (usize, usize, usize, usize) {
    (
        pred.iter().filter(|p| gold.iter().any(|g| m(p, g))).count(),
        pred.len(),
        gold.iter().filter(|g| pred.iter().any(|p| m(p, g))).count(),
        gold.len(),
    )
}

/// One article's attributions as comparable items, spans trimmed of whitespace.
fn items_of(article: &Article, chars: &[char]) -> Vec<Item> {
    let conv = |v: &[GoldSpan]| -> Vec<Sp> {
        v.iter()
            .map(|g| trim(chars, g.start, g.end))
            .filter(|sp| sp.0 < sp.1)
            .collect()
    };
    article
        .attributions
        .iter()
        .map(|a| {
            let content = conv(&a.content);
            let direct =
                !content.is_empty() && content.iter().all(|&(st, _)| is_quote_char(chars[st]));
            Item {
                cue: conv(&a.cue),
                source: conv(&a.source),
                content,
                direct,
            }
        })
        .collect()
}

/// Whether an attribution's content quotes (has a double or typographic quote mark).
fn quotes(item: &Item, chars: &[char]) -> bool {
    item.content
        .iter()
        .any(|&(st, en)| chars[st..en].iter().any(|&c| is_quote_char(c) && c != '\''))
}

/// What is scored against an article's gold attributions.
#[derive(Clone, Copy)]
enum Predictor<'a> {
    /// Sift's claims.
    Sift,
    /// Another annotator's attributions of the same text.
    Annotator(&'a Article),
}

/// Scores predicted claims of each article against its gold attributions.
pub fn score_articles(articles: &[Article]) -> ClaimScores {
    score(articles.iter().map(|a| (a, Predictor::Sift)))
}

/// The same scheme with one annotator's attributions as the prediction and another's as gold,
/// over every ordered pair of annotations of the articles annotated more than once: how far
/// PolNeAR's annotators agree with one another, the ceiling a system can be held to.
pub fn annotator_agreement(articles: &[Article]) -> ClaimScores {
    let mut pairs = Vec::new();
    for (i, gold) in articles.iter().enumerate() {
        for (j, other) in articles.iter().enumerate() {
            if i != j && gold.doc == other.doc && gold.text == other.text {
                pairs.push((gold, Predictor::Annotator(other)));
            }
        }
    }
    score(pairs.into_iter())
}

/// The articles annotated more than once (every annotation of each).
pub fn multiply_annotated(articles: &[Article]) -> Vec<Article> {
    let mut count = std::collections::HashMap::new();
    for a in articles {
        *count.entry(a.doc.as_str()).or_insert(0usize) += 1;
    }
    articles
        .iter()
        .filter(|a| count[a.doc.as_str()] > 1)
        .cloned()
        .collect()
}

fn score<'a>(pairs: impl Iterator<Item = (&'a Article, Predictor<'a>)>) -> ClaimScores {
    let mut s = ClaimScores::default();
    let (mut cue_x, mut src_x, mut con_x, mut dir_x, mut qcue_x) = (
        Exact::default(),
        Exact::default(),
        Exact::default(),
        Exact::default(),
        Exact::default(),
    );
    let (mut cue_o, mut src_o, mut con_o, mut dir_o) = (
        Overlap::default(),
        Overlap::default(),
        Overlap::default(),
        Overlap::default(),
    );
    for (article, predictor) in pairs {
        s.articles += 1;
        let chars: Vec<char> = article.text.chars().collect();
        let doc = sift_core::analyze(&article.text);
        let tokens: Vec<(usize, usize)> = doc.tokens.iter().map(|t| (t.start, t.end)).collect();
        let gold = items_of(article, &chars);
        let pred: Vec<(Item, bool)> = match predictor {
            Predictor::Annotator(other) => items_of(other, &chars)
                .into_iter()
                .map(|i| {
                    let q = quotes(&i, &chars);
                    (i, q)
                })
                .collect(),
            Predictor::Sift => doc
                .claims
                .iter()
                .map(|c| {
                    let conv = |t: &sift_core::TextSpan| trim(&chars, t.start, t.end);
                    let item = Item {
                        cue: c.cue.iter().map(conv).collect(),
                        source: c.source.iter().map(conv).collect(),
                        content: c.content.iter().map(conv).collect(),
                        direct: c.kind == sift_core::ClaimKind::Direct,
                    };
                    (item, c.kind != sift_core::ClaimKind::Indirect)
                })
                .collect(),
        };
        let quoting: Vec<Item> = pred
            .iter()
            .filter(|(_, q)| *q)
            .map(|(i, _)| i.clone())
            .collect();
        let pred: Vec<Item> = pred.into_iter().map(|(i, _)| i).collect();
        s.gold += gold.len();
        s.predicted += pred.len();

        let cue_match = |p: &Item, g: &Item| !p.cue.is_empty() && same_list(&p.cue, &g.cue);
        let (a, b, c, d) = exact_counts(&pred, &gold, cue_match);
        cue_x.add(a, b, c, d);
        let with_cue =
            |p: &Item, g: &Item| p.cue.iter().any(|&x| g.cue.iter().any(|&y| overlaps(x, y)));
        let (a, b, c, d) = exact_counts(&pred, &gold, |p, g| {
            with_cue(p, g) && same_list(&p.source, &g.source)
        });
        src_x.add(a, b, c, d);
        let (a, b, c, d) = exact_counts(&pred, &gold, |p, g| {
            with_cue(p, g) && same_list(&p.content, &g.content)
        });
        con_x.add(a, b, c, d);

        for (acc, f) in [
            (
                &mut cue_o,
                (|i: &Item| i.cue.as_slice()) as fn(&Item) -> &[Sp],
            ),
            (&mut src_o, |i: &Item| i.source.as_slice()),
            (&mut con_o, |i: &Item| i.content.as_slice()),
        ] {
            let pr: Vec<&[Sp]> = pred.iter().map(f).collect();
            let gr: Vec<&[Sp]> = gold.iter().map(f).collect();
            acc.add(&tokens, &pr, &gr);
        }

        // Direct quotes.
        let gold_direct: Vec<&Item> = gold.iter().filter(|g| g.direct).collect();
        let pred_direct: Vec<&Item> = pred.iter().filter(|p| p.direct).collect();
        s.gold_direct += gold_direct.len();
        s.predicted_direct += pred_direct.len();
        {
            let all_gold: Vec<&[Sp]> = gold.iter().map(|g| g.content.as_slice()).collect();
            let all_pred: Vec<&[Sp]> = pred.iter().map(|p| p.content.as_slice()).collect();
            let gu = union_tokens(&tokens, &all_gold);
            let pu = union_tokens(&tokens, &all_pred);
            let pd: Vec<&[Sp]> = pred_direct.iter().map(|p| p.content.as_slice()).collect();
            let gd: Vec<&[Sp]> = gold_direct.iter().map(|g| g.content.as_slice()).collect();
            let (a, b) = overlap_counts(&tokens, &pd, &gu);
            let (c, d) = overlap_counts(&tokens, &gd, &pu);
            dir_o.p_hit += a;
            dir_o.p_total += b;
            dir_o.g_hit += c;
            dir_o.g_total += d;
            let content_match = |p: &Item, g: &Item| same_list(&p.content, &g.content);
            dir_x.add(
                pred_direct
                    .iter()
                    .filter(|p| gold.iter().any(|g| content_match(p, g)))
                    .count(),
                pred_direct.len(),
                gold_direct
                    .iter()
                    .filter(|g| pred.iter().any(|p| content_match(p, g)))
                    .count(),
                gold_direct.len(),
            );
        }
        // Cue exact on quotations.
        let gold_quoting: Vec<Item> = gold.iter().filter(|g| quotes(g, &chars)).cloned().collect();
        let (a, _, _, _) = exact_counts(&quoting, &gold, cue_match);
        let (_, _, c, d) = exact_counts(&pred, &gold_quoting, cue_match);
        qcue_x.add(a, quoting.len(), c, d);

        // Speaker accuracy on covered direct quotes.
        for g in &gold_direct {
            if g.source.is_empty() {
                continue;
            }
            let g_tokens = token_set(&tokens, &g.content);
            let best = pred
                .iter()
                .map(|p| {
                    let pt = token_set(&tokens, &p.content);
                    (
                        g_tokens
                            .iter()
                            .filter(|t| pt.binary_search(t).is_ok())
                            .count(),
                        p,
                    )
                })
                .filter(|(n, _)| *n > 0)
                .max_by_key(|(n, _)| *n);
            if let Some((_, p)) = best {
                s.covered_direct += 1;
                if p.source
                    .iter()
                    .any(|&a| g.source.iter().any(|&b| overlaps(a, b)))
                {
                    s.speaker_right += 1;
                }
            }
        }
    }
    s.cue_exact = cue_x.score();
    s.source_exact = src_x.score();
    s.content_exact = con_x.score();
    s.cue_overlap = cue_o.score();
    s.source_overlap = src_o.score();
    s.content_overlap = con_o.score();
    s.direct_content = dir_o.score();
    s.direct_content_exact = dir_x.score();
    s.quote_cue_exact = qcue_x.score();
    s
}

/// Reads `polnear/dev.jsonl` under `data_dir` and scores it.
pub fn dev_scores(data_dir: &Path) -> Result<ClaimScores, String> {
    split_scores(data_dir, "dev")
}

/// Scores the claims layer against the gold data under `data_dir` and returns a printable report.
pub fn eval(data_dir: &Path) -> Result<String, String> {
    split_eval(data_dir, "dev")
}

/// The report of a split, followed by the agreement table of its multiply annotated articles.
pub fn split_eval(data_dir: &Path, split: &str) -> Result<String, String> {
    let articles = read_split(data_dir, split)?;
    let s = ClaimScores {
        split: split.to_string(),
        ..score_articles(&articles)
    };
    let mut out = report(&s);
    let multiple = multiply_annotated(&articles);
    if !multiple.is_empty() {
        out.push('\n');
        out.push_str(&agreement_report(
            split,
            &multiple,
            &annotator_agreement(&multiple),
            &score_articles(&multiple),
        ));
    }
    Ok(out)
}

/// Annotators against one another beside Sift against each annotation, on the same articles.
pub fn agreement_report(
    split: &str,
    multiple: &[Article],
    annotators: &ClaimScores,
    sift: &ClaimScores,
) -> String {
    let mut docs: Vec<&str> = multiple.iter().map(|a| a.doc.as_str()).collect();
    docs.sort_unstable();
    docs.dedup();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "agreement — the {} articles of polnear/{split}.jsonl annotated more than once ({} annotations); \
         each annotation scored against every other of its article ({} pairs), and Sift against each",
        docs.len(),
        multiple.len(),
        annotators.articles
    );
    let _ = writeln!(out, "{:<40} {:>11} {:>7}", "F1", "annotators", "Sift");
    let rows: [(&str, fn(&ClaimScores) -> f64); 6] = [
        ("cue exact", |s| s.cue_exact.f1()),
        ("source exact", |s| s.source_exact.f1()),
        ("content exact", |s| s.content_exact.f1()),
        ("content overlap (all attributions)", |s| {
            s.content_overlap.f1()
        }),
        ("direct-quote content overlap", |s| s.direct_content.f1()),
        ("speaker accuracy on covered direct quotes", |s| {
            s.speaker_accuracy()
        }),
    ];
    for (name, f) in rows {
        let _ = writeln!(out, "{:<40} {:>11.4} {:>7.4}", name, f(annotators), f(sift));
    }
    out
}

fn read_split(data_dir: &Path, split: &str) -> Result<Vec<Article>, String> {
    crate::jsonl::read(&data_dir.join("polnear").join(format!("{split}.jsonl")))
}

/// The printable table of a run.
pub fn report(s: &ClaimScores) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "claims — polnear/{}.jsonl (Citron's scheme)", s.split);
    let _ = writeln!(
        out,
        "articles {}  gold attributions {} (direct quotes {})  predicted claims {} (direct {})",
        s.articles, s.gold, s.gold_direct, s.predicted, s.predicted_direct
    );
    let _ = writeln!(out, "{:<34} {:>7} {:>7} {:>7}", "", "P", "R", "F1");
    let row = |out: &mut String, name: &str, p: &Score| {
        let _ = writeln!(
            out,
            "{:<34} {:>7.4} {:>7.4} {:>7.4}",
            name,
            p.precision(),
            p.recall(),
            p.f1()
        );
    };
    row(&mut out, "cue exact", &s.cue_exact);
    row(&mut out, "cue overlap", &s.cue_overlap);
    row(&mut out, "source exact", &s.source_exact);
    row(&mut out, "source overlap", &s.source_overlap);
    row(&mut out, "content exact", &s.content_exact);
    row(
        &mut out,
        "content overlap (all attributions)",
        &s.content_overlap,
    );
    row(&mut out, "direct-quote content overlap", &s.direct_content);
    row(
        &mut out,
        "direct-quote content exact",
        &s.direct_content_exact,
    );
    row(&mut out, "cue exact, quotations only", &s.quote_cue_exact);
    let _ = writeln!(
        out,
        "speaker accuracy on covered direct quotes: {:.4} ({} of {})",
        s.speaker_accuracy(),
        s.speaker_right,
        s.covered_direct
    );
    out
}

/// Longest cue phrase kept in the learned lexicon, in tokens.
pub const CUE_MAX_TOKENS: usize = 6;
/// A phrase enters the lexicon when it was a whole gold cue at least this often …
pub const CUE_MIN_HITS: usize = 2;
/// … and at least this share of its occurrences in the training texts. A cue that is right with
/// probability p raises F1 whenever p exceeds half the F1 (about 0.34 for cues); the margin
/// allows for shares measured on the texts they were learned from.
pub const CUE_MIN_PRECISION: f64 = 0.37;

/// Learns the cue lexicon from `polnear/train.jsonl`: every contiguous gold cue of up to
/// [`CUE_MAX_TOKENS`] of Sift's tokens, with how often it was a cue (hits) and how often the
/// phrase occurs at all — both counted only where the lexicon is applied (outside quotations,
/// not after a passive or a negation; `sift_core::claims::lexicon_slots`). Phrases without a letter (a bare colon or dash) are left to the rules.
/// Writes `phrase<TAB>percentage` lines, in alphabetical order, and returns a report.
pub fn train_cues(data_dir: &Path, out_path: &Path) -> Result<String, String> {
    use std::collections::HashMap;
    let articles: Vec<Article> = crate::jsonl::read(&data_dir.join("polnear").join("train.jsonl"))?;
    let mut hits: HashMap<String, usize> = HashMap::new();
    let mut docs: Vec<(Vec<String>, Vec<bool>, Vec<bool>)> = Vec::with_capacity(articles.len());
    for a in &articles {
        let chars: Vec<char> = a.text.chars().collect();
        // Only where the lexicon applies: outside quotations, not after a passive or negation.
        let (bytes, may_start, may_cover) = sift_core::claims::lexicon_slots(&a.text);
        let map = sift_core::OffsetMap::new(&a.text);
        let toks: Vec<(usize, usize)> = bytes
            .iter()
            .map(|t| (map.byte_to_char(t.start), map.byte_to_char(t.end)))
            .collect();
        let keys: Vec<String> = bytes
            .iter()
            .map(|t| sift_core::claims::cue_key(t.text(&a.text)))
            .collect();
        for at in &a.attributions {
            let spans: Vec<Sp> = at
                .cue
                .iter()
                .map(|g| trim(&chars, g.start, g.end))
                .filter(|s| s.0 < s.1)
                .collect();
            let [(s, e)] = spans[..] else { continue };
            let first = toks.partition_point(|t| t.0 < s);
            if first >= toks.len() || toks[first].0 != s {
                continue;
            }
            let mut last = first;
            while last + 1 < toks.len() && toks[last + 1].0 < e {
                last += 1;
            }
            if toks[last].1 != e
                || last + 1 - first > CUE_MAX_TOKENS
                || !may_start[first]
                || !may_cover[first..=last].iter().all(|&c| c)
            {
                continue;
            }
            let phrase = keys[first..=last].join(" ");
            if phrase.chars().any(char::is_alphabetic) {
                *hits.entry(phrase).or_default() += 1;
            }
        }
        docs.push((keys, may_start, may_cover));
    }
    let mut occurrences: HashMap<&str, usize> = HashMap::new();
    for (keys, may_start, may_cover) in &docs {
        for i in (0..keys.len()).filter(|&i| may_start[i]) {
            let mut phrase = String::new();
            for n in 0..CUE_MAX_TOKENS.min(keys.len() - i) {
                if !may_cover[i + n] {
                    break;
                }
                if n > 0 {
                    phrase.push(' ');
                }
                phrase.push_str(&keys[i + n]);
                if let Some((k, _)) = hits.get_key_value(phrase.as_str()) {
                    *occurrences.entry(k.as_str()).or_default() += 1;
                }
            }
        }
    }
    let mut kept: Vec<(&str, usize, usize)> = hits
        .iter()
        .map(|(p, &h)| {
            (
                p.as_str(),
                h,
                occurrences.get(p.as_str()).copied().unwrap_or(h).max(h),
            )
        })
        .filter(|&(_, h, o)| h >= CUE_MIN_HITS && h as f64 / o as f64 >= CUE_MIN_PRECISION)
        .collect();
    // Alphabetical, with the share as a whole percentage: the file ships in the wasm bundle, and
    // this form compresses best.
    kept.sort_by(|a, b| a.0.cmp(b.0));
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# Cue phrases learned from PolNeAR train by `sift train cues`: phrase, percentage of its"
    );
    let _ = writeln!(out, "# occurrences that were a whole gold cue. Kept: at least {CUE_MIN_HITS} hits and {CUE_MIN_PRECISION} of occurrences.");
    for (p, h, o) in &kept {
        let _ = writeln!(out, "{p}\t{}", (100 * h + o / 2) / o);
    }
    std::fs::write(out_path, &out)
        .map_err(|e| format!("cannot write {}: {e}", out_path.display()))?;
    let multi = kept.iter().filter(|k| k.0.contains(' ')).count();
    Ok(format!(
        "{} cue phrases ({} of several words) from {} train articles and {} gold cues; wrote {} ({} bytes)",
        kept.len(),
        multi,
        articles.len(),
        hits.values().sum::<usize>(),
        out_path.display(),
        out.len()
    ))
}

/// Reads `polnear/<split>.jsonl` under `data_dir` and scores it (`train` serves tuning).
pub fn split_scores(data_dir: &Path, split: &str) -> Result<ClaimScores, String> {
    let articles = read_split(data_dir, split)?;
    Ok(ClaimScores {
        split: split.to_string(),
        ..score_articles(&articles)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn annotation(doc: &str, text: &str, attributions: &[(&str, &str)]) -> Article {
        let span = |part: &str| {
            let start = text.find(part).expect("part of the text");
            GoldSpan {
                start,
                end: start + part.len(),
                text: part.to_string(),
            }
        };
        Article {
            doc: doc.to_string(),
            text: text.to_string(),
            attributions: attributions
                .iter()
                .map(|&(cue, content)| Attribution {
                    cue: vec![span(cue)],
                    content: vec![span(content)],
                    source: vec![span("Ann")],
                    ..Attribution::default()
                })
                .collect(),
        }
    }

    #[test]
    fn annotators_are_scored_against_one_another_within_an_article() {
        let text = "Ann said the plan works. Ann warned it may fail.";
        let one = annotation(
            "a",
            text,
            &[("said", "the plan works"), ("warned", "it may fail")],
        );
        let two = annotation("a", text, &[("said", "the plan works")]);
        let alone = annotation("b", "Bob said no.", &[]);
        let all = [one, alone, two];
        let multiple = multiply_annotated(&all);
        assert_eq!(
            multiple.iter().map(|a| a.doc.as_str()).collect::<Vec<_>>(),
            ["a", "a"]
        );
        let s = annotator_agreement(&multiple);
        // Two ordered pairs: one's two cues against two's one, and the other way round.
        assert_eq!(s.articles, 2);
        assert_eq!((s.cue_exact.p_hit, s.cue_exact.p_total), (2.0, 3.0));
        assert_eq!((s.cue_exact.g_hit, s.cue_exact.g_total), (2.0, 3.0));
        assert!((s.cue_exact.f1() - 2.0 / 3.0).abs() < 1e-12);
        assert_eq!(s.source_exact.f1(), s.cue_exact.f1());
    }
}

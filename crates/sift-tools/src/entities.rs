//! Scoring entities against the gold data, and training the entity model.
//!
//! Scoring follows `../shared/data/README.md`: exact-span micro P/R/F1 with Sift's labels folded to
//! CoNLL's (PERSON→PER, ORG→ORG, GPE/LOC/FAC→LOC, other names→MISC), on `conll2003/dev.jsonl` and
//! `wikigold/wikigold.jsonl`. A document is the sentences of one `doc` joined by line breaks and
//! analysed as one text, as the app analyses an article.

use crate::jsonl;
use crate::score::Prf;
use serde::Deserialize;
use sift_core::entities::features::{DocFeatures, History};
use sift_core::entities::model::{self, begin, inside, viterbi, TAGS, TYPES, TYPE_NAMES};
use sift_core::entities::{recognize, recognize_with, Scorer};
use sift_core::tokenize::{tokenize, Token};
use sift_core::{sentences, Context};
use std::collections::HashMap;
use std::fmt::Write as _;
use std::ops::Range;
use std::path::Path;
use std::time::Instant;

#[derive(Deserialize)]
struct GoldSentence {
    text: String,
    entities: Vec<GoldEntity>,
    doc: serde_json::Value,
}

#[derive(Deserialize)]
struct GoldEntity {
    start: usize,
    end: usize,
    label: String,
}

/// One gold document: its text, tokens, sentences and entities (byte offsets, CoNLL type index).
pub struct GoldDoc {
    pub text: String,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Range<usize>>,
    pub entities: Vec<(usize, usize, usize)>,
}

fn type_index(label: &str) -> Option<usize> {
    TYPE_NAMES.iter().position(|&n| n == label)
}

/// Reads a CoNLL-style JSON-lines file into documents.
pub fn read_docs(path: &Path) -> Result<Vec<GoldDoc>, String> {
    let sents: Vec<GoldSentence> = jsonl::read(path)?;
    let mut docs = Vec::new();
    let mut i = 0;
    while i < sents.len() {
        let mut j = i;
        while j < sents.len() && sents[j].doc == sents[i].doc {
            j += 1;
        }
        let mut text = String::new();
        let mut entities = Vec::new();
        for s in &sents[i..j] {
            if !text.is_empty() {
                text.push('\n');
            }
            let base = text.len();
            // Character offsets to byte offsets within the sentence.
            let mut byte_at: Vec<usize> = s.text.char_indices().map(|(b, _)| b).collect();
            byte_at.push(s.text.len());
            for e in &s.entities {
                let (Some(&bs), Some(&be), Some(ty)) = (
                    byte_at.get(e.start),
                    byte_at.get(e.end),
                    type_index(&e.label),
                ) else {
                    continue;
                };
                entities.push((base + bs, base + be, ty));
            }
            text.push_str(&s.text);
        }
        let tokens = tokenize(&text);
        let sentences = sentences::split(&text, &tokens);
        docs.push(GoldDoc {
            text,
            tokens,
            sentences,
            entities,
        });
        i = j;
    }
    Ok(docs)
}

impl GoldDoc {
    fn context(&self) -> Context<'_> {
        Context {
            text: &self.text,
            tokens: &self.tokens,
            sentences: &self.sentences,
        }
    }

    /// Gold BIO tags over the document's tokens.
    fn tags(&self) -> Vec<u8> {
        let mut tags = vec![0u8; self.tokens.len()];
        for &(s, e, ty) in &self.entities {
            let mut first = true;
            for (k, t) in self.tokens.iter().enumerate() {
                if t.start >= s && t.end <= e {
                    tags[k] = if first { begin(ty) } else { inside(ty) };
                    first = false;
                }
            }
        }
        tags
    }
}

/// Scores per CoNLL type and overall.
#[derive(Default, Clone)]
pub struct Scores {
    pub all: Prf,
    pub by_type: [Prf; TYPES],
}

impl Scores {
    fn report(&self, name: &str, out: &mut String) {
        let _ = writeln!(out, "{name}: {}", self.all);
        for (k, p) in self.by_type.iter().enumerate() {
            let _ = writeln!(out, "  {:<4} {}", TYPE_NAMES[k], p);
        }
    }
}

/// Scores `predict` (entities as byte spans with a folded CoNLL label) on `docs`.
fn score_docs(
    docs: &[GoldDoc],
    mut predict: impl FnMut(&GoldDoc) -> Vec<(usize, usize, usize)>,
) -> Scores {
    let mut scores = Scores::default();
    for d in docs {
        let predicted = predict(d);
        for &(_, _, ty) in &d.entities {
            scores.by_type[ty].gold += 1.0;
        }
        for p in &predicted {
            scores.by_type[p.2].predicted += 1.0;
            if d.entities.contains(p) {
                scores.by_type[p.2].true_pos += 1.0;
            }
        }
    }
    for p in scores.by_type {
        scores.all.add(p);
    }
    scores
}

fn fold(e: &sift_core::Entity) -> Option<(usize, usize, usize)> {
    Some((e.start, e.end, type_index(e.label.conll())?))
}

/// Scores the embedded model (the full entity layer) on `docs`.
pub fn score_embedded(docs: &[GoldDoc]) -> Scores {
    score_docs(docs, |d| {
        recognize(&d.context()).iter().filter_map(fold).collect()
    })
}

fn score_with<S: Scorer + ?Sized>(scorer: &S, docs: &[GoldDoc]) -> Scores {
    score_docs(docs, |d| {
        recognize_with(scorer, &d.context())
            .iter()
            .filter_map(fold)
            .collect()
    })
}

/// Scores the entities layer against the gold data under `data_dir` and returns a printable report.
pub fn eval(data_dir: &Path) -> Result<String, String> {
    let mut out = String::new();
    for (name, file) in [
        ("conll2003 dev", "conll2003/dev.jsonl"),
        ("wikigold", "wikigold/wikigold.jsonl"),
    ] {
        let docs = read_docs(&data_dir.join(file))?;
        let started = Instant::now();
        let scores = score_embedded(&docs);
        let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
        scores.report(
            &format!("{name} (exact span, labels folded to CoNLL)"),
            &mut out,
        );
        let secs = started.elapsed().as_secs_f64();
        let _ = writeln!(
            out,
            "  {} documents, {:.2} MB in {:.2} s",
            docs.len(),
            bytes as f64 / 1e6,
            secs
        );
    }
    if let Some(line) = throughput(&data_dir.join("../samples")) {
        out.push_str(&line);
    }
    Ok(out)
}

/// Throughput on the sample news articles (each analysed 40 times): the entity layer alone
/// (tokens, sentences, entities) and the whole `analyze()` pipeline.
pub fn throughput(samples: &Path) -> Option<String> {
    let mut texts = Vec::new();
    for entry in std::fs::read_dir(samples).ok()?.flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "txt") {
            texts.push(std::fs::read_to_string(&path).ok()?);
        }
    }
    texts.sort();
    if texts.is_empty() {
        return None;
    }
    const ROUNDS: usize = 40;
    let bytes = (texts.iter().map(String::len).sum::<usize>() * ROUNDS) as f64;
    let started = Instant::now();
    let mut found = 0;
    for _ in 0..ROUNDS {
        for t in &texts {
            let tokens = tokenize(t);
            let sents = sentences::split(t, &tokens);
            found += recognize(&Context {
                text: t,
                tokens: &tokens,
                sentences: &sents,
            })
            .len();
        }
    }
    let entity_secs = started.elapsed().as_secs_f64();
    let started = Instant::now();
    for _ in 0..ROUNDS {
        for t in &texts {
            found += sift_core::analyze(t).entities.len();
        }
    }
    let all_secs = started.elapsed().as_secs_f64();
    Some(format!(
        "throughput on the sample articles ({} texts x {ROUNDS}, {found} mentions): entity layer {:.2} MB/s, whole analyze() {:.2} MB/s\n",
        texts.len(),
        bytes / 1e6 / entity_secs,
        bytes / 1e6 / all_secs
    ))
}

/// The F1 of the embedded model on `conll2003/dev.jsonl` (for the regression test).
pub fn dev_f1(data_dir: &Path) -> Result<f64, String> {
    Ok(
        score_embedded(&read_docs(&data_dir.join("conll2003/dev.jsonl"))?)
            .all
            .f1(),
    )
}

// ---------------------------------------------------------------------------------------------
// Training: an averaged structured perceptron.

/// Training settings.
pub struct Settings {
    pub epochs: usize,
    /// Features seen fewer times than this in the training data are left out.
    pub min_count: u32,
    /// Pruning thresholds to try (weights smaller in magnitude are dropped).
    pub prune: Vec<f32>,
    /// How much dev F1 pruning may cost.
    pub tolerance: f64,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            epochs: 12,
            min_count: 2,
            prune: vec![0.0, 0.1, 0.2, 0.4, 0.8, 1.5],
            tolerance: 0.003,
        }
    }
}

type Weights = crate::perceptron::Weights<TAGS>;
type Averaged<'d> = crate::perceptron::Averaged<'d, TAGS>;

impl Scorer for Averaged<'_> {
    fn emission(&self, features: &[u32], out: &mut [f32; TAGS]) {
        Averaged::emission(self, features, out)
    }
    fn transitions(&self) -> &[[f32; TAGS]] {
        &self.trans
    }
}

/// The averaged weights after an epoch: dev F1, epoch, (key, weights) and transitions.
type Snapshot = (f64, usize, Vec<(u32, [f32; TAGS])>, Vec<[f32; TAGS]>);

/// A training document with its features computed.
struct Prepared<'t> {
    doc: DocFeatures<'t>,
    sentences: Vec<Range<usize>>,
    gold: Vec<u8>,
    /// Static feature ids of each token: `feats[offsets[i]..offsets[i + 1]]`.
    feats: Vec<u32>,
    offsets: Vec<usize>,
}

fn sentence_index(doc: &GoldDoc) -> Vec<(usize, Range<usize>)> {
    doc.sentences
        .iter()
        .cloned()
        .enumerate()
        .filter(|(_, s)| s.start < s.end)
        .collect()
}

/// Trains the entity model on `conll2003/train.jsonl`, tunes the number of epochs on
/// `dev.jsonl`, writes the model to `out_path` and returns a report.
/// `SIFT_NER_EPOCHS` and `SIFT_NER_MIN_COUNT` override the default settings (for experiments).
pub fn train(data_dir: &Path, out_path: &Path) -> Result<String, String> {
    let mut settings = Settings::default();
    let env = |name: &str| std::env::var(name).ok().and_then(|v| v.parse::<u32>().ok());
    if let Some(e) = env("SIFT_NER_EPOCHS") {
        settings.epochs = e as usize;
    }
    if let Some(m) = env("SIFT_NER_MIN_COUNT") {
        settings.min_count = m;
    }
    train_with(data_dir, out_path, &settings, &mut |line| {
        println!("{line}")
    })
}

pub fn train_with(
    data_dir: &Path,
    out_path: &Path,
    settings: &Settings,
    progress: &mut dyn FnMut(&str),
) -> Result<String, String> {
    let started = Instant::now();
    let train_docs = read_docs(&data_dir.join("conll2003/train.jsonl"))?;
    let dev_docs = read_docs(&data_dir.join("conll2003/dev.jsonl"))?;
    progress(&format!(
        "read {} training and {} dev documents in {:.1} s",
        train_docs.len(),
        dev_docs.len(),
        started.elapsed().as_secs_f64()
    ));

    // Static features, counted, then numbered if frequent enough.
    let mut raw: Vec<(DocFeatures, Vec<u32>, Vec<usize>)> = Vec::with_capacity(train_docs.len());
    let mut counts: HashMap<u32, u32> = HashMap::new();
    for d in &train_docs {
        let doc = DocFeatures::new(&d.text, &d.tokens, &d.sentences);
        let mut feats = Vec::new();
        let mut offsets = vec![0; d.tokens.len() + 1];
        let mut tmp = Vec::new();
        for (s_index, s) in sentence_index(d) {
            for i in s.clone() {
                offsets[i] = feats.len();
                tmp.clear();
                doc.static_features(i, &s, s_index, &mut tmp);
                for &k in &tmp {
                    *counts.entry(k).or_default() += 1;
                }
                feats.extend_from_slice(&tmp);
                offsets[i + 1] = feats.len();
            }
        }
        raw.push((doc, feats, offsets));
    }
    let mut weights = Weights::default();
    let mut prepared = Vec::with_capacity(raw.len());
    for ((doc, feats, offsets), d) in raw.into_iter().zip(&train_docs) {
        let feats = feats
            .into_iter()
            .map(|k| {
                if counts.get(&k).copied().unwrap_or(0) >= settings.min_count {
                    weights.id(k)
                } else {
                    u32::MAX
                }
            })
            .collect();
        prepared.push(Prepared {
            doc,
            sentences: d.sentences.clone(),
            gold: d.tags(),
            feats,
            offsets,
        });
    }
    drop(counts);
    progress(&format!(
        "{} features (seen at least {} times) in {:.1} s",
        weights.dict.len(),
        settings.min_count,
        started.elapsed().as_secs_f64()
    ));

    let mut best: Option<Snapshot> = None;
    let mut order: Vec<usize> = (0..prepared.len()).collect();
    let mut rng = 0x2545_F491_4F6C_DD1Du64;
    let mut em: Vec<[f32; TAGS]> = Vec::new();
    let mut pred = Vec::new();
    let mut hist_keys = Vec::new();
    for epoch in 1..=settings.epochs {
        let epoch_start = Instant::now();
        // Deterministic shuffle.
        for i in (1..order.len()).rev() {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            order.swap(i, (rng % (i as u64 + 1)) as usize);
        }
        let mut mistakes = 0usize;
        for &di in &order {
            let p = &prepared[di];
            let mut history = History::default();
            for (s_index, s) in p.sentences.iter().enumerate() {
                let _ = s_index;
                if s.start >= s.end {
                    continue;
                }
                // Emission scores; history features are numbered on the fly.
                em.clear();
                let mut dyn_ids: Vec<Vec<u32>> = Vec::with_capacity(s.len());
                for i in s.clone() {
                    hist_keys.clear();
                    p.doc.history_features(i, &history, &mut hist_keys);
                    let ids: Vec<u32> = hist_keys.iter().map(|&k| weights.id(k)).collect();
                    let mut row = [0f32; TAGS];
                    weights.score(&p.feats[p.offsets[i]..p.offsets[i + 1]], &mut row);
                    weights.score(&ids, &mut row);
                    em.push(row);
                    dyn_ids.push(ids);
                }
                viterbi(&em, &weights.trans, &mut pred);
                let gold = &p.gold[s.clone()];
                if pred.as_slice() != gold {
                    mistakes += 1;
                    // Static and history features of each token, as one list.
                    let all: Vec<Vec<u32>> = s
                        .clone()
                        .enumerate()
                        .map(|(k, i)| {
                            p.feats[p.offsets[i]..p.offsets[i + 1]]
                                .iter()
                                .chain(&dyn_ids[k])
                                .copied()
                                .collect()
                        })
                        .collect();
                    weights.learn(gold, &pred, |k| all[k].as_slice());
                }
                weights.c += 1.0;
                history.record(&p.doc, s.clone(), &pred);
            }
        }
        let avg = weights.averaged();
        let dev = score_with(&avg, &dev_docs);
        progress(&format!(
            "epoch {epoch:>2}: {mistakes} sentences wrong; dev F1 {:.4} (P {:.4} R {:.4}); {:.1} s",
            dev.all.f1(),
            dev.all.precision(),
            dev.all.recall(),
            epoch_start.elapsed().as_secs_f64()
        ));
        if best.as_ref().is_none_or(|b| dev.all.f1() > b.0) {
            best = Some((dev.all.f1(), epoch, avg.features(), avg.trans.clone()));
        }
    }
    let (best_f1, best_epoch, feats, trans) = best.ok_or("no epochs")?;

    // Quantise and prune: drop the smallest weights while dev F1 stays within `settings.tolerance`
    // of the best quantised figure.
    let mut tried: Vec<(f32, Vec<u8>, Scores)> = Vec::new();
    for &min_weight in &settings.prune {
        let bytes = model::encode(&feats, &trans, min_weight);
        let quantised = model::Model::<TAGS>::from_bytes(&bytes)
            .ok_or("the encoded model does not read back")?;
        let dev = score_with(&quantised, &dev_docs);
        progress(&format!(
            "pruned below {min_weight}: {} features, {} bytes, dev F1 {:.4}",
            quantised.len(),
            bytes.len(),
            dev.all.f1()
        ));
        tried.push((min_weight, bytes, dev));
    }
    let top = tried.iter().map(|t| t.2.all.f1()).fold(0.0, f64::max);
    let (min_weight, bytes, dev_q) = tried
        .into_iter()
        .filter(|t| t.2.all.f1() >= top - settings.tolerance)
        .min_by_key(|t| t.1.len())
        .ok_or("no model")?;
    let quantised =
        model::Model::<TAGS>::from_bytes(&bytes).ok_or("the encoded model does not read back")?;
    if let Some(dir) = out_path.parent() {
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    std::fs::write(out_path, &bytes)
        .map_err(|e| format!("cannot write {}: {e}", out_path.display()))?;
    let mut report = String::new();
    let _ = writeln!(
        report,
        "best epoch {best_epoch}: dev F1 {best_f1:.4} (float weights); model {} features, {} bytes -> {}",
        quantised.len(),
        bytes.len(),
        out_path.display()
    );
    let _ = writeln!(report, "weights below {min_weight} pruned");
    dev_q.report("dev with the quantised model", &mut report);
    let _ = writeln!(
        report,
        "trained in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    Ok(report)
}

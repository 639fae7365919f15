//! The analysis pipeline by stage, on real news text, in MB/s (`make bench`, or
//! `cargo bench -p sift-core --bench pipeline`).
//!
//! Two corpora, each analysed one article at a time as the app does:
//! - `samples`: the bundled sample articles (`samples/*.txt`);
//! - `polnear-dev`: the distinct article texts of `../shared/data/polnear/dev.jsonl`, read at bench
//!   time (skipped with a note when the data is not there);
//! - `polnear-dev-joined`: the same texts joined by blank lines into one 415 KB text, analysed in
//!   one call (what the browser benchmark does with 1 MB): cost that grows faster than the text
//!   shows as a lower MB/s here than in `polnear-dev`.
//!
//! Every stage is timed on the output of the stages before it, computed once outside the timing:
//! `tokenize`, `sentences`, `entities` (recognition and linking), `linking` (entity linking alone,
//! on a copy of the recognised mentions), `numbers`, `claims`, and `analyze` (the whole pipeline
//! with the conversion to character offsets).

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, SamplingMode, Throughput};
use sift_core::tokenize::Token;
use sift_core::{claims, entities, numbers, sentences, tokenize, Context, Entity, Number};
use std::hint::black_box;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// One article with every stage's output precomputed.
struct Prepared {
    text: String,
    tokens: Vec<Token>,
    sentences: Vec<Range<usize>>,
    entities: Vec<Entity>,
    numbers: Vec<Number>,
}

impl Prepared {
    fn new(text: String) -> Self {
        let tokens = tokenize::tokenize(&text);
        let sentences = sentences::split(&text, &tokens);
        let cx = Context {
            text: &text,
            tokens: &tokens,
            sentences: &sentences,
        };
        let entities = entities::recognize(&cx);
        let numbers = numbers::recognize(&cx, &entities);
        drop(cx);
        Prepared {
            text,
            tokens,
            sentences,
            entities,
            numbers,
        }
    }

    fn cx(&self) -> Context<'_> {
        Context {
            text: &self.text,
            tokens: &self.tokens,
            sentences: &self.sentences,
        }
    }
}

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn sample_articles() -> Vec<String> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(repo_root().join("samples"))
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    paths.retain(|p| p.extension().is_some_and(|x| x == "txt"));
    paths.sort();
    paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect()
}

/// The distinct texts of polnear's dev split, in file order (several annotators share a text).
fn polnear_dev() -> Option<Vec<String>> {
    let path = repo_root().join("../shared/data/polnear/dev.jsonl");
    let data = std::fs::read_to_string(&path).ok()?;
    let mut seen = std::collections::HashSet::new();
    let mut texts = Vec::new();
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).ok()?;
        if let Some(t) = v.get("text").and_then(|t| t.as_str()) {
            if seen.insert(t.to_string()) {
                texts.push(t.to_string());
            }
        }
    }
    Some(texts)
}

fn bench_corpus(c: &mut Criterion, name: &str, texts: Vec<String>, samples: usize) {
    let docs: Vec<Prepared> = texts.into_iter().map(Prepared::new).collect();
    let bytes: u64 = docs.iter().map(|d| d.text.len() as u64).sum();
    eprintln!("corpus {name}: {} articles, {bytes} bytes", docs.len());

    let mut g = c.benchmark_group(name);
    g.throughput(Throughput::Bytes(bytes));
    g.sample_size(samples);
    if docs.len() == 1 {
        // One long text: iterations take long, so every sample runs the same (small) number.
        g.sampling_mode(SamplingMode::Flat);
    }
    g.warm_up_time(Duration::from_secs(1));
    g.measurement_time(Duration::from_secs(4));

    g.bench_function("tokenize", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(tokenize::tokenize(black_box(&d.text)));
            }
        })
    });
    g.bench_function("sentences", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(sentences::split(black_box(&d.text), &d.tokens));
            }
        })
    });
    g.bench_function("entities", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(entities::recognize(black_box(&d.cx())));
            }
        })
    });
    g.bench_function("linking", |b| {
        b.iter_batched_ref(
            || docs.iter().map(|d| d.entities.clone()).collect::<Vec<_>>(),
            |mentions| {
                for m in mentions.iter_mut() {
                    entities::link::link(black_box(m));
                }
            },
            BatchSize::SmallInput,
        )
    });
    g.bench_function("numbers", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(numbers::recognize(black_box(&d.cx()), &d.entities));
            }
        })
    });
    g.bench_function("claims", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(claims::recognize(
                    black_box(&d.cx()),
                    &d.entities,
                    &d.numbers,
                ));
            }
        })
    });
    g.bench_function("analyze", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(sift_core::analyze(black_box(&d.text)));
            }
        })
    });
    g.finish();
}

fn pipeline(c: &mut Criterion) {
    bench_corpus(c, "samples", sample_articles(), 20);
    match polnear_dev() {
        Some(texts) => {
            let joined = texts.join("\n\n");
            bench_corpus(c, "polnear-dev", texts, 20);
            bench_corpus(c, "polnear-dev-joined", vec![joined], 10);
        }
        None => {
            eprintln!("../shared/data/polnear/dev.jsonl not found: skipping the polnear-dev corpus")
        }
    }
}

criterion_group!(benches, pipeline);
criterion_main!(benches);

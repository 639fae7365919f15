//! Regression test: the claims figures on PolNeAR dev (Citron's scheme) must not fall.
//! Reads `../shared/data` (relative to the project root); skips with a message when it is absent.

use std::path::PathBuf;

#[test]
fn polnear_dev_figures_hold() {
    let data = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data");
    if !data.join("polnear").join("dev.jsonl").exists() {
        eprintln!("skipping: no gold data at {}", data.display());
        return;
    }
    let s = sift_tools::claims::dev_scores(&data).expect("dev data reads");
    println!("{}", sift_tools::claims::report(&s));
    let floor = |name: &str, got: f64, reached: f64| {
        assert!(
            got >= reached - 0.005,
            "{name}: {got:.4} fell below {reached:.4} - 0.005"
        );
    };
    floor("direct-quote content F1", s.direct_content.f1(), 0.983);
    floor(
        "speaker accuracy on covered direct quotes",
        s.speaker_accuracy(),
        0.933,
    );
    floor("cue exact F1", s.cue_exact.f1(), 0.690);
    floor("cue exact F1 on quotations", s.quote_cue_exact.f1(), 0.824);
    floor(
        "content overlap F1 (all attributions)",
        s.content_overlap.f1(),
        0.858,
    );
    floor("source overlap F1", s.source_overlap.f1(), 0.757);
    floor("source exact F1", s.source_exact.f1(), 0.669);
}

/// PolNeAR dev has two articles with six annotations each: the annotators' agreement with one
/// another under the same scheme is the yardstick for Sift's figures on those articles.
#[test]
fn polnear_dev_annotator_agreement() {
    let data = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data");
    if !data.join("polnear").join("dev.jsonl").exists() {
        eprintln!("skipping: no gold data at {}", data.display());
        return;
    }
    let articles =
        sift_tools::jsonl::read::<sift_tools::claims::Article>(&data.join("polnear/dev.jsonl"))
            .expect("reads");
    let multiple = sift_tools::claims::multiply_annotated(&articles);
    assert_eq!(multiple.len(), 12, "two articles with six annotations each");
    let humans = sift_tools::claims::annotator_agreement(&multiple);
    assert_eq!(
        humans.articles, 60,
        "every ordered pair of annotations of an article"
    );
    // A property of the data under the scorer: it changes only if the scoring does.
    assert!(
        (humans.cue_exact.f1() - 0.8568).abs() < 5e-5,
        "annotators' cue exact F1 {:.4}",
        humans.cue_exact.f1()
    );
    let sift = sift_tools::claims::score_articles(&multiple);
    assert!(
        sift.cue_exact.f1() >= 0.832 - 0.005,
        "Sift's cue exact F1 on these articles {:.4}",
        sift.cue_exact.f1()
    );
    assert!(
        sift.direct_content.f1() >= 0.987 - 0.005,
        "Sift's direct-quote content F1 {:.4}",
        sift.direct_content.f1()
    );
}

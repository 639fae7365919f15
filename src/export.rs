//! Exports of an article's analysis: CSV tables of entities, numbers and claims (RFC 4180), and a
//! standalone annotated HTML page. Pure, tested natively; the app downloads what these return.
//! (The JSON export is `analyze()`'s own conversion, in `api.rs`.)

use crate::highlight::{highlights, nest, Layer, Node};
use sift_core::{Document, SourceType, Value};
use std::collections::HashMap;
use std::fmt::Write;

/// One CSV cell of text: quoted when it holds a quote, comma or line break (RFC 4180), and
/// prefixed with `'` when a spreadsheet would read it as a formula (`=`, `+`, `-`, `@`, tab, CR).
pub fn csv_text(s: &str) -> String {
    let guarded = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if guarded.contains(['"', ',', '\n', '\r']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

fn csv(header: &[&str], rows: impl Iterator<Item = Vec<String>>) -> String {
    let mut out = header.join(",");
    out.push_str("\r\n");
    for row in rows {
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}

/// The tables an analysis exports as CSV, one row per item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Table {
    /// One row per entity mention.
    Entities,
    /// One row per number with its value, unit, qualifier, range and what it counts.
    Numbers,
    /// One row per claim with its speaker, source, cue, hedges and the claimed words.
    Claims,
}

impl Table {
    /// The table's name in file names (`entities`).
    pub fn name(self) -> &'static str {
        match self {
            Table::Entities => "entities",
            Table::Numbers => "numbers",
            Table::Claims => "claims",
        }
    }

    fn header(self) -> &'static [&'static str] {
        match self {
            Table::Entities => &["start", "end", "text", "label", "entity"],
            Table::Numbers => &[
                "start",
                "end",
                "text",
                "kind",
                "value",
                "unit",
                "qualifier",
                "low",
                "high",
                "counted",
            ],
            Table::Claims => &[
                "start",
                "end",
                "kind",
                "speaker",
                "source_type",
                "source",
                "cue",
                "hedges",
                "has_numbers",
                "content",
                "text",
            ],
        }
    }

    /// The rows of `doc`, cells already written as CSV. Offsets are those of `doc`.
    fn rows(self, doc: &Document) -> Vec<Vec<String>> {
        match self {
            Table::Entities => doc.entities.iter().map(entity_row).collect(),
            Table::Numbers => doc.numbers.iter().map(number_row).collect(),
            Table::Claims => doc.claims.iter().map(claim_row).collect(),
        }
    }
}

fn entity_row(e: &sift_core::Entity) -> Vec<String> {
    vec![
        e.start.to_string(),
        e.end.to_string(),
        csv_text(&e.text),
        e.label.as_str().to_string(),
        csv_text(&e.entity),
    ]
}

fn number_row(n: &sift_core::Number) -> Vec<String> {
    let float = |v: Option<f64>| v.map(|v| v.to_string()).unwrap_or_default();
    let value = match &n.value {
        Some(Value::Number(v)) => v.to_string(),
        Some(Value::Text(t)) => csv_text(t),
        None => String::new(),
    };
    vec![
        n.start.to_string(),
        n.end.to_string(),
        csv_text(&n.text),
        n.kind.as_str().to_string(),
        value,
        csv_text(n.unit.as_deref().unwrap_or("")),
        qualifier_name(&n.qualifier),
        float(n.low),
        float(n.high),
        csv_text(n.counted.as_deref().unwrap_or("")),
    ]
}

/// The JSON spelling of a qualifier (`at_least`).
fn qualifier_name(q: &sift_core::Qualifier) -> String {
    match q {
        sift_core::Qualifier::Exact => "exact",
        sift_core::Qualifier::About => "about",
        sift_core::Qualifier::AtLeast => "at_least",
        sift_core::Qualifier::AtMost => "at_most",
        sift_core::Qualifier::Range => "range",
    }
    .to_string()
}

fn claim_row(c: &sift_core::Claim) -> Vec<String> {
    let source_type = match c.source_type {
        SourceType::NamedPerson => "named_person",
        SourceType::Organisation => "organisation",
        SourceType::Anonymous => "anonymous",
        SourceType::None => "none",
    };
    let content: Vec<&str> = c.content.iter().map(|s| s.text.as_str()).collect();
    vec![
        c.start.to_string(),
        c.end.to_string(),
        c.kind.as_str().to_string(),
        csv_text(c.speaker.as_deref().unwrap_or("")),
        source_type.to_string(),
        csv_text(c.source.as_ref().map_or("", |s| s.text.as_str())),
        csv_text(c.cue.as_ref().map_or("", |s| s.text.as_str())),
        csv_text(&c.hedges.join("; ")),
        c.has_numbers.to_string(),
        csv_text(&content.join(" … ")),
        csv_text(&c.text),
    ]
}

/// One article's table.
pub fn table_csv(table: Table, doc: &Document) -> String {
    csv(table.header(), table.rows(doc).into_iter())
}

/// Several articles' table in one: each row opens with its article's title, and offsets are
/// those of that article's text (every mention of a person, every figure, who said what,
/// across the library).
pub fn library_csv<'a>(
    table: Table,
    articles: impl Iterator<Item = (&'a str, &'a Document)>,
) -> String {
    let header: Vec<&str> = std::iter::once("article")
        .chain(table.header().iter().copied())
        .collect();
    csv(
        &header,
        articles.flat_map(|(title, doc)| {
            let title = csv_text(title);
            table.rows(doc).into_iter().map(move |row| {
                let mut cells = Vec::with_capacity(row.len() + 1);
                cells.push(title.clone());
                cells.extend(row);
                cells
            })
        }),
    )
}

/// Escapes text for HTML element content and attribute values.
pub fn html_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 16);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The styles of an exported page: the app's highlight colours, light and dark.
const EXPORT_CSS: &str = include_str!("export.css");

/// A file name for exports of an article titled `title`: letters, digits and dashes.
pub fn file_stem(title: &str) -> String {
    let mut stem = String::new();
    for c in title.chars() {
        if c.is_alphanumeric() {
            stem.extend(c.to_lowercase());
        } else if !stem.ends_with('-') && !stem.is_empty() {
            stem.push('-');
        }
        if stem.chars().count() >= 60 {
            break;
        }
    }
    let stem = stem.trim_end_matches('-');
    if stem.is_empty() {
        "article".to_string()
    } else {
        stem.to_string()
    }
}

/// A standalone HTML page of the article with the app's markup, `<mark data-kind data-label
/// data-entity>`, for the highlights `show` accepts. `doc` has byte offsets into `text`; entity
/// names go through `aliases` as in the app. Self-contained (inline CSS, no script, a
/// Content-Security-Policy that allows nothing else); every piece of text is escaped.
pub fn annotated_html(
    title: &str,
    text: &str,
    doc: &Document,
    aliases: &HashMap<String, String>,
    show: impl Fn(Layer, &str) -> bool,
) -> String {
    let tree = nest(text.len(), &highlights(doc, show));
    let mut body = String::with_capacity(text.len() * 2);
    write_nodes(&mut body, text, doc, aliases, &tree);
    // A text that opens with its title shows it once, as its own first line.
    let heading = if crate::loading::opens_with_title(title, text) {
        String::new()
    } else {
        format!("<h1>{}</h1>\n", html_escape(title))
    };
    let title = html_escape(title);
    format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"Sift\">\n<title>{title}</title>\n<style>\n{EXPORT_CSS}</style>\n</head>\n<body>\n\
         <main>\n{heading}\
         <p class=\"sift-legend\">Annotated by Sift: entities are underlined in colour with their type, numbers dashed, \
         claims dotted with their speaker.</p>\n\
         <div class=\"sift-text\">{body}</div>\n</main>\n</body>\n</html>\n"
    )
}

fn shown<'a>(aliases: &'a HashMap<String, String>, name: &'a str) -> &'a str {
    aliases.get(name).map(String::as_str).unwrap_or(name)
}

fn write_nodes(
    out: &mut String,
    text: &str,
    doc: &Document,
    aliases: &HashMap<String, String>,
    nodes: &[Node],
) {
    for node in nodes {
        match node {
            Node::Text { start, end } => {
                out.push_str(&html_escape(text.get(*start..*end).unwrap_or_default()))
            }
            Node::Mark {
                highlight,
                start,
                children,
                ..
            } => {
                let (label, entity, tip, speaker) = match highlight.layer {
                    Layer::Entity => {
                        let e = &doc.entities[highlight.index];
                        let name = shown(aliases, &e.entity);
                        (
                            e.label.as_str().to_string(),
                            Some(name.to_string()),
                            format!("{} · {name}", e.label.as_str()),
                            None,
                        )
                    }
                    Layer::Number => {
                        let n = &doc.numbers[highlight.index];
                        let value = match &n.value {
                            Some(Value::Number(v)) => format!(" · {v}"),
                            Some(Value::Text(t)) => format!(" · {t}"),
                            None => String::new(),
                        };
                        let unit = n
                            .unit
                            .as_deref()
                            .map(|u| format!(" {u}"))
                            .unwrap_or_default();
                        (
                            n.kind.as_str().to_string(),
                            None,
                            format!("{}{value}{unit}", n.kind.as_str()),
                            None,
                        )
                    }
                    Layer::Claim => {
                        let c = &doc.claims[highlight.index];
                        let speaker = c.speaker.as_deref().map(|s| shown(aliases, s).to_string());
                        let first = c.content.first().is_some_and(|p| p.start == *start);
                        let who = crate::excerpt::speaker_words(
                            speaker.as_deref(),
                            c.source.as_ref().map(|s| s.text.as_str()),
                        );
                        let label = first.then(|| {
                            crate::excerpt::speaker_tag(
                                speaker.as_deref(),
                                c.source.as_ref().map(|s| s.text.as_str()),
                            )
                        });
                        (
                            c.kind.as_str().to_string(),
                            speaker,
                            format!("Claim ({}) · {who}", c.kind.as_str()),
                            label,
                        )
                    }
                };
                let kind = highlight.layer.kind();
                let _ = write!(
                    out,
                    "<mark class=\"sift-mark sift-{kind}\" data-kind=\"{kind}\" data-label=\"{}\"",
                    html_escape(&label)
                );
                if let Some(entity) = entity {
                    let _ = write!(out, " data-entity=\"{}\"", html_escape(&entity));
                }
                if let Some((speaker, known)) = speaker {
                    let _ = write!(out, " data-speaker=\"{}\"", html_escape(&speaker));
                    if !known {
                        out.push_str(" data-unresolved=\"true\"");
                    }
                }
                let _ = write!(out, " title=\"{}\">", html_escape(&tip));
                write_nodes(out, text, doc, aliases, children);
                out.push_str("</mark>");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_and_guards_cells() {
        assert_eq!(csv_text("plain"), "plain");
        assert_eq!(csv_text("a, b"), "\"a, b\"");
        assert_eq!(csv_text("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_text("two\nlines"), "\"two\nlines\"");
        assert_eq!(csv_text("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_text("+1"), "'+1");
        assert_eq!(csv_text("-2"), "'-2");
        assert_eq!(csv_text("@SUM(A1)"), "'@SUM(A1)");
    }

    #[test]
    fn tables_have_a_header_and_one_row_per_item() {
        let text =
            "Vladimir Putin said on Monday that 3,000 troops, \"at least\", would stay in Ukraine.";
        let doc = sift_core::analyze(text);
        let entities = table_csv(Table::Entities, &doc);
        let lines: Vec<&str> = entities.split("\r\n").collect();
        assert_eq!(lines[0], "start,end,text,label,entity");
        assert_eq!(lines.len(), doc.entities.len() + 2, "{entities}");
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with("0,14,Vladimir Putin,PERSON,")),
            "{entities}"
        );
        let numbers = table_csv(Table::Numbers, &doc);
        assert!(
            numbers.starts_with("start,end,text,kind,value,unit,qualifier,low,high,counted\r\n")
        );
        assert!(
            numbers.contains("\"3,000 troops\"") || numbers.contains("\"3,000\""),
            "{numbers}"
        );
        let claims = table_csv(Table::Claims, &doc);
        assert_eq!(
            claims.split("\r\n").count(),
            doc.claims.len() + 2,
            "{claims}"
        );
        assert!(!doc.claims.is_empty());
    }

    #[test]
    fn a_library_table_opens_each_row_with_its_article() {
        let first = sift_core::analyze("Angela Merkel said the talks, in Paris, had gone well.");
        let second = sift_core::analyze("Emmanuel Macron met Olaf Scholz in Berlin.");
        let articles = [("Talks, day one", &first), ("Berlin", &second)];
        let table = library_csv(Table::Entities, articles.iter().map(|&(t, d)| (t, d)));
        let lines: Vec<&str> = table.split("\r\n").filter(|l| !l.is_empty()).collect();
        assert_eq!(lines[0], "article,start,end,text,label,entity");
        assert_eq!(
            lines.len(),
            1 + first.entities.len() + second.entities.len(),
            "{table}"
        );
        assert!(
            lines.contains(&"\"Talks, day one\",0,13,Angela Merkel,PERSON,Angela Merkel"),
            "{table}"
        );
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with("Berlin,0,15,Emmanuel Macron,PERSON,")),
            "{table}"
        );
        // Each row is the article's own row with the title in front.
        let own = table_csv(Table::Entities, &second);
        for row in own.split("\r\n").skip(1).filter(|l| !l.is_empty()) {
            assert!(
                lines.contains(&format!("Berlin,{row}").as_str()),
                "{row} in {table}"
            );
        }
        let claims = library_csv(Table::Claims, articles.iter().map(|&(t, d)| (t, d)));
        assert!(
            claims.starts_with("article,start,end,kind,speaker,"),
            "{claims}"
        );
        assert_eq!(
            claims.split("\r\n").filter(|l| !l.is_empty()).count(),
            1 + first.claims.len() + second.claims.len()
        );
        assert_eq!(
            library_csv(Table::Numbers, std::iter::empty()),
            "article,start,end,text,kind,value,unit,qualifier,low,high,counted\r\n"
        );
    }

    #[test]
    fn html_is_standalone_escaped_and_marked() {
        let text = "<script>alert(1)</script> Angela Merkel said \"it is done\" & left Berlin.";
        let doc = sift_core::analyze_bytes(text);
        let html = annotated_html("A <b>title</b>", text, &doc, &HashMap::new(), |_, _| true);
        assert!(!html.contains("<script"), "{html}");
        assert!(
            html.contains("&lt;script&gt;alert(") && html.contains("&lt;/script&gt;"),
            "{html}"
        );
        assert!(html.contains("<title>A &lt;b&gt;title&lt;/b&gt;</title>"));
        assert!(html.contains("<h1>A &lt;b&gt;title&lt;/b&gt;</h1>"));
        // A text that opens with its title has no second heading.
        let own = annotated_html(
            "Talks in Helsinki",
            "Talks in Helsinki\n\nPutin met Trump.",
            &doc,
            &HashMap::new(),
            |_, _| true,
        );
        assert!(
            own.contains("<title>Talks in Helsinki</title>") && !own.contains("<h1>"),
            "{own}"
        );
        assert!(
            html.contains(
                "data-kind=\"entity\" data-label=\"PERSON\" data-entity=\"Angela Merkel\""
            ),
            "{html}"
        );
        assert!(html.contains("default-src 'none'"));
        // Hidden layers stay unmarked.
        let html = annotated_html("t", text, &doc, &HashMap::new(), |layer, _| {
            layer != Layer::Entity
        });
        assert!(!html.contains("data-kind=\"entity\" data-label=\"PERSON\" data-entity"));
    }

    #[test]
    fn file_names() {
        assert_eq!(
            file_stem("Trump may meet Putin — as soon as next week!"),
            "trump-may-meet-putin-as-soon-as-next-week"
        );
        assert_eq!(file_stem("“”"), "article");
    }
}

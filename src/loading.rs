//! Turning what the reader loads (file bytes, pasted text) into article text, with a clear message
//! for anything that is not a readable text. Pure: the browser parts (reading a `File`, parsing
//! HTML) live in the components.

/// Files larger than this are refused: the reader gets a message instead of a frozen tab.
pub const MAX_FILE_BYTES: usize = 50 * 1024 * 1024;

/// What kind of text a file holds, by its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Plain,
    Html,
    Markdown,
}

pub fn format_of(name: &str) -> Format {
    let lower = name.to_ascii_lowercase();
    if lower.ends_with(".html") || lower.ends_with(".htm") || lower.ends_with(".xhtml") {
        Format::Html
    } else if lower.ends_with(".md") || lower.ends_with(".markdown") {
        Format::Markdown
    } else {
        Format::Plain
    }
}

/// The text a Markdown file shows when rendered: headings, quotes, emphasis, code marks, links
/// and images lose their markup and keep their words ("[the report](https://…)" is "the
/// report"); reference definitions and rules go. Lists and paragraphs stay as lines.
pub fn markdown_to_text(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    let mut fenced = false;
    for line in markdown.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            fenced = !fenced;
            continue;
        }
        if fenced {
            out.push_str(line);
            out.push('\n');
            continue;
        }
        let mut rest = trimmed;
        while let Some(quoted) = rest.strip_prefix('>') {
            rest = quoted.trim_start();
        }
        // "---", "* * *", "===": one mark repeated (spaces between allowed).
        let mark = rest.chars().next().unwrap_or(' ');
        let is_rule = rest.len() >= 3
            && matches!(mark, '-' | '*' | '_' | '=')
            && rest.chars().all(|c| c == mark || c == ' ');
        let is_reference =
            rest.starts_with('[') && rest.find("]:").is_some_and(|i| !rest[..i].contains(']'));
        if is_rule || is_reference {
            out.push('\n');
            continue;
        }
        let heading = rest.trim_start_matches('#');
        if heading.len() < rest.len()
            && rest.len() - heading.len() <= 6
            && (heading.is_empty() || heading.starts_with(' '))
        {
            rest = heading.trim().trim_end_matches('#').trim_end();
        }
        out.push_str(&markdown_inline(rest));
        out.push('\n');
    }
    out
}

/// One line's inline markup taken away.
fn markdown_inline(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    let word = |c: Option<&char>| c.is_some_and(|c| c.is_alphanumeric());
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\\' if chars.get(i + 1).is_some_and(|n| n.is_ascii_punctuation()) => {
                out.push(chars[i + 1]);
                i += 2;
                continue;
            }
            // [text](url), [text][ref], ![alt](url): the words.
            '!' | '[' => {
                let open = if c == '!' { i + 1 } else { i };
                if chars.get(open) == Some(&'[') {
                    if let Some(close) = (open + 1..chars.len()).find(|&j| chars[j] == ']') {
                        let target_end = match chars.get(close + 1) {
                            Some('(') => (close + 2..chars.len()).find(|&j| chars[j] == ')'),
                            Some('[') => (close + 2..chars.len()).find(|&j| chars[j] == ']'),
                            _ => None,
                        };
                        if let Some(end) = target_end {
                            let inner: String = chars[open + 1..close].iter().collect();
                            out.push_str(&markdown_inline(&inner));
                            i = end + 1;
                            continue;
                        }
                    }
                }
                out.push(c);
            }
            '`' => {}
            // Emphasis marks: at the edge of a word, not inside one ("snake_case", "2*3").
            '*' | '_' => {
                let before = i.checked_sub(1).and_then(|j| chars.get(j));
                let mut run = i;
                while chars.get(run) == Some(&c) {
                    run += 1;
                }
                let after = chars.get(run);
                let inside = word(before) && word(after);
                let alone = before.is_none_or(|b| b.is_whitespace())
                    && after.is_none_or(|a| a.is_whitespace());
                if inside || alone {
                    out.extend(&chars[i..run]);
                }
                i = run;
                continue;
            }
            _ => out.push(c),
        }
        i += 1;
    }
    out
}

/// Decoded text of a file, with a notice when something was repaired.
#[derive(Debug, PartialEq)]
pub struct Decoded {
    pub text: String,
    pub notice: Option<String>,
}

/// Recognisable binary formats, by their first bytes.
fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"%PDF", "a PDF document"),
        (b"\x89PNG", "a PNG image"),
        (b"\xFF\xD8\xFF", "a JPEG image"),
        (b"GIF8", "a GIF image"),
        (b"PK\x03\x04", "a zip archive (or an Office document)"),
        (b"\x1F\x8B", "a gzip archive"),
        (b"RIFF", "a media file"),
        (b"\x7FELF", "a program"),
        (b"\xD0\xCF\x11\xE0", "an old Office document"),
        (
            b"{\\rtf",
            "a rich-text (RTF) document: save it as plain text",
        ),
    ];
    MAGIC
        .iter()
        .find(|(m, _)| bytes.starts_with(m))
        .map(|(_, k)| *k)
}

/// The message for a file of `size` bytes that is too large to open, if it is.
pub fn too_large(name: &str, size: f64) -> Option<String> {
    (size > MAX_FILE_BYTES as f64).then(|| {
        format!(
            "“{name}” is {:.1} MB; Sift opens files up to {} MB. Split it into smaller files.",
            size / 1_048_576.0,
            MAX_FILE_BYTES / 1_048_576
        )
    })
}

/// Decodes a loaded file: refuses binary, empty and oversized files with a message that says
/// what to do; decodes invalid UTF-8 with replacement characters and says so.
pub fn decode(name: &str, bytes: &[u8]) -> Result<Decoded, String> {
    if let Some(message) = too_large(name, bytes.len() as f64) {
        return Err(message);
    }
    if let Some(kind) = binary_kind(bytes) {
        return Err(format!("“{name}” is not a text file (it looks like {kind}). Open a .txt, .md or .html file, or paste the article's text."));
    }
    let sample = &bytes[..bytes.len().min(8192)];
    if sample.iter().filter(|&&b| b == 0).count() > 0 {
        return Err(format!("“{name}” is not a text file. Open a .txt, .md or .html file, or paste the article's text."));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let (text, notice) = match std::str::from_utf8(bytes) {
        Ok(t) => (t.to_string(), None),
        Err(_) => (
            String::from_utf8_lossy(bytes).into_owned(),
            Some(format!(
                "“{name}” is not valid UTF-8: unreadable bytes are shown as �."
            )),
        ),
    };
    if text.trim().is_empty() {
        return Err(format!("“{name}” is empty: there is nothing to analyse."));
    }
    Ok(Decoded { text, notice })
}

/// Neutralises event-handler attributes (`onerror=`, `onload=` …) inside the tags of an HTML
/// document before the browser parses it. The parse is inert and nothing would run, but the browser
/// still reports each handler it refuses; renamed, they are plain data attributes.
pub fn defuse_handlers(html: &str) -> std::borrow::Cow<'_, str> {
    use regex::Regex;
    use std::sync::OnceLock;
    static TAG: OnceLock<Regex> = OnceLock::new();
    static HANDLER: OnceLock<Regex> = OnceLock::new();
    let tag = TAG.get_or_init(|| Regex::new(r"<[A-Za-z][^>]*>").expect("valid regex"));
    let handler =
        HANDLER.get_or_init(|| Regex::new(r"(\s)[oO][nN](\w+\s*=)").expect("valid regex"));
    tag.replace_all(html, |caps: &regex::Captures| {
        handler
            .replace_all(&caps[0], "${1}data-sift-defused-${2}")
            .into_owned()
    })
}

/// A title for pasted text: its first line, shortened.
pub fn title_of(text: &str) -> String {
    // Control characters (a NUL, an escape) would show as boxes or nothing in a title.
    let first = text
        .lines()
        .map(|l| l.chars().filter(|c| !c.is_control()).collect::<String>())
        .map(|l| l.trim().to_string())
        .find(|l| !l.is_empty())
        .unwrap_or_else(|| "Untitled".to_string());
    let mut title: String = first.chars().take(70).collect();
    if first.chars().count() > 70 {
        title.push('…');
    }
    title
}

/// Why pasted text is not an article's, if it is not: binary data pasted as text (control
/// characters other than line breaks and tabs in more than one character in a hundred, or a NUL).
pub fn pasted_problem(text: &str) -> Option<String> {
    if text.trim().is_empty() {
        return Some("Paste an article's text first.".to_string());
    }
    let control = text
        .chars()
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        .count();
    (text.contains('\0') || control * 100 > text.chars().count()).then(|| {
        "The pasted text looks like binary data (it holds control characters), not an article. Paste the article's text, or open it as a .txt or .html file.".to_string()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pasted_binary_is_refused_and_titles_have_no_control_characters() {
        assert!(pasted_problem("Angela Merkel said on Friday\tthat\r\nit was over.").is_none());
        assert!(pasted_problem("  \n ")
            .unwrap()
            .contains("Paste an article"));
        assert!(
            pasted_problem("ab\0cd and a long text that follows it for a while")
                .unwrap()
                .contains("binary")
        );
        let noise: String = (0..200)
            .map(|i| if i % 10 == 0 { '\u{1b}' } else { 'x' })
            .collect();
        assert!(pasted_problem(&noise)
            .unwrap()
            .contains("control characters"));
        assert_eq!(
            title_of("\u{1b}[31mAlarm\u{7} bells\nbody"),
            "[31mAlarm bells"
        );
    }

    #[test]
    fn markdown_reads_as_its_rendered_text() {
        let md = "# Talks in *Helsinki* #\n\n> **Putin** said [the talks](https://example.org/a) went _well_.\n\n---\n\n- a snake_case name, 2*3 and `code`\n![Map](m.png) and \\*stars\\*\n[the talks]: https://example.org/a\n```\n*kept* as is\n```\n";
        assert_eq!(
            markdown_to_text(md),
            "Talks in Helsinki\n\nPutin said the talks went well.\n\n\n\n- a snake_case name, 2*3 and code\nMap and *stars*\n\n*kept* as is\n"
        );
        assert_eq!(format_of("notes.MD"), Format::Markdown);
    }

    #[test]
    fn refuses_binary_empty_and_huge() {
        assert!(decode("a.pdf", b"%PDF-1.7 ...")
            .unwrap_err()
            .contains("not a text file"));
        assert!(decode("a.png", b"\x89PNG\r\n").unwrap_err().contains("PNG"));
        assert!(decode("a.rtf", b"{\\rtf1\\ansi Hello}")
            .unwrap_err()
            .contains("RTF"));
        assert!(decode("a.bin", b"ab\0cd")
            .unwrap_err()
            .contains("not a text file"));
        assert!(decode("e.txt", b"  \n ").unwrap_err().contains("empty"));
        let big = vec![b'a'; MAX_FILE_BYTES + 1];
        assert!(decode("big.txt", &big).unwrap_err().contains("50 MB"));
        // The size said is the file's own, also for a file that is never read.
        assert_eq!(
            too_large("huge.txt", 62.9 * 1_048_576.0).as_deref(),
            Some(
                "“huge.txt” is 62.9 MB; Sift opens files up to 50 MB. Split it into smaller files."
            )
        );
        assert_eq!(too_large("ok.txt", 1000.0), None);
    }

    #[test]
    fn repairs_invalid_utf8_with_a_notice() {
        let d = decode("x.txt", b"caf\xE9 ok").unwrap();
        assert_eq!(d.text, "caf\u{FFFD} ok");
        assert!(d.notice.unwrap().contains("UTF-8"));
        let d = decode("bom.txt", b"\xEF\xBB\xBFhello").unwrap();
        assert_eq!((d.text.as_str(), d.notice), ("hello", None));
    }

    #[test]
    fn handlers_are_defused_only_inside_tags() {
        let html = r#"<p>Say onclick= here</p><img src=x onerror="alert(1)" ONLOAD='y'>"#;
        assert_eq!(
            defuse_handlers(html),
            r#"<p>Say onclick= here</p><img src=x data-sift-defused-error="alert(1)" data-sift-defused-LOAD='y'>"#
        );
    }

    #[test]
    fn titles_and_formats() {
        assert_eq!(title_of("\n  Headline here \nbody"), "Headline here");
        assert_eq!(format_of("A.HTM"), Format::Html);
        assert_eq!(format_of("a.md"), Format::Markdown);
        assert_eq!(format_of("a.txt"), Format::Plain);
    }
}

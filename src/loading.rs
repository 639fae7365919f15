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
    /// Rich Text Format, recognised by its opening `{\rtf` whatever the file's name.
    Rtf,
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

/// A Markdown document without its front matter: the settings between a first line `---` (YAML)
/// or `+++` (TOML) and the next such line are not part of the text.
fn without_front_matter(markdown: &str) -> &str {
    for fence in ["---", "+++"] {
        let Some(rest) = markdown
            .strip_prefix(fence)
            .and_then(|r| r.strip_prefix('\n').or_else(|| r.strip_prefix("\r\n")))
        else {
            continue;
        };
        let mut at = 0;
        for line in rest.split_inclusive('\n') {
            at += line.len();
            if line.trim_end() == fence {
                return &rest[at..];
            }
        }
    }
    markdown
}

/// Whether a Markdown line (its indentation trimmed) opens or closes a fenced code block.
fn is_fence(trimmed: &str) -> bool {
    trimmed.starts_with("```") || trimmed.starts_with("~~~")
}

/// A Markdown document's title: its first heading ("# Talks in *Helsinki*" is "Talks in
/// Helsinki"), outside code blocks.
pub fn markdown_title(markdown: &str) -> Option<String> {
    let markdown = without_front_matter(markdown);
    let mut fenced = false;
    for line in markdown.lines() {
        let trimmed = line.trim_start();
        if is_fence(trimmed) {
            fenced = !fenced;
            continue;
        }
        // An ATX heading: one to six "#" and a space ("#hashtag" is not one).
        let level = trimmed.chars().take_while(|&c| c == '#').count();
        if !fenced && (1..=6).contains(&level) && trimmed[level..].starts_with([' ', '\t']) {
            let title = title_of(&markdown_to_text(trimmed));
            if title != "Untitled" {
                return Some(title);
            }
        }
    }
    None
}

/// The text a Markdown file shows when rendered: headings, quotes, emphasis, code marks, links
/// and images lose their markup and keep their words ("[the report](https://…)" is "the
/// report"); reference definitions and rules go. Lists and paragraphs stay as lines.
pub fn markdown_to_text(markdown: &str) -> String {
    let markdown = without_front_matter(markdown);
    let mut out = String::with_capacity(markdown.len());
    let mut fenced = false;
    for line in markdown.lines() {
        let trimmed = line.trim_start();
        if is_fence(trimmed) {
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

/// The text of an RTF document: the words and paragraphs it shows, without its formatting,
/// font and colour tables, pictures, headers, footers or field codes. Letters written as
/// `\uN` and `\'hh` (Windows-1252) are read; a `\'hh` byte of another code page is read as �,
/// and the second value says that happened. Unbalanced braces and unknown control words are
/// passed over, never refused.
pub fn rtf_to_text(rtf: &[u8]) -> (String, bool) {
    /// Destinations whose content is not part of the text shown.
    const HIDDEN: &[&str] = &[
        "annotation",
        "atnauthor",
        "atnid",
        "author",
        "bkmkend",
        "bkmkstart",
        "colortbl",
        "colorschememapping",
        "datastore",
        "docvar",
        "falt",
        "filetbl",
        "fldinst",
        "fonttbl",
        "footer",
        "footerf",
        "footerl",
        "footerr",
        "footnote",
        "generator",
        "header",
        "headerf",
        "headerl",
        "headerr",
        "info",
        "latentstyles",
        "listoverridetable",
        "listtable",
        "mmathPr",
        "nonshppict",
        "object",
        "objdata",
        "operator",
        "pgdsctbl",
        "pict",
        "revtbl",
        "rsidtbl",
        "stylesheet",
        "template",
        "themedata",
        "title",
        "userprops",
        "xmlnstbl",
    ];
    #[derive(Clone, Copy)]
    struct Group {
        hidden: bool,
        /// How many fallback characters follow a `\uN`.
        uc: usize,
    }
    let mut out = String::with_capacity(rtf.len() / 2);
    let mut unreadable = false;
    let mut group = Group {
        hidden: false,
        uc: 1,
    };
    let mut outer: Vec<Group> = Vec::new();
    let mut windows_1252 = true;
    let utf8 = std::str::from_utf8(rtf).is_ok();
    // Fallback characters still to skip after a `\uN`, and a high surrogate awaiting its pair.
    let mut fallback = 0usize;
    let mut high: Option<u32> = None;
    let mut i = 0;
    while i < rtf.len() {
        let b = rtf[i];
        i += 1;
        match b {
            b'{' => {
                outer.push(group);
                fallback = 0;
            }
            b'}' => {
                group = outer.pop().unwrap_or(group);
                fallback = 0;
            }
            b'\r' | b'\n' => {}
            b'\\' => {
                let Some(&next) = rtf.get(i) else { break };
                if next.is_ascii_alphabetic() {
                    let start = i;
                    while rtf.get(i).is_some_and(u8::is_ascii_alphabetic) {
                        i += 1;
                    }
                    let word = std::str::from_utf8(&rtf[start..i]).unwrap_or("");
                    let digits = i;
                    if rtf.get(i) == Some(&b'-') {
                        i += 1;
                    }
                    while rtf.get(i).is_some_and(u8::is_ascii_digit) && i - digits < 10 {
                        i += 1;
                    }
                    let param: Option<i64> = std::str::from_utf8(&rtf[digits..i])
                        .ok()
                        .and_then(|p| p.parse().ok());
                    if rtf.get(i) == Some(&b' ') {
                        i += 1;
                    }
                    if HIDDEN.contains(&word) {
                        group.hidden = true;
                        continue;
                    }
                    if word == "bin" {
                        // Raw binary data of that many bytes.
                        i = i.saturating_add(param.unwrap_or(0).max(0) as usize);
                        continue;
                    }
                    if word == "uc" {
                        group.uc = param.unwrap_or(1).clamp(0, 8) as usize;
                        continue;
                    }
                    if word == "ansicpg" {
                        windows_1252 = param == Some(1252);
                        continue;
                    }
                    if group.hidden {
                        continue;
                    }
                    if matches!(word, "par" | "sect" | "page") {
                        // A paragraph: a blank line, as the reader separates paragraphs.
                        out.push_str("\n\n");
                        continue;
                    }
                    let shown = match word {
                        "line" | "row" => Some('\n'),
                        "tab" => Some('\t'),
                        "cell" => Some(' '),
                        "emdash" => Some('—'),
                        "endash" => Some('–'),
                        "lquote" => Some('‘'),
                        "rquote" => Some('’'),
                        "ldblquote" => Some('“'),
                        "rdblquote" => Some('”'),
                        "bullet" => Some('•'),
                        "emspace" | "enspace" | "qmspace" => Some(' '),
                        "u" => {
                            fallback = group.uc;
                            // A signed 16-bit value: negative numbers stand for 32768 and up.
                            let unit = (param.unwrap_or(0).rem_euclid(65_536)) as u32;
                            match (high.take(), unit) {
                                (_, 0xD800..=0xDBFF) => {
                                    high = Some(unit);
                                    None
                                }
                                (Some(h), 0xDC00..=0xDFFF) => {
                                    char::from_u32(0x10000 + ((h - 0xD800) << 10) + (unit - 0xDC00))
                                }
                                (_, unit) => Some(char::from_u32(unit).unwrap_or('\u{FFFD}')),
                            }
                        }
                        _ => None,
                    };
                    // A control character written as `\u0` is no letter of the text.
                    out.extend(shown.filter(|c| !c.is_control() || matches!(c, '\t' | '\n')));
                    continue;
                }
                i += 1;
                match next {
                    b'\'' => {
                        let byte = rtf
                            .get(i..i + 2)
                            .and_then(|h| std::str::from_utf8(h).ok())
                            .and_then(|h| u8::from_str_radix(h, 16).ok());
                        if byte.is_some() {
                            i += 2;
                        }
                        if fallback > 0 {
                            fallback -= 1;
                        } else if let (Some(byte), false) = (byte, group.hidden) {
                            let c = if byte < 0x80 || windows_1252 {
                                windows_1252_char(byte)
                            } else {
                                '\u{FFFD}'
                            };
                            unreadable |= c == '\u{FFFD}';
                            if !c.is_control() {
                                out.push(c);
                            }
                        }
                    }
                    b'*' => group.hidden = true,
                    // A backslash before a line break is a `\par`.
                    b'\r' | b'\n' if !group.hidden => out.push_str("\n\n"),
                    b'~' if !group.hidden => out.push('\u{A0}'),
                    b'_' if !group.hidden => out.push('‑'),
                    b'\\' | b'{' | b'}' if !group.hidden => {
                        if fallback > 0 {
                            fallback -= 1;
                        } else {
                            out.push(next as char);
                        }
                    }
                    _ => {}
                }
            }
            _ if fallback > 0 => fallback -= 1,
            _ if group.hidden => {}
            b'\t' => out.push('\t'),
            _ if b < 0x20 => {}
            // Raw letters: UTF-8 when the whole file is (some writers put them in unescaped),
            // else the document's code page.
            _ if b >= 0x80 && utf8 => {
                let len = match b {
                    0xF0.. => 4,
                    0xE0.. => 3,
                    _ => 2,
                };
                let piece = rtf
                    .get(i - 1..(i - 1 + len).min(rtf.len()))
                    .unwrap_or_default();
                out.push_str(std::str::from_utf8(piece).unwrap_or("\u{FFFD}"));
                i = (i - 1 + len).min(rtf.len()).max(i);
            }
            _ => out.push(if b < 0x80 || windows_1252 {
                windows_1252_char(b)
            } else {
                unreadable = true;
                '\u{FFFD}'
            }),
        }
    }
    // Lines keep their own text; trailing spaces (left by `\par ` and friends) go, and so do
    // blank lines beyond one (empty paragraphs set space, not text).
    let mut text = String::with_capacity(out.len());
    let mut blank = 0;
    for line in out.trim().split('\n') {
        let line = line.trim_end();
        blank = if line.is_empty() { blank + 1 } else { 0 };
        if blank < 2 {
            text.push_str(line);
            text.push('\n');
        }
    }
    text.pop();
    (text, unreadable)
}

/// A byte of the Windows-1252 code page as a character (Latin-1, except 0x80–0x9F).
fn windows_1252_char(byte: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{FFFD}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{FFFD}', 'Ž',
        '\u{FFFD}', '\u{FFFD}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ',
        '\u{FFFD}', 'ž', 'Ÿ',
    ];
    match byte {
        0x80..=0x9F => HIGH[(byte - 0x80) as usize],
        _ => byte as char,
    }
}

/// Decoded text of a file, with a notice when something was repaired.
#[derive(Debug, PartialEq)]
pub struct Decoded {
    pub text: String,
    pub notice: Option<String>,
    /// How `text` is to be read: by the file's name, except that an RTF document is recognised by
    /// its content and is already plain text here.
    pub format: Format,
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
    decode_as(name, bytes, None)
}

/// The encodings a text can be declared in (a `charset` of an HTTP response).
#[derive(Clone, Copy, Debug, PartialEq)]
enum Charset {
    Utf8,
    Utf16Le,
    Utf16Be,
    /// Windows-1252, which browsers also read for a declared Latin-1 or ASCII.
    Windows1252,
}

/// The charset named in a `Content-Type` header, when Sift reads it.
fn declared_charset(content_type: &str) -> Option<Charset> {
    let value = content_type
        .split(';')
        .filter_map(|p| p.trim().split_once('='))
        .find(|(k, _)| k.trim().eq_ignore_ascii_case("charset"))?
        .1
        .trim()
        .trim_matches('"')
        .to_ascii_lowercase();
    match value.as_str() {
        "utf-8" | "utf8" => Some(Charset::Utf8),
        "utf-16" | "utf-16le" => Some(Charset::Utf16Le),
        "utf-16be" => Some(Charset::Utf16Be),
        "iso-8859-1" | "latin1" | "l1" | "windows-1252" | "cp1252" | "us-ascii" | "ascii" => {
            Some(Charset::Windows1252)
        }
        _ => None,
    }
}

/// UTF-16 text as a string, with a replacement character for each unpaired surrogate: (text,
/// whether any was).
fn utf16_to_text(bytes: &[u8], little_endian: bool) -> (String, bool) {
    let units = bytes.chunks_exact(2).map(|p| {
        let pair = [p[0], p[1]];
        if little_endian {
            u16::from_le_bytes(pair)
        } else {
            u16::from_be_bytes(pair)
        }
    });
    let mut broken = bytes.len() % 2 == 1;
    let text = char::decode_utf16(units)
        .map(|c| {
            c.unwrap_or_else(|_| {
                broken = true;
                '\u{FFFD}'
            })
        })
        .collect();
    (text, broken)
}

/// Whether bytes that are not valid UTF-8 read better as Windows-1252 (Western European): no
/// letter in them is UTF-8, so they were written in an 8-bit code page, not damaged in transit.
fn looks_8bit(bytes: &[u8]) -> bool {
    !bytes
        .utf8_chunks()
        .any(|chunk| chunk.valid().chars().any(|c| !c.is_ascii()))
}

/// [`decode`] with the charset a server declared (`Content-Type`), which wins over guessing.
pub fn decode_as(name: &str, bytes: &[u8], content_type: Option<&str>) -> Result<Decoded, String> {
    if let Some(message) = too_large(name, bytes.len() as f64) {
        return Err(message);
    }
    if bytes.starts_with(b"{\\rtf") || bytes.starts_with(b"\xEF\xBB\xBF{\\rtf") {
        return read_rtf(name, bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes));
    }
    read_text(name, bytes, content_type)
}

/// Text in any encoding Sift reads, as it is written (an RTF file's markup included), of any
/// size: the command line's reader. Binary data is refused; an empty text is an error.
pub fn read_text(name: &str, bytes: &[u8], content_type: Option<&str>) -> Result<Decoded, String> {
    if let Some(kind) = binary_kind(bytes) {
        let lower = name.to_ascii_lowercase();
        if [".docx", ".doc", ".odt", ".pages"]
            .iter()
            .any(|e| lower.ends_with(e))
        {
            return Err(format!("“{name}” is a Word document: save it as RTF or plain text, or paste the article's text."));
        }
        return Err(format!("“{name}” is not a text file (it looks like {kind}). Open a .txt, .md, .html or .rtf file, or paste the article's text."));
    }
    // A byte-order mark, or a declared charset, says how the text is written.
    let declared = content_type.and_then(declared_charset);
    let utf16 = match (bytes, declared) {
        ([0xFF, 0xFE, ..], _) => Some((&bytes[2..], true)),
        ([0xFE, 0xFF, ..], _) => Some((&bytes[2..], false)),
        (_, Some(Charset::Utf16Le)) => Some((bytes, true)),
        (_, Some(Charset::Utf16Be)) => Some((bytes, false)),
        _ => None,
    };
    if let Some((units, little_endian)) = utf16 {
        let (text, broken) = utf16_to_text(units, little_endian);
        return finish_decoded(
            name,
            text,
            broken.then(|| format!("“{name}” has broken UTF-16: unreadable parts are shown as �.")),
        );
    }
    // Binary data is full of NULs; a text may hold a stray one or two (a damaged copy, a
    // database export), which are dropped with a notice rather than costing the whole file.
    let sample = &bytes[..bytes.len().min(8192)];
    let nuls = sample.iter().filter(|&&b| b == 0).count();
    if nuls > 8 || nuls * 200 > sample.len() {
        return Err(format!("“{name}” is not a text file. Open a .txt, .md, .html or .rtf file, or paste the article's text."));
    }
    let without_nuls: Vec<u8>;
    let mut stray_nuls = None;
    let mut bytes = bytes;
    if bytes.contains(&0) {
        without_nuls = bytes.iter().copied().filter(|&b| b != 0).collect();
        bytes = &without_nuls;
        stray_nuls = Some(format!(
            "“{name}” held NUL characters, which were left out."
        ));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let windows_1252 = || {
        bytes
            .iter()
            .map(|&b| windows_1252_char(b))
            .collect::<String>()
    };
    let (text, notice) = match (std::str::from_utf8(bytes), declared) {
        // A declared Latin-1 is believed unless the text is plainly UTF-8 (a server's default).
        (_, Some(Charset::Windows1252)) if looks_8bit(bytes) => (windows_1252(), None),
        (Ok(t), _) => (t.to_string(), None),
        (Err(_), _) if looks_8bit(bytes) => (
            windows_1252(),
            Some(format!(
                "“{name}” is not UTF-8: it was read as Windows-1252 (Western European). If letters look wrong, save it as UTF-8 and open it again."
            )),
        ),
        (Err(_), _) => (
            String::from_utf8_lossy(bytes).into_owned(),
            Some(format!(
                "“{name}” is not valid UTF-8: unreadable bytes are shown as �."
            )),
        ),
    };
    finish_decoded(name, text, notice.or(stray_nuls))
}

/// An RTF document as the text it shows.
fn read_rtf(name: &str, bytes: &[u8]) -> Result<Decoded, String> {
    let (text, unreadable) = rtf_to_text(bytes);
    if text.trim().is_empty() {
        return Err(format!("“{name}” has no article text."));
    }
    let notice = unreadable.then(|| {
        format!("“{name}” uses a code page Sift does not read: some letters are shown as �.")
    });
    Ok(Decoded {
        text,
        notice,
        format: Format::Rtf,
    })
}

fn finish_decoded(name: &str, text: String, notice: Option<String>) -> Result<Decoded, String> {
    if text.trim().is_empty() {
        return Err(format!("“{name}” is empty: there is nothing to analyse."));
    }
    Ok(Decoded {
        text,
        notice,
        format: format_of(name),
    })
}

/// The address to fetch for what was typed in the URL box: http(s) only, https:// assumed when no
/// scheme is written ("example.com/article").
pub fn web_address(typed: &str) -> Result<String, String> {
    let typed = typed.trim();
    let scheme = typed.split_once(':').map(|(s, _)| s).filter(|s| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
            && !s.contains('.')
    });
    match scheme.map(str::to_ascii_lowercase).as_deref() {
        Some("http" | "https") => Ok(typed.to_string()),
        // "localhost:8080/a" names a host and port, not a scheme.
        Some(s) if s == "localhost" => Ok(format!("http://{typed}")),
        Some(s) => Err(format!(
            "Sift reads web pages (http:// or https:// addresses), not “{s}:” links. Open a saved file or paste the text instead."
        )),
        None => Ok(format!("https://{typed}")),
    }
}

/// A fetched document decoded as an opened file is, named by the last part of its address and
/// read by its `Content-Type` (HTML, Markdown, RTF or text) and charset: (name, decoded).
pub fn decode_fetched(
    url: &str,
    bytes: &[u8],
    content_type: Option<&str>,
) -> (String, Result<Decoded, String>) {
    let path = url.split(['?', '#']).next().unwrap_or(url);
    let last = path
        .trim_end_matches('/')
        .rsplit('/')
        .next()
        .unwrap_or(path);
    let name = if last.is_empty() || last.contains(':') {
        url
    } else {
        last
    }
    .to_string();
    let mime = content_type
        .and_then(|t| t.split(';').next())
        .map(|t| t.trim().to_ascii_lowercase())
        .unwrap_or_default();
    let mut decoded = decode_as(&name, bytes, content_type);
    if let Ok(d) = &mut decoded {
        let by_type = match mime.as_str() {
            "text/html" | "application/xhtml+xml" => Some(Format::Html),
            "text/markdown" => Some(Format::Markdown),
            _ => None,
        };
        if d.format != Format::Rtf {
            // A page without an extension ("/news/article-123") is HTML when it looks like it.
            d.format = by_type.unwrap_or(match d.format {
                Format::Plain if d.text.trim_start().starts_with('<') => Format::Html,
                other => other,
            });
        }
    }
    (name, decoded)
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
        // At a word's end, where there is one.
        if let Some(space) = title.rfind(' ').filter(|&i| i > 30) {
            title.truncate(space);
        }
        title = format!(
            "{}…",
            title.trim_end_matches([' ', ',', ';', ':', '-', '–', '—'])
        );
    }
    title
}

/// Whether the article's text opens with its title (a pasted article's first line, an HTML or
/// Markdown heading kept as the text's first line): the reader then shows the title to screen
/// readers only, so that it is not seen twice.
pub fn opens_with_title(title: &str, text: &str) -> bool {
    let words = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let Some(first) = text.lines().map(str::trim).find(|l| !l.is_empty()) else {
        return false;
    };
    let (first, title) = (words(first), words(title));
    match title.strip_suffix('…') {
        Some(shortened) => !shortened.is_empty() && first.starts_with(shortened),
        None => !title.is_empty() && first == title,
    }
}

/// Why pasted text is not an article's, if it is not: binary data pasted as text (control
/// characters other than line breaks and tabs in more than one character in a hundred, or a NUL).
pub fn pasted_problem(text: &str) -> Option<String> {
    // Zero-width characters and byte-order marks are invisible: text of only those is empty.
    let invisible = |c: char| {
        c.is_whitespace() || matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}')
    };
    if text.chars().all(invisible) {
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
        for invisible in ["\u{200B}\u{200B}", "\u{FEFF}", " \u{2060}\n\u{200D}"] {
            assert_eq!(
                pasted_problem(invisible).as_deref(),
                Some("Paste an article's text first."),
                "{invisible:?}"
            );
        }
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
        assert_eq!(markdown_title(md).as_deref(), Some("Talks in Helsinki"));
        assert_eq!(
            markdown_title("```\n# not a title\n```\ntext\n## Later *one*").as_deref(),
            Some("Later one")
        );
        assert_eq!(markdown_title("no heading\n#hashtag only"), None);
        // Front matter is settings, not text.
        let fronted = "---\nlayout: post\ntitle: x\n---\n# Floods hit Valencia\nRain fell.\n";
        assert_eq!(
            markdown_to_text(fronted),
            "Floods hit Valencia\nRain fell.\n"
        );
        assert_eq!(
            markdown_title(fronted).as_deref(),
            Some("Floods hit Valencia")
        );
        // Unclosed, it is no front matter: the line is a rule, and the text stays.
        assert_eq!(markdown_to_text("---\nnot closed"), "\nnot closed\n");
    }

    #[test]
    fn rtf_reads_as_the_text_it_shows() {
        // As TextEdit writes it: tables first, Windows-1252 escapes, \uc0 Unicode, a trailing \par.
        let textedit = b"{\\rtf1\\ansi\\ansicpg1252\\cocoartf2761\n{\\fonttbl\\f0\\fswiss\\fcharset0 Helvetica;}\n{\\colortbl;\\red255\\green255\\blue255;}\n{\\*\\expandedcolortbl;;}\n\\paperw11900\\pardirnatural\\partightenfactor0\n\n\\f0\\b\\fs24 \\cf0 Talks in Helsinki\\\n\n\\b0 Angela Merkel said the caf\\'e9 talks were \\'93useful\\'94 \\uc0\\u8212  Putin agreed.}";
        let (text, unreadable) = rtf_to_text(textedit);
        assert_eq!(
            text,
            "Talks in Helsinki\n\nAngela Merkel said the caf\u{e9} talks were \u{201c}useful\u{201d} \u{2014} Putin agreed."
        );
        assert!(!unreadable);
        // As Word writes it: \u with a one-character fallback, a field (its result kept, its code
        // not), a hidden destination, a picture, escaped braces, a surrogate pair, named quotes.
        let word = br#"{\rtf1\adeflang1025\ansi\ansicpg1252\uc1 {\info{\title Draft}{\author A. N. Other}}{\*\rsidtbl \rsid123}{\header Page header}
\pard\plain Zelenskiy said:\ldblquote {\field{\*\fldinst HYPERLINK "https://example.org"}{\fldrslt pressure worked}}\rdblquote  \u8211\'96 in Kyiv {\pict\pngblip 89504e47}\{1\}\par
\u-10179?\u-8704? and \'80 5\tab done\line next}"#;
        let (text, unreadable) = rtf_to_text(word);
        assert_eq!(
            text,
            "Zelenskiy said:\u{201c}pressure worked\u{201d} \u{2013} in Kyiv {1}\n\n\u{1f600} and \u{20ac} 5\tdone\nnext"
        );
        assert!(!unreadable);
        // Another code page's bytes cannot be read without its table: they show as �, and say so.
        let (text, unreadable) =
            rtf_to_text(b"{\\rtf1\\ansi\\ansicpg1251 \\'cf\\'f3\\'f2\\'e8\\'ed said}");
        assert_eq!(
            (text.as_str(), unreadable),
            ("\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD} said", true)
        );
        // Letters written raw in UTF-8 (some writers do) read as such; empty paragraphs add no
        // more than one blank line.
        let (text, _) = rtf_to_text("{\\rtf1 S\u{fc}ddeutsche\\par\\par\\par Zeitung}".as_bytes());
        assert_eq!(text, "S\u{fc}ddeutsche\n\nZeitung");
        // Broken documents give what text they have, and no panic.
        for broken in [
            &b"{\\rtf1 open {{{ group"[..],
            b"{\\rtf1 x}}}} y",
            b"{\\rtf1 \\",
            b"{\\rtf1 \\'",
            b"{\\rtf1 \\'4",
            b"{\\rtf1 \\u-99999999999999999999 \\bin99999999999999 z",
            b"{\\rtf1 \\u55296 \\u56320 \\u65 end",
        ] {
            let _ = rtf_to_text(broken);
        }
        assert_eq!(rtf_to_text(b"{\\rtf1 open{{{ group").0, "open group");
        assert_eq!(rtf_to_text(b"{\\rtf1 x}}}} y").0, "x y");
        // A file is recognised by its content, whatever its name, and an empty one is refused.
        let d = decode("memo.txt", b"{\\rtf1\\ansi Hello \\b world\\b0 .}").unwrap();
        assert_eq!((d.text.as_str(), d.format), ("Hello world.", Format::Rtf));
        assert!(decode("e.rtf", b"{\\rtf1{\\fonttbl x}}")
            .unwrap_err()
            .contains("no article text"));
        assert!(decode("c.rtf", b"{\\rtf1\\ansicpg1251 \\'cf}")
            .unwrap()
            .notice
            .unwrap()
            .contains("code page"));
    }

    #[test]
    fn no_input_makes_the_readers_fail() {
        // Random documents built from what RTF and Markdown treat specially, and from bytes that
        // are not UTF-8 or only part of a character: every one gives some text, and no panic.
        const PIECES: &[&[u8]] = &[
            b"{",
            b"}",
            b"\\",
            b"\\'",
            b"\\u",
            b"\\uc",
            b"\\bin",
            b"\\par",
            b"\\*",
            b"\\fonttbl",
            b"-",
            b"9",
            b"65535",
            b"a",
            b"f",
            b" ",
            b"\n",
            b"\r",
            b"\xC3",
            b"\xA9",
            b"\xF0\x9F",
            b"\xFF",
            b"#",
            b"---",
            b"```",
            b"[",
            b"](",
            b")",
            b"*",
            b"_",
            b"`",
            b">",
            b"!",
        ];
        let mut seed: u64 = 0x5eed;
        let mut next = move || {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as usize
        };
        for _ in 0..20_000 {
            let mut doc = b"{\\rtf1 ".to_vec();
            for _ in 0..next() % 40 {
                doc.extend_from_slice(PIECES[next() % PIECES.len()]);
            }
            let (text, _) = rtf_to_text(&doc);
            assert!(
                text.chars()
                    .all(|c| !c.is_control() || matches!(c, '\t' | '\n')),
                "{text:?}"
            );
            let _ = decode("x.rtf", &doc);
            let lossy = String::from_utf8_lossy(&doc[7..]);
            let _ = markdown_to_text(&lossy);
            let _ = markdown_title(&lossy);
            let _ = title_of(&lossy);
        }
    }

    #[test]
    fn refuses_binary_empty_and_huge() {
        assert!(decode("a.pdf", b"%PDF-1.7 ...")
            .unwrap_err()
            .contains("not a text file"));
        assert!(decode("a.png", b"\x89PNG\r\n").unwrap_err().contains("PNG"));
        assert!(decode("report.docx", b"PK\x03\x04...")
            .unwrap_err()
            .contains("a Word document: save it as RTF or plain text"));
        assert!(decode("a.bin", b"ab\0cd")
            .unwrap_err()
            .contains("not a text file"));
        assert!(decode("e.txt", b"  \n ").unwrap_err().contains("empty"));
        // A stray NUL in a long text is dropped, with a notice; the text is read.
        let mut stray = b"Angela Merkel said on Friday that it was over. ".repeat(10);
        stray.insert(100, 0);
        let read = decode("stray.txt", &stray).unwrap();
        assert_eq!(
            read.text,
            "Angela Merkel said on Friday that it was over. ".repeat(10)
        );
        assert!(read
            .notice
            .unwrap()
            .contains("NUL characters, which were left out"));
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
    fn web_addresses_and_fetched_documents() {
        assert_eq!(
            web_address(" https://example.org/a ").unwrap(),
            "https://example.org/a"
        );
        assert_eq!(web_address("HTTP://x.org").unwrap(), "HTTP://x.org");
        assert_eq!(
            web_address("example.org/news/1").unwrap(),
            "https://example.org/news/1"
        );
        assert_eq!(
            web_address("localhost:8080/a.txt").unwrap(),
            "http://localhost:8080/a.txt"
        );
        for bad in [
            "ftp://example.org/a.txt",
            "javascript:alert(1)",
            "file:///tmp/a.txt",
        ] {
            assert!(
                web_address(bad)
                    .unwrap_err()
                    .contains("http:// or https://"),
                "{bad}"
            );
        }
        // Binary answers are refused as opened files are; the name is the address's last part.
        let (name, png) = decode_fetched(
            "https://x.org/img/photo.png?w=2",
            b"\x89PNG\r\n",
            Some("image/png"),
        );
        assert_eq!(name, "photo.png");
        assert!(png.unwrap_err().contains("PNG"));
        let (_, wasm) = decode_fetched("https://x.org/app.wasm", b"\0asm\x01\0\0\0", None);
        assert!(wasm.unwrap_err().contains("not a text file"));
        // A page without an extension is HTML by its type, or by its look.
        let (name, page) = decode_fetched(
            "https://x.org/news/",
            b"<p>Hi</p>",
            Some("text/html; charset=utf-8"),
        );
        assert_eq!(
            (name.as_str(), page.unwrap().format),
            ("news", Format::Html)
        );
        let (_, page) = decode_fetched("https://x.org/story-1", b" <!doctype html><p>Hi</p>", None);
        assert_eq!(page.unwrap().format, Format::Html);
        let (_, text) = decode_fetched(
            "https://x.org/a.txt",
            b"caf\xE9",
            Some("text/plain; charset=iso-8859-1"),
        );
        assert_eq!(text.unwrap().text, "café");
        let (name, _) = decode_fetched("https://x.org", b"x", None);
        assert_eq!(name, "x.org");
    }

    #[test]
    fn reads_utf16_and_windows_1252() {
        // Notepad's "Unicode" (UTF-16 LE with a byte-order mark), and big-endian.
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("“Café” 🇺🇦".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let d = decode("utf16le.txt", &le).unwrap();
        assert_eq!((d.text.as_str(), d.notice), ("“Café” 🇺🇦", None));
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("Kyiv".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(decode("utf16be.txt", &be).unwrap().text, "Kyiv");
        // A lone surrogate is replaced, and said.
        let broken = decode("b.txt", &[0xFF, 0xFE, b'a', 0, 0x00, 0xD8]).unwrap();
        assert_eq!(broken.text, "a\u{FFFD}");
        assert!(broken.notice.unwrap().contains("UTF-16"));
        // A declared charset without a byte-order mark.
        let d = decode_as("page", &le[2..], Some("text/plain; charset=UTF-16")).unwrap();
        assert_eq!(d.text, "“Café” 🇺🇦");
        // A file in an 8-bit code page: its curly quotes and accents kept, with a notice.
        let d = decode("cp1252.txt", b"\x93Caf\xE9\x94, she said").unwrap();
        assert_eq!(d.text, "“Café”, she said");
        assert!(d.notice.unwrap().contains("Windows-1252"));
        // Declared Latin-1: no notice; but text that is plainly UTF-8 stays UTF-8.
        let d = decode_as("page", b"caf\xE9", Some("text/html; charset=ISO-8859-1")).unwrap();
        assert_eq!((d.text.as_str(), d.notice), ("café", None));
        let d = decode_as(
            "page",
            "café".as_bytes(),
            Some("text/html; charset=\"latin1\""),
        )
        .unwrap();
        assert_eq!(d.text, "café");
    }

    #[test]
    fn repairs_invalid_utf8_with_a_notice() {
        // UTF-8 with a damaged byte is still UTF-8.
        let d = decode("x.txt", b"caf\xC3\xA9 \xE9 ok").unwrap();
        assert_eq!(d.text, "café \u{FFFD} ok");
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
        assert_eq!(
            title_of("Trump warns Russia of “very severe consequences” if Russia snubs the talks on Ukraine"),
            "Trump warns Russia of “very severe consequences” if Russia snubs the…"
        );
        let long = "Trump warns Russia of “very severe consequences” if Russia snubs the talks on Ukraine\nbody";
        assert!(opens_with_title(&title_of(long), long));
        assert!(opens_with_title(
            "Headline here",
            "\n  Headline  here \nbody"
        ));
        assert!(!opens_with_title(
            "Talks in Helsinki",
            "Putin and Trump met.\nTalks in Helsinki"
        ));
        assert!(!opens_with_title("Untitled", "   "));
        assert!(!opens_with_title("…", "text"));
        assert_eq!(format_of("A.HTM"), Format::Html);
        assert_eq!(format_of("a.md"), Format::Markdown);
        assert_eq!(format_of("a.txt"), Format::Plain);
    }
}

//! The view in the URL: which article (by a hash of its text), the selected entity and the hidden
//! layers and labels, as `#a=<hash>&sel=<entity>&hide=<name>,<name>`. Pure, tested natively; the
//! app reads it at start and keeps it up to date with `history.replaceState`.
//!
//! ```
//! use sift_web::share::{decode, encode, View};
//! let view = View { article: Some("00ff".into()), selected: Some("Donald Trump".into()), hidden: vec!["number".into(), "LOC".into()] };
//! assert_eq!(encode(&view), "a=00ff&sel=Donald%20Trump&hide=number,LOC");
//! assert_eq!(decode("#a=00ff&sel=Donald%20Trump&hide=number,LOC"), view);
//! ```

/// What a shared link restores.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct View {
    /// [`content_hash`] of the article's text.
    pub article: Option<String>,
    /// The selected entity (the name shown for it).
    pub selected: Option<String>,
    /// Hidden layers (`entity`, `number`, `claim`) and labels (`PERSON`, `MONEY`, …).
    pub hidden: Vec<String>,
}

/// Identifies an article by its content: 64-bit FNV-1a of the UTF-8 text, 16 hex digits. The
/// same text gives the same hash in every browser, so a link finds the article in a library.
pub fn content_hash(text: &str) -> String {
    format!("{:016x}", sift_core::entities::features::hash_str(text))
}

/// Percent-encodes everything but unreserved characters (RFC 3986), so names with `&`, `,`, `#`
/// or spaces survive.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes percent escapes (and `+` as a space); malformed escapes stay as written and invalid
/// UTF-8 becomes replacement characters, so any hash decodes to something.
fn unescape(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push((h * 16 + l) as u8);
                    i += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
            b'+' => out.push(b' '),
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The URL fragment for `view`, without the leading `#` (empty for the default view).
pub fn encode(view: &View) -> String {
    let mut parts = Vec::new();
    if let Some(a) = &view.article {
        parts.push(format!("a={}", escape(a)));
    }
    if let Some(s) = &view.selected {
        parts.push(format!("sel={}", escape(s)));
    }
    if !view.hidden.is_empty() {
        parts.push(format!(
            "hide={}",
            view.hidden
                .iter()
                .map(|h| escape(h))
                .collect::<Vec<_>>()
                .join(",")
        ));
    }
    parts.join("&")
}

/// Reads a URL fragment (with or without `#`). Unknown keys are ignored; empty values are absent.
pub fn decode(fragment: &str) -> View {
    let mut view = View::default();
    for part in fragment.trim_start_matches('#').split('&') {
        let (key, value) = part.split_once('=').unwrap_or((part, ""));
        match key {
            "a" if !value.is_empty() => view.article = Some(unescape(value)),
            "sel" if !value.is_empty() => view.selected = Some(unescape(value)),
            "hide" => {
                view.hidden = value
                    .split(',')
                    .filter(|v| !v.is_empty())
                    .map(unescape)
                    .collect()
            }
            _ => {}
        }
    }
    view
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_awkward_names() {
        let view = View {
            article: Some(content_hash("Zoë said: “yes”.")),
            selected: Some("AT&T, Inc. #1 = 100% Zoë".to_string()),
            hidden: vec![
                "claim".to_string(),
                "WORK_OF_ART".to_string(),
                "a,b".to_string(),
            ],
        };
        let fragment = encode(&view);
        assert!(
            !fragment.contains(' ')
                && !fragment.contains('#')
                && fragment.matches('&').count() == 2,
            "{fragment}"
        );
        assert_eq!(decode(&format!("#{fragment}")), view);
    }

    #[test]
    fn tolerates_anything() {
        assert_eq!(decode(""), View::default());
        assert_eq!(decode("#"), View::default());
        assert_eq!(
            decode("#sel=%&a=%zz&hide=,,x&junk"),
            View {
                article: Some("%zz".to_string()),
                selected: Some("%".to_string()),
                hidden: vec!["x".to_string()],
            }
        );
        assert_eq!(
            decode("#sel=%FF%FE").selected.as_deref(),
            Some("\u{fffd}\u{fffd}")
        );
        assert_eq!(
            decode("#sel=Kim+Jong%20Un").selected.as_deref(),
            Some("Kim Jong Un")
        );
        assert_eq!(encode(&View::default()), "");
    }

    #[test]
    fn hashes_identify_content() {
        assert_eq!(content_hash(""), "cbf29ce484222325");
        assert_eq!(content_hash("a"), "af63dc4c8601ec8c");
        assert_ne!(
            content_hash("Putin met Trump."),
            content_hash("Putin met Trump!")
        );
        assert_eq!(
            content_hash("Putin met Trump."),
            content_hash("Putin met Trump.")
        );
    }
}

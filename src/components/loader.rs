use crate::loading::{self, Format};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

/// The outcome of loading something: articles (title, text) and messages.
#[derive(Default)]
pub struct Loaded {
    pub articles: Vec<(String, String)>,
    pub errors: Vec<String>,
    pub notices: Vec<String>,
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub on_loaded: Callback<Loaded>,
}

/// Reduces an HTML document to its article text, with its title (its first `<h1>`, or else its
/// `<title>`) when it has one. The browser's parser builds an inert document: no script runs,
/// nothing is fetched.
pub fn html_to_text(html: &str) -> (Option<String>, String) {
    let Ok(parser) = web_sys::DomParser::new() else {
        return (None, String::new());
    };
    let html = loading::defuse_handlers(html);
    let Ok(doc) = parser.parse_from_string(&html, web_sys::SupportedType::TextHtml) else {
        return (None, String::new());
    };
    let title = [
        doc.query_selector("article h1, main h1, h1")
            .ok()
            .flatten()
            .and_then(|h| h.text_content()),
        Some(doc.title()),
    ]
    .into_iter()
    .flatten()
    .map(|t| loading::title_of(&t.split_whitespace().collect::<Vec<_>>().join(" ")))
    .find(|t| !t.is_empty() && t != "Untitled");
    if let Ok(junk) = doc.query_selector_all(
        "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg",
    ) {
        for i in 0..junk.length() {
            if let Some(node) = junk.item(i) {
                if let Some(parent) = node.parent_node() {
                    let _ = parent.remove_child(&node);
                }
            }
        }
    }
    let root = doc
        .query_selector("article")
        .ok()
        .flatten()
        .or_else(|| doc.query_selector("main").ok().flatten())
        .or_else(|| doc.body().map(|b| b.into()));
    let Some(root) = root else {
        return (title, String::new());
    };
    // Block elements become paragraphs.
    let mut out = String::new();
    if let Ok(blocks) = root.query_selector_all("h1, h2, h3, h4, p, li, blockquote, pre, td") {
        for i in 0..blocks.length() {
            if let Some(text) = blocks.item(i).and_then(|n| n.text_content()) {
                let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
                if !text.is_empty() {
                    out.push_str(&text);
                    out.push_str("\n\n");
                }
            }
        }
    }
    if out.trim().is_empty() {
        out = root.text_content().unwrap_or_default();
    }
    (title, out.trim().to_string())
}

/// Reads files into articles; each failure is reported and never stops the others.
pub async fn read_files(files: Vec<web_sys::File>) -> Loaded {
    let mut loaded = Loaded::default();
    for file in files {
        let name = file.name();
        if let Some(message) = loading::too_large(&name, file.size()) {
            loaded.errors.push(message);
            continue;
        }
        let bytes = match JsFuture::from(file.array_buffer()).await {
            Ok(buf) => js_sys::Uint8Array::new(&buf).to_vec(),
            Err(_) => {
                loaded.errors.push(format!("“{name}” could not be read."));
                continue;
            }
        };
        // Titled by the document's own heading when it has one, else by the file's name.
        let stem = name
            .rsplit_once('.')
            .map_or(name.as_str(), |(stem, _)| stem);
        add_article(&mut loaded, loading::decode(&name, &bytes), &name, |_| {
            stem.to_string()
        });
    }
    loaded
}

/// Adds a decoded document to `loaded` as an article (its text read by its format), or why not.
fn add_article(
    loaded: &mut Loaded,
    decoded: Result<loading::Decoded, String>,
    name: &str,
    fallback_title: impl FnOnce(&str) -> String,
) {
    let decoded = match decoded {
        Ok(decoded) => decoded,
        Err(message) => return loaded.errors.push(message),
    };
    let (heading, text) = match decoded.format {
        Format::Html => html_to_text(&decoded.text),
        Format::Markdown => (
            loading::markdown_title(&decoded.text),
            loading::markdown_to_text(&decoded.text),
        ),
        Format::Plain | Format::Rtf => (None, decoded.text),
    };
    if text.trim().is_empty() {
        return loaded.errors.push(format!("“{name}” has no article text."));
    }
    loaded.notices.extend(decoded.notice);
    let title = heading.unwrap_or_else(|| fallback_title(&text));
    loaded.articles.push((title, text));
}

/// Fetches an article from a URL (https:// is assumed when none is written). Many sites forbid
/// other origins from reading their pages; the message says so and what to do instead. What comes
/// back is read as an opened file is: by its type and charset, and refused when it is not text.
pub async fn fetch_url(url: String) -> Loaded {
    let mut loaded = Loaded::default();
    let Some(window) = web_sys::window() else {
        return loaded;
    };
    let url = match loading::web_address(&url) {
        Ok(url) => url,
        Err(message) => {
            loaded.errors.push(message);
            return loaded;
        }
    };
    let response = match JsFuture::from(window.fetch_with_str(&url)).await {
        Ok(r) => r.unchecked_into::<web_sys::Response>(),
        Err(_) => {
            loaded.errors.push(format!(
                "Could not read {url}: the site does not allow other pages to read it (or it is offline). \
                 Open the article in a tab, save it as HTML or copy its text, then open or paste it here."
            ));
            return loaded;
        }
    };
    if !response.ok() {
        loaded.errors.push(format!(
            "Could not read {url}: the server answered {}.",
            response.status()
        ));
        return loaded;
    }
    let content_type = response.headers().get("content-type").ok().flatten();
    let bytes = match response.array_buffer() {
        Ok(promise) => match JsFuture::from(promise).await {
            Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
            Err(_) => {
                loaded
                    .errors
                    .push(format!("Could not read {url}: the download broke off."));
                return loaded;
            }
        },
        Err(_) => return loaded,
    };
    let (name, decoded) = loading::decode_fetched(&url, &bytes, content_type.as_deref());
    add_article(&mut loaded, decoded, &name, loading::title_of);
    loaded
}

/// Paste, open files or fetch a URL.
#[function_component(Loader)]
pub fn loader(props: &Props) -> Html {
    let text = use_node_ref();
    let url = use_node_ref();
    let on_paste_submit = {
        let text = text.clone();
        let on_loaded = props.on_loaded.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(area) = text.cast::<web_sys::HtmlTextAreaElement>() else {
                return;
            };
            let value = area.value();
            let mut loaded = Loaded::default();
            if let Some(problem) = loading::pasted_problem(&value) {
                loaded.errors.push(problem);
            } else {
                loaded.articles.push((loading::title_of(&value), value));
                area.set_value("");
            }
            on_loaded.emit(loaded);
        })
    };
    let on_files = {
        let on_loaded = props.on_loaded.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() else {
                return;
            };
            let files = input
                .files()
                .map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect())
                .unwrap_or_default();
            input.set_value("");
            let on_loaded = on_loaded.clone();
            wasm_bindgen_futures::spawn_local(
                async move { on_loaded.emit(read_files(files).await) },
            );
        })
    };
    let on_url_submit = {
        let url = url.clone();
        let on_loaded = props.on_loaded.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(input) = url.cast::<web_sys::HtmlInputElement>() else {
                return;
            };
            let value = input.value().trim().to_string();
            if value.is_empty() {
                return;
            }
            let on_loaded = on_loaded.clone();
            wasm_bindgen_futures::spawn_local(
                async move { on_loaded.emit(fetch_url(value).await) },
            );
        })
    };
    // Open at first in a wide window. On a phone it is one row above the articles, where it
    // also comes in the keyboard's order, and opens when wanted.
    let wide = use_memo((), |_| {
        web_sys::window()
            .and_then(|w| w.inner_width().ok())
            .and_then(|w| w.as_f64())
            .is_none_or(|w| w > 900.0)
    });
    html! {
        <details class="sift-loader" open={*wide}>
            <summary>{"Add an article"}</summary>
            <form class="sift-paste" onsubmit={on_paste_submit}>
                <label for="sift-paste-text">{"Paste an article"}</label>
                <textarea id="sift-paste-text" ref={text} rows="4"
                          placeholder="Paste text here (or press Ctrl+V anywhere), or drop files on the page" />
                <button type="submit">{"Analyse"}</button>
            </form>
            <div class="sift-open">
                <label class="sift-file-button">
                    {"Open files…"}
                    <input type="file" multiple=true accept=".txt,.md,.markdown,.html,.htm,.rtf,text/plain,text/html,text/markdown,text/rtf,application/rtf" onchange={on_files} />
                </label>
                // Checked by `web_address`, which takes "example.org/news" too and says what is wrong.
                <form class="sift-url" onsubmit={on_url_submit} novalidate=true>
                    <label for="sift-url-input">{"Article URL"}</label>
                    <input id="sift-url-input" type="url" ref={url} placeholder="https://…" />
                    <button type="submit">{"Fetch"}</button>
                </form>
            </div>
            <p class="sift-privacy">{"Everything stays in this browser: what you paste, drop or open is sent nowhere. Fetch asks the article's own site for it, as opening the link would."}</p>
        </details>
    }
}

use crate::export::{annotated_html, claims_csv, entities_csv, file_stem, numbers_csv};
use crate::highlight::Layer;
use crate::state::Article;
use std::collections::{BTreeSet, HashMap};
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub article: Option<Rc<Article>>,
    pub hidden_layers: BTreeSet<Layer>,
    pub hidden_labels: BTreeSet<String>,
    pub aliases: Rc<HashMap<String, String>>,
    /// A download could not be made: what went wrong.
    pub on_error: Callback<String>,
}

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Json,
    Entities,
    Numbers,
    Claims,
    Html,
}

/// Saves `content` as a file named `name` through a Blob URL and an `<a download>`.
fn download(name: &str, mime: &str, content: &str) -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    wasm_bindgen_futures::spawn_local(async move {
        yew::platform::time::sleep(std::time::Duration::from_secs(10)).await;
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    Ok(())
}

/// What the annotated page shows: the layers and labels shown now, and the merged entity names.
struct View {
    hidden_layers: BTreeSet<Layer>,
    hidden_labels: BTreeSet<String>,
    aliases: Rc<HashMap<String, String>>,
}

fn export(view: &View, article: &Article, format: Format) -> Result<(), String> {
    let stem = file_stem(&article.title);
    let utf16 = || crate::api::utf16_document(&article.text, article.doc.clone());
    let (name, mime, content) = match format {
        Format::Json => {
            let value = crate::api::to_js(&utf16())
                .map_err(|_| "the analysis could not be converted".to_string())?;
            let json = js_sys::JSON::stringify_with_replacer_and_space(
                &value,
                &JsValue::NULL,
                &JsValue::from(2),
            )
            .map_err(|_| "the analysis could not be written as JSON".to_string())?;
            (
                format!("{stem}.json"),
                "application/json",
                String::from(json),
            )
        }
        Format::Entities => (
            format!("{stem}-entities.csv"),
            "text/csv;charset=utf-8",
            entities_csv(&utf16()),
        ),
        Format::Numbers => (
            format!("{stem}-numbers.csv"),
            "text/csv;charset=utf-8",
            numbers_csv(&utf16()),
        ),
        Format::Claims => (
            format!("{stem}-claims.csv"),
            "text/csv;charset=utf-8",
            claims_csv(&utf16()),
        ),
        Format::Html => {
            let (layers, labels) = (&view.hidden_layers, &view.hidden_labels);
            let html = annotated_html(
                &article.title,
                &article.text,
                &article.doc,
                &view.aliases,
                |layer, label| !layers.contains(&layer) && !labels.contains(label),
            );
            (format!("{stem}.html"), "text/html;charset=utf-8", html)
        }
    };
    download(&name, mime, &content).map_err(|_| format!("{name} could not be saved"))
}

/// Downloads of the current article: its analysis as JSON or CSV, or an annotated HTML page.
#[function_component(ExportMenu)]
pub fn export_menu(props: &Props) -> Html {
    let Some(article) = props.article.clone() else {
        return html! {};
    };
    let button = |format: Format, text: &str, what: &str| {
        let article = article.clone();
        let on_error = props.on_error.clone();
        let view = View {
            hidden_layers: props.hidden_layers.clone(),
            hidden_labels: props.hidden_labels.clone(),
            aliases: props.aliases.clone(),
        };
        let onclick = Callback::from(move |_: MouseEvent| {
            if let Err(e) = export(&view, &article, format) {
                on_error.emit(e);
            }
        });
        html! {
            <li><button type="button" class="sift-export-button" data-format={text.to_lowercase().replace(' ', "-")} title={what.to_string()} {onclick}>{ text }</button></li>
        }
    };
    html! {
        <details class="sift-export">
            <summary>{"Export"}</summary>
            <ul class="sift-export-menu" aria-label="Export the current article">
                { button(Format::Json, "JSON", "The analysis, as analyze() returns it (UTF-16 offsets)") }
                { button(Format::Entities, "Entities CSV", "One row per entity mention") }
                { button(Format::Numbers, "Numbers CSV", "One row per number, with value and unit") }
                { button(Format::Claims, "Claims CSV", "One row per claim, with speaker and cue") }
                { button(Format::Html, "Annotated HTML", "A standalone page with the highlights shown now") }
            </ul>
        </details>
    }
}

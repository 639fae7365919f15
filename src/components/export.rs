use crate::export::{annotated_html, file_stem, library_csv, table_csv, Table};
use crate::highlight::Layer;
use crate::state::Article;
use std::collections::{BTreeSet, HashMap};
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub article: Option<Rc<Article>>,
    /// Every article in the library, for the tables of them all.
    pub library: Vec<Rc<Article>>,
    pub hidden_layers: BTreeSet<Layer>,
    pub hidden_labels: BTreeSet<String>,
    pub aliases: Rc<HashMap<String, String>>,
    /// A download could not be made: what went wrong.
    pub on_error: Callback<String>,
}

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Json,
    /// A table of the current article.
    Csv(Table),
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
        Format::Csv(table) => (
            format!("{stem}-{}.csv", table.name()),
            "text/csv;charset=utf-8",
            table_csv(table, &utf16()),
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

/// One table of every article in the library, in library order, each row opening with its
/// article's title; offsets are UTF-16, as in the current article's tables. Every article must
/// have been analysed, so that no row is missing from the file.
fn export_library(library: &[Rc<Article>], table: Table) -> Result<(), String> {
    let waiting = library.iter().filter(|a| !a.analysed).count();
    if waiting > 0 {
        return Err(format!(
            "{waiting} of {} articles are still being analysed: export all articles once they are done",
            library.len()
        ));
    }
    let docs: Vec<(&str, sift_core::Document)> = library
        .iter()
        .map(|a| {
            (
                a.title.as_str(),
                crate::api::utf16_document(&a.text, a.doc.clone()),
            )
        })
        .collect();
    let content = library_csv(table, docs.iter().map(|(title, doc)| (*title, doc)));
    let name = format!("sift-library-{}.csv", table.name());
    download(&name, "text/csv;charset=utf-8", &content)
        .map_err(|_| format!("{name} could not be saved"))
}

/// Downloads of the current article (its analysis as JSON or CSV, or an annotated HTML page) and,
/// when the library holds several articles, the tables of all of them.
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
    let library_button = |table: Table, text: &str, what: &str| {
        let library = props.library.clone();
        let on_error = props.on_error.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            if let Err(e) = export_library(&library, table) {
                on_error.emit(e);
            }
        });
        html! {
            <li><button type="button" class="sift-export-button" data-format={format!("library-{}-csv", table.name())} title={what.to_string()} {onclick}>{ text }</button></li>
        }
    };
    let several = props.library.len() > 1;
    // The menu closes on Esc (back on its summary) and when the focus leaves it (a click elsewhere).
    let menu = use_node_ref();
    let close = |menu: &NodeRef| {
        if let Some(details) = menu.cast::<web_sys::Element>() {
            let _ = details.remove_attribute("open");
        }
    };
    let onkeydown = {
        let menu = menu.clone();
        Callback::from(move |e: KeyboardEvent| {
            let open = menu
                .cast::<web_sys::Element>()
                .is_some_and(|d| d.has_attribute("open"));
            if e.key() == "Escape" && open {
                e.prevent_default();
                close(&menu);
                if let Some(summary) = menu
                    .cast::<web_sys::Element>()
                    .and_then(|d| d.query_selector("summary").ok().flatten())
                    .and_then(|s| s.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = summary.focus();
                }
            }
        })
    };
    let onfocusout = {
        let menu = menu.clone();
        Callback::from(move |e: FocusEvent| {
            let inside = e
                .related_target()
                .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
                .zip(menu.cast::<web_sys::Node>())
                .is_some_and(|(to, details)| details.contains(Some(&to)));
            if !inside {
                close(&menu);
            }
        })
    };
    html! {
        <details class="sift-export" ref={menu} {onkeydown} {onfocusout}>
            <summary>{"Export"}</summary>
            <div class="sift-export-menu">
                <ul aria-label="Export the current article">
                    { button(Format::Json, "JSON", "The analysis, as analyze() returns it (UTF-16 offsets)") }
                    { button(Format::Csv(Table::Entities), "Entities CSV", "One row per entity mention") }
                    { button(Format::Csv(Table::Numbers), "Numbers CSV", "One row per number, with value and unit") }
                    { button(Format::Csv(Table::Claims), "Claims CSV", "One row per claim, with speaker and cue") }
                    { button(Format::Html, "Annotated HTML", "A standalone page with the highlights shown now") }
                </ul>
                if several {
                    <p class="sift-export-group" id="sift-export-library">{ format!("All {} articles", props.library.len()) }</p>
                    <ul aria-labelledby="sift-export-library">
                        { library_button(Table::Entities, "Entities CSV, all articles", "Every entity mention in the library, one row each, with its article") }
                        { library_button(Table::Numbers, "Numbers CSV, all articles", "Every number in the library, one row each, with its article") }
                        { library_button(Table::Claims, "Claims CSV, all articles", "Every claim in the library, one row each, with its article") }
                    </ul>
                }
            </div>
        </details>
    }
}

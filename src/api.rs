//! The JavaScript API of `sift.js`: `analyze`, `mount`, `runApp` (and, in the embed layer,
//! `annotate` and `<sift-explorer>`). Offsets crossing into JavaScript are UTF-16 code units,
//! converted here by [`sift_core::OffsetMap`] — the only place that conversion happens.

use crate::app::{sample_articles, App, AppProps};
use crate::highlight::Layer;
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The app's stylesheet, also put inside each embedded explorer's shadow root.
pub const STYLESHEET: &str = include_str!("../www/sift.css");

/// Turns any panic into a visible banner (besides the console message). Every entry point of the
/// module calls it; calling it again does nothing.
pub fn install_panic_hook() {
    use std::sync::Once;
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            console_error_panic_hook::hook(info);
            show_fatal_banner(&info.to_string());
        }));
    });
}

/// Turns a panic into a visible message instead of a silently dead page.
fn show_fatal_banner(detail: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(banner) = document.create_element("div") else {
        return;
    };
    banner.set_class_name("sift-fatal");
    let _ = banner.set_attribute("role", "alert");
    banner.set_text_content(Some(&format!(
        "Sift stopped because of an internal error. Reload the page to continue; your saved articles are kept. \
         If it happens again with the same article, please report it. ({detail})"
    )));
    if let Some(body) = document.body() {
        let _ = body.prepend_with_node_1(&banner);
    }
}

/// Analyses `text` and returns the CLI's JSON schema with offsets in UTF-16 code units, so that
/// `text.slice(span.start, span.end) === span.text` in JavaScript.
#[wasm_bindgen]
pub fn analyze(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
) -> Result<JsValue, JsError> {
    install_panic_hook();
    let text = text.as_string().ok_or_else(|| {
        JsError::new(&format!(
            "analyze(text): text must be a string, not {}",
            js_type(&text)
        ))
    })?;
    to_js(&utf16_document(&text, sift_core::analyze_bytes(&text)))
}

/// What a JavaScript value is, for an error message: "null", "a number", "an object".
fn js_type(value: &JsValue) -> String {
    if value.is_null() {
        return "null".to_string();
    }
    let name = value.js_typeof().as_string().unwrap_or_default();
    match name.as_str() {
        "undefined" => "undefined (no argument)".to_string(),
        "object" => "an object".to_string(),
        _ => format!("a {name}"),
    }
}

/// The element argument of `function`, or a TypeError that says what was passed instead.
pub(crate) fn element_argument(
    function: &str,
    value: JsValue,
) -> Result<web_sys::Element, JsError> {
    value.dyn_into::<web_sys::Element>().map_err(|other| {
        JsError::new(&format!(
            "{function}(element): element must be an element of the page, not {}",
            js_type(&other)
        ))
    })
}

/// `doc` (byte offsets into `text`) with offsets in UTF-16 code units, as `analyze()` returns it
/// and the app exports it.
pub(crate) fn utf16_document(text: &str, mut doc: sift_core::Document) -> sift_core::Document {
    let map = sift_core::OffsetMap::new(text);
    doc.map_offsets(|b| map.char_to_utf16(map.byte_to_char(b)));
    doc
}

/// The JSON-compatible JavaScript value of a document.
pub(crate) fn to_js(doc: &sift_core::Document) -> Result<JsValue, JsError> {
    doc.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("cannot convert the analysis: {e}")))
}

/// Starts the full explorer in `root`, opened on the bundled sample articles. `worker` is the
/// analysis worker (`embed/worker.js`); without one the analysis runs on the page.
#[wasm_bindgen(js_name = runApp)]
pub fn run_app(root: web_sys::Element, worker: Option<web_sys::Worker>) {
    install_panic_hook();
    yew::Renderer::<App>::with_root_and_props(
        root,
        AppProps {
            articles: sample_articles(),
            persist: true,
            worker,
            ..Default::default()
        },
    )
    .render();
}

impl Default for AppProps {
    fn default() -> Self {
        AppProps {
            articles: Vec::new(),
            layers: None,
            compact: false,
            theme: None,
            error: None,
            persist: false,
            worker: None,
            start_worker: false,
        }
    }
}

/// One analysis in the analysis worker (`embed/worker.js`): the text is analysed section by section
/// (`step()` until it returns true, reporting `done` / `total` bytes in between), and `finish()`
/// returns the document as bytes for the page. Not part of the embedding API.
#[wasm_bindgen(js_name = AnalysisJob)]
pub struct AnalysisJob(crate::transfer::SectionedAnalysis);

#[wasm_bindgen(js_class = AnalysisJob)]
impl AnalysisJob {
    #[wasm_bindgen(constructor)]
    pub fn new(text: String) -> AnalysisJob {
        install_panic_hook();
        AnalysisJob(crate::transfer::SectionedAnalysis::new(text))
    }

    /// Analyses the next section; true when the whole text is done.
    pub fn step(&mut self) -> bool {
        self.0.step()
    }

    #[wasm_bindgen(getter)]
    pub fn done(&self) -> f64 {
        self.0.done_bytes() as f64
    }

    #[wasm_bindgen(getter)]
    pub fn total(&self) -> f64 {
        self.0.total_bytes() as f64
    }

    /// The document (byte offsets), packed by `transfer::encode`.
    pub fn finish(&mut self) -> Vec<u8> {
        crate::transfer::encode(&self.0.take())
    }
}

type SharedApp = std::rc::Rc<std::cell::RefCell<Option<yew::AppHandle<App>>>>;

/// A mounted explorer; `destroy()` removes it.
#[wasm_bindgen]
pub struct MountHandle {
    app: SharedApp,
    container: web_sys::Element,
}

#[wasm_bindgen]
impl MountHandle {
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.borrow_mut().take() {
            app.destroy();
        }
        self.container.remove();
    }
}

/// Fetches a same-origin article for `mount({src})`.
async fn fetch_text(src: &str) -> Result<String, String> {
    use wasm_bindgen_futures::JsFuture;
    let window = web_sys::window().ok_or("no window")?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(src))
        .await
        .map_err(|_| format!("cannot load {src}: the request failed"))?
        .unchecked_into();
    if !response.ok() {
        return Err(format!(
            "cannot load {src}: the server answered {}",
            response.status()
        ));
    }
    let text = JsFuture::from(response.text().map_err(|_| "cannot read the response")?)
        .await
        .map_err(|_| format!("cannot read {src}"))?;
    Ok(text.as_string().unwrap_or_default())
}

pub(crate) fn get(options: &JsValue, key: &str) -> JsValue {
    if options.is_object() {
        js_sys::Reflect::get(options, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
    } else {
        JsValue::UNDEFINED
    }
}

/// Parses a `layers` option: an array or a comma/space separated string of "entity", "number",
/// "claim" (or their plurals, in any case). `None` when the option is not given.
pub(crate) fn parse_layers(value: &JsValue) -> Result<Option<Vec<Layer>>, JsError> {
    let wrong = || {
        JsError::new(&format!(
            "layers must be an array or a string of entity, number and claim, not {}",
            js_type(value)
        ))
    };
    let names: Vec<String> = if value.is_undefined() || value.is_null() {
        return Ok(None);
    } else if let Some(s) = value.as_string() {
        s.split([',', ' '])
            .filter(|p| !p.is_empty())
            .map(str::to_string)
            .collect()
    } else if js_sys::Array::is_array(value) {
        js_sys::Array::from(value)
            .iter()
            .map(|v| v.as_string().ok_or_else(wrong))
            .collect::<Result<_, _>>()?
    } else {
        return Err(wrong());
    };
    names
        .iter()
        .map(|name| match name.trim().to_lowercase().as_str() {
            "entity" | "entities" => Ok(Layer::Entity),
            "number" | "numbers" => Ok(Layer::Number),
            "claim" | "claims" => Ok(Layer::Claim),
            _ => Err(JsError::new(&format!(
                "unknown layer “{}”: use entity, number or claim",
                name.trim()
            ))),
        })
        .collect::<Result<Vec<_>, _>>()
        .map(Some)
}

/// Renders the explorer inside `element`'s shadow root (created if needed), isolated from the
/// host page's CSS. Options: `text` (the article) or `src` (a same-origin URL to load it from),
/// `title`, `layers`, `theme` ("light", "dark", "auto"), `compact`.
#[wasm_bindgen]
pub fn mount(
    #[wasm_bindgen(unchecked_param_type = "Element")] element: JsValue,
    options: JsValue,
) -> Result<MountHandle, JsError> {
    install_panic_hook();
    let element = element_argument("mount", element)?;
    let text = get(&options, "text").as_string().unwrap_or_default();
    let title = get(&options, "title")
        .as_string()
        .unwrap_or_else(|| crate::loading::title_of(&text));
    let layers = parse_layers(&get(&options, "layers"))?;
    let theme = get(&options, "theme").as_string();
    let compact = get(&options, "compact").as_bool().unwrap_or(false);
    let src = get(&options, "src").as_string().filter(|s| !s.is_empty());
    let error = get(&options, "error").as_string();
    let shadow = match element.shadow_root() {
        Some(root) => root,
        None => element
            .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
            .map_err(|_| {
                JsError::new(
                    "this element cannot host a shadow root; mount into a <div> or <section>",
                )
            })?,
    };
    let document = element
        .owner_document()
        .ok_or_else(|| JsError::new("the element is not in a document"))?;
    let container = document
        .create_element("div")
        .map_err(|_| JsError::new("cannot create an element"))?;
    container.set_class_name("sift-root");
    // Each mount re-adopts the sheet: a re-mounted element would otherwise hold it twice.
    let _ = js_sys::Reflect::set(&shadow, &"adoptedStyleSheets".into(), &js_sys::Array::new());
    crate::embed::adopt_stylesheet(&shadow, STYLESHEET, &container)
        .map_err(|_| JsError::new("cannot style the explorer"))?;
    let app_root = document
        .create_element("div")
        .map_err(|_| JsError::new("cannot create an element"))?;
    container
        .append_child(&app_root)
        .map_err(|_| JsError::new("cannot build the explorer"))?;
    shadow
        .append_child(&container)
        .map_err(|_| JsError::new("cannot build the explorer"))?;
    let app: SharedApp = Default::default();
    let render = {
        let app = app.clone();
        move |articles: Vec<(String, String)>, error: Option<String>| {
            // Long articles are analysed in a worker the explorer starts (on the page if it cannot).
            let props = AppProps {
                articles,
                layers,
                compact,
                theme,
                error,
                persist: false,
                worker: None,
                start_worker: true,
            };
            *app.borrow_mut() =
                Some(yew::Renderer::<App>::with_root_and_props(app_root, props).render());
        }
    };
    match src {
        Some(src) if text.trim().is_empty() => {
            wasm_bindgen_futures::spawn_local(async move {
                match fetch_text(&src).await {
                    Ok(text) => render(vec![(crate::loading::title_of(&text), text)], error),
                    Err(message) => render(Vec::new(), Some(message)),
                }
            });
        }
        _ => {
            let articles = if text.trim().is_empty() {
                Vec::new()
            } else {
                vec![(title, text)]
            };
            render(articles, error);
        }
    }
    Ok(MountHandle {
        app,
        container: container.unchecked_into(),
    })
}

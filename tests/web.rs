//! The web crate in a real browser (wasm-bindgen-test in headless Chromium): the explorer mounted
//! with `Renderer::with_root`, and the JS API's UTF-16 offsets.
#![cfg(target_arch = "wasm32")]

use sift_web::app::{sample_articles, App, AppProps};
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn test_root() -> web_sys::Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    root
}

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(50)).await;
}

#[wasm_bindgen_test]
async fn explorer_highlights_the_samples_and_selects_an_entity() {
    let root = test_root();
    let props = AppProps {
        articles: sample_articles(),
        ..Default::default()
    };
    let app = yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    settle().await;
    let count = |selector: &str| root.query_selector_all(selector).unwrap().length();
    assert!(count("mark[data-kind=\"entity\"][data-label=\"PERSON\"]") >= 10);
    assert!(count("mark[data-kind=\"number\"]") >= 5);
    assert!(
        count(".sift-library li") == 2,
        "both samples are in the library"
    );
    assert_eq!(count("mark[data-selected=\"true\"]"), 0);

    // Clicking a mention selects every mention of its entity: take the most mentioned one.
    let marks = root
        .query_selector_all("mark[data-kind=\"entity\"]")
        .unwrap();
    let mut counts = std::collections::HashMap::<String, u32>::new();
    for i in 0..marks.length() {
        let mark: web_sys::Element = marks.item(i).unwrap().unchecked_into();
        *counts
            .entry(mark.get_attribute("data-entity").unwrap())
            .or_default() += 1;
    }
    let (entity, mentions) = counts.into_iter().max_by_key(|(_, n)| *n).unwrap();
    assert!(mentions >= 3, "{entity} is mentioned {mentions} times");
    let selector = format!("mark[data-kind=\"entity\"][data-entity=\"{entity}\"]");
    let first = root.query_selector(&selector).unwrap().unwrap();
    first.unchecked_ref::<web_sys::HtmlElement>().click();
    settle().await;
    let selected = root
        .query_selector_all("mark[data-kind=\"entity\"][data-selected=\"true\"]")
        .unwrap();
    assert_eq!(
        selected.length(),
        mentions,
        "all mentions of {entity} are selected"
    );
    for i in 0..selected.length() {
        let mark: web_sys::Element = selected.item(i).unwrap().unchecked_into();
        assert_eq!(
            mark.get_attribute("data-entity").as_deref(),
            Some(entity.as_str())
        );
    }
    app.destroy();
    root.remove();
}

#[wasm_bindgen_test]
fn analyze_returns_utf16_offsets() {
    let text = "😀 Vladimir Putin met 72 people in Kyiv 👍🏽.";
    let result = sift_web::analyze(text.into()).unwrap();
    let js_text = js_sys::JsString::from(text);
    let entities = js_sys::Reflect::get(&result, &"entities".into()).unwrap();
    let entities: js_sys::Array = entities.unchecked_into();
    assert!(entities.length() >= 2);
    let mut spans = entities.to_vec();
    spans.extend(
        js_sys::Array::from(&js_sys::Reflect::get(&result, &"numbers".into()).unwrap()).to_vec(),
    );
    for span in spans {
        let get = |k: &str| js_sys::Reflect::get(&span, &k.into()).unwrap();
        let (s, e) = (
            get("start").as_f64().unwrap() as u32,
            get("end").as_f64().unwrap() as u32,
        );
        assert_eq!(js_text.slice(s, e), get("text").as_string().unwrap());
    }
}

/// A panic (which would otherwise leave a dead page) shows a banner saying what happened and what
/// to do. The panic runs in a timer callback, as it would in an event handler, so this test goes on.
#[wasm_bindgen_test]
async fn a_panic_shows_a_banner_with_what_to_do() {
    sift_web::install_panic_hook();
    let document = web_sys::window().unwrap().document().unwrap();
    let explode = wasm_bindgen::closure::Closure::once_into_js(|| -> () {
        panic!("deliberate panic for the test")
    });
    web_sys::window()
        .unwrap()
        .set_timeout_with_callback_and_timeout_and_arguments_0(explode.unchecked_ref(), 0)
        .unwrap();
    yew::platform::time::sleep(Duration::from_millis(100)).await;
    let banner = document
        .query_selector(".sift-fatal[role=\"alert\"]")
        .unwrap()
        .expect("a banner is shown");
    let text = banner.text_content().unwrap();
    assert!(text.contains("Reload the page"), "{text}");
    assert!(text.contains("your saved articles are kept"), "{text}");
    assert!(text.contains("deliberate panic for the test"), "{text}");
    banner.remove();
}

//! The explorer's components, one per file. Each takes props and reports through `on*` callbacks;
//! only [`crate::app`] dispatches to the reducer.

pub mod claims_panel;
pub mod entities_panel;
pub mod export;
pub mod library;
pub mod loader;
pub mod minimap;
pub mod notice;
pub mod numbers_panel;
pub mod reader;
pub mod search;
pub mod toolbar;

pub use crate::excerpt::{
    counted, label_name, qualifier_text, quoted, readable_time, snippet, snippet_within,
};
use std::collections::HashMap;

/// The longest list a panel draws at once: a 5 MB text has tens of thousands of mentions, and
/// drawing them all would freeze the page. The rest are counted, not drawn.
pub const LIST_LIMIT: usize = 100;

/// The note under a list cut at [`LIST_LIMIT`].
pub fn more_note(shown: usize, total: usize) -> yew::Html {
    if total > shown {
        yew::html! { <p class="sift-more">{ format!("Showing {shown} of {total}.") }</p> }
    } else {
        yew::html! {}
    }
}

/// The value of `data-ref` for a mark: unique per article, layer and index.
pub fn mark_ref(article: u32, kind: &str, index: usize) -> String {
    format!("{article}-{kind}-{index}")
}

/// Human-readable value of a number.
pub fn number_value(n: &sift_core::Number) -> String {
    match &n.value {
        // An ordinal reads as one: "1st", "22nd", "113th".
        Some(sift_core::Value::Number(v))
            if n.kind == sift_core::NumberKind::ORDINAL
                && v.fract() == 0.0
                && *v >= 0.0
                && *v < 1e15 =>
        {
            let k = *v as u64;
            let suffix = match (k % 10, k % 100) {
                (_, 11..=13) => "th",
                (1, _) => "st",
                (2, _) => "nd",
                (3, _) => "rd",
                _ => "th",
            };
            format!("{k}{suffix}")
        }
        Some(sift_core::Value::Number(v)) => {
            if v.fract() == 0.0 && v.abs() < 1e15 {
                format!("{}", *v as i64)
            } else {
                format!("{v}")
            }
        }
        Some(sift_core::Value::Text(t)) => t.clone(),
        None => String::new(),
    }
}

/// Every mention of the entity shown as `name`, article by article as the library lists them:
/// (article, index into its entities).
pub fn mentions_of<'a>(
    articles: &'a [std::rc::Rc<crate::state::Article>],
    aliases: &'a HashMap<String, String>,
    name: &'a str,
) -> impl Iterator<Item = (&'a std::rc::Rc<crate::state::Article>, usize)> + 'a {
    articles.iter().flat_map(move |a| {
        a.doc
            .entities
            .iter()
            .enumerate()
            .filter(move |(_, e)| shown(aliases, &e.entity) == name)
            .map(move |(i, _)| (a, i))
    })
}

/// What the announcement of a `j` (`forward`) or `k` step from mention `current` to `next` (of
/// `total`) adds when it went round the end of the list.
pub fn went_round(
    current: Option<usize>,
    next: usize,
    total: usize,
    forward: bool,
) -> &'static str {
    match current {
        Some(c) if forward && total > 1 && c + 1 == total && next == 0 => {
            " Past the last mention: back to the first."
        }
        Some(0) if !forward && total > 1 && next + 1 == total => {
            " Before the first mention: on to the last."
        }
        _ => "",
    }
}

/// The name an entity is shown and selected under across articles.
pub fn shown<'a>(aliases: &'a HashMap<String, String>, name: &'a str) -> &'a str {
    aliases.get(name).map(String::as_str).unwrap_or(name)
}

/// Positions the elements under `root` that carry `data-pos="property:value;…"` through the
/// CSSOM. A `style` attribute would be an inline style, which a host page's strict
/// `style-src 'self'` blocks; properties set from script are not.
pub fn apply_positions(root: &web_sys::Element) {
    use wasm_bindgen::JsCast;
    let Ok(list) = root.query_selector_all("[data-pos]") else {
        return;
    };
    let own = root.get_attribute("data-pos").map(|_| root.clone());
    let items = (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::Element>().ok());
    for el in own.into_iter().chain(items) {
        let (Some(pos), Some(html)) = (
            el.get_attribute("data-pos"),
            el.dyn_ref::<web_sys::HtmlElement>(),
        ) else {
            continue;
        };
        for decl in pos.split(';') {
            if let Some((property, value)) = decl.split_once(':') {
                let _ = html.style().set_property(property.trim(), value.trim());
            }
        }
    }
}

/// A list whose items are one Tab stop (the arrow keys, Home and End move between them): the
/// keys. `list` and `item` are selectors; the list is found from the item, since Yew delegates
/// events and `current_target` is not the list.
pub fn roving_keys(
    list: &'static str,
    item: &'static str,
) -> yew::Callback<web_sys::KeyboardEvent> {
    use wasm_bindgen::JsCast;
    yew::Callback::from(move |e: web_sys::KeyboardEvent| {
        let target = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        let Some(items) = target
            .as_ref()
            .and_then(|t| t.closest(list).ok().flatten())
            .and_then(|l| l.query_selector_all(item).ok())
        else {
            return;
        };
        let n = items.length();
        let target = target.map(web_sys::Node::from);
        let Some(at) = (0..n).find(|&i| items.item(i).is_some_and(|c| Some(&c) == target.as_ref()))
        else {
            return;
        };
        let next = match e.key().as_str() {
            "ArrowRight" | "ArrowDown" => (at + 1).min(n - 1),
            "ArrowLeft" | "ArrowUp" => at.saturating_sub(1),
            "Home" => 0,
            "End" => n - 1,
            _ => return,
        };
        e.prevent_default();
        if let Some(el) = items
            .item(next)
            .and_then(|c| c.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    })
}

/// The item of such a list focused last is its Tab stop, whether reached by the arrows or a click.
pub fn roving_focus(list: &'static str, item: &'static str) -> yew::Callback<web_sys::FocusEvent> {
    use wasm_bindgen::JsCast;
    yew::Callback::from(move |e: web_sys::FocusEvent| {
        let Some(target) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        if !target.matches(item).unwrap_or(false) {
            return;
        }
        let Some(items) = target
            .closest(list)
            .ok()
            .flatten()
            .and_then(|l| l.query_selector_all(item).ok())
        else {
            return;
        };
        for i in 0..items.length() {
            if let Some(el) = items
                .item(i)
                .and_then(|c| c.dyn_into::<web_sys::Element>().ok())
            {
                let _ = el.set_attribute("tabindex", if el == target { "0" } else { "-1" });
            }
        }
    })
}

/// Whether the keyboard focus is nowhere: on the page's body, or on an element no longer in it
/// (the control that had it was removed).
pub fn focus_lost() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .is_none_or(|el| el.tag_name() == "BODY" || !el.is_connected())
}

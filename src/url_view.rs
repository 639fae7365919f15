//! The view in the page's URL (see [`crate::share`]): read once at start, then kept up to date
//! with `history.replaceState`, so a link or a reload reopens the same article, selection and
//! filters without adding history entries. A link opened in the same page (`hashchange`) is
//! applied too.

use crate::highlight::Layer;
use crate::share::{content_hash, decode, encode, View};
use crate::state::{Action, AppState, Notice, LINK_ARTICLE_MISSING};
use std::collections::BTreeSet;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

fn location_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

fn replace_hash(fragment: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if location_hash().trim_start_matches('#') == fragment {
        return;
    }
    let url = if fragment.is_empty() {
        let location = window.location();
        format!(
            "{}{}",
            location.pathname().unwrap_or_default(),
            location.search().unwrap_or_default()
        )
    } else {
        format!("#{fragment}")
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// Applies the selection and filters of `view`; returns the article it names, if any.
fn apply(state: &UseReducerHandle<AppState>, view: View) -> Option<String> {
    let mut hidden_layers = BTreeSet::new();
    let mut hidden_labels = BTreeSet::new();
    for name in view.hidden {
        match Layer::from_kind(&name) {
            Some(layer) => hidden_layers.insert(layer),
            None => hidden_labels.insert(name),
        };
    }
    state.dispatch(Action::SetView {
        selected: view.selected,
        hidden_layers,
        hidden_labels,
    });
    view.article
}

fn missing(state: &UseReducerHandle<AppState>) {
    state.dispatch(Action::Notify(Notice {
        error: true,
        text: LINK_ARTICLE_MISSING.to_string(),
    }));
}

/// Restores the view in the URL and keeps the URL in step with the view. `library` is the
/// library's state ("loading", "ready", …): the article a link names is looked for once the
/// library is read. Does nothing unless `enabled` (the app page, never an embedded explorer).
#[hook]
pub fn use_url_view(state: &UseReducerHandle<AppState>, library: &'static str, enabled: bool) {
    // The article the URL names, until it is found (or known to be missing).
    let pending = use_mut_ref(|| None::<String>);
    {
        let (state, pending) = (state.clone(), pending.clone());
        use_effect_with((), move |_| {
            if enabled {
                let view = decode(&location_hash());
                if view != View::default() {
                    *pending.borrow_mut() = apply(&state, view);
                }
            }
        });
    }
    let hashes = use_memo(state.articles.clone(), |articles| {
        articles
            .iter()
            .map(|a| (a.id, content_hash(&a.text)))
            .collect::<Vec<_>>()
    });
    {
        let (state, pending) = (state.clone(), pending.clone());
        use_effect_with((hashes.clone(), library), move |(hashes, library)| {
            let wanted = pending.borrow().clone();
            if let Some(wanted) = wanted {
                if let Some((id, _)) = hashes.iter().find(|(_, h)| *h == wanted) {
                    *pending.borrow_mut() = None;
                    state.dispatch(Action::Open(*id));
                } else if *library != "loading" {
                    *pending.borrow_mut() = None;
                    missing(&state);
                }
            }
        });
    }
    // A link opened in the same page (only the hash changes, nothing reloads).
    let known = use_mut_ref(Vec::new);
    *known.borrow_mut() = (*hashes).clone();
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let listener = enabled.then(|| {
                let closure = Closure::<dyn Fn()>::new(move || {
                    if let Some(wanted) = apply(&state, decode(&location_hash())) {
                        match known.borrow().iter().find(|(_, h)| *h == wanted) {
                            Some((id, _)) => state.dispatch(Action::Open(*id)),
                            None => missing(&state),
                        }
                    }
                });
                if let Some(window) = web_sys::window() {
                    let _ = window.add_event_listener_with_callback(
                        "hashchange",
                        closure.as_ref().unchecked_ref(),
                    );
                }
                closure
            });
            move || {
                if let (Some(closure), Some(window)) = (listener, web_sys::window()) {
                    let _ = window.remove_event_listener_with_callback(
                        "hashchange",
                        closure.as_ref().unchecked_ref(),
                    );
                }
            }
        });
    }
    let current = state.current.and_then(|id| {
        hashes
            .iter()
            .find(|(a, _)| *a == id)
            .map(|(_, h)| h.clone())
    });
    let hidden: Vec<String> = Layer::ALL
        .iter()
        .filter(|l| state.hidden_layers.contains(l))
        .map(|l| l.kind().to_string())
        .chain(state.hidden_labels.iter().cloned())
        .collect();
    let view = View {
        article: current,
        selected: state.selected.clone(),
        hidden,
    };
    use_effect_with((view, library), move |(view, library)| {
        if enabled && *library != "loading" && pending.borrow().is_none() {
            replace_hash(&encode(view));
        }
    });
}

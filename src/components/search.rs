use super::{counted, label_name, mark_ref, shown, snippet};
use crate::search::{find, fold, name_rank};
use crate::state::Article;
use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Entity names shown at most.
const MAX_NAMES: usize = 8;
/// Text matches listed at most, over all articles.
const MAX_TEXT: usize = 20;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub articles: Vec<Rc<Article>>,
    pub current: Option<u32>,
    pub aliases: Rc<HashMap<String, String>>,
    pub on_select: Callback<Option<String>>,
    /// Jump to a mark: (article id, mark reference).
    pub on_jump: Callback<(u32, String)>,
    /// Show a text match: (article id, byte start, byte end).
    pub on_reveal: Callback<(u32, usize, usize)>,
}

/// An entity that matches: its name, label and first mention (article, entity index).
struct NameHit {
    name: String,
    label: &'static str,
    mentions: usize,
    first: (u32, usize),
    rank: u8,
}

/// "1 entity", "3 entities".
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Moves the focus between the search box and its results with the arrow keys.
fn step_focus(container: &web_sys::Element, forward: bool) {
    let Ok(items) = container.query_selector_all("input, .sift-search-results button") else {
        return;
    };
    let n = items.length();
    let active = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element());
    let at = (0..n).find(|&i| {
        items
            .item(i)
            .is_some_and(|m| active.as_ref().is_some_and(|a| a.is_same_node(Some(&m))))
    });
    let next = match (at, forward) {
        (Some(i), true) if i + 1 < n => i + 1,
        (Some(i), false) if i > 0 => i - 1,
        (Some(i), _) => i,
        (None, _) => 0,
    };
    if let Some(el) = items
        .item(next)
        .and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// The search box over the text and entity names of every loaded article; `/` focuses it.
#[function_component(Search)]
pub fn search(props: &Props) -> Html {
    let query = use_state(String::new);
    // Results show while the focus is in the search box or its results.
    let open = use_state(|| false);
    let root = use_node_ref();
    // Folded texts by article id, made on the first search and kept while the article is loaded.
    let folded = use_mut_ref(HashMap::<u32, Rc<str>>::new);
    let q = fold(query.trim());
    let active = q.chars().count() >= 2;

    let mut names: Vec<NameHit> = Vec::new();
    let mut texts: Vec<(Rc<Article>, usize, usize)> = Vec::new();
    let mut text_total = 0;
    if active {
        let mut by_name: BTreeMap<&str, NameHit> = BTreeMap::new();
        for a in &props.articles {
            for (i, e) in a.doc.entities.iter().enumerate() {
                let name = shown(&props.aliases, &e.entity);
                if let Some(hit) = by_name.get_mut(name) {
                    hit.mentions += 1;
                } else if let Some(rank) = name_rank(name, &q) {
                    by_name.insert(
                        name,
                        NameHit {
                            name: name.to_string(),
                            label: e.label.as_str(),
                            mentions: 1,
                            first: (a.id, i),
                            rank,
                        },
                    );
                }
            }
        }
        names = by_name.into_values().collect();
        names.sort_by(|a, b| {
            a.rank
                .cmp(&b.rank)
                .then(b.mentions.cmp(&a.mentions))
                .then(a.name.cmp(&b.name))
        });
        // The current article first, then the others in library order.
        let mut order: Vec<&Rc<Article>> = props.articles.iter().collect();
        order.sort_by_key(|a| Some(a.id) != props.current);
        let mut cache = folded.borrow_mut();
        cache.retain(|id, _| props.articles.iter().any(|a| a.id == *id));
        for a in order {
            let text = cache
                .entry(a.id)
                .or_insert_with(|| Rc::from(fold(&a.text)))
                .clone();
            let (hits, total) = find(&text, &q, MAX_TEXT.saturating_sub(texts.len()));
            text_total += total;
            texts.extend(hits.into_iter().map(|(s, e)| (a.clone(), s, e)));
        }
    }
    let hidden_names = names.len().saturating_sub(MAX_NAMES);

    let oninput = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            {
                query.set(input.value());
            }
        })
    };
    let onkeydown = {
        let (query, root) = (query.clone(), root.clone());
        Callback::from(move |e: KeyboardEvent| {
            let Some(container) = root.cast::<web_sys::Element>() else {
                return;
            };
            let in_input = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                .is_some();
            match e.key().as_str() {
                "Escape" => {
                    e.prevent_default();
                    e.stop_propagation();
                    query.set(String::new());
                    if let Ok(Some(input)) = container.query_selector("input") {
                        if let Ok(input) = input.dyn_into::<web_sys::HtmlInputElement>() {
                            input.set_value("");
                            let _ = input.focus();
                        }
                    }
                }
                "Enter" if in_input => {
                    // Enter in the box goes to the first result.
                    if let Ok(Some(first)) = container.query_selector(".sift-search-results button")
                    {
                        e.prevent_default();
                        if let Ok(first) = first.dyn_into::<web_sys::HtmlElement>() {
                            first.click();
                        }
                    }
                }
                "ArrowDown" => {
                    e.prevent_default();
                    step_focus(&container, true);
                }
                "ArrowUp" => {
                    e.prevent_default();
                    step_focus(&container, false);
                }
                _ => {}
            }
        })
    };

    let onfocusin = {
        let open = open.clone();
        Callback::from(move |_: FocusEvent| open.set(true))
    };
    let onfocusout = {
        let (open, root) = (open.clone(), root.clone());
        Callback::from(move |e: FocusEvent| {
            let next = e
                .related_target()
                .and_then(|t| t.dyn_into::<web_sys::Node>().ok());
            let inside = root
                .cast::<web_sys::Node>()
                .is_some_and(|r| next.is_some_and(|n| r.contains(Some(&n))));
            if !inside {
                open.set(false);
            }
        })
    };
    let summary = if !active {
        String::new()
    } else if names.is_empty() && text_total == 0 {
        format!("Nothing matches “{}”.", query.trim())
    } else {
        format!(
            "{}, {}",
            count(names.len(), "entity", "entities"),
            count(text_total, "text match", "text matches")
        )
    };
    html! {
        <div class="sift-search" role="search" ref={root} {onkeydown} {onfocusin} {onfocusout}>
            <input id="sift-search" type="search" class="sift-search-input" aria-label="Search text and entities"
                   placeholder="Search text and entities  /" autocomplete="off" spellcheck="false"
                   aria-controls={(active && *open).then_some("sift-search-results")} aria-describedby="sift-search-summary"
                   value={(*query).clone()} {oninput} />
            <p id="sift-search-summary" class="sift-visually-hidden" aria-live="polite">{ summary.clone() }</p>
            if active && *open {
                <div id="sift-search-results" class="sift-search-results" role="region" aria-label="Search results">
                    <p class="sift-search-summary" aria-hidden="true">{ summary }</p>
                    if !names.is_empty() {
                        <h2>{"Entities"}</h2>
                        <ul class="sift-search-names">
                        { for names.iter().take(MAX_NAMES).map(|hit| {
                            let (name, (article, index)) = (hit.name.clone(), hit.first);
                            let (on_select, on_jump) = (props.on_select.clone(), props.on_jump.clone());
                            let onclick = Callback::from(move |_: MouseEvent| {
                                on_select.emit(Some(name.clone()));
                                on_jump.emit((article, mark_ref(article, "entity", index)));
                            });
                            html! {
                                <li>
                                    <button type="button" class="sift-search-name" data-label={hit.label} data-entity={hit.name.clone()} {onclick}
                                            aria-label={format!("{}, {}, {}", hit.name, label_name(hit.label), counted(hit.mentions, "mention"))}>
                                        { &hit.name }<span class="sift-search-label" aria-hidden="true">{ hit.label }</span>
                                        <span class="sift-count" aria-hidden="true">{ hit.mentions }</span>
                                    </button>
                                </li>
                            }
                        }) }
                        </ul>
                        if hidden_names > 0 { <p class="sift-more">{ format!("{} more: type more to narrow", count(hidden_names, "entity", "entities")) }</p> }
                    }
                    if !texts.is_empty() {
                        <h2>{"In the text"}</h2>
                        <ul class="sift-search-texts">
                        { for texts.iter().map(|(a, start, end)| {
                            let (before, hit, after) = snippet(&a.text, *start, *end);
                            let reveal = props.on_reveal.reform({
                                let (id, start, end) = (a.id, *start, *end);
                                move |_: MouseEvent| (id, start, end)
                            });
                            html! {
                                <li>
                                    <button type="button" class="sift-search-text" data-article={a.id.to_string()} onclick={reveal}>
                                        <span class="sift-mention-article">{ &a.title }</span>
                                        { format!("…{before}") }<strong>{ hit }</strong>{ format!("{after}…") }
                                    </button>
                                </li>
                            }
                        }) }
                        </ul>
                        if text_total > texts.len() { <p class="sift-more">{ format!("{} more in the text", text_total - texts.len()) }</p> }
                    }
                </div>
            }
        </div>
    }
}

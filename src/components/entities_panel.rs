use super::{counted, label_name, mark_ref, more_note, shown, snippet, LIST_LIMIT};
use crate::state::Article;
use sift_core::Label;
use std::collections::BTreeMap;
use std::collections::HashMap;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub articles: Vec<Rc<Article>>,
    pub selected: Option<String>,
    pub aliases: Rc<HashMap<String, String>>,
    pub on_select: Callback<Option<String>>,
    /// Jump to a mention: (article id, mark reference).
    pub on_jump: Callback<(u32, String)>,
    /// Labels the filters hide: their groups are left out of the panel.
    #[prop_or_default]
    pub hidden_labels: std::collections::BTreeSet<String>,
}

/// The chips of a group are one Tab stop: the arrow keys, Home and End move between them.
fn chip_keys(e: KeyboardEvent) {
    use wasm_bindgen::JsCast;
    // The list is found from the chip: Yew delegates events, so `current_target` is not the list.
    let target = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
    let Some(list) = target
        .as_ref()
        .and_then(|t| t.closest(".sift-chips").ok().flatten())
    else {
        return;
    };
    let Ok(chips) = list.query_selector_all(".sift-chip") else {
        return;
    };
    let n = chips.length();
    let target = target.map(web_sys::Node::from);
    let Some(at) = (0..n).find(|&i| chips.item(i).is_some_and(|c| Some(&c) == target.as_ref()))
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
    if let Some(chip) = chips
        .item(next)
        .and_then(|c| c.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = chip.focus();
    }
}

/// The chip focused last is the group's Tab stop, whether reached by the arrows or a click.
fn chip_focused(e: FocusEvent) {
    use wasm_bindgen::JsCast;
    let Some(target) = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    let Some(list) = target.closest(".sift-chips").ok().flatten() else {
        return;
    };
    if !target.class_list().contains("sift-chip") {
        return;
    }
    if let Ok(chips) = list.query_selector_all(".sift-chip") {
        for i in 0..chips.length() {
            if let Some(chip) = chips
                .item(i)
                .and_then(|c| c.dyn_into::<web_sys::Element>().ok())
            {
                let _ = chip.set_attribute("tabindex", if chip == target { "0" } else { "-1" });
            }
        }
    }
}

/// Entities grouped by type with mention counts across all loaded articles; the selected one lists
/// every mention with its context.
#[function_component(EntitiesPanel)]
pub fn entities_panel(props: &Props) -> Html {
    // label -> entity -> mention count
    let mut groups: BTreeMap<Label, BTreeMap<&str, usize>> = BTreeMap::new();
    let mut hidden = 0;
    for a in &props.articles {
        for e in &a.doc.entities {
            if props.hidden_labels.contains(e.label.as_str()) {
                hidden += 1;
                continue;
            }
            *groups
                .entry(e.label)
                .or_default()
                .entry(shown(&props.aliases, &e.entity))
                .or_default() += 1;
        }
    }
    // The selected entity's mentions, in every article (the first LIST_LIMIT drawn).
    let hits: Vec<(&Rc<Article>, usize)> = match &props.selected {
        None => Vec::new(),
        Some(sel) => props
            .articles
            .iter()
            .flat_map(|a| {
                a.doc
                    .entities
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| shown(&props.aliases, &e.entity) == sel)
                    .map(move |(i, _)| (a, i))
            })
            .collect(),
    };
    let mention_count = hits.len();
    let mentions: Vec<Html> = hits
        .into_iter()
        .take(LIST_LIMIT)
        .map(|(a, i)| {
            let e = &a.doc.entities[i];
            let (before, hit, after) = snippet(&a.text, e.start, e.end);
            let jump = props.on_jump.reform({
                let r = mark_ref(a.id, "entity", i);
                let id = a.id;
                move |_: MouseEvent| (id, r.clone())
            });
            html! {
                <li>
                    <button type="button" class="sift-mention" onclick={jump}>
                        <span class="sift-mention-article">{ &a.title }</span>
                        { format!("…{before}") }<strong>{ hit }</strong>{ format!("{after}…") }
                    </button>
                </li>
            }
        })
        .collect();
    html! {
        <section class="sift-panel sift-entities" aria-labelledby="sift-entities-h">
            <h2 id="sift-entities-h">{"Entities"}</h2>
            // The selection's mentions first, where the reader looks after choosing a name.
            if let Some(sel) = &props.selected {
                <div class="sift-mentions">
                    <h3>{ format!("{} of {sel}", counted(mention_count, "mention")) }</h3>
                    <ol>{ for mentions }</ol>
                    { more_note(mention_count.min(LIST_LIMIT), mention_count) }
                </div>
            }
            if groups.is_empty() && hidden == 0 {
                <p class="sift-empty">{ if props.articles.is_empty() { "The people, organisations and places of the articles you load appear here." } else { "No entities found." } }</p>
            }
            if hidden > 0 {
                <p class="sift-more">{ format!("{} hidden by the filters.", counted(hidden, "mention")) }</p>
            }
            { for groups.iter().map(|(label, entities)| {
                let mut list: Vec<(&&str, &usize)> = entities.iter().collect();
                list.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
                html! {
                    <div class="sift-group" data-label={label.as_str()}>
                        <h3>{ label.as_str() }<span class="sift-label-name">{ label_name(label.as_str()) }</span><span class="sift-count">{ list.len() }</span></h3>
                        <ul class="sift-chips" onkeydown={chip_keys} onfocusin={chip_focused}>
                        { for list.iter().copied().take(LIST_LIMIT / 2).enumerate().map(|(i, (name, count))| {
                            let name = name.to_string();
                            let is_sel = props.selected.as_deref() == Some(name.as_str());
                            // One Tab stop per group: its selected chip, or else its first.
                            let stop = is_sel || (i == 0 && !list.iter().take(LIST_LIMIT / 2).any(|(n, _)| props.selected.as_deref() == Some(**n)));
                            let select = props.on_select.reform({
                                let name = name.clone();
                                move |_: MouseEvent| if is_sel { None } else { Some(name.clone()) }
                            });
                            html! {
                                <li>
                                    <button type="button" class="sift-chip" data-entity={name.clone()}
                                            tabindex={if stop { "0" } else { "-1" }}
                                            aria-label={format!("{name}, {}", counted(*count, "mention"))}
                                            aria-pressed={if is_sel { "true" } else { "false" }} onclick={select}>
                                        { &name }<span class="sift-count" aria-hidden="true">{ count }</span>
                                    </button>
                                </li>
                            }
                        }) }
                        </ul>
                        { more_note(list.len().min(LIST_LIMIT / 2), list.len()) }
                    </div>
                }
            }) }
        </section>
    }
}

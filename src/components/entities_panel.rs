use super::{
    counted, label_name, mark_ref, mentions_of, more_note, roving_focus, roving_keys, shown,
    snippet, LIST_LIMIT,
};
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
        Some(sel) => mentions_of(&props.articles, &props.aliases, sel).collect(),
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
                        <ul class="sift-chips" onkeydown={roving_keys(".sift-chips", ".sift-chip")} onfocusin={roving_focus(".sift-chips", ".sift-chip")}>
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

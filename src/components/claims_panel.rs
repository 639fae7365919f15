use super::{mark_ref, more_note, shown, LIST_LIMIT};
use crate::state::Article;
use std::collections::BTreeMap;
use std::collections::HashMap;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub articles: Vec<Rc<Article>>,
    pub selected: Option<String>,
    pub aliases: Rc<HashMap<String, String>>,
    pub on_jump: Callback<(u32, String)>,
}

/// Who said what: claims across all articles, grouped by speaker (the selected entity first).
#[function_component(ClaimsPanel)]
pub fn claims_panel(props: &Props) -> Html {
    let mut by_speaker: BTreeMap<String, Vec<(&Rc<Article>, usize)>> = BTreeMap::new();
    for a in &props.articles {
        for (i, c) in a.doc.claims.iter().enumerate() {
            let who = c
                .speaker
                .as_deref()
                .map(|s| shown(&props.aliases, s).to_string())
                .unwrap_or_else(|| "Unattributed".to_string());
            by_speaker.entry(who).or_default().push((a, i));
        }
    }
    let mut groups: Vec<(String, Vec<(&Rc<Article>, usize)>)> = by_speaker.into_iter().collect();
    groups.sort_by_key(|(who, list)| {
        (
            Some(who) != props.selected.as_ref(),
            who == "Unattributed",
            std::cmp::Reverse(list.len()),
        )
    });
    // At most LIST_LIMIT claims in all, and each speaker's first ones: a long text has thousands.
    let mut budget = LIST_LIMIT;
    let groups: Vec<(String, Vec<(&Rc<Article>, usize)>, usize)> = groups
        .into_iter()
        .take(LIST_LIMIT / 4)
        .map(|(who, list)| {
            let shown = list.len().min(budget.max(1)).min(LIST_LIMIT / 4);
            budget = budget.saturating_sub(shown);
            (who, list, shown)
        })
        .collect();
    html! {
        <section class="sift-panel sift-claims" aria-labelledby="sift-claims-h">
            <h2 id="sift-claims-h">{"Who said what"}</h2>
            if groups.is_empty() { <p class="sift-empty">{"No claims found."}</p> }
            { for groups.into_iter().map(|(who, list, shown)| html! {
                <div class="sift-speaker" data-entity={who.clone()}>
                    <h3>{ &who }<span class="sift-count">{ list.len() }</span></h3>
                    <ul>
                    { for list.iter().copied().take(shown).map(|(a, i)| {
                        let c = &a.doc.claims[i];
                        let kind = c.kind.as_str();
                        let content: Vec<&str> = c.content.iter().map(|s| s.text.as_str()).collect();
                        let jump = props.on_jump.reform({ let r = mark_ref(a.id, "claim", i); let id = a.id; move |_: MouseEvent| (id, r.clone()) });
                        html! {
                            <li>
                                <button type="button" class="sift-claim-item" onclick={jump}>
                                    <span class="sift-claim-kind" data-claim-kind={kind}>{ kind }</span>
                                    { format!("“{}”", content.join(" … ")) }
                                    if let Some(cue) = &c.cue { <span class="sift-cue">{ format!(" — {}", cue.text) }</span> }
                                    if !c.hedges.is_empty() { <span class="sift-hedge">{ format!(" hedged: {}", c.hedges.join(", ")) }</span> }
                                </button>
                            </li>
                        }
                    }) }
                    </ul>
                    { more_note(shown, list.len()) }
                </div>
            }) }
        </section>
    }
}

use super::{mark_ref, more_note, quoted, roving_focus, roving_keys, shown, LIST_LIMIT};
use crate::state::Article;
use std::collections::BTreeMap;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub articles: Vec<Rc<Article>>,
    pub selected: Option<String>,
    pub aliases: Rc<HashMap<String, String>>,
    pub on_jump: Callback<(u32, String)>,
}

/// Who a claim is grouped under: its speaker; else, for a source that names nobody ("a senior
/// defence source", "officials"), that source as written; else nobody (no source, or a pronoun
/// that could not be resolved).
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Who {
    Speaker(String),
    /// The source in lower case (the key) and as first written (shown).
    Unnamed(String, String),
    Unattributed,
}

fn who_of(c: &sift_core::Claim, aliases: &HashMap<String, String>) -> Who {
    if let Some(s) = &c.speaker {
        return Who::Speaker(shown(aliases, s).to_string());
    }
    match &c.source {
        Some(src) if !is_pronoun_source(&src.text) => {
            let text = src.text.trim_end_matches([',', ' ']).to_string();
            Who::Unnamed(text.to_lowercase(), text)
        }
        _ => Who::Unattributed,
    }
}

fn is_pronoun_source(text: &str) -> bool {
    matches!(
        text.to_lowercase().as_str(),
        "he" | "she" | "they" | "it" | "we" | "i" | "you" | "who" | "which" | "that"
    )
}

/// Who said what: claims across all articles, grouped by speaker (the selected entity first),
/// then by sources that name nobody, then the unattributed.
#[function_component(ClaimsPanel)]
pub fn claims_panel(props: &Props) -> Html {
    let mut by_who: BTreeMap<Who, Vec<(&Rc<Article>, usize)>> = BTreeMap::new();
    // An unnamed source is one group whatever its case ("The White House official", "the White
    // House official"), shown as first written.
    let mut first_written: HashMap<String, String> = HashMap::new();
    for a in &props.articles {
        for (i, c) in a.doc.claims.iter().enumerate() {
            let who = match who_of(c, &props.aliases) {
                Who::Unnamed(key, text) => {
                    let text = first_written.entry(key.clone()).or_insert(text).clone();
                    Who::Unnamed(key, text)
                }
                who => who,
            };
            by_who.entry(who).or_default().push((a, i));
        }
    }
    let mut groups: Vec<(Who, Vec<(&Rc<Article>, usize)>)> = by_who.into_iter().collect();
    groups.sort_by_key(|(who, list)| {
        let selected = matches!(who, Who::Speaker(name) if Some(name) == props.selected.as_ref());
        let rank = match who {
            Who::Speaker(_) => 0,
            Who::Unnamed(..) => 1,
            Who::Unattributed => 2,
        };
        (!selected, rank, std::cmp::Reverse(list.len()))
    });
    // Every group is listed. Claims are drawn up to LIST_LIMIT in all, a few per group, so that a
    // long text's thousands do not freeze the page; a group's button draws the rest of it.
    let expanded = use_state(HashSet::<Who>::new);
    let group_total = groups.len();
    let mut budget = LIST_LIMIT;
    let groups: Vec<(Who, Vec<(&Rc<Article>, usize)>, usize)> = groups
        .into_iter()
        .take(LIST_LIMIT)
        .map(|(who, list)| {
            let shown = if expanded.contains(&who) {
                list.len().min(LIST_LIMIT)
            } else {
                list.len().min(budget).min(LIST_LIMIT / 4)
            };
            budget = budget.saturating_sub(shown);
            (who, list, shown)
        })
        .collect();
    let hidden_groups: usize = group_total - groups.len();
    html! {
        <section class="sift-panel sift-claims" aria-labelledby="sift-claims-h">
            <h2 id="sift-claims-h">{"Who said what"}</h2>
            if groups.is_empty() {
                <p class="sift-empty">{ if props.articles.is_empty() { "Who said what in the articles you load appears here." } else { "No claims found." } }</p>
            }
            { for groups.into_iter().map(|(who, list, shown)| html! {
                <div class="sift-speaker"
                     data-entity={if let Who::Speaker(name) = &who { Some(name.clone()) } else { None }}
                     data-source={if let Who::Unnamed(key, _) = &who { Some(key.clone()) } else { None }}>
                    <h3>
                        { who_name(&who) }
                        if matches!(who, Who::Unnamed(..)) { <span class="sift-unnamed">{"not named"}</span> }
                        <span class="sift-count">{ list.len() }</span>
                    </h3>
                    if shown > 0 {
                    // One Tab stop per group, as the entity chips: the arrows move between claims.
                    <ul class="sift-claim-list" onkeydown={roving_keys(".sift-claim-list", ".sift-claim-item")}
                        onfocusin={roving_focus(".sift-claim-list", ".sift-claim-item")}>
                    { for list.iter().copied().take(shown).enumerate().map(|(n, (a, i))| {
                        let c = &a.doc.claims[i];
                        let kind = c.kind.as_str();
                        let content: Vec<&str> = c.content.iter().map(|s| s.text.as_str()).collect();
                        let jump = props.on_jump.reform({ let r = mark_ref(a.id, "claim", i); let id = a.id; move |_: MouseEvent| (id, r.clone()) });
                        html! {
                            <li>
                                <button type="button" class="sift-claim-item" onclick={jump}
                                        tabindex={if n == 0 { "0" } else { "-1" }}>
                                    <span class="sift-claim-kind" data-claim-kind={kind}>{ kind }</span>
                                    // Heard as "indirect: “…”", not run together with the quote.
                                    <span class="sift-visually-hidden">{": "}</span>
                                    { quoted(&content.join(" … ")) }
                                    if let Some(cue) = &c.cue { <span class="sift-cue">{ format!(" — {}", cue.text.trim_end_matches([':', ' '])) }</span> }
                                    if !c.hedges.is_empty() { <span class="sift-hedge">{ format!(" hedged: {}", c.hedges.join(", ")) }</span> }
                                </button>
                            </li>
                        }
                    }) }
                    </ul>
                    }
                    if expanded.contains(&who) || shown < list.len() {
                        <button type="button" class="sift-show-all"
                                aria-expanded={expanded.contains(&who).to_string()}
                                aria-label={format!("{} by {}", show_all_label(shown, list.len(), expanded.contains(&who)), who_name(&who))}
                                onclick={{ let expanded = expanded.clone(); let who = who.clone(); move |_: MouseEvent| {
                                    let mut set = (*expanded).clone();
                                    if !set.remove(&who) {
                                        set.insert(who.clone());
                                    }
                                    expanded.set(set);
                                } }}>
                            { show_all_label(shown, list.len(), expanded.contains(&who)) }
                        </button>
                    }
                    if expanded.contains(&who) { { more_note(shown, list.len()) } }
                </div>
            }) }
            if hidden_groups > 0 {
                <p class="sift-more">{ format!("Showing {} of {group_total} speakers and sources; search finds the rest.", group_total - hidden_groups) }</p>
            }
        </section>
    }
}

/// The label of a group's button that draws the claims it does not show yet, or hides them again.
fn show_all_label(shown: usize, total: usize, expanded: bool) -> String {
    if expanded {
        return "Show fewer".to_string();
    }
    let hidden = total - shown;
    let claims = if hidden == 1 { "claim" } else { "claims" };
    if shown == 0 {
        format!("Show {hidden} {claims}")
    } else {
        format!("Show {hidden} more {claims}")
    }
}

/// The heading of a group.
fn who_name(who: &Who) -> &str {
    match who {
        Who::Speaker(name) => name,
        Who::Unnamed(_, text) => text,
        Who::Unattributed => "Unattributed",
    }
}

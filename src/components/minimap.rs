use super::{mark_ref, shown};
use crate::state::Article;
use std::collections::HashMap;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub article: Rc<Article>,
    pub selected: Option<String>,
    pub aliases: Rc<HashMap<String, String>>,
    pub on_jump: Callback<(u32, String)>,
}

/// Where the selected entity's mentions fall in the article, as ticks on a bar.
#[function_component(Minimap)]
pub fn minimap(props: &Props) -> Html {
    let a = &props.article;
    let len = a.text.len().max(1) as f64;
    let map_ref = use_node_ref();
    {
        let map_ref = map_ref.clone();
        use_effect(move || {
            if let Some(el) = map_ref.cast::<web_sys::Element>() {
                super::apply_positions(&el);
            }
        });
    }
    let Some(sel) = &props.selected else {
        return html! {};
    };
    // One tick per fifth of a per cent at most: a long article can mention a name thousands of times.
    let mentions: Vec<(usize, &sift_core::Entity)> = a
        .doc
        .entities
        .iter()
        .enumerate()
        .filter(|(_, e)| shown(&props.aliases, &e.entity) == sel)
        .collect();
    let total = mentions.len();
    let mut last_slot = None;
    let ticks = mentions.iter().enumerate().filter(|(_, (_, e))| {
        let slot = (e.start as f64 / len * 500.0) as u32;
        last_slot.replace(slot) != Some(slot)
    }).map(|(nth, &(i, e))| {
        let top = e.start as f64 / len * 100.0;
        let jump = props.on_jump.reform({ let r = mark_ref(a.id, "entity", i); let id = a.id; move |_: MouseEvent| (id, r.clone()) });
        html! {
            <button type="button" class="sift-tick" data-pos={format!("top:{top:.2}%")} onclick={jump}
                    aria-label={format!("{sel}, mention {} of {total}", nth + 1)}></button>
        }
    });
    html! {
        <div class="sift-minimap" ref={map_ref} role="group" aria-label={format!("Where {sel} is mentioned")}>
            { for ticks }
        </div>
    }
}

use super::{mark_ref, number_value, qualifier_text, shown};
use std::collections::HashMap;
use crate::highlight::{highlights, nest, Highlight, Layer, Node};
use crate::state::Article;
use std::collections::BTreeSet;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub article: Rc<Article>,
    pub hidden_layers: BTreeSet<Layer>,
    pub hidden_labels: BTreeSet<String>,
    pub selected: Option<String>,
    pub aliases: Rc<HashMap<String, String>>,
    /// A mark was activated (click, Enter): the entity or speaker it refers to.
    pub on_select: Callback<Option<String>>,
}

/// What a mark shows: its label, its entity, and the tooltip text.
struct MarkInfo {
    kind: &'static str,
    label: String,
    entity: Option<String>,
    tip: String,
}

fn info(article: &Article, aliases: &HashMap<String, String>, h: &Highlight) -> MarkInfo {
    let doc = &article.doc;
    match h.layer {
        Layer::Entity => {
            let e = &doc.entities[h.index];
            let name = shown(aliases, &e.entity).to_string();
            MarkInfo { kind: "entity", label: e.label.as_str().to_string(), tip: format!("{} · {name}", e.label.as_str()), entity: Some(name) }
        }
        Layer::Number => {
            let n = &doc.numbers[h.index];
            let mut tip = n.kind.as_str().to_string();
            let value = number_value(n);
            if !value.is_empty() {
                tip += &format!(" · {value}");
            }
            if let Some(unit) = &n.unit {
                tip += &format!(" {unit}");
            }
            if n.qualifier != sift_core::Qualifier::Exact {
                tip += &format!(" · {}", qualifier_text(n.qualifier));
            }
            if let Some(counted) = &n.counted {
                tip += &format!(" · counts {counted}");
            }
            MarkInfo { kind: "number", label: n.kind.as_str().to_string(), entity: None, tip }
        }
        Layer::Claim => {
            let c = &doc.claims[h.index];
            let kind = c.kind.as_str();
            let speaker = c.speaker.as_deref().map(|s| shown(aliases, s).to_string());
            let who = speaker
                .clone()
                .or_else(|| c.source.as_ref().map(|s| format!("“{}” (unresolved)", s.text)))
                .unwrap_or_else(|| "unknown speaker".to_string());
            let mut tip = format!("Claim ({kind}) · {who}");
            if let Some(cue) = &c.cue {
                tip += &format!(" · {}", cue.text);
            }
            if !c.hedges.is_empty() {
                tip += &format!(" · hedged: {}", c.hedges.join(", "));
            }
            MarkInfo { kind: "claim", label: kind.to_string(), entity: speaker, tip }
        }
    }
}

fn render(article: &Article, aliases: &HashMap<String, String>, nodes: &[Node], selected: Option<&str>) -> Html {
    nodes
        .iter()
        .map(|node| match node {
            Node::Text { start, end } => html! { { article.text.get(*start..*end).unwrap_or_default() } },
            Node::Mark { highlight, start, children, .. } => {
                let m = info(article, aliases, highlight);
                let is_selected = m.entity.is_some() && m.entity.as_deref() == selected;
                // The first piece of a split highlight carries the reference others jump to.
                let first_piece = match highlight.layer {
                    Layer::Entity => article.doc.entities[highlight.index].start == *start,
                    Layer::Number => article.doc.numbers[highlight.index].start == *start,
                    Layer::Claim => article.doc.claims[highlight.index].content.first().is_some_and(|c| c.start == *start),
                };
                let reference = first_piece.then(|| mark_ref(article.id, m.kind, highlight.index));
                let speaker = (highlight.layer == Layer::Claim && first_piece)
                    .then(|| m.entity.clone().unwrap_or_else(|| "?".to_string()));
                html! {
                    <mark class={classes!("sift-mark", format!("sift-{}", m.kind))}
                          data-kind={m.kind} data-label={m.label.clone()} data-entity={m.entity.clone()}
                          data-selected={if is_selected { Some("true") } else { None }}
                          data-ref={reference} data-speaker={speaker}
                          data-tip={m.tip.clone()} aria-label={m.tip.clone()}
                          tabindex="0">
                        { render(article, aliases, children, selected) }
                    </mark>
                }
            }
        })
        .collect()
}

/// The tooltip of the mark an event happened in: its text and where to show it.
fn mark_tip(event: &Event) -> Option<(String, f64, f64)> {
    let target: web_sys::Element = event.target()?.dyn_into().ok()?;
    let mark = target.closest("mark[data-tip]").ok()??;
    let rect = mark.get_bounding_client_rect();
    Some((mark.get_attribute("data-tip")?, rect.left(), rect.bottom() + 6.0))
}

fn mark_entity(event: &Event) -> Option<Option<String>> {
    let target: web_sys::Element = event.target()?.dyn_into().ok()?;
    let mark = target.closest("mark[data-kind]").ok()??;
    Some(mark.get_attribute("data-entity"))
}

/// The article with its highlights. One listener on the container handles every mark.
#[function_component(Reader)]
pub fn reader(props: &Props) -> Html {
    let article = &props.article;
    let tree = {
        let hidden_layers = props.hidden_layers.clone();
        let hidden_labels = props.hidden_labels.clone();
        let article = article.clone();
        use_memo((article, hidden_layers, hidden_labels), |(article, layers, labels)| {
            let hs = highlights(&article.doc, |layer, label| !layers.contains(&layer) && !labels.contains(label));
            nest(article.text.len(), &hs)
        })
    };
    let onclick = {
        let on_select = props.on_select.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(entity) = mark_entity(&e) {
                on_select.emit(entity);
            }
        })
    };
    let onkeydown = {
        let on_select = props.on_select.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" || e.key() == " " {
                if let Some(entity) = mark_entity(&e) {
                    e.prevent_default();
                    on_select.emit(entity);
                }
            } else if e.key() == "Escape" {
                on_select.emit(None);
            }
        })
    };
    // The tooltip follows the pointer and the keyboard focus.
    let tip = use_state(|| None::<(String, f64, f64)>);
    let show_tip = {
        let tip = tip.clone();
        Callback::from(move |e: Event| tip.set(mark_tip(&e)))
    };
    let hide_tip = {
        let tip = tip.clone();
        Callback::from(move |_: Event| tip.set(None))
    };
    let onmouseover = show_tip.reform(|e: MouseEvent| e.into());
    let onfocusin = show_tip.reform(|e: FocusEvent| e.into());
    let onmouseleave = hide_tip.reform(|e: MouseEvent| e.into());
    let onfocusout = hide_tip.reform(|e: FocusEvent| e.into());
    html! {
        <article class="sift-article" aria-label={article.title.clone()} {onclick} {onkeydown}
                 {onmouseover} {onfocusin} {onmouseleave} {onfocusout}>
            <h2 class="sift-article-heading">{ &article.title }</h2>
            <div class="sift-text">{ render(article, &props.aliases, &tree, props.selected.as_deref()) }</div>
            if let Some((text, x, y)) = (*tip).clone() {
                <div class="sift-tooltip" role="tooltip" style={format!("left:{x:.0}px;top:{y:.0}px")}>{ text }</div>
            }
        </article>
    }
}

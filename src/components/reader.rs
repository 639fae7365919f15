use super::{mark_ref, number_value, qualifier_text, readable_time, shown};
use crate::highlight::{blocks, highlights, Highlight, Layer, Node, Sorted};
use crate::state::Article;
use std::collections::BTreeSet;
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Articles up to this size are drawn whole; longer ones in blocks, with marks only in the blocks
/// near the view (the others are plain text the browser does not even lay out while off screen).
const DRAW_WHOLE_BYTES: usize = 48 * 1024;
const BLOCK_BYTES: usize = 4 * 1024;
/// How far beyond the view blocks get their marks.
const MARGIN: &str = "1200px 0px";
/// A long article's text enters the page a few blocks per task (the first ones at once), so that
/// no single task creates and styles megabytes of text.
const FIRST_BLOCKS: usize = 16;
const BLOCKS_PER_TASK: usize = 24;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub article: Rc<Article>,
    pub hidden_layers: BTreeSet<Layer>,
    pub hidden_labels: BTreeSet<String>,
    pub selected: Option<String>,
    pub aliases: Rc<HashMap<String, String>>,
    /// A mark was activated (click, Enter): the entity or speaker it refers to.
    pub on_select: Callback<Option<String>>,
    /// The mark to scroll to and focus: (request number, `data-ref`).
    #[prop_or_default]
    pub focus: Option<(u32, String)>,
    /// The text to select and scroll to: (request number, byte start, byte end), a search match.
    #[prop_or_default]
    pub reveal: Option<(u32, usize, usize)>,
}

/// What a mark shows: its label, its entity, and the tooltip text.
struct MarkInfo {
    kind: &'static str,
    label: String,
    entity: Option<String>,
    tip: String,
}

/// What a highlight is, as its tooltip and `aria-description` say it ("PERSON · Donald Trump");
/// the embed's `annotate()` describes its marks the same way.
pub(crate) fn mark_description(doc: &sift_core::Document, h: &Highlight) -> String {
    info(doc, &HashMap::new(), h).tip
}

fn info(doc: &sift_core::Document, aliases: &HashMap<String, String>, h: &Highlight) -> MarkInfo {
    match h.layer {
        Layer::Entity => {
            let e = &doc.entities[h.index];
            let name = shown(aliases, &e.entity).to_string();
            MarkInfo {
                kind: "entity",
                label: e.label.as_str().to_string(),
                tip: format!("{} · {name}", e.label.as_str()),
                entity: Some(name),
            }
        }
        Layer::Number => {
            let n = &doc.numbers[h.index];
            let mut tip = n.kind.as_str().to_string();
            // A date or duration in words ("a Wednesday", "8 months"), not its ISO code, as the
            // numbers table shows it.
            let value = number_value(n);
            let value = readable_time(&value).unwrap_or(value);
            if !value.is_empty() {
                tip += &format!(" · {value}");
            }
            if let Some(unit) = &n.unit {
                tip += &format!(" {unit}");
            }
            if n.qualifier != sift_core::Qualifier::Exact {
                tip += &format!(" · {}", qualifier_text(n));
            }
            if let Some(counted) = &n.counted {
                tip += &format!(" · counts {counted}");
            }
            MarkInfo {
                kind: "number",
                label: n.kind.as_str().to_string(),
                entity: None,
                tip,
            }
        }
        Layer::Claim => {
            let c = &doc.claims[h.index];
            let kind = c.kind.as_str();
            let speaker = c.speaker.as_deref().map(|s| shown(aliases, s).to_string());
            let who = crate::excerpt::speaker_words(
                speaker.as_deref(),
                c.source.as_ref().map(|s| s.text.as_str()),
            );
            let mut tip = format!("Claim ({kind}) · {who}");
            if let Some(cue) = &c.cue {
                tip += &format!(" · {}", cue.text);
            }
            if !c.hedges.is_empty() {
                tip += &format!(" · hedged: {}", c.hedges.join(", "));
            }
            MarkInfo {
                kind: "claim",
                label: kind.to_string(),
                entity: speaker,
                tip,
            }
        }
    }
}

fn render(
    article: &Article,
    aliases: &HashMap<String, String>,
    nodes: &[Node],
    selected: Option<&str>,
) -> Html {
    nodes
        .iter()
        .map(|node| match node {
            Node::Text { start, end } => html! { { article.text.get(*start..*end).unwrap_or_default() } },
            Node::Mark { highlight, start, children, .. } => {
                let m = info(&article.doc, aliases, highlight);
                let is_selected = m.entity.is_some() && m.entity.as_deref() == selected;
                let reference = reference_at(article, highlight, *start);
                let first_piece = reference.is_some();
                let tag = (highlight.layer == Layer::Claim && first_piece).then(|| {
                    let claim = &article.doc.claims[highlight.index];
                    crate::excerpt::speaker_tag(m.entity.as_deref(), claim.source.as_ref().map(|s| s.text.as_str()))
                });
                let unresolved = tag.as_ref().is_some_and(|(_, known)| !known).then_some("true");
                let speaker = tag.map(|(text, _)| text);
                html! {
                    <mark class={classes!("sift-mark", format!("sift-{}", m.kind))}
                          data-kind={m.kind} data-label={m.label.clone()} data-entity={m.entity.clone()}
                          data-selected={if is_selected { Some("true") } else { None }}
                          data-ref={reference} data-speaker={speaker} data-unresolved={unresolved}
                          data-tip={m.tip.clone()} aria-description={m.tip.clone()}
                          tabindex="-1">
                        { render(article, aliases, children, selected) }
                    </mark>
                }
            }
        })
        .collect()
}

/// Selects the text `[start, end)` (byte offsets into `text`, which `container`'s text nodes hold
/// exactly) and scrolls it to the middle of the window: a search match, which need not be a mark.
fn select_text(container: &web_sys::Element, text: &str, start: usize, end: usize) -> Option<()> {
    let utf16 = |i: usize| text.get(..i).map(|t| t.encode_utf16().count() as u32);
    let (start, end) = (utf16(start)?, utf16(end)?);
    let container: web_sys::Node = container.clone().into();
    // The reader's text nodes, in order, hold the article's text exactly.
    let (mut pos, mut from, mut to) = (0u32, None, None);
    let mut node = container.first_child();
    while let Some(n) = node {
        if n.node_type() == web_sys::Node::TEXT_NODE {
            let len = n.unchecked_ref::<web_sys::CharacterData>().length();
            if from.is_none() && start < pos + len {
                from = Some((n.clone(), start - pos));
            }
            if end <= pos + len {
                to = Some((n.clone(), end - pos));
                break;
            }
            pos += len;
        }
        node = match n.first_child() {
            Some(child) => Some(child),
            None => {
                let mut up = Some(n);
                loop {
                    let Some(at) = up else { break None };
                    if at.is_same_node(Some(&container)) {
                        break None;
                    }
                    if let Some(next) = at.next_sibling() {
                        break Some(next);
                    }
                    up = at.parent_node();
                }
            }
        };
    }
    let ((start_node, start_offset), (end_node, end_offset)) = (from?, to?);
    let window = web_sys::window()?;
    let range = window.document()?.create_range().ok()?;
    range.set_start(&start_node, start_offset).ok()?;
    range.set_end(&end_node, end_offset).ok()?;
    let selection = window.get_selection().ok()??;
    selection.remove_all_ranges().ok()?;
    selection.add_range(&range).ok()?;
    let middle = window.inner_height().ok()?.as_f64()? / 2.0;
    window.scroll_by_with_x_and_y(0.0, range.get_bounding_client_rect().top() - middle);
    // Blocks drawn or emptied around the new view change the heights above it: centre the words
    // again while they move.
    wasm_bindgen_futures::spawn_local(async move {
        for _ in 0..10 {
            yew::platform::time::sleep(std::time::Duration::from_millis(100)).await;
            let top = range.get_bounding_client_rect().top();
            if (top - middle).abs() > middle / 2.0 {
                window.scroll_by_with_x_and_y(0.0, top - middle);
            }
        }
    });
    Some(())
}

/// After a jump to a mark far into a long article, the blocks above it are drawn and filled
/// with their text, and their heights change: the mark is put back in the middle of the window
/// while that goes on, for as long as it keeps the focus (at most three seconds).
fn keep_in_view(text: web_sys::Element, reference: String) {
    wasm_bindgen_futures::spawn_local(async move {
        let Some(window) = web_sys::window() else {
            return;
        };
        let middle = window
            .inner_height()
            .ok()
            .and_then(|h| h.as_f64())
            .unwrap_or(800.0)
            / 2.0;
        for _ in 0..30 {
            yew::platform::time::sleep(std::time::Duration::from_millis(100)).await;
            let Ok(Some(mark)) = text.query_selector(&format!("mark[data-ref=\"{reference}\"]"))
            else {
                return;
            };
            // The focus is in the document, or in the shadow root of an embedded explorer.
            let root = text.get_root_node();
            let active = match root.dyn_ref::<web_sys::ShadowRoot>() {
                Some(shadow) => shadow.active_element(),
                None => window.document().and_then(|d| d.active_element()),
            };
            if active.as_ref() != Some(&mark) {
                return;
            }
            let rect = mark.get_bounding_client_rect();
            let top = rect.top() + rect.height() / 2.0;
            if (top - middle).abs() > middle / 2.0 {
                window.scroll_by_with_x_and_y(0.0, top - middle);
            }
        }
    });
}

/// The tooltip of the mark an event happened in: its text and where to show it.
fn mark_tip(event: &Event) -> Option<(String, f64, f64)> {
    let target: web_sys::Element = event.target()?.dyn_into().ok()?;
    let mark = target.closest("mark[data-tip]").ok()??;
    let rect = mark.get_bounding_client_rect();
    Some((
        mark.get_attribute("data-tip")?,
        rect.left(),
        rect.bottom() + 6.0,
    ))
}

/// The mark an event went to, if it went to one.
fn mark_target(event: &Event) -> Option<web_sys::Element> {
    let target: web_sys::Element = event.target()?.dyn_into().ok()?;
    target.matches("mark[data-kind]").ok()?.then_some(target)
}

#[derive(Clone, Copy)]
enum Step {
    Next,
    Previous,
    First,
    Last,
}

/// The mark of `text` that `step` leads to from `from`, in reading order.
fn step_mark(
    text: &web_sys::Element,
    from: &web_sys::Element,
    step: Step,
) -> Option<web_sys::Element> {
    let list = text.query_selector_all("mark[data-kind]").ok()?;
    let n = list.length();
    let at = |i: u32| {
        list.item(i)
            .and_then(|m| m.dyn_into::<web_sys::Element>().ok())
    };
    let here = (0..n).find(|&i| at(i).as_ref() == Some(from))?;
    match step {
        Step::Next => at(here + 1),
        Step::Previous => here.checked_sub(1).and_then(at),
        Step::First => at(0),
        Step::Last => n.checked_sub(1).and_then(at),
    }
}

fn mark_entity(event: &Event) -> Option<Option<String>> {
    let target: web_sys::Element = event.target()?.dyn_into().ok()?;
    let mark = target.closest("mark[data-kind]").ok()??;
    Some(mark.get_attribute("data-entity"))
}

/// The `data-ref` of the piece of `highlight` that starts at `start`: the first piece of a split
/// highlight carries the reference others jump to, the others none.
fn reference_at(article: &Article, highlight: &Highlight, start: usize) -> Option<String> {
    let doc = &article.doc;
    let first_piece = match highlight.layer {
        Layer::Entity => doc.entities.get(highlight.index).map(|e| e.start),
        Layer::Number => doc.numbers.get(highlight.index).map(|n| n.start),
        Layer::Claim => doc
            .claims
            .get(highlight.index)
            .and_then(|c| c.content.first())
            .map(|c| c.start),
    } == Some(start);
    first_piece.then(|| mark_ref(article.id, highlight.layer.kind(), highlight.index))
}

/// Where the mark with `data-ref` `reference` starts in `article` (bytes).
fn mark_offset(article: &Article, reference: &str) -> Option<usize> {
    let mut parts = reference.rsplitn(3, '-');
    let index: usize = parts.next()?.parse().ok()?;
    let kind = parts.next()?;
    let doc = &article.doc;
    match kind {
        "entity" => doc.entities.get(index).map(|e| e.start),
        "number" => doc.numbers.get(index).map(|n| n.start),
        "claim" => doc
            .claims
            .get(index)
            .and_then(|c| c.content.first())
            .map(|c| c.start),
        _ => None,
    }
}

/// The article with its highlights. One listener on the container handles every mark. A long
/// article is drawn in blocks: all of its text is there, but only the blocks near the view carry
/// marks, so the page holds a bounded number of elements whatever the length.
#[function_component(Reader)]
pub fn reader(props: &Props) -> Html {
    let article = &props.article;
    // The blocks, and each drawn as plain text (reused while a block is away from the view). The
    // text of an article never changes, so this is done once per article.
    let layout = {
        let article = article.clone();
        use_memo(article.id, move |_| {
            let ranges = blocks(&article.text, DRAW_WHOLE_BYTES, BLOCK_BYTES);
            let plain: Vec<Html> = ranges
                .iter()
                .enumerate()
                .map(|(i, &(start, end))| {
                    let text = article.text.get(start..end).unwrap_or_default();
                    html! { <div class="sift-block" dir="auto" key={i.to_string()} data-block={i.to_string()}>{ text }</div> }
                })
                .collect();
            (ranges, plain)
        })
    };
    let text_ref = use_node_ref();
    let force_update = use_force_update();
    // How many blocks have their text in the page; the rest are empty blocks of the usual height.
    let filled = use_mut_ref(|| FIRST_BLOCKS);
    {
        let (filled, force_update, count) = (filled.clone(), force_update.clone(), layout.0.len());
        use_effect_with(article.id, move |_| {
            let alive = Rc::new(std::cell::Cell::new(true));
            let running = alive.clone();
            wasm_bindgen_futures::spawn_local(async move {
                while *filled.borrow() < count {
                    crate::analyser::next_task().await;
                    if !running.get() {
                        return;
                    }
                    let next = (*filled.borrow() + BLOCKS_PER_TASK).min(count);
                    *filled.borrow_mut() = next;
                    force_update.force_update();
                }
            });
            move || alive.set(false)
        });
    }
    // Blocks near the view (long articles), and a block drawn for a jump to a mark in it.
    let near = use_mut_ref(Vec::<bool>::new);
    let forced = use_mut_ref(|| None::<usize>);
    let long = layout.0.len() > 1;
    // The highlights in the order of the text, for the layers and labels shown. A long article's
    // are sorted in a task of their own, after the one that draws its analysis arriving (until
    // then its blocks stay plain, or keep the marks of the last layers and labels shown).
    let sort = |(article, layers, labels): &(Rc<Article>, BTreeSet<Layer>, BTreeSet<String>)| {
        let hs = highlights(&article.doc, |layer, label| {
            !layers.contains(&layer) && !labels.contains(label)
        });
        Rc::new(Sorted::new(article.text.len(), hs))
    };
    let shown = (
        article.clone(),
        props.hidden_layers.clone(),
        props.hidden_labels.clone(),
    );
    let sorted_now = use_memo((shown.clone(), long), |(shown, long)| {
        (!long).then(|| sort(shown))
    });
    let sorted_later = use_mut_ref(|| None::<(Rc<Article>, Rc<Sorted>)>);
    {
        let (sorted_later, force_update) = (sorted_later.clone(), force_update.clone());
        use_effect_with((shown, long), move |(shown, long)| {
            let alive = Rc::new(std::cell::Cell::new(true));
            // Another article's highlights are not kept alive with it.
            if sorted_later
                .borrow()
                .as_ref()
                .is_some_and(|(a, _)| a.id != shown.0.id)
            {
                *sorted_later.borrow_mut() = None;
            }
            if *long && shown.0.analysed {
                let (running, shown) = (alive.clone(), shown.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    crate::analyser::next_task().await;
                    if running.get() {
                        *sorted_later.borrow_mut() = Some((shown.0.clone(), sort(&shown)));
                        force_update.force_update();
                    }
                });
            }
            move || alive.set(false)
        });
    }
    let tree = (*sorted_now).clone().or_else(|| {
        sorted_later
            .borrow()
            .as_ref()
            .filter(|(sorted_for, _)| Rc::ptr_eq(sorted_for, article))
            .map(|(_, sorted)| sorted.clone())
    });
    {
        let (text_ref, near, force_update) = (text_ref.clone(), near.clone(), force_update.clone());
        use_effect_with((article.id, layout.0.len()), move |_| {
            let observer = long.then(|| {
                let callback =
                    Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
                        let mut changed = false;
                        let mut set = near.borrow_mut();
                        for entry in entries.iter() {
                            let entry: web_sys::IntersectionObserverEntry = entry.unchecked_into();
                            let Some(i) = entry
                                .target()
                                .get_attribute("data-block")
                                .and_then(|v| v.parse::<usize>().ok())
                            else {
                                continue;
                            };
                            if set.len() <= i {
                                set.resize(i + 1, false);
                            }
                            changed |= set[i] != entry.is_intersecting();
                            set[i] = entry.is_intersecting();
                        }
                        drop(set);
                        if changed {
                            force_update.force_update();
                        }
                    });
                let init = web_sys::IntersectionObserverInit::new();
                init.set_root_margin(MARGIN);
                let observer = web_sys::IntersectionObserver::new_with_options(
                    callback.as_ref().unchecked_ref(),
                    &init,
                )
                .ok();
                if let (Some(observer), Some(text)) =
                    (&observer, text_ref.cast::<web_sys::Element>())
                {
                    let children = text.children();
                    for i in 0..children.length() {
                        if let Some(child) = children.item(i) {
                            observer.observe(&child);
                        }
                    }
                }
                (observer, callback)
            });
            move || {
                if let Some((Some(observer), _callback)) = observer {
                    observer.disconnect();
                }
            }
        });
    }
    // A search match: draw its block, then select the words and scroll them into view.
    // (start, end, drawn): `drawn` once the render that draws the block has happened, so that the
    // words are selected in the nodes that stay (selecting them in the plain text the drawing
    // replaces would lose the selection).
    let pending_reveal = use_mut_ref(|| None::<(usize, usize, bool)>);
    {
        let (layout, pending_reveal, forced, force_update) = (
            layout.clone(),
            pending_reveal.clone(),
            forced.clone(),
            force_update.clone(),
        );
        use_effect_with(props.reveal, move |reveal| {
            if let Some((_, start, end)) = *reveal {
                let block = layout.0.partition_point(|&(_, e)| e <= start);
                if block < layout.0.len() {
                    *forced.borrow_mut() = Some(block);
                    *pending_reveal.borrow_mut() = Some((start, end, false));
                    force_update.force_update();
                }
            }
        });
    }
    {
        let (text_ref, pending_reveal, layout, article) = (
            text_ref.clone(),
            pending_reveal.clone(),
            layout.clone(),
            article.clone(),
        );
        use_effect(move || {
            let Some((start, end, drawn)) = *pending_reveal.borrow() else {
                return;
            };
            if !drawn {
                *pending_reveal.borrow_mut() = Some((start, end, true));
                return;
            }
            let block = layout.0.partition_point(|&(_, e)| e <= start);
            let (Some(&(from, to)), Some(text)) =
                (layout.0.get(block), text_ref.cast::<web_sys::Element>())
            else {
                return;
            };
            // The block holds its text once it is drawn (marked or plain).
            let Ok(Some(el)) = text.query_selector(&format!("[data-block=\"{block}\"]")) else {
                return;
            };
            if el.first_child().is_none() {
                return;
            }
            let piece = article.text.get(from..to).unwrap_or_default();
            // The focus follows to the match (from the search box, Enter on a text match): its
            // paragraph takes it, and the match is selected inside it.
            if let Ok(block) = el.clone().dyn_into::<web_sys::HtmlElement>() {
                let _ = block.set_attribute("tabindex", "-1");
                let _ = block.focus();
            }
            if select_text(&el, piece, start - from, end.min(to) - from).is_some() {
                *pending_reveal.borrow_mut() = None;
            }
        });
    }
    // A jump to a mark: draw its block, then scroll to the mark and focus it.
    let pending_focus = use_mut_ref(|| None::<String>);
    let jump = {
        let (article, layout, pending_focus, forced, force_update) = (
            article.clone(),
            layout.clone(),
            pending_focus.clone(),
            forced.clone(),
            force_update.clone(),
        );
        Rc::new(move |reference: &str| {
            if let Some(offset) = mark_offset(&article, reference) {
                let block = layout.0.partition_point(|&(_, end)| end <= offset);
                *forced.borrow_mut() = Some(block);
                *pending_focus.borrow_mut() = Some(reference.to_string());
                force_update.force_update();
            }
        })
    };
    {
        let jump = jump.clone();
        use_effect_with(props.focus.clone(), move |focus| {
            if let Some((_, reference)) = focus {
                jump(reference);
            }
        });
    }
    {
        let (text_ref, pending_focus) = (text_ref.clone(), pending_focus.clone());
        use_effect(move || {
            let reference = pending_focus.borrow().clone();
            if let (Some(reference), Some(text)) = (reference, text_ref.cast::<web_sys::Element>())
            {
                if let Ok(Some(mark)) =
                    text.query_selector(&format!("mark[data-ref=\"{reference}\"]"))
                {
                    *pending_focus.borrow_mut() = None;
                    let options = web_sys::ScrollIntoViewOptions::new();
                    options.set_block(web_sys::ScrollLogicalPosition::Center);
                    mark.scroll_into_view_with_scroll_into_view_options(&options);
                    if let Ok(el) = mark.clone().dyn_into::<web_sys::HtmlElement>() {
                        let _ = el.focus();
                    }
                    keep_in_view(text, reference);
                }
            }
        });
    }
    let onclick = {
        let on_select = props.on_select.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(entity) = mark_entity(&e) {
                on_select.emit(entity);
            }
        })
    };
    // One mark of the text is a Tab stop, the one last focused (at first the first one); the arrow
    // keys move between marks. A text has hundreds, and Tab should pass it in one step.
    {
        let text_ref = text_ref.clone();
        use_effect(move || {
            if let Some(text) = text_ref.cast::<web_sys::Element>() {
                if let (Ok(None), Ok(Some(first))) = (
                    text.query_selector("mark[tabindex=\"0\"]"),
                    text.query_selector("mark[data-kind]"),
                ) {
                    let _ = first.set_attribute("tabindex", "0");
                }
            }
        });
    }
    let onkeydown = {
        let on_select = props.on_select.clone();
        let text_ref = text_ref.clone();
        let (tree, article) = (tree.clone(), article.clone());
        Callback::from(move |e: KeyboardEvent| {
            let step = match e.key().as_str() {
                "ArrowRight" | "ArrowDown" => Some(Step::Next),
                "ArrowLeft" | "ArrowUp" => Some(Step::Previous),
                "Home" => Some(Step::First),
                "End" => Some(Step::Last),
                _ => None,
            };
            // A long article has marks only near the view: its first and last marks are found in
            // the highlights, and jumped to.
            if let (Some(step @ (Step::First | Step::Last)), true, Some(tree), Some(_)) =
                (step, long, &tree, mark_target(&e))
            {
                let with_reference = |h: &Highlight| reference_at(&article, h, h.start);
                let reference = match step {
                    Step::First => tree.highlights().iter().find_map(with_reference),
                    _ => tree.highlights().iter().rev().find_map(with_reference),
                };
                if let Some(reference) = reference {
                    e.prevent_default();
                    jump(&reference);
                }
                return;
            }
            if let (Some(step), Some(text)) = (step, text_ref.cast::<web_sys::Element>()) {
                if let Some(next) = mark_target(&e).and_then(|m| step_mark(&text, &m, step)) {
                    e.prevent_default();
                    if let Ok(el) = next.dyn_into::<web_sys::HtmlElement>() {
                        let _ = el.focus();
                    }
                }
                return;
            }
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
    // After a tap, no tooltip: on a touch screen it would stay over the next lines until another
    // tap elsewhere, and what it says is in the panels.
    let touched = use_mut_ref(|| false);
    let show_tip = {
        let (tip, touched) = (tip.clone(), touched.clone());
        Callback::from(move |e: Event| {
            if !*touched.borrow() {
                tip.set(mark_tip(&e))
            }
        })
    };
    let onpointerdown = {
        let (tip, touched) = (tip.clone(), touched.clone());
        Callback::from(move |e: PointerEvent| {
            let touch = e.pointer_type() != "mouse";
            *touched.borrow_mut() = touch;
            if touch {
                tip.set(None);
            }
        })
    };
    let hide_tip = {
        let tip = tip.clone();
        Callback::from(move |_: Event| tip.set(None))
    };
    let tip_ref = use_node_ref();
    {
        let tip_ref = tip_ref.clone();
        use_effect_with((*tip).clone(), move |_| {
            if let Some(el) = tip_ref.cast::<web_sys::Element>() {
                super::apply_positions(&el);
            }
        });
    }
    let onmouseover = show_tip.reform(|e: MouseEvent| e.into());
    let onfocusin = {
        let (show_tip, text_ref) = (show_tip.clone(), text_ref.clone());
        Callback::from(move |e: FocusEvent| {
            if let (Some(mark), Some(text)) = (mark_target(&e), text_ref.cast::<web_sys::Element>())
            {
                if let Ok(Some(old)) = text.query_selector("mark[tabindex=\"0\"]") {
                    let _ = old.set_attribute("tabindex", "-1");
                }
                let _ = mark.set_attribute("tabindex", "0");
            }
            show_tip.emit(e.into());
        })
    };
    // Keys: the focus tooltip shows again (a keyboard is in use), and Esc hides it.
    let onkeydown = {
        let (tip, touched) = (tip.clone(), touched.clone());
        Callback::from(move |e: KeyboardEvent| {
            *touched.borrow_mut() = false;
            if e.key() == "Escape" {
                tip.set(None);
            }
            onkeydown.emit(e);
        })
    };
    let onmouseleave = hide_tip.reform(|e: MouseEvent| e.into());
    let onfocusout = hide_tip.reform(|e: FocusEvent| e.into());
    html! {
        <article class="sift-article" aria-label={article.title.clone()} {onclick} {onkeydown} {onpointerdown}
                 {onmouseover} {onfocusin} {onmouseleave} {onfocusout}>
            // A title the text opens with is heard, not seen twice.
            <h2 class={classes!("sift-article-heading", crate::loading::opens_with_title(&article.title, &article.text).then_some("sift-visually-hidden"))} dir="auto">{ &article.title }</h2>
            <div class={classes!("sift-text", long.then_some("sift-long"))} ref={text_ref}>
                { for layout.0.iter().zip(&layout.1).enumerate().map(|(i, (&(start, end), plain))| {
                    let drawn = article.analysed && (!long || near.borrow().get(i).copied().unwrap_or(false) || *forced.borrow() == Some(i));
                    if let (true, Some(tree)) = (drawn, &tree) {
                        html! {
                            <div class="sift-block" dir="auto" key={i.to_string()} data-block={i.to_string()}>
                                { render(article, &props.aliases, &tree.tree(start, end), props.selected.as_deref()) }
                            </div>
                        }
                    } else if i < *filled.borrow() {
                        plain.clone()
                    } else {
                        html! { <div class="sift-block" dir="auto" key={i.to_string()} data-block={i.to_string()}></div> }
                    }
                }) }
            </div>
            if let Some((text, x, y)) = (*tip).clone() {
                <div class="sift-tooltip" role="tooltip" ref={tip_ref} data-pos={format!("left:{x:.0}px;top:{y:.0}px")}>{ text }</div>
            }
        </article>
    }
}

#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    pub id: u32,
    /// Bytes analysed and bytes in all, once the analysis has reported.
    pub progress: Option<(usize, usize)>,
}

/// The progress bar of an article being analysed (a separate component, so that its updates do not
/// redraw the article).
#[function_component(AnalysisProgress)]
pub fn analysis_progress(props: &ProgressProps) -> Html {
    let id = format!("sift-progress-{}", props.id);
    let progress = props.progress.filter(|p| p.1 > 0);
    // Without a value the bar is indeterminate (the analysis has not reported yet).
    html! {
        <div class="sift-analysing">
            <label for={id.clone()}>{"Analysing…"}</label>
            <progress {id} max={progress.map(|p| p.1.to_string())} value={progress.map(|p| p.0.to_string())}></progress>
        </div>
    }
}

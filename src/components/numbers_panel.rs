use super::{
    mark_ref, more_note, number_value, qualifier_text, readable_time, snippet_within, LIST_LIMIT,
};
use crate::excerpt::value_order;
use crate::state::Article;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub article: Rc<Article>,
    pub on_jump: Callback<(u32, String)>,
}

#[derive(Clone, Copy, PartialEq)]
enum SortBy {
    Position,
    Kind,
    Value,
}

/// The article's numbers as a sortable table.
#[function_component(NumbersPanel)]
pub fn numbers_panel(props: &Props) -> Html {
    let sort = use_state(|| (SortBy::Position, false));
    let a = &props.article;
    let mut rows: Vec<usize> = (0..a.doc.numbers.len()).collect();
    let (by, desc) = *sort;
    rows.sort_by(|&x, &y| {
        let (n, m) = (&a.doc.numbers[x], &a.doc.numbers[y]);
        let ord = match by {
            SortBy::Position => n.start.cmp(&m.start),
            SortBy::Kind => n.kind.as_str().cmp(m.kind.as_str()),
            SortBy::Value => value_order(n)
                .partial_cmp(&value_order(m))
                .unwrap_or(std::cmp::Ordering::Equal)
                .then_with(|| number_value(n).cmp(&number_value(m)))
                .then(n.start.cmp(&m.start)),
        };
        if desc {
            ord.reverse()
        } else {
            ord
        }
    });
    let header = |title: &'static str, key: SortBy| {
        let sort = sort.clone();
        let active = by == key;
        let onclick = Callback::from(move |_: MouseEvent| {
            let (cur, d) = *sort;
            sort.set((key, if cur == key { !d } else { false }));
        });
        let aria = if active {
            if desc {
                "descending"
            } else {
                "ascending"
            }
        } else {
            "none"
        };
        html! { <th scope="col" aria-sort={aria}><button type="button" {onclick}>{ title }</button></th> }
    };
    html! {
        <section class="sift-panel sift-numbers" aria-labelledby="sift-numbers-h">
            <h2 id="sift-numbers-h">{"Numbers"}</h2>
            if rows.is_empty() { <p class="sift-empty">{"No numbers found."}</p> } else {
            <table>
                <thead><tr>
                    { header("Where", SortBy::Position) }<th scope="col">{"Context"}</th>{ header("Value", SortBy::Value) }
                    { header("Type", SortBy::Kind) }
                </tr></thead>
                <tbody>
                { for rows.iter().copied().take(LIST_LIMIT).map(|i| {
                    let n = &a.doc.numbers[i];
                    let (before, hit, after) = snippet_within(&a.text, n.start, n.end, 30);
                    // Dates and durations in words, with the ISO value (as exported) on hover.
                    let value = number_value(n);
                    let words = readable_time(&value);
                    let jump = props.on_jump.reform({ let r = mark_ref(a.id, "number", i); let id = a.id; move |_: MouseEvent| (id, r.clone()) });
                    html! {
                        <tr>
                            // Its context tells one "Wednesday" from another.
                            <td><button type="button" class="sift-jump" onclick={jump} aria-label={format!("Show {hit} in the text")}
                                        aria-describedby={format!("sift-number-context-{i}")}>{"↪"}</button></td>
                            <td class="sift-context" id={format!("sift-number-context-{i}")}>{ format!("…{before}") }<strong>{ hit }</strong>{ format!("{after}…") }</td>
                            // The value with its unit, then what it counts and how exact it is: four
                            // columns fit a narrow panel where seven did not.
                            <td class="sift-num" title={words.is_some().then(|| value.clone())}>
                                { words.unwrap_or(value) }
                                if let Some(unit) = &n.unit { { format!(" {unit}") } }
                                if let Some(counted) = &n.counted { <span class="sift-num-note">{ format!("counting {counted}") }</span> }
                                if n.qualifier != sift_core::Qualifier::Exact { <span class="sift-num-note">{ qualifier_text(n) }</span> }
                            </td>
                            <td>{ n.kind.as_str() }</td>
                        </tr>
                    }
                }) }
                </tbody>
            </table>
            { more_note(rows.len().min(LIST_LIMIT), rows.len()) }
            }
        </section>
    }
}

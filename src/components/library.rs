use crate::state::Article;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub articles: Vec<Rc<Article>>,
    pub current: Option<u32>,
    pub on_open: Callback<u32>,
    pub on_delete: Callback<u32>,
}

/// The side list of loaded articles.
#[function_component(Library)]
pub fn library(props: &Props) -> Html {
    html! {
        <nav class="sift-library" aria-label="Articles">
            <h2>{"Articles"}</h2>
            if props.articles.is_empty() {
                <p class="sift-empty">{"No articles yet: paste, drop or open one."}</p>
            }
            <ul>
            { for props.articles.iter().map(|a| {
                let id = a.id;
                let open = props.on_open.reform(move |_: MouseEvent| id);
                let delete = props.on_delete.reform(move |_: MouseEvent| id);
                let current = props.current == Some(id);
                html! {
                    // Keyed: after a deletion the focus must not stay on a button that now
                    // belongs to the next article (a second Enter would delete that one).
                    <li key={id.to_string()} class={classes!(current.then_some("sift-current"))}>
                        <button type="button" class="sift-article-button" onclick={open}
                                aria-current={if current { Some("true") } else { None }}>
                            <span class="sift-article-title" dir="auto">{ &a.title }</span>
                            <span class="sift-article-meta">
                                if a.analysed {
                                    { format!("{} · {} · {}",
                                        match a.doc.entities.len() { 1 => "1 entity".to_string(), n => format!("{n} entities") },
                                        crate::components::counted(a.doc.numbers.len(), "number"),
                                        crate::components::counted(a.doc.claims.len(), "claim")) }
                                } else {
                                    {"Analysing…"}
                                }
                            </span>
                        </button>
                        <button type="button" class="sift-delete" onclick={delete}
                                aria-label={format!("Delete {}", a.title)} title="Delete">{"✕"}</button>
                    </li>
                }
            }) }
            </ul>
        </nav>
    }
}

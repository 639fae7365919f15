//! The root component: owns the state (one reducer) and wires components to actions.

use crate::analyser::{Analyser, Reports};
use crate::components::claims_panel::ClaimsPanel;
use crate::components::entities_panel::EntitiesPanel;
use crate::components::export::ExportMenu;
use crate::components::library::Library;
use crate::components::loader::{read_files, Loaded, Loader};
use crate::components::minimap::Minimap;
use crate::components::notice::NoticeBanner;
use crate::components::numbers_panel::NumbersPanel;
use crate::components::reader::{AnalysisProgress, Reader};
use crate::components::search::Search;
use crate::components::toolbar::Toolbar;
use crate::highlight::Layer;
use crate::loading;
use crate::state::{Action, AppState, Incoming, Notice};
use crate::storage;
use std::collections::{HashMap, HashSet};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The two articles the app opens on.
pub fn sample_articles() -> Vec<(String, String)> {
    vec![
        (
            "Trump may meet Putin as soon as next week".to_string(),
            include_str!("../samples/000_e0917929e91c8f01.txt").to_string(),
        ),
        (
            "Trump warns Russia over ceasefire".to_string(),
            include_str!("../samples/002_cbcbdd5b42f263f4.txt").to_string(),
        ),
    ]
}

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// Articles to open with (title, text).
    pub articles: Vec<(String, String)>,
    /// Layers to show at first (all when `None`).
    #[prop_or_default]
    pub layers: Option<Vec<Layer>>,
    /// Compact layout for embedding: reader and panels only, no loader or library.
    #[prop_or_default]
    pub compact: bool,
    /// "light", "dark" or "auto".
    #[prop_or_default]
    pub theme: Option<String>,
    /// A message to show at first (e.g. an article that could not be loaded).
    #[prop_or_default]
    pub error: Option<String>,
    /// Keep the library in the browser (IndexedDB) across reloads; `articles` then fill it only on
    /// the very first visit.
    #[prop_or_default]
    pub persist: bool,
    /// The analysis worker; without one, articles are analysed on the page.
    #[prop_or_default]
    pub worker: Option<web_sys::Worker>,
    /// Without `worker`, start one (`embed/worker.js`) for the first long article (embedding).
    #[prop_or_default]
    pub start_worker: bool,
}

fn incoming(articles: Vec<(String, String)>) -> Vec<Incoming> {
    articles
        .into_iter()
        .map(|(title, text)| Incoming {
            key: storage::new_key(),
            title,
            text,
        })
        .collect()
}

fn loaded_to_actions(state: &UseReducerHandle<AppState>, loaded: Loaded) {
    let added = loaded.articles.len();
    if added > 0 {
        // An earlier message is over; adding may leave one of its own (a text open already).
        state.dispatch(Action::DismissNotice);
        state.dispatch(Action::Add(incoming(loaded.articles)));
    }
    let mut messages: Vec<String> = loaded.errors.clone();
    messages.extend(loaded.notices);
    if !messages.is_empty() {
        let error = !loaded.errors.is_empty();
        let mut text = messages.join(" ");
        if error && added > 0 {
            text = format!(
                "{} loaded. {text}",
                crate::components::counted(added, "article")
            );
        }
        state.dispatch(Action::Notify(Notice { error, text }));
    }
}

/// The mark j (or k) moves to: the selected entity's next (or previous) mention in the open article
/// after the focused one, found in the document rather than the page, since a long article draws
/// only the part in view.
/// Every mention of the selected entity in the library, in reading order: (article id, entity
/// index), article by article as the library lists them.
fn selected_mentions(state: &AppState) -> Vec<(u32, usize)> {
    let Some(selected) = state.selected.as_deref() else {
        return Vec::new();
    };
    crate::components::mentions_of(&state.articles, &state.aliases, selected)
        .map(|(a, i)| (a.id, i))
        .collect()
}

/// `j` / `k`: the next or previous mention of the selected entity, from the focused one, going on
/// into the next (previous) article after the last (first) mention of this one.
/// With the action, what the announcement adds when the step went round the end of the list.
fn step_selection(state: &AppState, forward: bool) -> Option<(Action, &'static str)> {
    let article = state.current_article()?;
    let mentions = selected_mentions(state);
    let n = mentions.len();
    if n == 0 {
        return None;
    }
    let prefix = format!("{}-entity-", article.id);
    // The focused element, also inside an embedded explorer's shadow root.
    let mut active = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element());
    while let Some(inner) = active
        .as_ref()
        .and_then(|a| a.shadow_root())
        .and_then(|r| r.active_element())
    {
        active = Some(inner);
    }
    let focused = active
        .and_then(|el| el.get_attribute("data-ref"))
        .and_then(|r| {
            r.strip_prefix(&prefix)
                .and_then(|i| i.parse::<usize>().ok())
        });
    let current = focused.and_then(|i| mentions.iter().position(|&m| m == (article.id, i)));
    // With no mention focused: the first (last) one in this article, or else the first one of a
    // later (the last one of an earlier) article.
    let order = |id: u32| state.articles.iter().position(|a| a.id == id);
    let here = order(article.id);
    let next = match (current, forward) {
        (Some(i), true) => (i + 1) % n,
        (Some(i), false) => (i + n - 1) % n,
        (None, true) => mentions
            .iter()
            .position(|&(id, _)| order(id) >= here)
            .unwrap_or(0),
        (None, false) => mentions
            .iter()
            .rposition(|&(id, _)| order(id) <= here)
            .unwrap_or(n - 1),
    };
    let (id, index) = mentions[next];
    let note = crate::components::went_round(current, next, n, forward);
    Some((
        Action::Jump {
            article: id,
            mark_id: crate::components::mark_ref(id, "entity", index),
        },
        note,
    ))
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    // An embedded explorer's long articles wait for the analysis worker, and are added only once
    // the explorer is drawn (its first drawing in a page is the slowest): see the effect below.
    let start = props.start_worker;
    let later = move |text: &String| start && text.len() > crate::analyser::ON_PAGE_MAX;
    let state = {
        use_reducer(|| {
            // Copied only on the first render: the initial articles can be megabytes.
            let props = props.clone();
            let now = props
                .articles
                .into_iter()
                .filter(|(_, text)| !later(text))
                .collect();
            let mut s = if props.persist {
                AppState::default()
            } else {
                AppState::with_articles(incoming(now))
            };
            if let Some(layers) = props.layers {
                s.hidden_layers = Layer::ALL
                    .into_iter()
                    .filter(|l| !layers.contains(l))
                    .collect();
            }
            s.notice = props.error.map(|text| Notice { error: true, text });
            s
        })
    };
    let root = use_node_ref();
    // Keys of the articles the library holds, and whether it has been read yet.
    // The articles saved in the browser's library, by key, with the order they are listed in.
    let synced = use_mut_ref(HashMap::<String, f64>::new);
    let library = use_state(|| if props.persist { "loading" } else { "off" });

    // Read the library once; on the very first visit, fill it with the sample articles. Or add an
    // embedded explorer's long articles, in a task after its first drawing.
    // The initial articles are copied out of the props once (not on every render: an embedded
    // article can be megabytes) and handed over to the effect below.
    let initial = use_mut_ref(|| Some(props.articles.clone()));
    // An embedded explorer's long article is on its way: say so rather than invite the reader
    // to paste one.
    let arriving = use_state(|| props.articles.iter().any(|(_, text)| later(text)));
    {
        let (state, synced, library, persist, arriving) = (
            state.clone(),
            synced.clone(),
            library.clone(),
            props.persist,
            arriving.clone(),
        );
        use_effect_with((), move |_| {
            let samples = initial.borrow_mut().take().unwrap_or_default();
            if persist || samples.iter().any(|(_, text)| later(text)) {
                wasm_bindgen_futures::spawn_local(async move {
                    if !persist {
                        crate::analyser::next_task().await;
                        state.dispatch(Action::Add(incoming(
                            samples
                                .into_iter()
                                .filter(|(_, text)| later(text))
                                .collect(),
                        )));
                        return arriving.set(false);
                    }
                    match storage::load().await {
                        Ok(stored) if stored.seeded => {
                            synced
                                .borrow_mut()
                                .extend(stored.articles.iter().map(|a| (a.key.clone(), a.order)));
                            let items = stored
                                .articles
                                .into_iter()
                                .map(|a| Incoming {
                                    key: a.key,
                                    title: a.title,
                                    text: a.text,
                                })
                                .collect();
                            state.dispatch(Action::Add(items));
                            library.set("ready");
                        }
                        Ok(_) => {
                            state.dispatch(Action::Add(incoming(samples)));
                            let _ = storage::mark_seeded().await;
                            library.set("ready");
                        }
                        Err(e) => {
                            state.dispatch(Action::Add(incoming(samples)));
                            state.dispatch(Action::Notify(Notice {
                                error: true,
                                text: format!("This browser does not let Sift keep a library ({e}): articles stay open until you close the page."),
                            }));
                            library.set("unavailable");
                        }
                    }
                });
            }
        });
    }

    // Keep the library in step with the loaded articles.
    {
        let (state2, synced, ready) = (state.clone(), synced.clone(), *library == "ready");
        let articles = state.articles.clone();
        use_effect_with((articles, ready), move |(articles, ready)| {
            if *ready {
                let keys: HashSet<String> = articles.iter().map(|a| a.key.clone()).collect();
                let mut known = synced.borrow_mut();
                for (i, a) in articles.iter().enumerate() {
                    if known.contains_key(&a.key) {
                        continue;
                    }
                    // Listed where it stands: after the article before it and before the one after
                    // (an article brought back by Undo), or else last.
                    let before = articles[..i]
                        .iter()
                        .rev()
                        .find_map(|b| known.get(b.key.as_str()).copied());
                    let after = articles[i + 1..]
                        .iter()
                        .find_map(|b| known.get(b.key.as_str()).copied());
                    let order = match (before, after) {
                        (Some(b), Some(n)) => (b + n) / 2.0,
                        (None, Some(n)) => n - 1.0,
                        _ => js_sys::Date::now().max(before.map_or(0.0, |b| b + 1.0)),
                    };
                    known.insert(a.key.clone(), order);
                    let (state, a) = (state2.clone(), a.clone());
                    wasm_bindgen_futures::spawn_local(async move {
                        // In a task of its own: saving a long text takes a while.
                        crate::analyser::next_task().await;
                        if let Err(e) = storage::save(&a.key, &a.title, &a.text, order).await {
                            let why = if e.contains("Quota") {
                                "the browser's storage for this site is full".to_string()
                            } else {
                                e
                            };
                            state.dispatch(Action::Notify(Notice {
                                error: true,
                                text: format!("“{}” could not be saved in this browser ({why}); it stays open until you close the page.", a.title),
                            }));
                        }
                    });
                }
                let gone: Vec<String> = known
                    .keys()
                    .filter(|k| !keys.contains(*k))
                    .cloned()
                    .collect();
                for key in gone {
                    known.remove(&key);
                    wasm_bindgen_futures::spawn_local(async move {
                        let _ = storage::delete(&key).await;
                    });
                }
            }
        });
    }

    // Send articles waiting for their analysis to the worker (or analyse them here without one).
    let analyser = {
        let (dispatcher, worker, start) =
            (state.dispatcher(), props.worker.clone(), props.start_worker);
        use_memo((), move |_| {
            let progress = {
                let dispatcher = dispatcher.clone();
                Callback::from(move |(id, done, total)| {
                    dispatcher.dispatch(Action::Progress { id, done, total })
                })
            };
            let done = Callback::from(
                move |(id, result): (u32, Result<sift_core::Document, String>)| match result {
                    Ok(doc) => dispatcher.dispatch(Action::Analysed { id, doc }),
                    Err(why) => {
                        dispatcher.dispatch(Action::Notify(Notice { error: true, text: format!("An article could not be analysed ({why}); it is shown without highlights.") }));
                        dispatcher.dispatch(Action::Analysed {
                            id,
                            doc: sift_core::Document::default(),
                        });
                    }
                },
            );
            Analyser::new(worker, start, Reports { progress, done })
        })
    };
    {
        let sent = use_mut_ref(Vec::<u32>::new);
        let pending = state.pending();
        use_effect_with(
            pending.iter().map(|a| a.id).collect::<Vec<u32>>(),
            move |_| {
                let new: Vec<_> = pending
                    .into_iter()
                    .filter(|a| !sent.borrow().contains(&a.id))
                    .collect();
                sent.borrow_mut().extend(new.iter().map(|a| a.id));
                if !new.is_empty() {
                    // In a task of its own: handing a long text over is not free.
                    wasm_bindgen_futures::spawn_local(async move {
                        crate::analyser::next_task().await;
                        for article in new {
                            analyser.analyse(article);
                        }
                    });
                }
            },
        );
    }

    // The view (article, selection, filters) in the URL, on the app page only.
    crate::url_view::use_url_view(&state, *library, props.persist);

    // Ctrl+V anywhere outside a text field adds the clipboard's text as an article.
    {
        let state = state.clone();
        let compact = props.compact;
        use_effect_with((), move |_| {
            let listener = (!compact).then(|| {
                let closure = Closure::<dyn Fn(web_sys::ClipboardEvent)>::new(
                    move |e: web_sys::ClipboardEvent| {
                        let in_field = e
                            .target()
                            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                            .is_some_and(|el| {
                                matches!(el.tag_name().as_str(), "TEXTAREA" | "INPUT")
                            });
                        if in_field {
                            return;
                        }
                        let text = e
                            .clipboard_data()
                            .and_then(|d| d.get_data("text/plain").ok())
                            .unwrap_or_default();
                        if !text.trim().is_empty() {
                            e.prevent_default();
                            let loaded = match loading::pasted_problem(&text) {
                                Some(problem) => Loaded {
                                    errors: vec![problem],
                                    ..Default::default()
                                },
                                None => Loaded {
                                    articles: vec![(loading::title_of(&text), text)],
                                    ..Default::default()
                                },
                            };
                            loaded_to_actions(&state, loaded);
                        }
                    },
                );
                if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
                    let _ = doc.add_event_listener_with_callback(
                        "paste",
                        closure.as_ref().unchecked_ref(),
                    );
                }
                closure
            });
            move || {
                if let (Some(closure), Some(doc)) =
                    (listener, web_sys::window().and_then(|w| w.document()))
                {
                    let _ = doc.remove_event_listener_with_callback(
                        "paste",
                        closure.as_ref().unchecked_ref(),
                    );
                }
            }
        });
    }

    // Single-key shortcuts: j / k move to the next / previous mention of the selection, Esc
    // clears it, / goes to the search box. They can be switched off (WCAG 2.1.4) and never fire inside a text field.
    let shortcuts = use_state(|| true);
    let latest = use_mut_ref(AppState::default);
    *latest.borrow_mut() = (*state).clone();
    // The mention the last `j` / `k` went to, and whether it went round the end of the list.
    let went_round = use_mut_ref(|| (String::new(), ""));
    {
        let (state, latest, went_round, root, on, page) = (
            state.clone(),
            latest.clone(),
            went_round.clone(),
            root.clone(),
            *shortcuts,
            props.persist,
        );
        use_effect_with(on, move |on| {
            let on = *on;
            let closure =
                Closure::<dyn Fn(web_sys::KeyboardEvent)>::new(move |e: web_sys::KeyboardEvent| {
                    // The element the key went to, also inside a shadow root (where `target` is the host).
                    let in_field = e
                        .composed_path()
                        .get(0)
                        .dyn_into::<web_sys::Element>()
                        .is_ok_and(|el| {
                            matches!(el.tag_name().as_str(), "TEXTAREA" | "INPUT" | "SELECT")
                        });
                    if !on || in_field || e.ctrl_key() || e.meta_key() || e.alt_key() {
                        return;
                    }
                    match e.key().as_str() {
                        "j" | "k" => {
                            let step = step_selection(&latest.borrow(), e.key() == "j");
                            if let Some((action, note)) = step {
                                e.prevent_default();
                                if let Action::Jump { mark_id, .. } = &action {
                                    *went_round.borrow_mut() = (mark_id.clone(), note);
                                }
                                state.dispatch(action);
                            }
                        }
                        "Escape" => state.dispatch(Action::Select(None)),
                        "/" => {
                            // On the app page from anywhere; an embedded explorer only for keys pressed
                            // inside it, so a host page keeps its own use of the key.
                            let root = root.cast::<web_sys::Element>();
                            let inside = root
                                .as_ref()
                                .is_some_and(|r| e.composed_path().includes(r, 0));
                            let search = root
                                .filter(|_| page || inside)
                                .and_then(|r| r.query_selector("#sift-search").ok().flatten());
                            if let Some(input) =
                                search.and_then(|i| i.dyn_into::<web_sys::HtmlElement>().ok())
                            {
                                e.prevent_default();
                                let _ = input.focus();
                            }
                        }
                        _ => {}
                    }
                });
            let document = web_sys::window().and_then(|w| w.document());
            if let Some(doc) = &document {
                let _ = doc
                    .add_event_listener_with_callback("keydown", closure.as_ref().unchecked_ref());
            }
            move || {
                if let Some(doc) = document {
                    let _ = doc.remove_event_listener_with_callback(
                        "keydown",
                        closure.as_ref().unchecked_ref(),
                    );
                }
            }
        });
    }
    let toggle_shortcuts = {
        let shortcuts = shortcuts.clone();
        Callback::from(move |_: Event| shortcuts.set(!*shortcuts))
    };
    // What screen readers hear: what happened to the article shown and where the selection is.
    // The last article status, selection message and text said, kept across renders.
    let last_announced = use_mut_ref(|| (String::new(), String::new(), String::new()));
    // What happened to the article shown: being analysed, or what was found.
    let article_status = match state.current_article() {
        Some(a) if !a.analysed => format!("Analysing “{}”…", a.title),
        Some(a) => format!(
            "“{}” analysed: {}, {}, {}.",
            a.title,
            crate::components::counted(a.doc.entities.len(), "entity mention"),
            crate::components::counted(a.doc.numbers.len(), "number"),
            crate::components::counted(a.doc.claims.len(), "claim")
        ),
        None => String::new(),
    };
    // A selection says where its mentions are.
    let announcement = match &state.selected {
        Some(name) => {
            let mentions: Vec<_> =
                crate::components::mentions_of(&state.articles, &state.aliases, name).collect();
            // After `j` or `k`, where the focused mention is.
            let at = state.focus.as_ref().and_then(|(_, reference)| {
                mentions.iter().position(|(a, i)| {
                    *reference == crate::components::mark_ref(a.id, "entity", *i)
                })
            });
            // Mentions come article by article.
            let articles = mentions.chunk_by(|x, y| x.0.id == y.0.id).count();
            match at {
                Some(at) => format!(
                    "{name}, mention {} of {}, in “{}”.{}",
                    at + 1,
                    mentions.len(),
                    mentions[at].0.title,
                    // After `j` past the last mention or `k` before the first, that it went round.
                    match (&state.focus, &*went_round.borrow()) {
                        (Some((_, focused)), (reference, note)) if focused == reference => note,
                        _ => "",
                    }
                ),
                None if mentions.is_empty() => {
                    format!("Selected {name}: not mentioned in the articles loaded.")
                }
                None => format!(
                    "Selected {name}: {} in {}. Press j or k to move between them.",
                    crate::components::counted(mentions.len(), "mention"),
                    crate::components::counted(articles, "article")
                ),
            }
        }
        None => article_status.clone(),
    };
    // With a selection, the article's news is said once, when it changes (another article shown,
    // or its analysis done), and the text then stays as it is until something else changes.
    let announcement = {
        let mut last = last_announced.borrow_mut();
        let (last_article, last_selection, last_text) = &mut *last;
        // Moving between mentions (j, k) says where the focus is, even into another article.
        let navigating = state
            .selected
            .as_ref()
            .is_some_and(|name| announcement.starts_with(&format!("{name}, mention ")));
        let text = if state.selected.is_none() || navigating {
            announcement.clone()
        } else if *last_article != article_status && !article_status.is_empty() {
            format!("{article_status} {announcement}")
        } else if *last_selection != announcement {
            announcement.clone()
        } else {
            last_text.clone()
        };
        *last_article = article_status;
        *last_selection = announcement;
        *last_text = text.clone();
        text
    };

    // After Undo, opening files or dismissing a notice, the control that had the focus may be
    // gone: the focus then goes to the article shown, in the list, instead of the top of the page.
    let refocus = use_mut_ref(|| false);
    {
        let (refocus, root) = (refocus.clone(), root.clone());
        use_effect(move || {
            if !std::mem::take(&mut *refocus.borrow_mut()) {
                return;
            }
            let lost = crate::components::focus_lost();
            // With no article left, the paste box (or the loader, or the search box) instead.
            let button = root.cast::<web_sys::Element>().and_then(|r| {
                [
                    ".sift-library [aria-current=\"true\"]",
                    ".sift-loader[open] textarea",
                    ".sift-loader summary",
                    "#sift-search",
                ]
                .iter()
                .find_map(|selector| r.query_selector(selector).ok().flatten())
            });
            if let (true, Some(el)) = (
                lost,
                button.and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok()),
            ) {
                let _ = el.focus();
            }
        });
    }
    let on_loaded = {
        let (state, refocus) = (state.clone(), refocus.clone());
        Callback::from(move |loaded: Loaded| {
            *refocus.borrow_mut() = !loaded.articles.is_empty();
            loaded_to_actions(&state, loaded)
        })
    };
    let ondragover = Callback::from(|e: DragEvent| e.prevent_default());
    let ondrop = {
        let on_loaded = on_loaded.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            let files: Vec<web_sys::File> = e
                .data_transfer()
                .and_then(|d| d.files())
                .map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect())
                .unwrap_or_default();
            if files.is_empty() {
                return;
            }
            let on_loaded = on_loaded.clone();
            wasm_bindgen_futures::spawn_local(
                async move { on_loaded.emit(read_files(files).await) },
            );
        })
    };
    let dispatch = |f: fn(u32) -> Action| {
        let state = state.clone();
        Callback::from(move |id: u32| state.dispatch(f(id)))
    };
    // Stable across renders, so that the reader (costly for a long article) redraws only when
    // what it shows changes.
    let on_select = {
        let dispatcher = state.dispatcher();
        use_callback((), move |entity: Option<String>, _| {
            dispatcher.dispatch(Action::Select(entity))
        })
    };
    let on_jump = {
        let state = state.clone();
        Callback::from(move |(article, mark_id): (u32, String)| {
            state.dispatch(Action::Jump { article, mark_id })
        })
    };
    let on_reveal = {
        let state = state.clone();
        Callback::from(move |(article, start, end): (u32, usize, usize)| {
            state.dispatch(Action::Reveal {
                article,
                start,
                end,
            })
        })
    };
    let on_export_error = {
        let state = state.clone();
        Callback::from(move |text: String| {
            state.dispatch(Action::Notify(Notice { error: true, text }))
        })
    };
    let on_toggle_layer = {
        let state = state.clone();
        Callback::from(move |layer| state.dispatch(Action::ToggleLayer(layer)))
    };
    let on_toggle_label = {
        let state = state.clone();
        Callback::from(move |label| state.dispatch(Action::ToggleLabel(label)))
    };
    let on_dismiss = {
        let (state, refocus) = (state.clone(), refocus.clone());
        Callback::from(move |_| {
            // The dismiss button goes with the notice: the focus must land somewhere useful.
            *refocus.borrow_mut() = true;
            state.dispatch(Action::DismissNotice)
        })
    };
    // Past the header's controls to the article's highlights (or its heading).
    let skip_to_text = {
        let root = root.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(root) = root.cast::<web_sys::Element>() else {
                return;
            };
            let target = ["mark[tabindex=\"0\"]", ".sift-article", ".sift-main"]
                .iter()
                .find_map(|selector| root.query_selector(selector).ok().flatten());
            if let Some(el) = target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) {
                if !el.has_attribute("tabindex") {
                    let _ = el.set_attribute("tabindex", "-1");
                }
                let _ = el.focus();
            }
        })
    };
    // Scrolls to a panel and puts the focus on its heading (buttons, not links: an embedded
    // explorer must not change its host page's URL).
    let go_to_panel = {
        let root = root.clone();
        Callback::from(move |panel: &'static str| {
            let heading = root
                .cast::<web_sys::Element>()
                .and_then(|r| r.query_selector(&format!(".{panel} h2")).ok().flatten())
                .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(h) = heading {
                let _ = h.set_attribute("tabindex", "-1");
                h.scroll_into_view();
                let _ = h.focus();
            }
        })
    };
    let on_undo = (!state.deleted.is_empty()).then(|| {
        let (state, refocus) = (state.clone(), refocus.clone());
        Callback::from(move |_| {
            *refocus.borrow_mut() = true;
            state.dispatch(Action::Undelete)
        })
    });
    let current = state.current_article().cloned();
    let theme = props.theme.clone().unwrap_or_else(|| "auto".to_string());
    html! {
        <div class={classes!("sift-app", props.compact.then_some("sift-compact"))} data-theme={theme} data-library={*library}
             data-analysing={state.articles.iter().filter(|a| !a.analysed).count().to_string()}
             ref={root} {ondragover} {ondrop}>
            <button type="button" class="sift-skip" onclick={skip_to_text}>{"Skip to the article"}</button>
            <header class="sift-header">
                // The app page's heading; inside a host page, the host's headings are the outline.
                if props.persist {
                    <h1 class="sift-brand"><span class="sift-logo" aria-hidden="true">{"◧"}</span>{" Sift"}</h1>
                } else {
                    <p class="sift-brand"><span class="sift-logo" aria-hidden="true">{"◧"}</span>{" Sift"}</p>
                }
                <label class="sift-shortcuts">
                    <input type="checkbox" checked={*shortcuts} onchange={toggle_shortcuts} />
                    {" Keyboard shortcuts (/, j, k, Esc)"}
                    <span class="sift-visually-hidden">{"; in the article, the arrow keys move between highlights"}</span>
                </label>
                <Search articles={state.articles.clone()} current={state.current} aliases={state.aliases.clone()}
                        on_select={on_select.clone()} on_jump={on_jump.clone()} {on_reveal} />
                <ExportMenu article={current.clone()} library={state.articles.clone()} hidden_layers={state.hidden_layers.clone()}
                            hidden_labels={state.hidden_labels.clone()} aliases={state.aliases.clone()} on_error={on_export_error} />
                <Toolbar hidden_layers={state.hidden_layers.clone()} hidden_labels={state.hidden_labels.clone()}
                         {on_toggle_layer} {on_toggle_label} />
            </header>
            <NoticeBanner notice={state.notice.clone()} {on_dismiss} on_undo={on_undo} />
            <div class="sift-visually-hidden" role="status" aria-live="polite">{ announcement }</div>
            <div class="sift-body">
                if !props.compact {
                    <aside class="sift-side" aria-label="Articles">
                        <Loader on_loaded={on_loaded.clone()} />
                        <Library articles={state.articles.clone()} current={state.current}
                                 on_open={dispatch(Action::Open)} on_delete={dispatch(Action::Delete)} />
                    </aside>
                }
                // The app page's main landmark; inside a host page, which has its own, a region.
                <@{if props.persist { "main" } else { "section" }} class="sift-main" aria-label="Article">
                    if let Some(article) = current.as_ref().filter(|a| !a.analysed) {
                        <AnalysisProgress id={article.id} progress={state.progress.filter(|p| p.0 == article.id).map(|p| (p.1, p.2))} />
                    }
                    if let Some(article) = current.clone() {
                        // In one column the panels come after the whole article: these go to them.
                        <nav class="sift-jumps" aria-label="Panels">
                            { for [("sift-entities", "Entities", Layer::Entity), ("sift-claims", "Who said what", Layer::Claim), ("sift-numbers", "Numbers", Layer::Number)]
                                .into_iter()
                                .filter(|(_, _, layer)| !state.hidden_layers.contains(layer))
                                .map(|(panel, name, _)| html! {
                                    <button type="button" class="sift-jump-to" onclick={go_to_panel.reform(move |_: MouseEvent| panel)}>{ name }</button>
                                }) }
                        </nav>
                        <div class="sift-reading">
                            <Reader key={article.id.to_string()} article={article.clone()} hidden_layers={state.hidden_layers.clone()}
                                    hidden_labels={state.hidden_labels.clone()} selected={state.selected.clone()}
                                    aliases={state.aliases.clone()} on_select={on_select.clone()}
                                    focus={state.focus.clone()} reveal={state.reveal} />
                            <Minimap article={article} selected={state.selected.clone()} aliases={state.aliases.clone()} on_jump={on_jump.clone()} />
                        </div>
                    } else if *library == "loading" || *arriving {
                        <p class="sift-empty sift-opening" role="status">{ if *arriving { "Opening the article…" } else { "Opening your library…" } }</p>
                    } else {
                        <p class="sift-empty sift-welcome">{"Paste, drop or open an article to explore its people, places, numbers and claims."}</p>
                    }
                </@>
                // A layer turned off (by its toggle, or by an embedder's `layers`) takes its panel along.
                <aside class="sift-panels" aria-label="Entities, claims and numbers">
                    if !state.hidden_layers.contains(&Layer::Entity) {
                        <EntitiesPanel articles={state.articles.clone()} selected={state.selected.clone()} aliases={state.aliases.clone()}
                                       on_select={on_select.clone()} on_jump={on_jump.clone()}
                                       hidden_labels={state.hidden_labels.clone()} />
                    }
                    if !state.hidden_layers.contains(&Layer::Claim) {
                        <ClaimsPanel articles={state.articles.clone()} selected={state.selected.clone()} aliases={state.aliases.clone()} on_jump={on_jump.clone()} />
                    }
                    if let Some(article) = current.filter(|_| !state.hidden_layers.contains(&Layer::Number)) {
                        <NumbersPanel {article} on_jump={on_jump.clone()} />
                    }
                </aside>
            </div>
        </div>
    }
}

//! The app's state, in one place: a pure reducer over [`Action`]s.

use crate::highlight::Layer;
use sift_core::Document;
use std::collections::{BTreeSet, HashMap};
use std::rc::Rc;
use yew::Reducible;

/// A loaded article with its analysis (byte offsets, for slicing `text`).
#[derive(Debug)]
pub struct Article {
    pub id: u32,
    /// Identifies the article in the browser's library across reloads.
    pub key: String,
    pub title: String,
    pub text: String,
    /// Empty until `analysed`: an article is shown as plain text while it is being analysed.
    pub doc: Document,
    pub analysed: bool,
}

/// An article's text never changes once loaded: the id and whether the analysis has arrived
/// identify what it shows.
impl PartialEq for Article {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id && self.analysed == other.analysed
    }
}

impl Article {
    /// Analyses `text` and wraps it as an article.
    pub fn analyse(id: u32, key: String, title: String, text: String) -> Article {
        let doc = sift_core::analyze_bytes(&text);
        Article {
            id,
            key,
            title,
            text,
            doc,
            analysed: true,
        }
    }

    /// An article waiting for its analysis.
    pub fn pending(id: u32, key: String, title: String, text: String) -> Article {
        Article {
            id,
            key,
            title,
            text,
            doc: Document::default(),
            analysed: false,
        }
    }
}

/// A message for the reader: what happened and, for errors, what to do.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub error: bool,
    pub text: String,
}

/// The notice for a shared link whose article is not in this browser; opening an article takes
/// it away (it no longer applies).
pub const LINK_ARTICLE_MISSING: &str = "The article this link points to is not in this browser's library: open it here (paste, drop or open the file) and the link will work.";

#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    pub articles: Vec<Rc<Article>>,
    pub current: Option<u32>,
    /// Layers switched off.
    pub hidden_layers: BTreeSet<Layer>,
    /// Labels switched off ("PERSON", "MONEY", …).
    pub hidden_labels: BTreeSet<String>,
    /// The canonical entity selected across articles.
    pub selected: Option<String>,
    pub notice: Option<Notice>,
    /// The mark to scroll to and focus after the next render: (request number, `data-ref`).
    pub focus: Option<(u32, String)>,
    /// Text to select and scroll to after the next render: (request number, byte start, byte end)
    /// in the current article.
    pub reveal: Option<(u32, usize, usize)>,
    /// Entity names merged across articles: name -> the name shown for the entity.
    pub aliases: Rc<HashMap<String, String>>,
    /// Progress of the analysis under way (the worker analyses one article at a time): article
    /// id, bytes done, bytes in all.
    pub progress: Option<(u32, usize, usize)>,
    /// The articles deleted, the last one last, each with where it stood in the library, while
    /// the notice offers to bring them back: Undo brings back one at a time, so deleting two in
    /// a row loses neither.
    pub deleted: Vec<(usize, Rc<Article>)>,
    next_id: u32,
}

impl Default for AppState {
    fn default() -> Self {
        AppState {
            articles: Vec::new(),
            current: None,
            hidden_layers: BTreeSet::new(),
            hidden_labels: BTreeSet::new(),
            selected: None,
            notice: None,
            focus: None,
            reveal: None,
            aliases: Rc::default(),
            progress: None,
            deleted: Vec::new(),
            next_id: 1,
        }
    }
}

/// An article to add: its library key, title and text.
#[derive(Debug, Clone, PartialEq)]
pub struct Incoming {
    pub key: String,
    pub title: String,
    pub text: String,
}

pub enum Action {
    /// Add articles, not yet analysed (the app's effects send them to the analysis); the first
    /// becomes current.
    Add(Vec<Incoming>),
    /// How far the analysis of an article has come, in bytes.
    Progress {
        id: u32,
        done: usize,
        total: usize,
    },
    /// The analysis of an article arrived.
    Analysed {
        id: u32,
        doc: Document,
    },
    Open(u32),
    /// Delete an article; its notice offers to undo that.
    Delete(u32),
    /// Bring back the article deleted last.
    Undelete,
    ToggleLayer(Layer),
    ToggleLabel(String),
    Select(Option<String>),
    /// Open an article and focus one of its marks.
    Jump {
        article: u32,
        mark_id: String,
    },
    /// Open an article and select the text `[start, end)` (bytes) in it: a search match.
    Reveal {
        article: u32,
        start: usize,
        end: usize,
    },
    /// Restore a view (from a shared link): the selection and what is hidden.
    SetView {
        selected: Option<String>,
        hidden_layers: BTreeSet<Layer>,
        hidden_labels: BTreeSet<String>,
    },
    Notify(Notice),
    DismissNotice,
}

/// The notice after a deletion, which offers Undo: `earlier` more were deleted before this one.
fn deleted_notice(title: &str, earlier: usize) -> Notice {
    let text = match earlier {
        0 => format!("Deleted “{title}”."),
        n => format!("Deleted “{title}” ({n} more before it: Undo brings them back one by one)."),
    };
    Notice { error: false, text }
}

impl AppState {
    /// A state holding `articles` (title, text), analysed here and now, the first one open.
    pub fn with_articles(articles: Vec<Incoming>) -> AppState {
        let mut state = Rc::new(AppState::default()).reduce(Action::Add(articles));
        for a in state.pending() {
            let doc = sift_core::analyze_bytes(&a.text);
            state = state.reduce(Action::Analysed { id: a.id, doc });
        }
        (*state).clone()
    }

    /// Articles still waiting for their analysis, the open one first.
    pub fn pending(&self) -> Vec<Rc<Article>> {
        let (mut out, rest): (Vec<Rc<Article>>, Vec<Rc<Article>>) = self
            .articles
            .iter()
            .filter(|a| !a.analysed)
            .cloned()
            .partition(|a| Some(a.id) == self.current);
        out.extend(rest);
        out
    }

    pub fn current_article(&self) -> Option<&Rc<Article>> {
        let id = self.current?;
        self.articles.iter().find(|a| a.id == id)
    }

    pub fn shows(&self, layer: Layer, label: &str) -> bool {
        !self.hidden_layers.contains(&layer) && !self.hidden_labels.contains(label)
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        // Text to select belongs to the article it was asked in: a change of article ends the
        // request.
        if matches!(
            action,
            Action::Add(_)
                | Action::Open(_)
                | Action::Jump { .. }
                | Action::Delete(_)
                | Action::Undelete
        ) {
            s.reveal = None;
        }
        match action {
            Action::Add(items) => {
                let mut first = None;
                let mut again = Vec::new();
                for Incoming { key, title, text } in items {
                    // The same text twice is one article: the one open already is shown.
                    if let Some(open) = s.articles.iter().find(|a| a.text == text) {
                        first.get_or_insert(open.id);
                        again.push(open.title.clone());
                        continue;
                    }
                    let id = s.next_id;
                    s.next_id += 1;
                    first.get_or_insert(id);
                    s.articles
                        .push(Rc::new(Article::pending(id, key, title, text)));
                }
                if first.is_some() {
                    s.current = first;
                }
                if !again.is_empty() {
                    let titles: Vec<String> = again.iter().map(|t| format!("“{t}”")).collect();
                    s.notice = Some(Notice {
                        error: false,
                        text: format!(
                            "{} {} open already; the same text was not added again.",
                            titles.join(", "),
                            if again.len() == 1 { "is" } else { "are" }
                        ),
                    });
                }
            }
            Action::Progress { id, done, total } => {
                if s.articles.iter().any(|a| a.id == id && !a.analysed) {
                    s.progress = Some((id, done, total));
                }
            }
            Action::Analysed { id, doc } => {
                s.progress = s.progress.filter(|p| p.0 != id);
                let Some(slot) = s.articles.iter_mut().find(|a| a.id == id && !a.analysed) else {
                    return self;
                };
                let a = &**slot;
                *slot = Rc::new(Article {
                    id,
                    key: a.key.clone(),
                    title: a.title.clone(),
                    text: a.text.clone(),
                    doc,
                    analysed: true,
                });
                s.aliases = Rc::new(crate::crossref::merge_names(
                    s.articles.iter().map(|a| &a.doc),
                ));
            }
            Action::Open(id) => {
                if s.articles.iter().any(|a| a.id == id) {
                    s.current = Some(id);
                    s.focus = None;
                    if s.notice
                        .as_ref()
                        .is_some_and(|n| n.text == LINK_ARTICLE_MISSING)
                    {
                        s.notice = None;
                    }
                }
            }
            Action::Delete(id) => {
                let Some(at) = s.articles.iter().position(|a| a.id == id) else {
                    return self;
                };
                let article = s.articles.remove(at);
                s.progress = s.progress.filter(|p| p.0 != id);
                if s.current == Some(id) {
                    s.current = s.articles.first().map(|a| a.id);
                }
                // With nothing left to mention it, a selection would only hide what comes next.
                if s.articles.is_empty() {
                    s.selected = None;
                    s.focus = None;
                }
                s.aliases = Rc::new(crate::crossref::merge_names(
                    s.articles.iter().map(|a| &a.doc),
                ));
                s.notice = Some(deleted_notice(&article.title, s.deleted.len()));
                s.deleted.push((at, article));
            }
            Action::Undelete => {
                if let Some((at, article)) = s.deleted.pop() {
                    // One deleted while analysed comes back as new: the analysis under way for
                    // its old id was dropped.
                    let article = if article.analysed {
                        article
                    } else {
                        let id = s.next_id;
                        s.next_id += 1;
                        Rc::new(Article::pending(
                            id,
                            article.key.clone(),
                            article.title.clone(),
                            article.text.clone(),
                        ))
                    };
                    s.current = Some(article.id);
                    s.articles.insert(at.min(s.articles.len()), article);
                    s.aliases = Rc::new(crate::crossref::merge_names(
                        s.articles.iter().map(|a| &a.doc),
                    ));
                    // The one deleted before it can come back next.
                    s.notice = s
                        .deleted
                        .last()
                        .map(|(_, a)| deleted_notice(&a.title, s.deleted.len() - 1));
                }
            }
            Action::ToggleLayer(layer) => {
                if !s.hidden_layers.remove(&layer) {
                    s.hidden_layers.insert(layer);
                }
            }
            Action::ToggleLabel(label) => {
                if !s.hidden_labels.remove(&label) {
                    s.hidden_labels.insert(label);
                }
            }
            Action::Select(entity) => s.selected = entity,
            Action::Jump { article, mark_id } => {
                s.current = Some(article);
                let seq = s.focus.as_ref().map_or(0, |(n, _)| n + 1);
                s.focus = Some((seq, mark_id));
            }
            Action::Reveal {
                article,
                start,
                end,
            } => {
                if s.articles.iter().any(|a| a.id == article) {
                    s.current = Some(article);
                    let seq = s.reveal.map_or(0, |(n, _, _)| n + 1);
                    s.reveal = Some((seq, start, end));
                }
            }
            Action::SetView {
                selected,
                hidden_layers,
                hidden_labels,
            } => {
                s.selected = selected;
                s.hidden_layers = hidden_layers;
                s.hidden_labels = hidden_labels;
            }
            // Another message ends the offer to undo a deletion.
            Action::Notify(notice) => {
                s.notice = Some(notice);
                s.deleted.clear();
            }
            Action::DismissNotice => {
                s.notice = None;
                s.deleted.clear();
            }
        }
        Rc::new(s)
    }
}

//! Runs the analysis: long articles go to the analysis worker (`www/embed/worker.js`, the same
//! `sift.js` module in a Web Worker), which reports progress and sends each document back as bytes
//! ([`crate::transfer`]). The app is given its worker; an embedded explorer starts one itself when
//! its first long article comes ([`crate::embed::start_worker`]). Short articles (up to
//! [`ON_PAGE_MAX`]), and every article without a worker (one that cannot start, e.g. under a host
//! page's CSP, or stops), are analysed here, one article per task, after the plain text has been
//! drawn. Called only from the app's effects; results come back through the callbacks, which the
//! app turns into actions.

use crate::state::Article;
use sift_core::Document;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::Callback;

/// What comes back for an article: progress (id, bytes done, bytes in all), and the document or
/// why there is none.
#[derive(Clone)]
pub struct Reports {
    pub progress: Callback<(u32, usize, usize)>,
    pub done: Callback<(u32, Result<Document, String>)>,
}

struct Inner {
    worker: RefCell<Option<web_sys::Worker>>,
    /// Start a worker of our own for the first long article (embedded explorers).
    start: Cell<bool>,
    /// The worker is our own: it ends with the analyser.
    owned: Cell<bool>,
    /// Articles sent to the worker and not back yet: analysed here if the worker fails.
    outstanding: RefCell<Vec<Rc<Article>>>,
    reports: Reports,
    _listeners: RefCell<Vec<Closure<dyn FnMut(web_sys::Event)>>>,
}

#[derive(Clone)]
pub struct Analyser(Rc<Inner>);

/// Texts up to this many bytes are analysed on the page even when there is a worker: a short text
/// takes a few milliseconds once the analysis is warm (the first one in a page also builds the
/// patterns and the model, once), less than a round trip through a worker that has to start,
/// instantiate the module and build the same tables itself. See ARCHITECTURE.md.
pub const ON_PAGE_MAX: usize = 32 * 1024;

fn field(value: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(value, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

#[wasm_bindgen(
    inline_js = "export function nextTask() { return new Promise((ok) => setTimeout(ok, 0)); }"
)]
extern "C" {
    #[wasm_bindgen(js_name = nextTask)]
    fn next_task_promise() -> js_sys::Promise;
}

/// Resolves on the next task, so that the page can draw before a long analysis here.
pub(crate) async fn next_task() {
    let _ = wasm_bindgen_futures::JsFuture::from(next_task_promise()).await;
}

impl Drop for Inner {
    fn drop(&mut self) {
        if let (Some(worker), true) = (self.worker.get_mut(), self.owned.get()) {
            worker.terminate();
        }
    }
}

impl Analyser {
    /// `worker`: the page's analysis worker; `start`: without one, start one when needed.
    pub fn new(worker: Option<web_sys::Worker>, start: bool, reports: Reports) -> Analyser {
        let inner = Rc::new(Inner {
            worker: RefCell::new(None),
            start: Cell::new(start && worker.is_none()),
            owned: Cell::new(false),
            outstanding: RefCell::default(),
            reports,
            _listeners: RefCell::default(),
        });
        if let Some(worker) = worker {
            Analyser(inner.clone()).attach(worker);
        }
        Analyser(inner)
    }

    fn attach(&self, worker: web_sys::Worker) {
        let inner = &self.0;
        let weak = Rc::downgrade(inner);
        let on_message = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
            if let (Some(inner), Ok(e)) = (weak.upgrade(), e.dyn_into::<web_sys::MessageEvent>()) {
                Analyser(inner).message(&e.data());
            }
        });
        let weak = Rc::downgrade(inner);
        let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
            e.prevent_default();
            if let Some(inner) = weak.upgrade() {
                Analyser(inner).worker_failed();
            }
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        inner._listeners.borrow_mut().extend([on_message, on_error]);
        *inner.worker.borrow_mut() = Some(worker);
    }

    /// Starts analysing `article`; its progress and result arrive through the reports.
    pub fn analyse(&self, article: Rc<Article>) {
        if self.0.start.get() && article.text.len() > ON_PAGE_MAX {
            self.0.start.set(false);
            if let Some(worker) = crate::embed::start_worker() {
                self.0.owned.set(true);
                self.attach(worker);
            }
        }
        let worker = self
            .0
            .worker
            .borrow()
            .clone()
            .filter(|_| article.text.len() > ON_PAGE_MAX);
        if let Some(worker) = worker {
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"id".into(), &JsValue::from(article.id));
            let _ =
                js_sys::Reflect::set(&message, &"text".into(), &JsValue::from_str(&article.text));
            if worker.post_message(&message).is_ok() {
                self.0.outstanding.borrow_mut().push(article);
                return;
            }
            self.worker_failed();
        }
        self.analyse_here(article);
    }

    fn analyse_here(&self, article: Rc<Article>) {
        let done = self.0.reports.done.clone();
        wasm_bindgen_futures::spawn_local(async move {
            next_task().await;
            done.emit((article.id, Ok(sift_core::analyze_bytes(&article.text))));
        });
    }

    /// The worker could not start or stopped: everything it had left is analysed here.
    fn worker_failed(&self) {
        if let Some(worker) = self.0.worker.borrow_mut().take() {
            worker.terminate();
            web_sys::console::warn_1(
                &"Sift: the analysis worker is not available; analysing on the page instead."
                    .into(),
            );
        }
        let left: Vec<Rc<Article>> = self.0.outstanding.borrow_mut().drain(..).collect();
        for article in left {
            self.analyse_here(article);
        }
    }

    fn message(&self, data: &JsValue) {
        let kind = field(data, "type").as_string().unwrap_or_default();
        if kind == "unavailable" {
            return self.worker_failed();
        }
        let Some(id) = field(data, "id").as_f64().map(|v| v as u32) else {
            return;
        };
        let number = |k: &str| field(data, k).as_f64().unwrap_or(0.0) as usize;
        match kind.as_str() {
            "progress" => self
                .0
                .reports
                .progress
                .emit((id, number("done"), number("total"))),
            "done" | "error" => {
                self.0.outstanding.borrow_mut().retain(|a| a.id != id);
                let result = if kind == "done" {
                    field(data, "bytes")
                        .dyn_into::<js_sys::Uint8Array>()
                        .ok()
                        .and_then(|bytes| crate::transfer::decode(&bytes.to_vec()))
                        .ok_or_else(|| "the analysis came back damaged".to_string())
                } else {
                    Err(field(data, "message")
                        .as_string()
                        .unwrap_or_else(|| "the analysis stopped".to_string()))
                };
                // Decoding a long document and drawing it are separate tasks, each short; a short
                // one is drawn at once.
                let done = self.0.reports.done.clone();
                let long = result.as_ref().is_ok_and(|doc| {
                    doc.entities.len() + doc.numbers.len() + doc.claims.len() > 2000
                });
                if long {
                    wasm_bindgen_futures::spawn_local(async move {
                        next_task().await;
                        done.emit((id, result));
                    });
                } else {
                    done.emit((id, result));
                }
            }
            _ => {}
        }
    }
}

//! Sift's web app and embed API (the `sift_web` crate).
//!
//! Compiled to WebAssembly, this crate is one module that serves both the full explorer
//! (`index.html` calls [`run_app`]) and embedding (`dist/embed/sift.js`: `analyze`, `mount`,
//! `annotate`, `<sift-explorer>`). The analysis itself lives in `sift-core`; the pure parts of the
//! UI logic (nesting highlights, search, exports, the view in the URL) compile natively too, so they are tested with `cargo test`.
//!
//! ```
//! use sift_web::highlight::{highlights, nest};
//! let doc = sift_core::analyze_bytes("Putin met Trump in Helsinki.");
//! let tree = nest(28, &highlights(&doc, |_, _| true));
//! assert!(!tree.is_empty());
//! ```

pub mod crossref;
pub mod excerpt;
pub mod export;
pub mod highlight;
pub mod loading;
pub mod search;
pub mod share;
pub mod transfer;

#[cfg(target_arch = "wasm32")]
mod analyser;
#[cfg(target_arch = "wasm32")]
mod api;
#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
mod embed;
#[cfg(target_arch = "wasm32")]
pub mod state;
#[cfg(target_arch = "wasm32")]
pub mod storage;
#[cfg(target_arch = "wasm32")]
mod url_view;

#[cfg(target_arch = "wasm32")]
pub use api::*;
#[cfg(target_arch = "wasm32")]
pub use embed::{annotate, AnnotateHandle};

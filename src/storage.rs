//! The article library kept in the browser (IndexedDB), so loaded articles survive a reload.
//! Only the app's effects call this; the reducer stays pure.

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen(inline_js = r#"
const DB = 'sift-library';
function open() {
  return new Promise((ok, fail) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore('articles', { keyPath: 'key' });
      request.result.createObjectStore('meta');
    };
    request.onsuccess = () => ok(request.result);
    request.onerror = () => fail(request.error);
    request.onblocked = () => fail(new Error('the library is open in an older tab'));
  });
}
async function run(store, mode, action) {
  const db = await open();
  try {
    return await new Promise((ok, fail) => {
      const tx = db.transaction(store, mode);
      const request = action(tx.objectStore(store));
      tx.oncomplete = () => ok(request?.result);
      tx.onerror = () => fail(tx.error);
      tx.onabort = () => fail(tx.error ?? new Error('the transaction was aborted'));
    });
  } finally {
    db.close();
  }
}
export async function libraryLoad() {
  // One connection and one transaction for both stores: the library is read on the way to the
  // first article.
  const db = await open();
  try {
    return await new Promise((ok, fail) => {
      const tx = db.transaction(['meta', 'articles'], 'readonly');
      const seeded = tx.objectStore('meta').get('seeded');
      const stored = tx.objectStore('articles').getAll();
      tx.oncomplete = () => {
        const articles = stored.result;
        articles.sort((a, b) => a.order - b.order);
        ok({ seeded: !!seeded.result, articles });
      };
      tx.onerror = () => fail(tx.error);
      tx.onabort = () => fail(tx.error ?? new Error('the transaction was aborted'));
    });
  } finally {
    db.close();
  }
}
export function librarySave(key, title, text, order) {
  return run('articles', 'readwrite', (s) => s.put({ key, title, text, order }));
}
export function libraryDelete(key) { return run('articles', 'readwrite', (s) => s.delete(key)); }
export function libraryMarkSeeded() { return run('meta', 'readwrite', (s) => s.put(true, 'seeded')); }
export function errorName(e) { return (e && (e.name || e.message)) || String(e); }
"#)]
extern "C" {
    #[wasm_bindgen(js_name = libraryLoad)]
    fn library_load() -> js_sys::Promise;
    #[wasm_bindgen(js_name = librarySave)]
    fn library_save(key: &str, title: &str, text: &str, order: f64) -> js_sys::Promise;
    #[wasm_bindgen(js_name = libraryDelete)]
    fn library_delete(key: &str) -> js_sys::Promise;
    #[wasm_bindgen(js_name = libraryMarkSeeded)]
    fn library_mark_seeded() -> js_sys::Promise;
    #[wasm_bindgen(js_name = errorName)]
    fn error_name(e: &JsValue) -> String;
}

/// A stored article.
pub struct Stored {
    pub key: String,
    pub title: String,
    pub text: String,
    /// Where it is listed: the library is in ascending order.
    pub order: f64,
}

/// What the library holds: its articles, and whether it was ever filled (so deleted samples stay
/// deleted).
pub struct Library {
    pub seeded: bool,
    pub articles: Vec<Stored>,
}

fn describe(error: JsValue) -> String {
    error_name(&error)
}

pub async fn load() -> Result<Library, String> {
    let value = JsFuture::from(library_load()).await.map_err(describe)?;
    let seeded = js_sys::Reflect::get(&value, &"seeded".into())
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    let list = js_sys::Reflect::get(&value, &"articles".into()).unwrap_or(JsValue::UNDEFINED);
    let articles = js_sys::Array::from(&list)
        .iter()
        .filter_map(|item| {
            let get = |k: &str| {
                js_sys::Reflect::get(&item, &k.into())
                    .ok()
                    .and_then(|v| v.as_string())
            };
            let order = js_sys::Reflect::get(&item, &"order".into())
                .ok()
                .and_then(|v| v.as_f64())
                .unwrap_or(0.0);
            Some(Stored {
                key: get("key")?,
                title: get("title")?,
                text: get("text")?,
                order,
            })
        })
        .collect();
    Ok(Library { seeded, articles })
}

/// Saves an article, listed by `order` (ascending). The error names the cause:
/// "QuotaExceededError" when storage is full.
pub async fn save(key: &str, title: &str, text: &str, order: f64) -> Result<(), String> {
    JsFuture::from(library_save(key, title, text, order))
        .await
        .map(|_| ())
        .map_err(describe)
}

pub async fn delete(key: &str) -> Result<(), String> {
    JsFuture::from(library_delete(key))
        .await
        .map(|_| ())
        .map_err(describe)
}

pub async fn mark_seeded() -> Result<(), String> {
    JsFuture::from(library_mark_seeded())
        .await
        .map(|_| ())
        .map_err(describe)
}

/// A fresh key for a new article.
pub fn new_key() -> String {
    format!(
        "{:x}-{:x}",
        js_sys::Date::now() as u64,
        (js_sys::Math::random() * 1e12) as u64
    )
}

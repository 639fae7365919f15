//! sift-core's analysis in wasm32 under a counting allocator: bytes live at the end of each stage
//! and the most live at any moment during it, beside the size of the WebAssembly memory (which
//! only grows). The stages are those of `sift_core::analyze_bytes` followed by the JS API's
//! conversion to UTF-16 offsets (`src/api.rs`); run.mjs passes the text in the way wasm-bindgen's
//! glue does.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(n: usize) {
    let live = LIVE.fetch_add(n, Relaxed) + n;
    PEAK.fetch_max(live, Relaxed);
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        let p = System.alloc(l);
        if !p.is_null() {
            grew(l.size());
        }
        p
    }
    unsafe fn alloc_zeroed(&self, l: Layout) -> *mut u8 {
        let p = System.alloc_zeroed(l);
        if !p.is_null() {
            grew(l.size());
        }
        p
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        System.dealloc(p, l);
        LIVE.fetch_sub(l.size(), Relaxed);
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, new: usize) -> *mut u8 {
        let q = System.realloc(p, l, new);
        if !q.is_null() {
            LIVE.fetch_sub(l.size(), Relaxed);
            grew(new);
        }
        q
    }
}

#[global_allocator]
static A: Counting = Counting;

/// Per stage: live bytes at its end, peak live bytes during it, WebAssembly memory at its end.
static mut ROWS: [[u32; 3]; 16] = [[0; 3]; 16];
static mut N_ROWS: usize = 0;

fn memory() -> usize {
    #[cfg(target_arch = "wasm32")]
    return core::arch::wasm32::memory_size(0) * 65536;
    #[cfg(not(target_arch = "wasm32"))]
    0
}

fn stage() {
    unsafe {
        if N_ROWS < 16 {
            ROWS[N_ROWS] = [LIVE.load(Relaxed) as u32, PEAK.load(Relaxed) as u32, memory() as u32];
            N_ROWS += 1;
        }
    }
    PEAK.store(LIVE.load(Relaxed), Relaxed);
}

#[no_mangle]
pub extern "C" fn heap_malloc(size: usize) -> *mut u8 {
    unsafe { A.alloc(Layout::from_size_align_unchecked(size.max(1), 1)) }
}

#[no_mangle]
pub extern "C" fn heap_realloc(p: *mut u8, old: usize, new: usize) -> *mut u8 {
    unsafe { A.realloc(p, Layout::from_size_align_unchecked(old.max(1), 1), new.max(1)) }
}

/// Starts counting stages (after the text was passed in).
#[no_mangle]
pub extern "C" fn heap_mark() {
    stage();
}

#[no_mangle]
pub extern "C" fn heap_rows() -> *const u32 {
    std::ptr::addr_of!(ROWS) as *const u32
}

#[no_mangle]
pub extern "C" fn heap_n_rows() -> usize {
    unsafe { N_ROWS }
}

/// Analyses the UTF-8 text at `ptr..ptr + len` (owned: freed here, as wasm-bindgen frees an `&str`
/// argument), stage by stage; returns the number of entities so nothing is optimised away.
#[no_mangle]
pub extern "C" fn heap_analyze(ptr: *mut u8, len: usize) -> usize {
    let bytes = unsafe { Vec::from_raw_parts(ptr, len, len.max(1)) };
    let text = String::from_utf8(bytes).unwrap_or_default();
    let text = text.as_str();
    // sift_core::analyze_bytes, stage by stage.
    let tokens = sift_core::tokenize::tokenize(text);
    stage();
    let sentence_tokens = sift_core::sentences::split(text, &tokens);
    stage();
    let cx = sift_core::Context { text, tokens: &tokens, sentences: &sentence_tokens };
    let entities = sift_core::entities::recognize(&cx);
    stage();
    let numbers = sift_core::numbers::recognize(&cx, &entities);
    stage();
    let claims = sift_core::claims::recognize(&cx, &entities, &numbers);
    stage();
    let doc = sift_core::Document {
        sentences: sentence_tokens
            .iter()
            .filter(|r| !r.is_empty())
            .map(|r| sift_core::Span::new(tokens[r.start].start, tokens[r.end - 1].end))
            .collect(),
        tokens: tokens.iter().map(|t| sift_core::document::TokenSpan { start: t.start, end: t.end }).collect(),
        entities,
        numbers,
        claims,
        diagnostics: Vec::new(),
    };
    drop(tokens);
    drop(sentence_tokens);
    stage();
    // api.rs: utf16_document.
    let mut doc = doc;
    let map = sift_core::OffsetMap::new(text);
    doc.map_offsets(|b| map.char_to_utf16(map.byte_to_char(b)));
    stage();
    doc.entities.len()
}

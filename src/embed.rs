//! The embed layer: in-place annotation of a host page (`annotate`), the `<sift-explorer>` custom
//! element, and stylesheets adopted without inline `<style>` (so a strict CSP does not block them).

use crate::api::parse_layers;

/// The only styles `annotate()` adds to a host page: rules for its own marks, themable through
/// custom properties.
const ANNOTATION_STYLESHEET: &str = include_str!("../www/embed/annotate.css");
use crate::highlight::{clip, highlights, nest, Highlight, Layer, Node as Tree};
use sift_core::{Document, OffsetMap};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Node, Text};

/// Elements whose text is not article text.
const SKIP: &[&str] = &[
    "script", "style", "noscript", "template", "textarea", "select", "svg", "math", "iframe",
    "object", "head", "button", "input",
];

/// Elements that separate paragraphs: their text is analysed as separate blocks.
const BLOCK: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "aside",
    "header",
    "footer",
    "nav",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "figure",
    "figcaption",
    "table",
    "tr",
    "td",
    "th",
    "br",
    "hr",
    "address",
    "details",
    "summary",
];

/// Adopts the stylesheet `css` into a document or shadow root (constructable stylesheets are not
/// inline styles, so a strict `style-src` does not block them). Falls back to a `<style>` element.
pub(crate) fn adopt_stylesheet(
    target: &JsValue,
    css: &str,
    fallback_parent: &Node,
) -> Result<(), JsValue> {
    let sheet = web_sys::CssStyleSheet::new().and_then(|s| s.replace_sync(css).map(|_| s));
    let adopted = js_sys::Reflect::get(target, &"adoptedStyleSheets".into())
        .ok()
        .filter(|v| js_sys::Array::is_array(v));
    match (sheet, adopted) {
        (Ok(sheet), Some(current)) => {
            let list = js_sys::Array::from(&current);
            list.push(&sheet);
            js_sys::Reflect::set(target, &"adoptedStyleSheets".into(), &list)?;
            Ok(())
        }
        _ => {
            let document = web_sys::window()
                .and_then(|w| w.document())
                .ok_or("no document")?;
            let style = document.create_element("style")?;
            style.set_text_content(Some(css));
            fallback_parent.append_child(&style)?;
            Ok(())
        }
    }
}

/// The page's text, gathered from its text nodes with each node's byte range in it.
struct Gathered {
    text: String,
    nodes: Vec<(Text, usize, usize)>,
}

fn separate(out: &mut Gathered) {
    if !out.text.is_empty() && !out.text.ends_with("\n\n") {
        out.text.push_str("\n\n");
    }
}

fn gather(node: &Node, out: &mut Gathered, preformatted: bool) {
    let children = node.child_nodes();
    for i in 0..children.length() {
        let Some(child) = children.item(i) else {
            continue;
        };
        match child.node_type() {
            Node::TEXT_NODE => {
                let text: Text = child.unchecked_into();
                let data = text.data();
                let start = out.text.len();
                if preformatted {
                    out.text.push_str(&data);
                } else {
                    // In HTML a line break in the source is a space: the analysis must not end a
                    // sentence there. One byte for one keeps the offsets.
                    out.text.extend(data.chars().map(|c| match c {
                        '\n' | '\r' | '\t' | '\u{c}' => ' ',
                        c => c,
                    }));
                }
                out.nodes.push((text, start, out.text.len()));
            }
            Node::ELEMENT_NODE => {
                let element: &Element = child.unchecked_ref();
                let tag = element.tag_name().to_ascii_lowercase();
                if SKIP.contains(&tag.as_str()) || element.class_list().contains("sift-annotation")
                {
                    continue;
                }
                if tag == "br" {
                    out.text.push('\n');
                    continue;
                }
                let block = BLOCK.contains(&tag.as_str());
                if block {
                    separate(out);
                }
                gather(&child, out, preformatted || tag == "pre");
                if block {
                    separate(out);
                }
            }
            _ => {}
        }
    }
}

/// One text node replaced by marked pieces, and how to put it back.
struct Replaced {
    original: Text,
    data: JsValue,
    replacements: Vec<Node>,
}

/// What one `annotate()` call changed: the text nodes it replaced and the marks it added.
#[derive(Default)]
struct Annotation {
    replaced: Vec<Replaced>,
    marks: u32,
}

impl Annotation {
    /// Removes every mark and restores the original text nodes (the same node objects).
    fn clear(&mut self) {
        for r in self.replaced.drain(..).rev() {
            let Some(first) = r.replacements.first() else {
                continue;
            };
            let Some(parent) = first.parent_node() else {
                continue;
            };
            let original: &Node = r.original.as_ref();
            if first != original {
                let _ = parent.insert_before(original, Some(first));
            }
            let _ = js_sys::Reflect::set(original, &"data".into(), &r.data);
            for node in &r.replacements {
                if node != original {
                    if let Some(p) = node.parent_node() {
                        let _ = p.remove_child(node);
                    }
                }
            }
        }
        self.marks = 0;
    }
}

type SharedAnnotation = std::rc::Rc<std::cell::RefCell<Annotation>>;

thread_local! {
    /// The annotations in place, by the element annotated: annotating an element again first
    /// clears the earlier annotation of it, or of an element inside or around it, so that marks
    /// never nest in marks and every `clear()` leaves the host's text as it was.
    static IN_PLACE: std::cell::RefCell<Vec<(Element, SharedAnnotation)>> = Default::default();
}

/// The result of `annotate()`: `clear()` restores the subtree exactly.
#[wasm_bindgen]
pub struct AnnotateHandle {
    annotation: SharedAnnotation,
}

#[wasm_bindgen]
impl AnnotateHandle {
    /// Removes every mark and restores the original text nodes (the same node objects). Does
    /// nothing once the annotation was cleared, or replaced by a later `annotate()` of the element.
    pub fn clear(&mut self) {
        self.annotation.borrow_mut().clear();
        IN_PLACE.with(|all| {
            all.borrow_mut()
                .retain(|(_, a)| !std::rc::Rc::ptr_eq(a, &self.annotation))
        });
    }

    /// How many `<mark>` elements were added (0 once cleared).
    #[wasm_bindgen(getter)]
    pub fn count(&self) -> u32 {
        self.annotation.borrow().marks
    }
}

fn mark_attributes(doc: &Document, h: &Highlight) -> (String, Option<String>) {
    match h.layer {
        Layer::Entity => {
            let e = &doc.entities[h.index];
            (e.label.as_str().to_string(), Some(e.entity.clone()))
        }
        Layer::Number => (doc.numbers[h.index].kind.as_str().to_string(), None),
        Layer::Claim => {
            let c = &doc.claims[h.index];
            let kind = c.kind.as_str();
            (kind.to_string(), c.speaker.clone())
        }
    }
}

/// Wraps mentions in place inside `element` with `<mark class="sift-annotation" data-kind
/// data-label data-entity>`, splitting a mark where a mention crosses an element boundary. The
/// text, links and structure of the subtree are unchanged. Options: `layers`. Annotating an
/// element again replaces its earlier annotation.
#[wasm_bindgen]
pub fn annotate(
    #[wasm_bindgen(unchecked_param_type = "Element")] element: JsValue,
    options: JsValue,
) -> Result<AnnotateHandle, JsError> {
    crate::api::install_panic_hook();
    let element = crate::api::element_argument("annotate", element)?;
    let layers =
        parse_layers(&crate::api::get(&options, "layers"))?.unwrap_or_else(|| Layer::ALL.to_vec());
    // An earlier annotation of this element, or of one inside or around it, goes first.
    IN_PLACE.with(|all| {
        all.borrow_mut().retain(|(earlier, annotation)| {
            let overlaps = earlier.contains(Some(&element)) || element.contains(Some(earlier));
            if overlaps {
                annotation.borrow_mut().clear();
            }
            !overlaps
        })
    });
    let document = element
        .owner_document()
        .ok_or_else(|| JsError::new("the element is not in a document"))?;
    let mut gathered = Gathered {
        text: String::new(),
        nodes: Vec::new(),
    };
    gather(&element, &mut gathered, false);
    let doc = sift_core::analyze_bytes(&gathered.text);
    let tree = nest(
        gathered.text.len(),
        &highlights(&doc, |layer, _| layers.contains(&layer)),
    );
    if let Some(head) = document.head() {
        if document
            .query_selector("[data-sift-annotation-style]")
            .ok()
            .flatten()
            .is_none()
        {
            let _ = adopt_stylesheet(&document, ANNOTATION_STYLESHEET, &head);
            let _ = head.set_attribute("data-sift-annotation-style", "");
        }
    }
    let mut handle = Annotation::default();
    for (text_node, start, end) in gathered.nodes {
        let local = clip(&tree, start, end);
        if !local.iter().any(|n| matches!(n, Tree::Mark { .. })) {
            continue;
        }
        let node_text = &gathered.text[start..end];
        let map = OffsetMap::new(node_text);
        let utf16 = |byte: usize| map.char_to_utf16(map.byte_to_char(byte - start)) as u32;
        // Split the node at every mark boundary; pieces[i] covers bounds[i]..bounds[i+1].
        let mut bounds = vec![start, end];
        collect_bounds(&local, &mut bounds);
        bounds.sort_unstable();
        bounds.dedup();
        let data = js_sys::Reflect::get(&text_node, &"data".into()).unwrap_or(JsValue::UNDEFINED);
        let mut pieces: Vec<Text> = vec![text_node.clone()];
        for w in bounds.windows(2).skip(1) {
            let at = utf16(w[0]) - utf16(bounds[pieces.len() - 1]);
            let last = pieces.last().cloned().unwrap_or_else(|| text_node.clone());
            let piece = last
                .split_text(at)
                .map_err(|_| JsError::new("cannot split a text node"))?;
            pieces.push(piece);
        }
        let mut replacements = Vec::new();
        for node in &local {
            replacements.push(wrap(
                &document,
                &doc,
                node,
                &pieces,
                &bounds,
                &mut handle.marks,
            )?);
        }
        handle.replaced.push(Replaced {
            original: text_node,
            data,
            replacements,
        });
    }
    let annotation = SharedAnnotation::new(handle.into());
    IN_PLACE.with(|all| all.borrow_mut().push((element, annotation.clone())));
    Ok(AnnotateHandle { annotation })
}

fn collect_bounds(nodes: &[Tree], out: &mut Vec<usize>) {
    for n in nodes {
        if let Tree::Mark {
            start,
            end,
            children,
            ..
        } = n
        {
            out.push(*start);
            out.push(*end);
            collect_bounds(children, out);
        }
    }
}

/// Wraps the pieces under `node` (already split at its bounds) into marks; returns the node that
/// now stands where they were.
fn wrap(
    document: &web_sys::Document,
    doc: &Document,
    node: &Tree,
    pieces: &[Text],
    bounds: &[usize],
    marks: &mut u32,
) -> Result<Node, JsError> {
    let piece_at = |offset: usize| {
        bounds
            .iter()
            .position(|&b| b == offset)
            .unwrap_or(0)
            .min(pieces.len() - 1)
    };
    match node {
        Tree::Text { start, .. } => Ok(pieces[piece_at(*start)].clone().into()),
        Tree::Mark {
            highlight,
            start,
            children,
            ..
        } => {
            let mark = document
                .create_element("mark")
                .map_err(|_| JsError::new("cannot create a mark"))?;
            let (label, entity) = mark_attributes(doc, highlight);
            mark.set_class_name(&format!("sift-annotation sift-{}", highlight.layer.kind()));
            let _ = mark.set_attribute("data-kind", highlight.layer.kind());
            let _ = mark.set_attribute("data-label", &label);
            if let Some(entity) = &entity {
                let _ = mark.set_attribute("data-entity", entity);
            }
            // Colour alone tells a screen reader nothing: say what the mark is, as the app does.
            let description = crate::components::reader::mark_description(doc, highlight);
            let _ = mark.set_attribute("aria-description", &description);
            let _ = mark.set_attribute("title", &description);
            let first: &Node = pieces[piece_at(*start)].as_ref();
            let parent = first
                .parent_node()
                .ok_or_else(|| JsError::new("a text node has no parent"))?;
            parent
                .insert_before(&mark, Some(first))
                .map_err(|_| JsError::new("cannot insert a mark"))?;
            for child in children {
                let inner = wrap(document, doc, child, pieces, bounds, marks)?;
                mark.append_child(&inner)
                    .map_err(|_| JsError::new("cannot fill a mark"))?;
            }
            *marks += 1;
            Ok(mark.into())
        }
    }
}

#[wasm_bindgen(inline_js = r#"
export function defineSiftExplorer(mount) {
  if (typeof customElements === 'undefined' || customElements.get('sift-explorer')) return;
  class SiftExplorer extends HTMLElement {
    static get observedAttributes() { return ['src', 'layers', 'theme', 'compact']; }
    connectedCallback() { this.render(); }
    disconnectedCallback() { this.handle?.destroy(); this.handle = null; }
    attributeChangedCallback() { if (this.isConnected && this.handle) this.render(); }
    async render() {
      const ticket = (this.ticket = (this.ticket ?? 0) + 1);
      let text = this.textContent ?? '';
      let error = null;
      const src = this.getAttribute('src');
      if (src) {
        const url = new URL(src, document.baseURI);
        if (url.origin !== location.origin) {
          error = `sift-explorer: src must be on this site (${location.origin}); ${url.origin} is not.`;
        } else {
          try {
            const response = await fetch(url);
            if (!response.ok) throw new Error(`the server answered ${response.status}`);
            text = await response.text();
          } catch (e) {
            error = `sift-explorer: cannot load ${src}: ${e.message}`;
          }
        }
      }
      if (ticket !== this.ticket) return;
      this.handle?.destroy();
      this.handle = mount(this, {
        text: error ? '' : text,
        error,
        layers: this.getAttribute('layers') ?? undefined,
        theme: this.getAttribute('theme') ?? undefined,
        compact: this.getAttribute('compact') !== 'false',
      });
      this.dispatchEvent(new CustomEvent('sift-ready', { detail: { error } }));
    }
  }
  customElements.define('sift-explorer', SiftExplorer);
}
export function startWorker(module) {
  try {
    const worker = new Worker(new URL('../../worker.js', import.meta.url), { type: 'module' });
    worker.postMessage({ module });
    return worker;
  } catch (error) {
    console.warn('Sift analyses on the page:', error.message);
  }
}
"#)]
extern "C" {
    #[wasm_bindgen(js_name = defineSiftExplorer)]
    fn define_sift_explorer(mount: &js_sys::Function);
    #[wasm_bindgen(js_name = startWorker)]
    fn start_worker_with(module: JsValue) -> Option<web_sys::Worker>;
}

/// Starts the analysis worker, `worker.js` next to `sift.js` (this snippet is in
/// `snippets/<crate>/`), and hands it the module already compiled for this page. `None` when a
/// module worker cannot start here (a host page's CSP `worker-src`, `sift.js` served from another
/// origin); a worker refused later reports an error event instead, which the analyser handles.
pub(crate) fn start_worker() -> Option<web_sys::Worker> {
    start_worker_with(wasm_bindgen::module())
}

/// Runs when the module is initialised: defines `<sift-explorer>`.
#[wasm_bindgen(start)]
pub fn start() {
    let mount =
        Closure::<dyn Fn(JsValue, JsValue) -> Result<crate::api::MountHandle, JsError>>::new(
            crate::api::mount,
        );
    define_sift_explorer(mount.as_ref().unchecked_ref());
    mount.forget();
}

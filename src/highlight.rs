//! Turns a document's possibly overlapping spans into a properly nested tree of highlights.
//!
//! Claims contain entities and numbers, and spans from different layers may cross. HTML marks must
//! nest, so a span that crosses the end of an enclosing one is split in two pieces: the reader sees
//! one highlight, the DOM holds two `<mark>` elements with the same data.

use sift_core::Document;
use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// The three highlight layers, outermost first (a claim encloses the entities it mentions).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Layer {
    Claim,
    Entity,
    Number,
}

impl Layer {
    pub const ALL: [Layer; 3] = [Layer::Entity, Layer::Number, Layer::Claim];

    /// The value of the `data-kind` attribute.
    pub fn kind(self) -> &'static str {
        match self {
            Layer::Claim => "claim",
            Layer::Entity => "entity",
            Layer::Number => "number",
        }
    }

    /// The layer whose `data-kind` is `kind`.
    pub fn from_kind(kind: &str) -> Option<Layer> {
        Layer::ALL.into_iter().find(|l| l.kind() == kind)
    }

    pub fn title(self) -> &'static str {
        match self {
            Layer::Claim => "Claims",
            Layer::Entity => "Entities",
            Layer::Number => "Numbers",
        }
    }
}

/// One highlight: a span of the document in one layer. `index` points into that layer's list in
/// the [`Document`]. Offsets are whatever unit the document uses (the app uses bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Highlight {
    pub start: usize,
    pub end: usize,
    pub layer: Layer,
    pub index: usize,
}

/// A node of the highlight tree: plain text, or a mark around children.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    Text {
        start: usize,
        end: usize,
    },
    Mark {
        highlight: Highlight,
        start: usize,
        end: usize,
        children: Vec<Node>,
    },
}

/// Collects the highlights of the layers `show` accepts.
pub fn highlights(doc: &Document, show: impl Fn(Layer, &str) -> bool) -> Vec<Highlight> {
    let mut out = Vec::with_capacity(doc.entities.len() + doc.numbers.len() + doc.claims.len());
    for (index, e) in doc.entities.iter().enumerate() {
        if show(Layer::Entity, e.label.as_str()) {
            out.push(Highlight {
                start: e.start,
                end: e.end,
                layer: Layer::Entity,
                index,
            });
        }
    }
    for (index, n) in doc.numbers.iter().enumerate() {
        if show(Layer::Number, n.kind.as_str()) {
            out.push(Highlight {
                start: n.start,
                end: n.end,
                layer: Layer::Number,
                index,
            });
        }
    }
    for (index, c) in doc.claims.iter().enumerate() {
        // A claim is highlighted on its content: the words claimed.
        for part in &c.content {
            if show(Layer::Claim, c.kind.as_str()) {
                out.push(Highlight {
                    start: part.start,
                    end: part.end,
                    layer: Layer::Claim,
                    index,
                });
            }
        }
    }
    out
}

type Key = (usize, Reverse<usize>, Layer, usize, usize);

fn key(h: &Highlight) -> Key {
    (h.start, Reverse(h.end), h.layer, h.index, 0)
}

/// Builds the nested tree covering `[0, len)`. Highlights outside the text are clipped; empty ones
/// are dropped.
pub fn nest(len: usize, highlights: &[Highlight]) -> Vec<Node> {
    // Split crossing spans so that every pair is either nested or disjoint.
    let mut queue: BinaryHeap<Reverse<(Key, Highlight)>> = highlights
        .iter()
        .filter_map(|h| {
            let h = Highlight {
                start: h.start.min(len),
                end: h.end.min(len),
                ..*h
            };
            (h.start < h.end).then(|| Reverse((key(&h), h)))
        })
        .collect();
    let mut pieces: Vec<Highlight> = Vec::with_capacity(queue.len());
    let mut open_ends: Vec<usize> = Vec::new();
    while let Some(Reverse((_, mut h))) = queue.pop() {
        while open_ends.last().is_some_and(|&end| end <= h.start) {
            open_ends.pop();
        }
        if let Some(&outer_end) = open_ends.last() {
            if outer_end < h.end {
                let rest = Highlight {
                    start: outer_end,
                    ..h
                };
                queue.push(Reverse((key(&rest), rest)));
                h.end = outer_end;
            }
        }
        open_ends.push(h.end);
        pieces.push(h);
    }
    let mut i = 0;
    build(&pieces, &mut i, 0, len)
}

fn build(pieces: &[Highlight], i: &mut usize, start: usize, end: usize) -> Vec<Node> {
    let mut nodes = Vec::new();
    let mut pos = start;
    while *i < pieces.len() && pieces[*i].start < end {
        let h = pieces[*i];
        *i += 1;
        if h.start > pos {
            nodes.push(Node::Text {
                start: pos,
                end: h.start,
            });
        }
        let children = build(pieces, i, h.start, h.end);
        nodes.push(Node::Mark {
            highlight: h,
            start: h.start,
            end: h.end,
            children,
        });
        pos = h.end;
    }
    if pos < end {
        nodes.push(Node::Text { start: pos, end });
    }
    nodes
}

/// The part of a tree inside `[start, end)`, with marks clipped to it (for annotating one text node
/// of a host page, where a mention may continue into the next element).
pub fn clip(nodes: &[Node], start: usize, end: usize) -> Vec<Node> {
    let mut out = Vec::new();
    for node in nodes {
        match node {
            Node::Text { start: s, end: e } => {
                let (s, e) = ((*s).max(start), (*e).min(end));
                if s < e {
                    out.push(Node::Text { start: s, end: e });
                }
            }
            Node::Mark {
                highlight,
                start: s,
                end: e,
                children,
            } => {
                let (cs, ce) = ((*s).max(start), (*e).min(end));
                if cs < ce {
                    out.push(Node::Mark {
                        highlight: *highlight,
                        start: cs,
                        end: ce,
                        children: clip(children, start, end),
                    });
                }
            }
        }
    }
    out
}

/// The blocks a long text is drawn in: cut after a line break once a block has `target` bytes (or,
/// in a text without line breaks, after a space), so that the reader can draw only the blocks
/// near the view. A text of at most `whole` bytes is one block. The blocks cover the text exactly.
pub fn blocks(text: &str, whole: usize, target: usize) -> Vec<(usize, usize)> {
    if text.len() <= whole {
        return vec![(0, text.len())];
    }
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(text.len() / target.max(1) + 1);
    let mut start = 0;
    let mut i = target.max(1);
    while i < bytes.len() {
        // The next line break at or after i; without one within `target`, the next space.
        let limit = (i + target).min(bytes.len());
        let cut = bytes[i..limit]
            .iter()
            .position(|&b| b == b'\n')
            .or_else(|| bytes[i..limit].iter().position(|&b| b == b' '))
            .map(|p| i + p + 1);
        let mut end = cut.unwrap_or(limit);
        while end < bytes.len() && !text.is_char_boundary(end) {
            end += 1;
        }
        out.push((start, end));
        start = end;
        i = end + target.max(1);
    }
    if start < text.len() {
        out.push((start, text.len()));
    }
    out
}

/// A document's highlights sorted by where they start, to nest one block of a long text at a time
/// instead of the whole text at once. Highlights fall into groups that overlap one another and no
/// other group; a block is nested together with the whole groups it touches, which gives exactly
/// the whole text's tree clipped to the block.
#[derive(Debug, Clone, PartialEq)]
pub struct Sorted {
    highlights: Vec<Highlight>,
    /// For each highlight, the index of the first highlight of its group.
    group: Vec<usize>,
    len: usize,
}

impl Sorted {
    /// `len`: the length of the text.
    pub fn new(len: usize, highlights: Vec<Highlight>) -> Sorted {
        // `highlights` come in a few runs already in order (entities, numbers, claims, each in
        // the order of the text): the runs are merged through a heap of their first highlights,
        // O(n log runs) rather than O(n log n) for a long text. The heap is of the same type as
        // `nest`'s (no second sort routine in the wasm); the last field of the key is the run.
        let mut runs: Vec<(usize, usize)> = Vec::new();
        let mut run_start = 0;
        for i in 1..=highlights.len() {
            if i == highlights.len() || key(&highlights[i]) < key(&highlights[i - 1]) {
                runs.push((run_start, i));
                run_start = i;
            }
        }
        let head = |run: usize, i: usize| {
            let (start, end, layer, index, _) = key(&highlights[i]);
            Reverse(((start, end, layer, index, run), highlights[i]))
        };
        let mut heap: BinaryHeap<Reverse<(Key, Highlight)>> = runs
            .iter()
            .enumerate()
            .map(|(run, &(first, _))| head(run, first))
            .collect();
        let mut sorted = Vec::with_capacity(highlights.len());
        while let Some(Reverse(((.., run), h))) = heap.pop() {
            sorted.push(h);
            let (next, end) = &mut runs[run];
            *next += 1;
            if *next < *end {
                heap.push(head(run, *next));
            }
        }
        let highlights = sorted;
        let mut group = Vec::with_capacity(highlights.len());
        let (mut first, mut reach) = (0, 0);
        for (i, h) in highlights.iter().enumerate() {
            if i == 0 || h.start >= reach {
                first = i;
            }
            reach = reach.max(h.end);
            group.push(first);
        }
        Sorted {
            highlights,
            group,
            len,
        }
    }

    /// The highlights in the order their marks come in the text (by start, the outer first).
    pub fn highlights(&self) -> &[Highlight] {
        &self.highlights
    }

    /// The nested tree of `[start, end)` alone: the same as clipping the tree of the whole text.
    pub fn tree(&self, start: usize, end: usize) -> Vec<Node> {
        let mut lo = self.highlights.partition_point(|h| h.start < start);
        if lo > 0 {
            lo = self.group[lo - 1];
        }
        let hi = self.highlights.partition_point(|h| h.start < end).max(lo);
        clip(&nest(self.len, &self.highlights[lo..hi]), start, end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(start: usize, end: usize, layer: Layer) -> Highlight {
        Highlight {
            start,
            end,
            layer,
            index: 0,
        }
    }

    /// Renders the tree as bracketed text, e.g. `ab[c{d}e]f`.
    fn show(text: &str, nodes: &[Node]) -> String {
        nodes
            .iter()
            .map(|n| match n {
                Node::Text { start, end } => text[*start..*end].to_string(),
                Node::Mark {
                    highlight,
                    children,
                    ..
                } => {
                    let (o, c) = match highlight.layer {
                        Layer::Claim => ('[', ']'),
                        Layer::Entity => ('{', '}'),
                        Layer::Number => ('<', '>'),
                    };
                    format!("{o}{}{c}", show(text, children))
                }
            })
            .collect()
    }

    #[test]
    fn nests_entities_inside_claims() {
        let text = "He said Putin met 3 men.";
        let tree = nest(
            text.len(),
            &[
                h(8, 23, Layer::Claim),
                h(8, 13, Layer::Entity),
                h(18, 19, Layer::Number),
            ],
        );
        assert_eq!(show(text, &tree), "He said [{Putin} met <3> men].");
    }

    #[test]
    fn splits_crossing_spans() {
        let text = "abcdefgh";
        let tree = nest(text.len(), &[h(1, 5, Layer::Claim), h(3, 7, Layer::Entity)]);
        assert_eq!(show(text, &tree), "a[bc{de}]{fg}h");
    }

    #[test]
    fn clipping_to_a_text_node() {
        let text = "He said Putin met 3 men.";
        let tree = nest(
            text.len(),
            &[h(8, 23, Layer::Claim), h(8, 13, Layer::Entity)],
        );
        assert_eq!(show(text, &clip(&tree, 10, 20)), "[{tin} met 3 ]");
        assert_eq!(show(text, &clip(&tree, 0, 8)), "He said ");
    }

    #[test]
    fn identical_spans_and_clipping() {
        let text = "abc";
        let tree = nest(
            text.len(),
            &[
                h(0, 3, Layer::Entity),
                h(0, 3, Layer::Claim),
                h(2, 9, Layer::Number),
                h(1, 1, Layer::Number),
            ],
        );
        assert_eq!(show(text, &tree), "[{ab<c>}]");
    }

    #[test]
    fn blocks_cover_the_text_and_nest_alone() {
        let text = "Putin met Trump.\nHe said 3 men left.\n".repeat(40);
        let bs = blocks(&text, 100, 60);
        assert!(bs.len() > 10);
        assert_eq!((bs[0].0, bs.last().unwrap().1), (0, text.len()));
        assert!(bs.windows(2).all(|w| w[0].1 == w[1].0));
        assert!(bs[..bs.len() - 1]
            .iter()
            .all(|&(_, e)| text.as_bytes()[e - 1] == b'\n'));
        assert_eq!(blocks("short", 100, 10), vec![(0, 5)]);
        let dense = "é".repeat(300);
        assert!(blocks(&dense, 10, 7)
            .iter()
            .all(|&(s, e)| s < e && dense.is_char_boundary(s) && dense.is_char_boundary(e)));
        let mut hs = Vec::new();
        for (i, _) in text.match_indices("Putin") {
            hs.push(h(i, i + 5, Layer::Entity));
        }
        for (i, _) in text.match_indices("He said") {
            hs.push(h(i, i + 30, Layer::Claim));
        }
        let tree = nest(text.len(), &hs);
        let sorted = Sorted::new(text.len(), hs.clone());
        for &(s, e) in &bs {
            assert_eq!(sorted.tree(s, e), clip(&tree, s, e));
        }
    }

    #[test]
    fn nesting_a_block_alone_matches_the_whole_tree() {
        // Crossing, nested and identical spans of every layer, from a small generator.
        let mut seed = 7u64;
        let mut next = |n: usize| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as usize % n
        };
        for _ in 0..200 {
            let len = 200;
            let hs: Vec<Highlight> = (0..30)
                .map(|i| {
                    let start = next(len);
                    let end = (start + 1 + next(40)).min(len);
                    Highlight {
                        start,
                        end,
                        layer: [Layer::Claim, Layer::Entity, Layer::Number][next(3)],
                        index: i,
                    }
                })
                .collect();
            let tree = nest(len, &hs);
            let sorted = Sorted::new(len, hs);
            for (s, e) in [(0, 50), (50, 97), (97, 150), (150, 200), (0, 200), (13, 14)] {
                assert_eq!(sorted.tree(s, e), clip(&tree, s, e), "block {s}..{e}");
            }
        }
    }
}

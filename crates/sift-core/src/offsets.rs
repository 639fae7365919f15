//! Offset conversion, in one place: byte offsets (how the analysis slices `&str`) to Unicode
//! character offsets (the native and CLI contract) and character offsets to UTF-16 code units
//! (the JavaScript contract).

/// Characters (and bytes) between two checkpoints of an [`OffsetMap`].
const BLOCK: usize = 64;

/// Maps offsets of one text between bytes, characters and UTF-16 code units.
///
/// Built once per text in O(n). It keeps a checkpoint every 64 bytes and every 64 characters
/// (a few per cent of the text's size rather than two offsets per character) and counts from the
/// nearest checkpoint, so each lookup reads at most 64 bytes or characters of the text.
pub struct OffsetMap<'t> {
    text: &'t str,
    /// Characters starting before byte `k * BLOCK`, for each `k` with `k * BLOCK <= text.len()`.
    chars_before_block: Vec<usize>,
    /// Byte and UTF-16 offsets of character `k * BLOCK`, for each character index that is a
    /// multiple of `BLOCK`.
    char_checkpoints: Vec<(usize, usize)>,
    char_len: usize,
    utf16_len: usize,
}

/// Whether a byte starts a character (is not a UTF-8 continuation byte).
fn starts_char(b: u8) -> bool {
    (b as i8) >= -0x40
}

impl<'t> OffsetMap<'t> {
    pub fn new(text: &'t str) -> OffsetMap<'t> {
        let bytes = text.as_bytes();
        let mut chars_before_block = Vec::with_capacity(bytes.len() / BLOCK + 1);
        let mut count = 0;
        for block in bytes.chunks(BLOCK) {
            chars_before_block.push(count);
            count += block.iter().filter(|&&b| starts_char(b)).count();
        }
        if bytes.len() % BLOCK == 0 {
            chars_before_block.push(count);
        }
        let mut char_checkpoints = Vec::with_capacity(count / BLOCK + 1);
        let mut u16_pos = 0;
        for (i, (b, c)) in text.char_indices().enumerate() {
            if i % BLOCK == 0 {
                char_checkpoints.push((b, u16_pos));
            }
            u16_pos += c.len_utf16();
        }
        OffsetMap {
            text,
            chars_before_block,
            char_checkpoints,
            char_len: count,
            utf16_len: u16_pos,
        }
    }

    pub fn char_len(&self) -> usize {
        self.char_len
    }

    /// The character that byte `byte` belongs to (`char_len()` at or past the end).
    pub fn byte_to_char(&self, byte: usize) -> usize {
        let bytes = self.text.as_bytes();
        if byte >= bytes.len() {
            return self.char_len;
        }
        let k = byte / BLOCK;
        let next = self
            .chars_before_block
            .get(k + 1)
            .copied()
            .unwrap_or(self.char_len);
        if next - self.chars_before_block[k] == bytes.len().min((k + 1) * BLOCK) - k * BLOCK {
            // Every byte of the block starts a character (ASCII): no counting.
            return self.chars_before_block[k] + (byte - k * BLOCK);
        }
        let before = self.chars_before_block[k]
            + bytes[k * BLOCK..byte]
                .iter()
                .filter(|&&b| starts_char(b))
                .count();
        if starts_char(bytes[byte]) {
            before
        } else {
            before.saturating_sub(1)
        }
    }

    /// Byte offset and UTF-16 offset of character `ch` (clamped to the end).
    fn char_offsets(&self, ch: usize) -> (usize, usize) {
        if ch >= self.char_len {
            return (self.text.len(), self.utf16_len);
        }
        let k = ch / BLOCK;
        let (mut b, mut u) = self.char_checkpoints[k];
        let next = self
            .char_checkpoints
            .get(k + 1)
            .map_or(self.text.len(), |c| c.0);
        if next - b == self.char_len.min((k + 1) * BLOCK) - k * BLOCK {
            // One byte per character up to the next checkpoint (ASCII): one UTF-16 unit each.
            return (b + ch % BLOCK, u + ch % BLOCK);
        }
        for c in self.text[b..].chars().take(ch % BLOCK) {
            b += c.len_utf8();
            u += c.len_utf16();
        }
        (b, u)
    }

    pub fn char_to_byte(&self, ch: usize) -> usize {
        self.char_offsets(ch).0
    }

    pub fn char_to_utf16(&self, ch: usize) -> usize {
        self.char_offsets(ch).1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn astral_and_combining_characters() {
        let text = "a😀é\u{301}b";
        let map = OffsetMap::new(text);
        assert_eq!(map.char_len(), 5);
        assert_eq!(map.byte_to_char(1), 1);
        assert_eq!(map.byte_to_char(5), 2);
        assert_eq!(map.byte_to_char(3), 1, "inside the emoji maps to its start");
        assert_eq!(map.char_to_utf16(2), 3, "the emoji is two UTF-16 units");
        assert_eq!(map.char_to_utf16(5), 6);
        assert_eq!(map.char_to_byte(5), text.len());
    }

    /// The same answers as a table of every character's offsets, across checkpoints.
    #[test]
    fn same_as_a_full_table() {
        let mut texts = vec![
            String::new(),
            "a".repeat(64),
            "a".repeat(63),
            "é".repeat(64),
        ];
        let mut t = String::new();
        for i in 0..700u32 {
            t.push(match i % 7 {
                0 => 'x',
                1 => 'é',
                2 => '😀',
                3 => '\u{301}',
                4 => '€',
                5 => ' ',
                _ => 'Z',
            });
            if i % 50 == 0 {
                texts.push(t.clone());
            }
        }
        texts.push(t);
        for text in &texts {
            let map = OffsetMap::new(text);
            let mut starts: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
            starts.push(text.len());
            let mut u16s = vec![0];
            for c in text.chars() {
                u16s.push(u16s.last().unwrap() + c.len_utf16());
            }
            assert_eq!(map.char_len(), starts.len() - 1);
            for b in 0..=text.len() + 2 {
                let want = match starts.binary_search(&b) {
                    Ok(i) => i,
                    Err(i) => i.saturating_sub(1),
                };
                assert_eq!(map.byte_to_char(b), want, "byte {b} of {text:?}");
            }
            for ch in 0..starts.len() + 2 {
                let i = ch.min(starts.len() - 1);
                assert_eq!(map.char_to_byte(ch), starts[i]);
                assert_eq!(map.char_to_utf16(ch), u16s[i]);
            }
        }
    }
}

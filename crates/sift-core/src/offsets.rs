//! Offset conversion, in one place: byte offsets (how the analysis slices `&str`) to Unicode
//! character offsets (the native and CLI contract) and character offsets to UTF-16 code units
//! (the JavaScript contract).

/// Maps offsets of one text between bytes, characters and UTF-16 code units.
///
/// Built once per text in O(n); each lookup is O(log n).
pub struct OffsetMap {
    /// Byte offset of every character start, plus `text.len()` at the end.
    char_starts: Vec<usize>,
    /// UTF-16 offset of every character start, plus the total UTF-16 length at the end.
    utf16_starts: Vec<usize>,
}

impl OffsetMap {
    pub fn new(text: &str) -> OffsetMap {
        let mut char_starts = Vec::with_capacity(text.len() + 1);
        let mut utf16_starts = Vec::with_capacity(text.len() + 1);
        let mut u16_pos = 0;
        for (b, c) in text.char_indices() {
            char_starts.push(b);
            utf16_starts.push(u16_pos);
            u16_pos += c.len_utf16();
        }
        char_starts.push(text.len());
        utf16_starts.push(u16_pos);
        OffsetMap { char_starts, utf16_starts }
    }

    /// Number of characters in the text.
    pub fn char_len(&self) -> usize {
        self.char_starts.len() - 1
    }

    /// Character offset of a byte offset. A byte offset inside a character maps to that
    /// character's start, so the result is always a valid character boundary.
    pub fn byte_to_char(&self, byte: usize) -> usize {
        match self.char_starts.binary_search(&byte) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }

    /// Byte offset of a character offset (clamped to the end of the text).
    pub fn char_to_byte(&self, ch: usize) -> usize {
        self.char_starts[ch.min(self.char_len())]
    }

    /// UTF-16 code-unit offset of a character offset (clamped to the end of the text).
    pub fn char_to_utf16(&self, ch: usize) -> usize {
        self.utf16_starts[ch.min(self.char_len())]
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
}

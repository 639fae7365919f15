// Runs the wasm heap profile (see Cargo.toml) on a text file and prints, per stage, the bytes live
// at its end, the most live during it and the size of the WebAssembly memory.
//   cargo build --release --target wasm32-unknown-unknown --manifest-path bench/wasm-heap/Cargo.toml
//   node bench/wasm-heap/run.mjs TEXT_FILE [WASM_FILE]
import { readFileSync } from 'node:fs';

const [file, wasmFile = `${process.env.CARGO_TARGET_DIR ?? 'bench/wasm-heap/target'}/wasm32-unknown-unknown/release/sift_wasm_heap.wasm`] =
  process.argv.slice(2);
if (!file) throw new Error('usage: node bench/wasm-heap/run.mjs TEXT_FILE [WASM_FILE]');
const text = readFileSync(file, 'utf8');
const { instance } = await WebAssembly.instantiate(readFileSync(wasmFile), {});
const w = instance.exports;
const kb = (n) => `${Math.round(n / 1024).toLocaleString('en')} KB`.padStart(11);
const mem = () => w.memory.buffer.byteLength;
console.log(`text ${kb(Buffer.byteLength(text))}, memory at start ${kb(mem())}`);

// Warm-up, as in the page: the first analysis also builds the model and the regexes.
const pass = (s) => {
  // wasm-bindgen's passStringToWasm0: ASCII bytes first, then at the first other character a
  // realloc to 3 bytes per remaining UTF-16 unit, encodeInto, and a realloc down to the length.
  let len = s.length;
  let ptr = w.heap_malloc(len);
  let u8 = new Uint8Array(w.memory.buffer);
  let offset = 0;
  for (; offset < len; offset++) {
    const code = s.charCodeAt(offset);
    if (code > 0x7f) break;
    u8[ptr + offset] = code;
  }
  if (offset !== len) {
    const rest = s.slice(offset);
    ptr = w.heap_realloc(ptr, len, (len = offset + rest.length * 3));
    const { written } = new TextEncoder().encodeInto(rest, new Uint8Array(w.memory.buffer, ptr + offset, len - offset));
    offset += written;
    ptr = w.heap_realloc(ptr, len, offset);
  }
  return [ptr, offset];
};
w.heap_analyze(...pass('Warm-up: Zelenskiy said on Monday that 72 people were killed in Kyiv.'));
const before = mem();
const rowsBefore = w.heap_n_rows();
const [ptr, len] = pass(text);
w.heap_mark();
const t0 = performance.now();
w.heap_analyze(ptr, len);
const ms = performance.now() - t0;
const rows = new Uint32Array(w.memory.buffer, w.heap_rows(), 48);
const names = ['text passed in', 'tokenize', 'sentences', 'entities', 'numbers', 'claims', 'document', 'UTF-16 offsets'];
console.log(`memory before the text ${kb(before)}; analysis ${ms.toFixed(0)} ms`);
console.log(`${'stage'.padEnd(16)} ${'live at end'.padStart(11)} ${'peak live'.padStart(11)} ${'wasm memory'.padStart(11)}`);
for (let i = rowsBefore; i < w.heap_n_rows(); i++) {
  const [live, peak, memory] = rows.slice(3 * i, 3 * i + 3);
  console.log(`${names[i - rowsBefore].padEnd(16)} ${kb(live)} ${kb(peak)} ${kb(memory)}`);
}
console.log(`wasm memory after: ${kb(mem())} (${(mem() / Buffer.byteLength(text)).toFixed(1)}x the text)`);

// Packs CommonJS packages (wink-nlp and its model ship no browser build) into one ES module for
// the benchmark page: every file reachable by `require("…")` from the entries, resolved the way
// Node resolves it, wrapped in a function, with a small `require` that runs each once. JSON files
// become their value. No transformation of the sources otherwise: what the page runs is what the
// packages ship.
import { readFileSync } from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';

const REQUIRE = /\brequire\(\s*(['"])([^'"]+)\1\s*\)/g;

/**
 * `entries` maps an export name to a module specifier resolved from `base` (a file path);
 * returns the text of an ES module exporting each entry's `module.exports` under its name.
 */
export function bundleCjs(entries, base) {
  const resolveFrom = (from, spec) => {
    if (isBuiltin(spec)) throw new Error(`${from} requires Node's built-in "${spec}"`);
    return createRequire(from).resolve(spec);
  };
  const ids = new Map(); // absolute path -> numeric id
  const modules = []; // { path, deps: {spec: id} }
  const visit = (path) => {
    if (ids.has(path)) return ids.get(path);
    const id = modules.length;
    ids.set(path, id);
    const record = { path, deps: {} };
    modules.push(record);
    if (!path.endsWith('.json')) {
      for (const [, , spec] of readFileSync(path, 'utf8').matchAll(REQUIRE)) {
        record.deps[spec] = visit(resolveFrom(path, spec));
      }
    }
    return id;
  };
  const exported = Object.entries(entries).map(([name, spec]) => [name, visit(resolveFrom(base, spec))]);

  const parts = ['const defs = [];'];
  for (const { path, deps } of modules) {
    const source = readFileSync(path, 'utf8');
    const body = path.endsWith('.json') ? `module.exports = ${source.trim()};` : source;
    parts.push(
      `// ${path.slice(path.lastIndexOf('node_modules/') + 13)}\n` +
        `defs.push([${JSON.stringify(deps)}, function (module, exports, require) {\n${body}\n}]);`,
    );
  }
  parts.push(`const cache = [];
function load(id) {
  if (cache[id]) return cache[id].exports;
  const module = (cache[id] = { exports: {} });
  const [deps, fn] = defs[id];
  fn.call(module.exports, module, module.exports, (spec) => {
    if (!(spec in deps)) throw new Error('not bundled: ' + spec);
    return load(deps[spec]);
  });
  return module.exports;
}`);
  for (const [name, id] of exported) parts.push(`export const ${name} = load(${id});`);
  return { code: parts.join('\n'), files: modules.map((m) => m.path) };
}

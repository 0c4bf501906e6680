/**
 * Build time, the service worker's bundle only (wxt.config.ts): a module
 * constant that holds regular expressions (`const SALARY = /…/i`,
 * `const RULES = [/…/, /…/]`, `const RANGE = new RegExp(…)`) becomes a maker,
 * and each use of it reads a slot that the maker fills on first use and
 * lib/background/regexp-slots.ts empties when the worker is idle. V8 keeps a
 * regular expression's compiled native code as long as its RegExp object lives;
 * so the worker's ~200 patterns no longer hold 1.6 MB after the analyses end.
 *
 * Mechanical and conservative, so the modules' behaviour stays the same:
 * - only `const` declarations at a module's top level whose initialiser
 *   contains a regular expression and is made only of literals, arrays, objects,
 *   templates, `new RegExp(…)`, `String.raw` and string/array methods (so
 *   evaluating it again gives an equal value); not exported ones;
 * - not when its name is bound anywhere else in the module (no shadowing to
 *   reason about);
 * - not when code that runs at the module's load (outside functions) uses it:
 *   that code could keep the object, and a second one would differ from it.
 * What is left alone is listed by `skipped`.
 *
 * A regular expression literal inside a function keeps its compiled data in the
 * function's feedback (V8's literal boilerplate) for the function's life; so the
 * makers build theirs with `new RegExp`. Without
 * the g or y flag, nothing of it changes as it runs (lastIndex is neither read nor
 * written), so one object in a slot serves every call; with them, each run makes
 * its own with `new RegExp`, as the literal did.
 */
import { resolve } from 'node:path';
import { parseSync } from 'vite';

type Node = { type: string; start: number; end: number; [k: string]: unknown };

export interface LazyRegExps {
  /** The rewritten module, or null when nothing in it changes. */
  code: string | null;
  /** Constant names made lazy. */
  lazy: string[];
  /** Literals inside functions kept in a slot or made with `new RegExp`. */
  inner?: number;
  /** Constants holding a regular expression that stay as they were, with why. */
  skipped: string[];
}

const FUNCTION = new Set(['FunctionExpression', 'ArrowFunctionExpression', 'FunctionDeclaration']);
/** Methods an initialiser may call: they build strings and arrays from values, nothing else. */
const PURE_METHODS = new Set(['join', 'map', 'filter', 'flatMap', 'concat', 'slice', 'replace', 'replaceAll', 'toLowerCase', 'toUpperCase', 'trim', 'split', 'sort', 'raw', 'escape']);
/** Node types an initialiser may contain (inside the callbacks of the methods above too). */
const PURE_NODES = new Set([
  'Literal', 'TemplateLiteral', 'TemplateElement', 'TaggedTemplateExpression', 'Identifier', 'MemberExpression', 'ArrayExpression',
  'ObjectExpression', 'Property', 'SpreadElement', 'BinaryExpression', 'LogicalExpression', 'ConditionalExpression', 'UnaryExpression',
  'ArrowFunctionExpression', 'CallExpression', 'NewExpression', 'ParenthesizedExpression', 'ChainExpression',
  'TSAsExpression', 'TSSatisfiesExpression', 'TSNonNullExpression', 'TSTypeReference', 'TSTypeAnnotation',
]);

function children(n: Node): Node[] {
  const out: Node[] = [];
  for (const k in n) {
    if (k === 'type' || k === 'start' || k === 'end') continue;
    const v = n[k];
    if (Array.isArray(v)) for (const x of v) { if (x && typeof x === 'object' && typeof (x as Node).type === 'string') out.push(x as Node); }
    else if (v && typeof v === 'object' && typeof (v as Node).type === 'string') out.push(v as Node);
  }
  return out;
}

function some(n: Node, f: (n: Node) => boolean): boolean {
  if (f(n)) return true;
  return children(n).some((c) => some(c, f));
}

const isRegExp = (n: Node) =>
  (n.type === 'Literal' && n.regex !== undefined && n.regex !== null) ||
  ((n.type === 'NewExpression' || n.type === 'CallExpression') && (n.callee as Node).type === 'Identifier' && (n.callee as { name: string }).name === 'RegExp');

/** Why an initialiser may not be evaluated again, or null when it may. */
function impurity(init: Node): string | null {
  let why: string | null = null;
  some(init, (n) => {
    if (!PURE_NODES.has(n.type)) why = n.type;
    else if (n.type === 'NewExpression' && !isRegExp(n)) why = 'new';
    else if (n.type === 'CallExpression') {
      const c = n.callee as Node;
      if (isRegExp(n)) return false;
      const prop = c.type === 'MemberExpression' && !c.computed ? (c.property as { name?: string }).name : undefined;
      if (!prop || !PURE_METHODS.has(prop)) why = 'call';
    } else if (n.type === 'TaggedTemplateExpression') {
      const t = n.tag as Node;
      if (!(t.type === 'MemberExpression' && (t.object as { name?: string }).name === 'String' && (t.property as { name?: string }).name === 'raw')) why = 'tag';
    }
    return why !== null;
  });
  return why;
}

/** The names a pattern binds (`a`, `{ a, b: [c] }`, `...d`, `e = 1`). */
function bound(p: Node | null | undefined, out: Node[]): void {
  if (!p) return;
  if (p.type === 'Identifier') out.push(p);
  else if (p.type === 'ObjectPattern') for (const q of p.properties as Node[]) bound(q.type === 'RestElement' ? (q.argument as Node) : (q.value as Node), out);
  else if (p.type === 'ArrayPattern') for (const q of p.elements as Array<Node | null>) bound(q, out);
  else if (p.type === 'RestElement') bound(p.argument as Node, out);
  else if (p.type === 'AssignmentPattern') bound(p.left as Node, out);
}

/**
 * Every Identifier node that is a reference (a read of a binding), with whether
 * it runs at load (outside any function at the module's top level), and every
 * binding identifier. `parent` keys decide which is which.
 */
function scan(program: Node) {
  const refs: Array<{ node: Node; eager: boolean; shorthand: boolean }> = [];
  /** Regular expression literals, with whether they run at load. */
  const literals: Array<{ node: Node; eager: boolean }> = [];
  const bindings: Node[] = [];
  const visit = (n: Node, eager: boolean, parent: Node | null, key: string) => {
    if (n.type === 'Literal') {
      if (n.regex) literals.push({ node: n, eager });
      return;
    }
    if (n.type === 'Identifier') {
      if (parent) {
        const p = parent;
        if ((p.type === 'MemberExpression' && key === 'property' && !p.computed) ||
          ((p.type === 'Property' || p.type === 'MethodDefinition' || p.type === 'PropertyDefinition') && key === 'key' && !p.computed) ||
          p.type === 'LabeledStatement' || p.type === 'BreakStatement' || p.type === 'ContinueStatement' ||
          p.type.startsWith('Import') || p.type.startsWith('Export') || p.type.startsWith('TS'))
          return;
      }
      refs.push({ node: n, eager, shorthand: parent?.type === 'Property' && parent.shorthand === true && key === 'value' });
      return;
    }
    // Bindings: declared names are not references (their initialisers and defaults are).
    if (n.type === 'VariableDeclarator') {
      bound(n.id as Node, bindings);
      visitPatternDefaults(n.id as Node, eager);
      if (n.init) visit(n.init as Node, eager, n, 'init');
      return;
    }
    if (FUNCTION.has(n.type) || n.type === 'ClassDeclaration' || n.type === 'ClassExpression') {
      if (n.id) bound(n.id as Node, bindings);
      for (const p of (n.params as Node[] | undefined) ?? []) {
        bound(p, bindings);
        visitPatternDefaults(p, false);
      }
      for (const c of children(n)) if (c !== n.id && !((n.params as Node[] | undefined) ?? []).includes(c)) visit(c, n.type.startsWith('Class') ? eager : false, n, '');
      return;
    }
    if (n.type === 'CatchClause') {
      bound(n.param as Node, bindings);
      visit(n.body as Node, eager, n, 'body');
      return;
    }
    if (n.type.startsWith('Import')) {
      for (const s of (n.specifiers as Node[] | undefined) ?? []) bindings.push(s.local as Node);
      return;
    }
    for (const k in n) {
      if (k === 'type' || k === 'start' || k === 'end') continue;
      const v = n[k];
      if (Array.isArray(v)) { for (const x of v) if (x && typeof x === 'object' && typeof (x as Node).type === 'string') visit(x as Node, eager, n, k); }
      else if (v && typeof v === 'object' && typeof (v as Node).type === 'string') visit(v as Node, eager, n, k);
    }
  };
  const visitPatternDefaults = (p: Node, eager: boolean) => {
    some(p, (q) => {
      if (q.type === 'AssignmentPattern') visit(q.right as Node, eager, q, 'right');
      if (q.type === 'Property' && q.computed) visit(q.key as Node, eager, q, 'key');
      return false;
    });
  };
  visit(program, true, null, '');
  return { refs, bindings, literals };
}

/** Rewrites one module's JavaScript (see the header). `slotsModule` is what the rewritten code imports `regexpSlots` from. */
export function lazyRegExps(code: string, slotsModule: string): LazyRegExps {
  const { program, errors } = parseSync('module.js', code, { lang: 'js', sourceType: 'module' });
  if (errors.length) throw new Error(`lazy-regexps: cannot parse: ${errors[0]!.message}`);
  const body = (program as unknown as Node).body as Node[];
  const skipped: string[] = [];

  // Candidates: top-level const declarators whose initialiser holds a regular expression.
  const candidates = new Map<string, { decl: Node; init: Node }>();
  for (const st of body) {
    const exported = st.type === 'ExportNamedDeclaration';
    const d = exported ? (st.declaration as Node | null) : st;
    if (!d || d.type !== 'VariableDeclaration') continue;
    for (const decl of d.declarations as Node[]) {
      const init = decl.init as Node | null;
      const id = decl.id as Node;
      if (!init || id.type !== 'Identifier' || FUNCTION.has(init.type) || !some(init, isRegExp)) continue;
      const name = (id as unknown as { name: string }).name;
      if (d.kind !== 'const') skipped.push(`${name}: ${d.kind as string}`);
      else if (exported) skipped.push(`${name}: exported`);
      else {
        const why = impurity(init);
        if (why) skipped.push(`${name}: its value is computed (${why})`);
        else candidates.set(name, { decl, init });
      }
    }
  }

  const { refs, bindings, literals } = scan(program as unknown as Node);
  const bindCount = new Map<string, number>();
  for (const b of bindings) {
    const name = (b as unknown as { name: string }).name;
    bindCount.set(name, (bindCount.get(name) ?? 0) + 1);
  }
  for (const name of [...candidates.keys()]) {
    if (bindCount.get(name) !== 1) {
      skipped.push(`${name}: bound more than once`);
      candidates.delete(name);
    }
  }
  // `export { NAME }`, `export default NAME`: other modules read it.
  for (const st of body) {
    const named = st.type === 'ExportNamedDeclaration' ? ((st.specifiers as Node[] | undefined) ?? []).map((x) => x.local as Node) : [];
    const dflt = st.type === 'ExportDefaultDeclaration' && (st.declaration as Node).type === 'Identifier' ? [st.declaration as Node] : [];
    for (const n of [...named, ...dflt]) {
      const name = (n as unknown as { name: string }).name;
      if (candidates.delete(name)) skipped.push(`${name}: exported`);
    }
  }
  // A constant's value made again must be the same: no top-level `let` or `var` in it.
  const variable = new Set<string>();
  for (const st of body) {
    const d = st.type === 'ExportNamedDeclaration' ? (st.declaration as Node | null) : st;
    if (d?.type !== 'VariableDeclaration' || d.kind === 'const') continue;
    const ids: Node[] = [];
    for (const x of d.declarations as Node[]) bound(x.id as Node, ids);
    for (const x of ids) variable.add((x as unknown as { name: string }).name);
  }
  for (const [name, { init }] of [...candidates]) {
    if (some(init, (n) => n.type === 'Identifier' && variable.has((n as unknown as { name: string }).name))) {
      candidates.delete(name);
      skipped.push(`${name}: reads a variable`);
    }
  }
  // A reference that runs at load, outside every lazy initialiser, keeps its constant eager; repeat,
  // as a constant made eager again evaluates its own initialiser at load.
  const inside = (n: Node, outer: Node) => n.start >= outer.start && n.end <= outer.end;
  for (let changed = true; changed; ) {
    changed = false;
    for (const r of refs) {
      const name = (r.node as unknown as { name: string }).name;
      if (!r.eager || !candidates.has(name)) continue;
      if ([...candidates.values()].some((c) => inside(r.node, c.init))) continue;
      candidates.delete(name);
      skipped.push(`${name}: used at the module's load`);
      changed = true;
    }
  }
  const inLazy = (n: Node) => [...candidates.values()].some((c) => inside(n, c.init));
  // In a maker, a literal would keep its compiled data in the maker's feedback: made with `new RegExp` instead.
  const inMaker = literals.filter((l) => inLazy(l.node)).map((l) => l.node);
  const inner = literals.filter((l) => !l.eager && !inLazy(l.node)).map((l) => l.node);
  if (!candidates.size && !inner.length) return { code: null, lazy: [], skipped };

  const slot = new Map([...candidates.keys()].map((name, i) => [name, i]));
  const edits: Array<{ at: number; end: number; text: string }> = [];
  for (const [name, { decl, init }] of candidates) {
    const id = decl.id as Node;
    edits.push({ at: id.start, end: id.end, text: `__fmrx_${name}` });
    edits.push({ at: init.start, end: init.start, text: '() => (' });
    edits.push({ at: init.end, end: init.end, text: ')' });
  }
  for (const r of refs) {
    const name = (r.node as unknown as { name: string }).name;
    if (!candidates.has(name) || r.node === (candidates.get(name)!.decl.id as Node)) continue;
    const read = `(__fmrx[${slot.get(name)}] ??= __fmrx_${name}())`;
    edits.push({ at: r.node.start, end: r.node.end, text: r.shorthand ? `${name}: ${read}` : read });
  }
  const make = (l: Node) => {
    const { pattern, flags } = l.regex as { pattern: string; flags: string };
    return { flags, text: `new RegExp(${JSON.stringify(pattern)}, ${JSON.stringify(flags)})` };
  };
  let next = candidates.size;
  for (const l of inner) {
    const { flags, text } = make(l);
    edits.push({ at: l.start, end: l.end, text: /[gy]/.test(flags) ? text : `(__fmrx[${next++}] ??= ${text})` });
  }
  for (const l of inMaker) edits.push({ at: l.start, end: l.end, text: make(l).text });
  edits.sort((a, b) => b.at - a.at || b.end - a.end);
  let out = code;
  for (const e of edits) out = out.slice(0, e.at) + e.text + out.slice(e.end);
  out = `import { regexpSlots as __fmrxSlots } from ${JSON.stringify(slotsModule)};\nconst __fmrx = __fmrxSlots();\n${out}`;
  return { code: out, lazy: [...candidates.keys()], inner: inner.length, skipped };
}

/**
 * The Vite plugin (the background's build in wxt.config.ts, and the test that
 * checks the rewritten modules analyse alike): every module under `libDir`
 * except regexp-slots.ts itself.
 */
export function workerRegExps(libDir: string) {
  const lib = libDir.replaceAll('\\', '/').replace(/\/?$/, '/');
  const slots = resolve(libDir, 'background/regexp-slots.ts').replaceAll('\\', '/');
  return {
    name: 'fitmark:worker-regexps',
    enforce: 'post' as const,
    transform(code: string, id: string) {
      const file = id.split('?')[0]!.replaceAll('\\', '/');
      if (!file.startsWith(lib) || file === slots || !/\.[cm]?[jt]sx?$/.test(file)) return null;
      const out = lazyRegExps(code, slots);
      return out.code === null ? null : { code: out.code, map: null };
    },
  };
}

// Custom Elements Manifest, generated from the elements' JSDoc (npm run manifest),
// and from it the JSX types and VS Code's HTML custom data that the package ships.
import { jsxTypesPlugin } from '@wc-toolkit/jsx-types';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';

/** Records `defineElement('cifras-x', Class)` registrations, the way the analyzer records customElements.define. */
function defineElementPlugin() {
  return {
    name: 'cifras-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, element] = node.arguments;
      if (!tag || !ts.isStringLiteral(tag) || !element) return;
      moduleDoc.exports = [...(moduleDoc.exports ?? []), {
        kind: 'custom-element-definition', name: tag.text, declaration: { name: element.getText(), module: moduleDoc.path },
      }];
    },
  };
}

/** Subclasses inherit the parts, custom properties and slots their base classes document. */
function inheritDocsPlugin() {
  const KEYS = ['cssParts', 'cssProperties', 'slots'];
  return {
    name: 'cifras-inherit-docs',
    packageLinkPhase({ customElementsManifest }) {
      const declarations = customElementsManifest.modules.flatMap((m) => m.declarations ?? []);
      const byName = new Map(declarations.map((d) => [d.name, d]));
      const inherited = (d, seen = new Set()) => {
        const base = d.superclass && byName.get(d.superclass.name);
        if (!base || seen.has(base)) return Object.fromEntries(KEYS.map((k) => [k, d[k] ?? []]));
        seen.add(base);
        const parent = inherited(base, seen);
        return Object.fromEntries(KEYS.map((k) => {
          const own = d[k] ?? [];
          return [k, [...own, ...parent[k].filter((item) => !own.some((o) => o.name === item.name))]];
        }));
      };
      for (const d of declarations.filter((x) => x.customElement)) Object.assign(d, inherited(d));
    },
  };
}

/**
 * Internal reactive state (`state: true` in `static properties`) is not an
 * attribute: the analyzer lists every static property as one, so drop those,
 * in the class or mixin that declares them and in what extends it.
 */
function internalStatePlugin() {
  const states = new Map();
  return {
    name: 'cifras-internal-state',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const properties = node.members.find((m) => ts.isPropertyDeclaration(m) && m.name.getText() === 'properties'
        && m.modifiers?.some((mod) => mod.kind === ts.SyntaxKind.StaticKeyword));
      if (!properties?.initializer || !ts.isObjectLiteralExpression(properties.initializer)) return;
      const names = properties.initializer.properties
        .filter((p) => ts.isPropertyAssignment(p) && /\bstate:\s*true\b/.test(p.initializer.getText()))
        .map((p) => p.name.getText());
      // A mixin's class is documented under the mixin's name.
      const mixin = node.parent && ts.isBlock(node.parent) && ts.isFunctionDeclaration(node.parent.parent) ? node.parent.parent.name?.getText() : undefined;
      states.set(mixin ?? node.name.getText(), new Set(names));
    },
    packageLinkPhase({ customElementsManifest }) {
      const declarations = customElementsManifest.modules.flatMap((m) => m.declarations ?? []);
      const byName = new Map(declarations.map((d) => [d.name, d]));
      const internal = (d, seen = new Set()) => {
        if (!d || seen.has(d)) return [];
        seen.add(d);
        const bases = [d.superclass, ...(d.mixins ?? [])].filter(Boolean).map((base) => byName.get(base.name));
        return [...(states.get(d.name) ?? []), ...bases.flatMap((base) => internal(base, seen))];
      };
      for (const d of declarations) {
        const names = new Set(internal(d));
        // By the property behind the attribute: an attribute may share its name with another's state (view, chartView).
        if (d.attributes) d.attributes = d.attributes.filter((a) => !names.has(a.fieldName ?? a.name));
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts', 'src/components/{frame,actions,citations,views}/**/!(cifras-base|cifras-element|cifras-plain-element|chart-element|bar-chart|state-panels|inline-citation).ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    defineElementPlugin(), internalStatePlugin(), inheritDocsPlugin(),
    // Both write into dist/ (package.json exports them); the types import each class from dist/types/.
    jsxTypesPlugin({ outdir: 'dist', fileName: 'cifras-jsx.d.ts', componentTypePath: (_name, _tag, modulePath) => `./types/${modulePath.replace(/\.ts$/, '.js')}`, exclude: ['CifrasElement'], stronglyTypedEvents: true }),
    customElementVsCodePlugin({ hideLogs: true, outdir: 'dist', htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json' }),
  ],
};

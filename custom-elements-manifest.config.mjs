// Custom Elements Manifest, generated from the elements' JSDoc (npm run manifest).
/** Records `@defineElement('cifras-x')` registrations, the way the analyzer records customElements.define. */
function defineElementPlugin() {
  return {
    name: 'cifras-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const modifier of ts.getDecorators?.(node) ?? []) {
        const call = modifier.expression;
        if (!ts.isCallExpression(call) || call.expression.getText() !== 'defineElement') continue;
        const tag = call.arguments[0]?.text;
        if (!tag) continue;
        moduleDoc.exports = [...(moduleDoc.exports ?? []), {
          kind: 'custom-element-definition', name: tag, declaration: { name: node.name.getText(), module: moduleDoc.path },
        }];
      }
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

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts', 'src/components/shared/**/!(cifras-element|chart-element|bar-panels|inline-citation).ts'],
  outdir: '.',
  litelement: true,
  plugins: [defineElementPlugin(), inheritDocsPlugin()],
};

// d3's packages publish one bundled file each. In it, a curve or a bisector
// made by a top-level call (`var bundle = (function custom(beta) {…})(0.85);`)
// looks like a side effect to Rollup, which then keeps every curve of
// d3-shape in a bundle that draws one straight line (d3/d3-array#72,
// rollup/rollup#1293). Marking those calls pure lets Rollup drop the unused
// ones; the values they make are only read, never registered anywhere.
export function pureTopLevelCalls({ include = /[\\/]node_modules[\\/]d3-[^\\/]+[\\/]/ } = {}) {
  return {
    name: 'pure-top-level-calls',
    transform(code, id) {
      if (!include.test(id)) return null;
      const starts = [];
      for (const node of this.parse(code).body) {
        const declaration = node.type === 'ExportNamedDeclaration' ? node.declaration : node;
        if (declaration?.type !== 'VariableDeclaration') continue;
        for (const { init } of declaration.declarations) {
          if (init?.type === 'CallExpression' || init?.type === 'NewExpression') starts.push(init.start);
        }
      }
      if (starts.length === 0) return null;
      let annotated = code;
      for (const start of starts.sort((a, b) => b - a)) annotated = `${annotated.slice(0, start)}/*#__PURE__*/${annotated.slice(start)}`;
      return { code: annotated, map: null };
    },
  };
}

// citeproc-js is published as one CommonJS file ending in `module.exports = CSL`
// and requiring nothing. The dev and test servers serve it as an ES module by
// rewriting that last line; the build uses @rollup/plugin-commonjs.
export function citeprocEsmPlugin() {
  return {
    name: 'cifras-citeproc-esm',
    transform(context) {
      if (!context.path.endsWith('/citeproc/citeproc_commonjs.js')) return undefined;
      const body = context.body.replace(/module\.exports\s*=\s*CSL;?\s*$/, 'export default CSL;\n');
      if (body === context.body) throw new Error('citeproc_commonjs.js no longer ends in `module.exports = CSL`; update scripts/citeproc-esm-plugin.mjs');
      return { body };
    },
  };
}

// What the build adds to `import.meta` (rollup.config.mjs, distRoot()).
interface ImportMeta {
  /** From the built file that holds this code, the way up to dist/ ("./", "../"); none before the build. */
  readonly cifrasDistRoot?: string;
}

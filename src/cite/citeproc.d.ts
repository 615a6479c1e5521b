// The part of citeproc-js (the `citeproc` package) that Cifras uses.
declare module 'citeproc' {
  interface Sys {
    retrieveLocale(lang: string): unknown;
    retrieveItem(id: string): unknown;
  }
  class Engine {
    constructor(sys: Sys, style: unknown, lang?: string, forceLang?: boolean);
    setOutputFormat(format: string): void;
    updateItems(ids: string[]): void;
    makeBibliography(): unknown;
  }
  const CSL: { Engine: typeof Engine };
  export default CSL;
}

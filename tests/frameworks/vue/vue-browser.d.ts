// vue.esm-browser.js (Vue with its template compiler, as one ES module) has the types of `vue`.
declare module 'vue/dist/vue.esm-browser.js' {
  export * from 'vue';
}

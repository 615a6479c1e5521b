/** The page Cifras' embed page is served as. */
const EMBED_PAGE = /\/embed\.html$/;

/**
 * The address a chart's citation gives for the page it is on: without its fragment and without
 * user name or password, which name no chart (and a fragment can carry any text into a copied
 * entry). Of the query, only what says which chart is drawn is kept: on the embed page the
 * parameters in `chartParameters` (its widget, language and attributes), first value each;
 * on any other page none, as a page's query more often carries tracking or session tokens than the
 * chart, which the citation names by its title. Not an http(s) address: none.
 */
export function citedPageUrl(href: string, chartParameters: readonly string[]): string | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(url.protocol)) return undefined;
  const kept = new Map<string, string>();
  if (EMBED_PAGE.test(url.pathname)) {
    for (const [name, value] of url.searchParams) if (chartParameters.includes(name) && !kept.has(name)) kept.set(name, value);
  }
  url.hash = '';
  url.username = '';
  url.password = '';
  url.search = new URLSearchParams([...kept]).toString();
  return url.href;
}

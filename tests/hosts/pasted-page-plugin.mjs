// Serves /pasted-page?html=…: a page whose body is the given markup, as a site publishes a snippet pasted
// into its editor, and a probe (tests/pages/pasted-probe.js) that tells the test what it drew. A test opens
// it under another host name than its own, so the snippet's files come from another origin, as they do for
// a site that pastes a snippet from someone else's copy of Cifras.
// dist/ answers any origin (Access-Control-Allow-Origin: *), as the README asks of a copy hosted for other
// sites: a module script from another origin loads only so.
export function pastedPagePlugin() {
  return {
    name: 'cifras-pasted-page',
    serve(context) {
      if (context.path !== '/pasted-page') return undefined;
      const markup = context.URL.searchParams.get('html') ?? '';
      return {
        type: 'html',
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A page with a pasted snippet</title></head><body>\n${markup}\n<script type="module" src="/tests/pages/pasted-probe.js"></script></body></html>`,
      };
    },
    transform(context) {
      if (context.path.startsWith('/dist/')) return { headers: { 'access-control-allow-origin': '*' } };
      return undefined;
    },
  };
}

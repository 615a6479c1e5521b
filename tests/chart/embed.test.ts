import { expect } from '@open-wc/testing';
import { cdnBase, embedSnippets, scriptHome } from '../../src/chart/embed.js';
import { loadedFrom, ownScriptHome } from '../../src/components/actions/script-home.js';

/** The URLs a snippet's markup loads, in order. */
const urls = (snippet: string) => [...snippet.matchAll(/src="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));

describe('embed snippets: where they send a page', () => {
  it('point at the folder the script was loaded from, for an unpublished version, and offer no npm install', () => {
    const home = scriptHome('https://news.example/static/cifras/cifras.js', '0.1.0', false);
    expect(home).to.deep.equal({ base: 'https://news.example/static/cifras/' });
    const snippets = embedSnippets('cifras-clashes-by-state', [['lang', 'es']], home, 400, { title: 'Clashes' });
    expect(urls(snippets.script)).to.deep.equal(['https://news.example/static/cifras/cifras.js']);
    expect(urls(snippets.iframe!)).to.deep.equal([
      'https://news.example/static/cifras/embed.html?widget=clashes-by-state&lang=es',
      'https://news.example/static/cifras/embed-resize.js',
    ]);
    expect(snippets.npm).to.equal(undefined);
    // Nothing of the CDN in any snippet of a version it does not have.
    expect(JSON.stringify(snippets)).not.to.contain('unpkg');
  });

  it('keep a site\'s own copy of a published version, and send a copy on this machine to the CDN', () => {
    expect(scriptHome('https://news.example/cifras/cifras.js', '1.2.3', true)).to.deep.equal({ base: 'https://news.example/cifras/', npm: '1.2.3' });
    for (const local of ['http://localhost:8000/dist/cifras.js', 'http://127.0.0.1:8000/dist/cifras.js', 'http://[::1]:8000/dist/cifras.js', 'file:///home/me/cifras/dist/cifras.js', 'http://gallery.localhost/dist/cifras.js']) {
      expect(scriptHome(local, '1.2.3', true), local).to.deep.equal({ base: 'https://unpkg.com/cifras@1.2.3/dist/', npm: '1.2.3' });
      // Unpublished, there is no CDN copy to send it to.
      expect(scriptHome(local, '1.2.3', false), local).to.deep.equal({ base: new URL('./', local).href });
    }
    const published = embedSnippets('cifras-impunity', [], { base: cdnBase('1.2.3'), npm: '1.2.3' });
    expect(urls(published.script)).to.deep.equal(['https://unpkg.com/cifras@1.2.3/dist/cifras.js']);
    expect(published.npm).to.match(/^npm install cifras@1\.2\.3\n/);
  });

  it('escape a folder\'s address for the attribute it goes in', () => {
    const snippets = embedSnippets('cifras-impunity', [], { base: 'https://news.example/a"b/' });
    expect(urls(snippets.script)).to.deep.equal(['https://news.example/a%22b/cifras.js']);
  });

  it('find the script\'s folder from the module\'s own URL: dist/ beside the source tree', () => {
    // Before the build, dist/ is at the root of the server that serves the source tree.
    expect(loadedFrom()).to.equal(new URL('/dist/cifras.js', location.href).href);
    expect(ownScriptHome().base).to.equal(new URL('/dist/', location.href).href);
  });
});

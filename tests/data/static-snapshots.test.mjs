// The static snapshots in dist/static/ (scripts/static.mjs, run by the build):
// one fragment per element and language, plain HTML with the drawing as inline
// SVG and the sources as numbered footnotes, nothing that needs a script.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { LANGS, WITHOUT_SNAPSHOT, builtSnapshots } from '../../scripts/static/snapshots.mjs';

const root = new URL('../../', import.meta.url).pathname;
const dir = `${root}dist/static/`;
if (!existsSync(`${dir}snapshots.json`) || !existsSync(`${root}custom-elements.json`)) {
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
}
const { defaultCatalog } = await import(`${root}dist/data.js`);
const { formatFigure } = await import(`${root}dist/chart.js`);
const sources = JSON.parse(readFileSync(`${root}data/sources.json`, 'utf8'));

const SNAPSHOTS = builtSnapshots(dir);
const read = (name) => readFileSync(`${dir}${name}`, 'utf8');
const isChart = (snapshot) => snapshot.tag !== 'cifras-key-figure';
const count = (text, pattern) => (text.match(pattern) ?? []).length;
const decode = (s) => s.replace(/&nbsp;/g, '\u00a0').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
/** The text of an HTML fragment, tags dropped and entities decoded. */
// HTML's whitespace collapsed; a no-break space stays, as a browser keeps it.
const textOf = (html) => decode(html.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, '')).replace(/[ \t\n\r\f]+/g, ' ');
const all = SNAPSHOTS.flatMap((snapshot) => LANGS.map((lang) => ({ snapshot, lang, file: `${snapshot.name}.${lang}.html` })));

test('every element has snapshots or a stated reason not to', () => {
  const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));
  const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => d.tagName);
  assert.ok(tags.length >= 17);
  const covered = new Set([...SNAPSHOTS.map((s) => s.tag), ...Object.keys(WITHOUT_SNAPSHOT)]);
  for (const tag of tags) assert.ok(covered.has(tag), `${tag} has no static snapshot and no reason in WITHOUT_SNAPSHOT`);
});

test('writes a fragment and an SVG per snapshot and language, the stylesheet and the index', () => {
  const files = new Set(readdirSync(dir));
  for (const { snapshot, lang, file } of all) {
    assert.ok(files.has(file), file);
    assert.ok(files.has(`${snapshot.name}.${lang}.svg`), `${snapshot.name}.${lang}.svg`);
  }
  assert.ok(files.has('index.html') && files.has('cifras-static.css'));
  const index = read('index.html');
  for (const { snapshot, lang, file } of all) {
    assert.ok(index.includes(`href="${file}"`), `index.html links ${file}`);
    assert.ok(index.includes(`href="${snapshot.name}.${lang}.mail.html"`), `index.html links ${snapshot.name}.${lang}.mail.html`);
  }
  const css = read('cifras-static.css');
  // Each element's outer rule is there, scoped to it.
  for (const tag of new Set(SNAPSHOTS.map((s) => s.tag))) assert.match(css, new RegExp(`(^|, )\\.cifras-static-${tag.replace('cifras-', '')}(, [^{]*)? \\{ display: block;`, 'm'), tag);
});

test('fragments need no script, no shadow DOM and no inline styles', () => {
  for (const { snapshot, lang, file } of all) {
    const html = read(file);
    const scope = `cifras-static-${snapshot.tag.replace('cifras-', '')}`;
    assert.ok(html.startsWith(`<div class="cifras-static ${scope}" lang="${lang}">`), `${file} starts with the snapshot's div`);
    for (const forbidden of ['<script', '<template', 'shadowroot', '<slot', '<button', 'style="', '<!--', '<?', 'tabindex', ' part="', '<details open']) {
      assert.ok(!html.includes(forbidden), `${file} contains ${forbidden}`);
    }
    assert.equal(count(html, /<style>/g), 1, `${file}: one <style> block`);
    // Every rule is scoped to the element's snapshots, so nothing leaks into
    // the page or into another element's snapshot (one element's .value is not another's).
    const css = html.match(/<style>([\s\S]*?)<\/style>/)[1];
    for (const rule of css.split('\n')) {
      const selectors = rule.slice(0, rule.indexOf('{')).split(',').map((s) => s.trim());
      const shared = ['.cifras-static svg.cifras-visual'];
      const scoped = new RegExp(`^\\.${scope}($|[ >[:])`);
      for (const selector of selectors) assert.ok(shared.includes(selector) || scoped.test(selector), `${file}: rule not scoped to ${scope}: ${rule}`);
    }
    assert.ok(!/var\(--/.test(css), `${file}: custom properties left in the CSS`);
    // Footnote links stay inside the fragment; ids are unique to it.
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    for (const id of ids) assert.ok(id.startsWith(`${snapshot.name.replace(/[^a-zA-Z0-9-]+/g, '-')}-${lang}-`), `${file}: id ${id}`);
    for (const [, target] of html.matchAll(/href="#([^"]+)"/g)) assert.ok(ids.includes(target), `${file}: link to #${target}`);
  }
});

test('the quotes stay in the fragment, folded as in the live chart, so a snapshot inside its element is about as tall as the chart that replaces it', () => {
  let folded = 0;
  for (const { file } of all) {
    const html = read(file);
    for (const [, body] of html.matchAll(/<li class="cifras-footnote"[^>]*>([\s\S]*?)<\/li>/g)) {
      if (!body.includes('<q')) continue;
      // Every quote sits inside a closed <details> whose <summary> says how many there are.
      assert.match(body, /<details class="cifras-evidence-list">\s*<summary>[^<]+<\/summary>[\s\S]*<q [^>]*>[^<]+<\/q>[\s\S]*<\/details>/, `${file}: quotes folded`);
      assert.equal(body.replace(/<details[\s\S]*?<\/details>/g, '').includes('<q'), false, `${file}: no quote outside the fold`);
      folded++;
    }
  }
  assert.ok(folded > 20, `${folded} footnotes with quotes`);
});

test('ids differ between snapshots, so several can share a page', () => {
  const seen = new Map();
  for (const { file } of all) {
    for (const [, id] of read(file).matchAll(/ id="([^"]+)"/g)) {
      assert.ok(!seen.has(id), `${id} in ${file} and ${seen.get(id)}`);
      seen.set(id, file);
    }
  }
});

test('charts have a heading, an inline SVG with coloured marks, and numbered footnotes naming their sources', () => {
  for (const { snapshot, lang, file } of all) {
    const html = read(file);
    if (isChart(snapshot)) {
      // Plain text, but for the year ranges kept on one line.
      assert.match(html, /<h2 class="cifras-title" id="[^"]+">(?:[^<]|<span class="cifras-range">[^<]+<\/span>){10,}<\/h2>/, `${file}: heading`);
      assert.equal(count(html, /<svg class="cifras-visual" role="img" width="\d+" height="\d+" viewBox="0 0 \d+ \d+"/g), 1, `${file}: drawing`);
      assert.match(html, /<svg class="cifras-visual"[^>]*><title>[^<]{20,}<\/title>/, `${file}: the drawing's text alternative`);
      // Paint is on the elements, so the drawing reads where styles are stripped.
      const shapes = [...html.matchAll(/<(rect|path) class="cifras-(mark|cell|point)[^"]*"[^>]*>/g)].map((m) => m[0]);
      assert.ok(shapes.length > 0, `${file}: marks`);
      for (const shape of shapes) {
        assert.match(shape, / fill="(#[0-9a-f]{3,8}|none|url\(#[\w-]+\))"/, `${file}: ${shape}`);
        // A hatched (derived) mark points at its pattern, which the snapshot holds under the same, unique, name.
        const pattern = / fill="url\(#([\w-]+)\)"/.exec(shape)?.[1];
        if (pattern) assert.match(html, new RegExp(`<pattern id="${pattern}"`), `${file}: ${pattern}`);
      }
      assert.match(html, /<text[^>]* fill="#/, `${file}: text colour`);
    }
    const notes = [...html.matchAll(/<li class="cifras-footnote" id="[^"]+" value="(\d+)" data-source="([^"]+)">([\s\S]*?)<\/li>/g)];
    assert.ok(notes.length > 0, `${file}: footnotes`);
    assert.match(html, /<ol class="cifras-footnote-list">/);
    notes.forEach(([, number, sourceId, body], i) => {
      assert.equal(Number(number), i + 1, `${file}: footnotes numbered in order`);
      const source = sources.find((s) => s.id === sourceId);
      assert.ok(source, `${file}: source ${sourceId}`);
      // In Spanish, a title the dataset wrote itself is given in Spanish.
      const title = lang === 'es' && source.custom?.titleEs ? source.custom.titleEs : source.title;
      assert.ok(textOf(body).includes(title), `${file}: footnote ${number} names “${title}”`);
      if (source.URL) assert.ok(body.includes(`href="${source.URL}"`), `${file}: footnote ${number} links ${source.URL}`);
    });
  }
});

test('bars, waffles and time panels draw one mark per figure', () => {
  const clashes = read('cifras-clashes-by-state.en.html');
  const states = defaultCatalog.tableFigures('clashes-by-state-2020-2022');
  assert.equal(count(clashes, /<rect class="cifras-mark[ "]/g), states.length);
  for (const figure of states) assert.ok(clashes.includes(`data-figure="${figure.id}"`), figure.id);
  assert.equal(count(clashes, /class="cifras-mark cifras-muted"/g), 1, 'the derived remainder is muted');

  const armed = read('cifras-table-chart.armed-groups.es.html');
  assert.equal(count(armed, /<rect class="cifras-mark[ "]/g), defaultCatalog.tableFigures('armed-groups').length);

  const budget = read('cifras-budget-share.en.html');
  assert.equal(count(budget, /<g class="cifras-waffle"/g), 2);
  // Each waffle's squares are one path: a square is a subpath.
  const squares = (kind) => [...budget.matchAll(new RegExp(`<path class="cifras-cell cifras-${kind}(?: [^"]*)?"[^>]* d="([^"]*)"`, 'g'))]
    .reduce((n, [, d]) => n + count(d, /M/g), 0);
  assert.equal(squares('empty'), 200, 'two 10 × 10 waffles');
  // 20% of 100 squares, and the 2018 share's 2.3 (two whole squares and part of a third).
  assert.equal(squares('filled'), 20 + 3);
  // The derived 2018 share's squares are hatched, here too.
  assert.match(budget, /<path class="cifras-cell cifras-filled cifras-derived"[^>]* fill="url\(#[\w-]+\)"/);

  const homicides = read('cifras-homicides-disappearances.en.html');
  const drawn = defaultCatalog.tableFigures('homicides-by-year').length;
  assert.equal(count(homicides, /<g class="cifras-column /g) + count(homicides, /<g class="cifras-span /g), drawn, 'every homicide figure is drawn');
});

test('the Spanish snapshots are in Spanish with Mexican number formats', () => {
  const figure = (id) => defaultCatalog.figure(id);
  const budgetEs = textOf(read('cifras-budget-share.es.html'));
  const budgetEn = textOf(read('cifras-budget-share.en.html'));
  for (const id of ['icg.militarized-agreements-funds.mxn', 'icg.militarized-agreements-funds.usd', 'icg.military-budget-share.2018']) {
    assert.ok(budgetEs.includes(formatFigure(figure(id), 'es')), `es: ${formatFigure(figure(id), 'es')}`);
    assert.ok(budgetEn.includes(formatFigure(figure(id), 'en')), `en: ${formatFigure(figure(id), 'en')}`);
  }
  assert.ok(budgetEs.includes('mil\u00a0millones') && !budgetEs.includes('billion\u00a0pesos'));
  // es-MX groups thousands with a comma and marks decimals with a point (es-ES would write 281.209 and 2,3).
  const streets = textOf(read('cifras-key-figure.icg.military-deployed-streets-2024.es.html'));
  assert.ok(streets.includes('281,209') && !streets.includes('281.209'));
  assert.ok(budgetEs.includes('2.3') && !budgetEs.includes('2,3'));
  for (const { snapshot, lang, file } of all) {
    const text = textOf(read(file));
    assert.ok(text.includes(lang === 'es' ? 'Fuentes' : 'Sources'), `${file}: footnotes heading`);
    if (lang === 'es' && isChart(snapshot)) assert.notEqual(text, textOf(read(`${snapshot.name}.en.html`)));
  }
});

test('the standalone SVGs carry the title, the drawing (a key figure: its card) and the sources', () => {
  for (const { snapshot, lang, file: html } of all) {
    const file = `${snapshot.name}.${lang}.svg`;
    const svg = read(file);
    // A key figure's card shows its numbers as the fragment does.
    if (!isChart(snapshot)) for (const [, number] of read(html).matchAll(/<span class="cifras-number">([^<]+)<\/span>/g)) assert.ok(svg.includes(`>${number}</tspan>`), `${file}: ${number}`);
    assert.match(svg, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/, file);
    assert.ok(!/class=|<script|style=/.test(svg), `${file}: no classes, scripts or inline styles`);
    assert.match(svg, /<title>[^<]{10,}<\/title>/);
    // The drawing's labels set in the title's typeface, not a viewer's default serif.
    assert.match(svg, /^<svg [^>]*font-family="[^"]+"/m, `${file}: a typeface for the whole image`);
    assert.match(svg, /<(rect|path) [^>]*fill="#/, `${file}: coloured marks`);
    // One line of sources: a chart's with the credit, a key figure's card names its documents alone.
    const text = svg.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    if (isChart(snapshot)) assert.match(text, /(Sources?|Fuentes?): .+ · (Chart|Gráfica): Cifras/, `${file}: source line`);
    else assert.match(text, /(Source|Fuente): [^·]+\(\d{4}\)/, `${file}: source line`);
    // A derived value's hatching resolves: its pattern keeps its name.
    for (const [, pattern] of svg.matchAll(/fill="url\(#([\w-]+)\)"/g)) assert.match(svg, new RegExp(`<pattern id="${pattern}"`), `${file}: ${pattern}`);
    // Well formed for an XML parser: every element closed in order, no bare & or <.
    const stack = [];
    for (const [, end, name, selfClosing] of svg.matchAll(/<(\/?)([a-zA-Z][\w:-]*)(?:\s[^>]*?)?(\/?)>/g)) {
      if (end) assert.equal(stack.pop(), name, `${file}: </${name}>`);
      else if (!selfClosing) stack.push(name);
    }
    assert.deepEqual(stack, [], `${file}: unclosed ${stack.join(', ')}`);
    assert.ok(!/&(?!(amp|lt|gt|quot|#\d+);)/.test(svg), `${file}: bare &`);
  }
});

test('the standalone SVGs of the time axis shade their periods lightly and carry the key, as the live chart does', () => {
  for (const lang of ['en', 'es']) {
    for (const name of ['cifras-troop-deployment', 'cifras-homicides-disappearances']) {
      const svg = read(`${name}.${lang}.svg`);
      // A period's band: the text colour at a few percent, never an unstyled (black) block over the columns.
      // The plot's tall rectangles that are not its columns (drawn crisp) or the card's background.
      const bands = [...svg.matchAll(/<rect [^>]*height="([\d.]+)"[^>]*>/g)]
        .filter(([tag, h]) => Number(h) > 200 && !/shape-rendering|fill="#ffffff"|fill="none"/.test(tag) && !/^<rect width=/.test(tag)).map(([tag]) => tag);
      assert.ok(bands.length > 0, `${name}.${lang}: the shaded periods`);
      for (const tag of bands) assert.match(tag, /fill-opacity="0\.\d+"/, `${name}.${lang}: ${tag}`);
    }
    // The homicides' colours name their documents in the image too, and the key says what a dashed top means.
    const text = read(`cifras-homicides-disappearances.${lang}.svg`).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    for (const name of ['International Crisis Group', 'Felbab-Brown', 'Elementa DDHH', 'Shirk']) assert.ok(text.includes(name), `${lang}: ${name} in the key`);
    assert.ok(text.includes(lang === 'es' ? 'Tope punteado: al menos' : 'Dashed top: at least'), `${lang}: the open top's key`);
  }
});

test('the newsletter files give the PNG and the sources as text, every style inline, nothing a mail program drops', () => {
  for (const { snapshot, lang, file: fragment } of all) {
    const file = `${snapshot.name}.${lang}.mail.html`;
    const html = read(file);
    const scope = `cifras-static-${snapshot.tag.replace('cifras-', '')}`;
    assert.ok(html.startsWith(`<div class="cifras-static ${scope}" lang="${lang}" style="`), `${file} starts with the snapshot's div, its styles inline`);
    for (const forbidden of ['<style', '<svg', '<script', '<template', '<slot', '<button', 'var(--']) assert.ok(!html.includes(forbidden), `${file} contains ${forbidden}`);
    // The image at the standalone SVG's size (the PNG is twice that), named by the title.
    const svg = read(`${snapshot.name}.${lang}.svg`);
    const width = /<svg [^>]*width="(\d+)"/.exec(svg)[1];
    const title = decode(/<title>([^<]+)<\/title>/.exec(svg)[1]);
    const img = /<img src="([^"]+)" width="(\d+)" alt="([^"]+)" style="[^"]*max-width: 100%;/.exec(html);
    assert.ok(img, `${file}: the image`);
    assert.deepEqual([img[1], img[2], decode(img[3])], [`${snapshot.name}.${lang}.png`, width, title], file);
    // The numbered sources, as in the fragment, each styled inline (juice applied the fragment's rules).
    const sourcesOf = (text) => [...text.matchAll(/<li class="cifras-footnote"[^>]* data-source="([^"]+)"/g)].map((m) => m[1]);
    assert.ok(sourcesOf(html).length > 0, `${file}: sources`);
    assert.deepEqual(sourcesOf(html), sourcesOf(read(fragment)), `${file}: the fragment's sources`);
    assert.match(html, /<li class="cifras-footnote"[^>]* style="[^"]*margin:/, `${file}: footnotes styled inline`);
    assert.match(html, /<h3 class="cifras-footnotes-title" style="[^"]*font-weight: 600;/, `${file}: heading styled inline`);
  }
});

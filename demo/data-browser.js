// The gallery's dataset browser: filters the bundled figures and shows each as a
// live <cifras-key-figure>. Uses only DOM APIs (no HTML strings).
import '../dist/cifras.js';
import { dataset, defaultCatalog, citationLabel } from '../dist/data.js';

const PAGE = 24;
const form = document.getElementById('search');
const results = document.getElementById('results');
const more = document.getElementById('more');
let shown = PAGE;

const fold = (text) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const searchable = new Map(dataset.figures.map((f) => [f.id, fold([
  f.id, f.measure.en, f.measure.es, f.label?.en ?? '', f.label?.es ?? '', f.evidence ?? '', f.period, f.source,
].join(' '))]));

for (const source of dataset.sources.filter((s) => s.custom?.kind === 'document')) {
  form.elements.source.append(new Option(citationLabel(source), source.id));
}

/** A search word without its plural ending, so that "homicides" finds "homicide rate" (and "homicidio"). */
const stem = (word) => (word.length > 4 ? word.replace(/e?s$/, '') : word);

function matching() {
  const words = fold(form.elements.q.value).split(/\s+/).filter(Boolean).map(stem);
  const source = form.elements.source.value;
  return dataset.figures.filter((f) => (!source || f.source === source) && words.every((w) => searchable.get(f.id).includes(w)));
}

function update() {
  const found = matching();
  const lang = form.elements.lang.value;
  results.replaceChildren(...found.slice(0, shown).map((figure) => {
    const card = document.createElement('cifras-key-figure');
    card.setAttribute('figure', figure.id);
    card.setAttribute('lang', lang);
    return card;
  }));
  const query = form.elements.q.value.trim();
  form.elements.count.value = lang === 'es'
    ? `${found.length} de ${defaultCatalog.figures.size} cifras${found.length || !query ? '' : ` — ninguna coincide con «${query}»`}`
    : `${found.length} of ${defaultCatalog.figures.size} figures${found.length || !query ? '' : ` — none matches “${query}”`}`;
  more.hidden = found.length <= shown;
}

form.addEventListener('input', () => { shown = PAGE; update(); });
form.addEventListener('submit', (event) => event.preventDefault());
more.addEventListener('click', () => { shown += PAGE; update(); });
update();

// The shared battery for every bar-panel widget of the catalogue, plus what
// each one promises of its own.
import { expect } from '@open-wc/testing';
import { FIXED_WIDGETS } from '../../src/index.js';
import { chartSuite, openSources, renderChart } from '../helpers/chart-suite.js';
import type { CifrasChart } from '../../src/components/frame/chart-element.js';
import { captureWarnings, render } from '../helpers/render.js';
import { linesOf, overlappingTextBoxes, textOutsideSvg, textRange } from '../helpers/geometry.js';
import { formatFigure, formatShort } from '../../src/chart/format.js';
import { defaultCatalog } from '../../src/data/dataset.js';

const ids = (prefix: string, parts: string[]) => parts.map((p) => `${prefix}${p}`);
const text = (root: ShadowRoot, selector: string) => root.querySelector(selector)!.textContent!.replace(/\s+/g, ' ');
/** A bar label's lines joined with spaces, as a reader reads them. */
const barLabels = (root: ShadowRoot, panel: string) => [...root.querySelectorAll(`g.panel[data-panel="${panel}"] text.label`)]
  .map((t) => [...t.querySelectorAll('tspan')].map((line) => line.textContent!.trim()).join(' ').replace(/\u00a0/g, ' '));
/** A value label's own text, without its footnote superscript. */
const valueOf = (t: Element) => [...t.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim();

chartSuite({
  tag: 'cifras-troop-deployment',
  marks: ['elementa.military-deployment.2012', 'elementa.military-deployment.2018', 'felbab.troops-deployed.pena-nieto',
    'elementa.military-deployment.2023', 'icg.military-deployed-streets-2024', 'icg.security-forces-deployed-2024-04'],
  summary: { en: ['49,650', '286,494', '281,209', 'about\u00a0300,000'], es: ['49,650', '286,494', '281,209', 'cerca\u00a0de\u00a0300,000'] },
});

chartSuite({
  tag: 'cifras-clash-rate',
  marks: [...ids('icg.clashes-monthly-average.', ['calderon', 'pena-nieto', 'lopez-obrador']), ...ids('icg.criminal-casualties-per-year.', ['calderon', 'pena-nieto', 'lopez-obrador'])],
  summary: { en: ['39.4', 'at\u00a0least\u00a031.6', '561'], es: ['39.4', 'al\u00a0menos\u00a031.6', '561'] },
});

chartSuite({
  tag: 'cifras-guard-composition',
  marks: ['elementa.guard-sedena-share.2019', 'elementa.guard-sedena-share.2023', 'icg.national-guard-personnel.military', 'valdes.national-guard-military-share',
    'valdes.national-guard-members.official', 'icg.national-guard-headcount-implied-2024', 'valdes.national-guard-members.soldiers-posing', 'valdes.national-guard-members.positions'],
  summary: { en: ['77.3%', '88.8%', '86%', '133,000'], es: ['77.3%', '88.8%', '86%', '133,000'] },
});

chartSuite({
  tag: 'cifras-seizures',
  marks: [...ids('elementa.seizure-events-2007-2024.', ['cannabis', 'methamphetamine', 'cocaine', 'heroin', 'fentanyl']),
    ...ids('elementa.seizures-by-weight-2018-2024.', ['cannabis', 'fentanyl', 'other']),
    ...ids('elementa.seizure-events-amlo.', ['cannabis', 'methamphetamine', 'other']),
    ...ids('elementa.seizure-events-by-state-2018-2024.', ['guanajuato', 'baja-california', 'sonora', 'other'])],
  summary: { en: ['60.77%', '66.1%', '0.98%', '0.72%'], es: ['60.77%', '66.1%', '0.98%', '0.72%'] },
});

chartSuite({
  tag: 'cifras-impunity',
  marks: ['elementa.crimes-reported-2022', 'icg.crimes-case-file-opened-2022', 'elementa.reported-crimes-concluded-2022', 'elementa.crimes-conviction-2022',
    'icg.impunity-all-crimes-2022', 'icg.homicide-impunity-2022'],
  summary: { en: ['10.9%', '7.6%', '2.45%', '1.2%', '96.3%', '95.7%'], es: ['10.9%', '7.6%', '2.45%', '1.2%', '96.3%', '95.7%'] },
});

chartSuite({
  tag: 'cifras-electoral-violence',
  marks: ids('icg.candidates-killed.', ['2017-2018', '2020-2021', '2023-2024']),
  summary: { en: ['24', '32'], es: ['24', '32'] },
});

chartSuite({
  tag: 'cifras-arrests',
  marks: ['elementa.drug-arrests-national-effort-2019-2023', 'elementa.arrests-sedena-2018-2023.total',
    ...ids('elementa.arrests-sedena-2018-2023.', ['baja-california', 'sonora', 'guanajuato', 'other'])],
  summary: { en: ['74,654', '42,627', 'Baja California', '5,340'], es: ['74,654', '42,627', 'Baja California', '5,340'] },
});

chartSuite({
  tag: 'cifras-extraditions',
  // The yearly pace first, as the title compares it.
  marks: [...ids('elementa.extraditions-approved-per-year.', ['pena-nieto', 'amlo']), ...ids('elementa.extraditions-approved.', ['pena-nieto', 'amlo'])],
  summary: { en: ['525', '363', '87.5', '90.8'], es: ['525', '363', '87.5', '90.8'] },
});

describe('catalogue widgets', () => {
  it('troop deployment names each differing 2023–2024 count by what it counts and who counted it, and pairs them side by side', async () => {
    const { root } = await renderChart('cifras-troop-deployment');
    // The title does not compare counts of different forces as one series: it names what the 2024 counts include.
    expect(text(root, '.title')).to.contain('soldiers and National Guard members');
    expect(text(root, '.subtitle')).to.contain('The 2012 and 2018 counts are of the armed forces alone');
    expect(text(root, '#cifras-summary').replace(/\u00a0/g, ' ')).to.match(/^The armed forces deployed 49,650 .+ counting the National Guard, 286,494/).and.not.contain('went from');
    expect(root.querySelectorAll('.notes li:not(.disagree-note)').length, 'two notes under the chart').to.be.at.most(2);
    const name = (id: string) => root.querySelector(`rect.hit[data-figure="${id}"]`)!.getAttribute('aria-label')!.replace(/\u00a0/g, ' ');
    expect(name('elementa.military-deployment.2023')).to.match(/Dec 2023 · armed forces and National Guard \(Elementa DDHH\)/);
    expect(name('icg.security-forces-deployed-2024-04')).to.match(/Apr 2024 · National Guard, army and navy \(Crisis Group\)/);
    // A mark's name starts a line in the table and the tooltip: the Spanish month, lower case in a sentence, takes a capital there.
    const spanish = (await renderChart('cifras-troop-deployment', 'lang="es"')).root;
    expect(spanish.querySelector('rect.hit[data-figure="elementa.military-deployment.2023"]')!.getAttribute('aria-label')).to.match(/^Dic\s2023\s·\s/);
    // The three counts stand side by side, in time order, none over another.
    const boxes = ['elementa.military-deployment.2023', 'icg.military-deployed-streets-2024', 'icg.security-forces-deployed-2024-04']
      .map((id) => root.querySelector(`g.column[data-figure="${id}"] rect.mark`)!.getBoundingClientRect());
    boxes.slice(1).forEach((box, i) => expect(box.left, `column ${i + 1}`).to.be.at.least(boxes[i].right));
    expect(root.querySelector('.disagree-note')).to.exist;
    expect((await openSources(root.host as CifrasChart, root)).querySelector('[data-conflict="troops-deployed-2023-2024"]')).to.exist;
    expect(text(root, '.notes')).to.contain('281,209').and.to.contain('about 300,000');
    // Which 60% and whose counts: the share of those deployed as the document states it, against its own numbers.
    expect(text(root, '.notes').replace(/\[\d\]/g, '')).to.contain('60% of those deployed, the document says, though its own counts give 64.2%');
  });

  it('troop deployment draws its counts as columns on a time axis, the years without a count left empty', async () => {
    const { root } = await renderChart('cifras-troop-deployment', 'lang="en"', 960);
    const years = [...root.querySelectorAll<SVGLineElement>('.x-axis line.year')].map((l) => Number(l.getAttribute('x1')));
    // 2012 to 2024, each year its place: 14 edges, evenly spaced.
    expect(years).to.have.length(14);
    const step = years[1] - years[0];
    years.slice(1).forEach((x, i) => expect(x - years[i]).to.be.closeTo(step, 0.01));
    const centre = (id: string) => { const r = root.querySelector(`g.column[data-figure="${id}"] rect.mark`)!; return Number(r.getAttribute('x')) + Number(r.getAttribute('width')) / 2; };
    // 2012 stands in its year; 2013–2017 hold no column.
    expect(centre('elementa.military-deployment.2012')).to.be.within(years[0], years[1]);
    for (const rect of root.querySelectorAll<SVGRectElement>('g.column rect.mark')) {
      const x = Number(rect.getAttribute('x'));
      expect(x >= years[1] && x < years[6], rect.closest('[data-figure]')!.getAttribute('data-figure')!).to.equal(false);
    }
    // Each column as tall as its value: 286,494 against 49,650.
    const height = (id: string) => Number(root.querySelector(`g.column[data-figure="${id}"] rect.mark`)!.getAttribute('height'));
    expect(height('elementa.military-deployment.2023') / height('elementa.military-deployment.2012')).to.be.closeTo(286494 / 49650, 0.01);
    expect(text(root, '.gap-label')).to.equal('no count');
  });

  it('troop deployment shades the National Guard\'s years from the first year the documents count its members, and highlights its counts', async () => {
    for (const lang of ['en', 'es'] as const) {
      const { el, root } = await renderChart('cifras-troop-deployment', `lang="${lang}"`, 640);
      const band = root.querySelector<SVGRectElement>('g.annotation[data-annotation="national-guard"] rect.band')!;
      expect(text(root, 'g.annotation[data-annotation="national-guard"] .annotation-label')).to.equal(lang === 'es' ? 'Guardia Nacional' : 'National Guard');
      const years = [...root.querySelectorAll<SVGLineElement>('.x-axis line.year')].map((l) => Number(l.getAttribute('x1')));
      // The edge of 2019, the year of the figure that dates it, to the axis' end.
      expect(Number(band.getAttribute('x'))).to.be.closeTo(years[7], 0.01);
      expect(Number(band.getAttribute('x')) + Number(band.getAttribute('width'))).to.be.closeTo(years[13], 1);
      // Sourced like any figure: Elementa DDHH's count of the Guard's members in 2019, in the sources (the band carries its label).
      await openSources(el, root);
      expect(root.querySelector('.sources')!.textContent!.replace(/\s+/g, ' ')).to.contain('comprising 77.3%');
      // The counts that include the Guard are the highlighted ones, as the subtitle says, and stand in the band.
      for (const rect of root.querySelectorAll<SVGRectElement>('g.column rect.mark')) {
        const id = rect.closest<SVGGElement>('[data-figure]')!.dataset.figure!;
        const since = defaultCatalog.figure(id).period >= '2023';
        expect(rect.classList.contains('highlight'), `${lang} ${id}`).to.equal(since);
        if (since) expect(Number(rect.getAttribute('x')), id).to.be.at.least(Number(band.getAttribute('x')));
      }
    }
  });

  it('sets the key apart from the first bar\'s label on a phone, so the label does not read as a key entry', async () => {
    const { root } = await renderChart('cifras-clashes-by-state', 'lang="es"', 280);
    const bottom = root.querySelector('.derived-key')!.getBoundingClientRect().bottom;
    const first = root.querySelector('svg.visual text.label')!.getBoundingClientRect().top;
    expect(first - bottom).to.be.at.least(8);
  });

  it('clash rate carries “at least” and the incomplete 2022 data into the chart', async () => {
    const { root } = await renderChart('cifras-clash-rate');
    const values = [...root.querySelectorAll('g.panel[data-panel="clashes"] text.value')].map(valueOf);
    // A bound rounded the way that keeps it true, at the chart's precision: the tooltip gives the document's 31.6.
    expect(values[2].replace(/\u00a0/g, ' ')).to.equal('at least 31');
    // A minimum is drawn as one: its bar's end left open, dashed, where an exact count's is closed.
    expect(root.querySelector('g.row[data-figure="icg.clashes-monthly-average.lopez-obrador"] path.open-end')).to.exist;
    expect(root.querySelector('g.row[data-figure="icg.clashes-monthly-average.calderon"] path.open-end')).to.equal(null);
    expect(getComputedStyle(root.querySelector('path.open-end')!).strokeDasharray).to.not.equal('none');
    // A minimum cannot show a fall: the title gives López Obrador's average as the bound it is, and claims no fewer clashes.
    expect(text(root, '.title').replace(/\u00a0/g, ' ')).to.contain('at least 31 armed clashes a month under López Obrador').and.not.match(/fewer/i);
    // Nor does the summary a screen reader hears: no fall from a minimum.
    expect(text(root, '#cifras-summary').replace(/\u00a0/g, ' ')).to.contain('under López Obrador, at least 31.6, as the navy did not report').and.not.match(/fell/);
    expect(text(root, '.subtitle')).to.contain('incomplete');
    // The minimum is the clash average's (the navy did not report 2022), not the casualties' beside it.
    expect(text(root, '.subtitle')).to.contain('clash average is a minimum');
    expect(text(root, '.notes')).to.contain('1,275');
    // A ratio reads as one: "12.4 times as many aggressors", never "12.4 times aggressors killed for every…".
    expect(text(root, '.notes').replace(/\s+/g, ' ')).to.match(/12\.4 times\S* as many aggressors were killed as soldiers/);
    const es = await renderChart('cifras-clash-rate', 'lang="es"');
    expect(text(es.root, '.notes').replace(/\s+/g, ' ')).to.match(/murieron 12\.4 veces\S* más agresores que militares/);
    expect(text(es.root, '.title').replace(/\u00a0/g, ' ')).to.contain('al menos 31 enfrentamientos armados al mes').and.not.match(/menos enfrentamientos/i);
    // Not read as worked out from the counts before it (973 / 207 is 4.7): the soldiers killed are not given.
    const unmarked = (r: ShadowRoot) => text(r, '.notes').replace(/\[\d+\]/g, '');
    expect(unmarked(root)).to.contain('207 injured. The document adds').and.contain('does not give the number of soldiers killed');
    expect(unmarked(es.root)).to.contain('207 heridos. El documento añade').and.contain('no da el número de militares muertos');
  });

  it('guard composition keeps "double it" together: no label line starts with a lone "it"', async () => {
    for (const width of [560, 600, 624, 640, 680, 720, 800, 960]) {
      const { root } = await renderChart('cifras-guard-composition', '', width);
      const lines = [...root.querySelectorAll('text.label tspan')].map((line) => line.textContent!.trim());
      expect(lines.some((line) => line.includes('double')), lines.join(' | ')).to.equal(true);
      expect(lines.filter((line) => /^it\b/.test(line)), `${width}`).to.deep.equal([]);
    }
  });

  it('guard composition shows shares on a scale of 100 and the real positions highlighted', async () => {
    const { root } = await renderChart('cifras-guard-composition');
    expect(root.querySelectorAll('g.panel[data-panel="headcount"] rect.highlight')).to.have.length(1);
    // The red bar is in no legend: the subtitle says what it means, in both languages.
    expect(text(root, '.subtitle')).to.contain('real positions, which are highlighted.');
    const spanish = await renderChart('cifras-guard-composition', 'lang="es"');
    expect(text(spanish.root, '.subtitle')).to.contain('plazas reales, que van resaltadas.');
    const bar = root.querySelector<SVGRectElement>('g.row[data-figure="elementa.guard-sedena-share.2023"] rect')!;
    const full = Number(bar.getAttribute('width')) / 88.8 * 100;
    expect(full).to.be.at.most(960);
  });

  it('seizures highlight fentanyl by events and by weight', async () => {
    const { root } = await renderChart('cifras-seizures');
    const highlighted = [...root.querySelectorAll<SVGGElement>('g.row')].filter((g) => g.querySelector('rect.highlight')).map((g) => g.dataset.figure);
    expect(highlighted).to.deep.equal(['elementa.seizure-events-2007-2024.fentanyl', 'elementa.seizures-by-weight-2018-2024.fentanyl']);
    // Its title does not name fentanyl (the other charts' do name what they highlight): the subtitle says what the colour means.
    expect(text(root, '.subtitle')).to.contain('Fentanyl is highlighted.');
    expect(text((await renderChart('cifras-seizures', 'lang="es"')).root, '.subtitle')).to.contain('El fentanilo va resaltado.');
    // Fentanyl's bars are slivers (under 1%): their numbers carry the highlight's colour, the others the text's.
    for (const row of root.querySelectorAll<SVGGElement>('g.row')) {
      const [bar, value] = [row.querySelector('rect.mark')!, row.querySelector('text.value')!].map((node) => getComputedStyle(node).fill);
      const label = getComputedStyle(row.querySelector('text.label')!).fill;
      if (highlighted.includes(row.dataset.figure)) expect(value, row.dataset.figure).to.equal(bar);
      else expect(value, row.dataset.figure).to.equal(label);
    }
  });

  it('impunity puts every stage from crime to conviction on one base, all crimes, so that the drop-off reads one way', async () => {
    const { root } = await renderChart('cifras-impunity', 'lang="es"');
    expect(barLabels(root, 'chain')[0]).to.equal('Denunciados');
    expect(root.querySelector('g.row[data-figure="elementa.crimes-conviction-2022"] rect.highlight')).to.exist;
    const chain = [...root.querySelectorAll<SVGGElement>('g.panel[data-panel="chain"] g.row')].map((row) => defaultCatalog.figure(row.dataset.figure!));
    expect(chain).to.have.length(4);
    for (const figure of chain) {
      // A share of all crimes, reported or not: none of reported crimes, nor of those that reach the authorities.
      expect(figure.unit, figure.id).to.equal('percent');
      expect(figure.measure.en, figure.id).to.match(/^Share of (all )?crimes that/);
      // Worked out onto that base from the documents' figures, where they give another.
      for (const input of Object.values(figure.derived?.inputs ?? {})) expect(defaultCatalog.figure(input).source, figure.id).to.be.a('string');
    }
    // Each stage no more than the one before it.
    for (let i = 1; i < chain.length; i++) expect(chain[i].value, chain[i].id).to.be.below(chain[i - 1].value);
    // The stage the document gives as a share of reported crimes is on the base of all crimes here, and says how.
    const concluded = defaultCatalog.figure('elementa.reported-crimes-concluded-2022');
    expect(concluded.derived!.inputs).to.deep.equal({ reported: 'elementa.crimes-reported-2022', noConclusion: 'elementa.reported-crimes-no-conclusion-2022' });
    // The impunity rates have other bases: drawn apart, each naming its base.
    const { root: en } = await renderChart('cifras-impunity');
    expect(barLabels(en, 'apart')).to.deep.equal(['Judicial impunity, of crimes that reach the authorities', 'Impunity, of homicides']);
    expect(text(en, '.subtitle')).to.contain('of every 100 committed in 2022, reported or not');
    expect(text(en, '.title').trim()).to.equal('Of every 100 crimes, 10.9 were reported and 1.2 ended in a conviction');
  });

  it('electoral violence notes the police killed during the term', async () => {
    const { root } = await renderChart('cifras-electoral-violence');
    expect(text(root, '.notes')).to.contain('2,344');
  });

  it('arrests notes the discrepancy between two official counts for 2022', async () => {
    const { root } = await renderChart('cifras-arrests');
    expect(text(root, '.notes')).to.contain('2,814');
    expect(text(root, '.notes')).to.contain('2,066');
  });

  it('extraditions make the different period lengths explicit', async () => {
    const { root } = await renderChart('cifras-extraditions');
    expect(barLabels(root, 'total')).to.deep.equal(['Peña Nieto, six years (2012–2018)', 'López Obrador, four years (to 2022)']);
    // Fewer in total only because his count covers fewer years: the title compares the yearly pace, not the totals.
    expect(text(root, '.title').replace(/\u00a0/g, ' ').trim()).to.equal('López Obrador extradited at Peña Nieto’s pace: 91 a year against 88');
    expect((await openSources(root.host as CifrasChart, root)).querySelector('.derivation[data-figure="elementa.extraditions-approved-per-year.amlo"]')!.textContent).to.contain('363 ÷ 4');
    // In Spanish as the dataset's own labels say it, "hasta 2022".
    const { root: es } = await renderChart('cifras-extraditions', 'lang="es"');
    expect(barLabels(es, 'total')).to.deep.equal(['Peña Nieto, seis años (2012–2018)', 'López Obrador, cuatro años (hasta 2022)']);
    // "(hasta / 2022)" left the year alone on a line at 280 and 640 px.
    for (const width of [280, 640]) {
      for (const lang of ['en', 'es']) {
        const { root: shown } = await renderChart('cifras-extraditions', `lang="${lang}"`, width);
        const lines = [...shown.querySelectorAll('text.label tspan')].map((line) => line.textContent!.trim());
        expect(lines.filter((line) => line.includes('2022)')).every((line) => /(to|hasta)\s2022\)/.test(line)), `${lang} ${width}: ${lines.join(' | ')}`).to.equal(true);
      }
    }
  });

  it('clash rate leaves no short word alone on a panel title\'s last line, in either language, from 280 to 480 px', async () => {
    for (const lang of ['en', 'es']) {
      for (const width of [280, 320, 400, 480]) {
        const { root } = await renderChart('cifras-clash-rate', `lang="${lang}"`, width);
        for (const title of root.querySelectorAll('text.panel-title')) {
          const lines = [...title.querySelectorAll('tspan')].map((line) => line.textContent!.trim());
          expect(lines.length === 1 || lines[lines.length - 1].length > 3, `${lang} ${width}px: ${lines.join(' / ')}`).to.equal(true);
        }
      }
    }
  });

  it('arrests name whose total the subtitle gives, and what the security ministry counted', async () => {
    const { root } = await renderChart('cifras-arrests');
    // Not "arrests against the defence ministry's 42,627", which reads as arrests made against it, nor a possessive without its noun.
    expect(text(root, '.subtitle')).to.equal('Two counts of arrests, and the 42,627 the defence ministry made from 2018 to 2023, by state.');
    const { root: es } = await renderChart('cifras-arrests', 'lang="es"');
    // No comma before "y" joining the two counts: "drogas, y las…" is not Spanish usage.
    expect(text(es, '.subtitle')).to.equal('Dos conteos de detenciones y las 42,627 que hizo la Sedena de 2018 a 2023, por estado.');
    expect(text(es, '.notes').replace(/\[\d+\]/g, '')).to.contain('2,066 detenciones del Ejército y la Marina en conjunto');
  });

  /** The widgets of bars, with the bars their titles speak of. */
  const headlines: Record<string, string[]> = {
    'cifras-impunity': ['elementa.crimes-conviction-2022'],
    'cifras-extraditions': ['elementa.extraditions-approved-per-year.amlo', 'elementa.extraditions-approved.amlo'],
    'cifras-guard-composition': ['elementa.guard-sedena-share.2023', 'valdes.national-guard-members.positions'],
    'cifras-seizures': ['elementa.seizure-events-2007-2024.fentanyl', 'elementa.seizures-by-weight-2018-2024.fentanyl'],
    'cifras-clash-rate': ['icg.clashes-monthly-average.lopez-obrador'],
    'cifras-electoral-violence': ['icg.candidates-killed.2023-2024'],
    'cifras-arrests': ['elementa.arrests-sedena-2018-2023.baja-california'],
  };

  it('highlights by default the bars the title speaks of, in the highlight colour, whether derived or not', async () => {
    for (const [tag, ids] of Object.entries(headlines)) {
      for (const lang of ['en', 'es']) {
        const { root } = await renderChart(tag, `lang="${lang}"`);
        const highlighted = [...root.querySelectorAll<SVGGElement>('g.row')].filter((g) => g.querySelector('rect.mark.highlight')).map((g) => g.dataset.figure);
        expect(highlighted, `${tag} ${lang}`).to.deep.equal(ids);
        // The title gives one of them as its bar's label does.
        const shown = ids.map((id) => valueOf(root.querySelector(`g.row[data-figure="${id}"] text.value`)!).replace(/\u00a0/g, ' ').replace(/%$/, ''));
        const title = text(root, '.title').replace(/\u00a0/g, ' ');
        expect(shown.some((value) => title.includes(value)), `${tag} ${lang}: “${title}” names none of ${shown.join(', ')}`).to.equal(true);
        // A derived headline (extraditions per year) is drawn in the highlight's colour, hatched, not in the neutral.
        for (const bar of root.querySelectorAll<SVGRectElement>('rect.mark.highlight')) {
          expect(getComputedStyle(bar).stroke === 'none' ? getComputedStyle(bar).fill : getComputedStyle(bar).stroke, `${tag} ${bar.closest('g.row')!.getAttribute('data-figure')}`)
            .to.equal(getComputedStyle(root.querySelector('text.value.highlight')!).fill);
        }
      }
    }
  });

  it('writes the value labels of a chart at one precision, and the tooltip and table the document\'s figure', async () => {
    for (const tag of Object.keys(headlines)) {
      const { el, root } = await renderChart(tag);
      const rows = [...root.querySelectorAll<SVGGElement>('g.row')].map((row) => ({ figure: defaultCatalog.figure(row.dataset.figure!), label: valueOf(row.querySelector('text.value')!) }));
      for (const unit of new Set(rows.map((row) => row.figure.unit))) {
        const ofUnit = rows.filter((row) => row.figure.unit === unit);
        const precision = [0, 1, 2].find((d) => ofUnit.every((row) => row.label === formatShort(row.figure, 'en', d)));
        expect(precision, `${tag} ${unit}: ${ofUnit.map((row) => row.label).join(', ')}`).to.not.equal(undefined);
      }
      // The tooltip and the table keep the figure as the document states it.
      for (const hit of root.querySelectorAll<SVGRectElement>('rect.hit')) {
        hit.focus();
        await el.updateComplete;
        const figure = defaultCatalog.figure(hit.dataset.figure!);
        expect(root.querySelector('.tooltip')!.textContent!.replace(/\u00a0/g, ' '), `${tag} ${figure.id}`).to.contain(formatFigure(figure, 'en').replace(/\u00a0/g, ' '));
      }
      root.querySelector<HTMLButtonElement>('[data-action="table"]')!.click();
      await el.updateComplete;
      const cells = [...root.querySelectorAll('table td.num')].map((cell) => cell.textContent!.replace(/\s+/g, ' '));
      for (const row of rows) expect(cells.some((cell) => cell.includes(formatFigure(row.figure, 'en').replace(/\u00a0/g, ' '))), `${tag} ${row.figure.id}`).to.equal(true);
    }
    // As a graphics desk rounds them: 60.77% reads 61%, 12.17% and 12.15% both 12%; "at least 31.6" at least 31.
    const { root } = await renderChart('cifras-seizures');
    const value = (r: ShadowRoot, id: string) => valueOf(r.querySelector(`g.row[data-figure="${id}"] text.value`)!).replace(/\u00a0/g, ' ');
    expect(value(root, 'elementa.seizure-events-2007-2024.cannabis')).to.equal('61%');
    expect(value(root, 'elementa.seizure-events-by-state-2018-2024.baja-california')).to.equal('12%');
    expect(value((await renderChart('cifras-clash-rate')).root, 'icg.clashes-monthly-average.lopez-obrador')).to.equal('at least 31');
    // Impunity keeps one decimal: 96.3% and 95.7% are not both 96%.
    expect(value((await renderChart('cifras-impunity')).root, 'icg.homicide-impunity-2022')).to.equal('95.7%');
  });

  it('draws shares over the whole of their scale, a faint track from 0 to 100, and counts without one', async () => {
    for (const [tag, panel, track] of [['cifras-impunity', 'chain', true], ['cifras-impunity', 'apart', true], ['cifras-seizures', 'events', true],
      ['cifras-seizures', 'states', true], ['cifras-guard-composition', 'share', true], ['cifras-guard-composition', 'headcount', false],
      ['cifras-extraditions', 'total', false], ['cifras-arrests', 'states', false]] as const) {
      const { root } = await renderChart(tag);
      for (const row of root.querySelectorAll<SVGGElement>(`g.panel[data-panel="${panel}"] g.row`)) {
        const [bar, whole] = [row.querySelector<SVGRectElement>('rect.mark')!, row.querySelector<SVGRectElement>('rect.track')];
        const id = `${tag} ${row.dataset.figure}`;
        if (!track) { expect(whole, id).to.equal(null); continue; }
        const value = defaultCatalog.figure(row.dataset.figure!).value;
        expect(whole!.getAttribute('x'), id).to.equal(bar.getAttribute('x'));
        expect(Number(whole!.getAttribute('width')), id).to.be.closeTo(Number(bar.getAttribute('width')) * 100 / value, value < 2 ? 60 : 2);
        // Faint: lighter than the bars, and drawn behind them.
        expect(getComputedStyle(whole!).fill, id).to.not.equal(getComputedStyle(bar).fill);
        expect(whole!.compareDocumentPosition(bar) & Node.DOCUMENT_POSITION_FOLLOWING, id).to.be.above(0);
      }
    }
  });

  it('notes on a bar what explains it, clear of every other text, from 280 to 1200 px, in both languages', async function () {
    this.timeout(60000);
    const callouts = { 'cifras-clash-rate': 'icg.clashes-monthly-average.lopez-obrador', 'cifras-electoral-violence': 'icg.candidates-killed.2023-2024',
      'cifras-guard-composition': 'valdes.national-guard-military-share' };
    for (const [tag, id] of Object.entries(callouts)) {
      for (const lang of ['en', 'es']) {
        for (const width of [280, 320, 480, 640, 1000, 1200]) {
          const { root } = await renderChart(tag, `lang="${lang}"`, width);
          const label = `${tag} ${lang} ${width} px`;
          expect([...root.querySelectorAll<SVGGElement>('g.row')].filter((g) => g.querySelector('text.callout')).map((g) => g.dataset.figure), label).to.deep.equal([id]);
          const visual = root.querySelector<SVGSVGElement>('svg.visual')!;
          expect(overlappingTextBoxes(visual), label).to.deep.equal([]);
          expect(textOutsideSvg(visual), label).to.deep.equal([]);
          const note = root.querySelector('text.callout')!.getBoundingClientRect();
          for (const bar of root.querySelectorAll('rect.mark')) {
            const box = bar.getBoundingClientRect();
            const apart = note.right <= box.left + 0.5 || box.right <= note.left + 0.5 || note.bottom <= box.top + 0.5 || box.bottom <= note.top + 0.5;
            expect(apart, `${label}: the note on a bar`).to.equal(true);
          }
          root.host.remove();
        }
      }
    }
    const { root } = await renderChart('cifras-electoral-violence', 'lang="es"');
    expect(text(root, 'text.callout').trim()).to.equal('contados hasta mayo de 2024');
  });

  it('lines bars up across panels', async () => {
    const { root } = await renderChart('cifras-seizures');
    const starts = new Set([...root.querySelectorAll('rect.mark')].map((r) => r.getAttribute('x')));
    expect(starts.size).to.equal(1);
  });
});

chartSuite({
  tag: 'cifras-table-chart',
  attributes: 'table="armed-groups"',
  marks: ['icg.armed-groups.2010', 'icg.armed-groups.2020', 'valdes.criminal-gangs'],
  summary: { en: ['250', 'about\u00a0100'], es: ['250', 'cerca\u00a0de\u00a0100'] },
});

describe('the source notes', () => {
  it("keep a year range with a hyphen in a source's title on one line at every width", async () => {
    const { el, root } = await renderChart('cifras-arrests', 'lang="es"', 320);
    await openSources(el, root);
    const note = root.querySelector('.footnote')!;
    const range = textRange(note, '2022-2023');
    expect(range.toString()).to.equal('2022-2023');
    let lineStarts = 0;
    for (let width = 280; width <= 720; width += 4) {
      el.style.width = `${width}px`;
      const lines = linesOf(range);
      expect(lines, `${width}px`).to.equal(1);
      // Somewhere the range sits at the start of a line, where it would have broken.
      if (range.getBoundingClientRect().left - note.querySelector('.reference')!.getBoundingClientRect().left < 2) lineStarts++;
    }
    expect(lineStarts).to.be.greaterThan(0);
  });
});

describe('the table view', () => {
  it('breaks a period at its dash only: two lines at most, not four', async () => {
    const { el, root } = await renderChart('cifras-seizures', 'lang="es"', 640);
    root.querySelector<HTMLButtonElement>('[data-action="table"]')!.click();
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    const cells = [...root.querySelectorAll<HTMLTableCellElement>('table td.period')];
    expect(cells.map((c) => c.textContent!.replace(/\s+/g, ' ').trim())).to.include('1 de diciembre de 2018 – febrero de 2024');
    for (const cell of cells) {
      const range = document.createRange();
      range.selectNodeContents(cell);
      expect(linesOf(range), cell.textContent!).to.be.at.most(2);
    }
  });
});

describe('<cifras-table-chart>', () => {
  it('draws any dataset table, naming figures by label or period and source', async () => {
    const { root } = await renderChart('cifras-table-chart', 'table="households-crime-victim" lang="es"');
    expect(barLabels(root, 'table')).to.deep.equal(['2021', '2022']);
    expect(root.querySelector('.title')!.textContent).to.contain('Hogares con al menos una víctima');
  });

  it('gives each unit of a mixed table its own panel and scale, and its summary says which is which', async () => {
    const { root } = await renderChart('cifras-table-chart', 'table="aggressions-2019-2024"');
    const panels = [...root.querySelectorAll<SVGGElement>('g.panel')].map((g) => g.dataset.panel);
    expect(panels).to.deep.equal(['count', 'times']);
    expect(text(root, 'svg.visual')).to.contain('Ratio');
    // A ratio of 12.4 is not drawn against counts in the hundreds: it fills its own scale.
    const widths = (panel: string) => [...root.querySelectorAll<SVGRectElement>(`g.panel[data-panel="${panel}"] rect.mark`)].map((r) => r.width.baseVal.value);
    expect(Math.max(...widths('times'))).to.be.above(0.9 * Math.max(...widths('count')));
    expect(text(root, '#cifras-summary')).to.match(/^Number: .*Ratio: /);
    // A percentage over 100 (a growth) is not cut off at a scale of 100.
    const budget = await renderChart('cifras-table-chart', 'table="military-budget-notes"', 375);
    expect(textOutsideSvg(budget.root.querySelector('svg.visual')!)).to.deep.equal([]);
    for (const bar of budget.root.querySelectorAll<SVGRectElement>('rect.mark')) expect(bar.getBoundingClientRect().right).to.be.at.most(budget.el.getBoundingClientRect().right);
  });

  it('heads each unit\'s panel with its name in the chart\'s language, and names every bar apart', async () => {
    const titles = async (lang: string) => {
      const { root } = await renderChart('cifras-table-chart', `table="military-budget-notes" lang="${lang}"`);
      return [...root.querySelectorAll('svg.visual .panel-title')].map((t) => t.textContent!.trim());
    };
    expect(await titles('en')).to.deep.equal(['Number', 'Pesos', 'US dollars', 'Per cent', 'Ratio']);
    expect(await titles('es')).to.deep.equal(['Número', 'Pesos', 'Dólares', 'Porcentaje', 'Veces']);
    for (const table of ['troops-deployed', 'drug-arrests', 'impunity-2022', 'deployment-ensp-2023', 'extraditions', 'military-budget-notes']) {
      for (const lang of ['en', 'es']) {
        const { root } = await renderChart('cifras-table-chart', `table="${table}" lang="${lang}"`);
        for (const panel of root.querySelectorAll<SVGGElement>('g.panel')) {
          const names = [...panel.querySelectorAll('g.row')].map((row) => row.querySelector('text')!.textContent!.replace(/\s+/g, ' ').trim());
          expect(new Set(names).size, `${table} ${lang} ${panel.dataset.panel}: ${names.join(' | ')}`).to.equal(names.length);
        }
      }
    }
  });

  it('draws every bar\'s name whole, from 280 to 1200 px, in both languages', async function () {
    this.timeout(60000);
    for (const table of defaultCatalog.tables.keys()) {
      for (const lang of ['en', 'es']) {
        for (const width of [280, 640, 1200]) {
          const { root } = await renderChart('cifras-table-chart', `table="${table}" lang="${lang}"`, width);
          const cut = [...root.querySelectorAll('g.row text.label')].map((t) => t.textContent!.replace(/\s+/g, ' ').trim()).filter((name) => name.includes('…'));
          expect(cut, `${table} ${lang} ${width} px`).to.deep.equal([]);
          root.host.remove();
        }
      }
    }
  });

  it('ends a locator that is a question with its question mark, not "?:"', async () => {
    const { el, root } = await renderChart('cifras-table-chart', 'table="armed-groups"');
    await openSources(el, root);
    const locators = [...root.querySelectorAll('.footnote .locator')].map((l) => l.textContent!.trim());
    expect(locators.some((l) => l.endsWith('?')), locators.join(' | ')).to.equal(true);
    for (const locator of locators) expect(locator).to.match(/[^?!:]:$|[?!]$/);
  });

  it('treats a removed table attribute as no table, with a visible error and no exception', async () => {
    const { el, root } = await renderChart('cifras-table-chart', 'table=" armed-groups "');
    expect(root.querySelectorAll('rect.mark').length, 'spaces around the id are ignored').to.equal(3);
    await captureWarnings(async () => {
      el.removeAttribute('table');
      await el.updateComplete;
      expect(root.querySelector('[role="alert"]')).to.exist;
      el.setAttribute('table', 'armed-groups');
      await el.updateComplete;
    });
    expect(root.querySelectorAll('rect.mark').length).to.equal(3);
  });

  it('shows a visible error with close ids for an unknown table', async () => {
    const warnings = await captureWarnings(async () => {
      const { root } = await render('<cifras-table-chart table="armed-group" lang="es"></cifras-table-chart>');
      const alert = root.querySelector('[role="alert"]')!.textContent!;
      expect(alert).to.contain('armed-groups');
      // The close ids once: the message names them, and no second line repeats them.
      expect(alert.match(/armed-groups/g)).to.have.length(1);
    });
    expect(warnings.join('\n')).to.contain('Unknown table id "armed-group". Did you mean "armed-groups"');
  });
});

describe('bar rows set apart', () => {
  /** The distances from each bar of a panel to the next. */
  const pitches = (root: ShadowRoot, panel: string) => {
    const ys = [...root.querySelectorAll(`g.panel${panel} g.row rect.mark`)].map((r) => Number(r.getAttribute('y')));
    return ys.slice(1).map((y, i) => Math.round(y - ys[i]));
  };

  it('sets "other states" apart, as everything else, and a derived bar at the end of a list not', async () => {
    const clashes = pitches((await renderChart('cifras-clashes-by-state')).root, '');
    expect(clashes.at(-1)).to.be.above(clashes[0]);
    const { root } = await renderChart('cifras-guard-composition');
    const share = pitches(root, ':first-of-type');
    expect(root.querySelectorAll('g.panel:first-of-type g.row rect.mark.muted')).to.have.length(1);
    expect(new Set(share).size, share.join(', ')).to.equal(1);
  });
});

describe('subtitles', () => {
  const charts = FIXED_WIDGETS.map((tag) => tag.replace('cifras-', ''));
  it('end with a full stop, like the sentences they are, in both languages', async () => {
    for (const chart of charts) {
      for (const lang of ['en', 'es']) {
        const { root } = await renderChart(`cifras-${chart}`, `lang="${lang}"`);
        expect(text(root, '.subtitle').trim(), `${chart} ${lang}`).to.match(/\.$/);
      }
    }
  });
});

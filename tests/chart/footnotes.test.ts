import { expect } from '@open-wc/testing';
import { buildFootnotes, derivationText, locatorText, shortOf, withPassages } from '../../src/chart/footnotes.js';
import { summarizeBreakdown, summarizeExtremes } from '../../src/chart/summarize.js';
import { placeTooltip } from '../../src/chart/tooltip.js';
import { defaultCatalog } from '../../src/data/dataset.js';

describe('footnotes', () => {
  it('numbers sources in order of first use and gives every figure its number', () => {
    const figures = ['elementa.homicides.2022', 'icg.homicides.2022', 'elementa.homicide-rate.2019'].map((id) => defaultCatalog.figure(id));
    const { notes, numberOf } = buildFootnotes(figures, defaultCatalog, 'en');
    expect(notes.map((n) => [n.number, n.sourceId])).to.deep.equal([[1, 'elementa-2024'], [2, 'icg-2024']]);
    expect(numberOf.get('icg.homicides.2022')).to.equal(2);
    expect(numberOf.get('elementa.homicide-rate.2019')).to.equal(1);
  });

  it('names each figure\'s document by its short name and year, as the footer and tooltips give it', () => {
    const two = buildFootnotes(['elementa.homicides.2022', 'icg.homicides.2022'].map((id) => defaultCatalog.figure(id)), defaultCatalog, 'en');
    expect(shortOf(two, 'icg.homicides.2022')).to.equal('Crisis Group (2024)');
    expect(shortOf(two, 'elementa.homicides.2022')).to.equal('Elementa DDHH (2024)');
    expect(shortOf(two, 'icg.homicides.2018')).to.equal(undefined);
  });

  it('groups quotes from one passage and cites the inputs of a derived figure', () => {
    const derived = defaultCatalog.figure('icg.clashes-2020-2022.other-states');
    const numbered = buildFootnotes([derived], defaultCatalog, 'en');
    // Numbering names the documents only; the passages come with the sources panel.
    expect(numbered.notes[0].passages).to.deep.equal([]);
    const { notes } = withPassages(numbered, [derived], defaultCatalog, 'en');
    expect(notes).to.have.length(1);
    const quotes = notes[0].passages.flatMap((p) => p.quotes.map((q) => q.figureId));
    expect(quotes).to.include('icg.clashes-2020-2022.total');
    expect(derivationText(derived, defaultCatalog, 'en')).to.match(/^Derived: 756 − 328 − 103 − 45 − 22 − 18 − 13 = 227\./);
  });

  it('carries the dataset’s notes on the figures into their passages, in the chart’s language, once each', () => {
    const figures = ['icg.militarized-agreements-funds.mxn', 'icg.militarized-agreements-funds.usd'].map((id) => defaultCatalog.figure(id));
    for (const lang of ['en', 'es'] as const) {
      const cited = [...figures, figures[0]];
      const notes = withPassages(buildFootnotes(cited, defaultCatalog, lang), cited, defaultCatalog, lang).notes.flatMap((n) => n.passages.flatMap((p) => p.notes));
      expect(notes).to.deep.equal(figures.map((f) => ({ figureId: f.id, text: f.notes![lang] })));
    }
    expect(figures[1].notes!.es).to.equal('Conversión a dólares tal como aparece en el informe.');
  });

  it('writes locators in both languages', () => {
    expect(locatorText({ section: 'II. C.', footnote: 4, page: null }, 'es')).to.equal('Sección II. C., nota 4');
    expect(locatorText({ section: 'Intro', page: 3 }, 'en')).to.equal('Section Intro, p. 3');
  });

  it('places a figure in an essay without sections by the opening words of its paragraph, in both languages', () => {
    const figure = defaultCatalog.figure('felbab.homicides.2017');
    expect(figure.locator?.section).to.equal(undefined);
    expect(locatorText(figure.locator, 'en')).to.equal('Paragraph “When Andrés Manuel López Obrador takes office…”');
    expect(locatorText(figure.locator, 'es')).to.equal('Párrafo “When Andrés Manuel López Obrador takes office…”');
  });
});

describe('summaries', () => {
  it('names the largest part, its share and the runners-up', () => {
    const parts = [{ label: 'Tamaulipas', value: 328 }, { label: 'Michoacán', value: 103 }, { label: 'Zacatecas', value: 45 }];
    expect(summarizeBreakdown(parts, 756, 'clashes', '2020–2022', 'en'))
      .to.equal('Of the 756 clashes in 2020–2022, Tamaulipas accounted for 328 (43%), followed by Michoacán (103) and Zacatecas (45).');
    expect(summarizeBreakdown(parts, 756, 'enfrentamientos', '2020–2022', 'es'))
      .to.equal('De los 756 enfrentamientos en 2020–2022, Tamaulipas concentró 328 (43%), seguido de Michoacán (103) y Zacatecas (45).');
  });

  it('names the highest and lowest values without brackets inside brackets', () => {
    const parts = [
      { label: 'Peña Nieto (2012–2018)', value: 525, text: '525' },
      { label: 'López Obrador (to 2022)', value: 363, text: '363' },
    ];
    expect(summarizeExtremes(parts, false, 'en')).to.equal('The highest value is 525: Peña Nieto (2012–2018). The lowest, 363: López Obrador (to 2022).');
    expect(summarizeExtremes(parts, false, 'es')).to.equal('El valor más alto es 525: Peña Nieto (2012–2018). El más bajo, 363: López Obrador (to 2022).');
  });
});

describe('source titles', () => {
  it('are in Spanish where the dataset wrote them itself, and as published otherwise', () => {
    const felbab = defaultCatalog.figure('felbab.homicides.2017');
    const es = buildFootnotes([felbab], defaultCatalog, 'es').notes[0].reference;
    const en = buildFootnotes([felbab], defaultCatalog, 'en').notes[0].reference;
    expect(es).to.contain('[Ensayo sobre el desafío de seguridad');
    expect(en).to.contain('[Essay on the security challenge');
    const cited = [defaultCatalog.figure('icg.homicides.2007')];
    const icg = withPassages(buildFootnotes(cited, defaultCatalog, 'es'), cited, defaultCatalog, 'es').notes[0];
    expect(icg.reference).to.contain('The Generals’ Labyrinth');
    expect(icg.passages.map((p) => p.primarySource)).to.include('Estadísticas del Instituto Nacional de Estadística y Geografía (registros de homicidio; encuesta de victimización ENVIPE)');
  });
});

describe('placeTooltip', () => {
  it('stays inside the chart and flips below near the top', () => {
    const tip = placeTooltip({ x: 300, y: 10, width: 10, height: 10 }, 320, 220);
    expect(tip.left + 220).to.be.at.most(320);
    expect(tip.above).to.equal(false);
    expect(placeTooltip({ x: 0, y: 200, width: 10, height: 10 }, 320, 220).left).to.equal(0);
  });
});

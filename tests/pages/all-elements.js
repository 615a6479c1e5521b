// Markup for every element, shared by the host pages.
export const ALL_ELEMENTS = `
  <cifras-budget-share lang="es"></cifras-budget-share>
  <cifras-clashes-by-state highlight="Michoacán"></cifras-clashes-by-state>
  <cifras-homicides-disappearances></cifras-homicides-disappearances>
  <cifras-troop-deployment></cifras-troop-deployment>
  <cifras-clash-rate></cifras-clash-rate>
  <cifras-guard-composition></cifras-guard-composition>
  <cifras-seizures></cifras-seizures>
  <cifras-impunity></cifras-impunity>
  <cifras-electoral-violence></cifras-electoral-violence>
  <cifras-arrests></cifras-arrests>
  <cifras-extraditions></cifras-extraditions>
  <cifras-table-chart table="armed-groups"></cifras-table-chart>
  <cifras-key-figure figure="icg.homicides.2022" compare="icg.homicides.2018"></cifras-key-figure>
  <cifras-chart type="line"><script type="application/json">{"title":"T","sources":[{"id":"s","title":"S"}],"source":"s","data":[{"label":"a","value":1},{"label":"b","value":2}]}</script></cifras-chart>
  <p>Text <cifras-value figure="icg.homicides.2019">36,661</cifras-value> and <cifras-cite source="icg-2024"></cifras-cite>.</p>
  <cifras-sources json-ld></cifras-sources>`;

/** Waits until every element has rendered something. */
export async function rendered(root = document) {
  const elements = [...root.querySelectorAll('*')].filter((el) => el.localName.startsWith('cifras-'));
  for (let i = 0; i < 300; i++) {
    const done = elements.every((el) => el.shadowRoot && el.shadowRoot.querySelector('svg.visual, .card:not(.loading), .marker, .sources, .value'));
    if (done) return elements;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return elements;
}

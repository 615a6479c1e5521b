// Every Cifras element with every attribute, typed by the package's generated
// JSX types (dist/cifras-jsx.d.ts, from the Custom Elements Manifest).
// Type-checked by jsx-types.test.mjs, which also checks that this file names
// every element and attribute the manifest lists; never run.
import 'cifras';
import type { CustomChartData } from 'cifras/data';

const rows: CustomChartData = {
  title: 'Your own chart',
  unit: 'count',
  source: 'report',
  sources: [{ id: 'report', title: 'A report', year: 2024 }],
  data: [{ label: 2023, value: 12 }],
};
const onRendered = (event: Event) => console.log(event.type);

export const everyElement = (
  <>
    <cifras-arrests view="map" chart-title="Arrests" chart-subtitle="By state" actions="cite,data" json-ld heading-level={3} loading="eager" lang="es" theme="dark" oncifras-rendered={onRendered} />
    <cifras-budget-share chart-title="Budget" chart-subtitle="Share" heading-level={3} lang="en" theme="light" actions="all" json-ld loading="lazy" />
    <cifras-chart type="column" layout="stacked" highlight="2019" data={rows} chart-title="Mine" chart-subtitle="Sourced" actions="none" json-ld heading-level={2} loading="eager" lang="en" theme="auto" />
    <cifras-cite source="icg-2024" locator="p. 12" lang="en" theme="light" />
    <cifras-clash-rate chart-title="Clash rate" chart-subtitle="Monthly" actions="table" json-ld heading-level={4} loading="lazy" lang="es" theme="dark" />
    <cifras-clashes-by-state view="bars" highlight="Sinaloa" limit={5} chart-title="Clashes" chart-subtitle="2020–2022" heading-level={2} lang="es" theme="auto" actions="cite" json-ld loading="eager" />
    <cifras-disappearances chart-title="Disappeared" chart-subtitle="The registry" actions="all" json-ld heading-level={2} loading="lazy" lang="es" theme="light" />
    <cifras-electoral-violence chart-title="Candidates" chart-subtitle="By cycle" actions="data" json-ld heading-level={2} loading="lazy" lang="en" theme="light" />
    <cifras-extraditions chart-title="Extraditions" chart-subtitle="By administration" actions="image" json-ld heading-level={2} loading="eager" lang="en" theme="dark" />
    <cifras-guard-composition chart-title="Guard" chart-subtitle="Military share" actions="embed" json-ld heading-level={2} loading="lazy" lang="es" theme="light" />
    <cifras-homicides-disappearances chart-title="Homicides" chart-subtitle="Every source" heading-level={2} lang="en" theme="auto" actions="all" json-ld loading="eager" />
    <cifras-impunity chart-title="Impunity" chart-subtitle="2022" actions="none" json-ld heading-level={2} loading="lazy" lang="es" theme="dark" />
    <cifras-key-figure figure="icg.homicides.2019" compare="icg.homicides.2019" variant="compact" lang="en" theme="light" loading="eager" />
    <cifras-seizures view="map" chart-title="Seizures" chart-subtitle="Events and weight" actions="cite,data" json-ld heading-level={2} loading="lazy" lang="en" theme="auto" />
    <cifras-sources heading="Sources" heading-level={2} json-ld lang="en" theme="light" />
    <cifras-table-chart table="armed-groups" chart-title="Armed groups" chart-subtitle="Table" actions="all" json-ld heading-level={2} loading="eager" lang="es" theme="dark" />
    <cifras-troop-deployment chart-title="Troops" chart-subtitle="2012–2024" actions="table" json-ld heading-level={2} loading="lazy" lang="en" theme="light" />
    <cifras-value figure="icg.homicides.2019" lang="es" theme="auto" />
  </>
);

// @ts-expect-error variant is one of card, compact, inline
export const badVariant = <cifras-key-figure figure="icg.homicides.2019" variant="huge" />;

// @ts-expect-error type is bar, column, line, dot or map
export const badType = <cifras-chart type="pie" />;

// @ts-expect-error no such element
export const unknownElement = <cifras-pie-chart />;

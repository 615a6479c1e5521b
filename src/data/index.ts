export * from './types.js';
export { Catalog, defaultCatalog } from './lookup.js';
export { UnknownIdError, type RecordKind } from './errors.js';
export { closestMatches, editDistance } from './closest.js';
export { authorLabel, citationLabel, issuedYear, referenceText, shortSourceName } from './citation.js';
export { dataset } from './dataset.js';
export { customDataset, parseCustomJson, CustomDataError, type CustomChartData, type CustomSource, type CustomValue } from './custom-data.js';

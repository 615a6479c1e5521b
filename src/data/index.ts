export * from './types.js';
export { Catalog, type DataLoader } from './lookup.js';
export { defaultCatalog } from './dataset.js';
export { DataPendingError, UnknownIdError, type RecordKind } from './errors.js';
export { closestMatches, editDistance } from './closest.js';
export { authorLabel, citationLabel, issuedYear, referenceText, shortSourceName } from './citation.js';
export { dataset } from './dataset.js';
export { customDataset, parseCustomJson, CustomDataError, type CustomChartData, type CustomSource, type CustomValue } from './custom-data.js';

export * from './types.js';
export { Catalog, type DataLoader } from './lookup.js';
export { defaultCatalog } from './dataset.js';
export { DataPendingError, UnknownIdError, type RecordKind } from './errors.js';
export { closestMatches, editDistance } from './closest.js';
export { authorLabel, citationLabel, issuedYear, referenceText, shortSourceName } from './citation.js';
export { dataset } from './dataset.js';
export { CustomDataError, type CustomChartData, type CustomDataProblem, type CustomSource, type CustomValue } from './custom-data.js';
export { customDataset, describeCustomDataError, parseCustomJson } from './custom-data-problems.js';

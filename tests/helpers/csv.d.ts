/** A minimal RFC 4180 CSV reader for checking downloads (csv.js). */
export function parseCsv(text: string, separator?: string): string[][];

// Shared by the browser tests (through csv.d.ts) and the Node tests.

/**
 * A minimal RFC 4180 CSV reader for checking downloads: rows of fields, split on
 * `separator` as a spreadsheet in that locale would (quoted fields may hold it,
 * quotes as "" and line breaks). Line breaks outside quotes end a row.
 */
export function parseCsv(text, separator = ',') {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (char === '"') quoted = false; else field += char;
    } else if (char === '"') quoted = true;
    else if (char === separator) { row.push(field); field = ''; } else if (char === '\r') continue;
    else if (char === '\n') { row.push(field); rows.push(row); row = []; field = ''; } else field += char;
  }
  if (row.length || field) rows.push([...row, field]);
  return rows;
}

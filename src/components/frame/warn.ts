const warned = new Set<string>();

/** Logs a console warning once per distinct message, however many elements hit it. */
export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`[cifras] ${message}`);
}

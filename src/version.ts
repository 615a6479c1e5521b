/** The package's version, for snippets that pin a CDN URL (kept equal to package.json by a test). */
export const PACKAGE_VERSION = '0.1.0';

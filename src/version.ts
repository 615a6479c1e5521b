/** The package's version, for snippets that pin a CDN URL (kept equal to package.json by a test). */
export const PACKAGE_VERSION = '0.1.0';

/**
 * Whether PACKAGE_VERSION is on npm (and so on the CDN). Set to true in the commit that releases it, before
 * the build that is published; while false, snippets point only at the folder Cifras was loaded from and
 * offer no `npm install`.
 */
export const PUBLISHED = false;

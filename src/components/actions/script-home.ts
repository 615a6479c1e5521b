import { scriptHome, type ScriptHome } from '../../chart/embed.js';
import { PACKAGE_VERSION, PUBLISHED } from '../../version.js';

/**
 * The URL of cifras.js beside the file that holds this code, wherever it was loaded from: in the build,
 * this module sits in dist/ or a folder under it, and the build says which; from the source tree, dist/ is
 * at the repository's root, three folders up.
 */
export const loadedFrom = (): string => new URL(`${import.meta.cifrasDistRoot ?? '../../../dist/'}cifras.js`, import.meta.url).href;

/** Where the snippets of this copy of Cifras send a page: the folder it was loaded from (see scriptHome). */
export const ownScriptHome = (): ScriptHome => scriptHome(loadedFrom(), PACKAGE_VERSION, PUBLISHED);

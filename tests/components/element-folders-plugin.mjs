// A web-test-runner command, `element-folders`, for the registry test
// (tests/components/widget-registry.test.ts): every folder under
// src/components/ with the tags its modules register (`defineElement('cifras-…')`).
// A folder that registers none (shared code) comes with an empty list.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const components = new URL('../../src/components/', import.meta.url).pathname;

export function elementFoldersPlugin() {
  return {
    name: 'cifras-element-folders',
    async executeCommand({ command }) {
      if (command !== 'element-folders') return undefined;
      return readdirSync(components, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map(({ name }) => {
        const modules = readdirSync(join(components, name), { recursive: true }).map(String).filter((file) => file.endsWith('.ts'));
        const tags = modules.flatMap((file) => [...readFileSync(join(components, name, file), 'utf8')
          .matchAll(/\bdefineElement\(\s*['"](cifras-[\w-]+)['"]/g)].map((match) => ({ tag: match[1], module: file })));
        return { folder: name, tags };
      }).sort((a, b) => a.folder.localeCompare(b.folder));
    },
  };
}

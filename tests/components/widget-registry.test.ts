// The registry (src/widgets.ts) and the folders under src/components/ name the
// same elements: a folder whose module registers a `cifras-` tag is an element,
// and the registry lists it, as a widget or as another kind; every element the
// registry lists has its folder, named after its tag. Folders that register no
// tag (shared code) are not elements, whatever their name.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import { OTHER_ELEMENTS, WIDGETS } from '../../src/widgets.js';

interface ElementFolder {
  folder: string;
  tags: { tag: string; module: string }[];
}

const folders = () => executeServerCommand<ElementFolder[], undefined>('element-folders');
const registered = new Map([...WIDGETS, ...OTHER_ELEMENTS].map(([tag, { element }]) => [tag, element]));

describe('the widget registry (src/widgets.ts) and src/components/', () => {
  it('lists every element folder, as a widget or as another kind of element', async () => {
    const unlisted = (await folders()).flatMap(({ folder, tags }) => tags.filter(({ tag }) => !registered.has(tag))
      .map(({ tag, module }) => `src/components/${folder}/${module} registers <${tag}>`));
    expect(unlisted, 'add each to WIDGETS (or OTHER_ELEMENTS) in src/widgets.ts').to.deep.equal([]);
  });

  it('has a folder for every element it lists, named after its tag, that registers it', async () => {
    const found = await folders();
    const missing = [...registered.keys()].filter((tag) => {
      const folder = found.find((f) => f.folder === tag.replace(/^cifras-/, ''));
      return !folder?.tags.some((t) => t.tag === tag);
    }).map((tag) => `<${tag}>: no src/components/${tag.replace(/^cifras-/, '')}/ registering it`);
    expect(missing).to.deep.equal([]);
    // One folder per element: a folder that registers a second tag hides a widget the registry cannot tell apart.
    expect(found.filter(({ tags }) => tags.length > 1).map(({ folder, tags }) => `${folder}: ${tags.map((t) => t.tag).join(', ')}`)).to.deep.equal([]);
  });

  it('lists each element once, with the class the browser registered under its tag', () => {
    expect([...WIDGETS.keys()].filter((tag) => OTHER_ELEMENTS.has(tag)), 'both a widget and another kind').to.deep.equal([]);
    for (const [tag, element] of registered) expect(customElements.get(tag), tag).to.equal(element);
  });
});

describe('what reads the registry', () => {
  it('gives the gallery a name and a description for every widget, and describes none it does not list', async () => {
    // @ts-expect-error: a plain module of the demo page, without types.
    const { DESCRIPTIONS } = await import('../../demo/catalogue.js') as { DESCRIPTIONS: Record<string, { name: string; description: string }[]> };
    expect(Object.keys(DESCRIPTIONS).sort()).to.deep.equal([...WIDGETS.keys()].sort());
    for (const [tag, cards] of Object.entries(DESCRIPTIONS)) {
      expect(cards, tag).to.have.length.above(0);
      for (const { name, description } of cards) {
        expect(name, tag).to.be.a('string').and.not.equal('');
        expect(description, tag).to.be.a('string').and.not.equal('');
      }
    }
  });
});

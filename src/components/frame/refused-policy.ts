/**
 * Under Trusted Types without 'allow-duplicates', a second copy of Lit (in a second copy of Cifras:
 * cifras.js beside a file of dist/elements/, or two versions) is refused its "lit-html" policy, and
 * that copy stops before it defines anything: its elements would stay blank. cifras.js runs this
 * first, before its Lit, so whether it is the copy refused or the one that works, it hears the
 * refusal and says why inside each Cifras element left undefined, in its language, and in the
 * console. (The single-element files leave it out, for their size.)
 */
import { parseLang, type Lang } from '../../chart/locale.js';

const WORDS: Record<Lang, (tag: string) => string> = {
  en: (tag: string) => `<${tag}> cannot be drawn: this page's Trusted Types policy refused a second copy of Cifras its "lit-html" policy. Load one copy of Cifras, or add 'allow-duplicates' to trusted-types.`,
  es: (tag: string) => `No se puede dibujar <${tag}>: la política Trusted Types de esta página negó a una segunda copia de Cifras su política "lit-html". Cargue una sola copia de Cifras o añada 'allow-duplicates' a trusted-types.`,
};

const WATCHING = Symbol.for('cifras.refused-policy');

function explain(element: Element): void {
  if (element.querySelector(':scope > [data-cifras-refused]')) return;
  const lang = parseLang(element.closest('[lang]')?.getAttribute('lang')) ?? 'en';
  const note = document.createElement('p');
  note.dataset.cifrasRefused = '';
  note.setAttribute('role', 'note');
  note.textContent = WORDS[lang](element.localName);
  element.append(note);
}

/** Once a page: on a refused "lit-html" policy, explains every Cifras element left undefined. */
function watchRefusedPolicy(): void {
  const page = globalThis as { [WATCHING]?: true };
  if (typeof document === 'undefined' || page[WATCHING]) return;
  page[WATCHING] = true;
  document.addEventListener('securitypolicyviolation', (event) => {
    if (event.effectiveDirective !== 'trusted-types' || !event.sample.startsWith('lit-html')) return;
    // The refused copy's script has stopped; what it would have defined stays undefined.
    setTimeout(() => {
      const blank = [...document.querySelectorAll(':not(:defined)')].filter((element) => element.localName.startsWith('cifras-'));
      blank.forEach(explain);
      if (blank.length) console.error(`[cifras] ${WORDS.en(blank[0].localName)}`);
    });
  });
}

watchRefusedPolicy();

import { css, html, nothing, type TemplateResult } from 'lit';
import { chartCitationItems } from '../../cite/chart-citation.js';
import { citedPageUrl } from '../../cite/cited-url.js';
import { CUSTOM_VERSION } from '../../data/custom-data.js';
import { toBibtex, toRis } from '../../cite/bibtex.js';
import type { CitationRun, CitationStyle } from '../../cite/styled-citations.js';
import { embedSnippets, frameTakes } from '../../chart/embed.js';
import { dataRows, toCsv, toJsonExport } from '../../chart/export-data.js';
import { INTL_LOCALE } from '../../chart/locale.js';
import { PANEL_MESSAGES, type PanelMessages } from '../../chart/panel-messages.js';
import type { Source } from '../../data/types.js';
import type { ChartActionsHost, Panel } from './chart-actions.js';
import { chartSvg, download, pngBlob, stageDrawing, svgBlob } from './export-image.js';
import { SHARE_FORMATS, type ShareFormat } from '../../chart/share-card.js';
import { adoptLazyStyles } from '../frame/lazy-styles.js';
import { ownScriptHome } from './script-home.js';
import { embedFrameHeight, shownText } from './shown-title.js';

const STYLE_NAMES: [CitationStyle, string][] = [['apa', 'APA 7'], ['chicago-author-date', 'Chicago (author-date)'], ['modern-language-association', 'MLA 9']];

/** What only the panels' content uses (the panel box itself is styled with the frame, as it shows while this loads). */
const panelStyles = css`
  /* Where a saved image's drawing is laid out: in the shadow root, so its colours resolve, but never seen. */
  .stage { position: absolute; left: -10000px; top: 0; visibility: hidden; pointer-events: none; }
  /* The panels' buttons, with their code: framed, unlike the tools' quiet text buttons. */
  .panel .action { border: 1px solid var(--_rule); text-decoration: none; color: var(--_text); padding: 0.15em 0.6em; }
  .panel .action::after { content: none; }
  .tool-title { font-weight: 700; font-size: 1.05em; }
  .panel p { margin: 0.25em 0 0.5em; }
  .panel .close { margin-top: 0.5em; }
  .panel .action { margin: 0.15em 0.4em 0.15em 0; }
  .image-problem { color: var(--_error); }
  .citation { margin: 0.6em 0; }
  .format-name { font-weight: 600; margin-bottom: 0.2em; }
  .entries { margin: 0 0 0.3em; padding-inline-start: 1.1em; overflow-wrap: anywhere; }
  .entries li { margin: 0.2em 0; }
  .code {
    margin: 0 0 0.3em; padding: 0.5em; max-height: 12em; overflow: auto; white-space: pre-wrap; word-break: break-word;
    font: 0.85em/1.4 ui-monospace, SFMono-Regular, Menlo, monospace; background: var(--_canvas); border: 1px solid var(--_rule);
    border-radius: var(--_radius);
  }
`;

/** The action panels' content, loaded on the first click on an action. */
export class ActionPanels {
  private citations?: { style: string; entries: CitationRun[][] }[];
  private citationError = false;
  private context?: ChartActionsHost;

  constructor(private readonly host: ChartActionsHost['host'], private readonly announce: (text: string) => void) {
    adoptLazyStyles(host.shadowRoot, panelStyles);
  }

  /** A panel was opened: the cite panel starts loading the citation processor. */
  opened(panel: Panel): void {
    if (panel === 'cite' && !this.citations) void this.loadCitations();
  }

  render(panel: Panel, context: ChartActionsHost): TemplateResult {
    // A title or subtitle the page gave in a slot is the chart's in every export too.
    const title = this.slotted('title');
    const subtitle = this.slotted('subtitle');
    this.context = { ...context, title: title ?? context.title, subtitle: subtitle ?? context.subtitle };
    return this.renderPanel(panel, this.context);
  }

  /** The text of what the page put in one of the chart's slots, if anything. */
  private slotted(name: string): string | undefined {
    const element = this.host.querySelector(`:scope > [slot="${name}"]`);
    return (element && shownText(element)) || undefined;
  }

  private heading(text: string): TemplateResult {
    return html`<div class="tool-title" id="cifras-panel-title" role="heading" aria-level=${Math.min(6, this.context!.headingLevel + 1)}>${text}</div>`;
  }

  /** The items a citation of this chart is made of: the chart, then its documents. */
  citationItems(): Source[] {
    const { catalog, notes, title, host } = this.context!;
    // The page without its fragment, and on the embed page only the parameters that say which chart it draws.
    const page = typeof location === 'undefined' ? undefined : citedPageUrl(location.href, ['widget', 'lang', ...this.observed().filter(frameTakes)]);
    return chartCitationItems({
      tag: host.localName,
      title,
      version: catalog.data.version,
      year: Number((catalog.data.released ?? '').slice(0, 4)) || new Date().getFullYear(),
      sources: notes.notes.map((note) => catalog.source(note.sourceId)),
      url: page,
    });
  }

  private async loadCitations(): Promise<void> {
    try {
      const { formatBibliography } = await import('../../cite/styled-citations.js');
      const items = this.citationItems();
      const locale = INTL_LOCALE[this.context!.lang] as 'en-US' | 'es-MX';
      this.citations = STYLE_NAMES.map(([style, name]) => ({ style: name, entries: formatBibliography(items, style, locale) }));
    } catch {
      this.citationError = true;
    }
    this.host.requestUpdate();
  }

  private async copy(text: string, what: string): Promise<void> {
    const t = this.strings;
    try {
      await navigator.clipboard.writeText(text);
      this.announce(t.copied(what));
    } catch {
      this.announce(t.copyFailed);
    }
  }

  private copyButton(text: string, what: string): TemplateResult {
    return html`<button type="button" class="action copy" aria-label="${this.strings.copy}: ${what}" @click=${() => this.copy(text, what)}>${this.strings.copy}</button>`;
  }

  /** The panels' own strings; the frame's (context.t) hold the rest. */
  private get strings(): PanelMessages {
    return PANEL_MESSAGES[this.context!.lang];
  }

  private renderPanel(panel: Panel, context: ChartActionsHost): TemplateResult {
    const t = this.strings;
    switch (panel) {
      case 'cite': {
        const items = this.citationItems();
        const formats: [string, string][] = [
          ['BibTeX', items.map(toBibtex).join('\n\n')],
          ['RIS', items.map(toRis).join('\n')],
          ['CSL-JSON', JSON.stringify(items.map(({ custom: _custom, ...item }) => item), null, 2)],
        ];
        const plain = (entry: CitationRun[]) => entry.map((run) => run.text).join('');
        return html`${this.heading(t.citeTitle)}
          <p>${context.catalog.data.version === CUSTOM_VERSION ? t.citeIntroCustom : t.citeIntro(context.catalog.data.version)}</p>
          ${this.citations ? this.citations.map(({ style, entries }) => html`<div class="citation" data-style=${style}>
            <div class="format-name">${style}</div>
            <ul class="entries">${entries.map((entry) => html`<li>${entry.map((run) => (run.italic ? html`<i>${run.text}</i>` : run.text))}</li>`)}</ul>
            ${this.copyButton(entries.map(plain).join('\n'), style)}
          </div>`) : html`<p class="loading">${this.citationError ? t.stylesFailed : t.loadingStyles}</p>`}
          ${formats.map(([name, text]) => html`<div class="citation" data-format=${name}>
            <div class="format-name">${name}</div>
            <pre class="code" tabindex="0">${text}</pre>
            ${this.copyButton(text, name)}
          </div>`)}`;
      }
      case 'data': {
        const rows = dataRows(context.figures, context.catalog, context.lang, context.labels);
        const name = context.host.localName;
        return html`${this.heading(t.dataTitle)}
          <p>${t.dataIntro}</p>
          <button type="button" class="action" data-download="csv" @click=${() => download(new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' }), `${name}.csv`)}>CSV</button>
          <button type="button" class="action" data-download="json" @click=${() => download(new Blob([toJsonExport(context.title, context.catalog.data.version, rows)], { type: 'application/json' }), `${name}.json`)}>JSON</button>`;
      }
      case 'image':
        return html`${this.heading(t.imageTitle)}
          <p>${t.imageIntro}</p>
          <button type="button" class="action" data-download="png" @click=${() => this.saveImage('png', 'landscape')}>PNG 1200 × 675</button>
          <button type="button" class="action" data-download="png-tall" @click=${() => this.saveImage('png', 'portrait')}>PNG 1080 × 1350</button>
          <button type="button" class="action" data-download="svg" @click=${() => this.saveImage('svg', 'landscape')}>SVG</button>
          ${this.imageProblem ? html`<p class="image-problem">${this.imageProblem}</p>` : nothing}`;
      case 'embed': {
        // A chart of its own data (<cifras-chart>) gives it, to go in the snippets.
        const childJson = (context.host as { embedJson?(): string | undefined }).embedJson?.();
        const snippets = embedSnippets(context.host.localName, this.publicAttributes(context.lang), ownScriptHome(), embedFrameHeight(this.host), { title: context.title, childJson, lang: context.lang });
        const blocks = ([[t.embedScript, snippets.script], [t.embedIframe, snippets.iframe], [t.embedNpm, snippets.npm]] as const)
          .filter((block): block is readonly [string, string] => block[1] !== undefined);
        return html`${this.heading(t.embedTitle)}
          ${blocks.map(([name, text]) => html`<div class="citation" data-snippet=${name}>
            <div class="format-name">${name}</div>
            <pre class="code" tabindex="0">${text}</pre>
            ${this.copyButton(text, name)}
          </div>`)}
          ${snippets.iframe ? nothing : html`<p class="no-iframe">${t.embedNoIframe}</p>`}`;
      }
    }
  }

  /**
   * The element's own attributes that configure it (not style, class or id), and its language when it
   * takes the page's: a frame, or another page, would not know it.
   */
  private publicAttributes(lang: string): [string, string][] {
    const observed = this.observed();
    const own: [string, string][] = [...this.host.attributes].filter((a) => observed.includes(a.name)).map((a) => [a.name, a.value]);
    // A slot's text goes as its attribute: neither an iframe's address nor a copied tag keeps the page's markup.
    for (const [slot, attribute] of [['title', 'chart-title'], ['subtitle', 'chart-subtitle']]) {
      const text = this.slotted(slot);
      if (text && !this.host.hasAttribute(attribute)) own.push([attribute, text]);
    }
    return this.host.hasAttribute('lang') ? own : [['lang', lang], ...own];
  }

  /** The attributes the element reads. */
  private observed(): string[] {
    return (this.host.constructor as unknown as { observedAttributes: string[] }).observedAttributes;
  }

  /** The chart as a graphic to share, at a social size: title, chart, key and the one-line source with the credit. */
  imageSvg(format: ShareFormat): SVGSVGElement | undefined {
    const root = this.host.shadowRoot;
    // Made from the chart: not while the table stands in for it.
    if (!root?.querySelector('svg.visual') || !this.context) return undefined;
    // The key travels with the image: without it a saved chart's marks say nothing of their series.
    const legend = [...root.querySelectorAll('[part~="legend"]')].flatMap((key) => {
      const items = key.querySelectorAll(':scope > li');
      return items.length ? [...items] : [key];
    });
    const { title, subtitle, notes, t, relayout } = this.context;
    const style = getComputedStyle(this.host);
    const canvas = style.getPropertyValue('--_canvas').trim() || '#ffffff';
    return chartSvg(format, {
      title, subtitle,
      footer: `${t.sourceLine(notes.notes.map((note) => note.short))} · ${t.credit}`,
      background: canvas,
      text: style.color,
      muted: style.getPropertyValue('--_muted').trim() || '#5a5a66',
      legend,
    }, (width) => stageDrawing(this.host.shadowRoot!, relayout(width)));
  }

  /** Why the last Save did not give a file, shown in the panel as well as announced. */
  private imageProblem?: string;

  private async saveImage(type: 'svg' | 'png', format: ShareFormat): Promise<void> {
    const svg = this.imageSvg(format);
    this.imageProblem = undefined;
    try {
      if (!svg) this.imageProblem = this.strings.imageNeedsChart;
      else download(type === 'svg' ? svgBlob(svg) : await pngBlob(svg), `${this.host.localName}-${SHARE_FORMATS[format].width}x${SHARE_FORMATS[format].height}.${type}`);
    } catch {
      this.imageProblem = this.strings.imageFailed;
    }
    this.announce(this.imageProblem ?? '');
  }
}

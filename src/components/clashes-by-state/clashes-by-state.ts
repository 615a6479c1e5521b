import type { PropertyDeclarations, PropertyValues } from 'lit';
import { defineElement } from '../frame/define.js';
import { formatFigure } from '../../chart/format.js';
import { figureMatches } from '../../chart/match.js';
import { formatPeriod } from '../../chart/period.js';
import { remainderFigure } from '../../chart/remainder.js';
import { shareText, summarizeBreakdown } from '../../chart/summarize.js';
import { pageCatalog } from '../../data/page-catalog.js';
import type { Figure } from '../../data/types.js';
import { barChart } from '../views/bar-chart.js';
import { CifrasStatePanels, MAP_CODE, stateName } from '../views/state-panels.js';
import { WORDS } from './words.js';

const TABLE = 'clashes-by-state-2020-2022';
const TOTAL = 'icg.clashes-2020-2022.total';
const REMAINDER = 'icg.clashes-2020-2022.other-states';

/**
 * Armed clashes between the armed forces and criminal groups reported by the
 * defence ministry in 2020–2022, by state: sorted bars with value labels, the
 * remainder as "other states", and the total in the subtitle; or, with
 * `view="map"`, a tile map of the states.
 *
 * @element cifras-clashes-by-state
 * @summary Armed clashes by state, 2020–2022 (Crisis Group, from SEDENA data).
 *
 * @attr highlight - A state to emphasise, e.g. `Michoacán` (case- and accent-insensitive; `MX-MIC` works too).
 * @attr limit - Show only the N states with most clashes; the rest are summed into "other states" (bars only: the map shows every state the source names).
 * @attr chart-title - Replaces the title.
 * @attr chart-subtitle - Replaces the subtitle.
 * @attr heading-level - Outline level of the title (default 2).
 * @attr lang - `en` or `es`; inherited from the page when absent.
 * @attr theme - `light` (default), `dark` or `auto`.
 * @attr view - `bars` (default) or `map`: a tile map of the 32 states, the six the source names coloured by their clashes and the rest marked as not broken down by the source, with their total.
 *
 * @slot title - Replaces the title.
 * @slot subtitle - Replaces the subtitle.
 *
 * @csspart frame - The figure.
 * @csspart title - The title.
 * @csspart subtitle - The subtitle.
 * @csspart actions - The row of buttons.
 * @csspart chart - The plot area.
 * @csspart marks - The drawing.
 * @csspart tooltip - The tooltip.
 * @csspart table - The data table.
 * @csspart footnotes - The source notes.
 * @csspart error - The message shown for bad input.
 *
 * @cssprop --cifras-color-mark - Bar colour.
 * @cssprop --cifras-color-highlight - Colour of the highlighted state.
 * @cssprop --cifras-color-text - Text colour.
 * @cssprop --cifras-color-muted - Secondary text colour.
 * @cssprop --cifras-color-rule - Rules and borders.
 * @cssprop --cifras-color-link - Links and focus rings.
 * @cssprop --cifras-color-background - Background (transparent by default).
 * @cssprop --cifras-color-canvas - Tooltip background.
 * @cssprop --cifras-font-family - Font stack.
 * @cssprop --cifras-font-size - Base font size (16px).
 * @cssprop --cifras-map-1 - Lowest class of the map (`--cifras-map-2` … `--cifras-map-6` the others, darker for more on a light background).
 */
export class CifrasClashesByState extends CifrasStatePanels {
  static override properties: PropertyDeclarations = {
    highlight: {},
    limit: { type: Number },
  };

  static override spec = barChart<(typeof WORDS)['en'], CifrasClashesByState>({
    code: [MAP_CODE],
    data: () => import('../../data/shards/widgets/clashes-by-state.json'),
    provenance: () => import('../../data/shards/widgets/clashes-by-state.provenance.json'),
    words: WORDS,
    panels: ({ lang, t, host }) => {
      const shown = host.shownStates();
      const rest = shown.length === states().length
        ? pageCatalog.figure(REMAINDER)
        : remainderFigure(pageCatalog.figure(TOTAL), shown, pageCatalog.figure(REMAINDER));
      return [{
        id: 'states',
        figures: [...shown, rest],
        label: (f) => stateName(f, lang, t),
        // Without a highlight asked for, the state the title names.
        highlight: (f) => (host.highlight ? figureMatches(f, host.highlight, lang) : f === shown[0]),
      }];
    },
    copy: ({ lang, t, words }, { figures }) => {
      const total = pageCatalog.figure(TOTAL);
      const named = figures.filter((f) => !f.derived);
      const label = (f: Figure) => stateName(f, lang, t);
      const [top] = named;
      return {
        title: words.title(label(top), shareText(top.value, total.value, lang)),
        subtitle: words.subtitle(formatFigure(total, lang)),
        summary: summarizeBreakdown(named.map((f) => ({ label: label(f), value: f.value })), total.value, words.noun, formatPeriod(total.period, lang), lang),
      };
    },
  });

  /** State to emphasise. */
  highlight = '';

  /** Number of states to show before "other states"; 0 shows all. */
  limit = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // 0 stands for no attribute: limit="0" as written is a mistake too.
    if (changed.has('limit') && (!Number.isInteger(this.limit) || this.limit < 0 || (this.limit === 0 && this.hasAttribute('limit')))) {
      this.warn(`limit="${this.getAttribute('limit') ?? this.limit}" is not a whole number ≥ 1; showing every state.`);
      this.limit = 0;
    }
    super.willUpdate(changed);
    if ((changed.has('highlight') || changed.has('limit') || this.loader.arrived) && this.highlight) this.checkHighlight();
  }

  /** Warns when the state to highlight is not among those shown (once the data is in). */
  private checkHighlight(): void {
    if (!pageCatalog.has('table', TABLE)) return;
    if (this.shownStates().some((f) => figureMatches(f, this.highlight, this.resolvedLang))) return;
    const names = this.shownStates().map((f) => stateName(f, this.resolvedLang, this.t)).join(', ');
    this.warn(`highlight="${this.highlight}" is not one of the states shown (${names}); nothing is highlighted.`);
  }

  /** @internal The states drawn, most clashes first. */
  shownStates(): Figure[] {
    const all = states();
    // A map shows every state the source names: one summed into "other states" would be marked as not broken down by the source.
    return this.limit > 0 && this.chartView !== 'map' ? all.slice(0, this.limit) : all;
  }
}

function states(): Figure[] {
  return pageCatalog.tableFigures(TABLE).filter((f) => f.id !== REMAINDER).sort((a, b) => b.value - a.value);
}

defineElement('cifras-clashes-by-state', CifrasClashesByState);

declare global {
  interface HTMLElementTagNameMap {
    'cifras-clashes-by-state': CifrasClashesByState;
  }
}

import type { KanmonDescriptor } from '../descriptor/types.generated.js';
import { diffEditions, type FieldChange } from '../diff/diff-editions.js';
import { impact } from '../diff/impact.js';
import { KanmonError } from '../diagnostics/diagnostic.js';
import type { CompiledEdition } from '../engine/compiled.js';
import { fill, h, type Child } from './dom.js';
import { lazyDetails, pointerButton, type ViewContext } from './report-view.js';
import type { DiffChoice } from './state.js';
import { say } from './strings/index.js';

/** What the diff view needs besides the choice: the editions, the descriptor (when valid) and the as-of date. */
export interface DiffInput {
  editions: readonly CompiledEdition[];
  choice: DiffChoice;
  descriptor: KanmonDescriptor | undefined;
  asOf: string;
}

function fieldTable(changes: readonly FieldChange[], lang: ViewContext['lang']): HTMLTableElement {
  return h('table', { class: 'fields' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, say(lang, 'diff.field')), h('th', { scope: 'col' }, say(lang, 'diff.before')), h('th', { scope: 'col' }, say(lang, 'diff.after')))),
    h('tbody', {}, changes.map((c) => h('tr', {}, h('th', { scope: 'row' }, h('code', {}, c.field)), h('td', {}, h('del', {}, c.before)), h('td', {}, h('ins', {}, c.after))))));
}

function impactView(a: CompiledEdition, b: CompiledEdition, input: DiffInput, ctx: ViewContext): Child {
  const { lang } = ctx;
  if (!input.descriptor) return h('p', { class: 'waiting' }, say(lang, 'diff.impactWaiting'));
  try {
    const result = impact(a, b, [input.descriptor], { lang, ...(input.asOf ? { asOf: input.asOf } : {}) });
    const decision = result.descriptors[0]!;
    const status = (s: string | null): string => (s === null ? say(lang, 'diff.absent') : say(lang, `status.${s as 'pass'}`));
    return [
      h('p', { class: 'impact-note' }, say(lang, 'diff.impactNote', { pack: a.pack, asOf: input.asOf || say(lang, 'diff.impactAsOfOwn') })),
      h('p', { class: `impact-decision ${decision.before !== decision.after ? 'changes' : ''}`, 'data-before': decision.before, 'data-after': decision.after },
        say(lang, 'diff.decisions', { from: a.edition, to: b.edition, before: say(lang, `decision.${decision.before}`), after: say(lang, `decision.${decision.after}`) })),
      result.changes.length === 0
        ? h('p', {}, say(lang, 'diff.impactNone'))
        : h('ul', { class: 'impact' }, result.changes.map((c) => h('li', { 'data-rule-id': c.ruleId },
          h('code', { class: 'rule-id' }, c.ruleId), ' ', pointerButton(c.pointer, ctx), ' ', `${status(c.before)} → ${status(c.after)}`))),
    ];
  } catch (error) {
    if (!(error instanceof KanmonError)) throw error;
    return h('div', { role: 'alert' }, h('p', {}, say(lang, 'diff.impactFailed')), h('ul', {}, error.diagnostics.map((d) => h('li', {}, d.message[lang]))));
  }
}

/** The classified changes between two editions of a pack, and what they do to the descriptor in the editor. */
export function renderDiff(container: HTMLElement, input: DiffInput, ctx: ViewContext): void {
  const { lang } = ctx;
  const find = (edition: string): CompiledEdition | undefined => input.editions.find((e) => e.pack === input.choice.pack && e.edition === edition);
  const a = find(input.choice.from);
  const b = find(input.choice.to);
  if (!a || !b) {
    fill(container);
    return;
  }
  const diff = diffEditions(a, b);
  const title = (ruleId: string): string => (b.rules.find((r) => r.id === ruleId) ?? a.rules.find((r) => r.id === ruleId))?.title[lang] ?? '';
  const ruleLine = (r: { ruleId: string; severity: string }): Child => [h('code', { class: 'rule-id' }, r.ruleId), ` ${say(lang, `severity.${r.severity as 'error'}`)} — ${title(r.ruleId)}`];
  fill(container,
    h('p', { class: 'diff-summary' }, `${diff.pack}: ${diff.from} → ${diff.to} · `,
      say(lang, 'diff.summary', { added: diff.added.length, removed: diff.removed.length, changed: diff.changed.length, unchanged: diff.unchanged.length })),
    a === b ? h('p', {}, say(lang, 'diff.same')) : null,
    diff.edition.length ? [h('h3', {}, say(lang, 'diff.edition')), fieldTable(diff.edition, lang)] : null,
    diff.added.length ? [h('h3', {}, say(lang, 'diff.added')), h('ul', { class: 'added' }, diff.added.map((r) => h('li', { 'data-rule-id': r.ruleId }, ruleLine(r))))] : null,
    diff.removed.length ? [h('h3', {}, say(lang, 'diff.removed')), h('ul', { class: 'removed' }, diff.removed.map((r) => h('li', { 'data-rule-id': r.ruleId }, ruleLine(r))))] : null,
    diff.changed.length ? [h('h3', {}, say(lang, 'diff.changed')), h('ul', { class: 'changed' }, diff.changed.map((c) => h('li', { 'data-rule-id': c.ruleId },
      h('p', {}, h('code', { class: 'rule-id' }, c.ruleId), ` ${title(c.ruleId)} `, c.classes.map((k) => h('span', { class: `badge class-${k}`, 'data-class': k }, say(lang, `class.${k}`)))),
      lazyDetails({}, say(lang, 'diff.fields', { count: c.changes.length }), false, () => fieldTable(c.changes, lang)))))] : null,
    h('h3', {}, say(lang, 'diff.impact')),
    impactView(a, b, input, ctx),
  );
}

import { PHASES, SEVERITIES, type Phase, type Severity } from '../shared/vocabulary.js';
import { fill, h } from './dom.js';
import type { PlaygroundState } from './state.js';
import { say } from './strings/index.js';

/** The options form, drawn from the state; every change goes to `change` as a partial state. */
export function renderOptions(form: HTMLElement, state: PlaygroundState, packs: ReadonlyMap<string, string[]>, change: (patch: Partial<PlaygroundState>) => void): void {
  const { lang } = state;
  const asOf = h('input', { type: 'date', id: 'opt-as-of', value: state.asOf, 'aria-describedby': 'opt-as-of-hint' });
  const phase = h('select', { id: 'opt-phase' },
    h('option', { value: '', selected: state.phase === '' }, say(lang, 'options.phaseAll')),
    PHASES.map((p) => h('option', { value: p, selected: state.phase === p }, `${say(lang, `phase.${p}`)} (${p})`)));
  const failOn = h('select', { id: 'opt-fail-on' }, SEVERITIES.map((s) => h('option', { value: s, selected: state.failOn === s }, say(lang, `severity.${s}`))));
  const retroactive = h('input', { type: 'checkbox', id: 'opt-retroactive', checked: state.retroactive });
  const rows = [...packs].map(([pack, editions]) => ({
    pack,
    use: h('input', { type: 'checkbox', id: `opt-pack-${pack}`, 'data-pack': pack, checked: state.packs.includes(pack) }),
    edition: h('select', { id: `opt-edition-${pack}`, 'data-pack': pack, 'aria-label': say(lang, 'options.edition', { pack }), disabled: !state.packs.includes(pack) },
      h('option', { value: '', selected: state.editions[pack] === undefined }, say(lang, 'options.inForce')),
      editions.map((e) => h('option', { value: e, selected: state.editions[pack] === e }, say(lang, 'options.pinned', { edition: e })))),
  }));

  // Every control reports the whole form, so no handler works from a state read before the last change.
  const read = (): Partial<PlaygroundState> => {
    for (const row of rows) row.edition.disabled = !row.use.checked;
    return {
      asOf: asOf.value, phase: phase.value as Phase | '', failOn: failOn.value as Severity, retroactive: retroactive.checked,
      packs: rows.filter((r) => r.use.checked).map((r) => r.pack),
      editions: Object.fromEntries(rows.filter((r) => r.use.checked && r.edition.value !== '').map((r) => [r.pack, r.edition.value])),
    };
  };
  for (const control of [asOf, phase, failOn, retroactive, ...rows.flatMap((r) => [r.use, r.edition])]) control.addEventListener('change', () => change(read()));
  const packRows = rows.map((r) => h('div', { class: 'pack-row' }, r.use, h('label', { for: r.use.id, title: say(lang, 'options.packUse', { pack: r.pack }) }, r.pack), r.edition));

  fill(form,
    h('div', { class: 'option' }, h('label', { for: asOf.id }, say(lang, 'options.asOf')), asOf, h('p', { class: 'hint', id: 'opt-as-of-hint' }, say(lang, 'options.asOfHint'))),
    h('div', { class: 'option' }, h('label', { for: phase.id }, say(lang, 'options.phase')), phase),
    h('div', { class: 'option' }, h('label', { for: failOn.id }, say(lang, 'options.failOn')), failOn),
    h('div', { class: 'option checkbox' }, retroactive, h('label', { for: retroactive.id }, say(lang, 'options.retroactive'))),
    h('fieldset', { class: 'packs' }, h('legend', {}, say(lang, 'options.packs')), packRows),
  );
}

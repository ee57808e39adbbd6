import { fill, h } from './dom.js';
import type { DiffChoice } from './state.js';
import { say } from './strings/index.js';
import type { Lang } from '../shared/messages.js';

/** The pack and the two editions the diff view compares; every change goes to `change`. */
export function renderDiffControls(form: HTMLElement, choice: DiffChoice, packs: ReadonlyMap<string, string[]>, lang: Lang, change: (choice: DiffChoice) => void): void {
  const editionsOf = (pack: string): string[] => packs.get(pack) ?? [];
  const select = (id: string, label: string, values: readonly string[], selected: string): [HTMLLabelElement, HTMLSelectElement] => [
    h('label', { for: id }, label),
    h('select', { id }, values.map((v) => h('option', { value: v, selected: v === selected }, v))),
  ];
  const [packLabel, pack] = select('diff-pack', say(lang, 'diff.pack'), [...packs.keys()], choice.pack);
  const [fromLabel, from] = select('diff-from', say(lang, 'diff.from'), editionsOf(choice.pack), choice.from);
  const [toLabel, to] = select('diff-to', say(lang, 'diff.to'), editionsOf(choice.pack), choice.to);
  pack.addEventListener('change', () => {
    // Another pack: its first two editions, the pair a reader most often compares first.
    const list = editionsOf(pack.value);
    change({ pack: pack.value, from: list[0] ?? '', to: list[1] ?? list[0] ?? '' });
  });
  for (const control of [from, to]) control.addEventListener('change', () => change({ pack: pack.value, from: from.value, to: to.value }));
  fill(form,
    h('div', { class: 'option' }, packLabel, pack),
    h('div', { class: 'option' }, fromLabel, from),
    h('div', { class: 'option' }, toLabel, to));
}

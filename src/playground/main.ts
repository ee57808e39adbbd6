import { EXAMPLES } from 'kanmon-playground:examples';
import { bundledEditions } from '../policy/bundled.js';
import type { Lang } from '../shared/messages.js';
import { check, type CheckOutcome } from './check.js';
import { renderDiffControls } from './diff-controls.js';
import { renderDiff } from './diff-view.js';
import { byId, fill, h } from './dom.js';
import { createEditor } from './editor.js';
import { renderGraph } from './graph-view.js';
import { renderOptions } from './options-view.js';
import { diagnosticList, renderNoReport, renderReport, type ViewContext } from './report-view.js';
import { decodeFragment, encodeFragment } from './share.js';
import { defaultState, packEditions, restoreState, type PlaygroundState } from './state.js';
import { say, type UiMessageId } from './strings/index.js';
import { setUpTabs } from './tabs.js';

// The page's wiring: one state (what a link reproduces), and every change to it re-checks the text
// and redraws what is on screen. Typing is debounced; everything else applies at once.

const TYPING_PAUSE_MS = 250;

const editions = bundledEditions();
const packs = packEditions(editions);
const allPacks = [...packs.keys()];
const initialLang: Lang = navigator.language.toLowerCase().startsWith('ja') ? 'ja' : 'en';
let state: PlaygroundState = defaultState(EXAMPLES[0], initialLang, packs);
let outcome: CheckOutcome | undefined;

const editor = createEditor(byId('descriptor'), byId('gutter'), byId('marks'), (text) => {
  state.text = text;
  state.example = '';
  drawExamples();
  scheduleCheck();
});
const exampleSelect = byId<HTMLSelectElement>('example');
const tabs = setUpTabs(byId('tabs'), (view) => {
  state.view = view;
  drawView();
});

const context = (): ViewContext => {
  const source = outcome && outcome.kind !== 'invalid' ? outcome.source : undefined;
  return {
    lang: state.lang,
    lineOf: (pointer) => source?.locate(pointer).line ?? 1,
    goTo: (pointer) => {
      const at = source?.locate(pointer) ?? { line: 1, column: 1 };
      editor.goTo(at.line, at.column);
    },
  };
};

function drawExamples(): void {
  // A link may name an example this build does not have: its text is then the user's own.
  if (!EXAMPLES.some((e) => e.file === state.example)) state.example = '';
  const own = state.example === '' ? [h('option', { value: '', selected: true }, say(state.lang, 'examples.own'))] : [];
  fill(exampleSelect, own, EXAMPLES.map((e) => h('option', { value: e.file, selected: e.file === state.example }, e.file)));
}

/** Put the page's own words in the chosen language, and tell the browser (and screen readers) which it is. */
function drawLanguage(): void {
  document.documentElement.lang = state.lang;
  document.title = say(state.lang, 'app.title');
  for (const element of Array.from(document.querySelectorAll<HTMLElement>('[data-ui]'))) element.textContent = say(state.lang, element.dataset.ui as UiMessageId);
  byId<HTMLSelectElement>('lang').value = state.lang;
}

function drawProblems(): void {
  const status = byId('problems-status');
  const list = byId('problems-list');
  const diagnostics = outcome?.kind === 'report' || outcome === undefined ? [] : outcome.diagnostics;
  editor.mark(diagnostics.filter((d) => d.line !== undefined).map((d) => ({ line: d.line!, title: d.message[state.lang] })));
  status.textContent = outcome?.kind === 'invalid' ? say(state.lang, 'problems.count', { count: diagnostics.length }) : say(state.lang, 'problems.none');
  status.dataset.state = outcome?.kind === 'invalid' ? 'invalid' : 'valid';
  if (outcome?.kind === 'invalid') fill(list, diagnosticList(diagnostics, context(), (line, column) => editor.goTo(line, column)));
  else fill(list);
}

function drawView(): void {
  tabs.select(state.view);
  const ctx = context();
  const valid = outcome && outcome.kind !== 'invalid' ? outcome : undefined;
  if (state.view === 'report') {
    const panel = byId('panel-report');
    // With no pack chosen nothing is checked: an "allowed" would be a verdict on nothing.
    if (state.packs.length === 0) fill(panel, h('p', { class: 'waiting', role: 'alert' }, say(state.lang, 'report.noPacks')));
    else if (outcome?.kind === 'report') renderReport(panel, outcome.report, outcome.ms, ctx);
    else renderNoReport(panel, ctx, outcome?.kind === 'failed' ? outcome.diagnostics : undefined, (line, column) => editor.goTo(line, column));
  } else if (state.view === 'graph') {
    renderGraph(byId('panel-graph'), valid?.descriptor, outcome?.kind === 'report' ? outcome.report : undefined, ctx);
  } else {
    renderDiffControls(byId('diff-controls'), state.diff, packs, state.lang, (choice) => {
      state.diff = choice;
      drawView();
    });
    renderDiff(byId('diff-body'), { editions, choice: state.diff, descriptor: valid?.descriptor, asOf: state.asOf }, ctx);
  }
}

function drawOptions(): void {
  renderOptions(byId('options'), state, packs, (patch) => {
    state = { ...state, ...patch };
    run();
  });
}

/** Check the text with the options and redraw; the decision is announced when it changes. */
function run(): void {
  const before = outcome?.kind === 'report' && state.packs.length ? outcome.report.decision : undefined;
  outcome = check(state, allPacks);
  drawProblems();
  drawView();
  const after = outcome.kind === 'report' && state.packs.length ? outcome.report.decision : undefined;
  if (after && after !== before) byId('announce').textContent = say(state.lang, `decision.${after}`);
}

let pending: ReturnType<typeof setTimeout> | undefined;
function scheduleCheck(): void {
  clearTimeout(pending);
  pending = setTimeout(run, TYPING_PAUSE_MS);
}

/** Draw everything from the state: after loading, a link, or a change of language. */
function drawAll(): void {
  drawLanguage();
  drawExamples();
  drawOptions();
  run();
}

/** The state a fragment carries, or undefined (and a note on screen) when it cannot be read. */
async function fromFragment(): Promise<PlaygroundState | undefined> {
  if (location.hash.length <= 1) return undefined;
  const value = await decodeFragment(location.hash);
  if (value === undefined) {
    byId('share-status').textContent = say(state.lang, 'share.unreadable');
    return undefined;
  }
  return restoreState(value, defaultState(EXAMPLES[0], initialLang, packs), packs);
}

async function share(): Promise<void> {
  const fragment = await encodeFragment(state);
  history.replaceState(null, '', `#${fragment}`);
  const link = location.href;
  const status = byId('share-status');
  const field = h('input', { type: 'text', id: 'share-link', readonly: true, value: link, 'aria-label': say(state.lang, 'share.manual') });
  try {
    await navigator.clipboard.writeText(link);
    fill(status, say(state.lang, 'share.copied'), ' ', field);
  } catch {
    // No clipboard (an insecure origin, a denied permission): the link is there to copy by hand.
    fill(status, say(state.lang, 'share.manual'), ' ', field);
    field.select();
  }
}

exampleSelect.addEventListener('change', () => {
  const example = EXAMPLES.find((e) => e.file === exampleSelect.value);
  if (!example) return;
  state = { ...state, text: example.text, example: example.file };
  editor.setText(example.text);
  drawExamples();
  run();
});
byId<HTMLSelectElement>('lang').addEventListener('change', (event) => {
  state.lang = (event.target as HTMLSelectElement).value === 'ja' ? 'ja' : 'en';
  drawAll();
});
byId('share').addEventListener('click', () => void share());
// The forms only group controls: Enter in a field must not submit them and reload the page.
for (const form of ['options', 'diff-controls']) byId(form).addEventListener('submit', (event) => event.preventDefault());
window.addEventListener('hashchange', () => void fromFragment().then((restored) => {
  if (!restored) return;
  state = restored;
  editor.setText(state.text);
  drawAll();
}));

state = (await fromFragment()) ?? state;
editor.setText(state.text);
drawAll();
document.body.dataset.ready = 'yes';

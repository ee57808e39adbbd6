import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Evidence, Finding, Report, SourceInfo } from '../report/types.js';
import { citationText } from '../shared/citation.js';
import { formatValue, type Lang } from '../shared/messages.js';
import { blocks } from '../shared/vocabulary.js';
import { button, fill, h, type Child } from './dom.js';
import { groupFindings } from './report-groups.js';
import { say } from './strings/index.js';

/** What the views need from the page: the language and a way to show a place in the descriptor. */
export interface ViewContext {
  lang: Lang;
  /** Move the editor to the node at this pointer. */
  goTo(pointer: string): void;
  /** The line of the node at this pointer. */
  lineOf(pointer: string): number;
}

/** A <details> whose body is built only when first opened: a report has hundreds of passing findings. */
export function lazyDetails(attributes: Readonly<Record<string, string>>, summary: Child, open: boolean, body: () => Child): HTMLDetailsElement {
  const details = h('details', { ...attributes, open }, h('summary', {}, summary));
  let built = false;
  const build = (): void => {
    if (built) return;
    built = true;
    details.append(h('div', { class: 'details-body' }, body()));
  };
  if (open) build();
  else details.addEventListener('toggle', () => details.open && build());
  return details;
}

/** A button naming a place in the descriptor that moves the editor there. */
export function pointerButton(pointer: string, ctx: ViewContext, line = ctx.lineOf(pointer)): HTMLButtonElement {
  return button(
    { class: 'pointer', 'aria-label': say(ctx.lang, 'finding.goToLabel', { line, pointer: pointer || '/' }), 'data-pointer': pointer },
    [say(ctx.lang, 'finding.goTo', { line }), ' ', h('code', {}, pointer || '/')],
    () => ctx.goTo(pointer),
  );
}

/** A document cited by a rule: title, issuer, date and section, linked when the bibliography has an address. */
function citation(source: SourceInfo, section: string, lang: Lang): Child {
  const text = citationText(source, section, lang);
  return source.url && /^https?:\/\//.test(source.url) ? h('a', { href: source.url, rel: 'noopener noreferrer', target: '_blank' }, text) : text;
}

function evidenceTable(evidence: readonly Evidence[], lang: Lang): HTMLTableElement {
  const value = (v: unknown): string => (v === undefined ? say(lang, 'evidence.absent') : formatValue(v));
  const head = (['evidence.role', 'evidence.path', 'evidence.operator', 'evidence.expected', 'evidence.actual', 'evidence.result'] as const)
    .map((id) => h('th', { scope: 'col' }, say(lang, id)));
  return h('table', { class: 'evidence' },
    h('thead', {}, h('tr', {}, head)),
    h('tbody', {}, evidence.map((e) => h('tr', { class: `result-${e.result}` },
      h('td', {}, e.role),
      h('td', {}, h('code', {}, e.path)),
      h('td', {}, h('code', {}, e.operator)),
      h('td', {}, h('code', {}, e.expectedFrom ? `${e.expectedFrom.path}${e.expectedFrom.times !== undefined ? ` × ${e.expectedFrom.times}` : ''}` : value(e.expected))),
      h('td', {}, h('code', {}, value(e.actual))),
      h('td', {}, say(lang, `evidence.${e.result}`)),
    ))));
}

function judgedBy(f: Finding, lang: Lang): string {
  const j = f.judgedBy;
  if (j.by === 'act-date' && j.date === undefined) return say(lang, 'finding.judged.act-undated', { pointer: j.pointer ?? '' });
  return say(lang, `finding.judged.${j.by}`, { edition: `${f.pack}@${f.edition}`, date: j.date ?? '', pointer: j.pointer ?? '' });
}

/** One finding: title, place, message, fix, why, source, and the evidence folded. */
export function findingView(f: Finding, ctx: ViewContext): HTMLElement {
  const { lang } = ctx;
  const waiver = f.waiver
    ? h('p', { class: 'waiver' }, say(lang, f.waiver.state === 'applied' ? 'finding.waiverApplied' : 'finding.waiverExpired', { ...f.waiver }))
    : null;
  return h('article', { class: `finding status-${f.status} severity-${f.severity}`, 'data-rule-id': f.ruleId, 'data-status': f.status, 'data-pointer': f.pointer },
    h('h4', {}, h('span', { class: `badge status-${f.status}` }, say(lang, `status.${f.status}`)), ' ', h('code', { class: 'rule-id' }, f.ruleId), ' ', f.title),
    h('p', { class: 'where' }, pointerButton(f.pointer, ctx, f.line ?? ctx.lineOf(f.pointer)), ' ', h('span', { class: 'judged' }, judgedBy(f, lang))),
    h('p', { class: 'message' }, f.message),
    f.remediation && (f.status === 'fail' || f.status === 'missing') ? h('p', { class: 'remediation' }, h('strong', {}, say(lang, 'finding.fix')), ' ', f.remediation) : null,
    f.reason ? h('p', { class: 'reason' }, h('strong', {}, say(lang, 'finding.why')), ' ', f.reason) : null,
    f.exemptedBy ? h('p', { class: 'exempted' }, say(lang, 'finding.exemptedBy', { ruleId: f.exemptedBy })) : null,
    waiver,
    h('p', { class: 'source' }, h('strong', {}, say(lang, 'finding.source')), ' ', citation(f.source, f.section, lang),
      h('span', { class: 'basis' }, ` (${say(lang, 'finding.basis', { basis: say(lang, `basis.${f.basis}`) })})`)),
    f.seeAlso?.length
      ? h('div', { class: 'see-also' }, h('strong', {}, say(lang, 'finding.seeAlso')), h('ul', {}, f.seeAlso.map((s) => h('li', {}, citation(s.source, s.section, lang)))))
      : null,
    f.evidence.length ? lazyDetails({ class: 'evidence-details' }, say(lang, 'evidence.summary', { count: f.evidence.length }), false, () => evidenceTable(f.evidence, lang)) : null,
  );
}

/** A list of diagnostics, each with its place as a button when the place is known. */
export function diagnosticList(diagnostics: readonly Diagnostic[], ctx: ViewContext, goToLine: (line: number, column: number) => void): HTMLUListElement {
  return h('ul', { class: 'diagnostics' }, diagnostics.map((d) => h('li', { class: `diagnostic ${d.severity}`, 'data-code': d.code, 'data-line': d.line },
    d.line !== undefined
      ? button({ class: 'pointer', 'data-pointer': d.pointer }, say(ctx.lang, 'problems.at', { line: d.line, column: d.column ?? 1 }), () => goToLine(d.line!, d.column ?? 1))
      : h('span', { class: 'place' }, say(ctx.lang, 'problems.nowhere')),
    ' ', d.message[ctx.lang],
    d.pointer ? [' ', h('code', {}, d.pointer || '/')] : null,
  )));
}

function decisionView(report: Report, ms: number, lang: Lang): HTMLElement {
  const blocking = report.findings.filter((f) => blocks(f.status, f.severity, report.failOn)).length;
  const failOn = say(lang, `severity.${report.failOn}`);
  const asOf = say(lang, `report.asOf.${report.asOfSource}`, { date: report.asOf });
  const phase = report.phase ? ` · ${say(lang, 'report.phase', { phase: say(lang, `phase.${report.phase}`) })}` : '';
  return h('section', { class: `decision ${report.decision}`, 'data-decision': report.decision, 'aria-labelledby': 'decision-heading' },
    h('h3', { id: 'decision-heading' }, say(lang, `decision.${report.decision}`)),
    h('p', { class: 'why' }, report.decision === 'deny' ? say(lang, 'decision.denyWhy', { count: blocking, failOn }) : say(lang, 'decision.allowWhy', { failOn })),
    h('p', { class: 'meta' }, `${asOf}${phase} · `, say(lang, 'report.counts', { ...report.summary }), ' · ',
      h('span', { class: 'timing', 'data-ms': ms.toFixed(1) }, say(lang, 'report.time', { ms: Math.round(ms) }))),
  );
}

function editionsView(report: Report, lang: Lang): HTMLElement {
  const line = (p: Report['packs'][number]): Child => {
    if (p.edition === null) return say(lang, 'report.editionNone', { pack: p.pack });
    const flags = [p.pinned ? say(lang, 'report.editionPinned') : '', p.applicable === false ? say(lang, 'report.editionNotApplicable') : ''].filter(Boolean);
    return [h('code', {}, `${p.pack}@${p.edition}`), ` ${p.title ?? ''}`, flags.length ? ` (${flags.join(', ')})` : '', p.reason ? ` — ${p.reason}` : ''];
  };
  return lazyDetails({ class: 'editions' }, say(lang, 'report.editions', { count: report.packs.length }), false, () => h('ul', {}, report.packs.map((p) => h('li', {}, line(p)))));
}

/** The report: the decision first, then the findings grouped by severity and status. */
export function renderReport(container: HTMLElement, report: Report, ms: number, ctx: ViewContext): void {
  const { lang } = ctx;
  const extras: Child[] = [];
  if (report.warnings.length) extras.push(h('section', { class: 'warnings' }, h('h3', {}, say(lang, 'report.warnings')), h('ul', {}, report.warnings.map((w) => h('li', {}, w.message[lang])))));
  if (report.notes.length) extras.push(h('section', { class: 'notes' }, h('h3', {}, say(lang, 'report.notes')), h('ul', {}, report.notes.map((n) => h('li', {}, n)))));
  if (report.waivers.length) {
    extras.push(h('section', { class: 'waivers' }, h('h3', {}, say(lang, 'report.waivers')),
      h('ul', {}, report.waivers.map((w) => h('li', {}, pointerButton(w.pointer, ctx), ' ', h('code', {}, w.ruleId), ` ${w.note}`)))));
  }
  const groups = groupFindings(report.findings);
  fill(container,
    decisionView(report, ms, lang),
    editionsView(report, lang),
    extras,
    groups.length === 0 ? h('p', {}, say(lang, 'report.none')) : null,
    groups.map((g) => lazyDetails(
      { class: `group status-${g.status} severity-${g.severity}`, 'data-severity': g.severity, 'data-status': g.status },
      h('h3', {}, say(lang, 'report.group', { severity: say(lang, `severity.${g.severity}`), status: say(lang, `status.${g.status}`), count: g.findings.length })),
      g.attention,
      () => g.findings.map((f) => findingView(f, ctx)),
    )),
  );
}

/** Where the report goes when there is none: a reason, or the problems evaluate() raised. */
export function renderNoReport(container: HTMLElement, ctx: ViewContext, diagnostics?: readonly Diagnostic[], goToLine?: (line: number, column: number) => void): void {
  if (!diagnostics) {
    fill(container, h('p', { class: 'waiting' }, say(ctx.lang, 'report.waiting')));
    return;
  }
  fill(container, h('div', { class: 'failed', role: 'alert' }, h('p', {}, say(ctx.lang, 'report.failed')), diagnosticList(diagnostics, ctx, goToLine ?? (() => undefined))));
}

import type { KanmonDescriptor } from '../descriptor/types.generated.js';
import type { Finding, Status, WaiverUse } from '../report/types.js';
import type { Lang } from '../shared/messages.js';
import { STATUS_TEXT } from './status-messages.js';
import { fillNamed as interpolate } from './templates.js';

type Waiver = NonNullable<KanmonDescriptor['waivers']>[number];

/** What a waiver did to one finding: waived it (applied) or, out of date, only annotated it (expired). */
export interface WaiverMark {
  /** Index of the waiver in the descriptor's waivers. */
  index: number;
  state: 'applied' | 'expired';
}

/** What waivers read of a finding, and where they leave their mark. */
export interface Waivable {
  readonly ruleId: string;
  readonly pointer: string;
  status: Status;
  waiver?: WaiverMark;
}

const covers = (waiver: Waiver, finding: Waivable): boolean =>
  finding.pointer === waiver.pointer || finding.pointer.startsWith(`${waiver.pointer}/`);

/**
 * Apply waivers to failing and missing findings. A live waiver (asOf on or before its expiry,
 * both calendar dates in Japan time) turns them into `waived`; an expired one leaves them failing
 * and says so; a waiver that matched nothing is reported as unused. Marks the findings; the words
 * are added when a finding is written (writeWaiver).
 */
export function applyWaivers(findings: readonly Waivable[], waivers: readonly Waiver[], asOf: string, lang: Lang): WaiverUse[] {
  if (waivers.length === 0) return [];
  const applied = new Array<number>(waivers.length).fill(0);
  const expired = new Array<number>(waivers.length).fill(0);
  const byRule = new Map<string, { w: Waiver; i: number }[]>();
  waivers.forEach((w, i) => { const list = byRule.get(w.ruleId); if (list) list.push({ w, i }); else byRule.set(w.ruleId, [{ w, i }]); });
  for (const finding of findings) {
    if (finding.status !== 'fail' && finding.status !== 'missing') continue;
    const candidates = byRule.get(finding.ruleId);
    if (!candidates) continue;
    const matching = candidates.filter(({ w }) => covers(w, finding));
    const live = matching.find(({ w }) => asOf <= w.expires);
    if (live) {
      applied[live.i]!++;
      finding.status = 'waived';
      finding.waiver = { index: live.i, state: 'applied' };
      continue;
    }
    const dead = matching[0];
    if (!dead) continue;
    expired[dead.i]!++;
    finding.waiver = { index: dead.i, state: 'expired' };
  }
  return waivers.map((w, i): WaiverUse => {
    const state = applied[i]! > 0 ? 'applied' : expired[i]! > 0 ? 'expired' : 'unused';
    const note = state === 'applied'
      ? interpolate(STATUS_TEXT.waiverApplied[lang], { count: applied[i] })
      : state === 'expired' ? interpolate(STATUS_TEXT.waiverExpiredNote[lang], { expires: w.expires }) : STATUS_TEXT.waiverUnused[lang];
    return { pointer: `/waivers/${i}`, ruleId: w.ruleId, ...(w.pointer !== undefined ? { target: w.pointer } : {}), expires: w.expires, state, note };
  });
}

/** Write a waiver's mark into a finding as it was judged: the status, a note after the message, and the waiver. */
export function writeWaiver(finding: Finding, mark: WaiverMark, waivers: readonly Waiver[], lang: Lang): void {
  const w = waivers[mark.index]!;
  const note = mark.state === 'applied'
    ? interpolate(STATUS_TEXT.waived[lang], { justification: w.justification, approver: w.approver, expires: w.expires })
    : interpolate(STATUS_TEXT.waiverExpired[lang], { waiver: `/waivers/${mark.index}`, expires: w.expires });
  if (mark.state === 'applied') finding.status = 'waived';
  finding.message = `${finding.message} ${note}`;
  finding.waiver = { pointer: `/waivers/${mark.index}`, state: mark.state, expires: w.expires, approver: w.approver, justification: w.justification };
}

import type { KanmonDescriptor } from '../descriptor/types.generated.js';
import type { Finding, WaiverUse } from '../report/types.js';
import type { Lang } from '../shared/messages.js';
import { STATUS_TEXT } from './status-messages.js';
import { fillNamed as interpolate } from './templates.js';

type Waiver = NonNullable<KanmonDescriptor['waivers']>[number];

const covers = (waiver: Waiver, finding: Finding): boolean =>
  finding.pointer === waiver.pointer || finding.pointer.startsWith(`${waiver.pointer}/`);

/**
 * Apply waivers to failing and missing findings. A live waiver (asOf on or before its expiry,
 * both calendar dates in Japan time) turns them into `waived`; an expired one leaves them failing
 * and says so; a waiver that matched nothing is reported as unused.
 */
export function applyWaivers(findings: readonly Finding[], waivers: readonly Waiver[], asOf: string, lang: Lang): { findings: Finding[]; uses: WaiverUse[] } {
  const applied = new Array<number>(waivers.length).fill(0);
  const expired = new Array<number>(waivers.length).fill(0);
  const byRule = new Map<string, { w: Waiver; i: number }[]>();
  waivers.forEach((w, i) => { const list = byRule.get(w.ruleId); if (list) list.push({ w, i }); else byRule.set(w.ruleId, [{ w, i }]); });
  const result = findings.map((finding) => {
    if (finding.status !== 'fail' && finding.status !== 'missing') return finding;
    const candidates = byRule.get(finding.ruleId);
    if (!candidates) return finding;
    const matching = candidates.filter(({ w }) => covers(w, finding));
    const live = matching.find(({ w }) => asOf <= w.expires);
    if (live) {
      applied[live.i]!++;
      const note = interpolate(STATUS_TEXT.waived[lang], { justification: live.w.justification, approver: live.w.approver, expires: live.w.expires });
      return {
        ...finding, status: 'waived' as const, message: `${finding.message} ${note}`,
        waiver: { pointer: `/waivers/${live.i}`, state: 'applied' as const, expires: live.w.expires, approver: live.w.approver, justification: live.w.justification },
      };
    }
    const dead = matching[0];
    if (!dead) return finding;
    expired[dead.i]!++;
    const note = interpolate(STATUS_TEXT.waiverExpired[lang], { waiver: `/waivers/${dead.i}`, expires: dead.w.expires });
    return {
      ...finding, message: `${finding.message} ${note}`,
      waiver: { pointer: `/waivers/${dead.i}`, state: 'expired' as const, expires: dead.w.expires, approver: dead.w.approver, justification: dead.w.justification },
    };
  });
  const uses = waivers.map((w, i): WaiverUse => {
    const state = applied[i]! > 0 ? 'applied' : expired[i]! > 0 ? 'expired' : 'unused';
    const note = state === 'applied'
      ? interpolate(STATUS_TEXT.waiverApplied[lang], { count: applied[i] })
      : state === 'expired' ? interpolate(STATUS_TEXT.waiverExpiredNote[lang], { expires: w.expires }) : STATUS_TEXT.waiverUnused[lang];
    return { pointer: `/waivers/${i}`, ruleId: w.ruleId, ...(w.pointer !== undefined ? { target: w.pointer } : {}), expires: w.expires, state, note };
  });
  return { findings: result, uses };
}

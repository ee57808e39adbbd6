import type { Lang } from '../../shared/messages.js';
import { severityRank } from '../../shared/vocabulary.js';
import type { Finding, Status } from '../types.js';

/** Status labels shown to people, by language (fail = 不適合, missing = 情報不足 …). */
export const STATUS_LABEL: Record<Lang, Record<Status, string>> = {
  ja: { pass: '適合', fail: '不適合', missing: '情報不足', not_applicable: '対象外', waived: '適用除外' },
  en: { pass: 'pass', fail: 'fail', missing: 'missing', not_applicable: 'n/a', waived: 'waived' },
};

/** Severity labels: error = 指摘 (指摘事項, must fix), warning = 意見, info = 参考. */
export const SEVERITY_LABEL: Record<Lang, Record<Finding['severity'], string>> = {
  ja: { error: '指摘', warning: '意見', info: '参考' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

/** How firm a source is, as people read it. */
export const BASIS_LABEL: Record<Lang, Record<Finding['basis'], string>> = {
  ja: { primary: '一次資料', audit: '監査の指摘・意見', study: '調査研究', secondary: '二次資料', unverified: '未確認' },
  en: { primary: 'primary text', audit: 'audit finding', study: 'study', secondary: 'secondary account', unverified: 'unverified' },
};

const STATUS_RANK: Record<Status, number> = { fail: 0, missing: 1, waived: 2, not_applicable: 3, pass: 4 };

/** The findings a person should see (all with verbose), must-fix first: severity, status, then file position. */
export function findingsForPeople(findings: readonly Finding[], verbose: boolean | undefined): Finding[] {
  return findings
    .filter((f) => verbose || f.status === 'fail' || f.status === 'missing' || f.status === 'waived' || f.exemptedBy)
    .map((f, i) => ({ f, i }))
    .sort((a, b) => severityRank(b.f.severity) - severityRank(a.f.severity) || STATUS_RANK[a.f.status] - STATUS_RANK[b.f.status]
      || (a.f.line ?? 0) - (b.f.line ?? 0) || a.i - b.i)
    .map(({ f }) => f);
}

/** Which edition judged a finding and why, when it is not simply the edition in force at as-of. */
export function judgedByText(f: Finding, lang: Lang): string {
  const j = f.judgedBy;
  const ja = lang === 'ja';
  switch (j.by) {
    case 'act-date':
      return j.date !== undefined
        ? (ja ? `判断した版: ${f.edition}（行為の日付 ${j.date}（${j.pointer ?? ''}）に有効な版）` : `judged by edition ${f.edition}, in force on the act's date ${j.date} (${j.pointer ?? ''})`)
        : (ja ? `行為の日付（${j.pointer ?? ''}）が記載されていないため、判断する版を決められません` : `the act's date (${j.pointer ?? ''}) is not stated, so no edition could be chosen`);
    case 'retroactive':
      return ja ? `判断した版: ${f.edition}（--retroactive: 全ての行為を基準日 ${j.date ?? ''} の版で判断）` : `judged by edition ${f.edition} (--retroactive: every act by the editions at as-of, ${j.date ?? ''})`;
    case 'pinned':
      return ja ? `判断した版: ${f.edition}（版指定）` : `judged by edition ${f.edition} (pinned)`;
    default:
      return ja ? `判断した版: ${f.edition}（基準日 ${j.date ?? ''}）` : `judged by edition ${f.edition} (as of ${j.date ?? ''})`;
  }
}

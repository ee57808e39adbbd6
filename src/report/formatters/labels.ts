import type { Lang } from '../../shared/messages.js';
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

import type { en } from './en.js';

// Every user-facing sentence of kanmon in Japanese, keyed by the same ids as en.ts.
export const ja: Record<keyof typeof en, string> = {
  'internal-error': '内部エラー: {detail}。お手数ですが報告してください（詳細は KANMON_DEBUG=1 で表示）。',
};

import { en } from '../diagnostics/catalogue/en.js';
import { ja } from '../diagnostics/catalogue/ja.js';
import type { Bilingual } from '../shared/messages.js';

// What kanmon says about a status (rule authors write only the failure message), from the message
// catalogues: the templates are filled per finding by fillNamed, which splits each template once.
const KEYS = [
  'pass',
  'missing',
  'missingRemedy',
  'actDateMissing',
  'actDateRemedy',
  'actBeforePack',
  'actRuleAbsent',
  'actNotDone',
  'exemptionUnknown',
  'whenFalse',
  'whenMissing',
  'packNotApplicable',
  'noList',
  'noListRemedy',
  'noItems',
  'ruleNotInForce',
  'exempted',
  'waived',
  'waiverExpired',
  'waiverApplied',
  'waiverExpiredNote',
  'waiverUnused',
  'packNotInForce',
] as const;

type StatusKey = (typeof KEYS)[number];

/** The status templates in both languages, by name (catalogue ids `status.<name>`). */
export const STATUS_TEXT: Readonly<Record<StatusKey, Bilingual>> = Object.fromEntries(
  KEYS.map((key) => [key, { ja: ja[`status.${key}`], en: en[`status.${key}`] }]),
) as Record<StatusKey, Bilingual>;

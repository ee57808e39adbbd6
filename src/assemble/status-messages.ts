import type { Bilingual } from '../shared/messages.js';

// Templates for what kanmon says about a status; rule authors write only the failure message.
export const STATUS_TEXT = {
  pass: { ja: '{title}：適合しています。', en: '{title}: satisfied.' },
  missing: { ja: '{title}：判断に必要な情報が記述子にありません（{pointers}）。', en: '{title}: the descriptor does not show what this rule needs ({pointers}).' },
  whenFalse: { ja: 'このプロジェクトには適用されません（適用条件に該当しない）。', en: 'Does not apply to this project (its applicability condition does not hold).' },
  whenMissing: { ja: '適用されるか判断できません。必要な情報: {pointers}', en: 'Cannot tell whether the rule applies; the descriptor does not show: {pointers}' },
  packNotApplicable: { ja: 'パック {pack}（{edition} 版）はこの組織に適用されません。{note}', en: 'Pack {pack} (edition {edition}) does not apply to this organisation. {note}' },
  noList: { ja: '{title}：記述子に {pointer} がありません。該当がなければ空の配列 [] を書いてください。', en: '{title}: the descriptor has no {pointer}. If there are none, write an empty list [].' },
  noItems: { ja: '対象となる項目がありません（{path}）。', en: 'There are no items to check ({path}).' },
  exempted: { ja: '{exemptId}（{exemptTitle}）により適用除外です。', en: 'Exempted by {exemptId} ({exemptTitle}).' },
  waived: { ja: '［適用除外中: {justification}（承認: {approver}、期限 {expires}）］', en: '[waived: {justification} (approved by {approver}, until {expires})]' },
  waiverExpired: { ja: '［適用除外 {waiver} は {expires} に期限切れのため無効です。更新するか指摘に対応してください］', en: '[waiver {waiver} expired on {expires} and no longer applies; renew it or fix the finding]' },
  waiverApplied: { ja: '{count} 件の指摘に適用しました。', en: 'Applied to {count} finding(s).' },
  waiverExpiredNote: { ja: '期限切れ（{expires}）: 該当する指摘は不合格のままです。', en: 'Expired on {expires}: the findings it covered stay failing.' },
  waiverUnused: { ja: '該当する不合格の指摘がありません。不要なら削除してください。', en: 'No failing finding matched it; remove it if it is no longer needed.' },
  packNotInForce: { ja: 'パック {pack} には {asOf} 時点で有効な版がありません。', en: 'Pack {pack} has no edition in force on {asOf}.' },
  pinMissing: { ja: 'パック {pack} に指定された版 {edition} がありません。', en: 'Pack {pack} has no edition {edition}.' },
} satisfies Record<string, Bilingual>;

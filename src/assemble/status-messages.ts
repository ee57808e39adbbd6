import type { Bilingual } from '../shared/messages.js';

// Templates for what kanmon says about a status; rule authors write only the failure message.
export const STATUS_TEXT = {
  pass: { ja: '{title}：適合しています。', en: '{title}: satisfied.' },
  missing: { ja: '{title}：判断に必要な記載が記述子にありません（{pointers}）。', en: '{title}: not shown — the descriptor does not state {pointers}.' },
  missingRemedy: { ja: '{pointers} を記述子に記載してください。該当するものがない場合は、ないことを明示してください（null、false、[] など。docs/descriptor.md を参照）。', en: 'State {pointers} in the descriptor. Where there is none, say so explicitly (null, false or [] — see docs/descriptor.md).' },
  actDateMissing: { ja: '{title}：この行為の日付（{pointer}）が記載されていないため、どの版で判断するか決められません。', en: '{title}: the date of this act ({pointer}) is not stated, so the edition that judges it cannot be chosen.' },
  actDateRemedy: { ja: '{pointer} に日付（YYYY-MM-DD）を記載してください。', en: 'State the date at {pointer} (YYYY-MM-DD).' },
  actBeforePack: { ja: 'この行為（{date}）は {pack} の最初の版（{first}、{from} 施行）より前のものです。', en: 'This act ({date}) predates the first edition of {pack} ({first}, in force from {from}).' },
  actRuleAbsent: { ja: 'この行為（{date}）はその日に有効だった {edition} 版で判断しますが、同版にはこのルールがありません。', en: 'This act ({date}) is judged by edition {edition}, in force on that day, which has no such rule.' },
  exemptionUnknown: { ja: '{title}：{exemptId}（{exemptTitle}）による適用除外に当たるか判断できません（必要な記載: {pointers}）。', en: '{title}: whether {exemptId} ({exemptTitle}) exempts this cannot be told; the descriptor does not state {pointers}.' },
  whenFalse: { ja: 'このプロジェクトには適用されません（適用条件に該当しない）。', en: 'Does not apply to this project (its applicability condition does not hold).' },
  whenMissing: { ja: '適用されるか判断できません。必要な情報: {pointers}', en: 'Cannot tell whether the rule applies; the descriptor does not show: {pointers}' },
  packNotApplicable: { ja: 'パック {pack}（{edition} 版）はこの組織に適用されません。{note}', en: 'Pack {pack} (edition {edition}) does not apply to this organisation. {note}' },
  noList: { ja: '{title}：記述子に {pointer} がありません。記載してください。該当がなければ空の配列 [] を書いてください。', en: '{title}: the descriptor has no {pointer}. State it; if there are none, write an empty list [].' },
  noItems: { ja: '対象となる項目がありません（{path}）。', en: 'There are no items to check ({path}).' },
  ruleNotInForce: { ja: 'このルールは {from} から {until} まで適用されるもので、{date} は対象外です。', en: 'This rule is in force from {from} until {until}; {date} is outside that.' },
  exempted: { ja: '{exemptId}（{exemptTitle}）により適用除外です。', en: 'Exempted by {exemptId} ({exemptTitle}).' },
  waived: { ja: '［適用除外中: {justification}（承認: {approver}、期限 {expires}）］', en: '[waived: {justification} (approved by {approver}, until {expires})]' },
  waiverExpired: { ja: '［適用除外 {waiver} は {expires} に期限切れのため無効です。更新するか指摘に対応してください］', en: '[waiver {waiver} expired on {expires} and no longer applies; renew it or fix the finding]' },
  waiverApplied: { ja: '{count} 件の指摘に適用しました。', en: 'Applied to {count} finding(s).' },
  waiverExpiredNote: { ja: '期限切れ（{expires}）: 該当する指摘は不合格のままです。', en: 'Expired on {expires}: the findings it covered stay failing.' },
  waiverUnused: { ja: '該当する不合格の指摘がありません。不要なら削除してください。', en: 'No failing finding matched it; remove it if it is no longer needed.' },
  packNotInForce: { ja: 'パック {pack} には {asOf} 時点で有効な版がありません。', en: 'Pack {pack} has no edition in force on {asOf}.' },
  pinMissing: { ja: 'パック {pack} に指定された版 {edition} がありません。', en: 'Pack {pack} has no edition {edition}.' },
} satisfies Record<string, Bilingual>;

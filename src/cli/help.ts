import type { Lang } from '../shared/messages.js';

const HELP: Record<Lang, string> = {
  en: `kanmon — check Japanese government IT project descriptors against policy packs

Usage:
  kanmon check <descriptor.yaml|json>... [options]   evaluate descriptors, print findings
  kanmon gate <descriptor>... [options]              pre-budget gate: check with --phase budget_request as of today
                                                     (or --as-of), never the descriptor's own date; print the decision
  kanmon packs [--format text|json]                  list the bundled packs and editions
  kanmon packs show <pack@edition> [--resolved] [--format text|json]
                                                     print one edition as its file states it; with --resolved, in
                                                     full: inherited rules in place, named conditions expanded
  kanmon graph <descriptor> [--format mermaid|dot] [--as-of D] [--lang L]
                                                     draw the local-government network (three-layer model):
                                                     segments, systems, terminals and flows, failing ones marked
  kanmon diff <pack@edition|file> <pack@edition|file> [descriptor...] [--fail-on-change]
                                                     compare two editions of a pack rule by rule; with descriptors,
                                                     list every finding whose status changes
  kanmon test [case table|folder|pack@edition...] [--format text|json] [--coverage-min N]
                                                     run case tables (*.cases.yaml) for policy packs: every
                                                     case must produce exactly the findings it expects;
                                                     prints condition coverage. No argument: the bundled
                                                     packs' tables (docs/testing-packs.md)
  kanmon lint [edition file|folder|pack@edition...] [--tests <case tables|folder>] [--max-warnings N]
                                                     check pack edition files: every load problem, then rules for
                                                     authors (untested rules, unused definitions, overlapping
                                                     editions ...), each with a fix. No argument: the bundled
                                                     editions (docs/authoring.md)
  kanmon --help | --version

Options:
  --format text|json     output format (default: text); check also takes markdown (report
                         with the network picture embedded as a Mermaid block)
  --as-of YYYY-MM-DD     judge as of this date (default: the descriptor's evaluatedOn, else today in Japan;
                         gate: today in Japan)
  --retroactive          judge every dated act (work item, budget request …) by the editions in force at
                         as-of, as if it were done then (default: each act by the editions of its own date)
  --phase <phase>        only rules checked in this phase (e.g. budget_request)
  --lang ja|en           language of messages (default: from LANG, ja_* → ja, else en)
  --fail-on error|warning|info   lowest severity that denies (default: error)
  --pack <id>            only this pack (repeatable)
  --edition <pack>=<ed>  pin a pack to an edition, e.g. standard-guideline=2014-12 (repeatable)
  --policy <file.yaml>   use this pack edition file instead of the bundled packs (repeatable; it may
                         extend a bundled edition)
  --resolved             packs show: print the edition in full
  --ismap-registry <file.csv|file.json>  cross-check claimed ISMAP listings against this registry snapshot (docs/ismap.md)
  --verbose              also list passing and not-applicable findings
  --fail-on-change       diff: exit 1 when a descriptor's verdict changes between the editions
  --coverage-min N       test: exit 1 when the total condition coverage is below N percent
  --tests <path>         lint: case tables (or a folder of them) to check rules against (repeatable;
                         default: tests/ beside each edition file)
  --max-warnings N       lint: exit 1 when there are more than N warnings

Exit status: 0 allowed, 1 denied, 2 bad input or usage.
  (test: 0 every case passed, 1 a case failed or coverage below --coverage-min, 2 bad case table or usage.)
  (lint: 0 no errors, 1 an error or more than --max-warnings warnings, 2 a file that cannot be read,
   loaded or tested, or usage.)
Docs: README.md, docs/descriptor.md, docs/policy-format.md, docs/testing-packs.md, docs/authoring.md`,
  ja: `kanmon — 政府情報システムのプロジェクト記述子をポリシーパックで点検します

使い方:
  kanmon check <記述子.yaml|json>... [オプション]   記述子を評価し、指摘を表示
  kanmon gate <記述子>... [オプション]              予算要求前の関門: --phase budget_request で、今日（又は --as-of）
                                                   時点で点検し判定を表示（記述子の日付は用いない）
  kanmon packs [--format text|json]                同梱パックと版の一覧
  kanmon packs show <パック@版> [--resolved] [--format text|json]
                                                   版をファイルに書かれたとおりに表示。--resolved では継承した
                                                   ルールを含め、名前付き条件を展開した全体を表示
  kanmon graph <記述子> [--format mermaid|dot] [--as-of 日付] [--lang 言語]
                                                   自治体ネットワーク（三層の対策）の構成図: セグメント・
                                                   システム・端末・通信経路を描き、不適合の経路を印付け
  kanmon diff <パック@版|ファイル> <パック@版|ファイル> [記述子...] [--fail-on-change]
                                                   パックの二つの版をルールごとに比較。記述子を渡すと
                                                   状態が変わる指摘を一覧
  kanmon test [ケース表|フォルダ|パック@版...] [--format text|json] [--coverage-min N]
                                                   ポリシーパックのケース表（*.cases.yaml）を実行。各ケースが
                                                   期待どおりの指摘だけを出すかを確かめ、条件網羅を表示。
                                                   引数なしなら同梱パックのケース表（docs/testing-packs.md）
  kanmon lint [版ファイル|フォルダ|パック@版...] [--tests <ケース表|フォルダ>] [--max-warnings N]
                                                   パックの版ファイルを点検: 読み込みの問題をすべて示し、
                                                   作成者向けの規則（ケースのないルール、使われない定義、
                                                   有効期間の重なる版など）を直し方とともに表示。
                                                   引数なしなら同梱の版（docs/authoring.md）
  kanmon --help | --version

オプション:
  --format text|json     出力形式（既定: text）。check では markdown も可（ネットワーク構成図を
                         Mermaid で埋め込んだ報告）
  --as-of YYYY-MM-DD     基準日（既定: 記述子の evaluatedOn、なければ日本時間の今日。gate は日本時間の今日）
  --retroactive          日付のある行為（作業項目、予算要求など）も全て基準日時点の版で判断する
                         （既定: 各行為をその日に有効だった版で判断）
  --phase <工程>         この工程で点検するルールのみ（例: budget_request）
  --lang ja|en           メッセージの言語（既定: LANG が ja_* なら ja、他は en）
  --fail-on error|warning|info   不可とする最低の重大度（既定: error）
  --pack <id>            このパックのみ（複数可）
  --edition <パック>=<版> 版を固定（例: standard-guideline=2014-12、複数可）
  --policy <file.yaml>   同梱パックの代わりにこの版ファイルを使う（複数可。同梱の版を extends できる）
  --resolved             packs show: 版の全体を表示
  --ismap-registry <file.csv|file.json>  申告された ISMAP 登録をこの登録簿のスナップショットと照合する（docs/ismap.md）
  --verbose              適合・対象外の結果も表示
  --fail-on-change       diff: 版の間で記述子の判定が変わると終了コード 1
  --coverage-min N       test: 条件網羅の合計が N % 未満なら終了コード 1
  --tests <パス>         lint: ルールを照らし合わせるケース表（又はそのフォルダ。複数可。
                         既定: 各版ファイルの隣の tests/）
  --max-warnings N       lint: 警告が N 件を超えると終了コード 1

終了コード: 0 可、1 不可、2 入力又は使い方の誤り。
  （test: 0 全ケース成功、1 失敗したケースがあるか網羅率が --coverage-min 未満、2 ケース表又は使い方の誤り）
  （lint: 0 エラーなし、1 エラーがあるか警告が --max-warnings を超える、2 読めない・読み込めない・
   試験できないファイルがあるか使い方の誤り）
文書: README.md、docs/descriptor.md、docs/policy-format.md、docs/testing-packs.md、docs/authoring.md`,
};

/** Help text in one language. */
export function helpText(lang: Lang): string {
  return HELP[lang];
}

// Generated from schemas/descriptor.schema.json by `npm run generate`; do not edit by hand.

/**
 * 情報システムの管理 — this system as the organisation's own IT governance records it (registration in the systems database, user IDs and passwords); null: this descriptor describes no individual system (e.g. an organisation-wide governance descriptor), so the per-system rules do not apply; absent: not stated
 */
export type ItSystem = {
  /**
   * 情報システムデータベース — the system's entry in the organisation's systems database (kept by its IT department)
   */
  systemsDatabase?: {
    /**
     * 登録 — the system is registered in the database; false: it is not
     */
    registered?: boolean;
    /**
     * 登録資料の確認 — the IT department has checked the materials registered for the system (plans, forms, checklists) against what was procured; false: not checked
     */
    materialsChecked?: boolean;
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^x-".
     */
    [k: `x-${string}`]: unknown;
  };
  /**
   * 利用者ID・パスワード — the user IDs and passwords of the system; null: the system issues no user IDs of its own (no login of its own)
   */
  accounts?: {
    idReview?: PeriodicActivity;
    /**
     * パスワードの設定 — the system's password settings (length, complexity, change, lock-out) are those the organisation's security rules require; false: they are not
     */
    passwordSettingsConform?: boolean;
    /**
     * パスワードの管理 — passwords (administrator and shared ones included) are kept and handed over as the organisation's security rules require; false: they are not
     */
    passwordManagementConform?: boolean;
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^x-".
     */
    [k: `x-${string}`]: unknown;
  } | null;
  /**
   * This interface was referenced by `undefined`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: `x-${string}`]: unknown;
} | null;
/**
 * ITガバナンス — the organisation-wide IT governance of a local government (systems database, procurement review, security policy and its procedures, asset register, contractor audits, self-inspection, education, server room, ICT-BCP); null: this descriptor does not describe the organisation-wide governance (e.g. a descriptor of one system, whose organisation is described in a descriptor of its own), so the organisation-wide rules do not apply; absent: not stated
 */
export type ItGovernance = {
  /**
   * 情報システムデータベース — the database of all the organisation's systems kept by its IT department; null: the organisation keeps none
   */
  systemsDatabase?: {
    /**
     * 網羅性 — every system the departments run is in it (checked against the departments); false: some are not
     */
    coversAllSystems?: boolean;
    /**
     * 正確性 — its entries have been checked against the departments' records and agree; false: they do not, or were not checked
     */
    entriesAccurate?: boolean;
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^x-".
     */
    [k: `x-${string}`]: unknown;
  } | null;
  /**
   * IT調達審査 — the IT department's review of the departments' IT procurements; null: there is no such review
   */
  procurementReview?: {
    /**
     * 情報部門所管システムの審査 — the systems the IT department itself owns are reviewed too; false: their procurements go unreviewed
     */
    coversItDepartmentSystems?: boolean;
    /**
     * コストの審査 — the review examines the cost of each procurement (estimates and their basis); false: it does not
     */
    reviewsCost?: boolean;
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^x-".
     */
    [k: `x-${string}`]: unknown;
  } | null;
  /**
   * 情報セキュリティ実施手順 — the implementation procedures the security policy calls for
   */
  securityProcedures?: {
    /**
     * 整備状況 — implementation procedures exist for every system (or department) the policy requires them for; false: some are missing
     */
    everySystemCovered?: boolean;
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^x-".
     */
    [k: `x-${string}`]: unknown;
  };
  /**
   * 情報資産台帳 — the register of information assets and their classification; null: the organisation keeps none
   */
  assetRegister?: {
    /**
     * 網羅性 — every information asset the policy requires is in it; false: some are not
     */
    coversAllAssets?: boolean;
    /**
     * 最終更新日 — date the register was last brought up to date; null: never
     */
    lastUpdatedOn?: string | null;
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^x-".
     */
    [k: `x-${string}`]: unknown;
  } | null;
  contractorSecurityAudits?: PeriodicActivityOrNone;
  securitySelfInspection?: PeriodicActivity1;
  securityPolicyReview?: PeriodicActivity2;
  securityEducation?: PeriodicActivity3;
  /**
   * サーバ室 — the organisation's own server room; null: it has none (e.g. every server is in an outside data centre)
   */
  serverRoom?: {
    /**
     * 入室制限 — only authorised people can enter (locks or cards); false: it is not restricted
     */
    accessRestricted?: boolean;
    /**
     * 入退室記録 — every entry and exit is recorded and the records are checked; false: they are not
     */
    entriesLogged?: boolean;
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^x-".
     */
    [k: `x-${string}`]: unknown;
  } | null;
  /**
   * ICT部門の業務継続計画（ICT-BCP） — the organisation's ICT business continuity plan; null: it has none
   */
  ictBcp?: {
    /**
     * 策定日 — date the plan was adopted
     */
    adoptedOn?: string;
    /**
     * 訓練計画 — the training and exercise plan of the ICT-BCP; null: the ICT-BCP has none
     */
    trainingPlan?: {
      /**
       * 作成日 — date the training plan was made or last revised
       */
      madeOn?: string;
      /**
       * 計画期間の終期 — the last day the training plan covers (its period, e.g. the end of a fiscal year)
       */
      coversUntil?: string;
      /**
       * This interface was referenced by `undefined`'s JSON-Schema definition
       * via the `patternProperty` "^x-".
       */
      [k: `x-${string}`]: unknown;
    } | null;
    /**
     * 直近の訓練実施日 — date of the last training or exercise; null: none held
     */
    lastTrainingOn?: string | null;
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^x-".
     */
    [k: `x-${string}`]: unknown;
  } | null;
  /**
   * This interface was referenced by `undefined`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: `x-${string}`]: unknown;
} | null;
/**
 * 外部委託事業者に対する情報セキュリティ監査 — audits (or checks) of the security of contractors that handle the organisation's information; null: no contractor handles its information assets
 */
export type PeriodicActivityOrNone = {
  /**
   * 直近の実施日 — when it was last done; null: never done; absent: not stated
   */
  lastOn?: string | null;
  /**
   * 次回の期限 — the date by which the organisation's own rules require the next one (the last one plus the interval its rules set, or the first due date)
   */
  nextDueOn?: string;
  /**
   * This interface was referenced by `undefined`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: `x-${string}`]: unknown;
} | null;

/**
 * プロジェクト記述子 — a kanmon project descriptor: one government IT project or system at one point in its lifecycle. Unknown keys are errors; keys starting with x- are free for extensions.
 */
export interface KanmonDescriptor {
  /**
   * スキーマURI — optional URI of this schema, for editors
   */
  $schema?: string;
  /**
   * 記述子形式の版 — descriptor format version; must be 1
   */
  schemaVersion: 1;
  /**
   * 記述子ID — stable identifier of this descriptor (letters, digits, . _ -)
   */
  id: string;
  /**
   * 評価基準日 — the date the descriptor describes; the default as-of date of an evaluation
   */
  evaluatedOn?: string;
  /**
   * 組織 — the organisation that owns the project
   */
  organisation: {
    /**
     * 組織種別 — national_ministry 府省庁, national_agency 外局・庁, incorporated_administrative_agency 独立行政法人等, prefecture 都道府県, municipality 市区町村
     */
    kind:
      'national_ministry' | 'national_agency' | 'incorporated_administrative_agency' | 'prefecture' | 'municipality';
    /**
     * 組織名 — name of the organisation
     */
    name: string;
    /**
     * 組織名（英語）— English name
     */
    nameEn?: string;
    /**
     * 団体コード等 — organisation code (e.g. local government code)
     */
    code?: string;
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^x-".
     */
    [k: `x-${string}`]: unknown;
  };
  /**
   * プロジェクト — the project and its management
   */
  project?: {
    /**
     * プロジェクトID — the project identifier in the organisation
     */
    id?: string;
    /**
     * プロジェクト名 — project name
     */
    name: string;
    /**
     * プロジェクト名（英語）— English project name
     */
    nameEn?: string;
    /**
     * 現在の工程 — current lifecycle phase
     */
    phase?:
      | 'launch'
      | 'budget_request'
      | 'service_business_planning'
      | 'requirements'
      | 'procurement'
      | 'design_development'
      | 'service_operation_improvement'
      | 'operation_maintenance'
      | 'system_audit'
      | 'closure';
    /**
     * 重点化 — government_priority 政府重点プロジェクト, ministry_priority 府省重点プロジェクト, none: not a priority project; absent: not stated
     */
    priority?: 'government_priority' | 'ministry_priority' | 'none';
    /**
     * 共通基盤 — true: the system is a platform shared by several ministries or organisations; false: it is not; absent: not stated
     */
    sharedPlatform?: boolean;
    /**
     * 共通基盤における立場 — with sharedPlatform true: operator 運営者 (this organisation builds and runs the shared platform), user 利用者 (it uses or takes part in a platform another body runs); absent: not stated
     */
    sharedPlatformRole?: 'operator' | 'user';
    /**
     * 運用開始日 — the date the project or system started running
     */
    runningSince?: string;
    /**
     * 直近の更改又は見直し日 — last date the system was renewed or reviewed (更改又は見直し); null: never renewed or reviewed; absent: not stated
     */
    lastRenewedOrReviewedOn?: string | null;
    /**
     * プロジェクト計画書 — the project plan
     */
    plan?: {
      /**
       * 作成済み — a project plan exists
       */
      exists: boolean;
      /**
       * 決定日 — date the plan was decided or approved
       */
      approvedOn?: string;
      /**
       * プロジェクト管理要領 — a project management procedure exists
       */
      managementProcedure?: boolean;
      /**
       * 工程ごとの見直し — phases at whose start the plan was refined
       *
       * Items: 工程 — phase
       */
      refinedForPhases?: (
        | 'launch'
        | 'budget_request'
        | 'service_business_planning'
        | 'requirements'
        | 'procurement'
        | 'design_development'
        | 'service_operation_improvement'
        | 'operation_maintenance'
        | 'system_audit'
        | 'closure'
      )[];
      /**
       * 定量的な目標 — the plan states quantitative goals linked to a higher-level plan
       */
      quantitativeGoals?: boolean;
      /**
       * This interface was referenced by `undefined`'s JSON-Schema definition
       * via the `patternProperty` "^x-".
       */
      [k: `x-${string}`]: unknown;
    };
    /**
     * 政府情報システム管理データベース（ODB）— registration in the government IT management database
     */
    odb?: {
      /**
       * 登録済み — the system is registered
       */
      registered: boolean;
      /**
       * 最終更新日 — last update of the registration
       */
      updatedOn?: string;
      /**
       * This interface was referenced by `undefined`'s JSON-Schema definition
       * via the `patternProperty` "^x-".
       */
      [k: `x-${string}`]: unknown;
    };
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^x-".
     */
    [k: `x-${string}`]: unknown;
  };
  /**
   * 作業項目 — work items (new build, renewal, functional addition …) that make up the project
   *
   * Items: 作業項目 — one work item
   */
  workItems?: {
    /**
     * 識別子 — identifier, unique within its list
     */
    id: string;
    /**
     * 名称 — title of the work item
     */
    title?: string;
    /**
     * 種別 — new_build 新規構築, renewal 更改, functional_addition 機能追加, modification 改修, operation 運用, maintenance 保守
     */
    kind: 'new_build' | 'renewal' | 'functional_addition' | 'modification' | 'operation' | 'maintenance';
    /**
     * 業務・サービスへの影響 — the item affects services or operations
     */
    affectsOperations?: boolean;
    /**
     * 計画書への記載 — the item is written in the project plan
     */
    inProjectPlan?: boolean;
    /**
     * 新たなクラウドサービスの利用 — true: the work item starts using a cloud service the system did not use before; false: it does not; absent: not stated
     */
    newCloudUse?: boolean;
    /**
     * 着手日 — start date; the work item is judged by the edition in force on it (a planned date after the as-of date is judged as of the as-of date, with a warning); absent: not stated
     */
    startedOn?: string;
    /**
     * 実施決定日 — the date the build, renewal or addition was decided; the demand rules judge it by the edition in force on that date; absent: not stated
     */
    decidedOn?: string;
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^x-".
     */
    [k: `x-${string}`]: unknown;
  }[];
  /**
   * 工程の記録 — records of lifecycle phases, their reviews and gate decisions
   *
   * Items: 工程 — one phase record
   */
  phases?: {
    /**
     * 工程 — the phase
     */
    phase:
      | 'launch'
      | 'budget_request'
      | 'service_business_planning'
      | 'requirements'
      | 'procurement'
      | 'design_development'
      | 'service_operation_improvement'
      | 'operation_maintenance'
      | 'system_audit'
      | 'closure';
    /**
     * 開始日 — start date; the phase's plan refinement and reviews are judged by the edition in force on it; absent: not stated
     */
    startedOn?: string;
    /**
     * 完了日 — completion date; null: the phase is not completed yet; absent: not stated
     */
    completedOn?: string | null;
    /**
     * 自己点検 — PJMO self-inspection of the phase
     */
    selfInspection?: {
      /**
       * 実施済み — done
       */
      done: boolean;
      /**
       * 実施日 — date
       */
      on?: string;
      /**
       * PMOへの提出 — sent to the PMO
       */
      sentToPmo?: boolean;
      /**
       * This interface was referenced by `undefined`'s JSON-Schema definition
       * via the `patternProperty` "^x-".
       */
      [k: `x-${string}`]: unknown;
    };
    /**
     * PMOレビュー — PMO review of the self-inspection
     */
    pmoReview?: {
      /**
       * 実施済み — the review took place
       */
      done: boolean;
      /**
       * 実施日 — date of the review
       */
      on?: string;
      /**
       * 実施者 — who reviewed (organisation or role)
       */
      reviewer?: string;
      /**
       * This interface was referenced by `undefined`'s JSON-Schema definition
       * via the `patternProperty` "^x-".
       */
      [k: `x-${string}`]: unknown;
    };
    /**
     * 中央レビュー — review by the IT office / government CIO / Digital Agency
     */
    centralReview?: {
      /**
       * 実施済み — the review took place
       */
      done: boolean;
      /**
       * 実施日 — date of the review
       */
      on?: string;
      /**
       * 実施者 — who reviewed (organisation or role)
       */
      reviewer?: string;
      /**
       * This interface was referenced by `undefined`'s JSON-Schema definition
       * via the `patternProperty` "^x-".
       */
      [k: `x-${string}`]: unknown;
    };
    /**
     * 判断 — gate decision at the end of the phase; null: no gate decision was taken; absent: not stated
     */
    gateDecision?: {
      /**
       * 判断結果 — proceed 継続, conditional 条件付き継続, rework 手戻り, stop 中止
       */
      decision: 'proceed' | 'conditional' | 'rework' | 'stop';
      /**
       * 判断日 — date
       */
      on?: string;
      /**
       * 解除日 — date a rework/stop decision was lifted; null: never lifted; absent: not stated
       */
      liftedOn?: string | null;
      /**
       * This interface was referenced by `undefined`'s JSON-Schema definition
       * via the `patternProperty` "^x-".
       */
      [k: `x-${string}`]: unknown;
    } | null;
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^x-".
     */
    [k: `x-${string}`]: unknown;
  }[];
  /**
   * 予算要求 — budget requests of the project
   *
   * Items: 予算要求 — one budget request
   */
  budgetRequests?: {
    /**
     * 識別子 — identifier, unique within its list
     */
    id: string;
    /**
     * 会計年度 — fiscal year (e.g. 2020)
     */
    fiscalYear: number;
    /**
     * 予算種別 — initial 当初予算, supplementary 補正予算
     */
    kind: 'initial' | 'supplementary';
    /**
     * 要求額（円）— requested amount in yen
     */
    amountJpy?: number;
    /**
     * 要求前レビュー — review before the budget request
     */
    preRequestReview?: {
      /**
       * 実施済み — the review took place
       */
      done: boolean;
      /**
       * 実施日 — date of the review
       */
      on?: string;
      /**
       * 実施者 — who reviewed (organisation or role)
       */
      reviewer?: string;
      /**
       * This interface was referenced by `undefined`'s JSON-Schema definition
       * via the `patternProperty` "^x-".
       */
      [k: `x-${string}`]: unknown;
    };
    /**
     * 要求日 — date the request was submitted (for a request still to be submitted, its planned date: a date after the as-of date is judged as of the as-of date, with a warning); the budget rules judge the request by the edition in force on it; absent: not stated
     */
    submittedOn?: string;
    /**
     * 一元的な状況把握 — true: the central IT governance body (the IT office / government CIO, now the Digital Agency) tracked the item's status centrally; false: it did not, or only grasped its outline; absent: not stated
     */
    statusGrasped?: boolean;
    /**
     * プロジェクト管理 — true: the funded work is under project management (in a project plan, with self-inspection and review); false: it is not; absent: not stated
     */
    projectManaged?: boolean;
    /**
     * 緊急性 — the request claims urgency
     */
    urgencyClaimed?: boolean;
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^x-".
     */
    [k: `x-${string}`]: unknown;
  }[];
  /**
   * 需要把握・費用対効果 — demand survey and cost-effectiveness (shared platforms, functional additions)
   */
  demand?: {
    /**
     * 需要調査 — demand survey
     */
    survey?: {
      /**
       * 実施済み — a survey was conducted
       */
      conducted: boolean;
      /**
       * 実施日 — date
       */
      on?: string;
      /**
       * 回答数 — organisations that answered
       */
      respondents?: number;
      /**
       * 利用確定数 — organisations with confirmed use (not bare wishes)
       */
      confirmedUsers?: number;
      /**
       * 利用希望のみ — answers that only said they wish to use it
       */
      wishOnlyAnswers?: number;
      /**
       * This interface was referenced by `undefined`'s JSON-Schema definition
       * via the `patternProperty` "^x-".
       */
      [k: `x-${string}`]: unknown;
    };
    /**
     * 規模の検討 — expected scale examined
     */
    scaleExamined?: boolean;
    /**
     * 費用対効果の検討 — cost-effectiveness examined
     */
    costEffectivenessExamined?: boolean;
    /**
     * 情報の機密性に応じた選択肢の比較 — options by information sensitivity weighed
     */
    sensitivityOptionsWeighed?: boolean;
    /**
     * 検討資料の保存 — the documents of the examination are kept
     */
    documentsKept?: boolean;
    /**
     * 利用府省との調整 — coordination with user ministries
     */
    userCoordination?: {
      /**
       * 記録あり — recorded
       */
      recorded: boolean;
      /**
       * 利用条件の提示 — user ministries raised conditions for their use
       */
      conditionsRaised?: boolean;
      /**
       * 利用条件への回答 — conditions raised by users answered
       */
      conditionsAnswered?: boolean;
      /**
       * 利用希望の詳細確認 — the details of each user's wish were confirmed with them and function details were given to them
       */
      detailsConfirmed?: boolean;
      /**
       * This interface was referenced by `undefined`'s JSON-Schema definition
       * via the `patternProperty` "^x-".
       */
      [k: `x-${string}`]: unknown;
    };
    /**
     * 契約前の需要再確認 — demand re-confirmed close to contract signature
     */
    reconfirmedBeforeContract?: {
      /**
       * 実施済み — the review took place
       */
      done: boolean;
      /**
       * 実施日 — date of the review
       */
      on?: string;
      /**
       * 実施者 — who reviewed (organisation or role)
       */
      reviewer?: string;
      /**
       * This interface was referenced by `undefined`'s JSON-Schema definition
       * via the `patternProperty` "^x-".
       */
      [k: `x-${string}`]: unknown;
    };
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^x-".
     */
    [k: `x-${string}`]: unknown;
  };
  /**
   * 経費 — costs by category and fiscal year
   *
   * Items: 経費 — one cost line
   */
  costs?: {
    /**
     * 会計年度 — fiscal year
     */
    fiscalYear: number;
    /**
     * 経費区分 — development 整備経費, operation 運用等経費, modification 改修経費
     */
    category: 'development' | 'operation' | 'modification';
    /**
     * 金額（円）— amount in yen
     */
    amountJpy: number;
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^x-".
     */
    [k: `x-${string}`]: unknown;
  }[];
  /**
   * 調達 — procurements
   *
   * Items: 調達 — one procurement
   */
  procurements?: {
    /**
     * 識別子 — identifier, unique within its list
     */
    id: string;
    /**
     * 件名 — title
     */
    title?: string;
    /**
     * 契約方式 — competitive 競争入札等, negotiated 随意契約
     */
    method?: 'competitive' | 'negotiated';
    /**
     * 随意契約の根拠 — legal ground of a negotiated contract; null: no ground is recorded; absent: not stated
     */
    negotiatedGround?: string | null;
    /**
     * 要件定義完了日 — requirements defined on
     */
    requirementsDefinedOn?: string;
    /**
     * 公告日 — procurement notice date; null: no notice was issued (e.g. a negotiated contract); absent: not stated
     */
    noticeOn?: string | null;
    /**
     * 契約日 — contract signature date (for a contract still to be signed, its planned date: a date after the as-of date is judged as of the as-of date, with a warning); the procurement rules judge the procurement by the edition in force on it; absent: not stated
     */
    contractSignedOn?: string;
    /**
     * 契約終了日 — contract end date
     */
    contractEndsOn?: string;
    /**
     * 分割数 — number of lots design/development was split into
     */
    lots?: number;
    /**
     * 責任条項 — nonconformity 契約不適合責任, defect_warranty 瑕疵担保責任
     */
    liabilityClause?: 'nonconformity' | 'defect_warranty';
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^x-".
     */
    [k: `x-${string}`]: unknown;
  }[];
  /**
   * ホスティング — where the system runs and how that was chosen
   */
  hosting?: {
    /**
     * 形態 — on_premises オンプレミス, gov_cloud ガバメントクラウド, public_cloud パブリッククラウド, gov_common_platform 政府共通プラットフォーム, hybrid
     */
    model: 'on_premises' | 'gov_cloud' | 'public_cloud' | 'gov_common_platform' | 'hybrid';
    /**
     * クラウド検討 — cloud-first evaluation
     */
    cloudEvaluation?: {
      /**
       * 記録あり — the evaluation is recorded
       */
      recorded: boolean;
      /**
       * 検討日 — date
       */
      on?: string;
      /**
       * オンプレミスの理由 — recorded reason for on-premises; null: no reason is recorded; absent: not stated
       */
      onPremisesReason?: string | null;
      /**
       * 検討順序 — options were weighed in the cloud policy's order (SaaS first, then IaaS/PaaS, on-premises last)
       */
      consideredInOrder?: boolean;
      /**
       * This interface was referenced by `undefined`'s JSON-Schema definition
       * via the `patternProperty` "^x-".
       */
      [k: `x-${string}`]: unknown;
    };
    /**
     * ガバメントクラウドの検討 — Government Cloud considered first
     */
    govCloudConsidered?: boolean;
    /**
     * 最高機密区分 — top_secret_specified 特定秘密, top_secret 極秘, secret 秘, other: none of these; absent: not stated
     */
    highestInformationClass?: 'top_secret_specified' | 'top_secret' | 'secret' | 'other';
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^x-".
     */
    [k: `x-${string}`]: unknown;
  };
  /**
   * 政府共通プラットフォーム — use of the Government Common Platform
   */
  commonPlatform?: {
    /**
     * 利用 — true: the system uses or moves onto the platform; false: it does not
     */
    uses: boolean;
    /**
     * 既存システムからの移行 — the system moves an existing system (with its own running cost today) onto the platform; false for a system built new on it
     */
    migratesExistingSystem?: boolean;
    /**
     * 可用性要求 — standard, high, very_high 極めて高い
     */
    availabilityTarget?: 'standard' | 'high' | 'very_high';
    /**
     * 移行適合性の検討 — documented migration-suitability review
     */
    suitabilityReview?: {
      /**
       * 実施済み — the review took place
       */
      done: boolean;
      /**
       * 実施日 — date of the review
       */
      on?: string;
      /**
       * 実施者 — who reviewed (organisation or role)
       */
      reviewer?: string;
      /**
       * This interface was referenced by `undefined`'s JSON-Schema definition
       * via the `patternProperty` "^x-".
       */
      [k: `x-${string}`]: unknown;
    };
    /**
     * 個別カスタマイズ — customisation that hinders standardisation
     */
    individualCustomisation?: boolean;
    /**
     * 利用判断 — the decision whether to use the platform
     */
    decision?: {
      /**
       * 対象サービスの明確化 — target services clarified
       */
      targetServicesClarified?: boolean;
      /**
       * 取扱情報の明確化 — handled information clarified
       */
      informationClarified?: boolean;
      /**
       * 投資対効果の検証 — return on investment verified
       */
      roiVerified?: boolean;
      /**
       * 判断日 — date of the decision whether to use the platform (to use it, or not to). The decision-time rules judge it by the edition in force on this day
       */
      decidedOn?: string;
      /**
       * This interface was referenced by `undefined`'s JSON-Schema definition
       * via the `patternProperty` "^x-".
       */
      [k: `x-${string}`]: unknown;
    };
    /**
     * 移行 — the running cost of the existing system and the cost expected after it moves onto the platform
     */
    migration?: {
      /**
       * 現行の年間運用経費（円）— annual running cost of the existing system, in yen (at least 1)
       */
      currentAnnualCostJpy?: number;
      /**
       * 移行後の見込み年間運用経費（円）— annual running cost expected after the move onto the platform, in yen
       */
      expectedAnnualCostJpy?: number;
      /**
       * This interface was referenced by `undefined`'s JSON-Schema definition
       * via the `patternProperty` "^x-".
       */
      [k: `x-${string}`]: unknown;
    };
    /**
     * クラウドサービスの調達 — cloud services are procured for this system on the platform (by the platform or by the ministry for what the platform does not provide)
     */
    procuresCloudServices?: boolean;
    /**
     * ISMAPに基づくクラウド調達 — that cloud procurement follows the ISMAP use decision and the government IT procurement agreement
     */
    cloudProcurementFollowsIsmap?: boolean;
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^x-".
     */
    [k: `x-${string}`]: unknown;
  };
  /**
   * 拠点 — data centres and user sites; [] states that the system has none
   *
   * Items: 拠点 — one site
   */
  sites?: {
    /**
     * 識別子 — identifier, unique within its list
     */
    id: string;
    /**
     * 名称 — name
     */
    name?: string;
    /**
     * 役割 — main 本番センター, backup バックアップセンター, user_site 利用拠点
     */
    role: 'main' | 'backup' | 'user_site';
    /**
     * 所在 — where the site is, as far as it is known: its region, its distance from the main site, the power company's supply area
     */
    location?: {
      /**
       * 所在の把握 — true: the place is known, and region says where; false: it is not known where the site is (a DR site known to exist, its place not), so only a stated distance can show how far it is from the main site
       */
      placeKnown: boolean;
      /**
       * 地域 — capital_region 首都圏内, outside_capital_region 首都圏外, west_japan 西日本 (outside the capital region too)
       */
      region?: 'capital_region' | 'outside_capital_region' | 'west_japan';
      /**
       * 都道府県 — prefecture, for the reader (the rules read region)
       */
      prefecture?: string;
      /**
       * 市区町村 — city, ward or town, for the reader
       */
      city?: string;
      /**
       * 主拠点からの距離 — distance from the main site as it is stated: a figure and whether it is a lower bound (200 km 以上: km 200, bound at_least), an upper bound (30 km 以内: km 30, bound at_most) or approximate (about)
       */
      distanceFromMainKm?: {
        /**
         * 距離（km）— the figure, in kilometres
         */
        km: number;
        /**
         * 範囲 — at_least 以上, at_most 以内, about 約
         */
        bound: 'at_least' | 'at_most' | 'about';
        /**
         * This interface was referenced by `undefined`'s JSON-Schema definition
         * via the `patternProperty` "^x-".
         */
        [k: `x-${string}`]: unknown;
      };
      /**
       * 電力供給区域 — the power company whose supply area the site is in (e.g. 関西電力管内)
       */
      powerGridArea?: string;
      /**
       * 主拠点と同じ電力供給区域 — for a backup site: in the same power company's supply area as the main site
       */
      powerGridSameAsMain?: boolean;
      /**
       * This interface was referenced by `undefined`'s JSON-Schema definition
       * via the `patternProperty` "^x-".
       */
      [k: `x-${string}`]: unknown;
    };
    /**
     * A/B系統の冗長回線 — the site's WAN lines run as two systems (A and B), so traffic has a detour when one fails
     */
    redundantLines?: boolean;
    /**
     * 自家発電の継続時間（時間）— hours the site can run on its own generators in a power cut
     */
    generationHours?: number;
    /**
     * 耐震性能 — seismic intensity (JMA 震度) the site withstands: 5+ 5強, 6- 6弱, 6+ 6強, 7
     */
    seismicIntensityResilience?: '5+' | '6-' | '6+' | '7';
    /**
     * G-net接続点 — the system's network connects to G-net at this site
     */
    gnetConnectionPoint?: boolean;
    /**
     * 政府共通ネットワーク（G-net）接続 — G-net connection of the site
     */
    gnet?: {
      /**
       * 接続 — connected to G-net
       */
      connected: boolean;
      /**
       * 閉域網 — closed dedicated network
       */
      closedNetwork?: boolean;
      /**
       * 暗号化 — communication encrypted
       */
      encrypted?: boolean;
      /**
       * 機器の二重化 — user-site equipment duplicated
       */
      equipmentDuplicated?: boolean;
      /**
       * IPv6対応 — IPv6 supported
       */
      ipv6?: boolean;
      /**
       * This interface was referenced by `undefined`'s JSON-Schema definition
       * via the `patternProperty` "^x-".
       */
      [k: `x-${string}`]: unknown;
    };
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^x-".
     */
    [k: `x-${string}`]: unknown;
  }[];
  /**
   * 業務継続 — whether the system must keep running through a disaster, what backup it has, and the arrangements for switching between the main and backup sites
   */
  continuity?: {
    /**
     * 業務継続の要否 — true: the system must keep running when its main site is lost (its continuity plan says so); false: it may stop until the main site is restored
     */
    mustContinue?: boolean;
    /**
     * バックアップの種類 — site: a backup site (backup centre, DR site or another data centre) that can run the system; file_only: data or file backups only, no site to run the system from; none: no backup
     */
    backupKind?: 'site' | 'file_only' | 'none';
    /**
     * 切替体制・手順 — arrangements (team and procedure) for switching over to the backup site in a disaster
     */
    switchoverProcedure?: boolean;
    /**
     * 切戻し体制・手順 — arrangements for switching back to the main site afterwards
     */
    switchbackProcedure?: boolean;
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^x-".
     */
    [k: `x-${string}`]: unknown;
  };
  /**
   * 非機能要件 — non-functional requirements
   */
  nonFunctional?: {
    /**
     * 目標復旧時間（RTO, 時間）— recovery time objective in hours; null: no RTO is set; absent: not stated
     */
    rtoHours?: number | null;
    /**
     * 目標復旧時点（RPO, 時間）— recovery point objective in hours; null: no RPO is set; absent: not stated
     */
    rpoHours?: number | null;
    /**
     * バックアップ — backup defined
     */
    backupDefined?: boolean;
    /**
     * リストア手順 — restore procedure defined
     */
    restoreProcedure?: boolean;
    /**
     * 訓練 — continuity drills
     */
    drills?: {
      /**
       * 計画 — drills planned
       */
      planned: boolean;
      /**
       * 直近の実施日 — last drill
       */
      lastOn?: string;
      /**
       * This interface was referenced by `undefined`'s JSON-Schema definition
       * via the `patternProperty` "^x-".
       */
      [k: `x-${string}`]: unknown;
    };
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^x-".
     */
    [k: `x-${string}`]: unknown;
  };
  /**
   * 情報資産 — information assets handled
   *
   * Items: 情報資産 — one asset
   */
  informationAssets?: {
    /**
     * 識別子 — identifier, unique within its list
     */
    id: string;
    /**
     * 名称 — name
     */
    name?: string;
    /**
     * 機密性 — C3, C2, C1 (政府機関等の格付)
     */
    confidentiality?: 'C3' | 'C2' | 'C1';
    /**
     * 自治体機密性 — local-government confidentiality level 1–3
     */
    localConfidentiality?: number;
    /**
     * 特定個人情報 — includes My Number data
     */
    personalNumber?: boolean;
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^x-".
     */
    [k: `x-${string}`]: unknown;
  }[];
  /**
   * クラウドサービス — cloud services used
   */
  cloudServices?: CloudService[];
  localNetwork?: LocalNetwork;
  itSystem?: ItSystem;
  /**
   * IT調達 — the system's procurements handled under the organisation's own IT procurement rules (a local government's procurement manual): builds, renewals, modifications, maintenance; []: none to record (e.g. an organisation-wide descriptor, or a system never procured); absent: not stated
   */
  itProcurements?: ItProcurement[];
  /**
   * 関門 — the gates (checkpoints of the organisation's IT procurement procedure) the system's procurements have passed, each with its gate checklist (関門検査点検シート); []: no gate passed (e.g. an organisation-wide descriptor); absent: not stated
   */
  procurementGates?: ProcurementGate[];
  itGovernance?: ItGovernance;
  /**
   * 適用除外 — waivers of findings
   *
   * Items: 適用除外 — one waiver
   */
  waivers?: {
    /**
     * ルールID — rule to waive
     */
    ruleId: string;
    /**
     * JSONポインタ — the findings the waiver covers: those at this pointer or below it; "" covers every finding of the rule. Required, so that leaving it out can never widen a waiver
     */
    pointer: string;
    /**
     * 理由 — why the finding is accepted
     */
    justification: string;
    /**
     * 承認者 — who approved the waiver
     */
    approver: string;
    /**
     * 有効期限 — last day the waiver is valid (inclusive, Japan time)
     */
    expires: string;
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^x-".
     */
    [k: `x-${string}`]: unknown;
  }[];
  /**
   * This interface was referenced by `KanmonDescriptor`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: `x-${string}`]: unknown;
}
/**
 * クラウドサービス — one service
 */
export interface CloudService {
  /**
   * 識別子 — identifier, unique within its list
   */
  id: string;
  /**
   * サービス名 — service name
   */
  name: string;
  /**
   * 事業者 — provider
   */
  provider?: string;
  /**
   * サービス形態 — IaaS, PaaS, SaaS
   */
  serviceModel: 'IaaS' | 'PaaS' | 'SaaS';
  /**
   * ガバメントクラウド — true: the service is part of the Government Cloud; false: it is not
   */
  govCloud?: boolean;
  /**
   * 最高機密性 — highest confidentiality class of the information the service handles (C3, C2, C1)
   */
  confidentiality?: 'C3' | 'C2' | 'C1';
  /**
   * 調達日 — procurement (contract) date: the date of the adoption, which IS-01 and IS-13 judge by the ismap edition in force on it
   */
  procuredOn?: string;
  /**
   * 契約終了日 — contract end date
   */
  contractEndsOn?: string;
  /**
   * 利用リージョン — regions used
   *
   * Items: リージョン — region
   */
  regionsUsed?: string[];
  /**
   * 利用コンポーネント — components used
   *
   * Items: コンポーネント — component
   */
  componentsUsed?: string[];
  /**
   * ISMAP登録 — the listing claimed for the service, as the official list shows it
   */
  ismap?: {
    /**
     * 登録種別 — ismap (on the ISMAP list), ismap_liu (on the ISMAP-LIU list), ismap_liu_special (only on the Digital Agency's special-measures service list, which is not a registration), none (on no list)
     */
    listingType: 'ismap' | 'ismap_liu' | 'ismap_liu_special' | 'none';
    /**
     * 登録番号 — registration number
     */
    registrationNumber?: string;
    /**
     * 登録日 — registration date
     */
    registeredOn?: string;
    /**
     * 監査対象期間の末日 — end of the audited period the listing rests on (for reference: kanmon does not compute the expiry from it)
     */
    auditPeriodEnd?: string;
    /**
     * 有効期限 — expiry of the listing, as the official list shows it
     */
    expiresOn?: string;
    /**
     * 更新申請日 — date a renewal of the listing was applied for; null: no renewal applied for; absent: not stated
     */
    renewalAppliedOn?: string | null;
    /**
     * 申請日 — date the service applied for ISMAP-LIU registration (for a special-measures list entry it decides whether the entry is inside the measure's window)
     */
    appliedOn?: string;
    /**
     * 状態 — valid, renewal_pending (a renewal applied for awaits a decision), expired, withdrawn
     */
    status?: 'valid' | 'renewal_pending' | 'expired' | 'withdrawn';
    /**
     * 登録範囲のリージョン — regions in the registered scope
     *
     * Items: リージョン — region
     */
    scopeRegions?: string[];
    /**
     * 登録範囲のコンポーネント — components in the registered scope
     *
     * Items: コンポーネント — component
     */
    scopeComponents?: string[];
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^x-".
     */
    [k: `x-${string}`]: unknown;
  };
  /**
   * 未登録サービスの利用 — the record of using a service on no list by exception (reason, own assessment, approval); null: no such record exists; absent: not stated
   */
  unlisted?: {
    /**
     * 理由 — reason
     */
    reason?: string;
    /**
     * 独自のセキュリティ評価 — own security assessment done
     */
    ownAssessment?: boolean;
    /**
     * 承認者 — approver
     */
    approvedBy?: string;
    /**
     * 承認日 — date
     */
    approvedOn?: string;
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^x-".
     */
    [k: `x-${string}`]: unknown;
  } | null;
  /**
   * ISMAP-LIU — low-impact use
   */
  liu?: {
    /**
     * 業務区分 — business category
     */
    businessCategory?: string;
    /**
     * 対象業務 — the business falls in a category ISMAP-LIU covers (checked by IS-15, which rests on unverified knowledge)
     */
    businessCategoryListed?: boolean;
    /**
     * 影響度評価 — result of the business and information impact assessment: low, not_low
     */
    impactAssessment?: 'low' | 'not_low';
    /**
     * 評価日 — date
     */
    assessedOn?: string;
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^x-".
     */
    [k: `x-${string}`]: unknown;
  };
  /**
   * C3情報の追加対策 — extra measures for C3 information; recorded: false states that none are recorded
   */
  c3Measures?: {
    /**
     * 記録 — measures recorded
     */
    recorded: boolean;
    /**
     * 承認者 — approver
     */
    approvedBy?: string;
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^x-".
     */
    [k: `x-${string}`]: unknown;
  };
  /**
   * 利用者側の責任 — user-side responsibilities (configuration, access control) recorded: true or false
   */
  userResponsibilitiesRecorded?: boolean;
  /**
   * 開示情報の確認 — provider disclosures (capital ties, foreign-law access, jurisdiction) reviewed: true or false
   */
  disclosuresReviewed?: boolean;
  /**
   * This interface was referenced by `CloudService`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: `x-${string}`]: unknown;
}
/**
 * 自治体ネットワーク — local-government network (three-layer model)
 */
export interface LocalNetwork {
  /**
   * モデル — alpha αモデル, beta βモデル, beta_prime β′モデル, alpha_prime α′モデル
   */
  model: 'alpha' | 'beta' | 'beta_prime' | 'alpha_prime';
  /**
   * セグメント — the segments the network is divided into, keyed by kind; a segment the network lacks is written null
   */
  segments?: {
    /**
     * マイナンバー利用事務系 — the My Number segment; null: the network has no such segment; absent: not stated
     */
    mynumber_use?: {
      /**
       * 名称 — the segment's name in the organisation
       */
      name?: string;
      /**
       * This interface was referenced by `undefined`'s JSON-Schema definition
       * via the `patternProperty` "^x-".
       */
      [k: `x-${string}`]: unknown;
    } | null;
    /**
     * LGWAN接続系 — the LGWAN-connected segment; null: the network has no such segment; absent: not stated
     */
    lgwan_connected?: {
      /**
       * 名称 — the segment's name in the organisation
       */
      name?: string;
      /**
       * This interface was referenced by `undefined`'s JSON-Schema definition
       * via the `patternProperty` "^x-".
       */
      [k: `x-${string}`]: unknown;
    } | null;
    /**
     * インターネット接続系 — the internet-connected segment; null: the network has no such segment; absent: not stated
     */
    internet_connected?: {
      /**
       * 名称 — the segment's name in the organisation
       */
      name?: string;
      /**
       * This interface was referenced by `undefined`'s JSON-Schema definition
       * via the `patternProperty` "^x-".
       */
      [k: `x-${string}`]: unknown;
    } | null;
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^x-".
     */
    [k: `x-${string}`]: unknown;
  };
  /**
   * システム — systems and the segment they belong to; []: none; absent: not stated
   *
   * Items: システム — one system
   */
  systems?: {
    /**
     * 識別子 — identifier, unique within its list
     */
    id: string;
    /**
     * 名称 — name
     */
    name?: string;
    /**
     * 所属セグメント — segments the system belongs to: exactly one, or the two a boundary device (boundaryRole) connects; []: in no segment
     *
     * Items: セグメント — segment
     */
    segments?: ('mynumber_use' | 'lgwan_connected' | 'internet_connected')[];
    /**
     * 重要情報資産 — holds important assets (resident data); false: it holds none
     */
    importantAsset?: boolean;
    /**
     * マイナンバー利用事務系システム — a My Number system; false: it is not
     */
    mynumberSystem?: boolean;
    /**
     * 境界装置の役割 — the boundary role of a system that sits in two segments by design (e.g. a sanitisation server); none: not a boundary device; absent: not stated
     */
    boundaryRole?: 'sanitisation' | 'screen_transfer' | 'specific_communication' | 'none';
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^x-".
     */
    [k: `x-${string}`]: unknown;
  }[];
  /**
   * 端末 — terminal groups; []: none; absent: not stated
   *
   * Items: 端末 — one terminal group
   */
  terminals?: {
    /**
     * 識別子 — identifier, unique within its list
     */
    id: string;
    /**
     * 名称 — name
     */
    name?: string;
    /**
     * 所属セグメント — segments the terminals belong to: exactly one, or the two a boundary device (boundaryRole) connects; []: in no segment
     *
     * Items: セグメント — segment
     */
    segments?: ('mynumber_use' | 'lgwan_connected' | 'internet_connected')[];
    /**
     * 情報持ち出し不可設定 — data export blocked; false: not blocked
     */
    exportBlocked?: boolean;
    /**
     * 二要素認証 — two-factor authentication; false: not used
     */
    twoFactor?: boolean;
    /**
     * インターネット直接接続 — terminals reach the internet directly; false: they do not
     */
    directInternet?: boolean;
    /**
     * 境界装置の役割 — the boundary role of a terminal group that sits in two segments by design; none: not a boundary device; absent: not stated
     */
    boundaryRole?: 'sanitisation' | 'screen_transfer' | 'specific_communication' | 'none';
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^x-".
     */
    [k: `x-${string}`]: unknown;
  }[];
  /**
   * 通信経路 — communication paths between segments and to the outside; []: none; absent: not stated
   *
   * Items: 通信経路 — one flow
   */
  flows?: {
    /**
     * 識別子 — identifier, unique within its list
     */
    id: string;
    /**
     * 送信元 — from
     */
    from: 'mynumber_use' | 'lgwan_connected' | 'internet_connected' | 'internet' | 'lgwan' | 'cloud';
    /**
     * 宛先 — to
     */
    to: 'mynumber_use' | 'lgwan_connected' | 'internet_connected' | 'internet' | 'lgwan' | 'cloud';
    /**
     * 名称 — what the flow carries (e.g. 申告データの取込)
     */
    name?: string;
    /**
     * 方式 — direct 直接, blocked 遮断, sanitised_transfer 無害化, screen_transfer 画面転送, specific_communication 特定通信, local_breakout ローカルブレイクアウト
     */
    method:
      'direct' | 'blocked' | 'sanitised_transfer' | 'screen_transfer' | 'specific_communication' | 'local_breakout';
    /**
     * 許可リスト — the destination or tenant is on an allow list; false: it is not
     */
    allowListed?: boolean;
    /**
     * 宛先名 — named destination (e.g. eLTAX, a cloud tenant)
     */
    destination?: string;
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^x-".
     */
    [k: `x-${string}`]: unknown;
  }[];
  /**
   * 自治体情報セキュリティクラウド経由 — internet egress goes through the prefectural security cloud; false: it does not
   */
  securityCloudEgress?: boolean;
  /**
   * β・β′モデルの対策 — the extra measures of the β and β′ models: training, incident response, EDR
   */
  betaMeasures?: {
    /**
     * 人的対策（研修）— human-side security measures such as staff training are in place; false: they are not
     */
    training?: boolean;
    /**
     * インシデント対応体制 — an incident-response set-up for the β model is in place; false: it is not
     */
    incidentResponse?: boolean;
    /**
     * EDR — endpoint detection and response on the terminals; false: none
     */
    edr?: boolean;
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^x-".
     */
    [k: `x-${string}`]: unknown;
  };
  /**
   * β′モデルの追加対策 — extra measures for β′
   */
  betaPrimeMeasures?: {
    /**
     * 資産単位のアクセス制御 — per-asset access control; false: not in place
     */
    perAssetAccessControl?: boolean;
    /**
     * ポリシー遵守の強制 — enforced policy compliance; false: not in place
     */
    policyEnforcement?: boolean;
    /**
     * 継続的な監視 — continuous detection and monitoring; false: not in place
     */
    continuousMonitoring?: boolean;
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^x-".
     */
    [k: `x-${string}`]: unknown;
  };
  /**
   * インシデント即応体制 — the organisation's incident-response set-up (e.g. a CSIRT)
   */
  csirt?: {
    /**
     * 設置 — an incident-response set-up (e.g. a CSIRT) exists; false: there is none
     */
    exists: boolean;
    /**
     * 役割の定義 — the roles of its members are defined; false: they are not
     */
    rolesDefined?: boolean;
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^x-".
     */
    [k: `x-${string}`]: unknown;
  };
  /**
   * サイバーセキュリティ確保の方針 — the policy for ensuring cyber-security that Local Autonomy Act art. 244-6 requires (from 2026-04-01)
   */
  securityPolicy?: {
    /**
     * 策定日 — the date the policy was adopted; null: not adopted yet; absent: not stated
     */
    adoptedOn?: string | null;
    /**
     * 公表日 — the date the policy was published; null: not published yet; absent: not stated
     */
    publishedOn?: string | null;
    /**
     * 策定機関 — the organs whose policy this record is (the duty falls on each): assembly 議会, head 長, other_executive_organs その他の執行機関（教育委員会・選挙管理委員会等）のすべて; []: none of them
     *
     * Items: 機関 — assembly, head, other_executive_organs
     */
    adoptedBy?: ('assembly' | 'head' | 'other_executive_organs')[];
    /**
     * 公表先 — where published
     */
    url?: string;
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^x-".
     */
    [k: `x-${string}`]: unknown;
  };
  /**
   * This interface was referenced by `LocalNetwork`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: `x-${string}`]: unknown;
}
/**
 * ID付与状況の定期的な見直し — periodic review of the user IDs issued (IDs of staff who left or moved removed)
 */
export interface PeriodicActivity {
  /**
   * 直近の実施日 — when it was last done; null: never done; absent: not stated
   */
  lastOn?: string | null;
  /**
   * 次回の期限 — the date by which the organisation's own rules require the next one (the last one plus the interval its rules set, or the first due date)
   */
  nextDueOn?: string;
  /**
   * This interface was referenced by `PeriodicActivity`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   *
   * This interface was referenced by `PeriodicActivity1`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   *
   * This interface was referenced by `PeriodicActivity2`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   *
   * This interface was referenced by `PeriodicActivity3`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: `x-${string}`]: unknown;
}
/**
 * IT調達 — one procurement (contract) of the system
 */
export interface ItProcurement {
  /**
   * 識別子 — identifier, unique within its list
   */
  id: string;
  /**
   * 件名 — title of the procurement
   */
  title?: string;
  /**
   * 種別 — new_build 新規構築, renewal 更改, modification 改修, maintenance 保守, operation 運用
   */
  kind?: 'new_build' | 'renewal' | 'modification' | 'maintenance' | 'operation';
  /**
   * 改修の規模 — for a modification: minor 軽度な改修, major それ以外
   */
  modificationSize?: 'minor' | 'major';
  /**
   * 適用した調達手続 — full: the full IT procurement procedure of the organisation's manual; simplified: a lighter track the manual itself provides (e.g. for minor modifications); none: handled outside the IT procurement procedure
   */
  procedure?: 'full' | 'simplified' | 'none';
  /**
   * 契約日 — the date the contract was signed; the date of the act the rules judge
   */
  contractSignedOn?: string;
  /**
   * 完了日 — the date the contract or development was completed (delivered and accepted); null: not completed yet
   */
  completedOn?: string | null;
  /**
   * IT調達計画書 — the procurement as the organisation's IT procurement plan lists it; null: the plan does not list it
   */
  procurementPlan?: {
    /**
     * システム名称 — the plan names the system as it is known (the same name as in the systems database and the contract); false: it does not
     */
    namesSystem?: boolean;
    /**
     * 調達内容 — the plan describes what is procured (scope and content); false: it does not
     */
    describesContent?: boolean;
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^x-".
     */
    [k: `x-${string}`]: unknown;
  } | null;
  /**
   * 非機能要件検討シート — the non-functional requirements sheet of the procurement; null: none was prepared
   */
  nonFunctionalSheet?: {
    /**
     * 作成日 — date the sheet was prepared
     */
    preparedOn?: string;
    /**
     * 記載 — every item of the sheet is filled in as the organisation's form requires (levels and notes stated, nothing left ambiguous); false: it is not
     */
    filledInAsFormRequires?: boolean;
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^x-".
     */
    [k: `x-${string}`]: unknown;
  } | null;
  /**
   * 連絡票 — the forms the IT procurement procedure has registered with the IT department
   */
  forms?: {
    /**
     * 契約・開発着手連絡票の登録日 — date the contract/development start form was registered; null: not registered
     */
    startRegisteredOn?: string | null;
    /**
     * 契約・開発終了連絡票の登録日 — date the contract/development end form was registered; null: not registered
     */
    endRegisteredOn?: string | null;
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^x-".
     */
    [k: `x-${string}`]: unknown;
  };
  /**
   * 受入テスト — the organisation's acceptance test of what was delivered; null: the procurement has no acceptance test (e.g. an operation contract)
   */
  acceptanceTest?: {
    /**
     * 受入テスト計画の決定日 — date the acceptance test plan (what to test, how, pass criteria) was decided; null: no plan
     */
    planDecidedOn?: string | null;
    /**
     * 受入テスト開始日 — date the acceptance test started
     */
    startedOn?: string;
    /**
     * 受入テスト文書の保管 — the test plan, results and sign-off are kept where the organisation's rules say; false: they are not
     */
    recordsKept?: boolean;
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^x-".
     */
    [k: `x-${string}`]: unknown;
  } | null;
  /**
   * 導入後の評価 — evaluation of the effect and cost-effectiveness after the system went into use; null: none done or planned
   */
  postImplementationReview?: {
    /**
     * 実施日 — date the evaluation was done; null: not done yet
     */
    doneOn?: string | null;
    /**
     * 期限 — the date by which the organisation's rules (or the procurement's plan) call for the evaluation
     */
    dueOn?: string;
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^x-".
     */
    [k: `x-${string}`]: unknown;
  } | null;
  /**
   * This interface was referenced by `ItProcurement`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: `x-${string}`]: unknown;
}
/**
 * 関門 — one gate passed
 */
export interface ProcurementGate {
  /**
   * 識別子 — identifier, unique within its list
   */
  id: string;
  /**
   * 調達 — id of the procurement (in itProcurements) that passed the gate
   */
  procurement?: string;
  /**
   * 関門名 — the gate as the organisation's procedure names it (e.g. 企画, 調達, 受入)
   */
  gate?: string;
  /**
   * 通過日 — the date the gate was passed; the date of the act the rules judge
   */
  passedOn?: string;
  /**
   * 関門検査点検シート — the gate checklist; null: none was prepared
   */
  checklist?: {
    /**
     * 作成日 — date the checklist was prepared
     */
    preparedOn?: string;
    /**
     * 提出日 — date it was submitted to the IT department; null: not submitted
     */
    submittedOn?: string | null;
    /**
     * 提出確認日 — date the IT department confirmed it had received it; null: not confirmed
     */
    receiptConfirmedOn?: string | null;
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^x-".
     */
    [k: `x-${string}`]: unknown;
  } | null;
  /**
   * This interface was referenced by `ProcurementGate`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: `x-${string}`]: unknown;
}
/**
 * 情報セキュリティの自己点検 — the departments' self-inspection of their security measures
 */
export interface PeriodicActivity1 {
  /**
   * 直近の実施日 — when it was last done; null: never done; absent: not stated
   */
  lastOn?: string | null;
  /**
   * 次回の期限 — the date by which the organisation's own rules require the next one (the last one plus the interval its rules set, or the first due date)
   */
  nextDueOn?: string;
  /**
   * This interface was referenced by `PeriodicActivity`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   *
   * This interface was referenced by `PeriodicActivity1`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   *
   * This interface was referenced by `PeriodicActivity2`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   *
   * This interface was referenced by `PeriodicActivity3`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: `x-${string}`]: unknown;
}
/**
 * 情報セキュリティポリシーの見直し — review and update of the security policy (basic policy and standards), e.g. after the national guideline is revised
 */
export interface PeriodicActivity2 {
  /**
   * 直近の実施日 — when it was last done; null: never done; absent: not stated
   */
  lastOn?: string | null;
  /**
   * 次回の期限 — the date by which the organisation's own rules require the next one (the last one plus the interval its rules set, or the first due date)
   */
  nextDueOn?: string;
  /**
   * This interface was referenced by `PeriodicActivity`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   *
   * This interface was referenced by `PeriodicActivity1`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   *
   * This interface was referenced by `PeriodicActivity2`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   *
   * This interface was referenced by `PeriodicActivity3`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: `x-${string}`]: unknown;
}
/**
 * 情報セキュリティ教育・研修 — security education and training of staff
 */
export interface PeriodicActivity3 {
  /**
   * 直近の実施日 — when it was last done; null: never done; absent: not stated
   */
  lastOn?: string | null;
  /**
   * 次回の期限 — the date by which the organisation's own rules require the next one (the last one plus the interval its rules set, or the first due date)
   */
  nextDueOn?: string;
  /**
   * This interface was referenced by `PeriodicActivity`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   *
   * This interface was referenced by `PeriodicActivity1`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   *
   * This interface was referenced by `PeriodicActivity2`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   *
   * This interface was referenced by `PeriodicActivity3`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: `x-${string}`]: unknown;
}

import type { KanmonDescriptor } from '../../../src/descriptor/types.generated.js';
import { cloudProject, ismapRegistry, liuSaas } from '../../fixtures/cloud-project.js';
import { definePackCases, type PackCase, type PackCases } from '../tester.js';

type Edition = '2020-06' | '2022-11' | '2023-05';
type Service = NonNullable<KanmonDescriptor['cloudServices']>[number];

const svc = (d: KanmonDescriptor): Service => d.cloudServices![0]!;
const AT = '/cloudServices/0';
const LIU_EDITIONS: readonly Edition[] = ['2022-11', '2023-05'];
/** A date inside each edition's life, when the fixture's listing is valid. */
const AS_OF: Record<Edition, string> = { '2020-06': '2021-10-01', '2022-11': '2022-12-01', '2023-05': '2024-06-01' };
const registry = { ismapRegistry };

function common(): PackCase[] {
  return [
    {
      description: 'a listed service in good order passes every listing rule',
      expect: [
        { ruleId: 'IS-01', status: 'pass', pointer: AT }, { ruleId: 'IS-03', status: 'pass', pointer: AT }, { ruleId: 'IS-04', status: 'pass', pointer: AT },
        { ruleId: 'IS-05', status: 'pass', pointer: AT }, { ruleId: 'IS-11', status: 'pass', pointer: AT }, { ruleId: 'IS-12', status: 'pass', pointer: AT },
        { ruleId: 'IS-02', status: 'not_applicable', pointer: AT }, { ruleId: 'IS-REG-01', status: 'not_applicable', pointer: AT },
      ],
    },
    {
      description: 'an unlisted SaaS for C2 information fails IS-01 and, with nothing recorded, IS-02',
      patch: (d) => { d.cloudServices = [{ id: 'svc-x', name: '未登録 SaaS', serviceModel: 'SaaS', confidentiality: 'C2', procuredOn: '2021-06-01', ismap: { listingType: 'none' } }]; },
      expect: [{ ruleId: 'IS-01', status: 'fail', pointer: AT }, { ruleId: 'IS-02', status: 'fail', pointer: AT }, { ruleId: 'IS-03', status: 'not_applicable', pointer: AT }],
    },
    {
      description: 'an unlisted service with reason, own assessment and approval passes IS-02 while IS-01 still fails',
      patch: (d) => {
        d.cloudServices = [{
          id: 'svc-x', name: '未登録 SaaS', serviceModel: 'SaaS', confidentiality: 'C2', procuredOn: '2021-06-01', ismap: { listingType: 'none' },
          unlisted: { reason: '代替がない', ownAssessment: true, approvedBy: 'CISO', approvedOn: '2021-05-20' },
        }];
      },
      expect: [{ ruleId: 'IS-02', status: 'pass', pointer: AT }, { ruleId: 'IS-01', status: 'fail', pointer: AT }],
    },
    {
      description: 'C1-only information needs no listed service (IS-10): IS-01 and IS-02 do not apply',
      patch: (d) => { d.cloudServices = [{ id: 'svc-web', name: '広報サイト', serviceModel: 'SaaS', confidentiality: 'C1', procuredOn: '2021-06-01', ismap: { listingType: 'none' } }]; },
      expect: [{ ruleId: 'IS-01', status: 'not_applicable', pointer: AT }, { ruleId: 'IS-02', status: 'not_applicable', pointer: AT }],
    },
    {
      description: 'a service procured before the first list (2021-03) is not held to IS-01',
      patch: (d) => { svc(d).procuredOn = '2020-12-01'; svc(d).ismap = { listingType: 'none' }; },
      expect: [{ ruleId: 'IS-01', status: 'not_applicable', pointer: AT }],
    },
    {
      description: 'a service whose confidentiality is not recorded is missing under IS-01, not pass',
      patch: (d) => { delete svc(d).confidentiality; },
      expect: [{ ruleId: 'IS-01', status: 'missing', pointer: AT }],
    },
    {
      description: 'a listing that lapsed before the evaluation date fails IS-03',
      patch: (d) => { svc(d).ismap!.expiresOn = '2021-05-31'; svc(d).ismap!.auditPeriodEnd = '2020-01-31'; },
      expect: [{ ruleId: 'IS-03', status: 'fail', pointer: AT }],
    },
    {
      description: 'a renewal applied before expiry keeps the listing valid under IS-03',
      patch: (d) => { Object.assign(svc(d).ismap!, { expiresOn: '2021-05-31', auditPeriodEnd: '2020-01-31', status: 'renewal_pending', renewalAppliedOn: '2021-04-15' }); },
      expect: [{ ruleId: 'IS-03', status: 'pass', pointer: AT }, { ruleId: 'IS-04', status: 'not_applicable', pointer: AT }],
    },
    {
      description: 'a renewal applied after expiry does not keep the listing valid',
      patch: (d) => { Object.assign(svc(d).ismap!, { expiresOn: '2021-05-31', auditPeriodEnd: '2020-01-31', status: 'renewal_pending', renewalAppliedOn: '2021-06-15' }); },
      expect: [{ ruleId: 'IS-03', status: 'fail', pointer: AT }],
    },
    {
      description: 'an expiry not after the audit period end contradicts itself under IS-03',
      patch: (d) => { svc(d).ismap!.auditPeriodEnd = '2027-01-31'; },
      expect: [{ ruleId: 'IS-03', status: 'fail', pointer: AT }],
    },
    {
      description: 'a withdrawn listing fails IS-03',
      patch: (d) => { svc(d).ismap!.status = 'withdrawn'; },
      expect: [{ ruleId: 'IS-03', status: 'fail', pointer: AT }],
    },
    {
      description: 'a listing with no expiry recorded is missing under IS-03',
      patch: (d) => { delete svc(d).ismap!.expiresOn; },
      expect: [{ ruleId: 'IS-03', status: 'missing', pointer: AT }, { ruleId: 'IS-04', status: 'missing', pointer: AT }],
    },
    {
      description: 'a listing that expires before the contract ends, with no renewal, warns under IS-04',
      patch: (d) => { svc(d).contractEndsOn = '2027-03-31'; },
      expect: [{ ruleId: 'IS-04', status: 'fail', pointer: AT }, { ruleId: 'IS-03', status: 'pass', pointer: AT }],
    },
    {
      description: 'a listing that expires within 90 days without a renewal warns under IS-04',
      asOf: '2026-11-15',
      patch: (d) => { svc(d).contractEndsOn = '2026-12-31'; },
      expect: [{ ruleId: 'IS-04', status: 'fail', pointer: AT }],
    },
    {
      description: 'a region outside the registered scope fails IS-05',
      patch: (d) => { svc(d).regionsUsed = ['tokyo', 'singapore']; },
      expect: [{ ruleId: 'IS-05', status: 'fail', pointer: AT }],
    },
    {
      description: 'C3 information without recorded extra measures fails IS-09',
      patch: (d) => { svc(d).confidentiality = 'C3'; },
      expect: [{ ruleId: 'IS-09', status: 'fail', pointer: AT }, { ruleId: 'IS-01', status: 'pass', pointer: AT }],
    },
    {
      description: 'C3 information with recorded and approved extra measures passes IS-09',
      patch: (d) => { svc(d).confidentiality = 'C3'; svc(d).c3Measures = { recorded: true, approvedBy: 'CISO' }; },
      expect: [{ ruleId: 'IS-09', status: 'pass', pointer: AT }],
    },
    {
      description: 'user-side responsibilities not recorded fail IS-11',
      patch: (d) => { svc(d).userResponsibilitiesRecorded = false; },
      expect: [{ ruleId: 'IS-11', status: 'fail', pointer: AT }],
    },
    {
      description: 'disclosures not reviewed fail IS-12',
      patch: (d) => { svc(d).disclosuresReviewed = false; },
      expect: [{ ruleId: 'IS-12', status: 'fail', pointer: AT }],
    },
    {
      description: 'Government Cloud IaaS with no listing of its own counts as listed (IS-14, IS-01)',
      patch: (d) => { d.cloudServices = [{ id: 'gc', name: 'ガバメントクラウド', serviceModel: 'IaaS', govCloud: true, confidentiality: 'C2', procuredOn: '2021-10-01', userResponsibilitiesRecorded: true }]; },
      expect: [{ ruleId: 'IS-14', status: 'pass', pointer: AT }, { ruleId: 'IS-01', status: 'pass', pointer: AT }, { ruleId: 'IS-02', status: 'not_applicable', pointer: AT }],
    },
    {
      description: 'a SaaS on the Government Cloud does not count as listed (IS-14)',
      patch: (d) => { d.cloudServices = [{ id: 'gc-saas', name: 'ガバメントクラウド上の SaaS', serviceModel: 'SaaS', govCloud: true, confidentiality: 'C2', procuredOn: '2021-10-01', ismap: { listingType: 'none' } }]; },
      expect: [{ ruleId: 'IS-14', status: 'fail', pointer: AT }, { ruleId: 'IS-01', status: 'fail', pointer: AT }],
    },
    {
      description: 'the pack does not apply to a municipality (open question)',
      patch: (d) => { d.organisation = { kind: 'municipality', name: '架空市' }; svc(d).ismap = { listingType: 'none' }; },
      expect: [{ ruleId: 'IS-01', status: 'not_applicable' }],
    },
    {
      description: 'with a registry snapshot, a registration in it, valid and of the claimed type, passes the cross-check',
      options: registry,
      expect: [{ ruleId: 'IS-REG-01', status: 'pass', pointer: AT }, { ruleId: 'IS-REG-02', status: 'pass', pointer: AT }, { ruleId: 'IS-REG-03', status: 'pass', pointer: AT }],
    },
    {
      description: 'with a registry snapshot, a forged registration number fails IS-REG-01',
      options: registry,
      patch: (d) => { svc(d).ismap!.registrationNumber = 'C9999-FORGED-999'; },
      expect: [{ ruleId: 'IS-REG-01', status: 'fail', pointer: AT }, { ruleId: 'IS-REG-02', status: 'not_applicable', pointer: AT }, { ruleId: 'IS-03', status: 'pass', pointer: AT }],
    },
    {
      description: 'with a registry snapshot, a registration expired in it fails IS-REG-02 whatever the descriptor claims',
      options: registry,
      patch: (d) => { svc(d).ismap!.registrationNumber = 'C9999-TEST-002'; },
      expect: [{ ruleId: 'IS-REG-02', status: 'fail', pointer: AT }, { ruleId: 'IS-REG-01', status: 'pass', pointer: AT }],
    },
    {
      description: 'with a registry snapshot, a registration of another listing type fails IS-REG-03',
      options: registry,
      patch: (d) => { svc(d).ismap!.registrationNumber = 'L9999-TEST-101'; },
      expect: [{ ruleId: 'IS-REG-03', status: 'fail', pointer: AT }],
    },
  ];
}

function liu(edition: Edition): PackCase[] {
  const withLiu = (patch?: (s: Service) => void) => (d: KanmonDescriptor): void => {
    d.cloudServices = [structuredClone(liuSaas)];
    patch?.(svc(d));
  };
  return [
    {
      description: 'an LIU-listed SaaS used within LIU limits passes IS-01 and IS-06 to IS-08',
      patch: withLiu(),
      expect: [
        { ruleId: 'IS-01', status: 'pass', pointer: AT }, { ruleId: 'IS-06', status: 'pass', pointer: AT },
        { ruleId: 'IS-07', status: 'pass', pointer: AT }, { ruleId: 'IS-08', status: 'pass', pointer: AT },
      ],
    },
    { description: 'an LIU listing for a PaaS fails IS-06', patch: withLiu((s) => { s.serviceModel = 'PaaS'; }), expect: [{ ruleId: 'IS-06', status: 'fail', pointer: AT }] },
    {
      description: 'an LIU use outside the listed business categories fails IS-07',
      patch: withLiu((s) => { s.liu!.businessCategoryListed = false; }),
      expect: [{ ruleId: 'IS-07', status: 'fail', pointer: AT }, { ruleId: 'IS-08', status: 'pass', pointer: AT }],
    },
    {
      description: 'LIU with C3 information fails IS-08',
      patch: withLiu((s) => { s.confidentiality = 'C3'; }),
      expect: [{ ruleId: 'IS-08', status: 'fail', pointer: AT }, { ruleId: 'IS-09', status: 'fail', pointer: AT }],
    },
    {
      description: 'LIU with an impact not rated low fails IS-07 and IS-08',
      patch: withLiu((s) => { s.liu!.impactAssessment = 'not_low'; }),
      expect: [{ ruleId: 'IS-07', status: 'fail', pointer: AT }, { ruleId: 'IS-08', status: 'fail', pointer: AT }],
    },
    ...(edition === '2022-11'
      ? [{
        description: 'the special-measures LIU list does not exist yet in 2022-11: IS-01 fails',
        patch: withLiu((s) => { s.ismap!.listingType = 'ismap_liu_special'; s.ismap!.appliedOn = '2022-12-01'; }),
        expect: [{ ruleId: 'IS-01', status: 'fail' as const, pointer: AT }],
      }]
      : [
        {
          description: 'a special-measures LIU listing applied for inside the window and used as LIU allows passes IS-13',
          patch: withLiu((s) => { s.ismap!.listingType = 'ismap_liu_special'; s.ismap!.appliedOn = '2023-06-01'; }),
          expect: [{ ruleId: 'IS-13', status: 'pass' as const, pointer: AT }, { ruleId: 'IS-01', status: 'pass' as const, pointer: AT }],
        },
        {
          description: 'a special-measures LIU listing applied for after 2025-03-31 fails IS-13',
          patch: withLiu((s) => { s.ismap!.listingType = 'ismap_liu_special'; s.ismap!.appliedOn = '2025-05-01'; }),
          expect: [{ ruleId: 'IS-13', status: 'fail' as const, pointer: AT }],
        },
        {
          description: 'a special-measures LIU listing for C3 information fails IS-13',
          patch: withLiu((s) => { s.ismap!.listingType = 'ismap_liu_special'; s.ismap!.appliedOn = '2023-06-01'; s.confidentiality = 'C3'; }),
          expect: [{ ruleId: 'IS-13', status: 'fail' as const, pointer: AT }],
        },
      ]),
  ];
}

function only2020(): PackCase[] {
  return [{
    description: 'before LIU existed (2020-06 edition) an LIU claim does not satisfy IS-01',
    patch: (d) => { d.cloudServices = [structuredClone(liuSaas)]; },
    expect: [{ ruleId: 'IS-01', status: 'fail', pointer: AT }],
  }];
}

/** The case file of one ISMAP edition: shared cases, plus the edition's own, at a date inside it. */
export function ismapCases(edition: Edition): PackCases {
  const cases = [...common(), ...(LIU_EDITIONS.includes(edition) ? liu(edition) : only2020())];
  return definePackCases({ pack: 'ismap', edition, base: cloudProject, cases: cases.map((c) => ({ asOf: AS_OF[edition], ...c })) });
}

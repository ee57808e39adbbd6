import { describe, expect, it } from 'vitest';
import { compileEdition } from '../../src/policy/load.js';

// The loader knows the caller facts' schemas: paths into them are checked like descriptor paths.
const edition = (rule: string): string => `schemaVersion: 1
pack: test
edition: "2024-01"
title: { ja: 試験, en: Test }
effective: { from: "2024-01-01" }
source: DEMO-SOURCE
sources: [{ id: DEMO-SOURCE, kind: primary, title: { ja: t, en: t }, issuer: { ja: i, en: i }, date: "2024-01" }]
rules:
  - id: T-01
    title: { ja: 試験, en: Test }
    severity: warning
    basis: secondary
    source: DEMO-SOURCE
    section: "none"
${rule}
    message: { ja: "番号 {registryEntry.registrationNumber}", en: "number {registryEntry.registrationNumber}" }
    remediation: { ja: 直す, en: fix }
`;

describe('caller facts in policies', () => {
  it('registryEntry is usable inside forEach: $.cloudServices, with its paths checked', () => {
    const ok = compileEdition(edition('    forEach: $.cloudServices\n    check: { fact: registryEntry, path: $.expiresOn, operator: dateOnOrAfter, value: { fact: asOf } }'));
    expect(ok.ok).toBe(true);
    const badPath = compileEdition(edition('    forEach: $.cloudServices\n    check: { fact: registryEntry, path: $.expiry, operator: exists, value: true }'));
    expect(!badPath.ok && badPath.diagnostics.map((e) => e.code)).toEqual(['path-not-in-schema']);
    const badEnum = compileEdition(edition('    forEach: $.cloudServices\n    check: { fact: registryEntry, path: $.listingType, operator: equal, value: gold }'));
    expect(!badEnum.ok && badEnum.diagnostics.map((e) => e.code)).toEqual(['value-not-in-enum']);
  });

  it('registryEntry outside a cloud-service forEach is an unknown fact', () => {
    const outside = compileEdition(edition('    forEach: $.sites\n    check: { fact: registryEntry, operator: exists, value: true }'));
    expect(!outside.ok && outside.diagnostics.map((e) => e.code)).toContain('unknown-fact');
    const projectLevel = compileEdition(edition('    check: { fact: registryEntry, operator: exists, value: true }'));
    expect(!projectLevel.ok && projectLevel.diagnostics[0]!.message.en).toMatch(/only in rules with forEach: \$\.cloudServices/);
  });

  it('ismapRegistry is usable in every rule', () => {
    const r = compileEdition(edition('    check: { fact: ismapRegistry, path: $.consulted, operator: exists, value: true }').replace(/\{registryEntry\.registrationNumber\}/g, '{ismapRegistry.entries}'));
    expect(r.ok).toBe(true);
  });
});

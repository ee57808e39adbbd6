import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { parseDescriptor } from '../../src/descriptor/validate.js';
import type { KanmonDescriptor } from '../../src/descriptor/types.generated.js';
import { evaluate } from '../../src/evaluate.js';
import { buildNetworkModel } from '../../src/graph/model.js';
import { toSvg, wrapText } from '../../src/graph/svg.js';
import { localGovernment } from '../fixtures/local-government.js';

// The playground draws the network as SVG from the same model as `kanmon graph`: it must be
// well-formed XML, show every flow and system, and mark the flows the findings name.

const { window } = new JSDOM('<!doctype html>');

function load(name: string): KanmonDescriptor {
  const parsed = parseDescriptor(readFileSync(`docs/examples/${name}.yaml`, 'utf8'), name);
  if (!parsed.ok) throw new Error(`${name} is invalid`);
  return parsed.descriptor;
}

function svgOf(descriptor: KanmonDescriptor, lang: 'ja' | 'en', withReport = true): Document {
  const report = withReport ? evaluate(descriptor, { lang }) : undefined;
  const text = toSvg(buildNetworkModel(descriptor, report, lang), { idPrefix: 'net', description: 'the picture' });
  const doc = new window.DOMParser().parseFromString(text, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

describe('toSvg', () => {
  for (const name of ['three-layer-alpha-pass', 'three-layer-beta-no-edr', 'three-layer-mynumber-internet']) {
    it(`${name}: well-formed, one arrow per flow and one box per system or terminal, in both languages`, () => {
      const descriptor = load(name);
      const net = descriptor.localNetwork!;
      for (const lang of ['ja', 'en'] as const) {
        const doc = svgOf(descriptor, lang);
        expect(doc.querySelectorAll('g.flow')).toHaveLength(net.flows!.length);
        expect(doc.querySelectorAll('g.node')).toHaveLength(net.systems!.length + net.terminals!.length);
        expect(doc.querySelector('desc')?.textContent).toBe('the picture');
      }
    });
  }

  it('marks the failing flow of the β example (dashed, "NG" and the rule id) and no other flow', () => {
    const doc = svgOf(load('three-layer-beta-no-edr'), 'en');
    const flows = Array.from(doc.querySelectorAll('g.flow'));
    expect(flows.map((f) => f.getAttribute('data-status'))).toEqual(['ok', 'ok', 'fail', 'ok', 'ok']);
    expect(flows[2]!.getAttribute('data-pointer')).toBe('/localNetwork/flows/2');
    expect(flows[2]!.textContent).toContain('NG TL-LG-02');
    expect(flows[2]!.querySelector('.flow-line')!.getAttribute('stroke-dasharray')).toBeTruthy();
    expect(flows[0]!.querySelector('.flow-line')!.getAttribute('stroke-dasharray')).not.toBe('8 5');
    const fileserver = Array.from(doc.querySelectorAll('g.node')).find((n) => n.textContent!.includes('(fileserver)'))!;
    expect(fileserver.getAttribute('data-status')).toBe('fail');
    expect(fileserver.textContent).toContain('NG TL-BETA-02');
  });

  it('without a report nothing is marked; labels are text, never markup', () => {
    const descriptor = structuredClone(localGovernment);
    descriptor.localNetwork!.systems![0]!.name = '<script>alert(1)</script> & "x"';
    const doc = svgOf(descriptor, 'en', false);
    expect(Array.from(doc.querySelectorAll('[data-status]')).every((e) => e.getAttribute('data-status') === 'ok')).toBe(true);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(doc.documentElement.textContent).toContain('<script>alert(1)</script> & "x"');
  });

  it('wraps long labels within the width, after a space where there is one', () => {
    expect(wrapText('aaaa bbbb cccc', 60)).toEqual(['aaaa', 'bbbb', 'cccc']);
    expect(wrapText('短い', 200)).toEqual(['短い']);
    expect(wrapText('あいうえおかきくけこ', 60)).toEqual(['あいうえお', 'かきくけこ']);
  });
});

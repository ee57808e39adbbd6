import { describe, expect, it } from 'vitest';

// The public API is a contract: an export must never appear or vanish by accident.
describe('public API', () => {
  it('exports exactly these runtime names', async () => {
    const api = await import('../src/index.js');
    expect(Object.keys(api).sort()).toEqual([
      'DescriptorError', 'KanmonError', 'OPERATORS', 'OptionError', 'PolicyLoadError', 'RegistryError', 'bundledEditions', 'compileEdition',
      'compileEditions', 'diffEditions', 'evaluate', 'evaluateAsync', 'formatCaseRunJson', 'formatCaseRunText', 'formatDiff', 'formatJson', 'formatLintJson',
      'formatLintText', 'formatMarkdown', 'formatText', 'impact', 'lintPolicies', 'loadEdition', 'parseDescriptor', 'parseRegistry', 'renderCatalogue', 'renderNetworkGraph', 'run',
      'runCaseTables', 'selectEditions', 'validateDescriptor',
    ]);
  });
});

import { describe, expect, it } from 'vitest';

// The public API is a contract: an export must never appear or vanish by accident.
describe('public API', () => {
  it('exports exactly these runtime names', async () => {
    const api = await import('../src/index.js');
    expect(Object.keys(api).sort()).toEqual([
      'KanmonError', 'OPERATORS', 'bibliography', 'bundledEditions', 'bundledPacks', 'compileEdition',
      'compileEditions', 'diffEditions', 'evaluate', 'evaluateAsync', 'formatCaseRunJson', 'formatCaseRunText', 'formatDiff', 'formatJson', 'formatLintJson',
      'formatLintText', 'formatMarkdown', 'formatText', 'gate', 'impact', 'ismapRegistryProvider', 'lintPolicies', 'loadEdition', 'parseDescriptor', 'parseRegistry', 'renderCatalogue', 'renderNetworkGraph',
      'runCaseTables', 'selectEditions', 'validateDescriptor',
    ]);
  });

  it('kanmon/cli exports the command as a library, apart from the main entry', async () => {
    const cli = await import('../src/cli/api.js');
    expect(Object.keys(cli).sort()).toEqual(['langFromEnv', 'run']);
  });

  it('kanmon/node exports the file readers, apart from the main entry', async () => {
    const node = await import('../src/node.js');
    expect(Object.keys(node).sort()).toEqual(['readDescriptorFile', 'readEditionFiles']);
  });
});

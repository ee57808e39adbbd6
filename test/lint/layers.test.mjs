// The import-boundary rule that npm run lint applies to src/: an import may point to its own layer or
// a lower one, never up, and every folder of src/ must be in a layer.
import { RuleTester } from 'eslint';
import { describe, it } from 'vitest';
import { layersRule } from '../../.eslint/layers.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const at = (path) => `${process.cwd()}/src/${path}`;
const tester = new RuleTester({ languageOptions: { ecmaVersion: 2022, sourceType: 'module' } });

tester.run('kanmon/layers', layersRule, {
  valid: [
    { code: "import { msg } from '../diagnostics/catalogue/index.js';", filename: at('engine/a.js') },
    { code: "import { evaluate } from '../evaluate.js';", filename: at('cli/a.js') },
    { code: "import { readPath } from './path.js';", filename: at('engine/a.js') },
    { code: "import { parse } from 'yaml';", filename: at('shared/a.js') },
  ],
  invalid: [
    { code: "import { run } from '../cli/run.js';", filename: at('registry/a.js'), errors: [{ messageId: 'upward' }] },
    { code: "export * from '../report/types.js';", filename: at('engine/a.js'), errors: [{ messageId: 'upward' }] },
    { code: "export { evaluate } from '../evaluate.js';", filename: at('parse/a.js'), errors: [{ messageId: 'upward' }] },
    { code: "const m = import('../cli/run.js');", filename: at('shared/a.js'), errors: [{ messageId: 'upward' }] },
    { code: "import { x } from './y.js';", filename: at('newfolder/a.js'), errors: [{ messageId: 'unknown' }] },
  ],
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Lexer, Parser, type CST } from 'yaml';
import { ProblemList } from '../../src/parse/problems.js';
import { checkYamlShape, surelyWithinLimits } from '../../src/parse/yaml-cst.js';

// A YAML text is walked for maxDepth and maxNodes only when it is not surely within them, judged
// from the most tokens yaml's parser held open and the text's length. These properties hold yaml's
// parser to that judgement on texts of its whole syntax, broken ones included: whenever the text
// is judged surely within the limits, the exact walk agrees.

const PIECES = [
  '\n', ' ', '  ', '    ', '- ', '-', '? ', '?', ': ', ':', '[', ']', '{', '}', ', ', ',', 'a', 'b: ', '"x"', "'y'",
  '&a ', '*a', '|\n', '>\n', '# c\n', '--- ', '...\n', '!t ', '\t', 'k:\n', '- a: ', '  - ', '[a, {b: [c', ']}]',
  '?\n', '[?]', '{?}', '[,]', '- - ', '? ? ', '[:]', '{:}', ': :', '- [', '{a: ', '\n  ', '\n    - ', '\n      ',
];

// Pieces that are nearly all values (implicit nulls, empty collections), for texts dense in values.
const DENSE = ['?\n', '?', '-\n', '- ', '[?]', '{?}', '[]', '{}', ':\n', '? :', '[,]', '-'];

const text = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((parts) => parts.join('')),
  fc.array(fc.constantFrom(...DENSE), { maxLength: 120 }).map((parts) => parts.join('')),
);

/** The syntax tree as kanmon builds it, and the most tokens the parser held open after any lexeme. */
function parsed(source: string): { tokens: CST.Token[]; mostOpen: number } {
  const parser = new Parser();
  const tokens: CST.Token[] = [];
  let mostOpen = 0;
  for (const lexeme of new Lexer().lex(source)) {
    for (const token of parser.next(lexeme)) tokens.push(token);
    mostOpen = Math.max(mostOpen, parser.stack.length);
  }
  for (const token of parser.end()) tokens.push(token);
  return { tokens, mostOpen };
}

describe('the judgement that spares the walk of a YAML syntax tree', () => {
  it('is never wrong: a tree judged surely within the limits passes the exact walk', () => {
    let judgedWithin = 0;
    let walkedAndRefused = 0;
    fc.assert(fc.property(text, fc.integer({ min: 1, max: 14 }), fc.integer({ min: 1, max: 1200 }), (source, maxDepth, maxNodes) => {
      const { tokens, mostOpen } = parsed(source);
      const limits = { maxBytes: 1_000_000, maxDepth, maxNodes, maxAliasExpansions: 10_000, maxProblems: 100 };
      const problems = new ProblemList({ kind: 'input' }, 100, () => ({ line: 1, column: 1 }));
      const exact = checkYamlShape(tokens, limits, problems);
      if (surelyWithinLimits(mostOpen, source.length, limits)) {
        judgedWithin++;
        return exact;
      }
      if (!exact) walkedAndRefused++;
      return true;
    }), { numRuns: 20_000, seed: 20_251_130 });
    // Both sides of the judgement were reached, so the property above was put to the test.
    expect(judgedWithin).toBeGreaterThan(1_000);
    expect(walkedAndRefused).toBeGreaterThan(1_000);
  }, 120_000);
});

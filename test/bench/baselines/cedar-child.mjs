// T3's Cedar side, in its own process (Cedar's wasm and kanmon in one node 20 process ended in a V8
// fatal error). Started by fork(); the parent sends { type: 'prepare', policies, context }, this
// pre-parses the policies once (preparsePolicySet) and answers which policies are satisfied;
// then warm and batch requests time statefulIsAuthorized calls (see serveContestant).
import { serveContestant } from '../measure.mjs';

let cedar;
try {
  cedar = await import('@cedar-policy/cedar-wasm/nodejs');
} catch (error) {
  process.send({ type: 'unavailable', error: `@cedar-policy/cedar-wasm could not be loaded (${error.message.split('\n')[0]})` }, () => process.exit(0));
}

let call = () => { throw new Error('no policy set prepared yet'); };
let sets = 0;

process.on('message', (message) => {
  if (message.type !== 'prepare') return;
  try {
    const id = `bench-${++sets}`;
    const parsed = cedar.preparsePolicySet(id, { staticPolicies: message.policies });
    if (parsed.type !== 'success') throw new Error(parsed.errors.map((e) => e.message).join('; '));
    const request = {
      principal: { type: 'User', id: 'bench' }, action: { type: 'Action', id: 'check' }, resource: { type: 'Project', id: 'synthetic' },
      context: message.context, preparsedPolicySetId: id, entities: [],
    };
    call = () => cedar.statefulIsAuthorized(request);
    const answer = call();
    if (answer.type !== 'success') throw new Error(answer.errors.map((e) => e.message).join('; '));
    const { reason, errors } = answer.response.diagnostics;
    process.send({ id: message.id, satisfied: [...reason].sort(), errors: errors.length, version: cedar.getCedarVersion() });
  } catch (error) {
    process.send({ id: message.id, error: error.message });
  }
});

serveContestant(() => call());
process.send({ type: 'ready' });

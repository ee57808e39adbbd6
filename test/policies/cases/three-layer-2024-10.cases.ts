import { addFlow, betaCases, cloudCases, lawCases, localGovernment, net, NEW_FLOW, sharedThreeLayerCases } from '../../fixtures/local-government.js';
import { definePackCases } from '../tester.js';

const breakout = { id: 'breakout', name: 'グループウェアへの直接接続', from: 'lgwan_connected', to: 'cloud', method: 'local_breakout', destination: 'groupware tenant' } as const;

export default definePackCases({
  pack: 'three-layer',
  edition: '2024-10',
  base: localGovernment,
  cases: [
    ...sharedThreeLayerCases(true),
    ...betaCases(),
    ...cloudCases(),
    ...lawCases(),
    {
      description: 'under α′ an allow-listed local breakout from the LGWAN segment passes TL-APR-01 and TL-LG-01',
      patch: (d) => { net(d).model = 'alpha_prime'; addFlow(d, { ...breakout, allowListed: true }); },
      expect: [{ ruleId: 'TL-APR-01', status: 'pass', pointer: NEW_FLOW }, { ruleId: 'TL-LG-01', status: 'pass', pointer: NEW_FLOW }],
    },
    {
      description: 'under α′ a local breakout to a destination not on the allow list fails TL-APR-01',
      patch: (d) => { net(d).model = 'alpha_prime'; addFlow(d, { ...breakout, allowListed: false }); },
      expect: [{ ruleId: 'TL-APR-01', status: 'fail', pointer: NEW_FLOW }, { ruleId: 'TL-LG-01', status: 'pass', pointer: NEW_FLOW }],
    },
    {
      description: 'a local breakout under α fails TL-APR-01 as well as TL-LG-01',
      patch: (d) => addFlow(d, { ...breakout, allowListed: true }),
      expect: [{ ruleId: 'TL-APR-01', status: 'fail', pointer: NEW_FLOW }, { ruleId: 'TL-LG-01', status: 'fail', pointer: NEW_FLOW }],
    },
    {
      description: 'every model a descriptor can declare is allowed from 2024-10 (TL-MOD-01 is gone)',
      patch: (d) => { net(d).model = 'alpha_prime'; },
      expect: [{ ruleId: 'TL-MOD-02', status: 'not_applicable', pointer: '/localNetwork/terminals/1' }],
    },
  ],
});

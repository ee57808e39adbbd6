import { platformProject } from '../../fixtures/platform-project.js';
import { definePackCases } from '../tester.js';

// Sites in the fixture: 0 main (Tokyo), 1 backup (Osaka), 2 user site.
export default definePackCases({
  pack: 'continuity',
  edition: '2019-02',
  base: platformProject,
  cases: [
    {
      description: 'a backup site in Osaka with everything recorded passes every continuity rule',
      expect: [
        { ruleId: 'BCP-NW-02', status: 'pass', pointer: '/sites/1' },
        { ruleId: 'BCP-NW-03', status: 'pass', pointer: '/sites/1' },
        { ruleId: 'BCP-NW-04', status: 'pass', pointer: '/sites/1' },
        { ruleId: 'BCP-NW-05', status: 'pass', pointer: '/sites/0' },
        { ruleId: 'BCP-NW-06', status: 'pass', pointer: '/sites/1' },
        { ruleId: 'BCP-NW-07', status: 'pass', pointer: '/sites/0' },
        { ruleId: 'BCP-NW-09', status: 'pass', pointer: '/sites/1' },
        { ruleId: 'BCP-NW-10', status: 'pass', pointer: '/sites/1' },
      ],
    },
    {
      description: 'the main site and user sites are not judged as backup sites',
      expect: [
        { ruleId: 'BCP-NW-02', status: 'not_applicable', pointer: '/sites/0' },
        { ruleId: 'BCP-NW-02', status: 'not_applicable', pointer: '/sites/2' },
        { ruleId: 'BCP-NW-06', status: 'not_applicable', pointer: '/sites/2' },
      ],
    },
    {
      description: 'a backup site exposed to the same disaster as the main site fails BCP-NW-02',
      patch: (d) => { Object.assign(d.sites![1]!, { prefecture: '埼玉県', inCapitalRegion: true, sameDisasterZoneAsMain: true }); },
      expect: [
        { ruleId: 'BCP-NW-02', status: 'fail', pointer: '/sites/1' },
        { ruleId: 'BCP-NW-03', status: 'fail', pointer: '/sites/1' },
      ],
    },
    {
      description: 'a backup site whose location is not recorded is missing, not pass',
      patch: (d) => {
        const backup = d.sites![1]!;
        delete backup.prefecture; delete backup.inCapitalRegion; delete backup.sameDisasterZoneAsMain;
      },
      expect: [
        { ruleId: 'BCP-NW-02', status: 'missing', pointer: '/sites/1' },
        { ruleId: 'BCP-NW-03', status: 'missing', pointer: '/sites/1' },
      ],
    },
    {
      description: 'a recorded prefecture alone does not show the backup site is safe from the main site\'s disaster',
      patch: (d) => { delete d.sites![1]!.sameDisasterZoneAsMain; },
      expect: [{ ruleId: 'BCP-NW-02', status: 'missing', pointer: '/sites/1' }],
    },
    {
      description: 'a backup site without distance or power-company comparison fails BCP-NW-04',
      patch: (d) => { delete d.sites![1]!.distanceFromMainKm; delete d.sites![1]!.powerCompanySameAsMain; },
      expect: [{ ruleId: 'BCP-NW-04', status: 'fail', pointer: '/sites/1' }],
    },
    {
      description: 'a backup site in the same power area and close by still records them and passes BCP-NW-04',
      patch: (d) => { Object.assign(d.sites![1]!, { distanceFromMainKm: 30, powerCompanySameAsMain: true }); },
      expect: [{ ruleId: 'BCP-NW-04', status: 'pass', pointer: '/sites/1' }],
    },
    {
      description: 'a main site with a single line fails BCP-NW-05',
      patch: (d) => { d.sites![0]!.redundantLines = false; },
      expect: [{ ruleId: 'BCP-NW-05', status: 'fail', pointer: '/sites/0' }],
    },
    {
      description: 'a backup site with 24 hours of generation fails BCP-NW-06',
      patch: (d) => { d.sites![1]!.generationHours = 24; },
      expect: [{ ruleId: 'BCP-NW-06', status: 'fail', pointer: '/sites/1' }],
    },
    {
      description: 'generation hours not recorded are missing, not pass',
      patch: (d) => { delete d.sites![0]!.generationHours; },
      expect: [{ ruleId: 'BCP-NW-06', status: 'missing', pointer: '/sites/0' }],
    },
    {
      description: 'a backup site built for intensity 6-lower fails BCP-NW-07',
      patch: (d) => { d.sites![1]!.seismicIntensityResilience = '6-'; },
      expect: [{ ruleId: 'BCP-NW-07', status: 'fail', pointer: '/sites/1' }],
    },
    {
      description: 'no switch-back arrangement fails BCP-NW-09 at the backup site',
      patch: (d) => { d.continuity = { switchoverProcedure: true, switchbackProcedure: false }; },
      expect: [{ ruleId: 'BCP-NW-09', status: 'fail', pointer: '/sites/1' }],
    },
    {
      description: 'switch-over arrangements not described are missing',
      patch: (d) => { delete d.continuity; },
      expect: [{ ruleId: 'BCP-NW-09', status: 'missing', pointer: '/sites/1' }],
    },
    {
      description: 'a backup site without a G-net connection point fails BCP-NW-10',
      patch: (d) => { d.sites![1]!.gnetConnectionPoint = false; },
      expect: [{ ruleId: 'BCP-NW-10', status: 'fail', pointer: '/sites/1' }],
    },
    {
      description: 'a descriptor that does not list its sites gets missing, one finding per rule',
      patch: (d) => { delete d.sites; },
      expect: [{ ruleId: 'BCP-NW-02', status: 'missing', pointer: '/sites' }],
    },
    {
      description: 'a system that declares no sites (sites: []) gets not_applicable',
      patch: (d) => { d.sites = []; },
      expect: [{ ruleId: 'BCP-NW-02', status: 'not_applicable', pointer: '/sites' }],
    },
    {
      description: 'a local government system is outside the pack',
      patch: (d) => { d.organisation = { kind: 'prefecture', name: '架空県' }; d.sites![1]!.sameDisasterZoneAsMain = true; },
      expect: [{ ruleId: 'BCP-NW-02', status: 'not_applicable' }],
    },
  ],
});

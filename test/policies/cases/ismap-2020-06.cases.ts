import { ismapCases } from './ismap.shared.js';

export default ismapCases('2020-06');

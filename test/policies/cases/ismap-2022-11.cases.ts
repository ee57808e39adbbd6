import { ismapCases } from './ismap.shared.js';

export default ismapCases('2022-11');

import { continuity } from './continuity.js';
import { govCommonPlatform } from './gov-common-platform.js';
import { ismap } from './ismap.js';
import { localItGovernance } from './local-it-governance.js';
import { standardGuideline } from './standard-guideline.js';
import { threeLayer } from './three-layer.js';

/** The YAML text of every bundled edition, embedded so evaluation needs no file system. */
export const BUNDLED_SOURCES: readonly { file: string; text: string }[] = [
  ...standardGuideline,
  ...govCommonPlatform,
  ...continuity,
  ...ismap,
  ...threeLayer,
  ...localItGovernance,
];

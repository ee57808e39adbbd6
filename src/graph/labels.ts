import { msg } from '../diagnostics/catalogue/index.js';
import type { Bilingual } from '../shared/messages.js';

const ENDPOINTS = ['mynumber_use', 'lgwan_connected', 'internet_connected', 'internet', 'lgwan', 'cloud'] as const;
const BOUNDARY_ROLES = ['sanitisation', 'screen_transfer', 'specific_communication'] as const;
const METHODS = ['direct', 'blocked', 'sanitised_transfer', 'screen_transfer', 'specific_communication', 'local_breakout'] as const;

/** Names of segments and outside endpoints in the picture, by language. */
export const ENDPOINT_LABEL: Readonly<Record<string, Bilingual>> = Object.fromEntries(ENDPOINTS.map((key) => [key, msg(`graph.endpoint.${key}`)]));

/** How a flow crosses, by language. */
export const METHOD_LABEL: Readonly<Record<string, Bilingual>> = Object.fromEntries(METHODS.map((key) => [key, msg(`graph.method.${key}`)]));

/** What a boundary device does between the two segments it sits in, by language. */
export const BOUNDARY_LABEL: Readonly<Record<string, Bilingual>> = Object.fromEntries(BOUNDARY_ROLES.map((key) => [key, msg(`graph.boundary.${key}`)]));

/** Model names as people write them. */
export const MODEL_LABEL: Record<string, string> = { alpha: 'α', beta: 'β', beta_prime: 'β′', alpha_prime: 'α′' };

/** The three segments in the order the picture draws them. */
export const SEGMENT_ORDER = ['mynumber_use', 'lgwan_connected', 'internet_connected'] as const;

/** Endpoints outside the organisation's network. */
export const OUTSIDE_ORDER = ['lgwan', 'internet', 'cloud'] as const;

import { interpolate, type Bilingual } from '../../shared/messages.js';
import { en } from './en.js';
import { ja } from './ja.js';

/** The id of a message in the catalogues. */
export type MessageId = keyof typeof en;

/** A catalogue message in both languages, with `{name}` placeholders filled from `params`. */
export function msg(id: MessageId, params: Readonly<Record<string, unknown>> = {}): Bilingual {
  return { ja: interpolate(ja[id], params), en: interpolate(en[id], params) };
}

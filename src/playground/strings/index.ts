import { interpolate, type Lang } from '../../shared/messages.js';
import { en, type UiMessageId } from './en.js';
import { ja } from './ja.js';

export type { UiMessageId };

const CATALOGUES: Record<Lang, Record<UiMessageId, string>> = { en, ja };

/** A playground message in one language, with `{name}` placeholders filled from `params`. */
export function say(lang: Lang, id: UiMessageId, params: Readonly<Record<string, unknown>> = {}): string {
  return interpolate(CATALOGUES[lang][id], params);
}

import type { Lang } from '../shared/messages.js';

/** Names of segments and outside endpoints in the picture, by language. */
export const ENDPOINT_LABEL: Record<string, Record<Lang, string>> = {
  mynumber_use: { ja: 'マイナンバー利用事務系', en: 'My Number segment' },
  lgwan_connected: { ja: 'LGWAN接続系', en: 'LGWAN-connected segment' },
  internet_connected: { ja: 'インターネット接続系', en: 'Internet-connected segment' },
  internet: { ja: 'インターネット', en: 'Internet' },
  lgwan: { ja: 'LGWAN', en: 'LGWAN' },
  cloud: { ja: 'クラウド', en: 'Cloud' },
};

/** How a flow crosses, by language. */
export const METHOD_LABEL: Record<string, Record<Lang, string>> = {
  direct: { ja: '直接', en: 'direct' },
  blocked: { ja: '遮断', en: 'blocked' },
  sanitised_transfer: { ja: '無害化', en: 'sanitised' },
  screen_transfer: { ja: '画面転送', en: 'screen transfer' },
  specific_communication: { ja: '特定通信', en: 'specific communication' },
  local_breakout: { ja: 'ローカルブレイクアウト', en: 'local breakout' },
};

/** What a boundary device does between the two segments it sits in, by language. */
export const BOUNDARY_LABEL: Record<string, Record<Lang, string>> = {
  sanitisation: { ja: '境界装置: 無害化', en: 'boundary: sanitisation' },
  screen_transfer: { ja: '境界装置: 画面転送', en: 'boundary: screen transfer' },
  specific_communication: { ja: '境界装置: 特定通信の中継', en: 'boundary: specific-communication relay' },
};

/** Model names as people write them. */
export const MODEL_LABEL: Record<string, string> = { alpha: 'α', beta: 'β', beta_prime: 'β′', alpha_prime: 'α′' };

/** The three segments in the order the picture draws them. */
export const SEGMENT_ORDER = ['mynumber_use', 'lgwan_connected', 'internet_connected'] as const;

/** Endpoints outside the organisation's network. */
export const OUTSIDE_ORDER = ['lgwan', 'internet', 'cloud'] as const;

// Every user-facing sentence of kanmon in English, keyed by message id. Japanese is in ja.ts with
// the same ids (the type checker keeps them in step). `{name}` placeholders are filled by msg().
export const en = {
  'internal-error': 'internal error: {detail}. Please report it; set KANMON_DEBUG=1 for details.',
} as const;

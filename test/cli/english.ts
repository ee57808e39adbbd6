// What counts as English left in Japanese output: three or more English words in a row, once
// code, paths, ids, flags, numbers, URLs and quoted data (user data, document titles) are set aside. "kanmon --help を見て"
// is fine (a command); "Nothing needs attention." is not.

/** The English word runs of three or more words in `text`, after removing what is not prose (and each `allowed` string). */
export function englishSentences(text: string, allowed: readonly string[] = []): string[] {
  let rest = text;
  for (const a of allowed) rest = rest.split(a).join(' ');
  rest = rest
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/"(?:[^"\\\n]|\\.)*"/g, ' ')
    .replace(/“[^”\n]*”/g, ' ')
    .replace(/「[^」\n]*」/g, ' ');
  const found: string[] = [];
  for (const line of rest.split('\n')) {
    let run: string[] = [];
    const flush = (): void => { if (run.length >= 3) found.push(run.join(' ')); run = []; };
    // Any character that is neither ASCII letter nor space ends a run (Japanese text, punctuation that is not a word's).
    for (const piece of line.split(/(\s+)/)) {
      if (piece === '') continue;
      if (/^[ \t]+$/.test(piece)) continue;
      // A word may carry sentence punctuation; anything else inside a token makes it code (a path, an id, a flag).
      const word = piece.replace(/[.,;:!?)'’]+$/, '').replace(/^[('‘]+/, '');
      if (/^[A-Za-z]+$/.test(word)) {
        run.push(word);
        if (word !== piece.replace(/^[('‘]+/, '')) flush();
      } else flush();
    }
    flush();
  }
  return found;
}

/**
 * Every string in a JSON value, leaving out the English half of bilingual texts (keys named "en")
 * and the titles of cited documents (an object with an issuer), which are quoted as the document gives them.
 */
export function jsonStrings(value: unknown, key = '', document = false): string[] {
  if (typeof value === 'string') return key === 'en' || (document && key === 'title') ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((v) => jsonStrings(v));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => jsonStrings(v, k, 'issuer' in value));
  return [];
}

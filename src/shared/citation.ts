import { msg } from '../diagnostics/catalogue/index.js';
import type { Lang } from './messages.js';

/** What a citation shows of a document: its title, issuer and date (or, undated, the date it is not before). */
export interface CitedDocument {
  title: string;
  issuer: string;
  date?: string;
  notBefore?: string;
  notAfter?: string;
}

/** A document's date as a reader sees it; an undated document says so, with what bounds its date. */
export function documentDate(doc: Pick<CitedDocument, 'date' | 'notBefore' | 'notAfter'>, lang: Lang): string {
  if (doc.date !== undefined) return doc.date;
  const { notBefore: after, notAfter: by } = doc;
  if (after !== undefined && by !== undefined) return msg('citation.undated-between', { after, by })[lang];
  if (by !== undefined) return msg('citation.undated-by', { by })[lang];
  return msg('citation.undated-after', { after: after ?? '?' })[lang];
}

/** The section a rule cites; `?` means the section has not been identified in the document. */
export function sectionText(section: string, lang: Lang): string {
  if (section !== '?') return section;
  return msg('citation.section-unknown')[lang];
}

/** A citation in one line: title, issuer, date and section — never the bibliography id alone. */
export function citationText(doc: CitedDocument, section: string, lang: Lang): string {
  const where = section === '' ? '' : sectionText(section, lang);
  return lang === 'ja'
    ? `「${doc.title}」（${doc.issuer}、${documentDate(doc, lang)}）${where}`
    : `"${doc.title}" (${doc.issuer}, ${documentDate(doc, lang)})${where ? `, ${where}` : ''}`;
}

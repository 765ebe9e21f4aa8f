// Reads an HTML page: Readability finds the article (over linkedom, no browser); meta tags give
// the title, byline and publication date. The text is the article's blocks joined by blank lines;
// captions and asides inside the article are reported as known boilerplate spans.
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { Span } from './types.ts';
import { isoDate } from './iso-date.ts';

export interface HtmlArticle {
  text: string;
  title: string | null;
  byline: string | null;
  published: string | null;
  knownBoilerplate: Span[];
}

const BLOCKS = 'h1,h2,h3,h4,h5,h6,p,li,blockquote,figcaption,pre,td,th,dt,dd';
const NOT_BODY = 'figcaption,aside,nav,footer';
const DATE_META = ['article:published_time', 'og:published_time', 'datePublished', 'date', 'pubdate',
  'publish-date', 'dc.date', 'dc.date.issued', 'sailthru.date', 'parsely-pub-date'];

export function readHtml(html: string): HtmlArticle | null {
  const { document } = parseHTML(/<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`);
  const meta = (names: string[]): string | null => {
    for (const n of names) {
      const el = document.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`);
      const v = el?.getAttribute('content')?.trim();
      if (v) return v;
    }
    return null;
  };
  const published = isoDate(meta(DATE_META) ?? document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null);
  const metaTitle = meta(['og:title', 'twitter:title']) ?? document.querySelector('title')?.textContent?.trim() ?? null;
  const metaAuthor = meta(['author', 'article:author', 'parsely-author']);

  // Readability gives up on short pages; then the page's own body (without scripts, menus and
  // footers) is the article.
  for (const el of document.querySelectorAll('script,style,noscript,template')) el.remove();
  const fallback = document.body?.innerHTML ?? '';
  const article = new Readability(document as unknown as Document, { keepClasses: false, charThreshold: 200 }).parse();
  const { document: body } = parseHTML(`<!doctype html><html><body>${article?.content ?? fallback}</body></html>`);
  if (!article) for (const el of body.querySelectorAll('nav,footer,header,form')) el.remove();
  const title = (article?.title || metaTitle || '').trim() || null;
  const parts: string[] = [];
  const knownBoilerplate: Span[] = [];
  let length = 0;
  const add = (s: string, boilerplate: boolean) => {
    if (parts.length) length += 2;
    if (boilerplate) knownBoilerplate.push({ start: length, end: length + s.length });
    parts.push(s);
    length += s.length;
  };
  if (title) add(title, false);
  for (const el of body.querySelectorAll(BLOCKS)) {
    if (el.querySelector(BLOCKS)) continue; // the innermost block carries the text
    const s = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!s || (title && s === title && parts.length === 1)) continue;
    add(s, !!el.closest(NOT_BODY));
  }
  return {
    text: parts.join('\n\n'),
    title,
    byline: (article?.byline ?? metaAuthor)?.trim() || null,
    published,
    knownBoilerplate,
  };
}

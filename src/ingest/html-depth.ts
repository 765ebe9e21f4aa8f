// How deep a page's elements nest, read from its tags without building the DOM: the HTML parser
// and Readability slow down with the square or the cube of the depth, so a page nested too deep is refused first.

/** Browsers stop nesting here too (Chromium's parser flattens beyond 512 levels). */
export const MAX_HTML_DEPTH = 512;

// Elements that never hold others, and those whose end tag is optional (a new <p> closes the last).
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'rb', 'rt', 'rp', 'html', 'head', 'body']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'template', 'iframe', 'noembed', 'noframes', 'plaintext']);
// `[^<>]` rather than `[^>]`: a stray "<a" must not make each later "<" scan to the end of the page.
const TAG = /<!--[\s\S]*?(?:-->|$)|<([a-zA-Z][^\s/<>]*)[^<>]*?(\/?)>|<\/([a-zA-Z][^\s/<>]*)[^<>]*>/g;

/** True when the open elements nest deeper than `limit` somewhere in the page (an estimate from the tags). */
export function nestsDeeperThan(html: string, limit: number = MAX_HTML_DEPTH): boolean {
  const stack: string[] = [];
  const open = new Map<string, number>();
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    if (m[1]) {
      const name = m[1].toLowerCase();
      if (RAW_TEXT.has(name)) {
        const close = new RegExp(`</${name}`, 'gi');
        close.lastIndex = TAG.lastIndex;
        TAG.lastIndex = close.exec(html)?.index ?? html.length;
        continue;
      }
      if (m[2] || VOID.has(name)) continue;
      stack.push(name);
      open.set(name, (open.get(name) ?? 0) + 1);
      if (stack.length > limit) return true;
    } else if (m[3]) {
      const name = m[3].toLowerCase();
      if (!open.get(name)) continue; // a stray end tag closes nothing
      for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
        open.set(top, open.get(top)! - 1);
        if (top === name) break;
      }
    }
  }
  return false;
}

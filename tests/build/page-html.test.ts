import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString as textOf } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { BODY_PLACEHOLDER, HEAD_PLACEHOLDER, pageHtml } from '../../src/build/page-html.ts';
import { must } from '../support/must.ts';

const template = `<!doctype html><html><head>${HEAD_PLACEHOLDER}<script src="x.js"></script></head><body>${BODY_PLACEHOLDER}</body></html>`;
const hostile = `标题 "引号" <b>粗</b> & $' $& $$ </title><script>alert(1)</script>`;
const parts = {
  title: hostile,
  description: `说明 "x" $'`,
  contentSecurityPolicy: "default-src 'self'",
  slidesHtml: `<section id="cover"><h1>封面 $' $& $$</h1></section>`,
};

describe('pageHtml', () => {
  it('keeps a title with quotes, tags and replacement patterns as plain text in the title and the landmark', () => {
    const page = fromHtml(pageHtml(template, parts));
    expect(textOf(must(select('title', page), 'the <title>'))).toBe(hostile);
    expect(select('main', page)?.properties.ariaLabel).toBe(hostile);
    expect(select('meta[name=description]', page)?.properties.content).toBe(`说明 "x" $'`);
    expect(selectAll('b', page)).toHaveLength(0);
    // The template's one script; none from the title.
    expect(selectAll('script', page).map((el) => el.properties.src)).toEqual(['x.js']);
  });

  it('puts the policy first in the head, before any script, and the slides inside reveal’s frame', () => {
    const html = pageHtml(template, parts);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
    const page = fromHtml(html);
    expect(select('meta[http-equiv=Content-Security-Policy]', page)?.properties.content).toBe(
      "default-src 'self'",
    );
    expect(select('main > .reveal > .slides > section#cover h1', page)).toBeDefined();
    // The slides go in as they are: replacement patterns in them are text, not patterns.
    expect(textOf(must(select('.slides', page), 'the slides'))).toBe(`封面 $' $& $$`);
  });

  it('keeps the slides in reveal’s frame when the title or description holds the page’s own marks', () => {
    const marks = `标题<!--deck:slides--> ${BODY_PLACEHOLDER} ${HEAD_PLACEHOLDER}`;
    const page = fromHtml(pageHtml(template, { ...parts, title: marks, description: marks }));
    expect(select('main', page)?.properties.ariaLabel).toBe(marks);
    expect(textOf(must(select('title', page), 'the <title>'))).toBe(marks);
    expect(select('meta[name=description]', page)?.properties.content).toBe(marks);
    expect(selectAll('.slides > section', page)).toHaveLength(1);
    expect(selectAll('main', page)).toHaveLength(1);
  });

  it('refuses a template without its placeholders, or with one twice, naming the file and line', () => {
    expect(() => pageHtml('<html><body></body></html>', parts, 'site/index.html')).toThrow(
      /^site\/index\.html:1:1: needs exactly one <!-- deck:head --> placeholder, where the title and policy go; there is none/,
    );
    const twice =
      '<html><head><!-- deck:head --></head>\n<body>\n  <!-- deck:body -->\n  <!-- deck:body -->\n</body></html>';
    expect(() => pageHtml(twice, parts, 'index.html')).toThrow(
      /^index\.html:4:3: needs exactly one <!-- deck:body --> placeholder, where the slides go; this is another: remove it$/,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { printedAddress } from '../../src/deck/web-address.ts';

describe('printedAddress', () => {
  it('prints an address whole, as a reader types it: no scheme and no closing slash', () => {
    expect(printedAddress('https://www.3gpp.org/DynaReport/33102.htm')).toBe(
      'www.3gpp.org/DynaReport/33102.htm',
    );
    expect(printedAddress('http://example.com/esim/')).toBe('example.com/esim');
    expect(printedAddress('https://example.com:8443/a?x=1&y=2#part')).toBe('example.com:8443/a?x=1&y=2#part');
  });

  it('shows a Chinese host and path in Chinese, and a malformed escape as written', () => {
    expect(printedAddress('https://xn--fsqu00a.xn--fiqs8s/%E6%96%87%E7%AB%A0')).toBe('例子.中国/文章');
    expect(printedAddress('https://example.com/100%25/a%zz')).toBe('example.com/100%25/a%zz');
    // A space stays escaped: on paper it would split the address in two.
    expect(printedAddress('https://example.com/%E6%8A%A5%E5%91%8A%20v2.pdf')).toBe(
      'example.com/报告%20v2.pdf',
    );
  });
});

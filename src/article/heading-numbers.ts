import { SourceError } from './source-error.ts';
import type { Paragraph, SourcePosition } from './types.ts';

// Section headings in the article are numbered by hand ("一、", "2.", "五．", "3）", "（四）",
// "01 ", "第二部分：", "Part 4.", and as Chinese typesetting writes them: "１．" in full-width
// digits, "①", "【三】", "Ⅳ." and "第五，"); the deck numbers them itself. Only these forms:
// "3.15晚会", "5.5G", "2024：", "10 个理由", "第一次", "Ⅱ型", "①号线" and "第一、二季度" are words,
// not numbering: a circled or Roman numeral is one only before a mark or a space.
const NUMERAL = '(?:[一二三四五六七八九十百]+|[0-9０-９]+)';
const HEADING_NUMBER_FORMS = [
  `${NUMERAL}\\s*、`,
  `${NUMERAL}\\s*[.．](?![0-9０-９])`,
  `${NUMERAL}[）)]`,
  `[（(]${NUMERAL}[）)]`,
  `【${NUMERAL}】`,
  // Circled numbers ① to ⑳, and Roman numerals in their own characters (Ⅳ) or in capitals (IV.).
  '[\\u2460-\\u2473\\u2160-\\u216b](?:[.．、：:]|\\s|$)',
  '(?=[IVX])X{0,2}(?:IX|IV|V?I{0,3})[.．](?![0-9A-Za-z])',
  '0[1-9]\\s+(?![年号后岁月日])',
  `第${NUMERAL}(?:部分|章|节|篇)(?:[\\s：:、.．]+|$)`,
  // 第五，我的感想: an ordinal and a comma; 第五代, 第一次 and 第一、二季度 are words.
  `第${NUMERAL}[，,、](?![一二三四五六七八九十0-9０-９])`,
  '(?:[Pp]art|PART|[Cc]hapter|CHAPTER|[Ss]ection|SECTION)\\s*\\d+(?![\\dA-Za-z]|\\.\\d)\\s*[.．:：]?',
];
// Case counts: vi. is a word, VI. a number.
export const HEADING_NUMBER = new RegExp(`^\\s*(?:${HEADING_NUMBER_FORMS.join('|')})\\s*`, 'u');

const CHINESE_DIGITS = '一二三四五六七八九';

/** The value of a numeral as headings write it (三, 十二, 3, ０３), 1 to 99; undefined past that. */
function numeralValue(numeral: string): number | undefined {
  const digits = numeral.replace(/[０-９]/gu, (d) => String((d.codePointAt(0) ?? 0) - 0xff10));
  if (/^[0-9]+$/u.test(digits)) return Number(digits);
  const tens = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/u.exec(numeral);
  if (tens)
    return (
      (tens[1] ? CHINESE_DIGITS.indexOf(tens[1]) + 1 : 1) * 10 +
      (tens[2] ? CHINESE_DIGITS.indexOf(tens[2]) + 1 : 0)
    );
  return numeral.length === 1 && CHINESE_DIGITS.includes(numeral)
    ? CHINESE_DIGITS.indexOf(numeral) + 1
    : undefined;
}

/** A hand-made number: its value, and how it is written (三、 or 3. or 第三部分), to write others alike. */
interface HandNumber {
  readonly value: number;
  /** The number as written, its numeral replaced by \0. */
  readonly form: string;
  /** How its numeral is written: Chinese, ASCII digits or full-width digits. */
  readonly numerals: 'chinese' | 'digits' | 'full-width';
  /** How many digits it is padded to with zeros (01), or 0. */
  readonly width: number;
}

/** The hand-made number a heading (or a line written as one) starts with, if it is one we can count. */
function handNumber(text: string): HandNumber | undefined {
  const prefix = HEADING_NUMBER.exec(text)?.[0].trim();
  const numeral =
    prefix === undefined ? undefined : /[一二三四五六七八九十百]+|[0-9０-９]+/u.exec(prefix)?.[0];
  const value = numeral === undefined ? undefined : numeralValue(numeral);
  if (prefix === undefined || numeral === undefined || value === undefined) return undefined;
  const numerals = /[0-9]/u.test(numeral) ? 'digits' : /[０-９]/u.test(numeral) ? 'full-width' : 'chinese';
  const width = /^[0０]/u.test(numeral) ? numeral.length : 0;
  return { value, form: prefix.replace(numeral, '\0'), numerals, width };
}

const sameForm = (a: HandNumber, b: HandNumber): boolean => a.form === b.form && a.numerals === b.numerals;

/** `value` written as `like` writes its number: 三、 after 二、, 03 after 02. */
function written(value: number, like: HandNumber): string {
  const digits = String(value).padStart(like.width, '0');
  const numeral =
    like.numerals === 'chinese'
      ? `${value >= 20 ? CHINESE_DIGITS[Math.floor(value / 10) - 1] : ''}${value >= 10 ? '十' : ''}${CHINESE_DIGITS[(value % 10) - 1] ?? ''}`
      : like.numerals === 'full-width'
        ? digits.replace(/[0-9]/gu, (d) => String.fromCodePoint(0xff10 + Number(d)))
        : digits;
  return like.form.replace('\0', numeral);
}

/** A section as the checks on hand-made numbers see it: its heading as written, and its paragraphs. */
export interface WrittenSection {
  readonly written: string;
  readonly position: SourcePosition;
  readonly paragraphs: readonly Paragraph[];
}

/**
 * The numbered sections' numbers, when every heading is numbered one way from one (一、 二、 三、 or
 * 1. 2. or 第一部分 …) but for closing sections (写在最后, 结语), which writers leave unnumbered:
 * one number for each section up to them. Otherwise none: headings numbered two ways, or some in
 * the middle not at all, are left as written.
 */
function handNumbering(sections: readonly WrittenSection[]): HandNumber[] | undefined {
  const numbers = sections.map((section) => handNumber(section.written));
  const [first] = numbers;
  if (first?.value !== 1) return undefined;
  const unnumbered = numbers.indexOf(undefined);
  const counted = unnumbered === -1 ? numbers : numbers.slice(0, unnumbered);
  if (numbers.slice(counted.length).some((n) => n !== undefined)) return undefined;
  const all = counted.filter((n): n is HandNumber => n !== undefined && sameForm(n, first));
  return all.length === counted.length ? all : undefined;
}

/**
 * Refuses a gap in the sections' own numbering (一、 二、 四、): a heading line lost in pasting, its
 * section's paragraphs read silently as the end of the one before. Named at the heading after the gap.
 */
export function refuseNumberingGaps(sections: readonly WrittenSection[], file: string): void {
  const numbers = handNumbering(sections);
  if (!numbers) return;
  numbers.forEach((number, i) => {
    const before = numbers[i - 1];
    const section = sections[i];
    if (!before || !section || number.value <= before.value + 1) return;
    const first = written(before.value + 1, number);
    const last = written(number.value - 1, number);
    const missing = first === last ? `"${first}"` : `"${first}" to "${last}"`;
    throw new SourceError(
      file,
      section.position.line,
      section.position.column,
      `the sections are numbered by hand, and "${written(number.value, number)}" comes after "${written(before.value, before)}": no section is numbered ${missing}. If a heading was lost, its paragraphs are being read as part of the section before: put it back, or renumber the headings`,
    );
  });
}

/** Whether all of a short paragraph is bold (**五、车上备点“应急包”**), as a heading set in bold is. */
const allBold = (paragraph: Paragraph): boolean =>
  paragraph.text !== '' &&
  // A heading's length at most: a longer paragraph in bold is emphasis, not a heading.
  Array.from(paragraph.text).length <= 40 &&
  paragraph.bold?.length === 1 &&
  paragraph.bold[0]?.start === 0 &&
  paragraph.bold[0].end === paragraph.text.length;

/**
 * Refuses a paragraph all in bold that carries the number of the section after its own
 * (**五、车上备点“应急包”** after ### 四、): a heading written in bold, whose section would be read
 * as part of the one before. Not one of a section's own numbered points (**1. …** **2. …**).
 */
export function refuseBoldHeadings(sections: readonly WrittenSection[], file: string, marks: string): void {
  const numbers = handNumbering(sections);
  if (!numbers) return;
  sections.forEach((section, i) => {
    const own = numbers[i];
    if (!own) return;
    section.paragraphs.forEach((paragraph, at) => {
      const number = paragraph.within ? undefined : handNumber(paragraph.text);
      if (!number || !allBold(paragraph) || !sameForm(number, own) || number.value !== own.value + 1) return;
      const counted = section.paragraphs.slice(0, at).some((p) => {
        const earlier = handNumber(p.text);
        return earlier !== undefined && sameForm(earlier, own);
      });
      if (counted) return;
      throw new SourceError(
        file,
        paragraph.position.line,
        paragraph.position.column,
        `"${paragraph.text}" looks like a section heading written in bold: the sections are numbered, and this is the number after "${written(own.value, own)}". As bold text it is read as part of the section before: write it as a heading, "${marks} ${paragraph.text}"`,
      );
    });
  });
}

/**
 * A sequence diagram's steps in words, one line to an arrow (用户 → 运营商：办理套餐、实名核验):
 * on a phone, where the drawing is too small to follow, and in the notes, where the presenter
 * looks for what to say about the arrow on screen.
 */

/** Mermaid's `autonumber`: the number of the next arrow, the step between two, and whether drawn. */
export interface Numbering {
  readonly start?: number;
  readonly step?: number;
  readonly visible?: boolean;
}

/** A sequence diagram as Mermaid's parser reads it (its db), in plain data from the render page. */
export interface SequenceParse {
  /** Every statement in order: messages, notes, the starts and ends of blocks, numbering. */
  readonly messages: readonly {
    readonly from?: string;
    readonly to?: string;
    readonly text: string;
    readonly type: number;
    /** An `autonumber` statement's settings. */
    readonly numbering?: Numbering;
  }[];
  /** Each participant's name as drawn, by its id. */
  readonly names: Readonly<Record<string, string>>;
  /** Mermaid's LINETYPE: statement kinds by name. */
  readonly types: Readonly<Record<string, number>>;
}

/** A line of the steps: an arrow, numbered as the drawing numbers it, or a note or a block's edge. */
export interface SequenceStep {
  readonly text: string;
  /** An arrow's number: Mermaid's own where it draws them (`autonumber`), else counted from 1. */
  readonly number?: number;
  /** How many blocks (alt, loop…) it is inside. */
  readonly depth: number;
}

/** What a block's opening line is called, before its label (alt 已付款 → 条件：已付款). */
const BLOCK_WORDS: Readonly<Record<string, string>> = {
  LOOP_START: '循环',
  ALT_START: '条件',
  OPT_START: '可选',
  PAR_START: '同时',
  PAR_OVER_START: '同时',
  CRITICAL_START: '关键',
  BREAK_START: '中断',
};
/** A branch of the block it is in: 否则 for alt's else, 同时 for par's and, 情形 for critical's option. */
const BRANCH_WORDS: Readonly<Record<string, string>> = {
  ALT_ELSE: '否则',
  PAR_AND: '同时',
  CRITICAL_OPTION: '情形',
};
/** A block's end, said as its opening's word and 结束, so what follows is read outside it. */
const END_KINDS = new Set(['LOOP_END', 'ALT_END', 'OPT_END', 'PAR_END', 'CRITICAL_END', 'BREAK_END']);

/** Statements that say nothing to read: activation bars, a coloured band. */
const SILENT = /^ACTIVE_|^RECT_/;

const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/**
 * A label's text on one line: Mermaid's line breaks (<br/>) are nothing between two Chinese
 * characters (办理<br/>套餐 → 办理套餐) and a space elsewhere.
 */
function plain(text: string): string {
  return text
    .replace(/\s*<br\s*\/?>\s*/gi, (br: string, at: number, whole: string) =>
      CJK.test(whole[at - 1] ?? '') && CJK.test(whole[at + br.length] ?? '') ? '' : ' ',
    )
    .replace(/\s+/g, ' ')
    .trim();
}

/** A name without the gloss in brackets after it (配置服务器 (SM-DP+) → 配置服务器); a gloss alone stays. */
function withoutGloss(name: string): string {
  return name.replace(/\s*[（(][^（()）]*[)）]$/u, '').trim() || name;
}

/**
 * The diagram's steps in order: arrows as who → whom：what, numbered as drawn; notes as 标注（over
 * whom）：what (not 注, which in the notes corrects the article); a block's opening (条件：…),
 * branches (否则) and end (条件结束), what is inside it a level deeper. A participant is named as
 * drawn the first time (配置服务器 (SM-DP+)), so the gloss the messages use later (SM-DP+ 验证
 * eUICC) is tied to it, and short after that where the short name is no other participant's too.
 */
export function sequenceSteps(parse: SequenceParse): SequenceStep[] {
  const kinds = new Map(Object.entries(parse.types).map(([kind, type]) => [type, kind]));
  const shorts = new Map(Object.entries(parse.names).map(([id, name]) => [id, withoutGloss(plain(name))]));
  const shared = new Set([...shorts.values()].filter((s, i, all) => all.indexOf(s) !== i));
  const introduced = new Set<string>();
  const named = (id: string): string => {
    const full = plain(parse.names[id] ?? id);
    const short = shorts.get(id) ?? full;
    const first = !introduced.has(id);
    introduced.add(id);
    return first || shared.has(short) ? full : short;
  };
  const open: string[] = [];
  let next = 1;
  let every = 1;
  const steps: SequenceStep[] = [];
  for (const message of parse.messages) {
    const kind = kinds.get(message.type) ?? '';
    const text = plain(message.text);
    const depth = open.length;
    if (kind === 'AUTONUMBER') {
      // As Mermaid's renderer reads them: a start or step left out (or 0) keeps the last.
      next = message.numbering?.start || next;
      every = message.numbering?.step || every;
    } else if (SILENT.test(kind)) {
      // Nothing to say.
    } else if (kind === 'NOTE') {
      const over = [message.from, message.to]
        .filter((id, i, all): id is string => Boolean(id) && all.indexOf(id) === i)
        .map(named);
      if (text)
        steps.push({ text: `标注${over.length > 0 ? `（${over.join('、')}）` : ''}：${text}`, depth });
    } else if (BLOCK_WORDS[kind]) {
      const word = BLOCK_WORDS[kind] ?? '';
      steps.push({ text: text ? `${word}：${text}` : word, depth });
      open.push(word);
    } else if (BRANCH_WORDS[kind]) {
      const word = BRANCH_WORDS[kind] ?? '';
      steps.push({ text: text ? `${word}：${text}` : word, depth: Math.max(0, depth - 1) });
    } else if (END_KINDS.has(kind)) {
      const word = open.pop();
      if (word) steps.push({ text: `${word}结束`, depth: open.length });
    } else if (message.from && message.to) {
      const arrow = kind.startsWith('BIDIRECTIONAL') ? '↔' : '→';
      const who =
        message.from === message.to
          ? `${named(message.from)}（自身）`
          : `${named(message.from)} ${arrow} ${named(message.to)}`;
      steps.push({ text: text ? `${who}：${text}` : who, number: next, depth });
      next += every;
    }
  }
  return steps;
}

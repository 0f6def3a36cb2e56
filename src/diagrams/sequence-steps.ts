/**
 * A sequence diagram's steps in words, one line to an arrow (用户 → 运营商：办理套餐、实名核验):
 * on a phone, where the drawing is too small to follow, and in the notes, where the presenter
 * looks for what to say about the arrow on screen.
 */

/** A sequence diagram as Mermaid's parser reads it (its db), in plain data from the render page. */
export interface SequenceParse {
  /** Every statement in order: messages, notes, the starts and ends of blocks. */
  readonly messages: readonly {
    readonly from?: string;
    readonly to?: string;
    readonly text: string;
    readonly type: number;
  }[];
  /** Each participant's name as drawn, by its id. */
  readonly names: Readonly<Record<string, string>>;
  /** Mermaid's LINETYPE: statement kinds by name. */
  readonly types: Readonly<Record<string, number>>;
}

/** What a block's opening line is called, before its label (alt 已付款 → 条件：已付款). */
const BLOCK_WORDS: Readonly<Record<string, string>> = {
  LOOP_START: '循环',
  ALT_START: '条件',
  ALT_ELSE: '否则',
  OPT_START: '可选',
  PAR_START: '同时',
  PAR_OVER_START: '同时',
  PAR_AND: '同时',
  CRITICAL_START: '关键',
  CRITICAL_OPTION: '情形',
  BREAK_START: '中断',
};

/** Statements that say nothing to read: a block's end, activation bars, a coloured band, numbering. */
const SILENT = /_END$|^ACTIVE_|^RECT_|^AUTONUMBER$/;

/** A label's text on one line: Mermaid's line breaks (<br/>) are spaces here. */
const plain = (text: string): string =>
  text
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * A participant named short: without the gloss in brackets after its name (配置服务器 (SM-DP+) →
 * 配置服务器), once the steps have named it in full; a name that is only a gloss stays.
 */
function shortName(name: string): string {
  const short = plain(name)
    .replace(/\s*[（(][^（()）]*[)）]$/u, '')
    .trim();
  return short || plain(name);
}

/**
 * The diagram's steps in order: messages as who → whom：what, notes and blocks as their words. A
 * participant is named as drawn the first time (配置服务器 (SM-DP+)), so the gloss the messages
 * use later (SM-DP+ 验证 eUICC) is tied to it, and short after that.
 */
export function sequenceSteps(parse: SequenceParse): string[] {
  const kinds = new Map(Object.entries(parse.types).map(([kind, type]) => [type, kind]));
  const introduced = new Set<string>();
  const named = (id: string): string => {
    const name = parse.names[id] ?? id;
    if (introduced.has(id)) return shortName(name);
    introduced.add(id);
    return plain(name);
  };
  return parse.messages.flatMap((message) => {
    const kind = kinds.get(message.type) ?? '';
    const text = plain(message.text);
    if (SILENT.test(kind)) return [];
    if (kind === 'NOTE') return text ? [text] : [];
    const block = BLOCK_WORDS[kind];
    if (block) return [text ? `${block}：${text}` : block];
    if (!message.from || !message.to) return [];
    const arrow = kind.startsWith('BIDIRECTIONAL') ? '↔' : '→';
    const who =
      message.from === message.to
        ? named(message.from)
        : `${named(message.from)} ${arrow} ${named(message.to)}`;
    return [text ? `${who}：${text}` : who];
  });
}

// What a question asks: its mark, who asks it, and whether it asks anything of its own or only points back.

/**
 * How many questions open a paragraph (跑步到底伤不伤膝盖？疼了要不要停？跑鞋该怎么选？): the first
 * sentence that says something may come after all of them.
 */
export const questionsFirst = (all: readonly string[]): number => {
  const at = all.findIndex((sentence) => !endsAsQuestion(sentence));
  return at < 0 ? all.length : at;
};

/** Who asks the question the writer then answers (有人问我， 不少读者问：): not part of what it asks. */
export const ASKER =
  /^(?:(?:经常|常常|也|还|总)?(?:有人|有网友|有读者|有朋友|不少人|很多人|不少读者|很多读者|不少网友|很多网友)(?:会|经常|常常|也|还)?(?:问(?:我|过我|过)?|说|质疑|追问|好奇)|(?:经常|常常)?被(?:人)?问(?:到)?)[，,：:]\s*/u;

/**
 * What a question sentence asks, without who asks it (有人问我，) or a leading 那; a question quoted
 * after who asks it (豆豆突然问我：“妈妈，明天要去幼儿园吗？”) is its quotation.
 */
export const askedIn = (question: string): string =>
  /[：:]\s*(“[^“”]+[？?]”)$/u.exec(question)?.[1] ??
  question.replace(ASKER, '').replace(/^那(?:么)?[，,]?(?=\p{Script=Han})/u, '');

/** Whether a question only points back (这是为什么呢？); one quoted as someone asked it asks its own. */
export const pointsBack = (question: string): boolean =>
  !question.startsWith('“') &&
  (/^这/u.test(question) || REFERS_BACK.test(question) || ASKS_WHY.test(question));

/** A question that asks only why what came before holds (为什么这么说？ 为什么呢？ 何以见得？). */
const ASKS_WHY =
  /^(?:为什么|为何|凭什么|何以)(?:这么|这样)?(?:说|讲)?(?:呢|啊)?[？?]$|^(?:此话|这话)?怎么讲|^何以见得/u;

/** Whether `text` ends on a question mark, inside closing quotation marks or brackets too. */
export const endsAsQuestion = (text: string): boolean => /[？?]["”’」』）)]*$/u.test(text);

/**
 * Whether a heading asks, with its question mark or without (为什么光伏变得这么便宜, 值得装吗,
 * 快充会不会伤电池: a verb, 不 or 没, the verb again).
 */
export const headingAsks = (heading: string): boolean =>
  endsAsQuestion(heading) ||
  // Not a topic named with a verb said twice and where it lies (馒头好不好看，全在这一步).
  /^(?:为什么|为何|为啥|怎么|怎样|如何|是否)|[吗呢]$|(\p{Script=Han})[不没]\1(?![^，,？?]*[，,]\s*(?:全|就|都|关键)?(?:在|看|取决于))/u.test(
    heading,
  ) ||
  // A question word inside (回收为什么还不赚钱, 咖啡因能待多久), unless the heading names a topic
  // with it (温度是怎么被“盯住”的).
  // Not where it only says how much or which (没什么好担心, 不怎么费电, 哪里都能买到, 无论如何).
  /(?<![没不无论])(?:为什么|为何|为啥|怎么|怎样|如何|什么|多久|多少|哪些|哪里|哪个)(?![都也]|有点|有些)(?!.*的$)/u.test(
    heading,
  );

/** Words that point back to what the sentences before said (这一点, 上述): on a slide alone they point nowhere. */
// 以上 after a number (80%以上, more than 80 %) points nowhere.
export const REFERS_BACK =
  /这一点|这些|这种|这样|这个|上述|(?<![\d%％一二三四五六七八九十百千万亿])以上|前面提到|前文/u;

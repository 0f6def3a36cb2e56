/**
 * What web articles carry that is not the article: asking to follow the account, to like or
 * share, the reposting notice, a channel's link, the closing END. Each phrase is one only such
 * lines use; "用户可以点赞和转发" or "引起了各界关注" are the article's own words.
 */
const PROMOTION: readonly RegExp[] = [
  /点击(?:上方|下方|文末)?\s*[“"「]?蓝字|点击(?:上方|下方|文末).{0,12}关注/u,
  // Asked of the reader, at a sentence's start: 很多品牌引导用户关注公众号 is about promotion.
  /(?:^|[，,。！!；;～~\s])(?:请|欢迎|记得|别忘了)?(?:关注|订阅)(?:我们|公众号|本号|作者)/u,
  // 在看 is WeChat's button; a bare 点赞 is also what users do, as the article may say.
  /[点戳](?:个|一下)?\s*[“"「]?在看|点个\s*[“"「]赞|点(?:个)?赞(?:吧|支持|鼓励)/u,
  // Not 留言: inviting questions (有问题欢迎留言) is the writer's sign-off, which the deck leaves in the notes.
  /(?:欢迎|记得|别忘了)(?:点赞|转发|分享给|在看)/u,
  /长按(?:识别|扫码|二维码)|扫码关注|扫描(?:下方)?二维码(?:关注|添加)/u,
  /版权归原作者|如有侵权|侵删|联系删除|转载请注明|未经授权[，,]?\s*(?:禁止|不得)转载/u,
  // A reposting credit, opening its paragraph (本文经授权转载自“…”, 经授权转载); the article's own
  // 被多家媒体转载, 很多网站未经授权转载文章 or 这篇报道经授权转载后… is what it is about.
  /(?<=^[（(【]?\s*)(?:本文(?:经|已?获)?(?:授权)?(?:转载|转)自|(?:本文)?(?:经|已?获)[^，。]{0,8}授权转载(?!后)|转载自)/u,
];

/**
 * A closing mark alone on its line: END or THE END in capitals, or framed by dashes (- end -),
 * 全文完, or —— 完 —— with its dashes. "The end." is a sentence.
 */
const DECORATION = '[\\s\\-—–_=*·~]';
const CLOSING_MARK = new RegExp(
  [
    `^${DECORATION}*(?:THE\\s+)?END${DECORATION}*$`,
    `^${DECORATION}+(?:[Tt]he\\s+)?[Ee]nd${DECORATION}+$`,
    `^${DECORATION}*全文完${DECORATION}*[。]?$`,
    `^${DECORATION}+完${DECORATION}+$`,
  ].join('|'),
  'u',
);

/** Where a link may not lead in the article: a Telegram channel, as the seed article's handle did. */
const CHANNEL = /^https?:\/\/(?:www\.)?(?:t\.me|telegram\.me)\//i;

/**
 * What in a paragraph promotes, said for the build's message (it says "关注公众号", it links to
 * a Telegram channel), or undefined. The deck never shows promotion; the build stops at the paragraph
 * so the writer deletes it (a paragraph left out silently could be one the filter mistook).
 */
export function promotionIn(text: string, urls: readonly string[] = []): string | undefined {
  if (CLOSING_MARK.test(text.trim())) return `it is a closing mark, "${text.trim()}"`;
  for (const pattern of PROMOTION) {
    const match = pattern.exec(text);
    const found = match?.[0].replace(/^[，,。！!；;～~\s]/u, '');
    if (match && found) return `it says "${withItsClose(found, text.slice(match.index + match[0].length))}"`;
  }
  const channel = urls.find((url) => CHANNEL.test(url));
  return channel ? `it links to ${channel}, a messaging channel` : undefined;
}

/** A phrase quoted as found, with the quotation mark it opened closed (点个“在看”, not 点个“在看). */
function withItsClose(found: string, after: string): string {
  const opened = /[“「]/u.exec(found);
  if (!opened || /[”」]/u.test(found.slice(opened.index))) return found;
  const rest = /^[^“”「」。！？\n]{0,6}[”」]/u.exec(after);
  return rest ? found + rest[0] : found;
}

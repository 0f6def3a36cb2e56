/**
 * What web articles carry that is not the article: asking to follow the account, to like or
 * share, the reposting notice, a channel's link, the closing END. Each phrase is one only such
 * lines use; "用户可以点赞和转发" or "引起了各界关注" are the article's own words.
 */
const PROMOTION: readonly RegExp[] = [
  /点击(?:上方|下方|文末|蓝字)/u,
  /关注(?:公众号|本号|我们[，,。！!～~]|我们$)/u,
  /[点戳](?:个|一下)?\s*[“"「]在看|[点戳](?:个|一下)\s*[“"「]?(?:在看|赞)/u,
  /(?:欢迎|记得|别忘了)(?:点赞|转发|分享|留言|在看|关注)/u,
  /长按(?:识别|扫码|二维码)|扫码关注|扫描(?:下方)?二维码(?:关注|添加)/u,
  /版权归原作者|如有侵权|侵删|联系删除|转载请注明|未经授权[，,]?\s*(?:禁止|不得)转载/u,
];

/** A closing mark alone on its line: END, THE END, 全文完, or —— 完 —— with its dashes. */
const CLOSING_MARK =
  /^[\s\-—–_=*·~.。]*(?:the\s+)?end[\s\-—–_=*·~.。]*$|^[\s\-—–_=*·~]*全文完[\s\-—–_=*·~。]*$|^[\s\-—–_=*·~]+完[\s\-—–_=*·~]+$/iu;

/** Where a link may not lead in the article: a messaging channel (the seed article's t.me handle). */
const CHANNEL = /^https?:\/\/(?:www\.)?(?:t\.me|telegram\.me)\//i;

/**
 * The promotion a paragraph carries, as its words or its link show it, or undefined. The deck
 * never shows promotion; the build stops at the paragraph so the writer deletes it (a paragraph
 * left out silently could be one the filter mistook).
 */
export function promotionIn(text: string, urls: readonly string[] = []): string | undefined {
  if (CLOSING_MARK.test(text)) return text.trim();
  for (const pattern of PROMOTION) {
    const found = pattern.exec(text);
    if (found) return found[0];
  }
  return urls.find((url) => CHANNEL.test(url));
}

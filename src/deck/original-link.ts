/** The words of a link to the article itself, where it first appeared. */
const ORIGINAL_LINK = /^(?:(?:点击|点此)?(?:查看|阅读|访问)原文(?:链接|地址|出处)?|原文(?:链接|地址|出处))$/;

/**
 * Whether a link's words only point at the original article (查看原文, 原文链接): the sources
 * slide takes its address for the original's line; as a point it would say nothing.
 */
export const pointsToOriginal = (words: string): boolean => ORIGINAL_LINK.test(words.trim());

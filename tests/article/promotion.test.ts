import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse-article.ts';
import { promotionIn } from '../../src/article/promotion.ts';
import { projectRoot } from '../support/fixtures.ts';

/** Every file under `path` (or `path` itself), by its path. */
function filesAt(path: string): string[] {
  return statSync(path).isDirectory()
    ? readdirSync(path).flatMap((name) => filesAt(join(path, name)))
    : [path];
}

describe('promotion in an article', () => {
  it('finds what web articles add around the text, and says what it found: follow, like, share, the reposting notice, END', () => {
    const found: [string, string][] = [
      ['点击上方蓝字“生活小百科”，关注我们，每天学一点生活技巧！', 'it says "点击上方蓝字"'],
      ['喜欢的话，记得关注公众号。', 'it says "记得关注公众号"'],
      ['关注我们，获取更多干货', 'it says "关注我们"'],
      ['觉得有用就点个“在看”吧', 'it says "点个“在看”"'],
      ['欢迎转发给身边的朋友。', 'it says "欢迎转发"'],
      ['长按识别二维码，加入读者群。', 'it says "长按识别"'],
      ['本文来源：生活小百科，版权归原作者所有。如有侵权，请联系删除。', 'it says "版权归原作者"'],
      [
        '本文经授权转载自“协和变态反应科”（ID：xhbt2019），文字｜张医生　编辑｜小林',
        'it says "本文经授权转载自"',
      ],
      ['（本文转自公众号“科普中国”）', 'it says "本文转自"'],
      ['经授权转载，原文有删节。', 'it says "经授权转载"'],
      ['【转载自：果壳网】', 'it says "转载自"'],
      ['—— END ——', 'it is a closing mark, "—— END ——"'],
      ['- the end -', 'it is a closing mark, "- the end -"'],
      ['全文完', 'it is a closing mark, "全文完"'],
      ['—— 完 ——', 'it is a closing mark, "—— 完 ——"'],
    ];
    for (const [text, what] of found) expect(promotionIn(text), text).toBe(what);
    expect(promotionIn('更多内容见频道。', ['https://t.me/s/esim1088'])).toBe(
      'it links to https://t.me/s/esim1088, a messaging channel',
    );
  });

  it('leaves the article’s own words about following, liking and ending alone, how-to steps too', () => {
    for (const text of [
      '用户可以点赞和转发，平台据此推荐内容。',
      '这项研究引起了各界关注，我们也在关注进展。',
      '他正在看书，一点也不着急。',
      '话说完了，问题还在。',
      '故事的结局（the end of the story）出人意料。',
      '二维码里写着 SM-DP+ 的地址。',
      '出门前记得关注天气变化。',
      '在设置里点击下方的"添加 eSIM"按钮。',
      '很多品牌引导用户关注公众号来获取优惠。',
      '这篇论文发表后被多家媒体转载。',
      // About reposting, not a credit: 未经授权转载 mid-sentence, or what happened after.
      '很多网站未经授权转载文章，侵犯了作者的权利。',
      '这篇报道经授权转载后，被广泛传播。',
      '转载量高，不代表内容可信。',
      '他把文章转自己的朋友圈。',
      '用户点个赞就能让内容被更多人看到。',
      // A sign-off inviting questions is the writer's, not promotion.
      '有问题欢迎留言，我尽量一个个回复。',
      'The end.',
    ])
      expect(promotionIn(text), text).toBeUndefined();
    expect(promotionIn('见原文。', ['https://example.org/a'])).toBeUndefined();
  });

  it('stops the build at the paragraph that promotes, naming what it found', () => {
    const markdown =
      '# 挑西瓜\n\n夏天到了。\n\n### 看\n\n纹路清晰的瓜更熟。\n\n- 拍一拍\n- 觉得有用就点个“在看”吧\n';
    expect(() => parseArticle(markdown, 'a.md')).toThrow(
      'a.md:10:1: promotion, not the article: "觉得有用就点个“在看”吧" (it says "点个“在看”"); the deck carries none, so delete this paragraph',
    );
  });

  it('keeps the promotion the article came with out of every file the deck is made from', () => {
    // The article's channel link, its handle, its image host and the brand word in its title line.
    const promotion = /(?<![\w.])t\.me\b|esim1088|postimg|莱卡/i;
    const sources = ['slides', 'src', 'assets', 'index.html'].flatMap((p) => filesAt(join(projectRoot, p)));
    expect(sources.length).toBeGreaterThan(20);
    const found = sources.filter((file) => promotion.test(readFileSync(file, 'utf8')));
    expect(found).toEqual([]);
  });
});

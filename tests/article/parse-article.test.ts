import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse-article.ts';
import { SourceError } from '../../src/article/source-error.ts';
import { fixture, slidesFile } from '../support/fixtures.ts';

function errorOf(markdown: string, file: string): SourceError {
  try {
    parseArticle(markdown, file);
  } catch (error) {
    if (error instanceof SourceError) return error;
    throw error;
  }
  throw new Error(`${file} parsed without an error`);
}

describe('parseArticle on the real article', () => {
  const article = parseArticle(slidesFile('article.md'), 'slides/article.md');

  it('reads the title without the promotional brand word or link', () => {
    expect(article.title).toBe('eSIM卡与手机卡的区别是什么？');
  });

  it('keeps both introduction paragraphs with their lines', () => {
    expect(article.intro.map((p) => p.position.line)).toEqual([3, 5]);
    expect(article.intro[0]?.text.startsWith('提到手机通信')).toBe(true);
  });

  it('finds the five sections in order, without numbering or bold marks', () => {
    expect(article.sections.map((s) => s.heading)).toEqual([
      '物理形态上的差异',
      '功能体验的不同',
      '应用场景的拓展',
      '面临的挑战与争议',
      '未来展望',
    ]);
    expect(article.sections.map((s) => s.position.line)).toEqual([7, 13, 21, 27, 33]);
  });

  it('keeps every paragraph word for word, 13 in all', () => {
    const count = article.intro.length + article.sections.reduce((n, s) => n + s.paragraphs.length, 0);
    expect(count).toBe(13);
    expect(article.sections[1]?.paragraphs[2]?.text).toBe(
      '另外，eSIM还简化了设备的生产流程。以往，为了兼容不同规格的SIM卡，厂商往往需要设计多种版本的产品以适应市场需求。而采用eSIM技术后，只需要一种统一的设计即可满足全球范围内的使用需求，大大降低了研发成本和库存压力。',
    );
  });

  it('carries nothing of the promotion', () => {
    const text = JSON.stringify(article);
    for (const promo of ['莱卡', 't.me', 'esim1088', 'postimg', 'TG']) expect(text).not.toContain(promo);
  });
});

describe('parseArticle on markdown as authors write it', () => {
  const sectionsOf = (markdown: string) => parseArticle(markdown, 'x.md').sections;

  it('joins a paragraph wrapped across lines, with no gap between Chinese characters', () => {
    const [section] = sectionsOf(
      '# 标题\n\n### 一节\n\n我们之所以会感到困倦，和大脑里一种叫腺苷\n的物质密切相关。It is\nknown as **腺苷**\n积累。\n',
    );
    expect(section?.paragraphs[0]?.text).toBe(
      '我们之所以会感到困倦，和大脑里一种叫腺苷的物质密切相关。It is known as 腺苷积累。',
    );
  });

  it('reads bold next to Chinese punctuation as bold, leaving no stars behind', () => {
    const [section] = sectionsOf(
      '# 标题\n\n### **一、**困意从哪里来\n\n2024年被视为5G-A的**“商用元年”**。它**“制造”**能量。\n',
    );
    expect(section?.heading).toBe('困意从哪里来');
    const [paragraph] = section?.paragraphs ?? [];
    expect(paragraph?.text).toBe('2024年被视为5G-A的“商用元年”。它“制造”能量。');
    // The paragraph knows what was bold, so the notes keep the author's emphasis.
    expect(paragraph?.bold?.map(({ start, end }) => paragraph.text.slice(start, end))).toEqual([
      '“商用元年”',
      '“制造”',
    ]);
  });

  it('keeps bold inside a link and around one, and reads emphasis as plain text', () => {
    const [section] = sectionsOf(
      '# 标题\n\n### 一节\n\n&#32; 看[**这**一篇](https://a.cn/)，**读[它](https://b.cn/)就够**，*别的*不必。\n',
    );
    const [paragraph] = section?.paragraphs ?? [];
    expect(paragraph?.text).toBe('看这一篇，读它就够，别的不必。');
    expect(paragraph?.bold).toEqual([
      { start: 1, end: 2 },
      { start: 5, end: 9 },
    ]);
    expect(paragraph?.links?.map((l) => l.start)).toEqual([1, 6]);
    expect(sectionsOf('# 标题\n\n### 一节\n\n没有加粗。\n')[0]?.paragraphs[0]).not.toHaveProperty('bold');
  });

  it('drops hand-made section numbers, but not numbers that are part of the words', () => {
    const article = parseArticle(
      [
        '# 3.15晚会曝光了什么？',
        '',
        '### 1.缘起',
        '',
        '甲。',
        '',
        '### （二）经过',
        '',
        '乙。',
        '',
        '### 3、5.5G 来了',
        '',
        '丙。',
        '',
        '### 2024：eSIM元年',
        '',
        '丁。',
        '',
        '### 5.5G 之后',
        '',
        '戊。',
        '',
      ].join('\n'),
      'x.md',
    );
    expect(article.title).toBe('3.15晚会曝光了什么？');
    expect(article.sections.map((section) => section.heading)).toEqual([
      '缘起',
      '经过',
      '5.5G 来了',
      '2024：eSIM元年',
      '5.5G 之后',
    ]);
    // The other ways authors number their parts, and words that only look like them.
    // As written, and as read: the number dropped, or the words kept whole.
    const headings: [string, string][] = [
      ['01 速度', '速度'],
      ['第二部分 频段', '频段'],
      ['第3章：调制', '调制'],
      ['4）多链路', '多链路'],
      ['五. 该不该升级', '该不该升级'],
      ['Part 6. 展望', '展望'],
      ['10 个理由', '10 个理由'],
      ['第五代移动通信', '第五代移动通信'],
      ['802.11be 是什么', '802.11be 是什么'],
      // A heading that is its number alone keeps it.
      ['第七节', '第七节'],
      ['05 后的换机习惯', '05 后的换机习惯'],
      ['第二节课', '第二节课'],
      ['Section 5G 网络', 'Section 5G 网络'],
      // As Chinese typesetting numbers parts: full-width digits, circled numbers, 【】, Roman
      // numerals, and an ordinal with a comma.
      ['１．农业革命', '农业革命'],
      ['① 认知革命', '认知革命'],
      ['【三】人类的融合统一', '人类的融合统一'],
      ['Ⅳ. 科学革命', '科学革命'],
      ['IV. 帝国', '帝国'],
      ['第五，我的一点感想', '我的一点感想'],
      ['第一次工业革命', '第一次工业革命'],
      ['１２３４５６ 个字', '１２３４５６ 个字'],
      ['X.com 的故事', 'X.com 的故事'],
      ['X、Y 两代人', 'X、Y 两代人'],
      ['XI. 尾声', '尾声'],
      ['XV. 结语', '结语'],
      ['XIX. 附录', '附录'],
      ['IIV. 错字', 'IIV. 错字'],
      ['Ⅱ型糖尿病', 'Ⅱ型糖尿病'],
      ['①号线的故事', '①号线的故事'],
      ['第一、二季度回顾', '第一、二季度回顾'],
      ['vi. 编辑器', 'vi. 编辑器'],
    ];
    const more = parseArticle(
      ['# 标题', '', ...headings.flatMap(([heading]) => [`## ${heading}`, '', '正文。', ''])].join('\n'),
      'x.md',
    );
    expect(more.sections.map((section) => section.heading)).toEqual(headings.map(([, read]) => read));
  });

  it('reads an article saved with Windows line ends as it reads one with plain line ends', () => {
    const lines = ['# 标题', '', '### 一节', '', '今天我们来聊一聊', '西瓜怎么挑，', '这很重要。', ''];
    const windows = parseArticle(lines.join('\r\n'), 'x.md');
    expect(windows).toEqual(parseArticle(lines.join('\n'), 'x.md'));
    expect(windows.sections[0]?.paragraphs[0]?.text).toBe('今天我们来聊一聊西瓜怎么挑，这很重要。');
    expect(windows.sections[0]?.paragraphs[0]?.position.line).toBe(5);
  });

  it('leaves the writer’s HTML comments out, and still refuses any other HTML', () => {
    const article = parseArticle(
      '# 标题\n\n<!-- 草稿：\n第二稿再改 -->\n\n### 一节\n\n正文<!-- 待查 -->继续。\n',
      'x.md',
    );
    expect(article.intro).toEqual([]);
    expect(article.sections[0]?.paragraphs.map((p) => p.text)).toEqual(['正文继续。']);
    expect(errorOf('# 标题\n\n### 一节\n\n<!-- 注 --><b>粗</b>\n', 'x.md').message).toContain(
      'x.md:5:1: raw HTML',
    );
  });

  it('says a code fence that never closes is one, at its line, not that a code block is unsupported', () => {
    const open = '# 标题\n\n### 一节\n\n正文。\n\n```\ngit init\n\n### 二节\n\n正文。\n';
    expect(errorOf(open, 'x.md').message).toBe(
      'x.md:7:1: a code block opens here (```) and never closes, so everything after it, headings too, would be code; close it or remove it',
    );
    const closed = '# 标题\n\n### 一节\n\n正文。\n\n~~~~sh\ngit init\n~~~~\n';
    expect(errorOf(closed, 'x.md').message).toMatch(/^x\.md:7:1: code blocks are not supported/);
  });

  it('says a paragraph pasted with a four-space indent is read as code because of its indent, at its line', () => {
    const indented = '# 标题\n\n### 一节\n\n正文。\n\n    第三是城市的形态。\n';
    expect(errorOf(indented, 'x.md').message).toBe(
      'x.md:7:1: this text is indented by four spaces or more (or a tab), so markdown reads it as a code block, which the deck cannot show: remove the indent (an indent of full-width spaces, 　　, is fine)',
    );
    expect(errorOf('# 标题\n\n### 一节\n\n\t第三段。\n', 'x.md').message).toMatch(
      /^x\.md:5:1: this text is indented/,
    );
    expect(errorOf('# 标题\n\n### 一节\n\n>     引文。\n', 'x.md').message).toMatch(
      /^x\.md:5:3: this text is indented/,
    );
    // A fence is code the writer meant: it keeps its own message, indented or not.
    expect(errorOf('# 标题\n\n### 一节\n\n  ~~~\n  AT+CIMI\n  ~~~\n', 'x.md').message).toMatch(
      /^x\.md:5:3: code blocks are not supported/,
    );
  });

  it('follows a reference-style link to the address its definition gives', () => {
    const [section] = sectionsOf(
      '# 标题\n\n### 一节\n\n见[世界卫生组织][who]的说明。\n\n[who]: https://www.who.int/\n',
    );
    expect(section?.paragraphs).toEqual([
      {
        text: '见世界卫生组织的说明。',
        position: { line: 5, column: 1 },
        links: [{ start: 1, end: 7, url: 'https://www.who.int/' }],
      },
    ]);
  });
});

describe('parseArticle on addresses written out', () => {
  const paragraphOf = (line: string) =>
    parseArticle(`# 标题\n\n### 一节\n\n${line}\n`, 'x.md').sections[0]?.paragraphs[0];

  it('links a web or e-mail address written as it is, as it links [words](address)', () => {
    expect(paragraphOf('Windows用户可以从 https://git-scm.com 下载。')).toMatchObject({
      text: 'Windows用户可以从 https://git-scm.com 下载。',
      links: [{ start: 13, end: 32, url: 'https://git-scm.com' }],
    });
    expect(paragraphOf('写信到 zhangsan@example.com 询问。')?.links).toEqual([
      { start: 4, end: 24, url: 'mailto:zhangsan@example.com' },
    ]);
  });

  it('drops numbers and a space that count the sections 1, 2, 3…, and keeps them where they do not', () => {
    const headingsOf = (headings: readonly string[]) =>
      parseArticle(
        ['# 标题', ...headings.flatMap((h) => ['', `### ${h}`, '', '正文。'])].join('\n'),
        'x.md',
      ).sections.map((s) => s.heading);
    expect(headingsOf(['1 速度与带宽', '2 时延', '3 5.5G与未来'])).toEqual([
      '速度与带宽',
      '时延',
      '5.5G与未来',
    ]);
    expect(headingsOf(['3 个理由', '5 种误解'])).toEqual(['3 个理由', '5 种误解']);
    expect(headingsOf(['1 个目标', '网络'])).toEqual(['1 个目标', '网络']);
  });

  it('ends an address at the Chinese that follows it with no space, as a reader does', () => {
    for (const [line, address, url] of [
      ['从https://git-scm.com下载。', 'https://git-scm.com', 'https://git-scm.com'],
      ['见 https://example.com/a/b。然后再看', 'https://example.com/a/b', 'https://example.com/a/b'],
      ['访问 www.example.com，再看', 'www.example.com', 'http://www.example.com'],
      ['地址（https://a.org/x）里', 'https://a.org/x', 'https://a.org/x'],
      ['写信 zhangsan@example.com询问', 'zhangsan@example.com', 'mailto:zhangsan@example.com'],
      // A host or a path in Chinese of its own is part of the address, up to a mark or a space.
      ['访问https://例子.中国/文章。然后看看。', 'https://例子.中国/文章', 'https://例子.中国/文章'],
      [
        '见 https://zh.wikipedia.org/wiki/二维码 的说明',
        'https://zh.wikipedia.org/wiki/二维码',
        'https://zh.wikipedia.org/wiki/二维码',
      ],
      // A mark ends it even where Latin letters and Chinese meet later in the sentence.
      [
        '见https://zh.wikipedia.org/wiki/二维码，用app扫一扫。',
        'https://zh.wikipedia.org/wiki/二维码',
        'https://zh.wikipedia.org/wiki/二维码',
      ],
      ['请访问https://a.com/x“官网”然后点击b下载。', 'https://a.com/x', 'https://a.com/x'],
      ['见https://a.com/x‘官网’。', 'https://a.com/x', 'https://a.com/x'],
    ] as const) {
      const paragraph = paragraphOf(line);
      // The words stay as written; the link covers the address alone.
      expect(paragraph?.text, line).toBe(line);
      const link = paragraph?.links?.[0];
      expect(link && paragraph?.text.slice(link.start, link.end), line).toBe(address);
      expect(link?.url, line).toBe(url);
    }
  });
});

describe('parseArticle on bad input', () => {
  const cases: [string, string, string][] = [
    ['empty.md', '1:1', 'the article is empty'],
    ['no-title.md', '1:1', 'the article has no title'],
    ['no-sections.md', '1:1', 'the article has no sections'],
    ['empty-section.md', '9:1', 'section "第二节" has no paragraph'],
    [
      'wrong-level.md',
      '9:1',
      'heading at the wrong level: "####" where sections use "###"; the deck has no sub-sections',
    ],
    ['duplicate-heading.md', '9:1', 'duplicate section heading "费用" (first used on line 5)'],
    ['raw-html.md', '9:1', 'raw HTML is not allowed in the article'],
    [
      'table.md',
      '5:1',
      'a table stands on its own in a section, where it gets a slide: not in the introduction',
    ],
  ];

  it('refuses two sections that are one name once their numbering is dropped, at the second', () => {
    const error = errorOf('# 标题\n\n### 1 速度\n\n甲。\n\n### 2 速度\n\n乙。\n', 'x.md');
    expect(error.message).toBe('x.md:7:1: duplicate section heading "速度" (first used on line 3)');
  });

  it('refuses a section heading that is only its number (二、, 3., （四）), at its line, but keeps 第七节', () => {
    for (const heading of ['二、', '3.', '（四）', '①', '【五】']) {
      const error = errorOf(`# 标题\n\n### 一节\n\n甲。\n\n### ${heading}\n\n乙。\n`, 'x.md');
      expect(error.message, heading).toBe(
        `x.md:7:1: section heading "${heading}" is only its number; write what the section is about (the deck numbers its sections itself)`,
      );
    }
  });

  it.each(cases)('rejects %s at %s with a message naming the problem', (name, where, message) => {
    const file = `tests/fixtures/articles/${name}`;
    const error = errorOf(fixture(`articles/${name}`), file);
    expect(error.message).toBe(`${file}:${where}: ${error.reason}`);
    expect(error.reason).toContain(message);
  });

  it('keeps a link’s text in the paragraph and notes where it leads', () => {
    const article = parseArticle(
      '# 标题\n\n### 一节\n\n  可以阅读[中国科普博览](https://www.kepu.net.cn/)的**相关**文章。\n',
      'x.md',
    );
    const [paragraph] = article.sections[0]?.paragraphs ?? [];
    expect(paragraph?.text).toBe('可以阅读中国科普博览的相关文章。');
    expect(paragraph?.links).toEqual([{ start: 4, end: 10, url: 'https://www.kepu.net.cn/' }]);
    const link = paragraph?.links?.[0];
    expect(link && paragraph?.text.slice(link.start, link.end)).toBe('中国科普博览');
    // Space the paragraph is trimmed of moves its links with it; emphasis inside is flattened.
    const spaced = parseArticle('# 标题\n\n### 一节\n\n&#32; 看[这*一*篇](https://a.cn/)。\n', 'x.md');
    const [first] = spaced.sections[0]?.paragraphs ?? [];
    expect(first?.text).toBe('看这一篇。');
    expect(first?.links).toEqual([{ start: 1, end: 4, url: 'https://a.cn/' }]);
  });

  it('refuses a link that leads anywhere but the web or e-mail, at its line', () => {
    const error = errorOf('# 标题\n\n### 一节\n\n正文[点这里](javascript:alert(1))。\n', 'x.md');
    expect(error.message).toBe(
      'x.md:5:3: a link to "javascript:alert(1)"; links may lead to http, https or mailto addresses only',
    );
  });

  it('refuses a web link no browser can open, at its line, rather than fail later without one', () => {
    for (const url of ['http://', 'https://example.com:99999/']) {
      const error = errorOf(`# 标题\n\n### 一节\n\n正文[点这里](${url})。\n`, 'x.md');
      expect(error.message).toBe(
        `x.md:5:3: a link to "${url}", which is not a web address a browser can open`,
      );
    }
  });

  it('refuses a link that only mentions a web address after another scheme', () => {
    const error = errorOf('# 标题\n\n### 一节\n\n正文[点](javascript:alert(1)//https://x.cn)。\n', 'x.md');
    expect(error.message).toMatch(/^x\.md:5:3: a link to "javascript:alert\(1\)\/\/https:\/\/x\.cn"/);
  });

  it('refuses a link in the title or a section heading, whose address the slides could not show', () => {
    const heading = errorOf(
      '# 标题\n\n### [咖啡因](https://zh.wikipedia.org/wiki/咖啡因)\n\n正文。\n',
      'x.md',
    );
    expect(heading.message).toBe(
      'x.md:3:5: a link in a section heading; headings show their words only, so its address would be lost: link the words in a paragraph instead',
    );
    const title = errorOf(
      '# 标题**[看原文][原文]**\n\n[原文]: https://a.cn/\n\n### 一节\n\n正文。\n',
      'x.md',
    );
    expect(title.message).toMatch(/^x\.md:1:7: a link in the title; /);
  });

  it('shows stars and brackets written with a backslash as they are', () => {
    const [section] = parseArticle(
      '# 标题\n\n### 一节\n\n评分\\*\\*五星，见\\[1\\]\\(附录)。\n',
      'x.md',
    ).sections;
    expect(section?.paragraphs[0]?.text).toBe('评分**五星，见[1](附录)。');
  });

  it('keeps one tilde as written: 1~2片 is a range, not struck-out text', () => {
    const [section] = parseArticle(
      '# 标题\n\n### 一节\n\n成人每次1~2片，每天2~3次；H~2~O。\n',
      'x.md',
    ).sections;
    expect(section?.paragraphs[0]?.text).toBe('成人每次1~2片，每天2~3次；H~2~O。');
  });

  it('keeps underscores that are no emphasis: in names, beside Chinese too, and written with a backslash', () => {
    const names = [
      '配置项 max_retry_count 默认为3，文件名写作a\\_b\\_c。',
      '把user_name和user_id都改成小写。',
      '用户名：zhang_san，密码：abc_123。',
      '类在创建时会调用__init__方法。',
      '文件名改为报告_v2_最终版.docx即可。',
      // Names in quotation marks one after another: no pair of underscores spans them.
      '“论文_最终版.docx”“论文_最终版_改.docx”“论文_真的最终版_v3.docx”……这样一串文件。',
      '把论文_初稿_改.pdf发给老师。',
    ];
    const [section] = parseArticle(`# 标题\n\n### 一节\n\n${names.join('\n\n')}\n`, 'x.md').sections;
    expect(section?.paragraphs.map((p) => p.text)).toEqual([
      '配置项 max_retry_count 默认为3，文件名写作a_b_c。',
      ...names.slice(1),
    ]);
  });

  it('reads lines typed as a list in one paragraph (1、 2、, •) as a list, after their lead-in', () => {
    const article = parseArticle(
      [
        '# 标题',
        '',
        '### 一节',
        '',
        '买灭火器要注意以下几点：',
        '1、看标识：瓶身上要有**CCCF**认证标志。',
        '2、看压力表：指针在绿色区域才正常，',
        '红色区域说明压力不足。',
        '3、看日期。',
        '',
        '• 油锅起火不能用水浇',
        '• 电器起火先断电',
        '',
      ].join('\n'),
      'x.md',
    );
    const list = { kind: 'list', line: 6, ordered: true } as const;
    expect(article.sections[0]?.paragraphs).toEqual([
      { text: '买灭火器要注意以下几点：', position: { line: 5, column: 1 } },
      {
        text: '看标识：瓶身上要有CCCF认证标志。',
        position: { line: 6, column: 1 },
        bold: [{ start: 9, end: 13 }],
        within: { ...list, number: 1 },
      },
      {
        // A line with no mark goes on with the item before it.
        text: '看压力表：指针在绿色区域才正常，红色区域说明压力不足。',
        position: { line: 7, column: 1 },
        within: { ...list, number: 2 },
      },
      { text: '看日期。', position: { line: 9, column: 1 }, within: { ...list, number: 3 } },
      {
        text: '油锅起火不能用水浇',
        position: { line: 11, column: 1 },
        within: { kind: 'list', line: 11, ordered: false, number: 1 },
      },
      {
        text: '电器起火先断电',
        position: { line: 12, column: 1 },
        within: { kind: 'list', line: 11, ordered: false, number: 2 },
      },
    ]);
  });

  it('lists references typed one a line, each keeping its number, and counts ①, （1） as 1', () => {
    const [section, circled] = parseArticle(
      [
        '# 标题',
        '',
        '### 一节',
        '',
        '[1] Singh S, et al. Cochrane, 2023.',
        '[2] AAO. Eye Strain. 2022.',
        '',
        '### 二节',
        '',
        '②拔掉保险销',
        '③握住喷管',
        '',
      ].join('\n'),
      'x.md',
    ).sections;
    expect(section?.paragraphs.map((p) => [p.text, p.within?.kind])).toEqual([
      ['[1] Singh S, et al. Cochrane, 2023.', 'list'],
      ['[2] AAO. Eye Strain. 2022.', 'list'],
    ]);
    expect(circled?.paragraphs.map((p) => [p.text, p.within?.kind === 'list' && p.within.number])).toEqual([
      ['拔掉保险销', 2],
      ['握住喷管', 3],
    ]);
  });

  it('reads a line after a typed list that does not go on from its last item as a paragraph after it', () => {
    const [section] = parseArticle(
      '# 标题\n\n### 一节\n\n步骤如下：\n1、打开设置\n2、点击通用\n完成后重启手机即可。\n\n▲ 优点一：体积小\n▲ 优点二：更防水\n',
      'x.md',
    ).sections;
    expect(section?.paragraphs.map((p) => [p.text, p.within?.kind ?? 'paragraph', p.position.line])).toEqual([
      ['步骤如下：', 'paragraph', 5],
      ['打开设置', 'list', 6],
      ['点击通用', 'list', 7],
      ['完成后重启手机即可。', 'paragraph', 8],
      ['优点一：体积小', 'list', 10],
      ['优点二：更防水', 'list', 11],
    ]);
  });

  it('leaves lines whole that only look like a typed list: two forms of mark, numbers that skip, a number after the mark, a middle dot', () => {
    const prose = [
      '1、饮食\n（1）少吃糖\n（2）多喝水\n2、运动',
      '快递一般需要\n2、3天才能到，偏远地区要\n3、5天。',
      '第一条\n1、先断电\n3、再灭火',
      '文森特\n·威廉·梵高，荷兰画家，\n·代表作包括向日葵。',
    ];
    const [section] = parseArticle(`# 标题\n\n### 一节\n\n${prose.join('\n\n')}\n`, 'x.md').sections;
    expect(section?.paragraphs.map((p) => [p.text, p.within])).toEqual(
      prose.map((text) => [text.replaceAll('\n', ''), undefined]),
    );
  });

  it('leaves a paragraph whole when only one line starts with a mark, or its lines start with marks of two kinds', () => {
    const [section] = parseArticle(
      [
        '# 标题',
        '',
        '### 一节',
        '',
        '结论如下：',
        '1、电池寿命与充电方式无关。',
        '',
        '1、先断电；',
        '• 再灭火。',
        '',
        '第一，1.5倍的功率；',
        '2023.5月发布。',
        '',
      ].join('\n'),
      'x.md',
    ).sections;
    expect(section?.paragraphs.map((p) => [p.text, p.within])).toEqual([
      ['结论如下：1、电池寿命与充电方式无关。', undefined],
      ['1、先断电；• 再灭火。', undefined],
      ['第一，1.5倍的功率；2023.5月发布。', undefined],
    ]);
  });

  it('keeps an e-mail link, as it keeps a web link', () => {
    const article = parseArticle('# 标题\n\n### 一节\n\n来信[告诉我们](mailto:a@b.cn)。\n', 'x.md');
    expect(article.sections[0]?.paragraphs[0]?.links).toEqual([{ start: 2, end: 6, url: 'mailto:a@b.cn' }]);
  });

  it.each([
    ['inline HTML in a paragraph', '# 标题\n\n### 一节\n\n正文<span>强调</span>。\n', '5:3: raw HTML'],
    [
      'an article that opens with a "##" heading',
      '## 标题\n\n### 一节\n\n正文。\n',
      '1:1: the article has no title',
    ],
    ['a second "#" title', '# 标题\n\n### 一节\n\n正文。\n\n# 又一个\n\n正文。\n', '7:1: a second "#" title'],
    [
      'a comment that never closes',
      '# 标题\n\n### 一节\n\n<!-- 草稿\n\n正文。\n',
      '5:1: a comment opens here ("<!--") and never closes',
    ],
    [
      'words after a comment on its line',
      '# 标题\n\n### 一节\n\n<!-- 草稿 -->气象站遍布全国。\n',
      '5:1: a comment must stand on lines of its own',
    ],
    [
      'front matter before the title',
      '---\ntitle: 天气\n---\n\n# 天气预报\n\n### 一节\n\n正文。\n',
      '1:1: front matter (--- … ---) is not read: the title is the "# title" line',
    ],
    [
      'front matter with a Chinese key and a comment, after a blank line',
      '\n---\n# 草稿\n标题: 天气\n---\n\n# 天气预报\n\n### 一节\n\n正文。\n',
      '2:1: front matter (--- … ---) is not read',
    ],
    [
      'a rule over the title, which is no front matter',
      '---\n\n## 标题\n\n### 一节\n\n正文。\n\n---\n',
      '3:1: the article has no title',
    ],
    [
      'a heading shallower than the sections',
      '# 标题\n\n### 一节\n\n正文。\n\n## 二节\n\n正文。\n',
      '7:1: heading at the wrong level: "##" where sections use "###"',
    ],
    [
      'a separator (---) right under a paragraph, which makes the paragraph a heading',
      '# 标题\n\n### 一节\n\n正文。\n---\n\n### 二节\n\n正文。\n',
      '6:1: a line of --- right under text makes that text a heading: write a heading with marks ("### …") instead; for a separator, put a blank line before the ---',
    ],
    [
      'a heading underlined with ===',
      '# 标题\n\n### 一节\n\n正文。\n\n二节\n===\n\n正文。\n',
      '8:1: a line of === right under text makes that text a heading: write a heading with marks ("### …") instead',
    ],
    [
      'a title underlined with ===',
      '标题\n===\n\n### 一节\n\n正文。\n',
      '2:1: a line of === right under text makes that text a heading: write a heading with marks ("# …") instead',
    ],
    [
      'a separator under the introduction, before the sections say their level',
      '# 标题\n\n引言。\n---\n\n## 一节\n\n正文。\n',
      '4:1: a line of --- right under text makes that text a heading: write a heading with marks ("## …" or "### …") instead',
    ],
    ['an empty title', '#\n\n### 一节\n\n正文。\n', '1:1: the title is empty'],
    ['struck-out words', '# 标题\n\n### 一节\n\n价格~~很贵~~不贵。\n', '5:3: struck-out text'],
    [
      'bold text that never closes',
      '# 标题\n\n### 一节\n\n它不是用来聊天的，\n而是**用来保命的。\n',
      '6:3: bold text opens here (**) and never closes',
    ],
    [
      'a link whose address never ends',
      '# 标题\n\n### 一节\n\n据[国际电信联盟的研究](https://www.itu.int/rec 指出，延迟可以察觉。\n',
      "5:12: a link's address starts here but never ends",
    ],
    ['a footnote', '# 标题\n\n### 一节\n\n正文[^1]。\n\n[^1]: 注释。\n', '7:1: footnotes are not supported'],
    [
      'a footnote whose note markdown reads as text (a space in it), at its mark',
      '# 标题\n\n### 一节\n\n没有明显效果[^1]。\n\n[^1]: Singh S, et al. Cochrane, 2023.\n',
      '5:7: a footnote ([^…]); footnotes are not supported',
    ],
    [
      'underscores meant as emphasis beside Chinese',
      '# 标题\n\n### 一节\n\n记住，遵循_20-20-20_法则。\n',
      '5:6: emphasis written with underscores (_…_) beside Chinese is not read as emphasis',
    ],
    [
      'double underscores meant as bold beside Chinese',
      '# 标题\n\n### 一节\n\n但__真的__有用吗？\n',
      '5:2: emphasis written with underscores',
    ],
    [
      'a picture’s caption left behind',
      '# 标题\n\n### 一节\n\n正文。\n\n▲ 图：不同镜片的透光曲线（来源：Cochrane）\n',
      "7:1: a picture's caption or credit; the deck shows none of the article's pictures",
    ],
    ['a picture’s credit', '# 标题\n\n### 一节\n\n正文。\n\n图片来源：网络\n', "7:1: a picture's caption"],
    ['a numbered figure’s caption', '# 标题\n\n### 一节\n\n图2：透光曲线\n', "5:1: a picture's caption"],
    [
      'a caption in brackets',
      '# 标题\n\n### 一节\n\n正文。\n\n（图：显微镜下的蒿属花粉，图源网络）\n',
      "7:1: a picture's caption",
    ],
    ['a credit in brackets', '# 标题\n\n### 一节\n\n（图源网络）\n\n正文。\n', "5:1: a picture's caption"],
    ['a credit with a slash', '# 标题\n\n### 一节\n\n正文。\n\n图/视觉中国\n', "7:1: a picture's caption"],
    [
      'a repost credit',
      '# 标题\n\n本文经授权转载自“协和变态反应科”，文字｜张医生\n\n### 一节\n\n正文。\n',
      '3:1: promotion, not the article: "本文经授权转载自“协和变态反应科”，文字｜张医生" (it says "本文经授权转载自")',
    ],
    [
      'a link with no words',
      '# 标题\n\n### 一节\n\n见[](https://www.who.int/)。\n',
      '5:2: a link to "https://www.who.int/" has no words',
    ],
    [
      'a code block',
      '# 标题\n\n### 一节\n\n```\nAT+CIMI\n```\n',
      '5:1: code blocks are not supported in the article',
    ],
    [
      'a list inside a list item',
      '# 标题\n\n### 一节\n\n- 优点\n  - 体积小\n',
      '6:3: a list inside a list item',
    ],
    [
      'a list item of two paragraphs',
      '# 标题\n\n### 一节\n\n- 体积小。\n\n  省出空间。\n',
      '7:3: a list item with more than one paragraph',
    ],
    ['a quotation in a list item', '# 标题\n\n### 一节\n\n- > 引用\n', '5:3: unsupported block (blockquote)'],
    [
      'a list in a quotation',
      '# 标题\n\n### 一节\n\n> 他说：\n>\n> - 一点\n',
      '7:3: unsupported block (list)',
    ],
    ['raw HTML in a list item', '# 标题\n\n### 一节\n\n- <b>粗</b>\n', '5:3: raw HTML'],
  ])('refuses %s at its line, naming the problem', (_what, markdown, expected) => {
    expect(errorOf(markdown, 'x.md').message).toContain(`x.md:${expected}`);
  });

  it('refuses the article as it was received, its promotion still in it, at the promotion’s line', () => {
    const received = fixture('articles/as-received.md');
    expect(errorOf(received, 'as-received.md').message).toBe(
      'as-received.md:1:1: the article has no title; it must start with a "# title" line',
    );
    // With the title line made a heading, the trailing promotion (a remote image) still stops it.
    const titled = received.replace(/^.*\n/, '# eSIM卡与手机卡的区别是什么？\n');
    expect(errorOf(titled, 'as-received.md').message).toMatch(
      /^as-received\.md:9:\d+: images are not allowed/,
    );
  });

  it('reads each item of a list as a paragraph of its own, marked with its list and number', () => {
    const article = parseArticle(
      [
        '# 标题',
        '',
        '引言有两点：',
        '',
        '* 第一点',
        '* 第二点，[见此](https://example.com/)',
        '',
        '### 一节',
        '',
        '安装分三步：',
        '',
        '3. 扫码',
        '4. **确认**',
        '   下载',
        '5.',
        '6. 激活',
        '',
        '最后一段。',
        '',
      ].join('\n'),
      'x.md',
    );
    expect(article.intro.map((p) => [p.text, p.position.line, p.within])).toEqual([
      ['引言有两点：', 3, undefined],
      ['第一点', 5, { kind: 'list', line: 5, ordered: false, number: 1 }],
      ['第二点，见此', 6, { kind: 'list', line: 5, ordered: false, number: 2 }],
    ]);
    expect(article.intro[2]?.links).toEqual([{ start: 4, end: 6, url: 'https://example.com/' }]);
    // An empty item is dropped; the numbers are the ones the reader sees, lines joined as in a paragraph.
    expect(
      article.sections[0]?.paragraphs.map((p) => [
        p.text,
        p.position.line,
        p.within?.kind === 'list' ? p.within.number : undefined,
      ]),
    ).toEqual([
      ['安装分三步：', 10, undefined],
      ['扫码', 12, 3],
      ['确认下载', 13, 4],
      ['激活', 16, 6],
      ['最后一段。', 18, undefined],
    ]);
    expect(article.sections[0]?.paragraphs[1]?.within).toEqual({
      kind: 'list',
      line: 12,
      ordered: true,
      number: 3,
    });
  });

  it('reads each paragraph of a quotation as a paragraph of its own, marked as quoted', () => {
    const article = parseArticle(
      '# 标题\n\n### 一节\n\n专家说：\n\n> 第一段引文，\n> 接着写。\n>\n> 第二段**引文**。\n\n之后。\n',
      'x.md',
    );
    expect(article.sections[0]?.paragraphs.map((p) => [p.text, p.position.line, p.within])).toEqual([
      ['专家说：', 5, undefined],
      ['第一段引文，接着写。', 7, { kind: 'quote', line: 7 }],
      ['第二段引文。', 10, { kind: 'quote', line: 7 }],
      ['之后。', 12, undefined],
    ]);
  });

  it('counts a section that holds only a list as a section with paragraphs', () => {
    const article = parseArticle('# 标题\n\n### 一节\n\n- 一点\n- 两点\n', 'x.md');
    expect(article.sections[0]?.paragraphs.map((p) => p.text)).toEqual(['一点', '两点']);
  });

  it('refuses a heading whose #s have no space after them, at its line, saying the space is missing', () => {
    expect(errorOf('# 标题\n\n### 一节\n\n正文。\n\n###四、蒸和微波\n\n正文。\n', 'x.md').message).toBe(
      'x.md:7:1: a heading needs a space after its "###": write "### 四、蒸和微波"; without it, markdown reads the line as text and the section would run into the one before (to start a line with # as text, write \\#)',
    );
    // Right under a paragraph, with no blank line between, it is a line of that paragraph.
    expect(errorOf('# 标题\n\n### 一节\n\n正文。\n##二节\n', 'x.md').message).toMatch(
      /^x\.md:6:1: a heading needs a space after its "##": write "## 二节"/,
    );
    expect(errorOf('#焯水还是清炒\n\n### 一节\n\n正文。\n', 'x.md').message).toBe(
      'x.md:1:1: the title needs a space after its "#": write "# 焯水还是清炒"; without it, markdown reads the line as text and the article has no title',
    );
  });

  it('refuses a heading written with full-width ＃, at its line, saying to use half-width #', () => {
    expect(errorOf('# 标题\n\n### 一节\n\n正文。\n\n＃＃＃ 三、怎么分清\n\n正文。\n', 'x.md').message).toBe(
      'x.md:7:1: a heading written with full-width "＃＃＃", which markdown does not read as a heading mark: the line is text, and the section would run into the one before; write half-width "### 三、怎么分清"',
    );
    expect(errorOf('＃标题\n\n### 一节\n\n正文。\n', 'x.md').message).toMatch(
      /^x\.md:1:1: the title written with full-width "＃", .*; write half-width "# 标题"$/,
    );
    // A full-width hashtag closed on its line is text, as a half-width one is.
    const article = parseArticle('# 标题\n\n### 一节\n\n＃夏日话题＃空调怎么开。\n', 'x.md');
    expect(article.sections[0]?.paragraphs[0]?.text).toBe('＃夏日话题＃空调怎么开。');
  });

  it('reads a # inside a line, a hashtag closed on its line and an escaped \\# as text', () => {
    const article = parseArticle(
      '# 标题\n\n#夏日话题# 空调怎么开。\n\n### 一节\n\n学C#和F#的人，常在#话题#里讨论。\n\\#1 也是文字。\n',
      'x.md',
    );
    expect(article.intro.map((p) => p.text)).toEqual(['#夏日话题# 空调怎么开。']);
    expect(article.sections[0]?.paragraphs.map((p) => p.text)).toEqual([
      '学C#和F#的人，常在#话题#里讨论。#1 也是文字。',
    ]);
    // One # opens nothing below the title (sections use ## or ###): hashtags and words.
    const tagged = parseArticle(
      '# 标题\n\n### 一节\n\n#空调 #省电 #夏天\n\n#MeToo运动在2017年兴起。\n\n#1 误区：越冷越省电。\n',
      'x.md',
    );
    expect(tagged.sections[0]?.paragraphs.map((p) => p.text)).toEqual([
      '#空调 #省电 #夏天',
      '#MeToo运动在2017年兴起。',
      '#1 误区：越冷越省电。',
    ]);
  });

  it('reads a sentence about a picture or about reposting as text', () => {
    const article = parseArticle(
      '# 标题\n\n### 一节\n\n（图中可以看到，花粉颗粒很小。）\n\n图表显示，转载量逐年上升。\n\n这篇论文被多家媒体转载。\n',
      'x.md',
    );
    expect(article.sections[0]?.paragraphs).toHaveLength(3);
  });

  it('refuses a section numbered past a gap (一、 二、 四、), at its heading, naming the number missing', () => {
    const article = (...headings: string[]) =>
      ['# 标题', '', ...headings.flatMap((h) => [`### ${h}`, '', '正文。', ''])].join('\n');
    expect(errorOf(article('一、起因', '二、经过', '四、结果'), 'x.md').message).toBe(
      'x.md:11:1: the sections are numbered by hand, and "四、" comes after "二、": no section is numbered "三、". If a heading was lost, its paragraphs are being read as part of the section before: put it back, or renumber the headings',
    );
    expect(errorOf(article('1. 起因', '2. 经过', '5. 结果'), 'x.md').message).toMatch(
      /^x\.md:11:1: .* "5\." comes after "2\.": no section is numbered "3\." to "4\."\./,
    );
    expect(errorOf(article('第一部分：起因', '第三部分：结果'), 'x.md').message).toMatch(
      /^x\.md:7:1: .* no section is numbered "第二部分："\./,
    );
    // A closing section left unnumbered, as writers do, does not hide the gap.
    expect(errorOf(article('一、起因', '二、经过', '四、结果', '写在最后'), 'x.md').message).toMatch(
      /^x\.md:11:1: .* "四、" comes after "二、": no section is numbered "三、"\./,
    );
  });

  it('leaves sections alone whose numbers are mixed, missing on some or not counted from one', () => {
    const article = (...headings: string[]) =>
      ['# 标题', '', ...headings.flatMap((h) => [`### ${h}`, '', '正文。', ''])].join('\n');
    for (const headings of [
      ['一、起因', '2. 经过', '四、结果'],
      ['一、起因', '二、经过', '写在最后'],
      ['二、起因', '三、经过', '五、结果'],
      ['第一次', '第二部分：经过', '第四部分：结果'],
      ['一、起因', '小结', '三、结果'],
    ])
      expect(parseArticle(article(...headings), 'x.md').sections).toHaveLength(3);
  });

  it('refuses a bold line carrying the number of the next section, as the heading it was meant to be', () => {
    const markdown =
      '# 标题\n\n### 一、轮胎\n\n正文。\n\n### 二、电瓶\n\n正文。\n\n**三、应急包**\n\n正文。\n';
    expect(errorOf(markdown, 'x.md').message).toBe(
      'x.md:11:1: "三、应急包" looks like a section heading written in bold: the sections are numbered, and this is the number after "二、". As bold text it is read as part of the section before: write it as a heading, "### 三、应急包"',
    );
    expect(errorOf(`${markdown}\n### 写在最后\n\n正文。\n`, 'x.md').message).toMatch(
      /^x\.md:11:1: "三、应急包" looks like/,
    );
  });

  it('keeps bold lines numbered as a section’s own points, in another form, or under headings not numbered', () => {
    for (const markdown of [
      '# 标题\n\n### 1. 轮胎\n\n**1. 胎压**\n\n正文。\n\n**2. 花纹**\n\n正文。\n\n### 2. 电瓶\n\n正文。\n',
      '# 标题\n\n### 一、轮胎\n\n**2. 花纹**\n\n正文。\n\n### 二、电瓶\n\n正文。\n',
      '# 标题\n\n### 轮胎\n\n正文。\n\n**二、电瓶**\n\n正文。\n',
      '# 标题\n\n### 一、轮胎\n\n正文。\n\n**三、电瓶**\n\n正文。\n',
    ])
      expect(parseArticle(markdown, 'x.md').sections.length).toBeGreaterThan(0);
  });

  it('refuses an image, so no remote picture reaches the deck', () => {
    const error = errorOf('# 标题\n\n### 一节\n\n正文 ![图](https://example.com/a.png)\n', 'x.md');
    expect(error.message).toMatch(/^x\.md:5:4: images are not allowed/);
  });
});

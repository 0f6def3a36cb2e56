import { describe, expect, it } from 'vitest';
import { asPoint, length, sentences, shorten } from '../../src/deck/sentences.ts';
import { width } from '../../src/deck/text-width.ts';

const wordEnds = (text: string): Set<number> =>
  new Set(
    Array.from(
      new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment(text),
      (w) => w.index + w.segment.length,
    ),
  );

describe('sentences and shorten', () => {
  it('splits Chinese text into its sentences', () => {
    expect(sentences('第一句。第二句？第三句！')).toEqual(['第一句。', '第二句？', '第三句！']);
  });

  it('ends no sentence at an item’s number (1. 胎压…), which opens the sentence it numbers', () => {
    expect(sentences('1. 胎压要按冷胎标准补。气温每下降10℃，胎压约降0.1bar。12.再看花纹。')).toEqual([
      '1. 胎压要按冷胎标准补。',
      '气温每下降10℃，胎压约降0.1bar。',
      '12.再看花纹。',
    ]);
    // A number after words ends its sentence, as any full stop does.
    expect(sentences('升级到版本 2. 然后重启。')).toEqual(['升级到版本 2.', '然后重启。']);
  });

  it('ends no sentence at the full stop of an abbreviation such as U.S. or Dr., but at an English sentence’s', () => {
    expect(sentences('事实上，U.S.联邦通信委员会（FCC）批准了。Dr. Smith等人的研究表明。')).toEqual([
      '事实上，U.S.联邦通信委员会（FCC）批准了。',
      'Dr. Smith等人的研究表明。',
    ]);
    expect(sentences('据U.S. FDA的建议，见Fig. 3。J. K. Rowling也这样写。')).toEqual([
      '据U.S. FDA的建议，见Fig. 3。',
      'J. K. Rowling也这样写。',
    ]);
    expect(sentences('It works. Then it stops. 然后呢？')).toEqual([
      'It works.',
      'Then it stops.',
      '然后呢？',
    ]);
    // A half-width full stop in Chinese text ends a sentence, after a letter too.
    expect(sentences('这是第一句.这是第二句.选方案A. 接下来看维生素C.然后呢？')).toEqual([
      '这是第一句.',
      '这是第二句.',
      '选方案A.',
      '接下来看维生素C.',
      '然后呢？',
    ]);
  });

  it('ends no sentence inside quotation marks or brackets, as a reader takes them', () => {
    expect(sentences('他说：“5G不是4G的升级版。它是一张新网。”我们来看看。')).toEqual([
      '他说：“5G不是4G的升级版。它是一张新网。”',
      '我们来看看。',
    ]);
    expect(sentences('先看标准（详见附录。其余从略）。再看实测。')).toEqual([
      '先看标准（详见附录。其余从略）。',
      '再看实测。',
    ]);
    // A mark the paragraph never closes (a quotation running on to the next paragraph, which
    // opens with “ again) holds nothing together.
    expect(sentences('他说：“没有结尾。真的。')).toEqual(['他说：“没有结尾。', '真的。']);
    // Straight quotes pair up as curly ones do, when they do pair up.
    expect(sentences('他说："它是新网。也是新路。"我们来看看。')).toEqual([
      '他说："它是新网。也是新路。"',
      '我们来看看。',
    ]);
    expect(sentences('尺寸是 3" 的。我们来看看。')).toEqual(['尺寸是 3" 的。', '我们来看看。']);
    // After a digit it is an inch mark, even when there are two.
    expect(sentences('大屏 6" 好看。小屏 5" 好拿。')).toEqual(['大屏 6" 好看。', '小屏 5" 好拿。']);
    expect(sentences('“第一段讲一件事（见附录。其余从略）。再讲一件事。')).toEqual([
      '“第一段讲一件事（见附录。其余从略）。',
      '再讲一件事。',
    ]);
  });

  it('ends a sentence before the quotation mark or bracket that opens the next one', () => {
    // The segmenter ends the first at 《 (他走了。《), which then seemed to hold both together.
    expect(sentences('刘慈欣写过很多小说。《三体》是最有名的一部。')).toEqual([
      '刘慈欣写过很多小说。',
      '《三体》是最有名的一部。',
    ]);
    expect(sentences('你知道吗？“量子”这个词很火。')).toEqual(['你知道吗？', '“量子”这个词很火。']);
    expect(sentences('他说“好。”“走吧”，我们出发。')).toEqual(['他说“好。”', '“走吧”，我们出发。']);
    // A mark the text ends on stays with its last sentence.
    expect(sentences('只有一句。“')).toEqual(['只有一句。“']);
    // A source or citation in brackets after a sentence's end is that sentence's.
    expect(sentences('是的。（数据来源：国家辐射监测中心）手机辐射远低于标准。')).toEqual([
      '是的。（数据来源：国家辐射监测中心）',
      '手机辐射远低于标准。',
    ]);
    expect(sentences('基本不能。[1]防蓝光镜片没有效果。')).toEqual(['基本不能。[1]', '防蓝光镜片没有效果。']);
    expect(sentences('价格上涨了。（见图1）')).toEqual(['价格上涨了。（见图1）']);
  });

  it('keeps a clause that tells the reader to get help at once (应该马上拨打120) after the cut that would drop it', () => {
    const lightning =
      '其实人体不会储存电荷，被雷击的人身上不带电，应该马上拨打120，必要时立即做心肺复苏，这时候每一秒都很宝贵';
    expect(shorten(lightning, 28)).toBe('其实人体不会储存电荷……应该马上拨打120');
    // Where it survives the cut anyway, the cut is as it was.
    expect(shorten(lightning, 34)).toBe('其实人体不会储存电荷，被雷击的人身上不带电，应该马上拨打120……');
    // Not where what comes before it would keep too little.
    expect(shorten(lightning, 14)).not.toContain('120');
    // So does one that tells the reader to take someone to a hospital at once, after the signs.
    expect(
      shorten(
        '孩子如果出现看电视时不自觉地眯眼、歪头，总要凑得很近，或者经常揉眼睛、频繁眨眼，家长就要留心了，最好尽快带孩子到正规医院做一次检查',
        48,
      ),
    ).toBe('孩子如果出现看电视时不自觉地眯眼、歪头，总要凑得很近……最好尽快带孩子到正规医院做一次检查');
  });

  it('keeps the measured figures (连续飞行了11天，航程约13560公里) after a cut that would drop them, where what comes before ends a clause, marking what follows them cut', () => {
    const godwit =
      '更惊人的是斑尾塍鹬：2022年，一只戴着卫星追踪器、出生才5个月的斑尾塍鹬，从美国阿拉斯加一路飞到澳大利亚塔斯马尼亚，中途不吃不喝不落地，连续飞行了11天，航程约13560公里，创下了鸟类不间断飞行的纪录';
    // 创下了…纪录 after them is left out, and says so (……).
    expect(shorten(godwit, 48, width)).toBe('更惊人的是斑尾塍鹬：2022年……连续飞行了11天，航程约13560公里……');
    // With less room, the first figure left out alone.
    expect(shorten(godwit.slice(10), 40, width)).toBe(
      '2022年，一只戴着卫星追踪器、出生才5个月的斑尾塍鹬……连续飞行了11天……',
    );
    // Not where the figures would take more than half the room.
    expect(shorten(godwit.slice(10), 30, width)).toBe('2022年，一只戴着卫星追踪器、出生才5个月的斑尾塍鹬……');
    // Nor where what comes before would be cut inside a clause.
    expect(
      shorten(
        '一只戴着卫星追踪器出生才5个月的斑尾塍鹬从美国阿拉斯加一路飞到了澳大利亚塔斯马尼亚，中途不吃不喝不落地，连续飞行了11天，航程约13560公里',
        30,
        width,
      ),
    ).toBe('一只戴着卫星追踪器出生才5个月的斑尾塍鹬从美国阿拉斯加……');
    // Not an ordinal (第3个月) or a date, nor where the cut already ends on a figure (一般骑40公里).
    expect(
      shorten(
        '他们一家人从城里搬到山里，开了一家小小的民宿，刚开始的时候几乎没有客人，直到第3个月才迎来第一位客人，后来生意越来越好，现在已经成了远近闻名的网红民宿。',
        48,
      ),
    ).toBe('他们一家人从城里搬到山里，开了一家小小的民宿，刚开始的时候几乎没有客人……');
    expect(
      shorten(
        '老张退休以后迷上了骑行，每天早上六点出门，沿着江边的绿道一路向东，一般骑40公里，用时2小时左右，他说这比吃什么补品都管用，体检时各项指标都比同龄人好。',
        48,
      ),
    ).toBe('老张退休以后迷上了骑行，每天早上六点出门，沿着江边的绿道一路向东，一般骑40公里……');
    // Nor where a clause left out says they belong to another case or subject (…建议：…；2岁的…).
    expect(
      shorten(
        '关于这个问题，世界卫生组织在2019年给出过明确建议：1岁以下的婴儿不建议接触电子屏幕；2岁的孩子每天久坐看屏幕的时间不超过1小时，越少越好',
        48,
        width,
      ),
    ).toBe('关于这个问题，世界卫生组织在2019年给出过明确建议：1岁以下的婴儿不建议接触电子屏幕……');
  });

  it('keeps what a rule’s conditions make (就可以诊断为高血压), dropping its source and setting, where the cut would keep only conditions', () => {
    const rule =
      '根据我国现行的高血压防治指南，在未使用降压药的情况下，非同日三次测量诊室血压，收缩压≥140 mmHg和（或）舒张压≥90 mmHg，就可以诊断为高血压';
    expect(shorten(rule, 48, width)).toBe(
      '非同日三次测量诊室血压，收缩压≥140 mmHg和（或）舒张压≥90 mmHg，就可以诊断为高血压',
    );
    // Where even that does not fit, the sentence is cut as any other: the rule has no shorter whole.
    expect(shorten(rule, 30, width)).toBe('在未使用降压药的情况下，非同日三次测量诊室血压……');
    // Its conditions stay: only where it comes from goes (根据说明书).
    expect(
      shorten('根据说明书，一旦电池出现鼓包，即使还能正常充电，继续用几个月，就会有起火危险', 34, width),
    ).toBe('一旦电池出现鼓包，即使还能正常充电，继续用几个月，就会有起火危险');
    // A sentence that ends on no conclusion is cut at its end, as any other.
    const told =
      '根据我国现行的高血压防治指南，在未使用降压药的情况下，医生会安排非同日三次测量诊室血压，再看收缩压和舒张压是否都偏高';
    expect(shorten(told, 48, width)).toMatch(/^根据/u);
  });

  it('keeps the end a point was first cut in its middle for, where it is short, when it cuts again', () => {
    const worked = '小王每月要赡养父母，可以扣除3000元，但他一直没有在App里填……能退3600元';
    expect(shorten(worked, 24)).toBe('小王每月要赡养父母……能退3600元');
  });

  it('shortens at the last clause boundary when it keeps a third of the sentence, marking the cut ……', () => {
    expect(shorten('我们之所以会感到困倦，是因为大脑里有一种物质在不断积累', 20)).toBe(
      '我们之所以会感到困倦……',
    );
  });

  it('never cuts inside brackets or quotation marks, nor leaves one open', () => {
    // The comma inside the brackets is no place to cut; the cut falls before them.
    const mlo =
      '在所有新特性里，最值得关注的是多链路操作（它让路由器同时使用多个频段收发数据，所以速度更快也更稳定）以及更宽的信道';
    const cut = shorten(mlo, 48);
    expect(cut).toBe('在所有新特性里，最值得关注的是多链路操作……');
    expect(length(cut)).toBeLessThanOrEqual(48);
    // Straight quotation marks open and close alike: the cut falls before an open one too.
    expect(
      shorten('历史学家赫拉利在书里写道"Agriculture was history\'s biggest fraud"引来不少争议', 30),
    ).toBe('历史学家赫拉利在书里写道……');
    const quoted = shorten('很多人给出的建议都是“换块固态硬盘吧，这样电脑就能像新的一样快了”', 20);
    expect(quoted).toBe('很多人给出的建议都是……');
  });

  it('never cuts a Latin name the word segmenter takes apart, such as Wi-Fi', () => {
    const cut = shorten('美国联邦通信委员会开放了频谱供Wi-Fi使用这直接催生了新的标准', 19);
    expect(cut).not.toMatch(/Wi-?……$/);
    expect(cut).toMatch(/(供|Wi-Fi)……$/);
  });

  it('drops a gloss in brackets rather than cut the thought short, but not an aside that says more', () => {
    expect(
      shorten(
        '1819年，德国化学家弗里德利布·费迪南德·龙格（Friedlieb Ferdinand Runge）第一次从咖啡豆中分离出了咖啡因',
        48,
      ),
    ).toBe('1819年，德国化学家弗里德利布·费迪南德·龙格第一次从咖啡豆中分离出了咖啡因');
    expect(
      shorten('最值得关注的是多链路操作（Multi-Link Operation，简称MLO），它让路由器同时用多个频段', 40),
    ).toBe('最值得关注的是多链路操作，它让路由器同时用多个频段');
    // An aside without a Latin name is no gloss: 涨价500 and a book's （上） say something.
    expect(shorten('售价为4999元（涨价500）比上一代贵了不少让很多人犹豫', 24)).toMatch(
      /^售价为4999元（涨价500）.*……$/,
    );
    expect(shorten('我读完了《人类简史（上）》这本书，收获很多也有疑问', 20)).toMatch(
      /^我读完了《人类简史（上）》.*……$/,
    );
    // （不含税） changes what the sentence says: it is no gloss, and the sentence is cut instead.
    expect(
      shorten('这台手机的起售价是四千九百九十九元（不含税），比上一代贵了整整五百元，引起不少争议', 30),
    ).toBe('这台手机的起售价是四千九百九十九元（不含税）……');
  });

  it('cuts by width when asked, so a sentence with Latin words fills the line a Chinese one would', () => {
    const wifi =
      'Wi-Fi 7 是 IEEE 802.11be 标准的商用名称，支持 320 MHz 信道和 4096-QAM 调制以及多链路操作 MLO';
    expect(length(wifi)).toBeGreaterThan(48);
    expect(shorten(wifi, 48, width)).toBe(wifi);
    const cut = shorten(
      'Wi-Fi 7 is the seventh generation of the IEEE 802.11 standard, and it is fast',
      30,
      width,
    );
    expect(cut).toBe('Wi-Fi 7 is the seventh generation of the IEEE 802.11…');
    expect(width(cut)).toBeLessThanOrEqual(30);
  });

  it('never cuts inside a web address, nor at the colon of its https: or of a time', () => {
    expect(
      shorten('Windows用户可以从https://git-scm.com/download/win下载安装程序，然后一路点下一步', 30),
    ).toBe('Windows用户可以……');
    // Even where the address leaves little before it.
    expect(
      shorten(
        '规格表可以在https://www.example.org/specifications/wireless#section=Coverage-and-Throughput查到',
        48,
        width,
      ),
    ).toBe('规格表可以在……');
    expect(shorten('会议安排在今天中午12:30到13:30之间的小会议室里举行请准时', 24)).not.toMatch(/:\d*……$/);
  });

  it('drops a long parenthetical aside where every cut would fall inside it', () => {
    const caffeine =
      '咖啡因（1,3,7-trimethylpurine-2,6-dione，又称Methyltheobrominecaffeinetrimethylxanthine）的分子结构和腺苷非常相似，因此可以占据腺苷受体';
    expect(shorten(caffeine, 40)).toBe('咖啡因的分子结构和腺苷非常相似，因此可以占据腺苷受体');
    expect(shorten(`${caffeine}，让大脑感觉不到困意，于是人就清醒了`, 40)).toBe(
      '咖啡因的分子结构和腺苷非常相似，因此可以占据腺苷受体，让大脑感觉不到困意……',
    );
    // Nested asides go whole; between Latin words a space stays.
    expect(
      shorten('The USIM (a SIM application (on the UICC) with extra files and keys for 3G) stores keys', 30),
    ).toBe('The USIM stores keys');
  });

  it('marks a cut in Chinese text ……, also after a Latin word, and in English …', () => {
    expect(shorten('我们说的是Wi-Fi 7，它带来了新的多链路操作技术和更宽的信道', 16)).toBe(
      '我们说的是Wi-Fi 7……',
    );
    expect(shorten('Caffeine is a natural alkaloid, found in coffee beans and tea leaves', 40)).toBe(
      'Caffeine is a natural alkaloid…',
    );
  });

  it('drops glosses before it cuts, and a Latin term’s Chinese name, so the room goes to what is said', () => {
    expect(
      shorten(
        '2026年7月起实施的国家标准《电动汽车用动力蓄电池安全要求》（GB 38031-2025）对电池提出了更严格的要求，其中最受关注的一条是',
        48,
        width,
      ),
    ).toBe('2026年7月起实施的国家标准《电动汽车用动力蓄电池安全要求》对电池提出了更严格的要求……');
    expect(
      shorten(
        'Massive MIMO（大规模多天线）：基站上装了64根甚至更多天线，可以同时对准多个用户发送信号，提升容量',
        48,
        width,
      ),
    ).toBe('Massive MIMO：基站上装了64根甚至更多天线，可以同时对准多个用户发送信号，提升容量');
    // A Chinese aside after Chinese words says more than a name: it stays.
    expect(shorten('这台手机的起售价（国行版本）比上一代贵了整整五百元，引起不少争议和讨论', 24)).toContain(
      '（国行版本）',
    );
  });

  it('keeps the opening and the conclusion of a sentence that turns, never only the claim it refutes', () => {
    const myth =
      '很多人以为路由器越贵信号越好、天线越多穿墙越强，这在十年前确实是事实，但随着Wi-Fi 6的普及和Mesh组网的出现，这种看法早就过时了';
    expect(shorten(myth, 48, width)).toBe(
      '很多人以为路由器越贵信号越好、天线越多穿墙越强……但这种看法早就过时了……',
    );
    expect(
      shorten(
        '有人说国产品牌的固件不如国外品牌稳定，这种说法在早年间有一定道理，不过现在各大厂商的固件更新都很及时',
        48,
        width,
      ),
    ).toBe('有人说国产品牌的固件不如国外品牌稳定……不过现在各大厂商的固件更新都很及时');
    // The turn's own clause when the whole rest is too long, and it says something of its own.
    expect(
      shorten(
        '很多人担心电动车的电池寿命，觉得开几年就要花大价钱换电池，其实目前主流车企都提供8年或16万公里的电池质保，而且实际衰减远比想象中慢',
        48,
        width,
      ),
    ).toBe('很多人担心电动车的电池寿命……其实目前主流车企都提供8年或16万公里的电池质保……');
    // A turn set off by its own comma takes the clause after it; with nothing left out before the
    // turn, no …… is put there.
    expect(
      shorten(
        '很多人觉得换电很贵，其实，换一次电池的费用比想象中要低得多，而且还能省下大量等待充电的时间',
        32,
      ),
    ).toBe('很多人觉得换电很贵，其实，换一次电池的费用比想象中要低得多……');
    // 但愿 is no turn.
    expect(
      shorten('这一代芯片的功耗降低了三成左右，续航时间也随之延长，但愿下一代还能再降低一些功耗吧', 30),
    ).toBe('这一代芯片的功耗降低了三成左右，续航时间也随之延长……');
  });

  it('never cuts between what is not so and what is (不是X，就是Y), which would say the opposite', () => {
    const drawer =
      '很多家庭都有一个装满药的抽屉，可真到半夜发烧、孩子磕破膝盖的时候，翻出来的不是过期的感冒冲剂，就是说明书早已不知去向的散装药片。';
    const cut = shorten(drawer, 56, width);
    expect(cut).not.toMatch(/不是过期的感冒冲剂……$/);
    expect(cut.endsWith('……')).toBe(true);
  });

  it('takes no last item of a list after a turn (…；分时电价…) as its conclusion', () => {
    expect(
      shorten(
        '要解决这个问题，单靠多装光伏板是不行的，而是需要储能、电网调度和电力市场机制一起发力：电化学储能可以把中午多余的电存起来；抽水蓄能适合大规模调峰；分时电价则引导用户把洗衣、充电等用电挪到中午。',
        48,
        width,
      ),
    ).not.toContain('分时电价');
  });

  it('takes no clause that only sets the time (直到1954年，) as what a turn says', () => {
    expect(
      shorten(
        '光伏发电依靠的是半导体的光生伏特效应，这个现象早在1839年就被一位法国物理学家发现了，但直到1954年，美国贝尔实验室才做出第一块实用的硅太阳能电池。',
        48,
        width,
      ),
    ).not.toMatch(/直到1954年$/);
  });

  it('keeps what a sentence says is so (不是…，而是…), never only what it says is not', () => {
    expect(
      shorten(
        '真正让电池提前报废的往往不是充电次数本身，也不是偶尔的一次快充，而是长期满电存放在高温环境里的那些日子。',
        48,
        width,
      ),
    ).toBe('真正让电池提前报废的往往不是充电次数本身……而是长期满电存放在高温环境里的那些日子。');
    // 而是否 (and whether) is no turn: the real one stays the point.
    expect(
      shorten('这款手机不是最便宜的，但它的性价比是同档位里最高的，而是否值得买还要看个人需求。', 30),
    ).toBe('这款手机不是最便宜的，但它的性价比是同档位里最高的……');
    // Words left out after the turn are marked too: …… wherever the opening does not run on as written.
    expect(shorten('很多人觉得换电很贵，但是换一次电池的费用比想象中要低得多，所以值得一试。', 24)).toBe(
      '很多人觉得换电很贵……所以值得一试。',
    );
  });

  it('marks a turn’s conclusion that stops before its sentence does with ……, so a cut never reads as all the sentence says', () => {
    // The answer (90分钟) and the exception (只有两种情况…) are left out: the point must say words are.
    expect(
      shorten(
        '成年人的睡眠并不是一整块，而是由4～6个周期组成，每个周期大约90分钟（实际在70～120分钟之间浮动）。',
        48,
        width,
      ),
    ).toBe('成年人的睡眠并不是一整块，而是由4～6个周期组成……');
    expect(
      shorten(
        '很多人以为内胎一扎就得换新的，其实一条内胎补三四次都没问题，只有两种情况建议直接换：破口在气门嘴根部，或者裂口超过2厘米。',
        48,
        width,
      ),
    ).toBe('很多人以为内胎一扎就得换新的，其实一条内胎补三四次都没问题……');
    // A conclusion that is the sentence's end takes no mark.
    expect(shorten('很多人觉得换电很贵，但是换一次电池的费用比想象中要低得多，所以值得一试。', 24)).toBe(
      '很多人觉得换电很贵……所以值得一试。',
    );
  });

  it('cuts a sentence without its asides where they would take a third of the cut, keeping what it says', () => {
    const definition =
      '按照目前最常用的定义（由美国国家海洋和大气管理局，即NOAA，在2008年的一次研讨会上提出），微塑料是指直径小于5毫米的塑料颗粒；而直径小于1微米的颗粒，则常常被单独称为“纳米塑料”。';
    expect(shorten(definition, 48, width)).toBe(
      '按照目前最常用的定义，微塑料是指直径小于5毫米的塑料颗粒；而直径小于1微米的颗粒……',
    );
    // A short aside in a long sentence stays in its cut.
    const short =
      '观测站（大多在城市）记录了气温的长期变化，而卫星则从太空中补上了海洋、沙漠和高原这些站点稀疏地方的数据。';
    expect(shorten(short, 30, width)).toMatch(/^观测站（大多在城市）记录了气温的长期变化/);
  });

  it('drops a clause of examples before it cuts a sentence, so the sentence keeps its verb', () => {
    expect(
      shorten(
        '目前国内外主流的家用储能产品，例如特斯拉新一代Powerwall和国内多数厂商的户储一体机，几乎都转向了磷酸铁锂。',
        40,
        width,
      ),
    ).toBe('目前国内外主流的家用储能产品，几乎都转向了磷酸铁锂。');
    expect(shorten('家用储能电池有好几种化学体系，例如磷酸铁锂、三元锂和铅酸，各有长处。', 24, width)).toBe(
      '家用储能电池有好几种化学体系，各有长处。',
    );
    // A case the next clause goes on about, or a condition, is no list of examples: it stays.
    expect(
      shorten('并非所有手机都支持eSIM，例如一些老款安卓机，仍然只能用实体卡，而且换卡也很麻烦。', 30),
    ).not.toBe('并非所有手机都支持eSIM，仍然只能用实体卡，而且换卡也很麻烦。');
    expect(
      shorten('电动车其实很省钱，比如每天通勤五十公里，一个月电费也不到一百元，保养也便宜。', 30),
    ).not.toContain('很省钱，一个月');
    // Examples that close one part of a sentence (一是…，比如…；二是…) go, whatever they hold.
    expect(
      shorten(
        '真正的风险来自两种情况：一是超范围使用，比如在不该加色素的食品里加色素；二是非法添加非食品添加剂。',
        40,
        width,
      ),
    ).toBe('真正的风险来自两种情况：一是超范围使用；二是非法添加非食品添加剂。');
    // Where no item follows, the example may be what the sentence is about: it stays.
    expect(
      shorten(
        '我们可以换个方式取暖，比如用热泵代替老式的电暖器和油汀；这样一来能省下一半的电费，家里还更暖和。',
        40,
        width,
      ),
    ).toContain('热泵');
    // Examples at the end are cut as any other words: the sentence has made its point before them.
    expect(shorten('家用储能电池有好几种化学体系，例如磷酸铁锂、三元锂和铅酸。', 24, width)).toBe(
      '家用储能电池有好几种化学体系……',
    );
  });

  it('keeps no turn past a ；that speaks of another subject, which would pin its words on the opening', () => {
    // 但大部分时间处于低功耗状态 is said of the solid-state disk, not of the hard disk the sentence opens with.
    const two =
      '机械硬盘工作时有电机转动和磁头寻道的声音，功耗约为6到9瓦；固态硬盘完全静音，SATA固态硬盘的功耗约为2到3瓦，NVMe固态硬盘满载时可能达到5到8瓦，但大部分时间处于低功耗状态。';
    expect(shorten(two, 48, width)).toBe(
      '机械硬盘工作时有电机转动和磁头寻道的声音，功耗约为6到9瓦；固态硬盘完全静音……',
    );
    // A belief joined to its correction by ；keeps the correction's own turn, not a later 但 in it.
    const corrected =
      '很多人以为全飞秒一定比半飞秒“高级”，所以越贵越好；其实两种术式各有适应证，全飞秒的优势是切口小、角膜生物力学稳定性更好、术后干眼相对少，但它对散光的矫正范围有限';
    expect(shorten(corrected, 48, width)).toBe(
      '很多人以为全飞秒一定比半飞秒“高级”……其实两种术式各有适应证……',
    );
    // And a correction that takes the belief up (这种担心…，但…) turns on it.
    expect(
      shorten(
        '很多人听说固态硬盘“有写入次数限制”，担心它用不了几年就会坏；这种担心在十年前有一定道理，但如今已经基本不成立',
        48,
        width,
      ),
    ).toBe('很多人听说固态硬盘“有写入次数限制”……但如今已经基本不成立');
  });

  it('keeps the result of a sentence that opens by setting the scene (由于…，所以…), not the scene alone', () => {
    expect(
      shorten(
        '由于光信号在玻璃纤维里传输，几乎不受电磁干扰，也不会因为邻居同时上网而明显变慢，所以光纤被普遍认为是目前最成熟、最稳定的家庭接入方式。',
        48,
        width,
      ),
    ).toBe('由于光信号在玻璃纤维里传输……所以光纤被普遍认为是目前最成熟、最稳定的家庭接入方式。');
    // Without a scene first, the conclusion drawn with 所以 is the point all the same…
    expect(
      shorten(
        '光信号在玻璃纤维里传输，几乎不受电磁干扰，也不会因为邻居同时上网而明显变慢，所以光纤被普遍认为是最稳定的家庭接入方式。',
        48,
        width,
      ),
    ).toBe('光信号在玻璃纤维里传输……所以光纤被普遍认为是最稳定的家庭接入方式。');
    expect(
      shorten(
        '逆变器转换、线路损耗、灰尘遮挡等因素加起来，一般会损失15%～20%的电量，所以系统效率按80%左右估算比较合适。',
        44,
        width,
      ),
    ).toBe('逆变器转换、线路损耗、灰尘遮挡等因素加起来……所以系统效率按80%左右估算比较合适。');
    // …where nothing turns after it, where it is not what people believe follows, and where the
    // opening says something (若干年前, a time alone, does not).
    expect(
      shorten(
        '很多人以为，潮汐就是月亮把海水“吸”了过去，所以朝着月亮的那一面海水会鼓起来，但这只说对了一半。',
        40,
        width,
      ),
    ).toBe('很多人以为……但这只说对了一半。');
    expect(
      shorten('很多人以为，潮汐就是月亮把海水“吸”了过去，所以朝着月亮的那一面海水会鼓起来。', 36, width),
    ).not.toMatch(/……所以/u);
    // The result, not a turn after it, is a condition's point; 当然 sets no scene.
    expect(
      shorten(
        '如果你的手机支持eSIM，而且经常出差，需要在不同国家之间切换号码，那么eSIM会省去不少麻烦，但要注意备份激活码。',
        48,
        width,
      ),
    ).toBe('如果你的手机支持eSIM……那么eSIM会省去不少麻烦，但要注意备份激活码。');
    expect(
      shorten(
        '当然，运营商会收取一定的手续费，具体金额各地不同，而且要排队，所以建议提前预约并带好身份证件去营业厅办理。',
        40,
        width,
      ),
    ).toBe('当然，运营商会收取一定的手续费，具体金额各地不同，而且要排队……');
  });

  it('keeps what a turn sees after a clause that only asks to look again (但换个角度想，…), and a step’s place with the clause after it', () => {
    expect(
      shorten(
        '很多人一听“锁到退休”就打了退堂鼓；但换个角度想，这恰恰是个人养老金的设计初衷：它就是为养老准备的钱，如果随时能取，大部分人很可能存不住。',
        48,
        width,
      ),
    ).toBe('很多人一听“锁到退休”就打了退堂鼓……但这恰恰是个人养老金的设计初衷：它就是为养老准备的钱……');
    expect(
      shorten(
        '第三，孩子在幼儿园要“绷着”一整天，回家以后会把情绪释放出来，所以很多孩子在园里表现挺好，回家却特别黏人、爱发脾气。',
        48,
        width,
      ),
    ).toBe('第三，孩子在幼儿园要“绷着”一整天……回家却特别黏人、爱发脾气。');
  });

  it('never ends a cut on the result of a condition it leaves out (…，如果发现明显长大，再做手术)', () => {
    const said = shorten(
      '对于直径不到1厘米、没有侵犯周围组织、没有淋巴结转移的乳头状微小癌，国内外的指南都认可一种叫“主动监测”的方案：不马上手术，每6到12个月复查一次B超，如果发现明显长大或者出现转移，再做手术。',
      48,
      width,
    );
    expect(said).not.toMatch(/……再做手术/u);
    expect(said).toMatch(/主动监测/u);
  });

  it('keeps the result of a condition closed by 的, as laws put it (…受到损耗的，不承担赔偿责任)', () => {
    expect(
      shorten(
        '《民法典》第七百一十条规定，承租人按照约定的方法或者根据租赁物的性质使用租赁物，致使租赁物受到损耗的，不承担赔偿责任。',
        48,
        width,
      ),
    ).toBe('《民法典》第七百一十条规定……致使租赁物受到损耗的，不承担赔偿责任。');
  });

  it('keeps what follows a condition when the cut would keep the condition alone (如果…，可以…)', () => {
    expect(
      shorten(
        '如果发现报告里有不属于自己的贷款或者错误的逾期记录，可以向征信中心或者报送数据的金融机构提出异议，对方应当在收到异议之日起20日内核查处理并给出书面答复。',
        48,
        width,
      ),
    ).toBe('如果发现报告里有不属于自己的贷款或者错误……可以向征信中心或者报送数据的金融机构提出异议……');
    // A result said with 就要 after a condition's clauses is its result too.
    expect(
      shorten(
        '如果猫在打呼噜的同时，还出现了食欲下降、精神萎靡、呼吸急促，或者连续24小时没有排尿，就要尽快带去医院。',
        48,
        width,
      ),
    ).toBe('如果猫在打呼噜的同时……就要尽快带去医院。');
    // A condition that goes on with 或者… is still the condition.
    expect(
      shorten(
        '如果休息一两周以后疼痛没有明显好转，或者出现明显的肿胀、关节卡住、腿使不上劲，一定要到运动医学科或者骨科就诊，不要自己在家扛着',
        48,
        width,
      ),
    ).toBe('如果休息一两周以后疼痛没有明显好转……一定要到运动医学科或者骨科就诊，不要自己在家扛着');
    // A source that cannot be named whole names nothing: the rule it cites stands alone.
    expect(
      shorten(
        '根据国家卫生健康委员会发布的《疫苗储存和运输管理规范》，疫苗储存和运输的全过程都应当实时监测温度，并且记录要保存到疫苗有效期满后不少于五年，以便出了问题能够追溯到具体是哪一个环节。',
        48,
        width,
      ),
    ).toBe('疫苗储存和运输的全过程都应当实时监测温度，并且记录要保存到疫苗有效期满后不少于五年……');
    // From the clause after the source, its conditions too: the main clause alone (仍然算完好) says nothing.
    expect(
      shorten(
        '根据原国家工商总局2017年施行的《网络购买商品七日无理由退货暂行办法》，为了查验商品而拆开包装、试穿试用，只要不影响二次销售，仍然算完好。',
        48,
        width,
      ),
    ).toBe('为了查验商品而拆开包装、试穿试用，只要不影响二次销售，仍然算完好。');
  });

  it('keeps with a turn the clause that says what follows from it (…稍微高一点或低一点，读数就会有明显偏差)', () => {
    expect(
      shorten(
        '手腕式血压计体积小、方便携带，但手腕的位置稍微高一点或低一点，读数就会有明显偏差，一般只推荐给上臂过粗、无法使用袖带的人。',
        48,
        width,
      ),
    ).toBe('手腕式血压计体积小、方便携带，但手腕的位置稍微高一点或低一点，读数就会有明显偏差……');
  });

  it('keeps the clause a turn without a subject of its own speaks of (…减慢，但并不会停止)', () => {
    expect(
      shorten(
        '冰箱冷藏室的温度一般在0到8℃之间，在这个温度下，大多数细菌的繁殖速度会大大减慢，但并不会停止，更不会被杀死。',
        48,
      ),
    ).toBe('冰箱冷藏室的温度一般在0到8℃之间……大多数细菌的繁殖速度会大大减慢，但并不会停止……');
    // A turn with a subject, a speaker or a scene of its own (但不少新款…, 但也有专家…, 但不管…,
    // 但就目前…) speaks for itself: the conclusion is the turn, never the concession before it.
    for (const [sentence, turn] of [
      [
        '很多人以为5G手机特别耗电，这在早期的机型上确实如此，但不少新款手机的续航已经和4G机型差不多甚至更长了。',
        '但不少新款手机',
      ],
      [
        '很多人担心eSIM会被远程盗号，这个说法有一定道理，但也有安全专家提醒，远程写卡的环节同样存在被攻击的风险。',
        '但也有安全专家提醒',
      ],
      [
        '苹果和安卓手机都支持eSIM，转移起来各有各的方法，但不管是哪个品牌，跨平台转移都需要运营商重新发码。',
        '但不管是哪个品牌',
      ],
      [
        '有人设想把所有设备都换成卫星直连，这个想法很诱人，但就目前的技术来说，成本仍然太高，普及还要很多年。',
        '但就目前的技术来说',
      ],
    ] as const)
      expect(shorten(sentence, 48), sentence).toMatch(new RegExp(`……${turn}`));
    // A turn with a subject of its own (但现在的芯片…) speaks for itself.
    expect(
      shorten(
        '很多人以为手机充电要等电量耗尽再充，这在镍镉电池的年代确实有道理，但现在的锂电池完全没有这个问题，随用随充就好。',
        40,
      ),
    ).toBe('很多人以为手机充电要等电量耗尽再充……但现在的锂电池完全没有这个问题……');
  });

  it('keeps no turn past a clause that sets another subject against the first (…，而…，实际上…)', () => {
    // 实际上芯片和麦克风都没有 is said of the cheap earphones, not of the flagship ones.
    const cut = shorten(
      '降噪效果好的旗舰耳机动辄两三千元，而一两百元的“降噪耳机”有不少只是加了个被动隔音的耳塞，宣传页上写着降噪，实际上芯片和麦克风都没有，买之前最好看看专业评测。',
      48,
      width,
    );
    expect(cut).not.toMatch(/两三千元……实际上/);
    expect(cut.startsWith('降噪效果好的旗舰耳机动辄两三千元')).toBe(true);
  });

  it('ends no cut on a clause that is only a connective (…；反过来……)', () => {
    expect(
      shorten(
        '如果所在地区有峰谷电价补贴，夜间电价可能低到0.3元左右，热泵的优势会更明显；反过来，如果房子保温很差，再省电的设备也会被冷风吃掉。',
        48,
        width,
      ),
    ).toBe('如果所在地区有峰谷电价补贴，夜间电价可能低到0.3元左右，热泵的优势会更明显……');
  });

  it('says what a turn holds where it first names only a place (…但在合适的海湾和海峡，它会是…)', () => {
    expect(
      shorten(
        '潮汐能是一种稳定、清洁但“挑地方”的能源，短期内不太可能成为主力，但在合适的海湾和海峡，它会是风电、光伏之外一个很好的补充',
        48,
        width,
      ),
    ).toBe('潮汐能是一种稳定、清洁但“挑地方”的能源……但它会是风电、光伏之外一个很好的补充……');
  });

  it('keeps how a story turned out (…，结果不到一周就烧心到睡不着), even after what someone believed, but not a finding (结果显示…)', () => {
    expect(
      shorten(
        '王阿姨觉得吃了半年，胃早就好了，一下子把药全停了，结果不到一周就烧心到睡不着，又回来挂号',
        36,
        width,
      ),
    ).toBe('王阿姨觉得吃了半年……结果不到一周就烧心到睡不着，又回来挂号');
    expect(
      shorten('我们用手机扫了三遍，结果显示信号最强的位置在客厅正中间，离路由器大约五米远的地方', 36, width),
    ).toBe('我们用手机扫了三遍，结果显示信号最强的位置在客厅正中间……');
  });

  it('says no turn from a clause that goes on with the condition it leaves out (…但如果…，并且持续3个月以上，…)', () => {
    expect(
      shorten(
        '偶尔一两晚睡不好，这很正常，不用太放在心上，但如果每周至少3个晚上入睡困难或早醒，并且持续3个月以上，就可能属于慢性失眠，建议到医院睡眠科就诊',
        48,
        width,
      ),
    ).toBe('偶尔一两晚睡不好……但就可能属于慢性失眠……');
  });

  it('ends no cut on a clause that only sets up what it leaves out: a place, a time, a subject or a condition', () => {
    const cases: [string, string, number][] = [
      [
        '如果你生活在东北、内蒙古这些冬季漫长的地方，三元锂会是更省心的选择；在南方，磷酸铁锂的性价比优势更明显。',
        '如果你生活在东北、内蒙古这些冬季漫长的地方，三元锂会是更省心的选择……',
        48,
      ],
      [
        '每年秋天，数以亿计的候鸟从北方的繁殖地出发，飞越数千甚至上万公里，前往南方越冬；第二年春天，它们又能准确地回到原来的地方。',
        '每年秋天，数以亿计的候鸟从北方的繁殖地出发，飞越数千甚至上万公里，前往南方越冬……',
        52,
      ],
      [
        '震级衡量的是地震本身释放了多少能量，一次地震只有一个震级；烈度描述的是某个地方地面震动和破坏的程度，同一次地震，离震中越远，烈度通常越低。',
        '震级衡量的是地震本身释放了多少能量，一次地震只有一个震级；烈度描述的是某个地方地面震动和破坏的程度……',
        60,
      ],
      // The article's own …… is not doubled.
      [
        '楼上水管爆了，把你家刚装修好的木地板泡了；家里电线老化起火，不仅烧了自家，还殃及邻居……这些事一旦碰上，损失少则几千，多则几十万。',
        '楼上水管爆了，把你家刚装修好的木地板泡了；家里电线老化起火，不仅烧了自家，还殃及邻居……',
        56,
      ],
    ];
    for (const [sentence, cut, max] of cases) expect(shorten(sentence, max, width)).toBe(cut);
  });

  it('keeps what a sentence says is not done (不去…) with what is, where its opening leaves no room', () => {
    expect(
      shorten(
        '既然从第一性原理直接计算这么困难，科学家就换了一种思路：不去模拟海水怎么流动，而是把每个港口的潮位记录拆成许多个规则的“分潮”。',
        48,
        width,
      ),
    ).toBe('不去模拟海水怎么流动，而是把每个港口的潮位记录拆成许多个规则的“分潮”。');
  });

  it('keeps what is so after 不在于… and what to do after 不要… (而在于, 而应当)', () => {
    expect(
      shorten(
        '预警系统的关键不在于单个台站有多灵敏，而在于台网是否足够密集、数据能否在一两秒内汇总到处理中心并完成计算。',
        48,
        width,
      ),
    ).toMatch(/^预警系统的关键不在于单个台站有多灵敏，而在于台网是否足够密集/);
    expect(
      shorten(
        '如果你在室内，且预警显示的剩余时间较短，就不要急着往楼下跑，而应当就近躲到坚固的桌子下或者承重墙的墙角，护住头颈部。',
        48,
        width,
      ),
    ).toBe('不要急着往楼下跑，而应当就近躲到坚固的桌子下或者承重墙的墙角……');
  });

  it('keeps a clause that turns with 却 a few words in, and a condition’s result (一旦…那么, 若…则)', () => {
    expect(
      shorten(
        '老一辈常说“小病扛一扛就过去了”，这句话用在普通感冒这类自限性的病毒感染上或许没错，用在肺炎、尿路感染这类细菌感染上却可能耽误治疗，甚至引发败血症。',
        48,
        width,
      ),
    ).toBe('老一辈常说“小病扛一扛就过去了”……用在肺炎、尿路感染这类细菌感染上却可能耽误治疗……');
    expect(
      shorten(
        '在三维空间中，若已知接收机到三颗位置已知的卫星的真实距离，则可以通过三个以卫星为球心的球面的交点确定接收机的位置。',
        48,
        width,
      ),
    ).toContain('则可以通过三个以卫星为球心的球面的交点确定接收机的位置');
    // What a turn says starts after where the news comes from (睡眠监测显示，).
    expect(
      shorten(
        '长期喝咖啡的人确实会产生一定耐受，提神效果变弱了，但是睡眠监测显示，他们的深睡眠比例往往仍然会下降，只是本人感觉不到而已。',
        40,
        width,
      ),
    ).toBe('长期喝咖啡的人确实会产生一定耐受……但是他们的深睡眠比例往往仍然会下降……');
  });

  it('takes none of these for a turn or a condition: 冷却, 而如今, 而应用, 若干, 当前, a later 却', () => {
    // A turning word wins over a 却 later on.
    expect(
      shorten(
        '很多人以为手机充电到百分之百会伤电池，但现在的手机都有充电保护，充满后会自动停止，这一点厂家却很少在说明书里写清楚。',
        40,
        width,
      ),
    ).toBe('很多人以为手机充电到百分之百会伤电池，但现在的手机都有充电保护……');
    expect(
      shorten(
        '很多人以为电动车的电池寿命只有三五年，这在早期确实如此，而如今电池技术进步很快，但实际上大部分车开了十年电池容量仍有八成以上。',
        40,
        width,
      ),
    ).toMatch(/……但实际上大部分车开了十年电池容量仍有八成以上。$/);
    expect(
      shorten(
        '系统更新由手机厂商统一推送，通常几个月才有一次，而应用更新则由应用商店负责，频率高得多，也会占用不少流量。',
        40,
        width,
      ),
    ).toBe('系统更新由手机厂商统一推送，通常几个月才有一次，而应用更新则由应用商店负责……');
    expect(
      shorten(
        '若干年前，手机厂商都在拼薄，电池越做越小，用户抱怨续航太差，电池容量越来越不够用，所以纷纷把电池做大。',
        30,
        width,
      ),
    ).toMatch(/^若干年前，手机厂商都在拼薄/);
    expect(
      shorten(
        '当前主流手机的快充功率还在不断提高，部分机型甚至达到了一百二十瓦以上，充满只要十几分钟。',
        30,
        width,
      ),
    ).toBe('当前主流手机的快充功率还在不断提高……');
    // Only a condition is dropped from a cut's end, not a clause that says something (在阴雨天…).
    expect(
      shorten(
        '一块三千瓦的屋顶光伏板晴天能发五六度电，在阴雨天只能发一两度，冬天还要更少一些，全年平均下来每天三度左右。',
        40,
        width,
      ),
    ).toBe('一块三千瓦的屋顶光伏板晴天能发五六度电，在阴雨天只能发一两度……');
  });

  it('ends no cut on a condition it leaves hanging, and closes a quotation it cuts short', () => {
    expect(
      shorten(
        '所以比较稳妥的做法是，把最后一杯咖啡放在睡前8小时之前；如果你晚上十一点睡，那下午三点以后就尽量别喝了。',
        40,
        width,
      ),
    ).toBe('所以比较稳妥的做法是，把最后一杯咖啡放在睡前8小时之前……');
    expect(
      shorten(
        '“现在钴、镍的回收率普遍能做到98%以上，真正拉开差距的是锂，谁能把锂回收得又多又便宜，谁就有竞争力。”',
        48,
        width,
      ),
    ).toMatch(/^“现在钴、镍的回收率普遍能做到98%以上，真正拉开差距的是锂.*……”$/);
    // Its closing mark fits in the room the cut leaves: the point stays within its limit.
    const alarm = '手机突然弹出“地震预警，预计XX秒后到达”的提示，不少人第一次见到时都吓了一跳。';
    const closed = shorten(alarm, 20);
    expect(closed).toMatch(/^手机突然弹出“地震预警.*……”$/);
    expect(length(closed)).toBeLessThanOrEqual(20);
  });

  it('does not end a cut on a word that leans on the next one (更, 对, 和, 的)', () => {
    expect(shorten('这一新标准对动力电池提出了更严格的安全要求包括不起火不爆炸', 16)).toBe(
      '这一新标准对动力电池提出了……',
    );
    expect(shorten('制定这一新标准的目的是保证安全而不是提高续航里程', 10)).toBe('制定这一新标准……');
    // 目的 is a word of its own: its 的 stays.
    expect(shorten('制定这一新标准的目的是保证安全而不是提高续航里程', 12)).toBe('制定这一新标准的目的……');
  });

  it('does not double the author’s own ellipsis at the cut', () => {
    expect(shorten('打开一个软件要转半天圈……这时候很多人给出的建议都是换一块固态硬盘', 16)).toBe(
      '打开一个软件要转半天圈……',
    );
  });

  it('otherwise cuts after a whole word, never inside one, in English as in Chinese', () => {
    const english = 'Caffeine is a natural alkaloid found in coffee beans and tea leaves worldwide';
    const short = shorten(english, 48);
    expect(short).toBe('Caffeine is a natural alkaloid found in coffee…');
    const chinese = '咖啡因是一种天然生物碱存在于咖啡豆和茶叶之中并且在全世界广泛饮用';
    const cut = shorten(chinese, 20);
    expect(length(cut)).toBeLessThanOrEqual(20);
    expect(cut.endsWith('……')).toBe(true);
    expect(wordEnds(chinese).has(cut.length - 2)).toBe(true);
  });

  it("keeps the finding a sentence reports after a colon (…后发现：…) or a study's comma (…发表论文，发现…) where a cut would keep only who found it", () => {
    const sentence =
      '2023年，国际权威的循证医学数据库Cochrane发表了一篇系统综述，汇总了17项随机对照试验后发现：和普通镜片相比，防蓝光镜片在减轻视疲劳方面没有明显效果，对睡眠质量的改善证据也不足。';
    const cut = shorten(sentence, 48);
    expect(cut).toBe('2023年……发现：和普通镜片相比，防蓝光镜片在减轻视疲劳方面没有明显效果……');
    expect(length(cut)).toBeLessThanOrEqual(48);
    // Where the cut keeps the finding anyway, the sentence is cut as any other.
    expect(
      shorten(
        '研究发现：咖啡因会推迟入睡，也会减少深睡眠的比例，对老年人的影响尤其明显，而且持续时间很长。',
        30,
      ),
    ).toBe('研究发现：咖啡因会推迟入睡，也会减少深睡眠的比例……');
    // A finding after a turn keeps its turn (但研究结果表明), not the concession it turns from.
    expect(
      shorten(
        '虽然样本量不大，而且随访时间只有六个月，但研究结果表明：每天步行八千步以上的人，心血管疾病的风险降低了约三成，睡眠质量也有明显改善。',
        48,
      ),
    ).toMatch(/但研究结果表明：每天步行/);
    // A study's finding given in a clause of its own (…发表论文，发现…), with no colon.
    expect(
      shorten(
        '2021年，英国牛津大学和德国奥尔登堡大学的研究团队在《自然》杂志发表论文，发现欧亚鸲视网膜中的隐花色素4确实对磁场敏感，为这一假说提供了有力支持。',
        48,
      ),
    ).toBe('2021年……发现欧亚鸲视网膜中的隐花色素4确实对磁场敏感，为这一假说提供了有力支持');
    // Not a finder's story, whose finder is what it tells.
    expect(
      shorten(
        '1928年9月，伦敦圣玛丽医院的细菌学家亚历山大·弗莱明度假归来，发现实验台上一只培养皿长了霉，霉斑周围的细菌消失了。',
        48,
      ),
    ).toMatch(/^1928年9月，伦敦圣玛丽医院的细菌学家亚历山大·弗莱明/);
  });

  it('drops the 至于 that turns to a topic of its own, and keeps the topic (至于那些按摩仪，…)', () => {
    expect(asPoint('至于各种“治愈近视”的按摩仪、训练仪，家长要特别警惕。')).toBe(
      '各种“治愈近视”的按摩仪、训练仪，家长要特别警惕',
    );
    expect(asPoint('至于那些花里胡哨的菜单按键，用处不大。')).toBe('那些花里胡哨的菜单按键，用处不大');
    expect(asPoint('至于此，问题已经清楚了。')).toBe('至于此，问题已经清楚了');
  });

  it('drops the 这也是为什么 that points back at a reason, and keeps what it explains', () => {
    expect(asPoint('这也是为什么午睡最好控制在20～30分钟以内。')).toBe('午睡最好控制在20～30分钟以内');
    expect(asPoint('这就是为什么很多公交车都用磷酸铁锂电池。')).toBe('很多公交车都用磷酸铁锂电池');
    // Asked as a question, it still asks.
    expect(asPoint('这是为什么呢？')).toBe('这是为什么呢？');
  });

  it('leaves a sentence that fits as it is', () => {
    expect(shorten('短句。', 20)).toBe('短句。');
  });

  it('drops a reminder’s words, 有意思的是， and 请记住： from a point, and a label after its connective (所以答案是：)', () => {
    expect(asPoint('有意思的是，海洋里还有一些潮差几乎为零的点。')).toBe('海洋里还有一些潮差几乎为零的点');
    expect(asPoint('还要提醒一句：光伏板下面的屋顶不要随便动。')).toBe('光伏板下面的屋顶不要随便动');
    expect(asPoint('有一点需要特别提醒：光伏板怕热不怕冷。')).toBe('光伏板怕热不怕冷');
    expect(asPoint('我们更想提醒的是：手机只是问题的一小部分。')).toBe('手机只是问题的一小部分');
    expect(asPoint('最后想对你说：你是个很在乎父亲的孩子。')).toBe('你是个很在乎父亲的孩子');
    expect(asPoint('请记住：孩子不能坐副驾驶。')).toBe('孩子不能坐副驾驶');
    expect(asPoint('所以答案是：合规用量下，防腐剂不会在体内积累。')).toBe(
      '合规用量下，防腐剂不会在体内积累',
    );
    // 所以 before anything else stays where it says what follows from the sentence before.
    expect(asPoint('所以选豆的时候，先想清楚自己怎么喝。')).toBe('所以选豆的时候，先想清楚自己怎么喝');
  });

  it('drops a chatty lead-in before a colon (给大家一组数字感受一下：, 说到甲醛，这里必须说一句：, 先交代一下背景：, 要泼一点冷水：) from a point', () => {
    expect(asPoint('给大家一组数字感受一下：晴天中午，室外约有10万勒克斯。')).toBe(
      '晴天中午，室外约有10万勒克斯',
    );
    expect(asPoint('给你几个例子：猕猴桃、草莓都含维生素C。')).toBe('猕猴桃、草莓都含维生素C');
    expect(asPoint('说到甲醛，这里必须说一句：绿植除甲醛的期待要放低。')).toBe('绿植除甲醛的期待要放低');
    expect(asPoint('最后想说一句：别跟风。')).toBe('别跟风');
    expect(asPoint('先交代一下背景：我是普通上班族，单独出行。')).toBe('我是普通上班族，单独出行');
    expect(asPoint('对比一下就更清楚了：剩菜带来的亚硝酸盐多得多。')).toBe('剩菜带来的亚硝酸盐多得多');
    expect(asPoint('最后说一句，喝水这件事真没有那么复杂。')).toBe('喝水这件事真没有那么复杂');
    // …after a connective too (不过，要泼一点冷水：, 所以，我们的看法是：).
    expect(asPoint('不过，要泼一点冷水：刷牙方法不对，再贵的牙刷也白搭。')).toBe(
      '刷牙方法不对，再贵的牙刷也白搭',
    );
    expect(asPoint('所以，我们的看法是：入门款值得花钱。')).toBe('入门款值得花钱');
    expect(asPoint('先说我的态度：如果你不打算让猫繁育，绝育利大于弊。')).toBe(
      '如果你不打算让猫繁育，绝育利大于弊',
    );
    expect(asPoint('这里要泼一点冷水：全能基站不等于全自动。')).toBe('全能基站不等于全自动');
    expect(asPoint('这里要特别提醒：离心训练后的肌肉酸痛会比较明显。')).toBe(
      '离心训练后的肌肉酸痛会比较明显',
    );
    expect(asPoint('还有一点要特别注意：不要喂人喝的牛奶。')).toBe('不要喂人喝的牛奶');
    expect(asPoint('原理是这样的：肌肉在拉长的同时发力。')).toBe('肌肉在拉长的同时发力');
    expect(asPoint('说到日落，必须提醒一句：七月的新疆十点才天黑。')).toBe('七月的新疆十点才天黑');
    expect(asPoint('还有一个常被忽略的细节：大拇指要扣住单杠。')).toBe('细节：大拇指要扣住单杠');
    expect(asPoint('还有一点心得：应急金最好和日常账户分开。')).toBe('心得：应急金最好和日常账户分开');
    expect(asPoint('还有一点不算错误，但值得一说：不要和别人家孩子比。')).toBe('不要和别人家孩子比');
    // A tip counted on from the last is a tip; a restating connective within says what the subject is.
    expect(asPoint('另外还有一个小技巧：每隔一两周把花盆转个方向。')).toBe(
      '小技巧：每隔一两周把花盆转个方向',
    );
    expect(asPoint('3类的结节，说白了就是“大概率没事，定期看看就行”。')).toBe(
      '3类的结节：“大概率没事，定期看看就行”',
    );
    // A colon after what the writer says is no chatter.
    expect(asPoint('给大家的建议：先测光照。')).toBe('给大家的建议：先测光照');
    // A tip announced as there (这里有个小窍门：), what is easily missed and a precondition.
    expect(asPoint('这里有个小窍门：撬之前先把外胎往凹槽里挤一挤。')).toBe(
      '小窍门：撬之前先把外胎往凹槽里挤一挤',
    );
    expect(asPoint('还有一个容易忽略的地方：盖子也不一定能加热。')).toBe('盖子也不一定能加热');
    expect(asPoint('还有一点常被忽略：赠品也要一起退回。')).toBe('赠品也要一起退回');
    expect(asPoint('要注意，这里有个前提：下单时必须明确提示。')).toBe('前提：下单时必须明确提示');
    expect(asPoint('总结一下就是：微波炉不可怕，但也别太随意。')).toBe('微波炉不可怕，但也别太随意');
  });

  it('drops the 就是 a restating connective leaves at a point’s start (说白了，就是…)', () => {
    expect(asPoint('说白了，就是“宁可慢一点，也别直接黑屏”。')).toBe('“宁可慢一点，也别直接黑屏”');
    expect(asPoint('简单来说，就是把电能变成磁场。')).toBe('把电能变成磁场');
    expect(asPoint('换句话说，就是用一点效率换取便利。')).toBe('用一点效率换取便利');
    expect(asPoint('也就是说，就是手机不会变卡。')).toBe('手机不会变卡');
    // Without a connective before it, 就是 is the sentence's own.
    expect(asPoint('就是这么简单。')).toBe('就是这么简单');
    expect(asPoint('但是，就这么简单。')).toBe('就这么简单');
  });

  it('drops 于是 without its comma, and 你看， with it, which tie a point to what it no longer follows', () => {
    expect(asPoint('于是网上就有了一种流行的说法。')).toBe('网上就有了一种流行的说法');
    expect(asPoint('你看，没有哪一条需要厂商“故意”。')).toBe('没有哪一条需要厂商“故意”');
    // 于是乎 is one word, and 你看看 asks the reader to look.
    expect(asPoint('于是乎大家都买了。')).toBe('于是乎大家都买了');
    expect(asPoint('你看看微信的安装包。')).toBe('你看看微信的安装包');
  });

  it('makes a sentence a point of its own: no connective to the one before, no closing comma or stop', () => {
    expect(asPoint('但是，更高阶的调制对信号质量要求也更高。')).toBe('更高阶的调制对信号质量要求也更高');
    expect(asPoint('正因为如此，低时延才显得重要；')).toBe('低时延才显得重要');
    expect(asPoint('需要提醒的是，理论速率不等于实际网速。')).toBe('理论速率不等于实际网速');
    expect(asPoint('另外要记住，近视手术并没有治好近视本身。')).toBe('近视手术并没有治好近视本身');
    expect(asPoint('但这也意味着，体验高度依赖基站的远近。')).toBe('体验高度依赖基站的远近');
    // Saying a conclusion follows is no part of it, nor a label to show in bold.
    expect(asPoint('先说结论：空气炸锅本质上是一台小型的热风烤箱。')).toBe(
      '空气炸锅本质上是一台小型的热风烤箱',
    );
    expect(asPoint('那么，Wi-Fi 7到底快多少？')).toBe('Wi-Fi 7到底快多少？');
    // A word that only starts like a connective stays: 但愿 is not 但.
    expect(asPoint('但愿如此。')).toBe('但愿如此');
    // 但是, 其实 and 然而 need no comma to tie a sentence to the one before; 反过来， does.
    expect(asPoint('其实主动降噪最擅长对付低频的声音。')).toBe('主动降噪最擅长对付低频的声音');
    expect(asPoint('但是人说话就不一样了。')).toBe('人说话就不一样了');
    // 接着， and 随后， with their comma; 不过 and 所以 need theirs (不过敏, 所以然 are words, and
    // 所以… after a list on the same slide concludes from it).
    expect(asPoint('接着，程序会寻找三个定位图案。')).toBe('程序会寻找三个定位图案');
    expect(asPoint('随后，手机向服务器发起认证。')).toBe('手机向服务器发起认证');
    // 即便如此， and its kin point back at what the slide may not show.
    expect(asPoint('即便如此，发消息时最好站在空旷的地方。')).toBe('发消息时最好站在空旷的地方');
    expect(asPoint('不过敏的人可以放心食用。')).toBe('不过敏的人可以放心食用');
    expect(asPoint('不过半数的用户会开启这个功能。')).toBe('不过半数的用户会开启这个功能');
    expect(asPoint('为此，规范要求冰排在使用前先预处理。')).toBe('规范要求冰排在使用前先预处理');
    expect(asPoint('说白了，偶尔一杯问题不大。')).toBe('偶尔一杯问题不大');
    // 但是否 and 其实不然 say something of their own.
    expect(asPoint('但是否值得买，还要看需求。')).toBe('但是否值得买，还要看需求');
    expect(asPoint('其实不然。')).toBe('其实不然');
    expect(asPoint('需要指出的是，手机定位并不完全依赖卫星。')).toBe('手机定位并不完全依赖卫星');
    expect(asPoint('其实，')).toBe('');
    expect(asPoint('可以按这个顺序检查：')).toBe('可以按这个顺序检查');
    // A lead-in to a list says what it is about; a quoted sentence drops its stop inside the marks.
    expect(asPoint('影响实际速度的因素有很多，例如：')).toBe('影响实际速度的因素有很多');
    expect(asPoint('常见的电池有三类，包括：')).toBe('常见的电池有三类');
    // Without a comma 包括 and 如下 belong to the sentence.
    expect(asPoint('主要包括：')).toBe('主要包括');
    expect(asPoint('步骤如下：')).toBe('步骤如下');
    expect(asPoint('“醒得越久，越困。”')).toBe('“醒得越久，越困”');
    expect(asPoint('他问：“真的吗？”')).toBe('他问：“真的吗？”');
    // The first sentence of a quotation that runs on is closed as one.
    expect(asPoint('他说：“没有结尾。')).toBe('他说：“没有结尾”');
    // Typed with a Latin keyboard: a full stop after Chinese ends the sentence; three are an ellipsis.
    expect(asPoint('让它有安全感.')).toBe('让它有安全感');
    expect(asPoint('用户增长了... 科学家们')).toBe('用户增长了…… 科学家们');
    // After Latin letters a full stop may end an abbreviation: it stays.
    expect(asPoint('支持 Wi-Fi 7 etc.')).toBe('支持 Wi-Fi 7 etc.');
    expect(asPoint('“先看《标准（草案。')).toBe('“先看《标准（草案）》”');
  });
});

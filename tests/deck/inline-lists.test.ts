import { describe, expect, it } from 'vitest';
import { inlineList } from '../../src/deck/inline-lists.ts';

describe('inlineList', () => {
  it('finds the items a paragraph counts with 第一，第二，…, and the words that lead into them', () => {
    expect(
      inlineList(
        '选充电宝要注意三点：第一，看额定容量；第二，看输出功率；第三，看认证，有3C标志才能登机。别的话。',
      ),
    ).toEqual({
      leadIn: '选充电宝要注意三点',
      leadsIn: true,
      items: ['看额定容量', '看输出功率', '看认证，有3C标志才能登机'],
    });
  });

  it('counts tiers by their number (一档，…；二档，…), which the list’s numbers then say', () => {
    expect(
      inlineList(
        '一档，保费约50元/年，保额50万元；二档，保费约150元/年，含第三者责任；三档，保费约300元/年。',
      ),
    ).toEqual({
      leadIn: '',
      leadsIn: false,
      items: ['保费约50元/年，保额50万元', '保费约150元/年，含第三者责任', '保费约300元/年'],
    });
    // A grade named once is no list.
    expect(inlineList('一级，是最高的响应等级。')).toBeUndefined();
  });

  it('counts with 首先…其次…最后, 一是…二是… and 第一步：, each one way throughout', () => {
    expect(inlineList('民航有规定。首先，确认标注；其次，不买来路不明的；最后，鼓包的停用。')).toEqual({
      leadIn: '民航有规定',
      leadsIn: false,
      items: ['确认标注', '不买来路不明的', '鼓包的停用'],
    });
    expect(inlineList('原因有二：一是成本高，二是技术难。')?.items).toEqual(['成本高', '技术难']);
    expect(inlineList('第一步：打开设置。第二步：添加eSIM。')).toEqual({
      leadIn: '',
      leadsIn: false,
      items: ['打开设置', '添加eSIM'],
    });
    // 首先是容量问题 names its item after the 是.
    expect(inlineList('首先是容量问题，太小。其次是噪音，很吵。最后是清洗。')?.items).toEqual([
      '容量问题，太小',
      '噪音，很吵',
      '清洗',
    ]);
    // 然后 tells the steps inside an item; 最后 ends the list.
    expect(inlineList('首先，打开设置，然后点击通用。最后，重启。其次，不算。')?.items).toEqual([
      '打开设置，然后点击通用',
      '重启',
    ]);
  });

  it('runs the last item past its name where every item opens on its name (第三，个税专项附加扣除。首套…)', () => {
    expect(
      inlineList(
        '第一，违约金。部分银行要收1%。第二，流动性。钱还进去就拿不出来了。第三，个税专项附加扣除。每月可扣1000元。还清就没了。',
      )?.items,
    ).toEqual(['违约金。部分银行要收1%', '流动性。钱还进去就拿不出来了', '个税专项附加扣除。每月可扣1000元']);
    // Where the items before say themselves in one sentence, the last ends with its own.
    expect(inlineList('第一，看容量；第二，看认证。有3C标志才能登机。')?.items).toEqual(['看容量', '看认证']);
    expect(inlineList('第一，违约金。部分银行要收。第二，看认证，要有3C。别的话。')?.items).toEqual([
      '违约金。部分银行要收',
      '看认证，要有3C',
    ]);
  });

  it('finds a list written without ordinals where the lead-in counts the items semicolons set apart, or three short ones or more', () => {
    expect(inlineList('改完后，建议做三件事：重连Wi-Fi；看设备列表；把密码收好。做完就行。')).toEqual({
      leadIn: '改完后，建议做三件事',
      leadsIn: true,
      items: ['重连Wi-Fi', '看设备列表', '把密码收好'],
    });
    // Uncounted, three short items or more set apart so are a list by their form.
    expect(inlineList('就要收退票费：8天以上不收费；不足8天收5%；不足24小时收20%。')?.items).toEqual([
      '8天以上不收费',
      '不足8天收5%',
      '不足24小时收20%',
    ]);
    for (const text of [
      '就要收退票费：8天以上不收费；不足8天收5%。',
      '原因是：电池在长期满电存放时老化得最快，这一点很多人都不知道，厂家也很少在说明书里讲清楚；次数的影响小；温度也有影响。',
      '建议做三件事：重连Wi-Fi；看设备列表。',
      '正极材料有三种：钴酸锂、锰酸锂和磷酸铁锂。',
      '他说：“有两点：一；二。”',
      '缺点是：贵；重。',
    ])
      expect(inlineList(text), text).toBeUndefined();
  });

  it('finds no list in ordinals that are words, out of order, alone or inside a quotation', () => {
    for (const text of [
      '这是第一次登月。第二，不对。',
      '第一代产品很贵；第二代便宜了。',
      '第二，先说这个；第一，再说那个。',
      '首先，我们要明白一点。',
      '他说：“第一，要快；第二，要准。”这很重要。',
      '一是一，二是二。',
    ])
      expect(inlineList(text), text).toBeUndefined();
  });
});

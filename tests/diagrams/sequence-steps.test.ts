import { describe, expect, it } from 'vitest';
import { type SequenceParse, sequenceSteps } from '../../src/diagrams/sequence-steps.ts';

// Mermaid 11's LINETYPE, as the render page hands it over (the kinds these tests use).
const types = {
  SOLID: 0,
  DOTTED: 1,
  NOTE: 2,
  LOOP_START: 10,
  LOOP_END: 11,
  ALT_START: 12,
  ALT_ELSE: 13,
  ALT_END: 14,
  ACTIVE_START: 17,
  ACTIVE_END: 18,
  PAR_START: 19,
  PAR_AND: 20,
  PAR_END: 21,
  RECT_START: 22,
  RECT_END: 23,
  AUTONUMBER: 26,
  BIDIRECTIONAL_SOLID: 33,
};

const names = {
  U: '用户',
  S: '配置服务器 (SM-DP+)',
  C: '卡商（SIM 制造商）',
  G: '(GSMA)',
  A: '运营商（旧）',
  B: '运营商（新）',
};

const parse = (messages: SequenceParse['messages']): SequenceParse => ({ messages, names, types });
const texts = (p: SequenceParse) => sequenceSteps(p).map((s) => s.text);

describe('sequenceSteps', () => {
  it('says each arrow as who → whom：what, numbered, naming a participant in full once and short after', () => {
    expect(
      sequenceSteps(
        parse([
          { from: 'U', to: 'S', text: '发起认证', type: 0 },
          { from: 'S', to: 'U', text: '返回<br/>ID', type: 1 },
          { from: 'C', to: 'S', text: '办理<br/>交付', type: 0 },
          { from: 'S', to: 'C', text: '', type: 0 },
          { from: 'U', to: 'S', text: '取回挑战', type: 33 },
          { from: 'U', to: 'U', text: '确认下载', type: 0 },
        ]),
      ),
    ).toEqual([
      { text: '用户 → 配置服务器 (SM-DP+)：发起认证', number: 1, depth: 0 },
      // A line break is a space beside Latin text, nothing between two Chinese characters.
      { text: '配置服务器 → 用户：返回 ID', number: 2, depth: 0 },
      { text: '卡商（SIM 制造商） → 配置服务器：办理交付', number: 3, depth: 0 },
      { text: '配置服务器 → 卡商', number: 4, depth: 0 },
      { text: '用户 ↔ 配置服务器：取回挑战', number: 5, depth: 0 },
      { text: '用户（自身）：确认下载', number: 6, depth: 0 },
    ]);
  });

  it('keeps a name that is only a gloss, one its short form would share, and an id Mermaid has no name for', () => {
    expect(
      texts(
        parse([
          { from: 'G', to: 'X', text: '签发', type: 0 },
          { from: 'X', to: 'G', text: '回执', type: 0 },
          { from: 'A', to: 'B', text: '移交号码', type: 0 },
          { from: 'B', to: 'A', text: '确认', type: 0 },
        ]),
      ),
    ).toEqual([
      '(GSMA) → X：签发',
      'X → (GSMA)：回执',
      '运营商（旧） → 运营商（新）：移交号码',
      '运营商（新） → 运营商（旧）：确认',
    ]);
  });

  it('says a note with whom it is over, and a block’s opening, branches and end, what is inside set in', () => {
    expect(
      sequenceSteps(
        parse([
          { from: 'U', to: 'S', text: '或不扫码：查 SM-DS', type: 2 },
          { from: 'S', to: 'S', text: 'RES = XRES', type: 2 },
          { text: '', type: 22 },
          { text: '已付款', type: 12 },
          { from: 'U', to: 'U', text: '', type: 17 },
          { from: 'U', to: 'S', text: '下载', type: 0 },
          { from: 'U', to: 'U', text: '', type: 18 },
          { text: '未付款', type: 13 },
          { text: '每天', type: 10 },
          { from: 'S', to: 'U', text: '提醒', type: 0 },
          { text: '', type: 11 },
          { text: '', type: 14 },
          { text: '', type: 23 },
          { from: 'S', to: 'U', text: '完成', type: 0 },
        ]),
      ),
    ).toEqual([
      { text: '标注（用户、配置服务器 (SM-DP+)）：或不扫码：查 SM-DS', depth: 0 },
      { text: '标注（配置服务器）：RES = XRES', depth: 0 },
      { text: '条件：已付款', depth: 0 },
      { text: '用户 → 配置服务器：下载', number: 1, depth: 1 },
      { text: '否则：未付款', depth: 0 },
      { text: '循环：每天', depth: 1 },
      { text: '配置服务器 → 用户：提醒', number: 2, depth: 2 },
      { text: '循环结束', depth: 1 },
      { text: '条件结束', depth: 0 },
      // After the block, read outside it.
      { text: '配置服务器 → 用户：完成', number: 3, depth: 0 },
    ]);
  });

  it('numbers the arrows as Mermaid’s autonumber draws them, notes and blocks left uncounted', () => {
    expect(
      sequenceSteps(
        parse([
          { text: '', type: 26, numbering: { start: 10, step: 10, visible: true } },
          { from: 'U', to: 'S', text: '甲', type: 0 },
          { from: 'U', to: 'S', text: '注一句', type: 2 },
          { text: '', type: 19 },
          { from: 'S', to: 'U', text: '乙', type: 0 },
          { text: '', type: 20 },
          { from: 'S', to: 'C', text: '丙', type: 0 },
          { text: '', type: 21 },
        ]),
      ).map((s) => [s.text, s.number]),
    ).toEqual([
      ['用户 → 配置服务器 (SM-DP+)：甲', 10],
      ['标注（用户、配置服务器）：注一句', undefined],
      ['同时', undefined],
      ['配置服务器 → 用户：乙', 20],
      ['同时', undefined],
      ['配置服务器 → 卡商（SIM 制造商）：丙', 30],
      ['同时结束', undefined],
    ]);
  });
});

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
  RECT_START: 22,
  RECT_END: 23,
  BIDIRECTIONAL_SOLID: 33,
};

const names = { U: '用户', S: '配置服务器 (SM-DP+)', C: '卡商（SIM 制造商）', G: '(GSMA)' };

const parse = (messages: SequenceParse['messages']): SequenceParse => ({ messages, names, types });

describe('sequenceSteps', () => {
  it('says each arrow as who → whom：what, naming a participant in full once and short after', () => {
    expect(
      sequenceSteps(
        parse([
          { from: 'U', to: 'S', text: '发起认证', type: 0 },
          { from: 'S', to: 'U', text: '返回<br/>匹配 ID', type: 1 },
          { from: 'C', to: 'S', text: '交付', type: 0 },
          { from: 'S', to: 'C', text: '', type: 0 },
          { from: 'U', to: 'S', text: '取回挑战', type: 33 },
          { from: 'U', to: 'U', text: '确认下载', type: 0 },
        ]),
      ),
    ).toEqual([
      '用户 → 配置服务器 (SM-DP+)：发起认证',
      '配置服务器 → 用户：返回 匹配 ID',
      '卡商（SIM 制造商） → 配置服务器：交付',
      '配置服务器 → 卡商',
      '用户 ↔ 配置服务器：取回挑战',
      '用户：确认下载',
    ]);
  });

  it('keeps a name that is only a gloss, and an id Mermaid has no name for', () => {
    expect(
      sequenceSteps(
        parse([
          { from: 'G', to: 'X', text: '签发', type: 0 },
          { from: 'X', to: 'G', text: '回执', type: 0 },
        ]),
      ),
    ).toEqual(['(GSMA) → X：签发', 'X → (GSMA)：回执']);
  });

  it('says notes and the blocks’ openings by their words, and nothing for ends, activations or bands', () => {
    expect(
      sequenceSteps(
        parse([
          { from: 'U', to: 'S', text: '或不扫码：查 SM-DS', type: 2 },
          { text: '', type: 22 },
          { text: '已付款', type: 12 },
          { from: 'U', to: 'U', text: '', type: 17 },
          { from: 'U', to: 'S', text: '下载', type: 0 },
          { from: 'U', to: 'U', text: '', type: 18 },
          { text: '未付款', type: 13 },
          { text: '', type: 14 },
          { text: '', type: 10 },
          { text: '', type: 11 },
          { text: '', type: 23 },
        ]),
      ),
    ).toEqual([
      '或不扫码：查 SM-DS',
      '条件：已付款',
      '用户 → 配置服务器 (SM-DP+)：下载',
      '否则：未付款',
      '循环',
    ]);
  });
});

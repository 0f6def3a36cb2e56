import { CONTINUED_MARK } from '../deck/slide-chunks.ts';

/** Said after a link's name where it opens a new tab. */
const NEW_TAB = '（在新标签页打开）';

/**
 * Every piece of interface text the browser code shows. Kept in one place so that the font
 * subsetter includes their characters, and so the deck speaks one language.
 */
export const labels = {
  menu: '目录',
  readerView: '阅读模式',
  slideView: '演示模式',
  darkTheme: '深色',
  lightTheme: '浅色',
  /** What the theme button does, named with the word it shows ({t}: 深色 or 浅色). */
  themeSwitch: '切换到{t}主题',
  print: '打印 / 导出 PDF',
  /** Said after a link's name where it opens a new tab (the print link, the slides' sources). */
  newTab: NEW_TAB,
  printNewTab: `打印 / 导出 PDF${NEW_TAB}`,
  printHint: '打印或另存为 PDF：在打印对话框中选择“横向”、边距“无”，并勾选“背景图形”。',
  printNow: '打印…',
  handoutHint: '打印或另存为 PDF：在打印对话框中选择 A4、“纵向”、边距“无”，并勾选“背景图形”。',
  printHandout: '改为打印讲稿（A4，幻灯片配讲稿，附演讲提示）',
  /** The same sheets for readers: `export:pdf --handout`, without the presenter's cue lines. */
  printForReaders: '改为打印讲义（A4，给读者，不含演讲提示）',
  printSlidesOnly: '只打印幻灯片',
  toolbar: '演示控制',
  /** The one button the toolbar folds into on a short screen (a phone held sideways). */
  toolbarMore: '更多',
  /** Over the presenter's notes: the speaker view, notes pages. */
  notesHeading: '讲稿',
  /**
   * Over the same words where nobody presents (reader view, the readers' handout): the article's
   * text and the deck's notes, which explain the slide.
   */
  readerNotesHeading: '详解',
  /** After a list's lead-in said again on the slide that goes on with its items. */
  listContinued: CONTINUED_MARK,
  /** Before a diagram told in plain words, in its notes. */
  diagramGist: '简单说：',
  /** Before its text alternative, after the plain words: every interface and key named. */
  diagramDetail: '技术细节：',
  /** Over a sequence diagram's arrows in words, in its notes. */
  diagramSteps: '图中的步骤：',
  /** What a divider names, besides the part's points. */
  tableKind: '表',
  diagramKind: '图',
  /** A divider's list, as a screen reader names it. */
  partContents: '本部分的表与图',
  /** The divider's last line where it names only some ({n}: how many more). */
  moreContents: '另有 {n} 页表与图',
  /** The cover's hint for the keyboard; in the reader view and on a touch screen, the two after it. */
  keysHint: '按 → 或空格键翻页，按 R 进入阅读模式（附全文），按 ? 查看快捷键',
  /** Said on the reader view's cover: the notes sit under the slides on a phone, beside them on a wider screen. */
  readerHint: '向下滚动，继续阅读；详解与幻灯片一同显示',
  /** {z}: `touchHintDiagrams` where a tap opens a diagram large (the slide drawn small), else nothing. */
  touchHint: '向左滑动翻页；{z}点“阅读模式”读全文',
  /** The same, where a short screen folds the toolbar's buttons into 更多. */
  touchHintFolded: '向左滑动翻页；{z}点“更多”里的“阅读模式”读全文',
  touchHintDiagrams: '点图表可放大；',
  /**
   * Said before the article's words on a slide whose notes end on a 注 (a correction, a claim
   * without a source), so a reader does not take those words as fact before reaching it.
   */
  noteAhead: '原文有需更正或补充之处，见下方“注”。',
  /** The same on the slides before, where the 注 is on the section's (or table's) last slide. */
  noteLater: '本节原文有需更正或补充之处，见本节末页的“注”。',
  search: '搜索幻灯片',
  searchFound: '{n} 张幻灯片含有这些字，这是其中第 {i} 张',
  searchKeys: 'Enter 下一张 · Shift+Enter 上一张 · Esc 关闭',
  searchNone: '没有幻灯片含有“{q}”',
  diagramEnlarge: '放大查看图表',
  /** {d}: the ways the enlarged drawing overflows its dialog (左右, 上下 or 上下左右). On a touch screen. */
  diagramHint: '可{d}滑动查看，也可双指缩放。',
  /** The words for {d}: up and down, across. */
  diagramWays: { down: '上下', across: '左右' },
  /** The same, said to a mouse and keyboard: the view has the focus, so the arrow keys scroll it. */
  diagramHintPointer: '可{d}滚动查看：用滚轮、滚动条或方向键。',
  /** Added on an upright phone, where the drawing is wider than the screen. */
  diagramTurn: '把屏幕横过来，一屏能看到更多。',
  speakerView: '演讲者视图',
  speakerTime: '计时',
  /** reveal's pacing clock: the time left until this slide's planned end, counted from the talk's start. */
  speakerPacing: '距本页计划结束',
  /**
   * Said beside the pacing clock, whose colour alone told it: reveal's classes ahead (this slide's
   * time not yet begun), on-track (within it) and behind (past its planned end).
   */
  pacingStates: { ahead: '提前', 'on-track': '按计划', behind: '超时' },
  /** The preview shows the next build step, which may be this slide with one more point. */
  speakerUpcoming: '接下来',
  /** The previews' frames, as a screen reader names them: what the room sees, and the next step. */
  speakerCurrentFrame: '当前幻灯片（观众所见）',
  speakerUpcomingFrame: '接下来的一步（预览）',
  /** Over that preview on the deck's last step, where there is nothing next. */
  speakerEnd: '已是最后一步，讲完就结束',
  speakerResetTimer: '（点击重新计时）',
  /** At the foot of the notes while more of them is below: a fade alone can end on a paragraph's gap. */
  speakerNotesMore: '↓ 下面还有讲稿',
  /** In the speaker view while the room's screen is black (B); its previews show it black too. */
  speakerBlack: '观众屏幕已黑屏，按 B 恢复',
  speakerLayout: '布局',
  /** The speaker view's layouts, by the ids reveal's notes plugin gives them. */
  speakerLayouts: { default: '默认', wide: '宽屏', tall: '上下排列', 'notes-only': '仅讲稿' },
  jumpPlaceholder: '输入页码',
  jumpLabel: '跳到第几页：输入页码，按 Enter',
  /** Under G's box when what is typed is no slide's number ({t}: how many slides there are). */
  jumpWrong: '没有这一页：请输入 1 到 {t} 的页码，或按 Esc 取消',
  resume: '继续演示',
  previousSlide: '上一张',
  nextSlide: '下一张',
  /** reveal's up and down arrows, for vertical slides (this deck has none, so they stay hidden). */
  slideAbove: '上方一张',
  slideBelow: '下方一张',
  help: '快捷键',
  helpClose: '关闭',
  slideCounter: '第 {c} 页，共 {t} 页',
  /** reveal's slide number, a link showing c / t: its name holds what it shows, as it must. */
  slideNumber: '第 {c} / {t} 页',
  /** The shortcut list; keys marked 'slides' work in the slide view only, not in the reader view. */
  keys: [
    ['→ / 空格', '下一步'],
    ['←', '上一步'],
    ['Home / End', '第一页 / 最后一页'],
    ['G，输入页码，Enter', '跳到指定页'],
    ['Esc / O', '总览', 'slides'],
    ['S', '演讲者视图（讲稿、计时）', 'slides'],
    ['F', '全屏'],
    ['B / .', '黑屏'],
    ['Alt + 点击', '放大局部', 'slides'],
    ['点击图表', '放大查看（阅读模式、窗口较小时）'],
    ['Ctrl + Shift + F', '搜索', 'slides'],
    ['M', '章节目录'],
    ['R', '切换阅读模式'],
    ['?', '快捷键帮助'],
  ],
  /** What the speaker view's own list (on ?) says of a key, where it says more than `keys`. */
  speakerKeys: { 'B / .': '观众屏幕黑屏，再按一次恢复', '?': '显示或关闭这份列表' } as Record<string, string>,
  /**
   * The speaker view's own rows: long notes scroll by keyboard once focused (a click, or Tab); the
   * keys of the room's tools do nothing there (its previews have none of them).
   */
  speakerOwnKeys: [
    ['点击讲稿，再按 ↑ ↓ / Page Down', '只滚动讲稿，不翻页'],
    ['M / R / F', '章节目录、阅读模式、全屏：请在观众窗口里按'],
  ],
} as const;

/** All label text, flattened, for the font subsetter. */
export function labelText(): string {
  return JSON.stringify(labels);
}

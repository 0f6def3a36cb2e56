import type { MermaidConfig } from 'mermaid';
import { DECK_FONT_STACK } from '../font/font-family.ts';

/** The font every diagram label is measured and drawn in: the deck's own, so nothing is clipped. */
export const DIAGRAM_FONT_FAMILY = DECK_FONT_STACK;

/**
 * One Mermaid configuration for every diagram. SVG text labels (not HTML in foreignObject) keep
 * the diagrams vector and selectable in the PDF, and measurable in tests.
 */
export const mermaidConfig: MermaidConfig = {
  startOnLoad: false,
  securityLevel: 'strict',
  // A diagram that cannot be drawn throws, and leaves nothing in the page: no error drawing (the
  // build reports the error itself), no element that would share the next diagram's page. A
  // diagram's own directives cannot turn it off (Mermaid's `secure` keys).
  suppressErrorRendering: true,
  theme: 'base',
  fontFamily: DIAGRAM_FONT_FAMILY,
  htmlLabels: false,
  // The sequence renderer copies this over its own actor, message and note sizes (Mermaid's
  // default, 16, would win over the sizes below).
  fontSize: 20,
  themeVariables: {
    fontFamily: DIAGRAM_FONT_FAMILY,
    fontSize: '20px',
    primaryColor: '#e6f0fb',
    primaryBorderColor: '#1f5fa8',
    primaryTextColor: '#0f2540',
    secondaryColor: '#fdf0e1',
    tertiaryColor: '#f3f6fa',
    lineColor: '#3b4a5c',
    textColor: '#0f2540',
    actorBkg: '#e6f0fb',
    actorBorder: '#1f5fa8',
    actorTextColor: '#0f2540',
    signalColor: '#23364d',
    signalTextColor: '#0f2540',
    noteBkgColor: '#fff6d6',
    noteBorderColor: '#c99a1b',
    noteTextColor: '#3a2c00',
    labelBoxBkgColor: '#e6f0fb',
    labelBoxBorderColor: '#1f5fa8',
    clusterBkg: '#f3f6fa',
    clusterBorder: '#8aa2bf',
    edgeLabelBackground: '#ffffff',
  },
  flowchart: {
    htmlLabels: false,
    useMaxWidth: true,
    padding: 12,
    nodeSpacing: 36,
    rankSpacing: 44,
    // Room above a subgraph's title, so the title sits inside its box.
    subGraphTitleMargin: { top: 10, bottom: 6 },
  },
  // Compact vertically: a slide is wide, and a sequence grows downwards with every message.
  sequence: {
    useMaxWidth: true,
    mirrorActors: false,
    actorFontSize: 20,
    messageFontSize: 20,
    noteFontSize: 20,
    // The slide's panel gives the margin; Mermaid's default 50 would shrink every label.
    diagramMarginX: 8,
    diagramMarginY: 8,
    actorMargin: 40,
    width: 160,
    height: 44,
    boxMargin: 4,
    boxTextMargin: 4,
    noteMargin: 6,
    messageMargin: 8,
    bottomMarginAdj: 1,
    wrap: false,
  },
};

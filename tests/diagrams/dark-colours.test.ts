import { describe, expect, it } from 'vitest';
import { withDarkColours } from '../../src/diagrams/dark-colours.ts';

const svg = (css: string, attributes = '') =>
  `<svg xmlns="http://www.w3.org/2000/svg" id="diagram-a"${attributes}><style>${css}</style><rect fill="#eaeaea"/></svg>`;

describe('withDarkColours', () => {
  it('gives each colour of the deck’s palette its dark counterpart, leaving selectors and attributes alone', () => {
    const out = withDarkColours(
      svg(
        '#diagram-a .actor { stroke: rgb(31, 95, 168); fill: rgb(230, 240, 251); }#diagram-add text { fill: rgb(15, 37, 64); }',
      ),
    );
    expect(out).toBe(
      svg(
        '#diagram-a .actor { stroke: light-dark(rgb(31, 95, 168), #7db8ff); fill: light-dark(rgb(230, 240, 251), #1d3556); }#diagram-add text { fill: light-dark(rgb(15, 37, 64), #e8eef6); }',
      ),
    );
  });

  it('takes no word inside a name or a property for a colour', () => {
    const css = '#bead .red-box text { white-space: nowrap; fill: rgb(15, 37, 64); }';
    expect(withDarkColours(svg(css))).toBe(
      svg('#bead .red-box text { white-space: nowrap; fill: light-dark(rgb(15, 37, 64), #e8eef6); }'),
    );
  });

  it('leaves a diagram coloured in an element’s own style attribute light, which outweighs the sheet', () => {
    const drawn = svg('text { fill: rgb(15, 37, 64); }').replace(
      '<rect fill="#eaeaea"/>',
      '<rect style="fill:#f9f;stroke:#333"/>',
    );
    expect(withDarkColours(drawn)).toMatch(/^<svg data-palette="light" /);
  });

  it('leaves a diagram drawn in a colour it does not know light, and says so for the theme', () => {
    for (const colour of ['rgb(1, 2, 3)', '#abcdef', 'red', 'rgba(15, 37, 64, 0.5)']) {
      const drawn = svg(`#diagram-a .slice { fill: ${colour}; } text { fill: rgb(15, 37, 64); }`);
      const out = withDarkColours(drawn);
      expect(out, colour).toMatch(/^<svg data-palette="light" /);
      expect(out.replace(' data-palette="light"', ''), colour).toBe(drawn);
    }
  });
});

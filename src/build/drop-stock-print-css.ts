import type { AtRule, Plugin } from 'postcss';

/** What every selector of reveal.css's print style for pages outside its print view starts with. */
const STOCK_PRINT_PREFIX = 'html:not(.print-pdf)';

/** Whether an `@media print` block holds only rules for pages printed outside reveal's print view. */
function isStockDocumentPrint(atRule: AtRule): boolean {
  if (atRule.params.trim() !== 'print') return false;
  let rules = 0;
  let others = 0;
  atRule.each((node) => {
    if (node.type === 'comment') return;
    if (node.type === 'rule' && node.selectors.every((s) => s.trim().startsWith(STOCK_PRINT_PREFIX)))
      rules += 1;
    else others += 1;
  });
  return rules > 0 && others === 0;
}

/**
 * PostCSS plugin: drops reveal.css's stock print style for the slide and reader views. Printed
 * with Ctrl+P outside reveal's print view, it turns the slides into one long document and undoes
 * the deck's layout (every div a block with no margin, every paragraph 20 pt, slides laid over
 * each other). The deck prints those views one slide per page itself (assets/theme.css).
 */
export function dropStockPrintCss(): Plugin {
  return {
    postcssPlugin: 'drop-stock-print-css',
    AtRule: {
      media(atRule) {
        if (isStockDocumentPrint(atRule)) atRule.remove();
      },
    },
  };
}

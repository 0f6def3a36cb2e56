/** The deck's typeface; self-hosted because a bare Debian machine has no CJK font at all. */
export const FONT_FAMILY = 'Noto Sans SC';

/**
 * The regular face again, under a second name that font stacks list right after FONT_FAMILY. The
 * bold face carries only the glyphs of text the theme sets in bold; any other bold character
 * falls through to this family and is drawn as synthesized bold instead of a missing glyph.
 */
export const FALLBACK_FAMILY = 'Noto Sans SC Regular';

/** The font stack for text the deck draws outside its theme (diagrams, the speaker window). */
export const DECK_FONT_STACK = `"${FONT_FAMILY}", "${FALLBACK_FAMILY}", sans-serif`;

/** The id of the page's <style> element that holds the @font-face rules. */
export const FONT_STYLE_ID = 'deck-fonts';

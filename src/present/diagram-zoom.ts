import { element, modalDialog } from './dom.ts';
import { labels } from './labels.ts';

/**
 * The diagram's drawn width on a slide at full size: the SVG box is laid out at slide size (the
 * scale is a transform above it), and the drawing keeps its aspect ratio inside that box.
 */
function drawnWidth(svg: SVGSVGElement): number {
  const box = svg.viewBox.baseVal;
  if (box.width === 0 || box.height === 0) return svg.clientWidth;
  // A page of the reader view that is out of sight is not laid out; the viewBox is then the size.
  if (svg.clientWidth === 0 || svg.clientHeight === 0) return box.width;
  return box.width * Math.min(svg.clientWidth / box.width, svg.clientHeight / box.height);
}

/** Opens diagrams large in a dialog, for the reader view where the slide itself is small. */
export interface DiagramZoom {
  /** Gives a diagram slide its "enlarge" button and makes its drawing open it too. */
  attach(slide: HTMLElement, place: HTMLElement): void;
}

/**
 * One dialog for every diagram. The SVG itself moves into the dialog and back on close, so the
 * page never holds two copies (their ids and the labels that reference them stay unique). The
 * drawing is never smaller than on a full-size slide; on a narrow screen it scrolls sideways.
 */
export function diagramZoom(doc: Document, active: () => boolean): DiagramZoom {
  const zoom = modalDialog(doc, 'diagram-zoom', '', 'deck-dialog diagram-dialog');
  const view = element(doc, 'div', { class: 'diagram-zoom-view', tabindex: '0', role: 'group' });
  const caption = element(doc, 'p', { class: 'diagram-zoom-caption' });
  const hint = element(doc, 'p', { class: 'diagram-zoom-hint' }, labels.diagramHint);
  zoom.body.append(view, caption, hint);
  doc.body.append(zoom.dialog);

  let home: { svg: SVGSVGElement; holder: Element } | undefined;
  zoom.dialog.addEventListener('close', () => {
    if (home) home.holder.append(home.svg);
    home = undefined;
  });

  const open = (slide: HTMLElement): void => {
    const svg = slide.querySelector<SVGSVGElement>('.diagram-svg svg');
    const holder = svg?.parentElement;
    if (!svg || !holder || zoom.dialog.open) return;
    const box = svg.viewBox.baseVal;
    // Never smaller than on a full-size slide, where the diagram tests hold every label readable.
    view.style.setProperty('--zoom-min-width', `${Math.ceil(drawnWidth(svg))}px`);
    view.style.setProperty('--zoom-aspect', String(box.height ? box.width / box.height : 2));
    const title = slide.querySelector('h2')?.textContent ?? '';
    zoom.heading.textContent = title;
    view.setAttribute('aria-label', title);
    caption.textContent = slide.querySelector('figcaption')?.textContent ?? '';
    home = { svg, holder };
    view.append(svg);
    zoom.dialog.showModal();
    hint.hidden = view.scrollWidth <= view.clientWidth;
    view.focus();
  };

  return {
    attach(slide, place) {
      const title = slide.querySelector('h2')?.textContent ?? '';
      const button = element(
        doc,
        'button',
        {
          type: 'button',
          class: 'diagram-zoom-open',
          'aria-haspopup': 'dialog',
          'aria-controls': zoom.dialog.id,
          'aria-label': `${labels.diagramEnlarge}：${title}`,
        },
        labels.diagramEnlarge,
      );
      button.addEventListener('click', () => open(slide));
      place.append(button);
      // A tap on the small drawing itself opens it too; the button is the way for the keyboard.
      const drawing = slide.querySelector<HTMLElement>('.diagram-svg');
      drawing?.classList.add('diagram-zoomable');
      drawing?.addEventListener('click', () => {
        if (active()) open(slide);
      });
    },
  };
}

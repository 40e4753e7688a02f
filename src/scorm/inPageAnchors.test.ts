import { anchorTarget, handleInPageAnchors } from './inPageAnchors';

describe('in-page links under the hash router', () => {
  it('tells an anchor on the page from a route', () => {
    expect(anchorTarget('#question-sh-pass-mark')).toBe('question-sh-pass-mark');
    expect(anchorTarget('#/docs/start-here')).toBeNull();
    expect(anchorTarget('#')).toBeNull();
    expect(anchorTarget('/docs/start-here')).toBeNull();
  });

  it('moves to the target and focuses it instead of changing the route', () => {
    document.body.innerHTML = '<a href="#question-2">Question 2</a><section id="question-2">Two</section>';
    handleInPageAnchors(document);
    const scrolled: string[] = [];
    Element.prototype.scrollIntoView = function scrollIntoView(this: Element) {
      scrolled.push(this.id);
    };
    const link = document.querySelector('a')!;
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(scrolled).toEqual(['question-2']);
    expect(document.activeElement?.id).toBe('question-2');
  });

  it('leaves a link the page handles itself alone', () => {
    document.body.innerHTML = '<a href="#main">Skip</a><main id="main"></main>';
    const link = document.querySelector('a')!;
    link.addEventListener('click', (event) => event.preventDefault());
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
    link.dispatchEvent(click);
    expect(document.activeElement).toBe(document.body);
  });
});

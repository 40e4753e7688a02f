import { guardLateFocus } from './lateFocusGuard';

/** A search box and a link after it, the box guarded; the shortcut was pressed at `askedAt` ms, now is 10 000. */
function setUp(askedAt: number) {
  document.body.innerHTML =
    '<nav><div id="search"><input aria-label="Search"></div></nav><a href="#x">Next link</a>';
  const root = document.getElementById('search')!;
  const input = root.querySelector('input')!;
  const link = document.querySelector('a')!;
  guardLateFocus(
    input,
    root,
    () => askedAt,
    () => 10_000,
  );
  return { input, link };
}

describe('the search box’s late focus guard', () => {
  it('keeps focus on the link a keyboard user moved to when the search index arrives', () => {
    const { input, link } = setUp(0);
    link.focus();
    input.focus(); // what the plugin does once its index has loaded
    expect(document.activeElement).toBe(link);
  });

  it('still focuses the box when nothing else has focus', () => {
    const { input } = setUp(0);
    input.focus();
    expect(document.activeElement).toBe(input);
  });

  it('focuses the box right after the search shortcut, wherever focus was', () => {
    const { input, link } = setUp(9_800);
    link.focus();
    input.focus();
    expect(document.activeElement).toBe(input);
  });
});

import { guardLateFocus } from './lateFocusGuard';

function setUp() {
  document.body.innerHTML =
    '<nav><div id="search"><input aria-label="Search"></div></nav><a href="#x">Next link</a>';
  const root = document.getElementById('search')!;
  const input = root.querySelector('input')!;
  const link = document.querySelector('a')!;
  return { root, input, link };
}

describe('the search box’s late focus guard', () => {
  it('keeps focus on the link a keyboard user moved to when the search index arrives', () => {
    const { root, input, link } = setUp();
    guardLateFocus(
      input,
      root,
      () => 0,
      () => 10_000,
    );
    link.focus();
    input.focus(); // what the plugin does once its index has loaded
    expect(document.activeElement).toBe(link);
  });

  it('still focuses the box when nothing else has focus', () => {
    const { root, input } = setUp();
    guardLateFocus(
      input,
      root,
      () => 0,
      () => 10_000,
    );
    input.focus();
    expect(document.activeElement).toBe(input);
  });

  it('focuses the box right after the search shortcut, wherever focus was', () => {
    const { root, input, link } = setUp();
    guardLateFocus(
      input,
      root,
      () => 9_800,
      () => 10_000,
    );
    link.focus();
    input.focus();
    expect(document.activeElement).toBe(input);
  });
});

import { describe, expect, it } from 'vitest';
import { htmlClasses, inSharedStylesheet, linkPageStyles, selectorClasses } from './page-styles';

const teach = { file: 'assets/css/88ab188c.8f89d474.css', classes: new Set(['picker_a1B2']) };
const page = (body: string, base = '/') =>
  `<html><head><link rel=stylesheet href=${base}assets/css/styles.5bc82dc7.css /></head><body>${body}</body></html>`;

describe('page-styles', () => {
  it("keeps a lesson's styles in the shared file and leaves the teacher's and progress pages' out", () => {
    const site = '/site';
    expect(inSharedStylesheet('/site/src/components/Quiz/styles.module.css', site)).toBe(true);
    expect(inSharedStylesheet('/site/src/css/custom.css', site)).toBe(true);
    expect(inSharedStylesheet('/site/node_modules/infima/dist/css/default/default.css', site)).toBe(true);
    expect(inSharedStylesheet('/site/src/components/TeachBuilder/styles.module.css', site)).toBe(false);
    expect(inSharedStylesheet('/site/src/pages/index.module.css', site)).toBe(false);
    expect(inSharedStylesheet(undefined, site)).toBe(true);
  });

  it('links a page stylesheet after the shared one, under the base URL, only where its classes are used', () => {
    const used = page('<div class="row picker_a1B2">x</div>', '/course/');
    expect(linkPageStyles(used, [teach])).toContain(
      'styles.5bc82dc7.css /><link rel=stylesheet href=/course/assets/css/88ab188c.8f89d474.css>',
    );
    expect(linkPageStyles(page('<div class=picker_a1B2>x</div>'), [teach])).toContain(
      'href=/assets/css/88ab188c.8f89d474.css>',
    );
    const lesson = page('<div class="row quiz_x">x</div><p>picker_a1B2 in words</p>');
    expect(linkPageStyles(lesson, [teach])).toBe(lesson);
  });

  it('links nothing twice and leaves a page without the shared stylesheet alone', () => {
    const once = linkPageStyles(page('<div class=picker_a1B2></div>'), [teach]);
    expect(linkPageStyles(once, [teach])).toBe(once);
    const bare = '<html><body><div class=picker_a1B2></div></body></html>';
    expect(linkPageStyles(bare, [teach])).toBe(bare);
  });

  it('reads class names from selectors and class attributes, not from urls or text', () => {
    expect([
      ...selectorClasses('.a_1 .b:hover{background:url(x.svg)} @media print{.c{}} .d{margin:.5rem}'),
    ]).toEqual(['a_1', 'b', 'c', 'd']);
    expect([...htmlClasses(`<p class="x y"><i class='z'></i><b class=w>.q</b></p>`)]).toEqual([
      'x',
      'y',
      'z',
      'w',
    ]);
  });
});

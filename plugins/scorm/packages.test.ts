import { readPackageDescriptor } from '../../src/scorm/packageDescriptor';
import { launchPage, packageFileName, rebaseSearchIndex } from './packages';

const HASH_ROUTER_PAGE = `<!DOCTYPE html>
<html >
<head>
<meta charset="UTF-8">
<script src="./assets/js/main.js" defer></script>
</head>
<body ><div id="__docusaurus"></div></body>
</html>`;

describe('launchPage', () => {
  const descriptor = {
    id: 'unit-1-two-levers',
    version: '2004' as const,
    title: 'Unit 1: "Two" levers',
    start: '/docs/unit-1-two-levers/overview',
  };

  it('writes the package description where the course reads it back, after the charset', () => {
    const html = launchPage(HASH_ROUTER_PAGE, descriptor, descriptor.title);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(readPackageDescriptor(doc)).toEqual(descriptor);
    expect(html.indexOf('charset')).toBeLessThan(html.indexOf('wcmai-scorm-package'));
  });

  it('gives the page its language and a title before the course starts', () => {
    const doc = new DOMParser().parseFromString(
      launchPage(HASH_ROUTER_PAGE, descriptor, descriptor.title),
      'text/html',
    );
    expect(doc.documentElement.lang).toBe('en');
    expect(doc.title).toBe('Unit 1: "Two" levers');
  });

  it('stops the build when Docusaurus changes the page it writes, instead of writing a package that cannot start', () => {
    expect(() =>
      launchPage(HASH_ROUTER_PAGE.replace('<html >', '<html lang="fr">'), descriptor, 'x'),
    ).toThrow(/\[scorm\]/);
    expect(() => launchPage(HASH_ROUTER_PAGE.replace('<meta charset="UTF-8">', ''), descriptor, 'x')).toThrow(
      /\[scorm\]/,
    );
  });
});

describe('rebaseSearchIndex', () => {
  it('makes page addresses start at the root when the site was built under a sub-path', () => {
    const index = JSON.stringify([
      { documents: [{ i: 1, t: 'DPA', u: '/military-ai/docs/unit-1/dpa' }], index: {} },
    ]);
    const rebased = JSON.parse(rebaseSearchIndex(index, '/military-ai/'));
    expect(rebased[0].documents[0].u).toBe('/docs/unit-1/dpa');
    expect(rebaseSearchIndex(index, '/')).toBe(index);
  });
});

describe('packageFileName', () => {
  it('names each zip by its SCORM version and package', () => {
    expect(packageFileName('1.2', 'course')).toBe('scorm12-course.zip');
    expect(packageFileName('2004', 'unit-2-usage-policies')).toBe('scorm2004-unit-2-usage-policies.zip');
  });
});

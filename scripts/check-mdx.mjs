// Quick syntax check for MDX files while writing: compiles each file with the MDX compiler
// Docusaurus uses, so a stray `{` or an unclosed tag shows up before a full build.
// Usage: node scripts/check-mdx.mjs docs/**/*.mdx
import { readFileSync } from 'node:fs';
import { compile } from '@mdx-js/mdx';
import { escapeMarkdownHeadingIds } from '@docusaurus/utils';

let failed = 0;
for (const file of process.argv.slice(2)) {
  // Blank out the front matter (keeping line numbers) and escape `{#anchor}` headings as Docusaurus does.
  const raw = readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, (m) =>
    '\n'.repeat(m.split('\n').length - 1),
  );
  try {
    await compile(escapeMarkdownHeadingIds(raw));
    console.log(`ok   ${file}`);
  } catch (error) {
    failed += 1;
    console.log(`FAIL ${file}: ${error.message}`);
  }
}
process.exitCode = failed ? 1 : 0;

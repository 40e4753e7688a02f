// The second half of `npm run build`: builds the SCORM variant of the site (docusaurus.scorm.config.ts)
// after the normal build, and its plugin writes the SCORM packages into build/lms/. The variant has
// its own generated-files folder and output folder under .scorm/, so it never disturbs .docusaurus/
// (used by `npm start`) or build/ beyond the packages. It runs without Rspack's persistent cache: modules
// taken from the cache skip module resolution, where the SCORM plugin swaps in its own modules and checks
// that each swap happened (plugins/scorm/index.ts).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const MAIN_BUILD = process.env.SCORM_MAIN_BUILD_DIR ?? 'build';

if (!existsSync(`${MAIN_BUILD}/index.html`)) {
  console.error(`[scorm] There is no normal build in ${MAIN_BUILD}/: run \`docusaurus build\` first.`);
  process.exit(1);
}

const started = Date.now();
const result = spawnSync(
  'npx',
  ['docusaurus', 'build', '--config', 'docusaurus.scorm.config.ts', '--out-dir', '.scorm/site'],
  {
    stdio: 'inherit',
    env: {
      ...process.env,
      DOCUSAURUS_GENERATED_FILES_DIR_NAME: '.scorm/generated',
      DOCUSAURUS_NO_PERSISTENT_CACHE: '1',
      SCORM_MAIN_BUILD_DIR: MAIN_BUILD,
    },
  },
);
if (result.status !== 0) {
  console.error('[scorm] The SCORM build failed; the packages in build/lms/ were not written.');
  process.exit(result.status ?? 1);
}
console.log(
  `[scorm] SCORM packages written to ${MAIN_BUILD}/lms/ in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
);

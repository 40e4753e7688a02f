// `npm test`: every check in order, stopping at the first failure, then one line
// "N passed, N failed" totalling the unit and browser tests (a failed non-test step counts as one failure).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const UNIT_REPORT = 'test-results/unit.json';
const E2E_REPORT = 'test-results/e2e.json';

const steps = [
  { name: 'typecheck', args: ['run', 'typecheck'] },
  { name: 'lint', args: ['run', 'lint'] },
  {
    name: 'test:unit',
    args: ['run', 'test:unit', '--', '--reporter=default', `--reporter=json`, `--outputFile=${UNIT_REPORT}`],
    report: 'unit',
  },
  { name: 'build', args: ['run', 'build'] },
  { name: 'test:e2e', args: ['run', 'test:e2e'], report: 'e2e' },
];

let passed = 0;
let failed = 0;

function readCounts(kind) {
  const file = kind === 'unit' ? UNIT_REPORT : E2E_REPORT;
  if (!existsSync(file)) return null;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  if (kind === 'unit') return { passed: report.numPassedTests ?? 0, failed: report.numFailedTests ?? 0 };
  const stats = report.stats ?? {};
  return { passed: (stats.expected ?? 0) + (stats.flaky ?? 0), failed: stats.unexpected ?? 0 };
}

rmSync(UNIT_REPORT, { force: true });
rmSync(E2E_REPORT, { force: true });

for (const step of steps) {
  console.log(`\n=== ${step.name} ===`);
  const result = spawnSync('npm', step.args, { stdio: 'inherit' });
  const counts = step.report ? readCounts(step.report) : null;
  if (counts) {
    passed += counts.passed;
    failed += counts.failed;
  }
  if (result.status !== 0) {
    if (!counts || counts.failed === 0) failed += 1;
    console.log(`\n[test] ${step.name} failed; later steps were not run.`);
    break;
  }
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);

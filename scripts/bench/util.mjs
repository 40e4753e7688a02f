// Process and port helpers for the bench. Every child is started here and stopped by its own id.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import net from 'node:net';

export const TIME_BIN = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** Sum of RSS (kB) of `pid` and its descendants, from /proc; 0 when it is gone. */
function treeRssKb(pid) {
  try {
    const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,rss='], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .map((line) => line.trim().split(/\s+/).map(Number));
    const tree = new Set([pid]);
    for (let grew = true; grew;) {
      grew = false;
      for (const [p, pp] of rows) {
        if (tree.has(pp) && !tree.has(p)) {
          tree.add(p);
          grew = true;
        }
      }
    }
    return rows.filter(([p]) => tree.has(p)).reduce((sum, [, , rss]) => sum + rss, 0);
  } catch {
    return 0;
  }
}

/**
 * Runs a command to completion; rejects on a non-zero exit with the tail of its output.
 * With `measure`, reports wall time and peak memory: `/usr/bin/time -v` (largest single process
 * of the tree) when present, else the polled RSS of the whole process tree.
 */
export function run(cmd, args, { cwd, env, measure = false, quiet = true } = {}) {
  const useTime = measure && TIME_BIN;
  const [bin, argv] = useTime ? [TIME_BIN, ['-v', cmd, ...args]] : [cmd, args];
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const child = spawn(bin, argv, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => ((stdout += d), quiet || process.stdout.write(d)));
    child.stderr.on('data', (d) => ((stderr += d), quiet || process.stderr.write(d)));
    let peakKb = 0;
    const poll =
      measure && !useTime ? setInterval(() => (peakKb = Math.max(peakKb, treeRssKb(child.pid))), 250) : null;
    child.on('error', reject);
    child.on('close', (code) => {
      if (poll) clearInterval(poll);
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      const timed = useTime ? /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr) : null;
      if (timed) peakKb = Number(timed[1]);
      if (code !== 0) {
        const tail = (
          stderr.replace(/(Command exited with non-zero status \d+\n)?\tCommand being timed[\s\S]*$/, '') ||
          stdout
        )
          .split('\n')
          .slice(-30)
          .join('\n');
        return reject(new Error(`[bench] ${cmd} ${args.join(' ')} exited ${code} in ${cwd}:\n${tail}`));
      }
      resolve({
        stdout,
        stderr,
        wallMs,
        peakMb: peakKb / 1024,
        memoryBy: useTime ? 'time -v' : 'polled RSS',
      });
    });
  });
}

/** A TCP port nobody listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number' && !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

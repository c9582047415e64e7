/**
 * Runs the command line as users do: a separate Node process (through tsx, like `npm run calc`) whose
 * standard output is a pipe. Through a shell when asked: `holdMs` makes the reader of the pipe wait before
 * reading, as a slow consumer (`| python3 -m json.tool`) would, so a process that exits before its output has
 * drained loses it every time, not only sometimes; `pipeTo` gives the reader (`head -c 100`), `redirect` a
 * file (`/dev/full`). The shell hands the command line's own exit status back on a fourth descriptor.
 */
import { spawn } from 'node:child_process';
import { resolve as resolvePath } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface CliRunOptions {
  holdMs?: number;
  pipeTo?: string;
  redirect?: string;
  cwd?: string;
}

// Absolute, so that the command line also runs from another working directory.
const TSX = pathToFileURL(resolvePath('node_modules/tsx/dist/loader.mjs')).href;
const ENTRY = resolvePath('src/cli/calc.ts');

export function runCli(args: string[], opts: CliRunOptions = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const cli = [process.execPath, '--import', TSX, ENTRY, ...args];
    const reader = opts.holdMs ? `sleep ${(opts.holdMs / 1000).toFixed(3)}; cat` : opts.pipeTo;
    const shell = reader !== undefined || opts.redirect !== undefined;
    const script = `{ "$@"${opts.redirect ? ` >${opts.redirect}` : ''}; echo $? >&3; }${reader ? ` | { ${reader}; }` : ''}`;
    const child = shell
      ? spawn('sh', ['-c', script, 'sh', ...cli], {
          stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
          cwd: opts.cwd,
        })
      : spawn(cli[0] as string, cli.slice(1), { stdio: ['ignore', 'pipe', 'pipe'], cwd: opts.cwd });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const statusOut: Buffer[] = [];
    child.stdout?.on('data', (b: Buffer) => out.push(b));
    child.stderr?.on('data', (b: Buffer) => err.push(b));
    child.stdio[3]?.on('data', (b: Buffer) => statusOut.push(b));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (shellStatus) => {
      clearTimeout(timer);
      const reported = Buffer.concat(statusOut).toString().trim();
      const status = shell ? (reported === '' ? null : Number(reported)) : shellStatus;
      resolve({
        status,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
  });
}

/**
 * Runs the command line as users do: a separate Node process (through tsx, like `npm run calc`) whose standard
 * output is a pipe. With `holdMs` the pipe leads to a shell that waits before reading it, as a slow consumer
 * (`| python3 -m json.tool`) would, so a process that exits before its output has drained loses it here every
 * time, not only sometimes. The shell hands the command line's own exit status back on a fourth descriptor.
 */
import { spawn } from 'node:child_process';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], opts: { holdMs?: number } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const cli = [process.execPath, '--import', 'tsx', 'src/cli/calc.ts', ...args];
    const seconds = ((opts.holdMs ?? 0) / 1000).toFixed(3);
    const child = opts.holdMs
      ? spawn('sh', ['-c', `{ "$@"; echo $? >&3; } | { sleep ${seconds}; cat; }`, 'sh', ...cli], {
          stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
        })
      : spawn(cli[0] as string, cli.slice(1), { stdio: ['ignore', 'pipe', 'pipe'] });
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
      const status = opts.holdMs ? (reported === '' ? null : Number(reported)) : shellStatus;
      resolve({
        status,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
  });
}

/**
 * `npm run calc -- FILE.json [FILE.json …] [--lang fi|en] [--factors SET.json …] [--no-trace]`
 * Prints the results of every inventory in exchange files as JSON (kg CO2e), with traces; `--help` says more.
 * Problems go to standard error with exit status 2. Same code as the app.
 *
 * The process is never ended with process.exit(): it ends by itself once standard output has taken all of the
 * results, whether that is a terminal, a file or a pipe.
 */
import { cliMessage } from '../i18n/cliMessages';
import { writePieces } from './output';
import { EXIT_ERROR, run } from './run';

// A closed standard error (or output, reported through the write's own callback) must not become an uncaught
// 'error' event with a stack trace.
process.stdout.on('error', () => {});
process.stderr.on('error', () => {});

run(process.argv.slice(2), {
  out: (pieces) => writePieces(process.stdout, pieces),
  say: (line) => {
    process.stderr.write(`${line}\n`);
  },
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // run() catches everything; this is the last guard, in English because the options were not read.
    process.stderr.write(
      `${cliMessage('en', 'errorLabel', {})}: ${cliMessage('en', 'internal', { detail: String(e) })}\n`,
    );
    process.exitCode = EXIT_ERROR;
  },
);

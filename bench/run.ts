/**
 * `npm run bench`: every benchmark of the project, one table; non-zero exit when a judged figure (a ratio to a
 * baseline of the same run, or a size) is past its budget's noise margin. Absolute times are for information.
 */
import { appFigures } from './app';
import { backupFigures } from './backup';
import { bigYearFigures } from './bigYear';
import { bulkImportFigures } from './bulkImport';
import { calculationFigures } from './calculation';
import { coldStartFigures } from './coldStart';
import { guidedYearFigures } from './guidedYear';
import { networkFilesFigures } from './networkFiles';
import { pdfFigures } from './pdfReport';
import { printTable } from './report';
import { searchFigures } from './search';

const figures = [
  ...(await calculationFigures()),
  ...(await appFigures()),
  ...(await coldStartFigures()),
  ...(await pdfFigures()),
  ...(await backupFigures()),
  ...(await bulkImportFigures()),
  ...(await bigYearFigures()),
  ...(await guidedYearFigures()),
  ...(await searchFigures()),
  ...(await networkFilesFigures()),
];
const ok = printTable(figures);
process.exit(ok ? 0 : 1);

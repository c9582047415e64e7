/** The distinct values of a column (fuel types, site names), each with the activity or site the user chooses. */
import '../../../i18n/uiBulk';
import type { Lang } from '../../../i18n/issueMessages';
import { tr } from '../../../i18n/ui';

export interface ValueTableProps {
  lang: Lang;
  idPrefix: string;
  caption: string;
  /** What each value is mapped to: the third column's heading. */
  target: string;
  values: readonly { value: string; rows: number }[];
  chosen: Readonly<Record<string, string>>;
  options: readonly (readonly [string, string])[];
  onChange: (value: string, id: string) => void;
}

export function ValueTable(p: ValueTableProps) {
  return (
    <table class="bulk-values">
      <caption>{p.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{tr(p.lang, 'bulkValue')}</th>
          <th scope="col" class="num">
            {tr(p.lang, 'bulkValueRows')}
          </th>
          <th scope="col" id={`${p.idPrefix}-target`}>
            {p.target}
          </th>
        </tr>
      </thead>
      <tbody>
        {p.values.map((v, i) => (
          <tr key={v.value}>
            <th scope="row" id={`${p.idPrefix}-${i}-name`}>
              {v.value}
            </th>
            <td class="num">{v.rows}</td>
            <td>
              <select
                id={`${p.idPrefix}-${i}`}
                aria-labelledby={`${p.idPrefix}-target ${p.idPrefix}-${i}-name`}
                value={p.chosen[v.value] ?? ''}
                aria-invalid={(p.chosen[v.value] ?? '') === '' ? 'true' : 'false'}
                onChange={(e) => p.onChange(v.value, (e.currentTarget as HTMLSelectElement).value)}
              >
                <option value="">{tr(p.lang, 'bulkChoose')}</option>
                {p.options.map(([id, name]) => (
                  <option key={id} value={id}>
                    {name}
                  </option>
                ))}
              </select>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

"""Swedish names (`names.sv`) for the built-in factor sets (issue 15): every name a set carries — the set's names
and description, every fuel's, factor's and activity's names, and its sources' titles — gets the Swedish of its
Finnish text from names-sv.tsv beside this file.

The table is keyed by the Finnish text, so a Finnish name that changes in a later release has no Swedish until
someone translates it, and the build stops and says which (a name is never shown in Swedish for other words).
A spend name "X (euroina)" is the Swedish of X with " (i euro)", however many times the Finnish repeats the
qualifier, and a closing "(…)" of X becomes ", …" before it, as spend.py writes the Finnish; a spend name
"X, q" not in the table is looked up as "X (q)". Swedish is added last in a dict, after "fi" and "en", so the
files keep every other line as it was.
Run by tools/build-factor-set.py and tools/build-factor-set-2026.py; on its own it adds the Swedish to set files
in place without changing anything else: python3 tools/release_2026/names_sv.py src/factors/sets/fi-*.json
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TABLE = os.path.join(HERE, 'names-sv.tsv')
SPEND_FI = ' (euroina)'
SPEND_SV = ' (i euro)'


def read_table(path=TABLE):
  table = {}
  for n, line in enumerate(open(path, encoding='utf-8').read().split('\n'), 1):
    if not line or line.startswith('#'):
      continue
    fi, sep, sv = line.partition('\t')
    if not sep or not fi.strip() or not sv.strip() or '\t' in sv:
      raise SystemExit(f'{path}:{n}: expected "Finnish<TAB>Swedish": {line!r}')
    if fi in table:
      raise SystemExit(f'{path}:{n}: {fi!r} is translated twice')
    table[fi] = sv
  return table


def swedish(fi, table):
  """The Swedish of a Finnish name, or None when the table has none."""
  base, spend = fi, False
  while base.endswith(SPEND_FI):
    base, spend = base[: -len(SPEND_FI)], True
  sv = table.get(base)
  if sv is None:
    comma = re.fullmatch(r'(.+), ([^,()]+)', base)
    inner = table.get(f'{comma.group(1)} ({comma.group(2)})') if comma else None
    if inner is None:
      return None
    sv = re.sub(r' \(([^()]+)\)$', r', \1', inner)
  if spend:
    sv = re.sub(r' \(([^()]+)\)$', r', \1', sv) + SPEND_SV
  return sv


def with_sv(names, table, missing, where):
  sv = swedish(names['fi'], table)
  out = {k: v for k, v in names.items() if k != 'sv'}
  if sv is None:
    missing.append(f"{where}: {names['fi']}")
  else:
    out['sv'] = sv
  return out


def apply(factor_set, table=None):
  """The set with `sv` in every name; stops, listing them, if a Finnish name has no Swedish in the table."""
  table = read_table() if table is None else table
  missing = []
  fs = dict(factor_set)
  fs['names'] = with_sv(fs['names'], table, missing, 'set names')
  if 'description' in fs:
    fs['description'] = with_sv(fs['description'], table, missing, 'set description')
  sources = {}
  for key, src in fs['sources'].items():
    if 'titles' in src:
      src = {**src, 'titles': with_sv(src['titles'], table, missing, f'source {key}')}
    sources[key] = src
  fs['sources'] = sources
  for kind in ('fuels', 'factors', 'activities'):
    fs[kind] = [{**item, 'names': with_sv(item['names'], table, missing, f"{kind} {item['id']}")} for item in fs[kind]]
  if missing:
    raise SystemExit(f'{len(missing)} names have no Swedish in {TABLE}:\n  ' + '\n  '.join(missing))
  return fs


def without_sv(factor_set):
  """The set with every `sv` taken out: what a build starting from a published file changes names from."""
  def strip(names):
    return {k: v for k, v in names.items() if k != 'sv'}
  fs = dict(factor_set)
  fs['names'] = strip(fs['names'])
  if 'description' in fs:
    fs['description'] = strip(fs['description'])
  fs['sources'] = {k: ({**s, 'titles': strip(s['titles'])} if 'titles' in s else s) for k, s in fs['sources'].items()}
  for kind in ('fuels', 'factors', 'activities'):
    fs[kind] = [{**item, 'names': strip(item['names'])} for item in fs[kind]]
  return fs


if __name__ == '__main__':
  table = read_table()
  for path in sys.argv[1:]:
    data = apply(json.load(open(path, encoding='utf-8')), table)
    with open(path, 'w', encoding='utf-8') as out:
      json.dump(data, out, ensure_ascii=False, indent=1)
      out.write('\n')

"""Builds src/factors/sets/fi-2026.1.json: release 2025.1 as published, with the changes of issue 11.

A published set never changes; this release is built FROM the published 2025.1 file, so every value it keeps is
the very value people already calculated with, and every change is made by code in tools/release_2026/ that says
what it changes and from which source:
  - spend.py: all commodities of the US EPA Supply Chain GHG Emission Factors v1.3 (NAICS-6), Finnish names;
  - fuels.py: road diesel and petrol as sold in Finland (bio share of the distribution obligation), fossil CH4,
    source titles in Finnish and English, names fixed;
  - names_sv.py: Swedish names (names-sv.tsv), put in last, from each name's final Finnish text.
Run: python3 tools/build-factor-set-2026.py > src/factors/sets/fi-2026.1.json
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from release_2026 import fuels, names_sv, spend  # noqa: E402

# The published names without their Swedish: names change below, and each gets its Swedish at the end.
base = names_sv.without_sv(json.load(open(os.path.join(HERE, '..', 'src', 'factors', 'sets', 'fi-2025.1.json'))))
out = dict(base)
out['release'] = '2026.1'
out['published'] = '2026-12-06'
out['names'] = {'fi': 'Suomen oletuspäästökertoimet 2026.1', 'en': 'Finnish default emission factors 2026.1'}
out = spend.apply(out)
out = fuels.apply(out)
out = names_sv.apply(out)
json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
print()

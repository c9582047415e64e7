"""Finnish road fuels, fossil CH4 and source titles for release 2026.1 (issue 11, item 4). Placeholder until it lands."""


def apply(factor_set):
  return factor_set

"""Spend-based commodities for release 2026.1 (issue 11, item 3). Placeholder until the full list lands."""


def apply(factor_set):
  return factor_set

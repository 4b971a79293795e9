#!/usr/bin/env python3
"""Validates a SEPA direct-debit file against the official pain.008.001.02 XSD, as the
PyPI package sepaxml ships it, with lxml. Exit 0 valid, 1 invalid (the errors printed),
2 a tool or the schema is missing (the test that calls this fails then, never skips)."""

import os
import sys

try:
    import sepaxml
    from lxml import etree
except ImportError as e:  # pragma: no cover
    print(f"missing: {e} (pip install sepaxml lxml)")
    sys.exit(2)

SCHEMA = os.path.join(os.path.dirname(sepaxml.__file__), "schemas", "pain.008.001.02.xsd")


def main(path):
    if not os.path.isfile(SCHEMA):
        print(f"missing: {SCHEMA}")
        return 2
    schema = etree.XMLSchema(etree.parse(SCHEMA))
    doc = etree.parse(path)
    if schema.validate(doc):
        print(f"{path}: valid pain.008.001.02")
        return 0
    for error in schema.error_log:
        print(f"{path}:{error.line}: {error.message}")
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

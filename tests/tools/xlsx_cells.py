"""Reads an xlsx workbook back with openpyxl, an independent reader, and prints its
cells as JSON for the tests: {"sheets": {name: [[cell, ...], ...]}, "chartsheets":
[{"name": ..., "charts": n, "axis_formats": [category axis number format or null, ...]}]}. A cell is null when empty, else [kind, value, number_format]
where kind is "n" (a number), "s" (text) or "d" (a date, its value in ISO form).

Usage: python3 xlsx_cells.py FILE.xlsx
"""

import datetime
import json
import sys

import openpyxl


def cell(c):
    if c.value is None:
        return None
    if c.is_date:
        value = c.value
        if isinstance(value, datetime.datetime):
            value = value.date()
        return ["d", value.isoformat(), c.number_format]
    if isinstance(c.value, (int, float)) and not isinstance(c.value, bool):
        return ["n", c.value, c.number_format]
    return ["s", str(c.value), c.number_format]


def main(path):
    wb = openpyxl.load_workbook(path)
    sheets = {}
    for ws in wb.worksheets:
        sheets[ws.title] = [[cell(c) for c in row] for row in ws.iter_rows()]
    charts = [
        {
            "name": cs.title,
            "charts": len(cs._charts),
            "axis_formats": [c.x_axis.numFmt.formatCode if c.x_axis.numFmt else None for c in cs._charts],
        }
        for cs in wb.chartsheets
    ]
    json.dump({"sheets": sheets, "chartsheets": charts}, sys.stdout, indent=1)


if __name__ == "__main__":
    main(sys.argv[1])

"""Write the spreadsheet vectors made by other programs (see scripts/make-sheet-vectors)."""

import datetime
import io
import sys
from pathlib import Path

from msoffcrypto.format.ooxml import OOXMLFile
import openpyxl


def filled(directory: Path) -> None:
    """The template as a user fills it: typed dates, numbers and booleans, in another writer."""
    book = openpyxl.load_workbook(directory / "template.xlsx")

    def put(sheet: str, rows: list[dict[str, object]]) -> None:
        ws = book[sheet]
        columns = {ws.cell(row=2, column=c).value: c for c in range(1, ws.max_column + 1)}
        for r, row in enumerate(rows, start=3):
            for path, value in row.items():
                ws.cell(row=r, column=columns[path], value=value)

    put("pledges", [
        {
            "formatVersion": "1.0", "id": "P2C-OPX-1", "title": "Community networks",
            "pledgers/lead/name": "Connect Foundation", "pledgers/lead/stakeholderType": "civil_society",
            "pledgers/lead/headquarters": "SEN", "financialValue/amount": 258.8,
            "financialValue/currency": "USD", "financialValue/valueDate": datetime.date(2023, 12, 6),
            "financialValue/isFloor": True, "period/start": 2024, "period/end": "2026-06",
            "beneficiaries/peopleReached": 120000, "reviewState": "submitted",
            "submittedAt": "2023-12-06T09:30:00Z",
        },
        {
            "formatVersion": "1.0", "id": "P2C-OPX-2", "title": "=not a formula",
            "pledgers/lead/name": "Ministry of Digital Economy", "pledgers/lead/stakeholderType": "government",
            "pledgers/lead/headquarters": "KHM", "implementation/global": False,
            "reviewState": "draft",
        },
    ])
    ws = book["pledges"]
    # openpyxl would store "=not a formula" as a formula: mark it as text, as Excel's
    # quote prefix does.
    ws["C4"].data_type = "s"
    ws["C4"].quotePrefix = True
    put("pledgeTypes", [{"id": "P2C-OPX-1", "pledgeTypes[]": "financial"},
                        {"id": "P2C-OPX-2", "pledgeTypes[]": "policy"}])
    put("focusAreas", [{"id": "P2C-OPX-1", "focusAreas[]": "access"},
                       {"id": "P2C-OPX-2", "focusAreas[]": "value_creation"}])
    put("countries", [{"id": "P2C-OPX-1", "implementation/countries[]": "SEN"},
                      {"id": "P2C-OPX-1", "implementation/countries[]": "GMB"},
                      {"id": "P2C-OPX-2", "implementation/countries[]": "KHM"}])
    book.save(directory / "openpyxl-filled.xlsx")


def encrypted(directory: Path) -> None:
    """An export protected with the password `p2c`."""
    plain = OOXMLFile(io.BytesIO((directory / "roundtrip.xlsx").read_bytes()))
    out = io.BytesIO()
    plain.encrypt("p2c", out)
    (directory / "encrypted.xlsx").write_bytes(out.getvalue())


if __name__ == "__main__":
    target = Path(sys.argv[1])
    filled(target)
    encrypted(target)
    print(f"wrote {target / 'openpyxl-filled.xlsx'} and {target / 'encrypted.xlsx'}")

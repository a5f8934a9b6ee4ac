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
            # Format 1.1: a year typed as a number (announcedOn), a per-year amount with its
            # years, a stated equivalent, a floor on people reached.
            "formatVersion": "1.1", "id": "P2C-OPX-1", "title": "Community networks",
            "announcedOn": 2023,
            "pledgers/lead/name": "Connect Foundation", "pledgers/lead/stakeholderType": "civil_society",
            "pledgers/lead/headquarters": "SEN", "financialValue/amount": 258.8,
            "financialValue/currency": "USD", "financialValue/valueDate": datetime.date(2023, 12, 6),
            "financialValue/isFloor": True, "financialValue/basis": "per_year",
            "financialValue/years": 3, "financialValue/statedEquivalent/amount": "237.5",
            "financialValue/statedEquivalent/currency": "EUR",
            "period/start": 2024, "period/end": "2026-06",
            "beneficiaries/peopleReached": 120000, "beneficiaries/peopleReachedIsFloor": True,
            "reviewState": "submitted", "submittedAt": "2023-12-06T09:30:00Z",
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
    put("events", [{"id": "P2C-OPX-1", "events[]": "MWC-2024"}])
    put("roles", [{"id": "P2C-OPX-1", "pledgers/lead/roles[]": "implementer"}])
    put("sdgs", [{"id": "P2C-OPX-1", "sdgs[]/goal": 9, "sdgs[]/targets": "9.1;9.c"}])
    put("components", [{"id": "P2C-OPX-1", "financialValue/components[]/name": "Training",
                        "financialValue/components[]/amount": 50, "financialValue/components[]/inKind": True}])
    put("counts", [{"id": "P2C-OPX-1", "beneficiaries/counts[]/count": 40,
                    "beneficiaries/counts[]/unit": "communities", "beneficiaries/counts[]/isFloor": False}])
    put("countryGroups", [{"id": "P2C-OPX-1", "implementation/countryGroups[]": "ldc"}])
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

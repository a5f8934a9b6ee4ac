"""p2c: Partner2Connect pledge data — the data model, taxonomy, JSON Schema and validation.

>>> import p2c
>>> pledge = p2c.parse_pledge({"formatVersion": "1.0", "id": "P2C-1", "title": "Schools online",
...     "pledgers": {"lead": {"name": "Example", "stakeholderType": "private_sector",
...                           "headquarters": "international"}},
...     "pledgeTypes": ["programmatic"], "focusAreas": ["access"], "reviewState": "draft"})
>>> pledge.focus_areas
['access']
>>> report = p2c.validate({"id": "P2C-1"})
>>> report.valid
False

:func:`validate` returns a :class:`Report` and never raises for a bad document;
:func:`validate_or_raise` raises :class:`ValidationError` (with ``.issues``) instead.

:func:`tables` flattens pledges into tables that pyarrow, polars and pandas read through the
Arrow PyCapsule interface (``pl.DataFrame(p2c.tables(pledges).pledges)``).
"""

from ._errors import (
    OptionError,
    P2cError,
    P2cWarning,
    ParseError,
    RateNotFoundError,
    UnknownLanguageWarning,
    ValidationError,
)
from ._migrate import Migration, migrate
from ._money import Conversion, convert
from ._p2c import (
    Beneficiaries,
    BeneficiaryCount,
    Component,
    Contact,
    Entity,
    ExplicitRate,
    FinancialValue,
    Implementation,
    Link,
    MoneyAmount,
    PartialDate,
    Period,
    Pledge,
    Pledgers,
    ProgressReport,
    RateTable,
    Relation,
    SdgRef,
    Share,
    __version__,
    can_transition,
    codelists,
    issue_codes,
    json_schema,
    load,
    parse_pledge,
    parse_pledges,
)
from ._partitions import (
    SummaryOptions,
    merge_partials,
    partial_summary,
    related_ids,
    summarize_bytes,
    summarize_file,
)
from ._report import Assessment, Criterion, Issue, Report
from ._sheets import (
    Cell,
    SheetImport,
    SheetIssue,
    read_csv,
    read_excel,
    template_xlsx,
    write_excel,
)
from ._summary import (
    Breakdown,
    BreakdownRow,
    CountryProfile,
    Summary,
    annual_report,
    compare,
    country_profile,
    summarize,
)
from ._tables import TABLE_NAMES, Table, Tables, load_tables, tables
from ._validate import assess, validate, validate_batch, validate_or_raise, validate_update

__all__ = [
    "Assessment",
    "Beneficiaries",
    "BeneficiaryCount",
    "Breakdown",
    "BreakdownRow",
    "Cell",
    "Component",
    "Contact",
    "Conversion",
    "CountryProfile",
    "Criterion",
    "Entity",
    "ExplicitRate",
    "FinancialValue",
    "Implementation",
    "Issue",
    "Link",
    "Migration",
    "MoneyAmount",
    "OptionError",
    "P2cError",
    "P2cWarning",
    "ParseError",
    "PartialDate",
    "Period",
    "Pledge",
    "Pledgers",
    "ProgressReport",
    "RateNotFoundError",
    "RateTable",
    "Relation",
    "Report",
    "SdgRef",
    "SheetImport",
    "SheetIssue",
    "Share",
    "Summary",
    "SummaryOptions",
    "TABLE_NAMES",
    "UnknownLanguageWarning",
    "Table",
    "Tables",
    "ValidationError",
    "__version__",
    "annual_report",
    "assess",
    "can_transition",
    "codelists",
    "compare",
    "convert",
    "country_profile",
    "issue_codes",
    "json_schema",
    "load",
    "load_tables",
    "merge_partials",
    "migrate",
    "parse_pledge",
    "parse_pledges",
    "partial_summary",
    "read_csv",
    "related_ids",
    "read_excel",
    "summarize",
    "summarize_bytes",
    "summarize_file",
    "tables",
    "template_xlsx",
    "validate",
    "validate_batch",
    "validate_or_raise",
    "validate_update",
    "write_excel",
]

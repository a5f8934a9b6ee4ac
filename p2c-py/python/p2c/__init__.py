"""p2c: Partner2Connect pledge data — the data model, taxonomy and JSON Schema.

>>> import p2c
>>> pledge = p2c.parse_pledge({"formatVersion": "1.0", "id": "P2C-1", "title": "Schools online",
...     "pledgers": {"lead": {"name": "Example", "stakeholderType": "private_sector",
...                           "headquarters": "international"}},
...     "pledgeTypes": ["programmatic"], "focusAreas": ["access"], "reviewState": "draft"})
>>> pledge.focus_areas
['access']
"""

from ._errors import P2cError, ParseError
from ._p2c import Pledge, __version__, json_schema, parse_pledge

__all__ = [
    "P2cError",
    "ParseError",
    "Pledge",
    "__version__",
    "json_schema",
    "parse_pledge",
]

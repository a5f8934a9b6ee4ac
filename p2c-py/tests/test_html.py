"""HTML reports through p2c-core's renderer (issue 19) and the ``lang`` option (issue 21).

Assertions are on structure, codes and figures read back from the HTML, not on wording.
"""

from __future__ import annotations

import datetime
import json
import pathlib
import pickle
import re
import warnings
from decimal import Decimal
from html.parser import HTMLParser
from typing import Any

import pytest

import p2c

ROOT = pathlib.Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "examples" / "data" / "pledges.json"
AS_OF = datetime.date(2026, 10, 30)
LANGS = ["ar", "zh", "en", "fr", "ru", "es"]
HOSTILE = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(1)",
    "</style><script>alert(2)</script>",
]


class _Scan(HTMLParser):
    """Elements, attributes and the text of counters and bars, read back from a page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.counters: dict[str, str] = {}
        self._figure: str | None = None
        self._in_value = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append((tag, a))
        if tag == "li" and a.get("data-figure"):
            self._figure = a["data-figure"]
        if tag == "span" and a.get("class") == "v" and self._figure:
            self._in_value = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "span":
            self._in_value = False
        if tag == "li":
            self._figure = None

    def handle_data(self, data: str) -> None:
        if self._in_value and self._figure:
            self.counters[self._figure] = self.counters.get(self._figure, "") + data


def _scan(page: str) -> _Scan:
    s = _Scan()
    s.feed(page)
    s.close()
    return s


def _inert(html: str) -> None:
    """No hostile string became markup: tags are escaped, no link or handler came from data
    (a `javascript:` string is shown as text, never as a link)."""
    for bad in HOSTILE:
        if "<" in bad:
            assert bad not in html
    scan = _scan(html)
    assert not any(tag in ("img", "a") and "javascript" in str(a) for tag, a in scan.tags)
    assert not any(k.startswith("on") for _, a in scan.tags for k in a)
    assert sum(tag == "script" for tag, _ in scan.tags) <= 1


def _sample() -> list[p2c.Pledge]:
    return p2c.load(SAMPLE)


def _hostile_docs() -> list[dict[str, Any]]:
    docs = json.loads(SAMPLE.read_text(encoding="utf-8"))[:3]
    for doc, bad in zip(docs, HOSTILE):
        doc["title"] = bad
        doc["pledgers"]["lead"]["name"] = bad
    return docs


# ---------------------------------------------------------------------------------------------
# Summary


def test_summary_page_and_fragment_come_from_the_core() -> None:
    summary = p2c.summarize(_sample(), as_of=AS_OF)
    page = summary.to_html()
    assert page.startswith("<!DOCTYPE html>")
    assert 'http-equiv="Content-Security-Policy"' in page
    assert '<meta name="generator" content="p2c ' in page
    frag = summary.to_html(fragment=True)
    assert frag.startswith('<div class="p2c-embed" lang="en"')
    for absent in ("<!DOCTYPE", "<script", "<meta", "<html"):
        assert absent not in frag
    # the notebook shows the fragment: the same renderer, nothing written in Python
    assert summary._repr_html_() == frag
    # the fragment's body is the page's body, byte for byte but for the ids' prefix
    body = page[page.index("<body>\n") + 7 : page.rindex("<script>")]
    assert body in re.sub(r"p2c-[0-9a-f]{8}-", "", frag)
    # ids are the fragment's own: two reports in one notebook do not share them
    other = p2c.summarize(_sample(), as_of=AS_OF, currency="EUR").to_html(fragment=True)
    ids = set(re.findall(r' id="([^"]+)"', frag))
    assert ids and not ids & set(re.findall(r' id="([^"]+)"', other))


def test_summary_headline_figures_in_the_html_are_the_summary_s() -> None:
    summary = p2c.summarize(_sample(), as_of=AS_OF)
    for html in (summary.to_html(), summary.to_html(fragment=True)):
        scan = _scan(html)
        assert int(scan.counters["pledges"].replace(",", "")) == summary.pledge_count
        bars = {
            a["data-key"]: Decimal(str(a["data-value"]))
            for tag, a in scan.tags
            if a.get("data-key") and a.get("data-value") and "." in str(a.get("data-value"))
        }
        focus = summary.breakdown("focus_area")
        # every focus area's value bar carries the exact value of its row
        assert any(bars.get(r.key) == r.value for r in focus.rows if r.value)


def test_summary_html_escapes_hostile_strings() -> None:
    summary = p2c.summarize(_hostile_docs(), as_of=AS_OF, invalid="include")
    for html in (summary.to_html(), summary.to_html(fragment=True)):
        _inert(html)
        scan = _scan(html)
        assert not any(tag == "img" for tag, _ in scan.tags)
        assert not any(k.startswith("on") for _, a in scan.tags for k in a)
    assert "<script" not in summary.to_html(fragment=True)


def test_summary_source_and_options() -> None:
    summary = p2c.summarize(_sample(), as_of=AS_OF)
    assert "pledges-&lt;x&gt;.json" in summary.to_html(source="pledges-<x>.json")
    with pytest.raises(TypeError):
        summary.to_html(lang=5)  # type: ignore[arg-type]


def test_a_pickled_summary_says_it_cannot_draw_html() -> None:
    summary = p2c.summarize(_sample(), as_of=AS_OF, lang="fr")
    copy_ = pickle.loads(pickle.dumps(summary))
    assert copy_.lang == "fr" and str(copy_) == str(summary)
    assert copy_._repr_html_() is None  # the notebook falls back to the text form
    with pytest.raises(p2c.P2cError) as e:
        copy_.to_html()
    assert e.value.code == "invalid_argument"


def test_country_profile_html() -> None:
    kenya = p2c.country_profile(_sample(), "KEN", as_of=AS_OF)
    page = kenya.to_html()
    assert page.startswith("<!DOCTYPE html>")
    frag = kenya._repr_html_()
    assert frag is not None and frag.startswith('<div class="p2c-embed"')
    assert "<script" not in frag
    assert int(_scan(page).counters["pledges"].replace(",", "")) == kenya.pledges
    copy_ = pickle.loads(pickle.dumps(kenya))
    assert copy_.to_dict() == kenya.to_dict() and str(copy_) == str(kenya)
    assert copy_._repr_html_() is None


# ---------------------------------------------------------------------------------------------
# Report


def _broken() -> dict[str, Any]:
    doc = json.loads(SAMPLE.read_text(encoding="utf-8"))[0]
    doc["title"] = HOSTILE[0]
    doc["pillars"] = ["skills"]
    doc["implementation"]["countries"] = ["XXX"]
    return doc


def test_report_page_fragment_and_verdict() -> None:
    doc = _broken()
    report = p2c.validate(doc, as_of=AS_OF)
    assert not report.valid and report.as_of == AS_OF and not report.batch
    page = report.to_html(doc)
    assert page.startswith("<!DOCTYPE html>")
    assert 'data-valid="false"' in page
    assert "2026-10-30" in page  # the validation's as-of date
    for bad in HOSTILE[:1]:
        assert bad not in page
    # every issue's code is on the page
    for issue in report.issues:
        assert issue.code in page
    frag = report._repr_html_()
    assert frag.startswith('<div class="p2c-embed"') and "<script" not in frag
    assert p2c.validate(_sample()[0].to_dict(), as_of=AS_OF).to_html().count('data-valid="true"') == 1


def test_batch_report_groups_by_pledge() -> None:
    docs = _hostile_docs()
    docs[1]["pillars"] = ["skills"]
    report = p2c.validate_batch(docs, as_of=AS_OF)
    assert report.batch
    page = report.to_html(docs)
    _inert(page)
    # Pledge objects name the pledges as their documents do
    pledges = [p2c.parse_pledge(d) for d in docs]
    assert report.to_html(pledges) == page
    assert report.to_html(json.dumps(docs)) == page


def test_report_built_by_hand_renders_and_unknown_codes_are_refused() -> None:
    report = p2c.validate({"id": "P2C-1"}, as_of=AS_OF)
    by_hand = p2c.Report(report.valid, list(report.issues))
    assert by_hand.as_of is None and report.as_of == AS_OF
    assert by_hand.to_html(as_of=AS_OF) == report.to_html()
    assert "2026-10-30" not in by_hand.to_html()
    bad = p2c.Report(False, [p2c.Issue("no.such_code", "error", "", "x")])
    with pytest.raises(p2c.P2cError) as e:
        bad.to_html()
    assert e.value.code == "unknown_code"


# ---------------------------------------------------------------------------------------------
# Languages


def test_report_messages_in_every_language_keep_codes_paths_params() -> None:
    doc = _broken()
    english = p2c.validate(doc, as_of=AS_OF)
    french = p2c.validate(doc, as_of=AS_OF, lang="fr")
    assert french.lang == "fr"
    assert [(i.code, i.path, i.params) for i in french.issues] == [
        (i.code, i.path, i.params) for i in english.issues
    ]
    assert [i.message for i in french.issues] != [i.message for i in english.issues]
    # comparisons are about findings, not the language they are told in
    assert french.valid == english.valid
    # a page in another language renders the messages from codes and params
    assert english.to_html(doc, lang="fr") == french.to_html(doc)


def test_unknown_language_is_english_with_one_warning_never_an_error() -> None:
    doc = _broken()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        report = p2c.validate(doc, as_of=AS_OF, lang="tlh")
    assert [w.category for w in caught] == [p2c.UnknownLanguageWarning]
    assert issubclass(p2c.UnknownLanguageWarning, p2c.P2cWarning)
    assert caught[0].filename == __file__  # attributed to the caller's line
    assert report == p2c.validate(doc, as_of=AS_OF) and report.lang == "en"
    for call in (
        lambda: p2c.validate_batch([doc], as_of=AS_OF, lang="xx"),
        lambda: p2c.summarize(_sample(), as_of=AS_OF, lang="xx"),
        lambda: p2c.codelists(lang="xx"),
        lambda: p2c.issue_codes(lang="xx"),
        lambda: report.to_html(lang="xx"),
        lambda: p2c.validate_or_raise(_sample()[0].to_dict(), as_of=AS_OF, lang="xx"),
    ):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            call()
        assert [w.category for w in caught] == [p2c.UnknownLanguageWarning]
        assert caught[0].filename == __file__
    # region subtags and POSIX locales name a language
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert p2c.validate(doc, as_of=AS_OF, lang="fr-CA").lang == "fr"
        assert p2c.validate(doc, as_of=AS_OF, lang="es_AR.UTF-8").lang == "es"


def test_codelists_and_issue_codes_in_every_language() -> None:
    english = p2c.codelists()
    assert p2c.codelists(lang="en") == english
    codes = [(c["name"], [e["code"] for e in c["entries"]]) for c in english]
    catalogue = p2c.issue_codes()
    for lang in LANGS:
        lists = p2c.codelists(lang=lang)
        assert [(c["name"], [e["code"] for e in c["entries"]]) for c in lists] == codes
        issues = p2c.issue_codes(lang=lang)
        assert [(i["code"], i["severity"]) for i in issues] == [
            (i["code"], i["severity"]) for i in catalogue
        ]
    french = {c["name"]: c for c in p2c.codelists(lang="fr")}
    labels = {e["code"]: e["label"] for e in french["focusArea"]["entries"]}
    english_labels = {
        e["code"]: e["label"] for c in english if c["name"] == "focusArea" for e in c["entries"]
    }
    assert labels != english_labels


def test_summary_text_in_a_language() -> None:
    pledges = _sample()
    english = p2c.summarize(pledges, as_of=AS_OF)
    french = p2c.summarize(pledges, as_of=AS_OF, lang="fr")
    assert french.lang == "fr"
    assert french.to_dict() == english.to_dict()  # the data keeps codes and English labels
    assert str(french) != str(english)
    kenya = p2c.country_profile(pledges, "KEN", as_of=AS_OF, lang="es")
    assert kenya.lang == "es" and str(kenya) != str(p2c.country_profile(pledges, "KEN", as_of=AS_OF))


def test_html_lang_attribute_follows_the_option() -> None:
    summary = p2c.summarize(_sample(), as_of=AS_OF)
    for lang in LANGS:
        page = summary.to_html(lang=lang)
        root = next(a for tag, a in _scan(page).tags if tag == "html")
        frag_root = _scan(summary.to_html(lang=lang, fragment=True)).tags[0][1]
        # the fragment carries the page's own language and direction
        assert frag_root.get("lang") == root.get("lang")
        assert frag_root.get("dir") == root.get("dir")


def test_html_in_arabic_is_right_to_left() -> None:
    summary = p2c.summarize(_sample(), as_of=AS_OF)
    root = _scan(summary.to_html(lang="ar", fragment=True)).tags[0][1]
    assert (root.get("lang"), root.get("dir")) == ("ar", "rtl")


def test_pledge_card_is_the_cores_escaped_and_bounded() -> None:
    doc = _sample()[0].to_dict()
    doc["title"] = "<script>alert(1)</script>\u202e" + "x" * 2000
    doc["contact"] = {"name": "Private Person", "email": "private@example.org"}
    card = p2c.parse_pledge(doc)._repr_html_()
    assert card.startswith('<table class="p2c-pledge">')
    assert "<script" not in card
    assert "&lt;script&gt;alert(1)&lt;/script&gt;[U+202E]" in card
    assert "x" * 1001 not in card  # cut at the reports' bound
    assert "private@example.org" not in card and "Private Person" not in card

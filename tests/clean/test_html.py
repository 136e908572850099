"""HTML pages: boxes removed, metadata read, hostile markup survived."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyadwatch.clean import clean_document
from dyadwatch.clean.html import extract_html, nesting_depth
from dyadwatch.errors import InputError
from dyadwatch.model import RawInput

DATA = Path(__file__).resolve().parents[1] / "data"


def test_page_with_nav_share_subscribe_and_poll_boxes() -> None:
    path = DATA / "page_with_boxes.html"
    doc = clean_document(RawInput(location=str(path), data=path.read_bytes()))
    assert doc.title == "Minsk and Moscow sign a customs memorandum"
    assert doc.author == "Hanna Kavaleva"
    assert doc.pub_date == "2019-03-14" and doc.pub_date_granularity == "day"
    assert doc.lang == "en"
    paragraphs = [doc.text[p.start:p.end] for p in doc.paragraphs]
    assert len(paragraphs) == 4
    assert paragraphs[0].startswith("The customs services of Belarus and Russia signed a memorandum")
    assert paragraphs[-1].startswith("Analysts expect the working group")
    for junk in ("Home", "About us", "Читать на русском", "Share this article", "Subscribe",
                 "Every Friday we send", "Poll conducted", "Will the memorandum end", "12 (40%)",
                 "Yes, for a long time", "Rate this article", "Read more", "View all", "All rights reserved"):
        assert junk not in doc.text, junk
    # the pull-quote repeats a sentence of the second paragraph: kept once
    assert doc.text.count("exchange electronic declarations before trucks reach the border") == 1


def test_deeply_nested_markup_falls_back_without_crashing() -> None:
    html = ("<html><body>" + "<div>" * 10_000
            + "<p>Belarus and Russia agreed on a new schedule of oil deliveries for the coming quarter.</p>"
            + "</div>" * 10_000 + "</body></html>")
    assert nesting_depth(html) > 400
    page = extract_html(html)
    assert page.fallback
    doc = clean_document(RawInput(location="deep.html", data=html.encode()))
    assert doc.text == "Belarus and Russia agreed on a new schedule of oil deliveries for the coming quarter."


def test_page_without_text_is_an_input_error() -> None:
    with pytest.raises(InputError, match="no article text"):
        clean_document(RawInput(location="nav.html", data=b"<html><body><nav>Home | About</nav></body></html>"))


def test_russian_page_in_cp1251_declared_in_meta() -> None:
    body = ("<html><head><meta charset='windows-1251'><title>Переговоры в Сочи</title></head><body><article>"
            "<p>Президенты Беларуси и России встретились в Сочи и обсудили поставки нефти и газа на следующий год.</p>"
            "<p>Стороны договорились продолжить консультации на уровне правительств в течение месяца.</p>"
            "</article></body></html>")
    doc = clean_document(RawInput(location="ru.html", data=body.encode("cp1251")))
    assert doc.lang == "ru"
    assert "Президенты Беларуси и России встретились в Сочи" in doc.text

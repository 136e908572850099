"""Decoding real bytes: BOMs, legacy Cyrillic codecs, binary refusal."""

from __future__ import annotations

import codecs

import pytest

from dyadwatch.errors import InputError
from dyadwatch.ingest.decode import decode_bytes, is_binary

RU = ("Президент Беларуси провёл переговоры с председателем правительства России "
      "о поставках газа и ценах на нефть в следующем году.")


@pytest.mark.parametrize("encoding", ["cp1251", "koi8_r"])
def test_legacy_cyrillic_codecs_are_told_apart(encoding: str) -> None:
    assert decode_bytes(RU.encode(encoding), "x.txt") == RU


@pytest.mark.parametrize("bom,encoding", [
    (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"), (codecs.BOM_UTF8, "utf-8"),
])
def test_bom(bom: bytes, encoding: str) -> None:
    assert decode_bytes(bom + RU.encode(encoding), "x.txt") == RU


def test_utf16_without_bom() -> None:
    text = "Minsk and Moscow agreed on a new gas price."
    assert decode_bytes(text.encode("utf-16-le"), "x.txt") == text


def test_binary_is_refused() -> None:
    data = bytes(range(256)) * 20
    assert is_binary(data)
    with pytest.raises(InputError, match="binary file"):
        decode_bytes(data, "image.html")


def test_latin1_text_is_not_read_as_cyrillic() -> None:
    text = "Le président a visité Moscou pour discuter du café et des échanges."
    assert decode_bytes(text.encode("cp1252"), "x.txt") == text


def test_cyrillic_utf16_without_bom() -> None:
    text = "Минск и Москва договорились о новой цене на газ, сообщили в правительстве."
    assert decode_bytes(text.encode("utf-16-le"), "x.txt") == text
    assert decode_bytes(text.encode("utf-16-be"), "x.txt") == text

"""Figures and judgments from sentences written for the project."""

from __future__ import annotations

from dyadwatch.figures import extract_text
from dyadwatch.model import CleanDocument, Event, Sentence, event_stable_id


def figs(text: str, lang: str = "en") -> list[dict]:
    return extract_text(text, "2021-02-25", lang)["figures"]


def test_money_with_inherited_part() -> None:
    out = figs("Moscow agreed to lend Minsk US$2.5 billion, of which 1 billion was paid out in March.")
    assert [(f["value"], f["unit"], f["measure"]) for f in out] == [(2.5e9, "USD", "loan"), (1e9, "USD", "loan")]
    assert all((f["source"], f["target"]) == ("RUS", "BLR") for f in out)


def test_ranges_qualifiers_and_percent() -> None:
    (f,) = figs("The EU accounts for around 20–25 per cent of Ukraine's foreign trade.")
    assert (f["value"], f["value_max"], f["unit"], f["qualifier"], f["measure"]) == (20, 25, "%", "about", "trade_share")
    assert (f["source"], f["target"]) == ("EU", "UKR")
    (g,) = figs("Belarus hopes to borrow up to $2 billion from China.")
    assert (g["qualifier"], g["source"], g["target"]) == ("up to", "CHN", "BLR")


def test_russian_amounts() -> None:
    (f,) = figs("Россия выделит Белоруссии 3 млрд долларов кредита.", "ru")
    assert (f["value"], f["unit"], f["measure"], f["source"], f["target"]) == (3e9, "USD", "loan", "RUS", "BLR")
    (p,) = figs("Доля Китая в экспорте Белоруссии составила 5,5%.", "ru")
    assert (p["value"], p["unit"]) == (5.5, "%")


def test_counts_and_non_figures() -> None:
    (f,) = figs("Some 3,000 Russian soldiers arrived in Belarus for the drills.")
    assert (f["value"], f["unit"], f["measure"], f["source"]) == (3000, "troops", "troops", "RUS")
    assert figs("In 2015 the two presidents met 4 times in Minsk.") == []
    assert figs("Gas cost $120 per 1,000 cubic metres.")[0]["value"] == 120


def test_judgments_direction_hedge_horizon() -> None:
    (j,) = extract_text("Relations between Belarus and Poland are likely to deteriorate in the coming weeks.",
                        "2021-06-01")["judgments"]
    assert (j["direction"], j["hedge"], j["horizon"], {j["source"], j["target"]}) == (
        "worse", "likely", "in the coming weeks", {"BLR", "POL"})
    (r,) = extract_text("Вероятно, в ближайшие месяцы наступит потепление в отношениях России и Белоруссии.",
                        "2021-06-01", "ru")["judgments"]
    assert (r["direction"], r["hedge"], r["horizon"]) == ("better", "вероятно", "в ближайшие месяцы")
    assert extract_text("Belarus and Russia signed a treaty in Minsk.", "2021-06-01")["judgments"] == []


def test_figure_links_to_its_event_with_the_shared_id() -> None:
    from dyadwatch.figures import extract_extras

    text = "Russia granted Belarus a $1 billion loan."
    doc = CleanDocument(location="mem://x", text=text, pub_date="2021-02-25")
    sent = Sentence(index=0, start=0, end=len(text), text=text)
    ev = Event(source="RUS", target="BLR", type="AID", cameo="071", trigger="granted", start=7, end=14)
    out = extract_extras(doc, [sent], [(0, ev)])
    (f,) = out["figures"]
    assert f["event_id"] == event_stable_id(doc.doc_id, 0, ev)
    assert out == extract_extras(doc, [sent], [(0, ev)])  # deterministic


def test_model_designations_are_not_counts() -> None:
    """"S-400 systems" is a weapon, not 400 aircraft; the money amount beside it stays."""
    out = figs("Lukashenka said that Belarus would buy Russian weapons worth more than $1 billion "
               "by 2025, including S-400 systems and helicopters.")
    assert [(f["kind"], f["value"], f["unit"]) for f in out] == [("money", 1e9, "USD")]
    counted = figs("Russia delivered four Su-30SM fighters and two Ил-76 aircraft to Belarus.")
    assert not any(f["value"] in (30.0, 76.0) for f in counted)


def test_price_per_quantity_keeps_its_rate() -> None:
    from dyadwatch.outputs.amounts import format_amount

    (f,) = figs("On December 31, Gazprom and the Belarusian government agreed to extend the 2019 "
                "gas price of $127 per thousand cubic metres for the first months of 2020.")
    assert (f["value"], f["unit"], f["measure"]) == (127.0, "USD/1,000 m³", "gas_price")
    assert f["text"] == "$127 per thousand cubic metres"
    assert format_amount(f) == "$127 per 1,000 m³"
    (ru, _) = figs("Беларусь платит за газ 107 долларов за тысячу кубометров вместо 132 долларов, "
                   "которые требует Россия.", "ru")
    assert (ru["value"], ru["unit"], format_amount(ru)) == (107.0, "USD/1,000 m³", "$107 per 1,000 m³")

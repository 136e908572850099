"""Judgments: what is reported of the present is not a forecast, and a condition is not the
direction of the forecast it qualifies."""

from __future__ import annotations

from dyadwatch.figures import extract_text


def judgments(text: str, lang: str = "en") -> list[dict]:
    return extract_text(text, "2020-01-10", lang)["judgments"]


def test_what_happened_this_week_is_an_assessment_not_a_forecast() -> None:
    (j,) = judgments("The oil and gas dispute between Minsk and Moscow escalated this week.")
    assert (j["direction"], j["kind"], j["horizon"]) == ("worse", "assessment", "this week")
    (ru,) = judgments("Нефтегазовый спор между Минском и Москвой обострился на этой неделе.", "ru")
    assert ru["kind"] == "assessment"
    (f,) = judgments("Relations between Minsk and Moscow will deteriorate next year.")
    assert (f["direction"], f["kind"], f["horizon"]) == ("worse", "forecast", "next year")


def test_a_direction_in_a_condition_is_not_the_forecast() -> None:
    text = ("In the coming months the Kremlin is likely to renew its demand for a permanent base, "
            "especially if NATO strengthens its presence in Poland and the Baltic states.")
    assert all(j["direction"] != "better" for j in judgments(text))
    # outside the condition the cue still counts
    (j,) = judgments("If the talks fail, relations between Minsk and Moscow will likely worsen.")
    assert (j["direction"], j["kind"]) == ("worse", "forecast")

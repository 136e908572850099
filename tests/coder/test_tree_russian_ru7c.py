"""The tree coder's Russian mechanisms of branch ru7c (recall on Belarus-Russia news), on sentences written for
these tests."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text

pytestmark = pytest.mark.coder("tree")


def dyads(text: str, pub: str | None = "2024-05-10", lang: str = "ru") -> set[tuple]:
    return {(e.source, e.target, e.type) for e in code_text(text, pub, lang)}


def test_an_indeclinable_name_coordinated_with_a_nominative_is_the_subject():
    # the parse reads «Лукашенко» as a genitive on the phrase before the verb, or as the infinitive's object
    got = dyads("Во время поездки в Пекин Лукашенко и Си Цзиньпин подписали меморандум о торговле.")
    assert {("BLR", "CHN", "AGREE"), ("CHN", "BLR", "AGREE")} <= got
    got = dyads("Во время поездки в Пекин Лукашенко и Си Цзиньпин договорились увеличить экспорт молока в Китай.")
    assert {("BLR", "CHN", "AGREE"), ("CHN", "BLR", "AGREE")} <= got


def test_a_subject_hung_on_a_later_verb_that_it_does_not_agree_with_is_the_first_verbs():
    got = dyads("Рига обвинила белорусские власти в организации кризиса на границе, а министр Марис Кучинскис "
                "заявил, что за действиями Минска стоит Кремль.")
    assert ("LVA", "BLR", "ACCUSE") in got


def test_another_partys_act_that_will_not_go_unanswered_is_the_speakers_threat():
    got = dyads("Лавров пообещал, что решение Вильнюса не останется без ответа.")
    assert ("RUS", "LTU", "THREATEN") in got
    got = dyads("Новые ограничения Варшавы не останутся без ответа, заявил Лукашенко.")
    assert ("BLR", "POL", "THREATEN") in got
    assert ("POL", "BLR", "THREATEN") not in got


def test_a_nominal_expulsion_names_the_expelling_state_in_its_from_phrase():
    got = dyads("Высылка трёх польских консулов из Минска стала неожиданностью для Варшавы.")
    assert ("BLR", "POL", "SANCTION") in got


def test_an_agentless_passive_expulsion_is_done_by_the_state_of_its_place():
    got = dyads("Российский военный атташе объявлен в Эстонии персоной нон грата.")
    assert ("EST", "RUS", "SANCTION") in got


def test_a_coordinated_subject_hung_on_a_later_verb_with_its_own_subject():
    got = dyads("Армения и Россия так и не подписали контракт на поставку газа на 2025 год, и российские компании "
                "прекратили отгрузку топлива армянским заводам.")
    assert {("ARM", "RUS", "AGREE"), ("RUS", "ARM", "AGREE")} <= got


def test_suspended_participation_told_as_a_noun_is_a_sanction():
    got = dyads("Белорусский МИД объявил о приостановке участия страны в программе «Восточное партнерство» "
                "Евросоюза.")
    assert ("BLR", "EU", "SANCTION") in got


def test_a_denied_report_of_an_act_with_no_actor_is_the_deniers_own_act_denied():
    events = code_text("Пограничное ведомство Литвы опровергло сведения о закрытии границы с Белоруссией.",
                       "2024-05-10", "ru")
    assert any((e.source, e.target, e.type, e.status) == ("LTU", "BLR", "SANCTION", "denied") for e in events)


def test_exercises_whose_named_participants_are_two_states_are_their_military_cooperation():
    got = dyads("Под Гродно начались маневры, в которых задействованы части армий Казахстана и Белоруссии.")
    assert {("KAZ", "BLR", "COOPERATE"), ("BLR", "KAZ", "COOPERATE")} <= got
    got = dyads("На полигоне под Витебском прошли учения с участием десантников России и Белоруссии.")
    assert {("RUS", "BLR", "COOPERATE"), ("BLR", "RUS", "COOPERATE")} <= got


def test_calling_another_state_a_friend_or_an_ally_is_praise():
    assert ("KAZ", "ARM", "SUPPORT") in dyads("Токаев назвал Армению верным союзником Казахстана.")
    assert ("CHN", "BLR", "SUPPORT") in dyads("Глава МИД КНР назвал Белоруссию дружественной страной.")


def test_visa_free_entry_granted_is_a_concession():
    assert ("BLR", "LVA", "CONCEDE") in dyads("Минск продлил безвизовый въезд для граждан Латвии до конца года.")

"""Russian recall mechanisms of the ruc branch (tree coder): reactions to an act told before them, ...

Sentences are written for these tests (none is a gold sentence).
"""

from __future__ import annotations

import pytest

from dyadwatch.coder import code_text

pytestmark = pytest.mark.coder("tree")
PUB = "2024-03-14"


def triples(text: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source, e.target, e.type) for e in code_text(text, PUB, "ru")}


# ------------------------------------------------------------------ reactions to the act before (`reactions_back`)
@pytest.mark.parametrize(("text", "expected"), [
    # the act in the clause before, the reaction's object a word referring back
    ("Турция обстреляла окраину Дамаска; Сирия осудила этот обстрел.", ("SYR", "TUR", "ACCUSE")),
    ("Литва закрыла транзит грузов, Москва назвала это решение враждебным.", ("RUS", "LTU", "ACCUSE")),
    # the reaction opening the next text: the one party that acted in the one before
    ("Иран провёл испытание новой ракеты. Израиль выразил решительный протест.", ("ISR", "IRN", "ACCUSE")),
    # a noun of reaction in a relative clause on the act
    ("Венгрия заблокировала пакет помощи, что вызвало резкую критику со стороны Евросоюза.", ("EU", "HUN", "ACCUSE")),
])
def test_reaction_aimed_at_the_act_before(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(text)


@pytest.mark.parametrize("text", [
    # a thing of its own as the object: no reaction to the act before
    "Литва приняла закон о языке. Москва осудила закон об иноагентах.",
    # two parties acted before: which one it answers is not told
    "Путин встретился с Лукашенко. Киев выразил протест.",
    # a question tells no act
    "Польша закроет границу? В Минске это назвали провокацией.",
])
def test_no_reaction_target_where_none_is_told(text: str) -> None:
    assert not any(t == "ACCUSE" and g is not None for _, g, t in triples(text))


# ------------------------------------------------------------------ fighting each other
@pytest.mark.parametrize(("text", "pair"), [
    # a nominal act in the bare instrumental of a verb of exchange (`mutual_verbs`)
    ("Израильские и ливанские военные обменялись артиллерийскими ударами у границы.", ("ISR", "LBN")),
    ("Армянские и азербайджанские военные обменялись ударами на границе.", ("ARM", "AZE")),
    # a noun of fighting between two parties (`fought_between`)
    ("На границе вспыхнула перестрелка между киргизскими и таджикскими пограничниками.", ("KGZ", "TJK")),
])
def test_fighting_goes_both_ways(text: str, pair: tuple[str, str]) -> None:
    got = triples(text)
    a, b = pair
    assert {(a, b, "ASSAULT"), (b, a, "ASSAULT")} <= got


def test_a_figure_of_speech_is_no_fighting() -> None:
    assert not any(t == "ASSAULT" for _, _, t in triples("Газовая война между Минском и Москвой продолжается."))


# ------------------------------------------------------------------ the parse's two objects
def test_first_of_two_objects_before_the_verb_is_its_subject() -> None:
    # «ракеты» read as an accusative: the strike is Russia's, on Ukraine
    got = triples("Ночью российские ракеты поразили склады топлива в Одессе.")
    assert ("RUS", "UKR", "ASSAULT") in got
    assert ("RUS", "RUS", "ASSAULT") not in got


# ------------------------------------------------------------------ talks: the partner, not the topic
def test_talks_partner_before_the_topic() -> None:
    got = triples("Токаев обсудил с Мирзиёевым решения саммита ОДКБ.")
    assert ("KAZ", "UZB", "CONSULT") in got
    assert not any(t == "CONSULT" and "CSTO" in (a, b) and "KAZ" in (a, b) for a, b, t in got)


# ------------------------------------------------------------------ a statement signed by several parties
def test_statement_signed_together_is_an_accord() -> None:
    got = triples("Главы МИД Сербии, Венгрии и Словакии подписали заявление о сотрудничестве в энергетике.")
    assert {("SRB", "HUN", "AGREE"), ("HUN", "SVK", "AGREE"), ("SVK", "SRB", "AGREE")} <= got


# ------------------------------------------------------------------ «эти страны»: the states listed before
def test_these_states_are_the_ones_listed_before() -> None:
    got = triples("Минск обвинил Латвию и Эстонию во вмешательстве и пригрозил закрыть границу с этими странами.")
    assert {("BLR", "LVA", "THREATEN"), ("BLR", "EST", "THREATEN")} <= got


def test_these_states_need_a_list() -> None:
    # no list of states before «этими странами»: no party
    got = triples("Литва выслала российского дипломата, а Минск пригрозил закрыть границу с этими странами.")
    assert not any(a == "BLR" for a, _, _ in got)


# ------------------------------------------------------------------ a decision approved is the act decided
def test_approved_decision_is_the_act() -> None:
    assert ("LVA", "RUS", "SANCTION") in triples("Кабинет министров Латвии утвердил решение о закрытии российского консульства в Даугавпилсе.")


def test_mali_named_alone() -> None:
    assert ("MLI", "FRA", "SANCTION") in triples("Мали выслала посла Франции.")


# ------------------------------------------------------------------ aid in its wordings
@pytest.mark.parametrize(("text", "expected"), [
    # arms supplied, named as a noun: military aid, not trade
    ("Разведка США сообщила о поставках северокорейских снарядов российской армии.", ("PRK", "RUS", "AID")),
    ("Сеул обсуждает поставки гаубиц Польше.", ("KOR", "POL", "AID")),
    # goods given free
    ("Китай безвозмездно передаст Камбодже партию риса.", ("CHN", "KHM", "AID")),
    # another country's soldiers trained
    ("Инструкторы Франции подготовят молдавских военнослужащих.", ("FRA", "MDA", "AID")),
])
def test_aid_wordings(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(text)


def test_parts_for_weapons_are_no_aid() -> None:
    assert not any(t == "AID" for _, _, t in triples("Индия наладила поставки микросхем для российских ракет."))


# ------------------------------------------------------------------ a state's claim of another's hostile act (`alleging`)
@pytest.mark.parametrize(("text", "expected"), [
    ("Иран перебросил в Сирию новые подразделения, утверждают в Тель-Авиве.", ("ISR", "IRN", "ACCUSE")),
    ("Китай, по данным японской разведки, разместил ракеты на спорных островах.", ("JPN", "CHN", "ACCUSE")),
])
def test_state_claim_is_an_accusation(text: str, expected: tuple[str, str, str]) -> None:
    got = triples(text)
    assert expected in got
    assert not any(t == "MOBILIZE" for _, _, t in got)  # (the act alleged is not coded too)


def test_news_outlet_claim_is_a_report() -> None:
    got = triples("Иран, по данным израильских СМИ, перебросил в Сирию новые подразделения.")
    assert not any(t == "ACCUSE" for _, _, t in got)


# ------------------------------------------------------------------ independent clauses parsed apart (`clause_split`)
def test_clauses_after_a_semicolon_are_parsed_apart() -> None:
    got = triples("Эрдоган в среду прибыл в Баку с официальным визитом; по итогам переговоров лидеры подписали "
                  "декларацию о союзничестве.")
    assert {("TUR", "AZE", "CONSULT"), ("TUR", "AZE", "AGREE"), ("AZE", "TUR", "AGREE")} <= got


def test_act_told_again_in_the_next_clause_is_coded_once() -> None:
    evs = code_text("Главы МИД Армении и Ирана провели переговоры в Тегеране; в ходе переговоров министры "
                    "обсудили транзит через Сюник.", PUB, "ru")
    told = [(e.source, e.target) for e in evs if e.type == "CONSULT"]
    assert len(told) == len(set(told))


def test_verb_with_its_object_far_after_it() -> None:
    # the object past the pattern's window: the parse finds it
    assert ("BLR", None, "MOBILIZE") in {(a, None, t) for a, _, t in triples(
        "Минск перебросил к западной границе около двух тысяч военнослужащих и бронетехнику.")}


# ------------------------------------------------------------------ a one-way act agreed by two (`agreed_mutual`)
def test_withdrawal_agreed_by_two_goes_each_way() -> None:
    got = triples("Армения и Азербайджан договорились отвести войска от линии соприкосновения.")
    assert {("ARM", "AZE", "RETREAT"), ("AZE", "ARM", "RETREAT")} <= got


def test_withdrawal_with_its_party_named_goes_one_way() -> None:
    got = triples("Россия и Белоруссия договорились вывести российские войска из Белоруссии.")
    assert ("BLR", "RUS", "RETREAT") not in got


# ------------------------------------------------------------------ peacekeepers withdrawn
def test_peacekeepers_withdrawn() -> None:
    assert ("RUS", "MDA", "RETREAT") in triples("Россия выводит миротворцев из Приднестровья.")


# ------------------------------------------------------------------ «должен» in a speaker's content clause
def test_what_another_must_do_is_a_demand() -> None:
    assert ("FRA", "IRN", "REQUEST") in triples("Макрон заявил, что Иран должен освободить французских заложников.")


def test_must_with_no_speaker_is_no_demand() -> None:
    assert not any(t == "REQUEST" for _, _, t in triples("Встреча министров Армении и Азербайджана должна состояться в мае."))


# ------------------------------------------------------------------ trade, leaving, release in their wordings
def test_purchases_named_by_a_noun_are_the_buyers() -> None:
    # the one party the noun names is the seller; the verb's subject buys (`object_acts`)
    assert ("IND", "RUS", "COOPERATE") in triples("Нью-Дели нарастит закупки российского угля.")


def test_purchases_as_a_topic_are_no_act_of_the_talkers() -> None:
    got = triples("Беседа Алиева с Эрдоганом касалась закупок турецкого оружия.")
    assert ("AZE", "TUR", "COOPERATE") not in got


def test_buying_goods_of_another_country() -> None:
    assert ("SRB", "RUS", "COOPERATE") in triples("Сербия закупила партию российского газа.")


def test_leaving_an_organisation_named_by_a_noun() -> None:
    assert ("KGZ", "EAEU", "SANCTION") in triples("Бишкек объявил о выходе Киргизии из ЕАЭС.")


def test_set_free_among_them_citizens() -> None:
    got = triples("Ереван отпустил на свободу девять человек, включая граждан Ирана, Грузии и Сирии.")
    assert {("ARM", "IRN", "CONCEDE"), ("ARM", "GEO", "CONCEDE"), ("ARM", "SYR", "CONCEDE")} <= got


# ------------------------------------------------------------------ an appeal or refusal held out as a warning
def test_appeal_held_out_threatens_the_conditions_party() -> None:
    got = triples("Если Тегеран продолжит обогащение урана, Париж обратится в Совбез ООН, предупредили во французском МИД.")
    assert ("FRA", "IRN", "THREATEN") in got
    assert ("FRA", "UN", "THREATEN") not in got


def test_appeal_on_a_condition_told_as_a_report_is_no_threat() -> None:
    got = triples("Если Венгрия заблокирует транш, Киев обратится в суд ЕС, пишут украинские СМИ.")
    assert not any(t == "THREATEN" for _, _, t in got)


# ------------------------------------------------------------------ a claim named by a noun (`claim_nouns`)
def test_claim_denied_by_another_is_still_its_owners_accusation() -> None:
    got = triples("Баку опроверг утверждения Еревана о том, что азербайджанский беспилотник атаковал армянское село.")
    assert ("ARM", "AZE", "ACCUSE") in got


def test_content_clause_subject_read_as_object() -> None:
    # «истребитель» read as a second object: the subject of the content clause, not the speaker
    got = triples("Тегеран утверждает, что израильский истребитель сбил иранский беспилотник.")
    assert ("IRN", "ISR", "ACCUSE") in got


# ------------------------------------------------------------------ measures in kind taken (`mirrored`)
def test_measures_in_kind_answer_the_act_before() -> None:
    got = triples("Чехия выслала двух российских дипломатов, и Москва ответила зеркальными мерами.")
    assert ("RUS", "CZE", "SANCTION") in got


def test_measures_in_kind_to_come_are_no_sanction() -> None:
    got = triples("Чехия выслала двух российских дипломатов, и Москва ответит зеркальными мерами.")
    assert ("RUS", "CZE", "SANCTION") not in got


# ------------------------------------------------------------------ place names in every case (lemmas.yaml `places`)
@pytest.mark.parametrize(("text", "expected"), [
    ("Израиль атаковал позиции на юге Ливана.", ("ISR", "LBN", "ASSAULT")),
    ("Сирия обстреляла Ливан.", ("SYR", "LBN", "ASSAULT")),
    ("Пашинян прилетел в Астану.", ("ARM", "KAZ", "CONSULT")),
])
def test_place_names_match_in_every_case(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(text)

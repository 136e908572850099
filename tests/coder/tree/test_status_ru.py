"""The status of a Russian act (coder/tree/status.py): negation, modals, conditions, forecasts, opinions, refusals."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text
from tests.coder.tree.helpers import (
    dyads,
    dyads_status,
    dyads_status_date,
    first_event,
    in_order_status_date,
    status_by_dyad,
)

pytestmark = pytest.mark.coder("tree")


# ------------------------------ Russian ------------------------------


def test_an_event_in_an_adjunct_phrase_keeps_its_own_status():
    got = dyads_status_date("After two days of talks, Armenia and Azerbaijan failed to reach an agreement on the border.", "2021-03-04")
    assert {st for s, t, ty, st, _ in got if ty == "CONSULT"} == {"occurred"}
    got = dyads_status_date("В ходе телефонного разговора Путин и Лукашенко договорились провести переговоры.",
                            "2021-03-04", "ru")
    assert ("RUS", "BLR", "CONSULT", "occurred", "2021-03-04") in got


@pytest.mark.parametrize("text", [
    "Германия рассматривает введение санкций против России.",
    "Власти США обдумывают введение пошлин против Китая.",
])
def test_a_russian_act_weighed_is_hypothetical(text: str) -> None:
    events = [e for e in in_order_status_date(text, "2020-09-15", "ru") if e[2] == "SANCTION"]
    assert events and all(e[3] == "hypothetical" and e[4] is None for e in events)


@pytest.mark.parametrize(("text", "lang"), [
    ("Суд рассматривает дело об аресте российского журналиста в Белоруссии.", "ru"),
    ("The court is considering the case of the journalist arrested in Belarus by Russia.", "en"),
])
def test_an_act_in_the_phrase_of_a_thing_weighed_keeps_its_status(text: str, lang: str) -> None:
    # the case is weighed, the arrest is done
    events = [e for e in in_order_status_date(text, "2020-09-15", lang) if e[2] == "COERCE"]
    assert events and all(e[3] == "occurred" for e in events)


def test_the_content_of_a_refusal_is_not_coded_but_a_coordinated_clause_is():
    got = dyads_status_date("Литва отказалась от переговоров с Белоруссией и провела консультации с Польшей.",
                            "2021-03-04", "ru")
    assert {(s, t, ty, st) for s, t, ty, st, _ in got} == {
        ("LTU", "BLR", "REJECT", "occurred"), ("LTU", "POL", "CONSULT", "occurred"),
        ("POL", "LTU", "CONSULT", "occurred")}


def test_not_ruling_out_an_act_makes_it_hypothetical_not_denied():
    got = dyads_status_date("Литва не исключает введения санкций против Белоруссии.", "2021-03-04", "ru")
    assert {(s, t, ty, st) for s, t, ty, st, _ in got} == {("LTU", "BLR", "SANCTION", "hypothetical")}
    got = dyads_status_date("Литва не будет вводить санкции против Белоруссии.", "2021-03-04", "ru")
    assert {(s, t, ty, st) for s, t, ty, st, _ in got} == {("LTU", "BLR", "SANCTION", "denied")}


def test_a_compound_adjective_names_both_parties_and_readiness_to_act_is_planned():
    assert dyads("Российско-белорусские переговоры прошли в Минске.", lang="ru") == {("RUS", "BLR", "CONSULT"),
                                                                         ("BLR", "RUS", "CONSULT")}
    got = dyads_status_date("Кремль заявил о готовности оказать Белоруссии помощь.", "2021-03-04", "ru")
    assert {(s, t, ty, st) for s, t, ty, st, _ in got} == {("RUS", "BLR", "AID", "planned")}


def test_intended_and_scheduled_acts_are_planned():
    """«намерены» (parsed with the lemma «намерить») and «запланировать» govern a planned act
    (syntax.yaml `status.governors`; sentences written for this test)."""
    assert {(s, t, ty, st) for s, t, ty, st, _ in dyads_status_date("Польша и Литва намерены закрыть границу с Беларусью.", "2021-03-04", "ru")} \
        == {("POL", "BLR", "SANCTION", "planned"), ("LTU", "BLR", "SANCTION", "planned")}
    assert {(s, t, ty, st) for s, t, ty, st, _ in dyads_status_date("Визит Лукашенко в Пекин запланирован на декабрь.",
                                                                    "2021-03-04", "ru")} \
        == {("BLR", "CHN", "CONSULT", "planned")}


def test_talks_agreed_on_are_planned() -> None:
    got = {(e.source, e.target, e.type, e.status) for e in code_text(
        "Лукашенко и Токаев договорились о проведении переговоров.", "2021-03-04", "ru")}
    assert {("BLR", "KAZ", "AGREE", "occurred"), ("BLR", "KAZ", "CONSULT", "planned")} <= got
    assert ("BLR", "KAZ", "CONSULT", "occurred") not in got


def test_what_someone_thinks_happened_is_an_opinion() -> None:
    # convention 10
    assert dyads("В Литве считают, что Белоруссия закрыла границу с Польшей.", lang="ru") == set()
    assert dyads("В Литве полагают, что Россия выслала дипломатов Польши.", lang="ru") == set()
    # what experts hold is to come is their forecast
    got = {(e.source, e.target, e.type, e.status) for e in code_text(
        "Эксперты в Литве считают, что Белоруссия введет санкции против Польши.", "2021-03-04", "ru")}
    assert got == {("BLR", "POL", "SANCTION", "forecast")}
    assert ("LTU", "BLR", "SANCTION") in dyads("Литва выслала дипломатов Белоруссии, которых считает шпионами.",
                                               lang="ru")


@pytest.mark.parametrize("text", [
    "Польше нужно ввести санкции против Белоруссии.",
    "Литве необходимо провести переговоры с Польшей.",
])
def test_what_a_party_must_do_is_an_opinion(text: str) -> None:
    assert dyads(text, lang="ru") == set()


@pytest.mark.parametrize("text", [
    "Грузия откроет границу с Арменией, считают эксперты.",
    "Грузия вряд ли откроет границу с Арменией.",
    "Грузия вряд ли откроет границу с Арменией, полагают в Ереване.",
])
def test_an_act_to_come_in_another_s_view_is_a_forecast_and_no_promise(text: str) -> None:
    got = dyads_status(text, lang="ru")
    assert ("GEO", "ARM", "CONCEDE", "forecast") in got
    assert not {e for e in got if e[2] == "AGREE"}


@pytest.mark.parametrize("text", [
    "Казахстан выдаст Узбекистану задержанного, если тот возместит ущерб.",
    "Казахстан готов выдать Узбекистану задержанного, но только в случае, если тот возместит ущерб.",
    "Армения окажет помощь Грузии при условии проведения реформ.",
])
def test_an_act_under_a_condition_is_hypothetical(text: str) -> None:
    evs = [e for e in code_text(text, "2021-03-04", "ru") if e.type in ("CONCEDE", "COOPERATE", "AID")]
    assert evs and all(e.status == "hypothetical" for e in evs)


def test_a_threat_stated_with_a_condition_is_itself_no_hypothesis() -> None:
    evs = [e for e in code_text("Молдавия пригрозила Румынии, что закроет границу, если Бухарест не отзовёт посла.",
                                "2021-03-04", "ru")
           if e.type == "THREATEN"]
    assert evs and all(e.status == "occurred" for e in evs)


@pytest.mark.parametrize("text", [
    "Если Эстония не отменит пошлины, Латвия закроет границу, пригрозил премьер Латвии.",
    "Латвия закроет границу, если Эстония не отменит пошлины.",
])
def test_a_hostile_act_conditional_on_another_party_is_a_threat_to_it(text: str) -> None:
    got = {(e.source, e.target, e.type, e.status) for e in code_text(text, "2021-03-04", "ru")}
    assert ("LVA", "EST", "THREATEN", "occurred") in got
    assert not {g for g in got if g[2] == "SANCTION" and g[3] != "hypothetical"}


def test_a_forecaster_s_conditional_scenario_is_no_threat() -> None:
    got = dyads("Латвия может закрыть границу, если Эстония не отменит пошлины, считают эксперты.", lang="ru")
    assert not {d for d in got if d[2] == "THREATEN"}
    assert ("LVA", "EST", "SANCTION") in got


def test_a_condition_naming_no_party_is_no_threat() -> None:
    got = dyads("Если учения затянутся, Латвия закроет границу с Эстонией.", lang="ru")
    assert not {d for d in got if d[2] == "THREATEN"}
    assert ("LVA", "EST", "SANCTION") in got


@pytest.mark.parametrize(("text", "want"), [
    ("Эстония не пойдёт на уступки Латвии.", ("EST", "LVA", "REJECT")),
    ("Эстония не намерена выводить военных из Латвии.", ("EST", "LVA", "REJECT")),
    ("Эстония не собирается смягчать санкции против Латвии.", ("EST", "LVA", "REJECT")),
])
def test_a_conciliatory_act_refused_to_come_is_a_refusal(text: str, want: tuple) -> None:
    got = dyads(text, lang="ru")
    assert want in got
    assert not {d for d in got if d[2] in ("CONCEDE", "RETREAT")}


def test_a_joint_act_refused_is_its_subject_s_refusal() -> None:
    assert dyads("Токаев не встретится с Мирзиёевым.", lang="ru") == {("KAZ", "UZB", "REJECT")}


def test_a_negated_condition_is_no_refusal() -> None:
    got = dyads("Если Латвия не согласится на условия Эстонии, Таллин закроет границу.", lang="ru")
    assert ("LVA", "EST", "REJECT") not in got
    assert ("EST", "LVA", "SANCTION") in got


def test_a_condition_on_the_modal_of_a_hostile_act_is_its_condition() -> None:
    got = {(e.source, e.target, e.type, e.status) for e in code_text(
        "Если Эстония продолжит провокации, Латвия может полностью закрыть границу, заявил министр.", "2021-03-04", "ru")}
    assert {("LVA", "EST", "THREATEN", "occurred"), ("LVA", "EST", "SANCTION", "hypothetical")} <= got


def test_a_political_scientist_s_conditional_scenario_is_no_threat() -> None:
    got = dyads("Если Эстония продолжит провокации, Латвия может закрыть границу, допускают политологи.", lang="ru")
    assert not {d for d in got if d[2] == "THREATEN"}
    assert ("LVA", "EST", "SANCTION") in got


def test_a_phrase_of_condition_names_no_party_of_the_act() -> None:
    got = dyads("В случае нападения на Грузию армянские войска нанесут ответный удар.", lang="ru")
    assert ("ARM", "GEO", "ASSAULT") not in got
    assert ("ARM", "AZE", "ASSAULT") in dyads("Армения нанесёт удар по Азербайджану в случае нападения на Грузию.",
                                              lang="ru")


def test_a_gerund_takes_no_status_from_its_verb_s_governing_word() -> None:
    got = dyads_status("Молдавия пригрозила закрыть воздушное пространство, обвинив Москву во вмешательстве в выборы.",
                       lang="ru")
    assert ("MDA", "RUS", "ACCUSE", "occurred") in got


@pytest.mark.parametrize("text, pair", [
    ("Турция пообещала Азербайджану кредит.", ("TUR", "AZE")),
    ("Россия пообещала поставить Никарагуа партию вооружений.", ("RUS", "NIC")),
    # the parse hangs «помощь» on the verb as a noun modifier, not its object
    ("Германия пообещала Молдавии, Грузии и Армении финансовую помощь и льготные кредиты на общую сумму 3 млрд евро.",
     ("DEU", "MDA")),
])
def test_a_promise_of_aid_is_the_aid_planned_and_no_accord(text: str, pair: tuple[str, str]) -> None:
    got = dyads_status(text, lang="ru")
    assert (*pair, "AID", "planned") in got
    assert not [e for e in got if e[2] == "AGREE"]


def test_a_draft_blocked_in_an_organisation_s_body_is_refused_to_that_organisation() -> None:
    got = dyads("Китай заблокировал в Совете Безопасности ООН проект резолюции о новых санкциях против КНДР.",
                lang="ru")
    assert ("CHN", "UN", "REJECT") in got
    assert ("CHN", "PRK", "REJECT") not in got


@pytest.mark.parametrize(("text", "absent"), [
    # protesters held back from a building are barred from no country
    ("Силовики не пропустили демонстрантов к зданию парламента.", "SANCTION"),
])
def test_not_coded(text: str, absent: str) -> None:
    assert absent not in {t for _, _, t in dyads(text, lang="ru")}


@pytest.mark.parametrize(("text", "expected"), [
    # exercises are no meeting; a meeting of two refused is a refusal of the other
    ("Армения отказалась участвовать в учениях ОДКБ.", ("ARM", "CSTO", "REJECT")),
    ("Лукашенко не приедет в Москву на парад.", ("BLR", "RUS", "REJECT")),
])
def test_refusal_not_boycott(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in dyads(text, lang="ru")


def test_not_recognising_is_a_rejection_in_any_tense():
    got = dyads("Евросоюз не признал итоги выборов в Белоруссии.", lang="ru")
    assert ("EU", "BLR", "REJECT") in got
    assert ("EU", "BLR", "SUPPORT") not in got
    assert ("KGZ", "RUS", "REJECT") in dyads("Киргизия не признаёт итоги референдумов, проведённых Россией.", lang="ru")


def test_refusing_to_take_part_is_a_refusal_not_the_joint_act():
    got = dyads("Ереван не будет участвовать в учениях ОДКБ.", lang="ru")
    assert ("ARM", "CSTO", "REJECT") in got
    assert ("ARM", "CSTO", "COOPERATE") not in got
    got = dyads("Москва не будет участвовать в переговорах с Киевом.", lang="ru")
    assert ("RUS", "UKR", "REJECT") in got
    assert ("RUS", "UKR", "CONSULT") not in got and ("UKR", "RUS", "CONSULT") not in got
    # (taking part as such stays the joint act)
    assert ("ARM", "CSTO", "COOPERATE") in dyads("Ереван участвовал в учениях ОДКБ.", lang="ru")


def test_a_negated_condition_is_no_act() -> None:
    got = {(e.source, e.target, e.type, e.status) for e in code_text(
        "Если Польша не откроет пункты пропуска, Минск закроет транзит польских грузов, предупредил Лукашенко.",
        "2024-05-10", "ru")}
    assert not {t for t in got if t[0] == "POL"}
    assert ("BLR", "POL", "THREATEN", "occurred") in got


def test_an_agreed_loan_is_planned_aid() -> None:
    # convention 5: an accord on a loan is the accord and the giver's aid, planned
    got = {(e.source, e.target, e.type, e.status) for e in code_text(
        "Москва и Ереван договорились о предоставлении Армении кредита на модернизацию армии.", "2024-05-10", "ru")}
    assert {("RUS", "ARM", "AGREE", "occurred"), ("ARM", "RUS", "AGREE", "occurred"),
            ("RUS", "ARM", "AID", "planned")} <= got
    assert ("ARM", "RUS", "AID", "planned") not in got


def test_no_date_fixed_is_no_event() -> None:
    # convention 10: an explicit non-event told through a date noun's genitive
    assert not dyads("Сроки визита президента Казахстана в Минск пока не согласованы.", lang="ru")
    assert ("KAZ", "BLR", "CONSULT") in dyads("Президент Казахстана прибыл в Минск с визитом.", lang="ru")


def test_appeal_on_a_condition_told_as_a_report_is_no_threat() -> None:
    got = dyads("Если Венгрия заблокирует транш, Киев обратится в суд ЕС, пишут украинские СМИ.", lang="ru")
    assert not any(t == "THREATEN" for _, _, t in got)


def test_measures_in_kind_to_come_are_no_sanction() -> None:
    got = dyads("Чехия выслала двух российских дипломатов, и Москва ответит зеркальными мерами.", lang="ru")
    assert ("RUS", "CZE", "SANCTION") not in got
    assert {("CZE", "RUS", "SANCTION"), ("RUS", "CZE", "THREATEN")} <= got


def test_granting_a_loan_named_as_a_noun_is_aid_planned_under_an_agreement() -> None:
    evs = [e for e in code_text("Армения и Грузия договорились о предоставлении Еревану грузинского кредита.",
                                "2021-03-04", "ru")
           if e.type == "AID"]
    assert [(e.source, e.target, e.status) for e in evs] == [("GEO", "ARM", "planned")]


def test_content_of_refusal_is_not_coded_again() -> None:
    found = dyads("Лукашенко отказался подписать соглашение с Россией.", lang="ru")
    assert ("BLR", "RUS", "REJECT") in found
    assert not any(t == "AGREE" for _, _, t in found)


def test_negatives() -> None:
    for text in ("Беларусь и Россия остаются стратегическими союзниками.",
                 "Экономика Беларуси зависит от российской нефти.",
                 "Население Беларуси сокращается."):
        assert dyads(text, lang="ru") == set(), text


# ------------------------------------------------------------------ status
@pytest.mark.parametrize(("text", "typ", "status"), [
    ("Лукашенко встретился с Путиным.", "CONSULT", "occurred"),
    ("Лукашенко встретится с Путиным в пятницу.", "CONSULT", "planned"),
    ("Планируется, что Лукашенко посетит Москву в ноябре.", "CONSULT", "planned"),
    ("Минск и Москва намерены подписать новый договор.", "AGREE", "planned"),
    ("Россия, вероятно, выделит Беларуси новый кредит.", "AID", "forecast"),
    ("Лукашенко не встретился с Путиным.", "CONSULT", "denied"),
    ("Кремль опроверг слухи о переговорах Путина и Лукашенко.", "CONSULT", "denied"),
    ("Переговоры Минска и Москвы не состоялись.", "CONSULT", "denied"),
    ("Если ЕС введёт санкции, Минск ответит.", "SANCTION", "hypothetical"),
    ("Россия может прекратить поставки нефти в Беларусь.", "SANCTION", "forecast"),  # as English "may"
    ("Возможно, Россия выделит Беларуси новый кредит.", "AID", "hypothetical"),
    ("Россия продолжит поддерживать Беларусь.", "SUPPORT", "planned"),
])
def test_status(text: str, typ: str, status: str) -> None:
    assert first_event(text, typ, "2021-10-15", "ru").status == status


def test_planned_noun_and_circumstance_nouns() -> None:
    e = first_event("Визит Мишустина в Минск запланирован на конец ноября.", "CONSULT", "2021-11-10", "ru")
    assert (e.source, e.target, e.status) == ("RUS", "BLR", "planned")
    assert dyads("Режим Лукашенко действует при поддержке Кремля.", lang="ru") == set()
    assert dyads("Белорусская экономика зависит от поставок российских энергоносителей.", lang="ru") == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("Казахстан не намерен признавать независимость Абхазии.", {("KAZ", None, "REJECT")}),
    ("Начались совместные белорусско-китайские антитеррористические учения.",
     {("BLR", "CHN", "COOPERATE"), ("CHN", "BLR", "COOPERATE")}),
    ("Товарооборот России и Белоруссии вырос на 8%.", set()),
])
def test_refusals_joint_exercises_and_statistics(text: str, expected: set[tuple]) -> None:
    assert dyads(text, lang="ru") == expected


def test_a_nouns_negation_sits_on_its_verb() -> None:
    evs = code_text("Белоруссия так и не присоединилась к западным санкциям против России.", "2023-06-01", "ru")
    assert {(e.type, e.status) for e in evs} == {("SANCTION", "denied")}


# ------------------------------------------------------------------ an act only hoped for
@pytest.mark.parametrize("text", [
    "Лукашенко выразил надежду на восстановление диалога с Вашингтоном.",
    "Минск надеется на возобновление переговоров с Варшавой.",
    "Токаев надеется посетить Москву в мае.",
])
def test_hoped_act_not_coded(text: str) -> None:
    assert not dyads(text, "2021-10-15", "ru")


def test_hope_beside_an_act_keeps_the_act() -> None:
    found = dyads("Лукашенко провел переговоры с Путиным и выразил надежду на их продолжение.", lang="ru")
    assert ("BLR", "RUS", "CONSULT") in found, found


def test_a_coordinated_clause_with_its_own_subject_keeps_its_act_from_the_negation_before() -> None:
    found = dyads_status("Москва и Минск не согласовали цену, и российские компании прекратили отгрузку нефти "
                         "белорусским заводам.", "2021-01-05", "ru")
    assert ("RUS", "BLR", "SANCTION", "occurred") in found, found


# ------------------------------------------------------------------ an organisation's summit not come to: a boycott held
@pytest.mark.parametrize("text", [
    "Президент Киргизии не приехал на саммит ОДКБ в Ереване.",
    "Премьер Армении демонстративно не поехал на саммит ЕАЭС в Минск.",
])
def test_summit_not_come_to_is_a_boycott_held(text: str) -> None:
    st = status_by_dyad(text, lang="ru")
    assert any(t == "SANCTION" and s == "occurred" for (_, _, t), s in st.items()), st
    assert not any(t == "CONSULT" and a in ("KGZ", "ARM") for a, _, t in st), st


def test_visit_to_a_country_not_made_stays_a_visit_denied() -> None:
    st = status_by_dyad("Президент Киргизии не поехал в Москву.", lang="ru")
    assert st == {("KGZ", "RUS", "CONSULT"): "denied"}, st


def test_a_flows_figures_are_statistics() -> None:
    # a trade noun as the subject of a verb of change in quantity (convention 10); a verb act on it stays
    assert not dyads("Поставки российского газа в Китай выросли на треть.", lang="ru")
    assert ("RUS", "CHN", "COOPERATE") in dyads("Россия увеличила поставки газа в Китай.", lang="ru")

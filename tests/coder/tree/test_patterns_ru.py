"""Russian wordings and the PLOVER type they are coded as (coder/lang/ru/patterns.yaml, read by coder/tree/triggers.py), and every type covered."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text
from tests.coder.tree.helpers import dyads, dyads_status, dyads_status_date

pytestmark = pytest.mark.coder("tree")


# ------------------------------ Russian ------------------------------


def test_russian_imperfective_gathering_for_a_rally_is_a_protest():
    got = dyads("В Гродно сторонники оппозиции начали собираться на митинг.", lang="ru")
    assert any(t == "PROTEST" and a == "BLR" for a, _, t in got)


def test_russian_prisoners_handed_over_are_a_concession():
    assert ("BLR", "LTU", "CONCEDE") in dyads("Белоруссия осуществила передачу заключенных Литве.", lang="ru")


def test_a_concession_stopped_is_a_sanction() -> None:
    # (English codes "suspended the visa-free regime" as a sanction through its own pattern)
    assert ("LTU", "BLR", "SANCTION", "occurred") in dyads_status("Вильнюс приостановил безвизовый режим для граждан Беларуси.", lang="ru")
    assert not any(e[2] == "CONCEDE" for e in dyads_status("Вильнюс приостановил безвизовый режим для граждан Беларуси.", lang="ru"))


@pytest.mark.parametrize(("text", "expected"), [
    # cutting a transport of goods is a sanction (convention 6)
    ("Москва прекратила транспортировку нефти в Белоруссию.", {("RUS", "BLR", "SANCTION")}),
    # expelling an embassy's whole staff is a sanction
    ("Латвия выслала персонал посольства Белоруссии.", {("LVA", "BLR", "SANCTION")}),
    # massing more troops near a border
    ("Польша увеличила численность военных у границы с Белоруссией.", {("POL", "BLR", "MOBILIZE")}),
    # summoning an envoy is an accusation, not a street protest (convention 6)
    ("МИД Литвы вызвал посла Белоруссии.", {("LTU", "BLR", "ACCUSE")}),
    # refinancing a debt is aid
    ("Россия рефинансирует долг Белоруссии.", {("RUS", "BLR", "AID")}),
])
def test_patterns(text: str, expected: set[tuple]) -> None:
    got = dyads(text, lang="ru")
    assert expected <= got
    assert not {t for t in got if t[2] == "PROTEST"}


def test_a_range_of_days_dates_the_event_by_its_first_day():
    got = dyads_status_date("Учения России и Белоруссии пройдут с 12 по 16 сентября.", "2021-08-27", "ru")
    assert ("RUS", "BLR", "COOPERATE", "planned", "2021-09-12") in got


def test_an_invasion_is_an_attack():
    assert dyads("Россия начала вторжение в Украину.", lang="ru") == {("RUS", "UKR", "ASSAULT")}


def test_know_how_handed_over_is_no_aid():
    """Technology passed on is no AID (patterns.yaml `without`); the goods themselves are
    (sentences written for this test)."""
    assert dyads("Россия пообещала передать Армении технологию производства вакцины.",
                 lang="ru") == {("RUS", "ARM", "AGREE")}
    assert ("RUS", "ARM", "AID") in dyads("Россия передаст Армении вакцину в апреле.", "2021-03-04", "ru")


@pytest.mark.parametrize(("text", "lang"), [
    ("Алиев и Пашинян договорились по телефону о новой встрече.", "ru"),
    ("Aliyev thanked Pashinyan by phone for the release of the prisoners.", "en"),
])
def test_an_act_done_by_phone_is_also_the_call(text: str, lang: str) -> None:
    got = dyads(text, lang=lang)
    assert {("AZE", "ARM", "CONSULT"), ("ARM", "AZE", "CONSULT")} <= got
    assert ("ARM", "AZE", "SUPPORT") not in got  # (the thanks stay one way)


def test_persona_non_grata_with_a_hyphen() -> None:
    assert ("LVA", "RUS", "SANCTION") in dyads("Латвия объявила российского дипломата персоной нон-грата.", lang="ru")


def test_exchanging_prisoners_is_each_side_s_release() -> None:
    assert {("ARM", "AZE", "CONCEDE"), ("AZE", "ARM", "CONCEDE")} <= dyads("Армения и Азербайджан обменялись пленными.",
                                                                           lang="ru")


def test_greetings_are_support() -> None:
    assert dyads("Токаев направил Лукашенко поздравительную телеграмму.", lang="ru") == {("KAZ", "BLR", "SUPPORT")}
    assert dyads("Президент Казахстана пожелал Лукашенко успехов в работе.", lang="ru") == {("KAZ", "BLR", "SUPPORT")}


def test_putting_signatures_under_a_treaty_is_signing_it() -> None:
    got = dyads("Литва и Польша поставили подписи под соглашением о транзите.", lang="ru")
    assert got == {("LTU", "POL", "AGREE"), ("POL", "LTU", "AGREE")}


@pytest.mark.parametrize("text", [
    "Российские войска покинули территорию Армении.",
    "Российские миротворцы уходят из Армении.",
    "Российские подразделения вышли из Грузии.",
])
def test_forces_leaving_a_country_retreat(text: str) -> None:
    assert {d for d in dyads(text,
                             lang="ru") if d[2] == "RETREAT"} <= {("RUS", "ARM", "RETREAT"), ("RUS", "GEO", "RETREAT")}
    assert {d for d in dyads(text, lang="ru") if d[2] == "RETREAT"}


def test_a_phone_call_is_consultation_both_ways() -> None:
    assert {("KAZ", "UZB", "CONSULT"), ("UZB", "KAZ", "CONSULT")} <= dyads("Токаев позвонил Мирзиёеву.", lang="ru")


def test_a_sentence_may_open_with_its_verb() -> None:
    # slovnet reads a capitalised first word as a noun; one that can only be a verb is read lower-cased
    from dyadwatch.nlp.lang.ru.syntax import parse

    doc = parse(["Договорились министры Армении и Грузии и о новой встрече."])[0]
    assert doc[0].pos_ == "VERB" and doc[0].text == "Договорились"
    assert {("ARM", "GEO", "AGREE"), ("GEO", "ARM", "AGREE")} <= dyads("Договорились министры Армении и Грузии и о новой встрече.", lang="ru")
    assert parse(["Армения и Грузия условились о встрече."])[0][0].text == "Армения"


def test_taking_part_in_another_s_exercise_is_military_cooperation_with_it() -> None:
    evs = code_text("Казахстанские военные примут участие в узбекских учениях.", "2021-03-04", "ru")
    # (stated to come: CAMEO's intent to cooperate militarily, 0312, coder/data/intents.tsv)
    assert {(e.source, e.target, e.type, e.cameo, e.status) for e in evs} == {("KAZ", "UZB", "COOPERATE", "0312", "planned")}


@pytest.mark.parametrize("text", ["Армения отправила в Грузию самолёт с медикаментами.",
                                  "Армения направила в Грузию партию боеприпасов."])
def test_goods_sent_to_another_country_are_aid_not_a_deployment(text: str) -> None:
    got = dyads(text, lang="ru")
    assert ("ARM", "GEO", "AID") in got
    assert ("ARM", "GEO", "MOBILIZE") not in got


@pytest.mark.parametrize(("text", "want"), [
    ("Армянские военные выдвигаются к азербайджанской границе.", ("ARM", "AZE", "MOBILIZE")),
    ("Армянские силовики применяли силу против азербайджанских пограничников.", ("ARM", "AZE", "ASSAULT")),
])
def test_forces_moved_up_and_force_used(text: str, want: tuple) -> None:
    assert want in dyads(text, lang="ru")


def test_a_note_handed_to_another_s_envoy_is_a_protest() -> None:
    assert ("EST", "BLR", "ACCUSE") in dyads("Эстонский МИД вручил послу Белоруссии в Таллине ноту в связи с задержанием"
                                            " эстонских журналистов.", lang="ru")


def test_duties_cut_are_a_concession_not_a_sanction() -> None:
    got = dyads("Индия снизит пошлины на американские мотоциклы.", lang="ru")
    assert ("IND", "USA", "CONCEDE") in got and ("IND", "USA", "SANCTION") not in got


def test_repression_means_beside_a_coercion_are_that_coercion() -> None:
    got = dyads("Полиция Еревана применила слезоточивый газ против участников шествия и задержала десятки человек.",
                lang="ru")
    assert ("ARM", "ARM", "COERCE") in got
    assert ("ARM", "ARM", "ASSAULT") not in got


def test_a_recall_in_protest_is_no_demonstration() -> None:
    got = dyads("Кения отозвала посла из Кампалы в знак протеста против задержания кенийских рыбаков.", lang="ru")
    assert not any(d[2] == "PROTEST" for d in got)
    # (control: the recall itself is coded where the capital is known)
    got = dyads("Литва отозвала посла из Минска в знак протеста против задержания литовских рыбаков.", lang="ru")
    assert ("LTU", "BLR", "SANCTION") in got and not any(d[2] == "PROTEST" for d in got)


def test_a_region_freed_by_troops_is_no_release() -> None:
    got = dyads("Сирийские подразделения участвовали в освобождении Хомской области, подтвердил Генштаб России.",
                lang="ru")
    assert not any(d[2] == "CONCEDE" for d in got)
    assert ("AZE", "ARM", "CONCEDE") in dyads("Власти Азербайджана освободили двух армянских военнослужащих.",
                                              lang="ru")


@pytest.mark.parametrize(("text", "pair"), [
    ("Армения отменила совместные учения с Россией.", ("ARM", "RUS")),
    ("Минск отменил поставки калия в Литву.", ("BLR", "LTU")),
])
def test_cooperation_called_off_is_a_sanction(text: str, pair: tuple[str, str]) -> None:
    got = dyads(text, lang="ru")
    assert (*pair, "SANCTION") in got
    assert not any(d[2] == "COOPERATE" for d in got)


def test_exercises_whose_named_participants_are_two_states_are_their_military_cooperation():
    got = dyads("Под Гродно начались маневры, в которых задействованы части армий Казахстана и Белоруссии.", lang="ru")
    assert {("KAZ", "BLR", "COOPERATE"), ("BLR", "KAZ", "COOPERATE")} <= got
    got = dyads("На полигоне под Витебском прошли учения с участием десантников России и Белоруссии.", lang="ru")
    assert {("RUS", "BLR", "COOPERATE"), ("BLR", "RUS", "COOPERATE")} <= got


def test_visa_free_entry_granted_is_a_concession():
    assert ("BLR", "LVA", "CONCEDE") in dyads("Минск продлил безвизовый въезд для граждан Латвии до конца года.",
                                              "2024-05-10", "ru")


def test_suspending_the_issue_of_visas_is_a_sanction_not_an_easing() -> None:
    assert ("EST", "BLR", "SANCTION") in dyads("Эстония приостановила выдачу виз гражданам Беларуси.", lang="ru")
    # easing the visa regime stays a concession
    assert ("LVA", "BLR", "CONCEDE") in dyads("Латвия смягчила визовый режим для граждан Беларуси.", lang="ru")


def test_opening_airspace_to_another_eases_a_restriction():
    assert ("TUR", "ARM", "CONCEDE") in dyads("Турция открыла для Армении воздушное пространство.", lang="ru")


@pytest.mark.parametrize(("text", "absent"), [
    ("Глава МИД Армении не стал подписывать совместное коммюнике СНГ, сославшись на позицию Еревана.", "AGREE"),
    ("Представитель МИД не стал комментировать заявление Варшавы.", "REJECT"),
])
def test_declined_not_coded(text: str, absent: str) -> None:
    assert absent not in {t for _, _, t in dyads(text, lang="ru")}


def test_goods_sent_as_aid_are_aid():
    assert ("CHN", "SRB", "AID") in dyads("Китай поставит Сербии 10 тысяч тонн риса в качестве безвозмездной помощи.",
                                          lang="ru")


def test_blocking_a_decision_is_a_veto_and_blocking_goods_a_sanction():
    got = dyads("Венгрия заблокировала выделение Украине 50 млрд евро.", lang="ru")
    assert ("HUN", "UKR", "REJECT") in got and not any(d[2] == "COERCE" for d in got)
    got = dyads("Литва продолжает блокировать транзит белорусских удобрений.", lang="ru")
    assert ("LTU", "BLR", "SANCTION") in got and not any(d[2] == "COERCE" for d in got)


@pytest.mark.parametrize(("text", "expected"), [
    # a Russian region or a Ukrainian town hit is its state (convention 8)
    ("Украинские дроны атаковали нефтебазу в Тульской области.", {("UKR", "RUS", "ASSAULT")}),
    ("Российские ракеты поразили объекты в Виннице.", {("RUS", "UKR", "ASSAULT")}),
    # weapons handed over as "systems" are military aid
    ("Норвегия передаст Украине системы ПВО.", {("NOR", "UKR", "AID")}),
    # "will answer with force" is a threat
    ("Литва ответит силой на любую провокацию со стороны белорусских военных.", {("LTU", "BLR", "THREATEN")}),
    # miners on strike are civilians protesting at home
    ("Казахстанские нефтяники объявили забастовку.", {("KAZ", "KAZ", "PROTEST")}),
])
def test_lexicon(text: str, expected: set[tuple]) -> None:
    assert expected <= dyads(text, lang="ru")


def test_a_measure_is_not_aimed_at_its_own_maker() -> None:
    # convention 7: «свою территорию» names the actor again, no X -> X beside X -> Y
    got = dyads("Эстония запретила въезд на свою территорию десяти гражданам Белоруссии.", lang="ru")
    assert ("EST", "BLR", "SANCTION") in got
    assert ("EST", "EST", "SANCTION") not in got


def test_damage_done_by_an_attack_is_the_attack() -> None:
    got = {(e.source, e.target, e.type) for e in code_text(
        "Российские ракеты атаковали Одессу, разрушив склады и причалы.", "2024-05-10", "ru")}
    assert ("RUS", "UKR", "ASSAULT") in got
    assert ("RUS", "UKR", "COERCE") not in got


def test_the_armed_forces_of_ukraine_by_their_acronym() -> None:
    assert ("UKR", "RUS", "ASSAULT") in dyads("ВСУ обстреляли Курск.", lang="ru")


# ------------------------------------------------------------------ a decision approved is the act decided
def test_approved_decision_is_the_act() -> None:
    assert ("LVA", "RUS", "SANCTION") in dyads("Кабинет министров Латвии утвердил решение о закрытии российского консульства в Даугавпилсе.", lang="ru")


def test_parts_for_weapons_are_no_aid() -> None:
    assert not any(t == "AID" for _, _, t in dyads("Индия наладила поставки микросхем для российских ракет.",
                                                   lang="ru"))
    assert ("IND", "RUS", "COOPERATE") in dyads("Индия наладила поставки микросхем для российских ракет.", lang="ru")


# ------------------------------------------------------------------ peacekeepers withdrawn
def test_peacekeepers_withdrawn() -> None:
    assert ("RUS", "MDA", "RETREAT") in dyads("Россия выводит миротворцев из Приднестровья.", lang="ru")


def test_truce_signed_is_an_agreement() -> None:
    # a truce signed or concluded by two parties is an agreement between them (CAMEO 057)
    got = dyads("Армения и Азербайджан заключили перемирие.", lang="ru")
    assert {("ARM", "AZE", "AGREE"), ("AZE", "ARM", "AGREE")} <= got


def test_a_lower_price_granted_is_a_concession_not_aid() -> None:
    got = dyads("Москва снизит для Еревана цену на газ.", lang="ru")
    assert ("RUS", "ARM", "CONCEDE") in got and ("RUS", "ARM", "AID") not in got


def test_deliveries_under_a_restriction_are_no_cooperation() -> None:
    got = dyads("Казахстан снял ограничения на поставки в Казахстан киргизского молока.", lang="ru")
    assert ("KAZ", "KGZ", "CONCEDE") in got
    assert not {d for d in got if d[2] == "COOPERATE"}


def test_aspect_and_reflexive_forms() -> None:
    for verb in ("встретились", "встречались", "встретятся"):
        assert ("RUS", "BLR", "CONSULT") in dyads(f"Путин и Лукашенко {verb} в Сочи.", lang="ru")
    for text in ("Минск ввёл пошлины на польские товары.", "Минск вводит пошлины на польские товары."):
        assert ("BLR", "POL", "SANCTION") in dyads(text, lang="ru")


@pytest.mark.parametrize(("text", "expected"), [
    ("Польша открыла пункт пропуска Кузница на границе с Белоруссией.", {("POL", "BLR", "CONCEDE")}),
    ("Белоруссия вступила в Шанхайскую организацию сотрудничества.", {("BLR", "SCO", "AGREE")}),
    ("КГБ Белоруссии задержал двух граждан России по обвинению в шпионаже.", {("BLR", "RUS", "COERCE")}),
])
def test_crossings_accession_and_grounds(text: str, expected: set[tuple]) -> None:
    assert dyads(text, lang="ru") == expected


def test_a_decree_or_law_signed_on_sanctions_is_its_signers_sanction() -> None:
    assert ("UKR", "BLR", "SANCTION") in dyads("Зеленский подписал указ о санкциях против белорусских предприятий.",
                                               lang="ru")


@pytest.mark.parametrize("text, dyad", [
    ("МИД Эстонии пригласил в министерство временного поверенного России.", ("EST", "RUS", "ACCUSE")),
    ("Минобороны Литвы вызвало российского военного атташе.", ("LTU", "RUS", "ACCUSE")),
    ("МИД Польши передал российскому послу ноту протеста.", ("POL", "RUS", "ACCUSE")),
])
def test_an_envoy_summoned_or_handed_a_note_is_accused(text: str, dyad: tuple) -> None:
    got = dyads(text, lang="ru")
    assert dyad in got
    assert not any(d[2] == "AGREE" for d in got)  # (no invitation, no handover)


def test_a_state_declared_a_sponsor_of_terrorism_is_accused_not_recognised() -> None:
    got = dyads("Сейм Латвии признал Россию государством — спонсором терроризма.", lang="ru")
    assert ("LVA", "RUS", "ACCUSE") in got
    assert ("LVA", "RUS", "SUPPORT") not in got


def test_talks_intercepted_are_no_plane_forced_down() -> None:
    assert not dyads("Украинская разведка перехватила переговоры российских военных.", lang="ru")


def test_a_rally_dispersed_with_water_cannon_is_violence() -> None:
    got = {d[2] for d in dyads("Грузинская полиция разогнала водомётами и слезоточивым газом митинг оппозиции у парламента.", lang="ru")}
    assert got == {"ASSAULT"}


def test_arms_deliveries_promised_with_the_recipient_between() -> None:
    got = dyads("Москва пообещала ускорить поставки сирийской армии российских зенитных комплексов.", lang="ru")
    assert ("RUS", "SYR", "AID") in got
    assert ("RUS", "SYR", "AGREE") not in got


def test_symmetric_measures_promised_are_a_threat() -> None:
    assert ("BLR", "LTU", "THREATEN") in dyads("МИД Беларуси пообещал Литве симметричные меры.", lang="ru")


def test_a_measure_called_pressure_or_a_declaration_of_war_is_an_accusation() -> None:
    assert ("KAZ", "RUS", "ACCUSE") in dyads("Астана назвала решение Россельхознадзора политическим давлением.",
                                             lang="ru")
    # (a report called fake is denied, no accusation)
    assert not any(d[2] == "ACCUSE" for d in dyads("Минобороны Литвы назвало фейком сообщения о переброске войск.",
                                                   lang="ru"))


@pytest.mark.parametrize("text, code", [
    ("Тысячи человек вышли на марш протеста в Тбилиси.", "GEO"),
    ("Сотни жителей вышли на площадь в Ереване, требуя отставки премьера.", "ARM"),
])
def test_going_out_to_a_march_or_a_square_is_a_street_protest(text: str, code: str) -> None:
    assert (code, code, "PROTEST") in dyads(text, lang="ru")


def test_talks_that_ended_with_an_agreement_are_an_accord_of_their_parties() -> None:
    got = dyads("Переговоры Азербайджана и Армении в Алматы завершились договоренностью о демаркации границы.",
                lang="ru")
    assert {("AZE", "ARM", "AGREE"), ("ARM", "AZE", "AGREE"), ("AZE", "ARM", "CONSULT")} <= got


# ------------------------------------------------------------------ embassy staff cut on demand
@pytest.mark.parametrize(("text", "pair"), [
    # convention 6: ordering the other side to cut its embassy staff is the sanction, not a request
    ("Латвия потребовала от России сократить число дипломатов в посольстве в Риге.", ("LVA", "RUS")),
    ("Правительство Латвии потребовало от России сократить штат посольства в Риге до десяти человек.", ("LVA", "RUS")),
    ("Молдавия обязала российское посольство сократить штат.", ("MDA", "RUS")),
    ("Белоруссия сократила число литовских дипломатов в Минске.", ("BLR", "LTU")),
])
def test_staff_cut_demanded_is_a_sanction(text: str, pair: tuple[str, str]) -> None:
    found = dyads(text, lang="ru")
    assert (*pair, "SANCTION") in found, found
    assert (*pair, "REQUEST") not in found, found


def test_other_demand_stays_a_request() -> None:
    assert ("LTU", "BLR", "REQUEST") in dyads("Литва потребовала от Минска освободить политзаключенных.", lang="ru")


# ------------------------------------------------------------------ compound accord nouns, names split by the parse
@pytest.mark.parametrize("text", [
    "Россия и Армения подписали межправсоглашение о строительстве электростанции.",
    "Межправсоглашение между Россией и Арменией подписано в Ереване.",
    "Межправсоглашение, подписанное Россией и Арменией, вступило в силу.",
])
def test_compound_accord_nouns(text: str) -> None:
    found = dyads(text, lang="ru")
    assert {("RUS", "ARM", "AGREE"), ("ARM", "RUS", "AGREE")} <= found, found


def test_russian_act_of_war_is_an_accusation():
    assert ("UKR", "RUS", "ACCUSE") in dyads("Киев назвал обстрел со стороны России актом войны.", lang="ru")


def test_forces_leaving_a_country_named_as_a_noun_retreat() -> None:
    # «выход» of troops is a withdrawal, not a state leaving an organisation
    assert ("CSTO", "KAZ", "RETREAT") in dyads("Миротворцы ОДКБ в понедельник начали выход из Казахстана.", lang="ru")
    assert dyads("Армения заявила о выходе из ОДКБ.", lang="ru") == {("ARM", "CSTO", "SANCTION")}


# ------------------------------------------------------------------ sanctions told by verbal nouns and other envoys
@pytest.mark.parametrize(("text", "dyad"), [
    ("Вильнюс объявил о понижении уровня дипломатических отношений с Минском.", ("LTU", "BLR", "SANCTION")),
    ("Румыния отозвала из Москвы для консультаций главу своей дипмиссии.", ("ROU", "RUS", "SANCTION")),
    ("Минск ответил запретом въезда для польских депутатов.", ("BLR", "POL", "SANCTION")),
    ("Канада повысила пошлины на российские удобрения.", ("CAN", "RUS", "SANCTION")),
    ("Латвия будет бойкотировать белорусскую электроэнергию.", ("LVA", "BLR", "SANCTION")),
])
def test_sanction_nouns_envoys_duties_and_boycotted_goods(text: str, dyad: tuple) -> None:
    found = dyads(text, lang="ru")
    assert dyad in found, found
    assert not any(t == "PROTEST" for _, _, t in found), found


# ------------------------------------------------------------------ talks by video link, discussion rounds, ratifications exchanged
@pytest.mark.parametrize(("text", "dyad"), [
    ("Си Цзиньпин и Путин провели видеоконференцию.", ("CHN", "RUS", "CONSULT")),
    ("Делегации Молдовы и России провели в Вене очередной раунд дискуссий.", ("MDA", "RUS", "CONSULT")),
    ("Президент Казахстана обменялся с Мирзиёевым ратификационными грамотами договора о границе.",
     ("UZB", "KAZ", "AGREE")),
])
def test_video_talks_discussion_rounds_and_ratifications_exchanged(text: str, dyad: tuple) -> None:
    found = dyads(text, lang="ru")
    assert dyad in found and (dyad[1], dyad[0], dyad[2]) in found, found


def test_ordering_a_mission_cut_is_a_sanction() -> None:
    # convention 6: ordering the other's diplomatic mission cut is a sanction, not a request
    assert ("BLR", "LTU", "SANCTION") in dyads(
        "Белорусские власти потребовали сократить численность литовской дипмиссии.", lang="ru")


def test_an_envoy_told_to_leave_between_the_verbs_is_expelled() -> None:
    # convention 6: the envoy named between the demand and the leaving; an expulsion, not a request
    found = dyads("Вильнюс потребовал от белорусского посла покинуть страну в течение трёх суток.", lang="ru")
    assert ("LTU", "BLR", "SANCTION") in found and ("LTU", "BLR", "REQUEST") not in found, found
    assert ("POL", "RUS", "SANCTION") in dyads("Варшава предложила российскому послу покинуть страну.", lang="ru")


def test_an_invitation_to_come_is_no_accord() -> None:
    # «пригласил посетить»: no accord (CAMEO 036 is AGREE); an envoy invited to the ministry is still summoned
    found = dyads("Премьер Индии пригласил президента Бразилии посетить Нью-Дели в будущем году.", lang="ru")
    assert not any(d[2] == "AGREE" for d in found), found

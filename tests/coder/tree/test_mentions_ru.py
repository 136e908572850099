"""Russian actors placed in the tree (coder/tree/mentions.py): cases, coordinations, pronouns, the document's memory."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text
from tests.coder.tree.helpers import dyads, dyads_status

pytestmark = pytest.mark.coder("tree")


# ------------------------------ Russian ------------------------------


def test_authorities_are_those_of_the_leader_named_before_them():
    # base.Coder._resolve_bare: a long title and name before "the authorities" is near them by its
    # last word, nearer than the country named after them
    assert ("LVA", "RUS", "SANCTION", "occurred") in dyads_status(
        "Latvian Prime Minister Anna Berzina told reporters the authorities had closed all border crossings with "
        "Russia.")
    assert ("LVA", "RUS", "SANCTION", "occurred") in dyads_status(
        "Премьер-министр Латвии Анна Берзиня сообщила, что власти закрыли все пограничные переходы с Россией.",
        lang="ru")


def test_a_bare_title_telling_of_its_own_government_alleges_nothing():
    got = dyads("Правительство Литвы готовится закрыть два пункта пропуска на границе с Беларусью, "
                "заявила в понедельник премьер-министр.", "2024-05-10", lang="ru")
    assert ("LTU", "BLR", "SANCTION") in got and not any(t == "ACCUSE" for _, _, t in got)


def test_coordinated_triggers_of_one_act_share_their_parties():
    assert ("AZE", "ARM", "ACCUSE") in dyads("Azerbaijan's accusations and harsh criticism against Armenia continued.")
    assert ("BLR", "CHN", "REQUEST") in dyads(
        "Макей отметил, что это просьба Белоруссии и настойчивая просьба к китайской стороне.", lang="ru")


def test_common_variants_of_names_and_titles():
    assert ("BLR", "POL", "ACCUSE") in dyads("Министерство иностранных дел Беларуссии вызвало посла Польши.",
                                             "2021-03-04", "ru")


def test_leaders_officials_and_state_companies_of_the_region_are_actors():
    assert {("MDA", "ARM", "CONSULT"), ("ARM", "MDA", "CONSULT")} <= dyads("Sandu met Pashinyan in Chisinau on Monday.",
                                                                           "2021-03-04")
    assert ("USA", "BLR", "SANCTION") in dyads("The US Treasury imposed sanctions on Belneftekhim in 2008.",
                                               "2021-03-04")
    # Russian surnames in any case ("Пашиняном" lemmatises apart from "Пашинян")
    assert {("MDA", "ARM", "CONSULT"), ("ARM", "MDA", "CONSULT")} <= dyads(
        "Санду встретилась с Пашиняном в Кишиневе.", lang="ru")
    assert ("POL", "BLR", "REQUEST") in dyads("Сикорский призвал Минск освободить заключенных.", lang="ru")
    # a city of the country is a place there, and the country's when it acts or is acted on
    assert ("RUS", "UKR", "ASSAULT") in dyads("Russian forces shelled Kharkiv overnight.")


def test_a_state_that_protests_complains_and_its_people_protest():
    assert ("LTU", "BLR", "ACCUSE") in dyads(
        "Вильнюс протестует против ареста литовского гражданина в Белоруссии.", lang="ru")
    assert ("ARM", "RUS", "PROTEST") in dyads("Thousands of Armenians rallied in Yerevan against Russia.")
    # the other party of a complaint about one's own citizens is named deeper
    assert ("RUS", "BLR", "ACCUSE") in dyads("Москва осудила задержание российских журналистов в Минске.", lang="ru")


def test_the_sides_and_the_leaders_of_both_countries_are_the_document_s_pair():
    from dyadwatch.coder.base import DocState

    state = DocState(pub_date="2021-03-04")
    code_text("Путин и Лукашенко провели переговоры в Сочи.", "2021-03-04", "ru", state=state)
    got = {(e.source, e.target, e.type) for e in
           code_text("Стороны подписали соглашение о сотрудничестве.", "2021-03-04", "ru", state=state)}
    assert got == {("RUS", "BLR", "AGREE"), ("BLR", "RUS", "AGREE")}
    got = {(e.source, e.target, e.type) for e in
           code_text("Лидеры двух стран подписали договор.", "2021-03-04", "ru", state=state)}
    assert got == {("RUS", "BLR", "AGREE"), ("BLR", "RUS", "AGREE")}


def test_he_and_his_are_the_person_named_last():
    from dyadwatch.coder.base import DocState

    state = DocState(pub_date="2021-03-04")
    code_text("Лукашенко прилетел в Москву.", "2021-03-04", "ru", state=state)
    got = {(e.source, e.target, e.type) for e in code_text("Он встретился с Путиным.", "2021-03-04", "ru", state=state)}
    assert got == {("BLR", "RUS", "CONSULT"), ("RUS", "BLR", "CONSULT")}
    assert ("BLR", "RUS", "REQUEST") in dyads("Лукашенко подчеркнул, что это его просьба к российской стороне.",
                                              lang="ru")


def test_a_document_signed_on_an_act_is_the_signing() -> None:
    # the topic of the agreement signed («соглашение о размещении») is no act the signers agreed to do
    # instead of signing (as "agreed to expand sanctions" is the sanction)
    got = dyads("Путин и Токаев подписали соглашение о размещении военной базы.", lang="ru")
    assert {("RUS", "KAZ", "AGREE"), ("KAZ", "RUS", "AGREE")} <= got


def test_a_person_pronoun_does_not_refer_to_an_institution() -> None:
    got = dyads("Глава МИД Литвы прибыл в Минск. МИД Белоруссии вручил ему ноту протеста.", lang="ru")
    assert ("BLR", "LTU", "ACCUSE") in got


def test_the_leaders_of_both_countries_are_the_two_the_sentence_names() -> None:
    got = dyads("Министр России по итогам переговоров лидеров двух стран сообщил, что кредит Белоруссии согласован.",
                lang="ru")
    assert {("RUS", "BLR", "CONSULT"), ("BLR", "RUS", "CONSULT")} <= got


def test_a_feminine_pronoun_is_the_feminine_state_named_before_it() -> None:
    got = dyads("Эстония ответит жёстко, если Москва введёт против неё новые санкции.", lang="ru")
    assert ("RUS", "EST", "SANCTION") in got
    # a woman named last: no state
    assert ("LTU", "LTU", "SUPPORT") not in dyads("Литва приветствовала Тихановскую и пообещала поддержать её.",
                                                  lang="ru")


@pytest.mark.parametrize("text", ["Киргизия ратифицировала устав ОДКБ.", "Президент Киргизии объяснил, почему не подписал устав ОДКБ."])
def test_an_organisation_s_own_document_is_signed_one_way(text: str) -> None:
    got = dyads(text, lang="ru")
    assert ("KGZ", "CSTO", "AGREE") in got
    assert ("CSTO", "KGZ", "AGREE") not in got


def test_a_document_signed_with_an_organisation_is_both_ways() -> None:
    assert {("KGZ", "EAEU", "AGREE"), ("EAEU", "KGZ", "AGREE")} <= dyads("Киргизия подписала соглашение с ЕАЭС.",
                                                                         lang="ru")


def test_an_indefinite_they_in_an_institution_is_that_institution() -> None:
    assert ("LVA", "EST", "REJECT") in dyads("В МИД Латвии назвали обвинения Эстонии беспочвенными.", lang="ru")


@pytest.mark.parametrize("text, event", [
    ("«Хезболла» в субботу обстреляла север Израиля.", ("LBN", "ISR", "ASSAULT")),
    ("ХАМАС и Египет провели переговоры в Каире.", ("PSE", "EGY", "CONSULT")),
])
def test_armed_movements_by_their_russian_names(text: str, event: tuple) -> None:
    assert event in dyads(text, "2023-05-10", "ru")


def test_a_leader_unknown_by_name_is_of_the_country_the_sentence_names_first() -> None:
    got = dyads("Эстония закрыла на сутки пункт пропуска в Нарве из-за провокаций с территории России, а премьер Мартин"
                " Кыйв пригрозил Москве полным закрытием границы.", lang="ru")
    assert ("EST", "RUS", "THREATEN") in got


def test_turchin_is_not_turchynov() -> None:
    assert ("BLR", "RUS", "CONSULT") not in dyads("Бывший спикер Верховной рады Александр Турчинов раскритиковал Москву.", lang="ru")
    assert ("UKR", "RUS", "ACCUSE") in dyads("Бывший спикер Верховной рады Александр Турчинов раскритиковал Москву.",
                                             lang="ru")


# ------------------------------------------------------------------ «эти страны»: the states listed before
def test_these_states_are_the_ones_listed_before() -> None:
    got = dyads("Минск обвинил Латвию и Эстонию во вмешательстве и пригрозил закрыть границу с этими странами.",
                lang="ru")
    assert {("BLR", "LVA", "THREATEN"), ("BLR", "EST", "THREATEN")} <= got


def test_these_states_need_a_list() -> None:
    # no list of states before «этими странами»: no party
    got = dyads("Литва выслала российского дипломата, а Минск пригрозил закрыть границу с этими странами.", lang="ru")
    assert not any(a == "BLR" for a, _, _ in got)
    assert ("LTU", "RUS", "SANCTION") in got


def test_mali_named_alone() -> None:
    assert ("MLI", "FRA", "SANCTION") in dyads("Мали выслала посла Франции.", lang="ru")


@pytest.mark.parametrize(("text", "dyad"), [
    ("Польские фермеры заблокировали пункт пропуска на границе с Украиной.", ("POL", "UKR", "PROTEST")),
    ("Литовские перевозчики перекрыли дорогу к границе с Белоруссией.", ("LTU", "BLR", "PROTEST")),
    ("Польша заблокировала пункт пропуска на границе с Белоруссией.", ("POL", "BLR", "SANCTION")),
])
def test_a_crossing_blocked_by_people_is_a_protest_by_a_state_a_sanction(text: str, dyad: tuple) -> None:
    got = dyads(text, lang="ru")
    assert dyad in got and len({d[2] for d in got}) == 1


@pytest.mark.parametrize(("text", "dyad"), [
    ("Польша закрыла польско-белорусскую границу.", ("POL", "BLR", "SANCTION")),
    ("Астана закрыла пункты пропуска на киргизско-казахстанской границе.", ("KAZ", "KGZ", "SANCTION")),
    ("Минск выразил протест в связи с закрытием Литвой пунктов пропуска на белорусско-литовской границе.",
     ("LTU", "BLR", "SANCTION")),
    ("Армяно-азербайджанские переговоры прошли в Вашингтоне.", ("ARM", "AZE", "CONSULT")),
])
def test_a_compound_adjective_of_two_states_names_both(text: str, dyad: tuple) -> None:
    got = dyads(text, lang="ru")
    assert dyad in got and not any(d[0] == d[1] for d in got)


@pytest.mark.parametrize(("text", "expected"), [
    ("Белоруссия ответит жёстко, если Евросоюз введёт новые санкции.", {("BLR", "EU", "THREATEN")}),
    ("Ноту протеста Вильнюсу вручило Министерство иностранных дел Беларуси.", {("BLR", "LTU", "ACCUSE")}),
    ("Стороны действуют в соответствии с Договором о создании Союзного государства.", set()),
])
def test_threats_postposed_subjects_and_named_documents(text: str, expected: set[tuple]) -> None:
    got = dyads(text, lang="ru")
    assert expected <= got and not {t for t in got if t[2] == "AGREE"}


def test_a_document_of_talks_plural_titles_future_nouns_and_a_received_loan() -> None:
    from dyadwatch.coder.base import DocState
    from dyadwatch.coder.run import code_text as code_in_document

    state = DocState(pub_date="2017-04-09")
    code_in_document("3 апреля Путин и Лукашенко встретились в Санкт-Петербурге.", "2017-04-09", "ru", state=state)
    got = {(e.source, e.target, e.type) for e in code_in_document(
        "Президенты договорились урегулировать газовый спор.", "2017-04-09", "ru", state=state)}
    assert got == {("RUS", "BLR", "AGREE"), ("BLR", "RUS", "AGREE")}
    evs = code_in_document("Москва возобновит поставки нефти в Белоруссию.", "2017-04-09", "ru", state=state)
    assert {e.status for e in evs} == {"planned"}
    evs = code_in_document("Белорусская сторона также получила новый кредит.", "2017-04-09", "ru", state=state)
    assert {(e.source, e.target, e.type) for e in evs} == {("RUS", "BLR", "AID")}


def test_a_bare_organisation_noun_is_the_organisation_named_before() -> None:
    got = dyads("Токаев, ранее раскритиковавший ОДКБ, проигнорировал заседание организации в Минске.", lang="ru")
    assert ("KAZ", "CSTO", "SANCTION") in got
    assert ("KAZ", "BLR", "SANCTION") not in got  # (the venue is no party)
    # organising is no organisation («в организации протестов»)
    assert dyads("Польша, член НАТО, обвинила Минск в организации протестов.", lang="ru") >= {("POL", "BLR", "ACCUSE")}
    assert not any("NATO" in d[:2] and d[2] == "ACCUSE" for d in dyads("Польша, член НАТО, обвинила Минск в организации протестов.", lang="ru"))


# ------------------------------------------------------------------ a minority's member is no foreign state
@pytest.mark.parametrize("text", [
    "Суд в Гродно приговорил активиста литовской общины к пяти годам колонии.",
    "Брестский областной суд приговорил лидера литовской общины к пяти годам колонии.",
    "Белорусские силовики задержали активистов польского меньшинства.",
])
def test_minority_member_is_coded_where_they_live(text: str) -> None:
    found = dyads(text, lang="ru")
    assert ("BLR", "BLR", "COERCE") in found, found
    assert not any(tg in ("LTU", "POL") for _, tg, _ in found), found


def test_foreign_citizens_stay_foreign() -> None:
    assert ("BLR", "POL", "COERCE") in dyads("Белорусские пограничники задержали польских граждан.", lang="ru")


# --- actors: a name the common noun shares, only as written with a capital (coder/lang/ru lemmas.yaml `capitalised`) ---
def test_the_states_are_a_name_only_with_a_capital():
    assert dyads("Россия сократила штат посольства Молдавии в Москве.", lang="ru") == {("RUS", "MDA", "SANCTION")}
    assert ("USA", "BLR", "SANCTION") in dyads("Штаты ввели новые санкции против Белоруссии.", lang="ru")
    assert ("RUS", "USA", "REQUEST") in dyads("Москва потребовала от Штатов вывести войска из Сирии.", lang="ru")


@pytest.mark.coder("learned")  # (its file had no marker: the default coder)
def test_fellow_members_named_by_their_organisation() -> None:
    # the addressee of a request named as fellow members of an organisation is that organisation, not the party
    # the requested act would be aimed at
    assert dyads("Эстония призвала партнёров по ЕС запретить импорт российского зерна.", lang="ru") \
        == {("EST", "EU", "REQUEST")}
    assert dyads("Эстония призвала союзников по НАТО усилить давление на Москву.", lang="ru") \
        == {("EST", "NATO", "REQUEST")}
    assert dyads("Estonia urged its allies in NATO to send more troops to the Baltic.") == {("EST", "NATO", "REQUEST")}


def test_an_opposition_in_exile_is_not_of_the_country_it_addresses() -> None:
    # its own country is the people named by a common word; with none named, no actor at all
    found = dyads("Оппозиция в изгнании попросила Польшу открыть границу для белорусов.", lang="ru")
    assert ("BLR", "POL", "REQUEST") in found and not any(d[0] == "POL" for d in found), found
    assert not dyads("Оппозиция в эмиграции попросила Польшу открыть границу.", lang="ru")


def test_european_officials_are_of_the_union() -> None:
    # officials and carriers described as European stand for the EU; politicians (anyone's) do not
    assert ("RUS", "EU", "SANCTION") in dyads("Москва запретила въезд ряду европейских чиновников.", lang="ru")
    assert not any(d[1] == "EU" for d in dyads(
        "Тбилиси отверг призывы европейских политиков ввести санкции против Москвы.", lang="ru"))

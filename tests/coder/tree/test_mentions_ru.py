"""Russian actors placed in the tree (coder/tree/mentions.py): cases, coordinations, pronouns, the document's memory."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text
from tests.coder.tree.helpers import (
    _events,
    dyads_20210304,
    dyads_20230510,
    dyads_en_20210304,
    dyads_en_20240510,
    dyads_ru_20240510,
    triples_ru_20211015,
    uses,
)
from tests.coder.tree.helpers import (
    coded_ru_status_date_20210304 as coded,
)
from tests.coder.tree.helpers import (
    dyads_ru_20240510_b as dyads,
)
from tests.coder.tree.helpers import (
    events_en_status_20210304 as events,
)
from tests.coder.tree.helpers import (
    triples_ru_20240314 as triples,
)

pytestmark = pytest.mark.coder("tree")


# ------------------------------ Russian ------------------------------


def test_authorities_are_those_of_the_leader_named_before_them():
    # base.Coder._resolve_bare: a long title and name before "the authorities" is near them by its
    # last word, nearer than the country named after them
    assert ("LVA", "RUS", "SANCTION", "occurred") in events(
        "Latvian Prime Minister Anna Berzina told reporters the authorities had closed all border crossings with "
        "Russia.")
    assert ("LVA", "RUS", "SANCTION", "occurred") in events(
        "Премьер-министр Латвии Анна Берзиня сообщила, что власти закрыли все пограничные переходы с Россией.",
        lang="ru")


@uses(dyads=dyads_en_20240510)
def test_a_passive_act_on_someones_orders_is_theirs():
    assert ("BLR", "LTU", "CONCEDE") in dyads("Two Lithuanian truck drivers were released on the orders of Lukashenko.")
    assert ("BLR", "LVA", "CONCEDE") in dyads("Двое граждан Латвии были освобождены по указу Лукашенко.", lang="ru")


@uses(dyads=dyads_en_20240510)
def test_a_bare_title_telling_of_its_own_government_alleges_nothing():
    got = dyads("Правительство Литвы готовится закрыть два пункта пропуска на границе с Беларусью, "
                "заявила в понедельник премьер-министр.", lang="ru")
    assert ("LTU", "BLR", "SANCTION") in got and not any(t == "ACCUSE" for _, _, t in got)


@uses(dyads=dyads_en_20210304)
def test_coordinated_triggers_of_one_act_share_their_parties():
    assert ("AZE", "ARM", "ACCUSE") in dyads("Azerbaijan's accusations and harsh criticism against Armenia continued.")
    assert ("BLR", "CHN", "REQUEST") in dyads(
        "Макей отметил, что это просьба Белоруссии и настойчивая просьба к китайской стороне.", lang="ru")


@uses(dyads=dyads_en_20210304)
def test_common_variants_of_names_and_titles():
    assert ("BLR", "POL", "ACCUSE") in dyads("Министерство иностранных дел Беларуссии вызвало посла Польши.",
                                             "2021-03-04", "ru")


@uses(dyads=dyads_en_20210304)
def test_leaders_officials_and_state_companies_of_the_region_are_actors():
    assert {("MDA", "ARM", "CONSULT"), ("ARM", "MDA", "CONSULT")} <= dyads("Sandu met Pashinyan in Chisinau on Monday.")
    assert ("USA", "BLR", "SANCTION") in dyads("The US Treasury imposed sanctions on Belneftekhim in 2008.")
    # Russian surnames in any case ("Пашиняном" lemmatises apart from "Пашинян")
    assert {("MDA", "ARM", "CONSULT"), ("ARM", "MDA", "CONSULT")} <= dyads(
        "Санду встретилась с Пашиняном в Кишиневе.", lang="ru")
    assert ("POL", "BLR", "REQUEST") in dyads("Сикорский призвал Минск освободить заключенных.", lang="ru")
    # a city of the country is a place there, and the country's when it acts or is acted on
    assert ("RUS", "UKR", "ASSAULT") in dyads("Russian forces shelled Kharkiv overnight.")


@uses(dyads=dyads_en_20210304)
def test_the_one_blamed_for_a_named_act_is_its_actor_and_the_act_is_coded():
    for text, lang in (("Киев осудил обстрел Харькова российскими войсками.", "ru"),
                       ("Kyiv condemned the shelling of Kharkiv by Russian troops.", "en")):
        assert {("UKR", "RUS", "ACCUSE"), ("RUS", "UKR", "ASSAULT")} <= dyads(text, lang=lang)
    # the act's actor must be named in its own phrase, not be the critic ("Moscow condemned the
    # detention of Russian journalists": no Russian act on Russians)
    got = dyads("Москва осудила задержание российских журналистов в Минске.", lang="ru")
    assert ("RUS", "RUS", "COERCE") not in got


@uses(dyads=dyads_en_20210304)
def test_a_state_that_protests_complains_and_its_people_protest():
    assert ("LTU", "BLR", "ACCUSE") in dyads(
        "Вильнюс протестует против ареста литовского гражданина в Белоруссии.", lang="ru")
    assert ("ARM", "RUS", "PROTEST") in dyads("Thousands of Armenians rallied in Yerevan against Russia.")
    # the other party of a complaint about one's own citizens is named deeper
    assert ("RUS", "BLR", "ACCUSE") in dyads("Москва осудила задержание российских журналистов в Минске.", lang="ru")


@uses(dyads=dyads_en_20210304)
def test_a_stance_drawn_by_the_subject_is_the_party_its_noun_names():
    got = dyads("Учения Польши вызвали резкое осуждение Минска.", lang="ru")
    assert ("BLR", "POL", "ACCUSE") in got and ("POL", "BLR", "ACCUSE") not in got
    assert ("BLR", "LTU", "ACCUSE") in dyads("Учения Литвы вызвали критику со стороны Белоруссии.", lang="ru")
    # a stance expressed (not drawn) keeps its subject as holder
    assert ("RUS", "UKR", "ACCUSE") in dyads("Москва выразила осуждение действий Киева.", lang="ru")


def test_a_range_of_days_dates_the_event_by_its_first_day():
    got = coded("Учения России и Белоруссии пройдут с 12 по 16 сентября.", "2021-08-27")
    assert ("RUS", "BLR", "COOPERATE", "planned", "2021-09-12") in got


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


def test_a_verb_phrase_s_head_is_its_verb_and_joining_sanctions_imposes_them():
    assert dyads("Москва высоко оценила позицию Минска.") == {("RUS", "BLR", "SUPPORT")}
    assert dyads("Канада присоединилась к санкциям против Белоруссии.") == {("CAN", "BLR", "SANCTION")}


def test_a_document_signed_on_an_act_is_the_signing() -> None:
    # the topic of the agreement signed («соглашение о размещении») is no act the signers agreed to do
    # instead of signing (as "agreed to expand sanctions" is the sanction)
    got = _events("Путин и Токаев подписали соглашение о размещении военной базы.")
    assert {("RUS", "KAZ", "AGREE"), ("KAZ", "RUS", "AGREE")} <= got


@uses(dyads=dyads_ru_20240510)
def test_the_agent_of_a_participle_on_people_is_not_one_actor_with_them() -> None:
    # «освобождённые Беларусью граждане Литвы»: Belarus frees Lithuanians, not Belarus itself
    got = dyads("Освобождённые Беларусью граждане Литвы в пятницу вернулись на родину.")
    assert ("BLR", "LTU", "CONCEDE") in got and ("BLR", "BLR", "CONCEDE") not in got
    got = dyads("Задержанные белорусскими пограничниками граждане Литвы были переданы консулу.")
    assert ("BLR", "LTU", "COERCE") in got and ("BLR", "BLR", "COERCE") not in got
    # an adjective and its title stay one actor
    assert ("RUS", "LTU", "CONCEDE") in dyads("Российские власти освободили граждан Литвы.")


def test_a_person_pronoun_does_not_refer_to_an_institution() -> None:
    got = dyads("Глава МИД Литвы прибыл в Минск. МИД Белоруссии вручил ему ноту протеста.")
    assert ("BLR", "LTU", "ACCUSE") in got


@pytest.mark.parametrize("text", [
    "Литва выразила протест в связи с нарушением границы Белоруссией.",
    "Литва выразила решительный протест в связи с провокацией Белоруссии.",
])
def test_the_ground_of_a_protest_names_its_target(text: str) -> None:
    assert ("LTU", "BLR", "ACCUSE") in dyads(text)


def test_the_dative_of_a_predicate_does_its_clausal_subject() -> None:
    got = dyads("Литве приходится вести переговоры с Польшей.")
    assert {("LTU", "POL", "CONSULT"), ("POL", "LTU", "CONSULT")} <= got
    assert ("LTU", "POL", "AGREE") in dyads("Литве удалось договориться с Польшей о поставках газа.")


def test_the_leaders_of_both_countries_are_the_two_the_sentence_names() -> None:
    got = dyads("Министр России по итогам переговоров лидеров двух стран сообщил, что кредит Белоруссии согласован.")
    assert {("RUS", "BLR", "CONSULT"), ("BLR", "RUS", "CONSULT")} <= got


def test_a_feminine_pronoun_is_the_feminine_state_named_before_it() -> None:
    got = dyads("Эстония ответит жёстко, если Москва введёт против неё новые санкции.")
    assert ("RUS", "EST", "SANCTION") in got
    # a woman named last: no state
    assert ("LTU", "LTU", "SUPPORT") not in dyads("Литва приветствовала Тихановскую и пообещала поддержать её.")


@uses(dyads=dyads_20210304)
def test_a_sentence_may_open_with_its_verb() -> None:
    # slovnet reads a capitalised first word as a noun; one that can only be a verb is read lower-cased
    from dyadwatch.nlp.lang.ru.syntax import parse

    doc = parse(["Договорились министры Армении и Грузии и о новой встрече."])[0]
    assert doc[0].pos_ == "VERB" and doc[0].text == "Договорились"
    assert {("ARM", "GEO", "AGREE"), ("GEO", "ARM", "AGREE")} <= dyads("Договорились министры Армении и Грузии и о новой встрече.")
    assert parse(["Армения и Грузия условились о встрече."])[0][0].text == "Армения"


@uses(dyads=dyads_20210304)
@pytest.mark.parametrize("text", ["Киргизия ратифицировала устав ОДКБ.", "Президент Киргизии объяснил, почему не подписал устав ОДКБ."])
def test_an_organisation_s_own_document_is_signed_one_way(text: str) -> None:
    got = dyads(text)
    assert ("KGZ", "CSTO", "AGREE") in got
    assert ("CSTO", "KGZ", "AGREE") not in got


@uses(dyads=dyads_20210304)
def test_a_document_signed_with_an_organisation_is_both_ways() -> None:
    assert {("KGZ", "EAEU", "AGREE"), ("EAEU", "KGZ", "AGREE")} <= dyads("Киргизия подписала соглашение с ЕАЭС.")


@uses(dyads=dyads_20210304)
def test_a_plural_verb_with_its_own_subject_is_no_indefinite_they() -> None:
    got = dyads("Латвия и Литва выслали эстонских дипломатов.")
    assert {("LVA", "EST", "SANCTION"), ("LTU", "EST", "SANCTION")} <= got


@uses(dyads=dyads_20210304)
def test_a_joined_act_with_its_own_party_keeps_it() -> None:
    got = dyads("Эстония раскритиковала Латвию и пообещала союзникам помощь.")
    assert ("EST", "LVA", "AID") not in got


@uses(dyads=dyads_20230510)
def test_countries_listed_before_their_verb_each_act() -> None:
    # the parse makes «Чехия» the root and «продлили» its clause, «Еврокомиссия» the subject of «продлили»
    got = dyads("Чехия, Австрия и Словения в одностороннем порядке ввели запрет на ввоз белорусских удобрений"
                " после того, как Еврокомиссия в четверг не стала вводить общие ограничения.")
    assert {("CZE", "BLR", "SANCTION"), ("AUT", "BLR", "SANCTION"), ("SVN", "BLR", "SANCTION")} <= got
    assert ("EU", "BLR", "SANCTION") not in got


@uses(dyads=dyads_20230510)
@pytest.mark.parametrize("text, event", [
    ("«Хезболла» в субботу обстреляла север Израиля.", ("LBN", "ISR", "ASSAULT")),
    ("ХАМАС и Египет провели переговоры в Каире.", ("PSE", "EGY", "CONSULT")),
])
def test_armed_movements_by_their_russian_names(text: str, event: tuple) -> None:
    assert event in dyads(text)


@uses(dyads=dyads_20230510)
def test_a_party_s_report_of_a_nominal_act_with_no_maker_of_its_own_is_its_act() -> None:
    got = dyads("Глава Минобороны Латвии сообщил о переброске дополнительных подразделений к границе с Белоруссией.")
    assert ("LVA", "BLR", "MOBILIZE") in got


@uses(dyads=dyads_20230510)
def test_a_leader_unknown_by_name_is_of_the_country_the_sentence_names_first() -> None:
    got = dyads("Эстония закрыла на сутки пункт пропуска в Нарве из-за провокаций с территории России, а премьер Мартин"
                " Кыйв пригрозил Москве полным закрытием границы.")
    assert ("EST", "RUS", "THREATEN") in got


def test_relations_restored_by_accord_are_its_matter() -> None:
    got = dyads("Вьетнам и Камбоджа договорились восстановить прямое авиасообщение и возобновить контакты "
                "между министерствами обороны.")
    assert {("VNM", "KHM", "AGREE"), ("KHM", "VNM", "AGREE")} <= got
    assert not any(d[2] == "SUPPORT" for d in got)


def test_a_release_in_a_participle_naming_its_actor_is_coded() -> None:
    got = dyads("Четверо граждан Латвии оказались среди узников, освобождённых по указу президента Белоруссии.")
    assert ("BLR", "LVA", "CONCEDE") in got


def test_a_nominal_expulsion_names_the_expelling_state_in_its_from_phrase():
    got = dyads("Высылка трёх польских консулов из Минска стала неожиданностью для Варшавы.")
    assert ("BLR", "POL", "SANCTION") in got


def test_a_coordinated_subject_hung_on_a_later_verb_with_its_own_subject():
    got = dyads("Армения и Россия так и не подписали контракт на поставку газа на 2025 год, и российские компании "
                "прекратили отгрузку топлива армянским заводам.")
    assert {("ARM", "RUS", "AGREE"), ("RUS", "ARM", "AGREE")} <= got


def test_exercises_whose_named_participants_are_two_states_are_their_military_cooperation():
    got = dyads("Под Гродно начались маневры, в которых задействованы части армий Казахстана и Белоруссии.")
    assert {("KAZ", "BLR", "COOPERATE"), ("BLR", "KAZ", "COOPERATE")} <= got
    got = dyads("На полигоне под Витебском прошли учения с участием десантников России и Белоруссии.")
    assert {("RUS", "BLR", "COOPERATE"), ("BLR", "RUS", "COOPERATE")} <= got


def test_v_polzu_names_whom_an_act_serves_not_its_target():
    got = dyads("Казахстан ввёл квоты на ввоз топлива в пользу казахстанских нефтепереработчиков.")
    assert ("KAZ", "KAZ", "SANCTION") not in got
    got = dyads("Латвия задержала журналиста по подозрению в шпионаже в пользу Белоруссии.")
    assert ("LVA", "BLR", "COERCE") not in got


def test_so_storony_on_the_verb_of_a_nominal_acts_happening_names_its_maker():
    got = dyads("Со стороны Баку последовали обстрелы армянских сёл.")
    assert ("AZE", "ARM", "ASSAULT") in got
    assert ("ARM", "AZE", "ASSAULT") not in got


@pytest.mark.parametrize(("text", "expected"), [
    # entry refused at the border: the people's country is the target (convention 6)
    ("Эстонские пограничники не пустили в страну гражданина России, прибывшего на автобусе.", ("EST", "RUS", "SANCTION")),
    ("Латвийские пограничники не пропустили в страну группу туристов из Беларуси.", ("LVA", "BLR", "SANCTION")),
    # put into a package of sanctions or onto an entry-ban list
    ("Совет ЕС включил Беларусь в новый пакет санкций.", ("EU", "BLR", "SANCTION")),
    ("Латвия внесла Лукашенко в список лиц, которым запрещен въезд.", ("LVA", "BLR", "SANCTION")),
    ("Великобритания расширила санкционные списки в отношении российских компаний.", ("GBR", "RUS", "SANCTION")),
    # tear gas used on protesters, a place between the verb and the means
    ("Белорусский ОМОН применил против протестующих в Гродно слезоточивый газ и дубинки.", ("BLR", "BLR", "ASSAULT")),
    # a court named by its city's adjective is that country's
    ("Минский городской суд приговорил гражданина Латвии к шести годам колонии.", ("BLR", "LVA", "COERCE")),
    ("Вильнюсский окружной суд арестовал активы белорусской компании.", ("LTU", "BLR", "COERCE")),
    # Belarus's prime minister since 2025, not Ukraine's Turchynov
    ("Премьер-министр Беларуси Александр Турчин провел переговоры с Мишустиным.", ("BLR", "RUS", "CONSULT")),
    ("Мишустин встретился с Турчиным в Минске.", ("RUS", "BLR", "CONSULT")),
    ("Бывший спикер Верховной рады Александр Турчинов раскритиковал Москву.", ("UKR", "RUS", "ACCUSE")),
    ("Вице-премьер Николай Снопков встретился с послом Китая.", ("BLR", "CHN", "CONSULT")),
])
def test_genre_recall(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(text)


def test_an_agreement_broken_off_is_a_sanction_and_its_matter_no_act():
    got = dyads("Румыния разорвала соглашение о военном сотрудничестве с Россией.")
    assert ("ROU", "RUS", "SANCTION") in got
    assert not any(d[2] in ("COOPERATE", "AGREE") for d in got)
    got = dyads("Россия и Китай подписали соглашение о военном сотрудничестве.")
    assert ("RUS", "CHN", "AGREE") in got and ("CHN", "RUS", "AGREE") in got
    assert not any(d[2] == "COOPERATE" for d in got)


def test_a_stance_drawn_by_the_clause_before_a_pronoun_is_aimed_at_its_maker():
    got = dyads("Польша ввела пошлины на белорусские товары, что вызвало резкую критику Минска.")
    assert ("BLR", "POL", "ACCUSE") in got and ("POL", "BLR", "SANCTION") in got
    # (a protest an act drew from a state is its accusation, convention 6)
    assert ("BLR", "LTU", "ACCUSE") in dyads("Действия Литвы вызвали протест Минска.")


def test_a_measure_is_not_aimed_at_its_own_maker() -> None:
    # convention 7: «свою территорию» names the actor again, no X -> X beside X -> Y
    got = dyads("Эстония запретила въезд на свою территорию десяти гражданам Белоруссии.")
    assert ("EST", "BLR", "SANCTION") in got
    assert ("EST", "EST", "SANCTION") not in got


def test_the_armed_forces_of_ukraine_by_their_acronym() -> None:
    assert ("UKR", "RUS", "ASSAULT") in dyads("ВСУ обстреляли Курск.")


def test_withdrawal_with_its_party_named_goes_one_way() -> None:
    got = triples("Россия и Белоруссия договорились вывести российские войска из Белоруссии.")
    assert ("BLR", "RUS", "RETREAT") not in got


@pytest.mark.parametrize(("text", "dyad"), [
    ("Польша закрыла польско-белорусскую границу.", ("POL", "BLR", "SANCTION")),
    ("Астана закрыла пункты пропуска на киргизско-казахстанской границе.", ("KAZ", "KGZ", "SANCTION")),
    ("Минск выразил протест в связи с закрытием Литвой пунктов пропуска на белорусско-литовской границе.",
     ("LTU", "BLR", "SANCTION")),
    ("Армяно-азербайджанские переговоры прошли в Вашингтоне.", ("ARM", "AZE", "CONSULT")),
])
def test_a_compound_adjective_of_two_states_names_both(text: str, dyad: tuple) -> None:
    got = dyads(text)
    assert dyad in got and not any(d[0] == d[1] for d in got)


@uses(triples=triples_ru_20211015)
def test_the_instrumental_after_a_verbal_noun_is_its_agent() -> None:
    assert ("EU", "BLR", "CONCEDE") in triples("Отмена Евросоюзом санкций против Минска стала неожиданностью.")


@uses(triples=triples_ru_20211015)
@pytest.mark.parametrize(("text", "expected"), [
    ("Белоруссия ответит жёстко, если Евросоюз введёт новые санкции.", {("BLR", "EU", "THREATEN")}),
    ("Ноту протеста Вильнюсу вручило Министерство иностранных дел Беларуси.", {("BLR", "LTU", "ACCUSE")}),
    ("Стороны действуют в соответствии с Договором о создании Союзного государства.", set()),
])
def test_threats_postposed_subjects_and_named_documents(text: str, expected: set[tuple]) -> None:
    got = triples(text)
    assert expected <= got and not {t for t in got if t[2] == "AGREE"}


def test_a_nouns_negation_sits_on_its_verb() -> None:
    evs = code_text("Белоруссия так и не присоединилась к западным санкциям против России.", "2023-06-01", "ru")
    assert {(e.type, e.status) for e in evs} == {("SANCTION", "denied")}


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

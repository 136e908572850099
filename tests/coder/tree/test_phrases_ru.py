"""Russian paths in the dependency tree (coder/tree/phrases.py): subjects, cases of prepositional phrases, participles."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text
from tests.coder.tree.helpers import dyads, dyads_status_date, first_event

pytestmark = pytest.mark.coder("tree")


# ------------------------------ Russian ------------------------------


def test_the_subject_of_a_verb_of_receiving_is_the_recipient_of_the_giver_s_act():
    assert ("CHN", "BLR", "AID") in dyads("Белоруссия получила от Китая кредит на 500 миллионов долларов.", lang="ru")
    assert not {d for d in dyads("Белоруссия получила кредит.", lang="ru") if d[0] == "BLR"}


def test_troops_of_no_named_country_are_the_subject_s():
    # the bare «войск» is not the nearest country's (Georgia's) but the withdrawing subject's
    assert dyads("Россия начала вывод войск из Грузии.", lang="ru") == {("RUS", "GEO", "RETREAT")}
    assert ("RUS", "GEO", "RETREAT") in dyads("Москва начала вывод своих войск из Грузии.", lang="ru")


def test_a_nominal_event_in_the_phrase_of_an_announcing_verb_is_its_subject_s():
    got = dyads_status_date("Евросоюз объявил о новых санкциях против Белоруссии, которые введут в марте.",
                            "2021-03-04", "ru")
    assert {(s, t, ty, st) for s, t, ty, st, _ in got} == {("EU", "BLR", "SANCTION", "planned")}
    got = dyads_status_date("Литва приступила к разработке ограничительных мер против Белоруссии.", "2021-03-04", "ru")
    assert {(s, t, ty, st) for s, t, ty, st, _ in got} == {("LTU", "BLR", "SANCTION", "planned")}
    # agreeing on an act is the agreement; the act agreed on is not coded beside it
    got = dyads("Об учениях договорились Путин и Лукашенко.", lang="ru")
    assert {t[2] for t in got} == {"AGREE"}


def test_a_verb_phrase_s_head_is_its_verb_and_joining_sanctions_imposes_them():
    assert dyads("Москва высоко оценила позицию Минска.", lang="ru") == {("RUS", "BLR", "SUPPORT")}
    assert dyads("Канада присоединилась к санкциям против Белоруссии.", lang="ru") == {("CAN", "BLR", "SANCTION")}


def test_a_subject_the_parse_hangs_on_a_phrase_before_the_verb_is_still_the_subject() -> None:
    assert {("BLR", "RUS", "CONSULT"), ("RUS", "BLR", "CONSULT")} \
        <= dyads("В ходе встречи Лукашенко и Путин обсудили интеграцию.", lang="ru")


def test_a_with_word_further_back_as_the_passive_subject() -> None:
    # «закрыты»: the short passive participle, not the adjective «закрытый»; the crossings stand
    # seven words before the verb, as its passive subject
    assert dyads("Пункты пропуска на границе с Белоруссией были закрыты Польшей.",
                 lang="ru") == {("POL", "BLR", "SANCTION")}
    assert not dyads("Граница остаётся закрытой.", lang="ru")


def test_the_dative_of_a_predicate_does_its_clausal_subject() -> None:
    got = dyads("Литве приходится вести переговоры с Польшей.", lang="ru")
    assert {("LTU", "POL", "CONSULT"), ("POL", "LTU", "CONSULT")} <= got
    assert ("LTU", "POL", "AGREE") in dyads("Литве удалось договориться с Польшей о поставках газа.", lang="ru")


def test_a_noun_s_with_word_may_stand_past_a_time_the_parse_hangs_on_it() -> None:
    assert ("EST", "LVA", "SANCTION") in dyads("Эстония уведомила Латвию о закрытии с 1 ноября всех пунктов пропуска.",
                                               "2021-03-04", "ru")


@pytest.mark.parametrize(("text", "want"), [
    ("Токаев заявил, что встретится с Мирзиёевым в мае.", {("KAZ", "UZB", "CONSULT"), ("UZB", "KAZ", "CONSULT")}),
    ("Токаев рассказал, как обсуждал с Мирзиёевым вопросы воды.", {("KAZ", "UZB", "CONSULT"), ("UZB", "KAZ", "CONSULT")}),
])
def test_a_subjectless_content_clause_has_the_subject_of_its_verb(text: str, want: set) -> None:
    assert want <= dyads(text, "2021-03-04", "ru")


def test_a_content_clause_of_another_number_keeps_no_subject() -> None:
    # «заявили, что вызвали посла»: an indefinite "they", not the singular speaker
    assert not dyads("Токаев сообщил, что в Ташкенте обсудили вопросы воды с Бишкеком.", lang="ru") & {
        ("KAZ", "KGZ", "CONSULT"), ("KGZ", "KAZ", "CONSULT")}
    # (control: a verb of the speaker's number has the speaker as its subject)
    assert ("KAZ", "KGZ", "CONSULT") in dyads("Токаев сообщил, что в Ташкенте обсудил вопросы воды с Бишкеком.", lang="ru")


def test_a_plural_verb_with_its_own_subject_is_no_indefinite_they() -> None:
    got = dyads("Латвия и Литва выслали эстонских дипломатов.", lang="ru")
    assert {("LVA", "EST", "SANCTION"), ("LTU", "EST", "SANCTION")} <= got


@pytest.mark.parametrize(("text", "want"), [
    ("Эстония раскритиковала Латвию и пригрозила ответными мерами.", ("EST", "LVA", "THREATEN")),
    ("Эстония осудила действия Риги и отозвала посла.", ("EST", "LVA", "SANCTION")),
    ("Эстония обвинила Латвию в нарушении договора, потребовав компенсации.", ("EST", "LVA", "REQUEST")),
])
def test_a_joined_act_of_the_same_subject_shares_the_first_act_s_target(text: str, want: tuple) -> None:
    assert want in dyads(text, lang="ru")


@pytest.mark.parametrize("text", [
    "Напомним, ранее МИД Армении осудил Грузию, объявившую армянского дипломата персоной нон-грата.",
    "Армения обвинила Грузию, выславшую армянских дипломатов.",
])
def test_a_participle_the_parse_hangs_on_the_verb_is_its_agreeing_noun_s_act(text: str) -> None:
    got = dyads(text, lang="ru")
    assert {("ARM", "GEO", "ACCUSE"), ("GEO", "ARM", "SANCTION")} <= got


def test_a_phrase_after_the_verb_hung_across_it_on_a_clause_before_is_the_verb_s() -> None:
    got = dyads("Посетив Ригу на этой неделе, министр иностранных дел Эстонии обсудил с латвийским коллегой подготовку саммита.", "2021-03-04", "ru")
    assert {("EST", "LVA", "CONSULT"), ("LVA", "EST", "CONSULT")} <= got


def test_a_gerund_after_a_second_clause_is_that_clause_s_subject_s_act() -> None:
    # the parse hangs «упрекнув» on the first clause's verb: Estonia would reproach Lithuania
    got = dyads("Латвия и Эстония подписали меморандум о транзите, а Польша пригрозила сорвать его, упрекнув Ригу"
                " в нарушении прежних договорённостей.", lang="ru")
    assert ("POL", "LVA", "ACCUSE") in got
    assert ("EST", "LVA", "ACCUSE") not in got and ("LVA", "LVA", "ACCUSE") not in got


def test_countries_listed_before_their_verb_each_act() -> None:
    # the parse makes «Чехия» the root and «продлили» its clause, «Еврокомиссия» the subject of «продлили»
    got = dyads("Чехия, Австрия и Словения в одностороннем порядке ввели запрет на ввоз белорусских удобрений"
                " после того, как Еврокомиссия в четверг не стала вводить общие ограничения.", "2023-05-10", "ru")
    assert {("CZE", "BLR", "SANCTION"), ("AUT", "BLR", "SANCTION"), ("SVN", "BLR", "SANCTION")} <= got
    assert ("EU", "BLR", "SANCTION") not in got


def test_a_verb_joined_by_and_to_the_second_clause_shares_its_subject() -> None:
    got = dyads("Белоруссия начала в понедельник масштабные учения у границы, а Вильнюс обвинил Минск в провокации и"
                " призвал союзников по НАТО усилить восточный фланг.", "2023-05-10", "ru")
    assert ("LTU", "NATO", "REQUEST") in got and ("BLR", "NATO", "REQUEST") not in got


def test_a_meeting_before_a_verb_of_saying_is_held_whatever_clause_the_parse_hangs_it_on() -> None:
    # the parse hangs «на встрече» on the content clause's verb, across «заявил»
    got = dyads("Касым-Жомарт Токаев на встрече с Си Цзиньпином в среду в Астане заявил, что казахстанские компании"
                " готовы к новым проектам.", "2023-05-10", "ru")
    assert {("KAZ", "CHN", "CONSULT"), ("CHN", "KAZ", "CONSULT")} <= got


def test_a_sentence_in_a_participle_with_no_party_is_background() -> None:
    got = dyads("Вьетнам помиловал гражданина Австралии, приговорённого к смертной казни за контрабанду.", lang="ru")
    assert ("VNM", "AUS", "CONCEDE") in got
    assert not any(d[2] == "COERCE" for d in got)


def test_a_release_in_a_participle_naming_its_actor_is_coded() -> None:
    got = dyads("Четверо граждан Латвии оказались среди узников, освобождённых по указу президента Белоруссии.",
                lang="ru")
    assert ("BLR", "LVA", "CONCEDE") in got


def test_an_indeclinable_name_coordinated_with_a_nominative_is_the_subject():
    # the parse reads «Лукашенко» as a genitive on the phrase before the verb, or as the infinitive's object
    got = dyads("Во время поездки в Пекин Лукашенко и Си Цзиньпин подписали меморандум о торговле.", lang="ru")
    assert {("BLR", "CHN", "AGREE"), ("CHN", "BLR", "AGREE")} <= got
    got = dyads("Во время поездки в Пекин Лукашенко и Си Цзиньпин договорились увеличить экспорт молока в Китай.",
                lang="ru")
    assert {("BLR", "CHN", "AGREE"), ("CHN", "BLR", "AGREE")} <= got


def test_a_subject_hung_on_a_later_verb_that_it_does_not_agree_with_is_the_first_verbs():
    got = dyads("Рига обвинила белорусские власти в организации кризиса на границе, а министр Марис Кучинскис "
                "заявил, что за действиями Минска стоит Кремль.", lang="ru")
    assert ("LVA", "BLR", "ACCUSE") in got


def test_a_nominal_expulsion_names_the_expelling_state_in_its_from_phrase():
    got = dyads("Высылка трёх польских консулов из Минска стала неожиданностью для Варшавы.", lang="ru")
    assert ("BLR", "POL", "SANCTION") in got


def test_a_coordinated_subject_hung_on_a_later_verb_with_its_own_subject():
    got = dyads("Армения и Россия так и не подписали контракт на поставку газа на 2025 год, и российские компании "
                "прекратили отгрузку топлива армянским заводам.", "2024-05-10", "ru")
    assert {("ARM", "RUS", "AGREE"), ("RUS", "ARM", "AGREE")} <= got


def test_a_visit_in_an_adjunct_phrase_is_the_clause_subject_s() -> None:
    # «в ходе визита в X» names the host only: the visitor is the subject of the verb the phrase hangs on
    assert ("KAZ", "AZE", "CONSULT") in dyads("Во время визита в Баку Токаев заявил о расширении транзита.", lang="ru")
    got = dyads("По итогам визита в Пекин премьер-министр Армении сообщил о новых контрактах.", lang="ru")
    assert ("ARM", "CHN", "CONSULT") in got
    # the host among the subjects does not visit itself
    got = dyads("В ходе визита в Ереван Пашинян и Токаев обсудили транзит.", lang="ru")
    assert ("KAZ", "ARM", "CONSULT") in got and ("ARM", "ARM", "CONSULT") not in got


def test_a_visit_in_a_phrase_of_time_is_made_by_the_verbs_subject():
    got = dyads("Премьер Грузии во время визита в Баку подписал меморандум о транзите.", lang="ru")
    assert ("GEO", "AZE", "CONSULT") in got
    got = dyads("В ходе визита в Астану Токаев и Мирзиёев обсудили водные проекты.", lang="ru")
    assert ("UZB", "KAZ", "CONSULT") in got
    assert ("KAZ", "KAZ", "CONSULT") not in got
    # (a party in another phrase of the visit is no destination: «визит на остров спикера» names the visitor)
    got = dyads("Китай провёл учения после визита на остров делегации Японии.", lang="ru")
    assert ("CHN", "JPN", "CONSULT") not in got


def test_a_clause_opened_by_za_chto_tells_more_of_the_subject_before_it():
    got = dyads("Премьер Словакии провёл в Минске переговоры с Лукашенко, за что подвергся критике со стороны Польши.",
                lang="ru")
    assert ("POL", "SVK", "ACCUSE") in got


# ------------------------------------------------------------------ goods banned (`traded_goods`)
@pytest.mark.parametrize(("text", "expected"), [
    # the goods' origin is the one sanctioned, the verb's subject the maker («ответить :ins», a light phrase)
    ("Минск ответил запретом на ввоз литовской продукции.", ("BLR", "LTU", "SANCTION")),
    ("Россия ввела запрет на ввоз польских яблок.", ("RUS", "POL", "SANCTION")),
    # a list of terrorists
    ("КГБ Беларуси внес в перечень террористов лидеров польской оппозиционной организации.", ("BLR", "POL", "COERCE")),
])
def test_goods_banned(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in dyads(text, lang="ru")


def test_subject_hung_as_apposition_after_a_fronted_phrase() -> None:
    # the parse hangs «Минск» on «журналиста» as an apposition; it is the verb's subject
    text = "После задержания Вильнюсом белорусского журналиста Минск вызвал литовского посла."
    assert ("BLR", "LTU", "ACCUSE") in dyads(text, lang="ru")


def test_an_object_hung_on_the_verb_after_belongs_to_the_verb_before():
    # the parse hangs «посла Латвии» on «отзывает» and would make it its subject
    got = dyads("Белоруссия высылает из страны посла Латвии и отзывает своего посла из Риги.", lang="ru")
    assert ("BLR", "LVA", "SANCTION") in got
    assert ("LVA", "BLR", "SANCTION") not in got and ("LVA", "LVA", "SANCTION") not in got
    assert ("BLR", "LVA", "SANCTION") in dyads("Белоруссия отзывает своего посла из Риги.", lang="ru")


def test_a_characterisation_of_the_clause_before_is_aimed_at_its_maker():
    assert ("BLR", "LTU", "ACCUSE") in dyads("Литва закрыла границу, что Минск назвал провокацией.", lang="ru")
    got = dyads("Литва, Латвия и Польша ввели ограничения на въезд для белорусских граждан, что Минск назвал "
                "дискриминацией.", lang="ru")
    assert {("BLR", "LTU", "ACCUSE"), ("BLR", "LVA", "ACCUSE"), ("BLR", "POL", "ACCUSE")} <= got
    # (the content of a saying is no clause called so)
    assert not any(d[2] == "ACCUSE" for d in dyads("Минск заявил, что Вильнюс осудил.", lang="ru"))


def test_a_gerund_the_parse_made_the_head_of_the_finite_verb_has_its_subject():
    assert ("BLR", "LTU", "SANCTION") in dyads("Выслав литовского консула, Минск пригрозил новыми мерами.", lang="ru")


# ------------------------------------------------------------------ the parse's two objects
def test_first_of_two_objects_before_the_verb_is_its_subject() -> None:
    # «ракеты» read as an accusative: the strike is Russia's, on Ukraine
    got = dyads("Ночью российские ракеты поразили склады топлива в Одессе.", lang="ru")
    assert ("RUS", "UKR", "ASSAULT") in got
    assert ("RUS", "RUS", "ASSAULT") not in got


# ------------------------------------------------------------------ independent clauses parsed apart (`clause_split`)
def test_clauses_after_a_semicolon_are_parsed_apart() -> None:
    got = dyads("Эрдоган в среду прибыл в Баку с официальным визитом; по итогам переговоров лидеры подписали "
                "декларацию о союзничестве.", "2024-03-14", "ru")
    assert {("TUR", "AZE", "CONSULT"), ("TUR", "AZE", "AGREE"), ("AZE", "TUR", "AGREE")} <= got


def test_content_clause_subject_read_as_object() -> None:
    # «истребитель» read as a second object: the subject of the content clause, not the speaker
    got = dyads("Тегеран утверждает, что израильский истребитель сбил иранский беспилотник.", lang="ru")
    assert ("IRN", "ISR", "ACCUSE") in got


def test_the_main_clause_subject_after_a_condition_is_no_conjunct_of_its_last_noun() -> None:
    # (slovnet coordinates «Латвия и Эстония» with «Польшу»: nothing but the attack was coded)
    evs = [e for e in code_text("Если Белоруссия нападёт на Польшу, Латвия и Эстония закроют границу с Минском.",
                                "2021-03-04", "ru")
           if e.type == "SANCTION"]
    assert {(e.source, e.target) for e in evs} == {("LVA", "BLR"), ("EST", "BLR")}
    assert all(e.status == "hypothetical" for e in evs)


def test_subjects_the_parse_crosses_between_two_clauses_go_back_to_their_verbs() -> None:
    # (slovnet makes «Переговоры» the subject of «приостановлены» and «поставки» that of «закончились»)
    got = dyads("Переговоры в марте так ничем и не закончились, поставки армянского коньяка в Грузию фактически "
                "приостановлены, и аналитики ожидают роста цен.", "2021-03-04", "ru")
    assert ("ARM", "GEO", "SANCTION") in got
    assert not {d for d in got if d[2] == "COOPERATE"}


def test_a_relative_clause_the_parse_leaves_on_the_main_verb_hangs_on_the_name_before_it() -> None:
    # (slovnet hangs «провёл» as a `dep` of «ценит»)
    got = dyads("Армения высоко ценит последовательную позицию грузинских друзей по ключевым региональным вопросам, "
                "заявил Никол Пашинян, который в минувший четверг провёл в Ереване переговоры с президентом Грузии.", "2021-03-04", "ru")
    assert {("ARM", "GEO", "CONSULT"), ("GEO", "ARM", "CONSULT")} <= got


def test_sector_phrases_give_country_and_sector() -> None:
    e = first_event("Белорусская сторона обвинила Литву в провокациях.", "ACCUSE", "2021-10-15", "ru")
    assert (e.source, e.source_sector, e.target) == ("BLR", "GOV", "LTU")
    e = first_event("Министр иностранных дел России Сергей Лавров встретился с белорусским коллегой.",
                    "CONSULT", "2021-10-15", "ru")
    assert e.source == "RUS" and e.source_text.startswith("Министр")


def test_an_agreement_reported_in_a_long_chto_clause() -> None:
    text = ("Токаев сообщил, что Казахстан и Китай договорились создать совместную группу по торговле, сославшись на "
            "рост спроса со стороны промышленности, который, по его словам, обеспечивает Пекин при поддержке частных "
            "компаний.")
    assert {("KAZ", "CHN", "AGREE"), ("CHN", "KAZ", "AGREE")} <= dyads(text, lang="ru")


@pytest.mark.parametrize("text", [
    "Отвечая на решение Вильнюса ввести санкции против Минска, Лукашенко пригрозил ответными мерами.",
    "После решения Вильнюса ввести санкции против Минска Лукашенко пригрозил ответными мерами.",
])
def test_a_decision_answered_or_after_which_another_acts_is_its_owners_act(text: str) -> None:
    got = dyads(text, lang="ru")
    assert ("LTU", "BLR", "SANCTION") in got
    assert ("BLR", "LTU", "THREATEN") in got or ("BLR", None, "THREATEN") in got


def test_a_decision_welcomed_names_no_act_of_its_own() -> None:
    assert ("SWE", "NATO", "AGREE") not in dyads("Вашингтон приветствовал решение Швеции подать заявку на вступление в НАТО.", lang="ru")
    assert ("USA", "SWE", "SUPPORT") in dyads("Вашингтон приветствовал решение Швеции подать заявку на вступление в НАТО.",
                                              lang="ru")


@pytest.mark.parametrize(("text", "pair"), [
    # two names in one case joined by «и» are coordinated, whatever noun the parse hangs the second on
    ("Подписание Алиевым и Пашиняном декларации состоялось в понедельник.", ("AZE", "ARM")),
    ("Подписание Токаевым и Мирзиёевым договора о союзничестве состоялось в Ташкенте.", ("KAZ", "UZB")),
])
def test_names_in_one_case_coordinated(text: str, pair: tuple[str, str]) -> None:
    found = dyads(text, "2021-10-15", "ru")
    assert {(*pair, "AGREE"), (pair[1], pair[0], "AGREE")} <= found, found


# ------------------------------------------------------------------ a list of subjects the parse hangs on a noun before
def test_abstainers_are_no_parties_of_the_draft() -> None:
    found = dyads("Россия заблокировала в Совбезе ООН проект резолюции, осуждающей ее вторжение в Грузию, "
                  "Китай и Индия воздержались.", lang="ru")
    assert not any(tg in ("CHN", "IND") for _, tg, _ in found), found
    assert ("RUS", "UN", "REJECT") in found, found


@pytest.mark.coder("learned")  # (its file had no marker: the default coder)
def test_owner_participle_before_its_noun_names_the_owner() -> None:
    # a maker's participle before its noun with its agent: the agent's referendums, not the place's after them
    assert dyads("Казахстан не признаёт итоги проведённых Россией референдумов на оккупированных территориях Украины.",
                 lang="ru") == {("KAZ", "RUS", "REJECT")}
    # (not a participle of imposing: restrictions lifted are eased for the restricted, not for the one who imposed)
    got = dyads("Еврокомиссия фактически сняла введённые Вильнюсом ограничения на транзит в Калининград.", lang="ru")
    assert ("EU", "LTU", "CONCEDE") not in got

"""Russian joint and reciprocal acts and talks (coder/tree/joint.py)."""

from __future__ import annotations

import pytest

from dyadwatch.coder.run import code_text
from tests.coder.tree.helpers import both, dyads, pairs

pytestmark = pytest.mark.coder("tree")

PUB = "2024-03-14"


# ------------------------------ Russian ------------------------------


def test_6_boycotting_a_summit_is_a_sanction_in_both_languages():
    assert ("LTU", "BLR", "SANCTION") in dyads("Lithuania boycotted the summit in Minsk.")
    assert ("LTU", "BLR", "SANCTION") in dyads("Lithuania's boycott of the summit in Minsk surprised nobody.")
    assert ("LTU", "BLR", "SANCTION") in dyads("Литва бойкотировала саммит в Минске.", lang="ru")
    assert ("LTU", "BLR", "SANCTION") in dyads("Литва объявила бойкот саммита в Минске.", lang="ru")


def test_talks_that_took_place_are_the_noun_s_event():
    got = dyads("Вчера в Сочи состоялись переговоры Путина с Лукашенко.", "2021-03-04", "ru")
    assert {("RUS", "BLR", "CONSULT"), ("BLR", "RUS", "CONSULT")} <= got


def test_a_mutual_adverb_makes_each_source_act_on_the_other():
    got = dyads("Литва и Белоруссия обоюдно выслали дипломатов.", lang="ru")
    assert {("LTU", "BLR", "SANCTION"), ("BLR", "LTU", "SANCTION")} <= got


def test_the_rule_coder_s_event_without_a_target_is_not_kept(use_coder):
    use_coder("tree")
    # the rule coder codes "meeting" with no partner; the tree codes nothing, and keeps nothing
    assert not {t for t in dyads("Министры стран ЕС провели внеочередное совещание.", lang="ru") if t[1] is None}


def test_an_organisation_s_own_meeting_only_where_it_names_the_meeting():
    # (an organisation's summit with no other party named is no talks: the gold sets code none, branch ru7b)
    assert dyads("Саммит ОДКБ пройдёт в Минске.", lang="ru") == set()
    assert dyads("Лидеры стран ЕС обсудят этот вопрос во время встречи в мае.", "2021-03-04", "ru") == set()


def test_talks_held_and_talks_planned_are_both_coded() -> None:
    got = {(e.source, e.target, e.type, e.status)
           for e in code_text("Президенты Молдавии и Румынии в ходе телефонного разговора договорились "
                              "в ближайшее время провести переговоры.", "2021-03-04", "ru")}
    assert {("MDA", "ROU", "CONSULT", "occurred"), ("MDA", "ROU", "CONSULT", "planned"),
            ("ROU", "MDA", "CONSULT", "planned")} <= got


def test_a_mutual_recall_of_envoys_is_each_side_s_sanction() -> None:
    assert {("LTU", "LVA", "SANCTION"), ("LVA", "LTU", "SANCTION")} \
        <= dyads("Литва и Латвия обменялись взаимным отзывом послов.", lang="ru")
    assert ("LTU", "BLR", "SANCTION") in dyads("Литва объявила об отзыве посла из Минска.", lang="ru")


def test_the_parties_of_talks_may_stand_on_the_verb_of_their_taking_place() -> None:
    assert {("RUS", "BLR", "CONSULT"), ("BLR", "RUS", "CONSULT")} \
        <= dyads("Между Путиным и Лукашенко состоялся телефонный разговор.", lang="ru")


@pytest.mark.parametrize(("text", "expected"), [
    ("Литва, которую Белоруссия обвинила в провокациях, ответила.", ("BLR", "LTU", "ACCUSE")),
    ("Польша, которой Лукашенко пригрозил ответными мерами, ответила.", ("BLR", "POL", "THREATEN")),
    ("Китай, с которым Белоруссия подписала соглашение, поддержал Минск.", ("BLR", "CHN", "AGREE")),
])
def test_a_relative_pronoun_as_object_or_partner_is_the_noun_it_refers_to(text: str, expected: tuple) -> None:
    assert expected in dyads(text, lang="ru")


def test_the_heads_of_state_are_the_pair() -> None:
    got = dyads("Путин и Лукашенко провели переговоры. Главы государств подписали соглашение.", lang="ru")
    assert {("RUS", "BLR", "AGREE"), ("BLR", "RUS", "AGREE")} <= got
    got = dyads("Главы государств договорились о создании совместной комиссии Литвы и Польши.", lang="ru")
    assert {("LTU", "POL", "AGREE"), ("POL", "LTU", "AGREE")} <= got
    # the genitive names the states: no pair
    assert dyads("Лидеры стран ЕС ввели санкции против Белоруссии.", lang="ru") == {("EU", "BLR", "SANCTION")}


@pytest.mark.parametrize("text", [
    "Саммит ОДКБ пройдёт в Минске в ноябре.",
    "Путин и Си Цзиньпин подписали соглашение на полях саммита ШОС.",
])
def test_an_organisations_summit_or_its_setting_is_no_talks(text: str) -> None:
    assert not any(d[2] == "CONSULT" for d in dyads(text, "2024-05-10", "ru"))


def test_a_summit_of_named_parties_is_talks() -> None:
    assert {("EGY", "TUR", "CONSULT"), ("TUR", "EGY", "CONSULT")} <= dyads("Президенты Египта и Турции провели саммит в Каире.", lang="ru")


def test_hosting_a_guest_is_a_meeting_of_both() -> None:
    got = dyads("Президент Казахстана принял в Астане премьер-министра Грузии.", lang="ru")
    assert ("KAZ", "GEO", "CONSULT") in got and ("GEO", "KAZ", "CONSULT") in got
    # (a bare animate oblique the parse makes of the guest: still the object)
    got = dyads("Токаев принял в Астане спецпосланника президента Франции.", lang="ru")
    assert ("FRA", "KAZ", "CONSULT") in got
    # taking in refugees is no meeting
    assert not dyads("Польша приняла тысячи украинских беженцев.", lang="ru")


def test_a_genitive_of_a_reporting_seat_is_not_hung_across_the_reporting_verb():
    # the parse hangs «Литвы» on «реке» of the reported clause, across «заявили»
    got = dyads("Белоруссия сняла часть знаков на реке Неман, заявили в Департаменте полиции и погранохраны Литвы, "
                "назвав это провокацией.", lang="ru")
    assert ("LTU", "BLR", "ACCUSE") in got


# ------------------------------------------------------------------ talks in a phrase of the clause (`addressed_talks`)
@pytest.mark.parametrize(("text", "expected"), [
    # the one the verb addresses is the other party of the meeting the phrase names
    ("В ходе встречи в Астане Токаев пообещал Лукашенко поддержку.", ("BLR", "KAZ", "CONSULT")),
    ("Лукашенко в ходе переговоров заверил Алиева в готовности расширять поставки.", ("AZE", "BLR", "CONSULT")),
    ("На встрече в Кремле Путин поблагодарил Лукашенко за поддержку.", ("RUS", "BLR", "CONSULT")),
])
def test_talks_with_the_one_addressed(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in dyads(text, lang="ru")


def test_meeting_of_many_is_not_the_speakers_talks() -> None:
    # «встреча глав государств» names its own participants: no talks of the speaker with parties of the clause after
    text = ("Канцлер Германии на встрече глав государств заявил, что не исключает ответа, а в Кремле предупредили, "
            "что конфликт России и НАТО неизбежен.")
    assert not {t for t in dyads(text, lang="ru") if t[2] == "CONSULT"}


# ------------------------------------------------------------------ talks of a pair and their topic
def test_pair_in_subject_talks_not_with_topic_organisation() -> None:
    got = dyads("Президенты Армении и Грузии обсудили подготовку к саммиту СНГ.", lang="ru")
    assert ("ARM", "GEO", "CONSULT") in got and ("GEO", "ARM", "CONSULT") in got
    assert not {t for t in got if "CIS" in t}


def test_third_party_across_the_table_kept() -> None:
    assert ("ARM", "RUS", "CONSULT") in dyads("Лидеры Армении и Азербайджана встретились с Путиным в Москве.",
                                              lang="ru")


@pytest.mark.parametrize("text", [
    # a meeting in the topic of talks is no meeting planned (`talk_topics`)
    "Алиев и Пашинян по телефону обсудили подготовку к встрече в Брюсселе.",
])
def test_meeting_in_talks_topic_not_planned(text: str) -> None:
    assert not [e for e in code_text(text, PUB, "ru") if e.status == "planned"]
    assert any(e.type == "CONSULT" and e.status == "occurred" for e in code_text(text, PUB, "ru"))  # the talks held


# ------------------------------------------------------------------ staying away from an organisation's meeting
@pytest.mark.parametrize(("text", "expected"), [
    # the meeting in a phrase, the venue no party: a boycott (convention 6)
    ("Пашинян не приедет на саммит СНГ в Бишкек.", ("ARM", "CIS", "SANCTION")),
    ("Армения отказалась от участия в заседании Совета министров обороны СНГ.", ("ARM", "CIS", "SANCTION")),
])
def test_boycott(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in dyads(text, lang="ru")


def test_transport_links_restored_are_cooperation_of_both():
    got = dyads("Грузия восстановила прямое авиасообщение с Россией.", lang="ru")
    assert ("GEO", "RUS", "COOPERATE") in got and ("RUS", "GEO", "COOPERATE") in got


def test_halted_talks_are_no_talks() -> None:
    assert not {t for t in dyads("Консультации Армении и Азербайджана приостановлены.", lang="ru") if t[2] == "CONSULT"}
    assert ("ARM", "AZE", "CONSULT") in dyads("Армения и Азербайджан провели консультации.", lang="ru")


# ------------------------------------------------------------------ fighting each other
@pytest.mark.parametrize(("text", "pair"), [
    # a nominal act in the bare instrumental of a verb of exchange (`mutual_verbs`)
    ("Израильские и ливанские военные обменялись артиллерийскими ударами у границы.", ("ISR", "LBN")),
    ("Армянские и азербайджанские военные обменялись ударами на границе.", ("ARM", "AZE")),
    # a noun of fighting between two parties (`fought_between`)
    ("На границе вспыхнула перестрелка между киргизскими и таджикскими пограничниками.", ("KGZ", "TJK")),
])
def test_fighting_goes_both_ways(text: str, pair: tuple[str, str]) -> None:
    got = dyads(text, lang="ru")
    a, b = pair
    assert {(a, b, "ASSAULT"), (b, a, "ASSAULT")} <= got


# ------------------------------------------------------------------ talks: the partner, not the topic
def test_talks_partner_before_the_topic() -> None:
    got = dyads("Токаев обсудил с Мирзиёевым решения саммита ОДКБ.", lang="ru")
    assert ("KAZ", "UZB", "CONSULT") in got
    assert not any(t == "CONSULT" and "CSTO" in (a, b) and "KAZ" in (a, b) for a, b, t in got)


# ------------------------------------------------------------------ a one-way act agreed by two (`agreed_mutual`)
def test_withdrawal_agreed_by_two_goes_each_way() -> None:
    got = dyads("Армения и Азербайджан договорились отвести войска от линии соприкосновения.", lang="ru")
    assert {("ARM", "AZE", "RETREAT"), ("AZE", "ARM", "RETREAT")} <= got


def test_reciprocal_needs_the_second_word() -> None:
    # «друг» alone (a friend) after the verb is no reciprocal: the accused does not accuse back
    assert ("BLR", "RUS", "ACCUSE") not in dyads("Россия обвинила Белоруссию, друг которой промолчал.", lang="ru")
    assert ("RUS", "BLR", "ACCUSE") in dyads("Россия обвинила Белоруссию, друг которой промолчал.", lang="ru")


def test_talks_suspended_as_a_noun() -> None:
    # «объявил о прекращении переговоров с ...»: the break told as a noun is the sanction (CAMEO 164)
    assert ("AZE", "ARM", "SANCTION") in dyads("Азербайджан объявил о прекращении переговоров с Арменией.", lang="ru")


def test_a_country_leaving_talks_is_no_forces_retreat() -> None:
    assert not any(d[2] == "RETREAT" for d in dyads("Польша покинула переговоры с Литвой.", lang="ru"))


def test_the_sides_are_the_pair_named_before_them_in_the_sentence() -> None:
    got = dyads("Токаев и Мирзиёев провели переговоры, после которых стороны договорились о строительстве дороги.",
                lang="ru")
    assert {("KAZ", "UZB", "AGREE"), ("UZB", "KAZ", "AGREE")} <= got


def test_the_sides_alone_with_no_pair_named_are_no_one() -> None:
    assert not {d for d in dyads("Стороны договорились о новой встрече.", lang="ru") if d[2] == "AGREE"}
    # (control: the sides after a pair named)
    got = dyads("Армения и Азербайджан провели переговоры. Стороны договорились о новой встрече.", lang="ru")
    assert {("ARM", "AZE", "AGREE"), ("AZE", "ARM", "AGREE")} <= got


@pytest.mark.parametrize("text", [
    "Армянские и грузинские пограничники провели совместную операцию на границе.",
    "Армения и Грузия создали совместную рабочую группу по транспорту.",
])
def test_a_joint_operation_or_working_group_is_cooperation_both_ways(text: str) -> None:
    assert {("ARM", "GEO", "COOPERATE"), ("GEO", "ARM", "COOPERATE")} <= dyads(text, lang="ru")


@pytest.mark.parametrize(("text", "lang", "type_", "expected"), [
    # coordinated subjects, a party across the table: each subject with it, not with each other
    ("Moldova and Georgia signed association agreements with the EU on Friday.", "en", "AGREE",
     both(("MDA", "EU"), ("GEO", "EU"))),
    ("Молдавия и Грузия подписали соглашения об ассоциации с ЕС.", "ru", "AGREE",
     both(("MDA", "EU"), ("GEO", "EU"))),
    ("Russia and China held talks with Iran.", "en", "CONSULT", both(("RUS", "IRN"), ("CHN", "IRN"))),
    ("Россия и Китай провели переговоры с Ираном.", "ru", "CONSULT", both(("RUS", "IRN"), ("CHN", "IRN"))),
    ("France and Germany met with Ukrainian officials.", "en", "CONSULT", both(("FRA", "UKR"), ("DEU", "UKR"))),
    ("Россия и Китай договорились с Ираном о новой сделке.", "ru", "AGREE", both(("RUS", "IRN"), ("CHN", "IRN"))),
    # one subject with two parties: the subject with each, the two not with each other
    ("Moldova signed agreements with Georgia and the EU.", "en", "AGREE", both(("MDA", "GEO"), ("MDA", "EU"))),
    ("Молдавия подписала соглашения с Грузией и ЕС.", "ru", "AGREE", both(("MDA", "GEO"), ("MDA", "EU"))),
])
def test_comitative_party_is_across_the_table(text: str, lang: str, type_: str,
                                               expected: set[tuple[str, str]]) -> None:
    assert pairs(text, type_, "2026-05-06", lang) == expected


def test_joint_action_both_directions() -> None:
    assert {("BLR", "RUS", "AGREE"), ("RUS", "BLR", "AGREE")} <= dyads(
        "Беларусь и Россия подписали договор о союзном государстве.", lang="ru")


@pytest.mark.parametrize(("text", "pub", "expected"), [
    # agentless joint action after a meeting: the pair from the sentence before
    ("Премьер-министры Беларуси и России встретились во вторник в Москве. "
     "По итогам встречи были достигнуты договорённости.", "2019-12-26",
     {("BLR", "RUS", "AGREE", "2019-12-24"), ("RUS", "BLR", "AGREE", "2019-12-24"),
      ("BLR", "RUS", "CONSULT", "2019-12-24"), ("RUS", "BLR", "CONSULT", "2019-12-24")}),
    # ... but a noun that only refers back to the meeting is no new event
    ("Путин и Лукашенко встретились в Сочи. Переговоры длились шесть часов.", "2021-02-24",
     {("BLR", "RUS", "CONSULT", "2021-02-24"), ("RUS", "BLR", "CONSULT", "2021-02-24")}),
    # "президенты двух стран" is the pair, not one president
    ("Лукашенко встретился с президентом Казахстана. Президенты двух стран обсудили транзит.", "2021-05-28",
     {("BLR", "KAZ", "CONSULT", "2021-05-28"), ("KAZ", "BLR", "CONSULT", "2021-05-28")}),
    # the addressee of a warning is in its content clause; the content is no event of its own
    ("Макей предупредил, что Минск ответит на любые новые санкции Евросоюза.", "2021-06-22",
     {("BLR", "EU", "THREATEN", "2021-06-22")}),
    # a date inside a participle dates an earlier event
    ("Белорусская сторона освободила задержанного в июле гражданина Украины.", "2021-10-05",
     {("BLR", "UKR", "CONCEDE", "2021-10-05")}),
])
def test_context_rules(text: str, pub: str, expected: set) -> None:
    assert {(e.source, e.target, e.type, e.date) for e in code_text(text, pub, "ru")} == expected


@pytest.mark.parametrize("text", [
    # the grounds of two states the exercise is held on, in a clause of its own
    "Учения, которые прошли на полигонах Армении и России, завершились в пятницу.",
    # the troops of two states an exercise gathered
    "Маневры «Кавказ» собрали около десяти тысяч военнослужащих Армении и России.",
])
def test_exercise_parties_named_by_grounds_or_troops(text: str) -> None:
    found = dyads(text, lang="ru")
    assert {("ARM", "RUS", "COOPERATE"), ("RUS", "ARM", "COOPERATE")} <= found, found


# ------------------------------------------------------------------ a border's neighbour is no side of a joint act
def test_border_neighbour_is_no_party_of_a_joint_accord_or_a_visit() -> None:
    found = dyads("Эстония и Латвия договорились о совместной охране границы с Россией.", lang="ru")
    assert ("EST", "LVA", "AGREE") in found and ("LVA", "EST", "AGREE") in found, found
    assert not any("RUS" in (a, b) for a, b, _ in found), found
    # (an accord's own «с» partner stays across the table)
    assert ("MDA", "EU", "AGREE") in dyads("Молдавия и Грузия подписали соглашения об ассоциации с ЕС.", lang="ru")
    found = dyads("Делегации Армении и Азербайджана, прибывшие на армяно-азербайджанскую границу, провели переговоры.",
                  lang="ru")
    assert ("ARM", "AZE", "CONSULT") in found, found

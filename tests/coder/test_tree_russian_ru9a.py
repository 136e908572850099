"""Russian recall of the ru9a branch (tree coder), the genre of Belarus and its neighbours: people turned back at a
border, parties put into a sanctions package or an entry-ban list, the means of repression a phrase away from their
verb, courts named by their city, and officials the dictionary lacked.

Sentences are written for these tests (none is a gold sentence).
"""

from __future__ import annotations

import pytest

from dyadwatch.coder import code_text

pytestmark = pytest.mark.coder("tree")
PUB = "2024-03-14"


def triples(text: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source, e.target, e.type) for e in code_text(text, PUB, "ru")}


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


@pytest.mark.parametrize(("text", "absent"), [
    # protesters held back from a building are barred from no country
    ("Силовики не пропустили демонстрантов к зданию парламента.", "SANCTION"),
])
def test_not_coded(text: str, absent: str) -> None:
    assert absent not in {t for _, _, t in triples(text)}


def test_turchin_is_not_turchynov() -> None:
    assert ("BLR", "RUS", "CONSULT") not in triples("Бывший спикер Верховной рады Александр Турчинов раскритиковал Москву.")


# ------------------------------------------------------------------ talks in a phrase of the clause (`addressed_talks`)
@pytest.mark.parametrize(("text", "expected"), [
    # the one the verb addresses is the other party of the meeting the phrase names
    ("В ходе встречи в Астане Токаев пообещал Лукашенко поддержку.", ("BLR", "KAZ", "CONSULT")),
    ("Лукашенко в ходе переговоров заверил Алиева в готовности расширять поставки.", ("AZE", "BLR", "CONSULT")),
    ("На встрече в Кремле Путин поблагодарил Лукашенко за поддержку.", ("RUS", "BLR", "CONSULT")),
])
def test_talks_with_the_one_addressed(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(text)


def test_meeting_of_many_is_not_the_speakers_talks() -> None:
    # «встреча глав государств» names its own participants: no talks of the speaker with parties of the clause after
    text = ("Канцлер Германии на встрече глав государств заявил, что не исключает ответа, а в Кремле предупредили, "
            "что конфликт России и НАТО неизбежен.")
    assert not {t for t in triples(text) if t[2] == "CONSULT"}


# ------------------------------------------------------------------ accords, refusals, approvals
@pytest.mark.parametrize(("text", "expected"), [
    # the parties of an accord named in the phrase of its topic
    ("Меморандум о сотрудничестве между Казахстаном и Азербайджаном подписан в Баку.", ("AZE", "KAZ", "AGREE")),
    ("Соглашение о сотрудничестве между Арменией и Грузией подписано в Тбилиси.", ("ARM", "GEO", "AGREE")),
    # a visit that ended with a signing: the visitor's and the host's accord
    ("Визит премьера Казахстана в Минск завершился подписанием соглашения о логистике.", ("BLR", "KAZ", "AGREE")),
    ("Поездка Лукашенко в Ханой завершилась подписанием пакета документов.", ("VNM", "BLR", "AGREE")),
    # «не стал подписывать»: declined, a refusal
    ("Глава МИД Армении не стал подписывать совместное коммюнике СНГ, сославшись на позицию Еревана.",
     ("ARM", "CIS", "REJECT")),
    # a sanction approved is the approver's
    ("Правительство Литвы одобрило приостановку выдачи виз гражданам Беларуси.", ("LTU", "BLR", "SANCTION")),
])
def test_accords_refusals_approvals(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(text)


@pytest.mark.parametrize(("text", "absent"), [
    ("Глава МИД Армении не стал подписывать совместное коммюнике СНГ, сославшись на позицию Еревана.", "AGREE"),
    ("Представитель МИД не стал комментировать заявление Варшавы.", "REJECT"),
])
def test_declined_not_coded(text: str, absent: str) -> None:
    assert absent not in {t for _, _, t in triples(text)}


# ------------------------------------------------------------------ talks of a pair and their topic
def test_pair_in_subject_talks_not_with_topic_organisation() -> None:
    got = triples("Президенты Армении и Грузии обсудили подготовку к саммиту СНГ.")
    assert ("ARM", "GEO", "CONSULT") in got and ("GEO", "ARM", "CONSULT") in got
    assert not {t for t in got if "CIS" in t}


def test_third_party_across_the_table_kept() -> None:
    assert ("ARM", "RUS", "CONSULT") in triples("Лидеры Армении и Азербайджана встретились с Путиным в Москве.")


@pytest.mark.parametrize("text", [
    # a meeting in the topic of talks is no meeting planned (`talk_topics`)
    "Алиев и Пашинян по телефону обсудили подготовку к встрече в Брюсселе.",
])
def test_meeting_in_talks_topic_not_planned(text: str) -> None:
    assert not [e for e in code_text(text, PUB, "ru") if e.status == "planned"]



# ------------------------------------------------------------------ goods banned (`traded_goods`)
@pytest.mark.parametrize(("text", "expected"), [
    # the goods' origin is the one sanctioned, the verb's subject the maker («ответить :ins», a light phrase)
    ("Минск ответил запретом на ввоз литовской продукции.", ("BLR", "LTU", "SANCTION")),
    ("Россия ввела запрет на ввоз польских яблок.", ("RUS", "POL", "SANCTION")),
    # a list of terrorists
    ("КГБ Беларуси внес в перечень террористов лидеров польской оппозиционной организации.", ("BLR", "POL", "COERCE")),
])
def test_goods_banned(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(text)


def test_goods_origin_is_no_maker() -> None:
    assert not {t for t in triples("Запрет на ввоз литовской продукции вступил в силу.") if t[0] == "LTU"}


# ------------------------------------------------------------------ staying away from an organisation's meeting
@pytest.mark.parametrize(("text", "expected"), [
    # the meeting in a phrase, the venue no party: a boycott (convention 6)
    ("Пашинян не приедет на саммит СНГ в Бишкек.", ("ARM", "CIS", "SANCTION")),
    ("Армения отказалась от участия в заседании Совета министров обороны СНГ.", ("ARM", "CIS", "SANCTION")),
])
def test_boycott(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(text)


@pytest.mark.parametrize(("text", "expected"), [
    # exercises are no meeting; a meeting of two refused is a refusal of the other
    ("Армения отказалась участвовать в учениях ОДКБ.", ("ARM", "CSTO", "REJECT")),
    ("Лукашенко не приедет в Москву на парад.", ("BLR", "RUS", "REJECT")),
])
def test_refusal_not_boycott(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(text)


# ------------------------------------------------------------------ detained at the border
@pytest.mark.parametrize(("text", "expected"), [
    ("Польские пограничники задержали на участке границы трех граждан Беларуси.", ("POL", "BLR", "COERCE")),
    ("Литовские пограничники задержали на границе с Беларусью двух мигрантов из Ирака.", ("LTU", "IRQ", "COERCE")),
    # closing the border stays a sanction
    ("Литва закрыла границу с Беларусью.", ("LTU", "BLR", "SANCTION")),
])
def test_detained_at_the_border(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(text)


# ------------------------------------------------------------------ «осудить»: sentenced, or condemned
@pytest.mark.parametrize(("text", "expected"), [
    ("Суд в Минске осудил гражданина Латвии на восемь лет колонии.", ("BLR", "LVA", "COERCE")),
    ("Евросоюз осудил приговор, вынесенный белорусским судом журналистке.", ("EU", "BLR", "ACCUSE")),
    ("Киев осудил Минск за участие в агрессии.", ("UKR", "BLR", "ACCUSE")),
])
def test_sentenced_or_condemned(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(text)


def test_convicted_participle_is_no_condemnation() -> None:
    assert "ACCUSE" not in {t for _, _, t in triples("Лукашенко помиловал двух граждан Польши, осужденных за шпионаж.")}


# ------------------------------------------------------------------ a state's measures are never its own target
@pytest.mark.parametrize("text", [
    "В пакет вошли запрет на экспорт в Беларусь товаров двойного назначения, заморозка активов белорусских банков.",
    "Среди мер, объявленных Вильнюсом, — запрет на въезд граждан России и ограничение на ввоз автомобилей с российскими номерами.",
])
def test_no_self_sanction(text: str) -> None:
    assert not {t for t in triples(text) if t[2] == "SANCTION" and t[0] == t[1]}


# ------------------------------------------------------------------ a harm told under «по сообщению X»
def test_harm_according_to_teller_is_its_accusation() -> None:
    text = "По сообщению Минобороны Литвы, два белорусских вертолета нарушили воздушное пространство республики."
    assert ("LTU", "BLR", "ACCUSE") in triples(text)


def test_negated_harm_according_to_teller_no_accusation() -> None:
    assert "ACCUSE" not in {t for _, _, t in triples("По словам Лукашенко, Беларусь не нарушала договоренностей с Россией.")}


@pytest.mark.parametrize(("text", "expected"), [
    # a harm said with no trigger in the sentence: the sentence is read (`_blame_hint`), the speaker accuses
    ("МИД Беларуси заявил, что Польша вмешивается во внутренние дела республики.", ("BLR", "POL", "ACCUSE")),
    ("Литовская разведка утверждает, что белорусские спецслужбы вербуют граждан Литвы.", ("LTU", "BLR", "ACCUSE")),
    ("По словам главы МИД Латвии, белорусские спецслужбы дестабилизируют ситуацию на границе.", ("LVA", "BLR", "ACCUSE")),
])
def test_harm_said(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(text)


# ------------------------------------------------------------------ «Минском» as the agent of a noun of an act
@pytest.mark.parametrize(("text", "expected"), [
    ("После задержания Минском польского журналиста Варшава вызвала белорусского посла.", ("BLR", "POL", "COERCE")),
    ("Вильнюс осудил задержание Минском литовских водителей.", ("BLR", "LTU", "COERCE")),
])
def test_minsk_instrumental_agent(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(text)


# ------------------------------------------------------------------ a noun of making the act names its maker
@pytest.mark.parametrize(("text", "expected"), [
    ("После введения Литвой запрета на транзит белорусского калия Минск переориентировал экспорт на российские порты.",
     ("LTU", "BLR", "SANCTION")),
    ("Введение Польшей ограничений для белорусских перевозчиков вызвало протест Минска.", ("POL", "BLR", "SANCTION")),
])
def test_maker_of_a_light_noun(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(text)


def test_subject_hung_as_apposition_after_a_fronted_phrase() -> None:
    # the parse hangs «Минск» on «журналиста» as an apposition; it is the verb's subject
    text = "После задержания Вильнюсом белорусского журналиста Минск вызвал литовского посла."
    assert ("BLR", "LTU", "ACCUSE") in triples(text)

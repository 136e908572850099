"""Russian event coding (the tree coder: Russian has no rule coder since issue 13): lemmatiser,
actors in every case, all PLOVER types, statuses, dates, Belarusian read as Russian.

Sentences here are written for the project; the development set tests/data/ru-dev.jsonl is
scored with the real `dyadwatch eval` command.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from dyadwatch.cli import cli
from dyadwatch.coder import code_text
from dyadwatch.coder.lang.ru import lemma, normalise
from dyadwatch.model import EVENT_STATUSES, PLOVER_TYPES
from dyadwatch.nlp.actors import load_actors, match_names, tokenize

DEV = Path(__file__).resolve().parents[1] / "data" / "ru-dev.jsonl"
PUB = "2021-10-15"


# the tree coder, the default (once the tests of the Russian rule coder, removed in issue 13; every
# coder choice codes Russian with the tree alone)
pytestmark = pytest.mark.coder("tree")


def triples(text: str, pub: str | None = PUB) -> set[tuple[str | None, str | None, str]]:
    return {(e.source, e.target, e.type) for e in code_text(text, pub, "ru")}


def one(text: str, typ: str, pub: str | None = PUB):
    evs = [e for e in code_text(text, pub, "ru") if e.type == typ]
    assert evs, (text, [(e.source, e.target, e.type) for e in code_text(text, pub, "ru")])
    return evs[0]


# ------------------------------------------------------------------ lemmatiser and actors
@pytest.mark.parametrize(("word", "expected"), [
    ("Лукашенку", "лукашенко"), ("Лукашенкой", "лукашенко"), ("Лукашэнка", "лукашенко"),
    ("Минском", "минск"), ("Беларуси", "беларусь"), ("Белоруссией", "белоруссия"),
    ("подписано", "подписать"), ("встретились", "встретиться"), ("санкций", "санкция"),
    ("ЕС", "ес"), ("Расіі", "россия"), ("ёлка", "елка"),
])
def test_lemma(word: str, expected: str) -> None:
    assert lemma(word) == expected


def test_normalise_keeps_length_and_punctuation() -> None:
    toks = ["Путин", ",", "2021", "NATO", "встретился"]
    assert normalise(toks) == ["путин", ",", "2021", "nato", "встретиться"]


@pytest.mark.parametrize(("text", "ref"), [
    ("Лукашенко", "LUKASHENKO"), ("Лукашенку", "LUKASHENKO"), ("Лукашенкой", "LUKASHENKO"),
    ("Лукашэнка", "LUKASHENKO"), ("Александром Лукашенко", "LUKASHENKO"), ("Путиным", "PUTIN"),
    ("Беларусью", "BLR"), ("Белоруссии", "BLR"), ("Республике Беларусь", "BLR"),
    ("белорусской", "BLR"), ("Кремля", "RUS"), ("Москвой", "RUS"), ("Минску", "BLR"),
    ("Евросоюза", "EU"), ("ЕС", "EU"), ("НАТО", "NATO"), ("ЕАЭС", "EAEU"), ("ОДКБ", "CSTO"),
    ("СНГ", "CIS"), ("ООН", "UN"), ("МВФ", "IMF"), ("ОБСЕ", "OSCE"),
    ("Союзного государства", "UNIONSTATE"), ("Тихановской", "TSIKHANOUSKAYA"), ("Зеленским", "ZELENSKY"),
])
def test_actor_forms(text: str, ref: str) -> None:
    d = load_actors("ru")
    words = [t for t, _, _ in tokenize(text)]
    found = match_names(d, words, normalise(words))
    assert [m.entry.ref for m in found] == [ref]


def test_sector_phrases_give_country_and_sector() -> None:
    e = one("Белорусская сторона обвинила Литву в провокациях.", "ACCUSE")
    assert (e.source, e.source_sector, e.target) == ("BLR", "GOV", "LTU")
    e = one("Министр иностранных дел России Сергей Лавров встретился с белорусским коллегой.", "CONSULT")
    assert e.source == "RUS" and e.source_text.startswith("Министр")


# ------------------------------------------------------------------ every PLOVER type
TYPE_CASES = [
    ("AGREE", "Минск и Москва подписали соглашение о взаимном признании виз.", ("BLR", "RUS")),
    ("CONSULT", "Лукашенко провёл переговоры с Путиным в Кремле.", ("BLR", "RUS")),
    ("CONSULT", "Президент Беларуси посетил Москву с рабочим визитом.", ("BLR", "RUS")),
    ("SUPPORT", "Путин поблагодарил Лукашенко за гостеприимство.", ("RUS", "BLR")),
    ("CONCEDE", "Евросоюз отменил визовые ограничения для граждан Беларуси.", ("EU", "BLR")),
    ("COOPERATE", "Армии Беларуси и России начали совместные учения.", ("BLR", "RUS")),
    ("AID", "Россия выделила Беларуси кредит в размере 600 млн долларов.", ("RUS", "BLR")),
    ("RETREAT", "Россия вывела войска из Беларуси после учений.", ("RUS", "BLR")),
    ("REQUEST", "Литва призвала Минск остановить строительство АЭС.", ("LTU", "BLR")),
    ("ACCUSE", "МИД Беларуси обвинил Польшу во вмешательстве во внутренние дела.", ("BLR", "POL")),
    ("REJECT", "Беларусь отвергла требования Евросоюза.", ("BLR", "EU")),
    ("THREATEN", "Лукашенко пригрозил Литве ответными мерами.", ("BLR", "LTU")),
    ("PROTEST", "Тысячи белорусов вышли на акцию протеста в Минске.", ("BLR", "BLR")),
    ("SANCTION", "Украина запретила ввоз белорусских товаров.", ("UKR", "BLR")),
    ("SANCTION", "Польша закрыла границу с Беларусью.", ("POL", "BLR")),
    ("MOBILIZE", "Россия разместила в Беларуси дополнительные войска.", ("RUS", "BLR")),
    ("COERCE", "Белорусские власти задержали гражданина Польши.", ("BLR", "POL")),
    ("ASSAULT", "Российская армия обстреляла украинские города.", ("RUS", "UKR")),
]


@pytest.mark.parametrize(("typ", "text", "pair"), TYPE_CASES)
def test_each_type(typ: str, text: str, pair: tuple[str, str]) -> None:
    assert (pair[0], pair[1], typ) in triples(text)


def test_every_type_is_covered_by_patterns() -> None:
    assert {t for t, _, _ in TYPE_CASES} == set(PLOVER_TYPES)


def test_aspect_and_reflexive_forms() -> None:
    for verb in ("встретились", "встречались", "встретятся"):
        assert ("RUS", "BLR", "CONSULT") in triples(f"Путин и Лукашенко {verb} в Сочи.")
    for text in ("Минск ввёл пошлины на польские товары.", "Минск вводит пошлины на польские товары."):
        assert ("BLR", "POL", "SANCTION") in triples(text)


def test_joint_action_both_directions() -> None:
    assert {("BLR", "RUS", "AGREE"), ("RUS", "BLR", "AGREE")} <= triples(
        "Беларусь и Россия подписали договор о союзном государстве.")


def test_visit_is_one_direction() -> None:
    found = triples("Лукашенко прибыл с визитом в Москву.")
    assert ("BLR", "RUS", "CONSULT") in found and ("RUS", "BLR", "CONSULT") not in found


def test_location_is_not_an_actor() -> None:
    e = one("В Минске Лавров провёл переговоры с Макеем.", "CONSULT")
    assert (e.source, e.target) == ("RUS", "BLR")  # the Makei, not "в Минске"
    assert triples("В Минске прошла выставка.") == set()
    assert ("BLR", "POL", "ACCUSE") in triples("Минск обвинил Варшаву в провокациях.")


def test_passive_agent_is_the_source() -> None:
    e = one("Гражданин Литвы был задержан белорусскими пограничниками.", "COERCE")
    assert (e.source, e.target) == ("BLR", "LTU")


def test_reported_speech_codes_the_reported_actor() -> None:
    found = triples("Макей заявил, что Польша закрыла границу с Литвой.")
    assert ("POL", "LTU", "SANCTION") in found
    found = triples("Польша закрыла границу с Литвой, заявил Макей.")
    assert ("POL", "LTU", "SANCTION") in found
    # a hostile act against the speaker's own country is the speaker's accusation, the act not coded
    # too (convention 3)
    assert triples("Лукашенко заявил, что Польша закрыла границу с Беларусью.") == {("BLR", "POL", "ACCUSE")}


def test_content_of_refusal_is_not_coded_again() -> None:
    found = triples("Лукашенко отказался подписать соглашение с Россией.")
    assert ("BLR", "RUS", "REJECT") in found
    assert not any(t == "AGREE" for _, _, t in found)


def test_negatives() -> None:
    for text in ("Беларусь и Россия остаются стратегическими союзниками.",
                 "Экономика Беларуси зависит от российской нефти.",
                 "Население Беларуси сокращается."):
        assert triples(text) == set(), text


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
    assert one(text, typ).status == status


# ------------------------------------------------------------------ dates
def test_dates_resolve_against_publication_date() -> None:
    assert one("22 февраля Путин и Лукашенко встретились в Сочи.", "CONSULT", "2021-02-25").date == "2021-02-22"
    e = one("В декабре прошлого года Лукашенко посетил Москву.", "CONSULT", "2021-02-25")
    assert (e.date, e.date_granularity) == ("2020-12", "month")
    assert one("Вчера Минск выразил протест Литве.", "ACCUSE", "2021-02-25").date == "2021-02-24"
    # no date in the text: the report's day (convention 9)
    assert one("Лукашенко встретился с Путиным.", "CONSULT", "2021-02-25").date == "2021-02-25"


# ------------------------------------------------------------------ dev set, CLI, routing
def test_dev_set_is_complete() -> None:
    items = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(items) >= 80
    assert all(it["lang"] == "ru" and it["pub_date"] for it in items)
    types = Counter(e["type"] for it in items for e in it["events"])
    statuses = Counter(e["status"] for it in items for e in it["events"])
    assert set(types) == set(PLOVER_TYPES)
    assert set(statuses) == set(EVENT_STATUSES)
    assert sum(1 for it in items if not it["events"]) >= 10


def _eval_json(path: Path) -> dict:
    res = CliRunner().invoke(cli, ["eval", str(path), "--json"])
    assert res.exit_code == 0, res.output
    return json.loads(res.output.strip().splitlines()[-1])


def test_eval_on_dev_set_meets_the_bar() -> None:
    r = _eval_json(DEV)
    assert r["f1"] >= 0.80, r
    assert r["status_accuracy"] >= 0.85, r
    assert r["date_accuracy"] >= 0.85, r


def test_eval_on_holdout_set() -> None:
    """tests/data/ru-holdout.jsonl: 32 sentences in other styles (wire dateline, official,
    analytical; participial phrases, agentless passives, "стороны"/"президенты двух стран").
    Annotated before the coder saw them (F1 0.674 then); kept as a regression bar."""
    r = _eval_json(DEV.parent / "ru-holdout.jsonl")
    assert r["f1"] >= 0.90, r
    assert r["status_accuracy"] >= 0.90, r
    assert r["date_accuracy"] >= 0.90, r


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


def test_planned_noun_and_circumstance_nouns() -> None:
    e = one("Визит Мишустина в Минск запланирован на конец ноября.", "CONSULT", "2021-11-10")
    assert (e.source, e.target, e.status) == ("RUS", "BLR", "planned")
    assert triples("Режим Лукашенко действует при поддержке Кремля.") == set()
    assert triples("Белорусская экономика зависит от поставок российских энергоносителей.") == set()


def test_eval_last_line() -> None:
    res = CliRunner().invoke(cli, ["eval", str(DEV)])
    assert res.exit_code == 0
    assert res.output.strip().splitlines()[-1].startswith("P=")


def test_code_lang_forces_russian(tmp_path: Path) -> None:
    item = {"id": "x1", "pub_date": "2021-02-25", "lang": "en",
            "text": "Лукашенко встретился с Путиным в Сочи.", "events": []}
    f = tmp_path / "items.jsonl"
    f.write_text(json.dumps(item, ensure_ascii=False) + "\n", encoding="utf-8")
    forced = json.loads(CliRunner().invoke(cli, ["code", "--lang", "ru", str(f)]).output)
    assert {(e["source"], e["target"]) for e in forced["events"]} == {("BLR", "RUS"), ("RUS", "BLR")}
    res = CliRunner().invoke(cli, ["code", "--lang", "ru", "--date", "2021-02-25",
                                   "--text", "Вчера Лукашенко встретился с Путиным."])
    out = json.loads(res.output)
    assert out["events"][0]["date"] == "2021-02-24"


def test_deterministic() -> None:
    text = "Лукашенко и Путин провели переговоры, а Литва закрыла границу с Беларусью."
    a = [e.to_dict() for e in code_text(text, PUB, "ru")]
    assert a == [e.to_dict() for e in code_text(text, PUB, "ru")]


def test_english_is_routed_to_the_english_coder() -> None:
    assert code_text("Лукашенко встретился с Путиным.", PUB, "en") == []


def test_belarusian_uses_the_russian_coder() -> None:
    evs = code_text("22 лютага Аляксандр Лукашэнка сустрэўся з Пуціным у Сочы.", "2021-02-25", "be")
    assert {(e.source, e.target, e.type, e.date) for e in evs} == {
        ("BLR", "RUS", "CONSULT", "2021-02-22"), ("RUS", "BLR", "CONSULT", "2021-02-22")}


def test_named_organisation_as_target_of_withdrawal() -> None:
    # leaving an organisation's programme is a sanction (convention 6), as in English
    assert ("BLR", "EU", "SANCTION") in triples("Беларусь вышла из Восточного партнёрства.")  # convention 6
    assert ("BLR", "LTU", "ACCUSE") in triples("МИД Беларуси вызвал посла Литвы.")


@pytest.mark.parametrize(("text", "expected"), [
    ("Казахстан не намерен признавать независимость Абхазии.", {("KAZ", None, "REJECT")}),
    ("Начались совместные белорусско-китайские антитеррористические учения.",
     {("BLR", "CHN", "COOPERATE"), ("CHN", "BLR", "COOPERATE")}),
    ("Товарооборот России и Белоруссии вырос на 8%.", set()),
])
def test_refusals_joint_exercises_and_statistics(text: str, expected: set[tuple]) -> None:
    assert triples(text) == expected


def test_a_participial_phrase_inside_a_coordination() -> None:
    got = triples("Владимир Путин и прилетевший в Сочи Александр Лукашенко провели в понедельник переговоры.")
    assert got == {("RUS", "BLR", "CONSULT"), ("BLR", "RUS", "CONSULT")}


def test_the_instrumental_after_a_verbal_noun_is_its_agent() -> None:
    assert ("EU", "BLR", "CONCEDE") in triples("Отмена Евросоюзом санкций против Минска стала неожиданностью.")


@pytest.mark.parametrize(("text", "expected"), [
    ("Белоруссия ответит жёстко, если Евросоюз введёт новые санкции.", {("BLR", "EU", "THREATEN")}),
    ("Ноту протеста Вильнюсу вручило Министерство иностранных дел Беларуси.", {("BLR", "LTU", "ACCUSE")}),
    ("Стороны действуют в соответствии с Договором о создании Союзного государства.", set()),
])
def test_threats_postposed_subjects_and_named_documents(text: str, expected: set[tuple]) -> None:
    got = triples(text)
    assert expected <= got and not {t for t in got if t[2] == "AGREE"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Польша открыла пункт пропуска Кузница на границе с Белоруссией.", {("POL", "BLR", "CONCEDE")}),
    ("Белоруссия вступила в Шанхайскую организацию сотрудничества.", {("BLR", "SCO", "AGREE")}),
    ("КГБ Белоруссии задержал двух граждан России по обвинению в шпионаже.", {("BLR", "RUS", "COERCE")}),
])
def test_crossings_accession_and_grounds(text: str, expected: set[tuple]) -> None:
    assert triples(text) == expected


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


@pytest.mark.parametrize(("text", "expected"), [
    ("Вывод российских войск из Белоруссии был завершён в октябре.", ("RUS", "BLR", "RETREAT")),
    ("Арест Романа Протасевича вызвал осуждение западных столиц.", ("BLR", "BLR", "COERCE")),
])
def test_nominal_withdrawals_and_arrests(text: str, expected: tuple) -> None:
    assert expected in triples(text)

"""Precision (prec10b): false parties and false types cut with general mechanisms; sentences written for these tests."""

from __future__ import annotations

from tests.coder.tree.helpers import dyads


def test_joined_sanctions_are_the_joiners_act_only() -> None:
    # another's sanctions taken up: the news is the joiner's act, the owner's sanctions are background
    assert dyads("Norway joined the European Union's sanctions against Russia.") == {("NOR", "RUS", "SANCTION")}
    assert dyads("Switzerland adopted the EU's sanctions against Moscow on Tuesday.") == {("CHE", "RUS", "SANCTION")}
    # (one joined in imposing them acts too: both impose)
    assert ("USA", "IRN", "SANCTION") in dyads("Japan joined the United States in imposing sanctions on Iran.")


def test_joined_sanctions_russian_no_accession() -> None:
    # «присоединилась к санкциям ЕС» is no accession to the EU, and the EU's own sanctions are not stated again
    assert dyads("Швейцария присоединилась к санкциям ЕС против России.", lang="ru") == {("CHE", "RUS", "SANCTION")}
    assert dyads("Черногория присоединилась к Евросоюзу.", lang="ru") == {("MNE", "EU", "AGREE")}


def test_fellow_members_named_by_their_organisation() -> None:
    # the addressee of a request named as fellow members of an organisation is that organisation, not the party
    # the requested act would be aimed at
    assert dyads("Эстония призвала партнёров по ЕС запретить импорт российского зерна.", lang="ru") \
        == {("EST", "EU", "REQUEST")}
    assert dyads("Эстония призвала союзников по НАТО усилить давление на Москву.", lang="ru") \
        == {("EST", "NATO", "REQUEST")}
    assert dyads("Estonia urged its allies in NATO to send more troops to the Baltic.") == {("EST", "NATO", "REQUEST")}


def test_owner_participle_before_its_noun_names_the_owner() -> None:
    # a maker's participle before its noun with its agent: the agent's referendums, not the place's after them
    assert dyads("Казахстан не признаёт итоги проведённых Россией референдумов на оккупированных территориях Украины.",
                 lang="ru") == {("KAZ", "RUS", "REJECT")}
    # (not a participle of imposing: restrictions lifted are eased for the restricted, not for the one who imposed)
    got = dyads("Еврокомиссия фактически сняла введённые Вильнюсом ограничения на транзит в Калининград.", lang="ru")
    assert ("EU", "LTU", "CONCEDE") not in got


def test_a_charge_with_a_borrowed_party_is_no_named_act() -> None:
    # a bare word whose country the accused lends it names no party inside the charge: the accusation only
    assert dyads("Минск обвинил Литву в наращивании военного присутствия у белорусской границы.", lang="ru") \
        == {("BLR", "LTU", "ACCUSE")}
    # (a named act protested against is coded beside the protest, convention 4)
    assert ("LTU", "BLR", "SANCTION") in dyads(
        "Минск осудил введение Литвой запрета на транзит белорусских удобрений.", lang="ru")


def test_accession_talks_decided_on_are_no_talks_held() -> None:
    # talks of joining that an accord or a backing decides on are its matter (`accord_contents.matters`)
    got = dyads("EU leaders agreed on Friday to open accession talks with Georgia.")
    assert ("EU", "GEO", "AGREE") in got and not {d for d in got if d[2] == "CONSULT"}
    assert dyads("The European Parliament backed the opening of accession talks with Serbia.") \
        == {("EU", "SRB", "SUPPORT")}
    # (talks opened are talks, and talks of another matter agreed on stay planned talks)
    assert ("EU", "MNE", "CONSULT") in dyads("The EU formally opened accession negotiations with Montenegro on Tuesday.")
    assert ("ARM", "AZE", "CONSULT") in dyads("Armenia and Azerbaijan agreed to hold peace talks in Washington.")


def test_defiance_is_no_refusal() -> None:
    # acting in defiance of a party is no refusal of anything it offered or asked: the act done is the event
    got = dyads("Estonia and Latvia defied the European Commission by imposing their own bans on Russian grain.")
    assert ("EST", "RUS", "SANCTION") in got and not {d for d in got if d[2] == "REJECT"}
    # concerns brushed off are no offer refused; an offer brushed off is
    assert not {d for d in dyads("Fiji brushed off concerns from Australia about the new port deal.") if d[2] == "REJECT"}
    assert ("SRB", "EU", "REJECT") in dyads("Serbia brushed off the EU's offer of mediation.")

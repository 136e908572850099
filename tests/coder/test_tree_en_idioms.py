"""Wire-style wordings of each PLOVER class (idioms, phrasal verbs, nominalisations of news copy) that
the English lexicon names (coder/lang/en/patterns.yaml, the "wire-style wordings by class" block), and a
few look-alikes that must stay quiet. Sentences written for these tests."""

from __future__ import annotations

import pytest

from dyadwatch.coder import run
from dyadwatch.coder.base import DocState

pytestmark = pytest.mark.coder("tree")


def coded(text: str) -> set[tuple[str | None, str | None, str]]:
    events = run.code_text(text, "2023-06-01", state=DocState(pub_date="2023-06-01"))
    return {(e.source, e.target, e.type) for e in events}


@pytest.mark.parametrize("text, want", [
    ("Russia and Ukraine thrashed out a ceasefire deal.", ("RUS", "UKR", "AGREE")),
    ("Moldova and Ukraine penned an agreement on the border.", ("MDA", "UKR", "AGREE")),
    ("Russia and Belarus came to an agreement on gas.", ("RUS", "BLR", "AGREE")),
    ("Hungary gave the green light to Sweden's NATO membership.", ("HUN", "SWE", "AGREE")),
    ("Scholz rang Zelensky on Tuesday.", ("DEU", "UKR", "CONSULT")),
    ("Lavrov jetted to Beijing on Monday.", ("RUS", "CHN", "CONSULT")),
    ("Lukashenko made a trip to Beijing.", ("BLR", "CHN", "CONSULT")),
    ("Putin touched base with Lukashenko on Friday.", ("RUS", "BLR", "CONSULT")),
    ("Russia vouched for Belarus at the UN.", ("RUS", "BLR", "SUPPORT")),
    ("Poland and Lithuania joined forces to guard the border.", ("POL", "LTU", "COOPERATE")),
    ("The United States shipped weapons to Ukraine.", ("USA", "UKR", "AID")),
    ("Russia propped up Belarus with subsidies.", ("RUS", "BLR", "AID")),
    ("Belarus unblocked Lithuanian trucks at the border.", ("BLR", "LTU", "CONCEDE")),
    ("Russia drew down its forces in Armenia.", ("RUS", "ARM", "RETREAT")),
    ("Russia backed down in its dispute with Turkey.", ("RUS", "TUR", "RETREAT")),
    ("Ukraine pushed the United States for more aid.", ("UKR", "USA", "REQUEST")),
    ("Russia took a swipe at Kazakhstan.", ("RUS", "KAZ", "ACCUSE")),
    ("Russia called out Ukraine for its provocations.", ("RUS", "UKR", "ACCUSE")),
    ("Russia said no to the American proposal.", ("RUS", "USA", "REJECT")),
    ("Russia pushed back against the US demands.", ("RUS", "USA", "REJECT")),
    ("Russia rattled its sabre at Finland.", ("RUS", "FIN", "THREATEN")),
    ("The EU hit Belarus with new sanctions.", ("EU", "BLR", "SANCTION")),
    ("The EU levied tariffs on Chinese cars.", ("EU", "CHN", "SANCTION")),
    ("Russia turned off the gas taps to Ukraine.", ("RUS", "UKR", "SANCTION")),
    ("Russia stopped buying Belarusian dairy.", ("RUS", "BLR", "SANCTION")),
    ("The EU paused cooperation with Georgia.", ("EU", "GEO", "SANCTION")),
    ("Russia shuttered the Polish consulate.", ("RUS", "POL", "SANCTION")),
    ("Russia bolstered its forces on the border with Ukraine.", ("RUS", "UKR", "MOBILIZE")),
    ("Russia positioned missiles near the Finnish border.", ("RUS", "FIN", "MOBILIZE")),
    ("Russian border guards boarded a Ukrainian vessel.", ("RUS", "UKR", "COERCE")),
    ("Russia took over the Ukrainian nuclear plant.", ("RUS", "UKR", "COERCE")),
    ("Russian drones hammered Ukrainian power plants.", ("RUS", "UKR", "ASSAULT")),
    ("Russia unleashed a barrage of missiles on Ukraine.", ("RUS", "UKR", "ASSAULT")),
    ("Ukraine counterattacked Russian forces.", ("UKR", "RUS", "ASSAULT")),
])
def test_wire_idiom_is_coded(text: str, want: tuple[str, str, str]) -> None:
    assert want in coded(text)


@pytest.mark.parametrize("text, not_type", [
    # a missile slamming into a building is no rebuke
    ("A Russian missile slammed into a Ukrainian apartment block.", "ACCUSE"),
    # tariffs paused are eased, not a sanction
    ("The United States paused planned tariffs on Mexican imports.", "SANCTION"),
    # alarm bells rung are no phone call
    ("The move rang alarm bells in Poland and Lithuania.", "CONSULT"),
])
def test_look_alike_is_not_that_type(text: str, not_type: str) -> None:
    assert not any(t == not_type for _, _, t in coded(text))


@pytest.mark.parametrize("text, want", [
    # nominalisations of the classes
    ("Turkey's approval of Sweden's membership ended the standoff.", ("TUR", "SWE", "AGREE")),
    ("Georgia announced the severing of ties with Russia.", ("GEO", "RUS", "SANCTION")),
    ("The EU's freezing of Russian assets angered Moscow.", ("EU", "RUS", "SANCTION")),
    ("Russia's buildup of troops near Ukraine alarmed NATO.", ("RUS", "UKR", "MOBILIZE")),
    ("Russia's provision of weapons to Belarus worried Poland.", ("RUS", "BLR", "AID")),
    ("Azerbaijan's handover of Armenian prisoners happened on Friday.", ("AZE", "ARM", "CONCEDE")),
])
def test_class_noun_is_coded(text: str, want: tuple[str, str, str]) -> None:
    assert want in coded(text)


def test_crowd_storming_a_building_protests_and_troops_storming_a_town_attack() -> None:
    assert ("GEO", "GEO", "PROTEST") in coded("Georgian protesters stormed the parliament in Tbilisi on Monday.")
    assert ("RUS", "UKR", "ASSAULT") in coded("Russian forces stormed the Ukrainian town.")


@pytest.mark.parametrize("text, want", [
    ("Belarusian police placed Maria Kalesnikava under house arrest.", ("BLR", "BLR", "COERCE")),
    ("Belarusian agents bundled Maria Kalesnikava into a minivan.", ("BLR", "BLR", "COERCE")),
    ("The European Commission referred Hungary to the EU Court of Justice over the law.", ("EU", "HUN", "ACCUSE")),
    ("Tens of thousands of Georgians filled the streets of Tbilisi on Sunday.", ("GEO", "GEO", "PROTEST")),
    ("Protesters hurled eggs at the Russian embassy in Vilnius.", ("LTU", "RUS", "PROTEST")),
    ("Latvia will ease border controls for travellers from Estonia.", ("LVA", "EST", "CONCEDE")),
    ("Belarus reopened its airspace to Lithuania on Monday.", ("BLR", "LTU", "CONCEDE")),
    ("Washington will end all funding to the Moldovan army.", ("USA", "MDA", "SANCTION")),
    ("Moscow will pressure Yerevan into leaving the bloc.", ("RUS", "ARM", "REQUEST")),
    ("Russia would place nuclear weapons on Belarusian soil.", ("RUS", "BLR", "MOBILIZE")),
    ("Moldova and Georgia submitted bids for EU membership.", ("MDA", "EU", "REQUEST")),
])
def test_more_class_wordings_are_coded(text: str, want: tuple[str, str, str]) -> None:
    assert want in coded(text)


def test_troops_leaving_are_no_deployment() -> None:
    assert not any(t == "MOBILIZE" for _, _, t in coded("The last American troops left Afghanistan on Monday."))


def test_a_vow_to_answer_threatens_and_a_vow_never_to_recognise_refuses() -> None:
    assert ("RUS", "EST", "THREATEN") in coded("Estonia expelled a Russian diplomat, and Russia vowed on Monday to respond.")
    assert ("LTU", "RUS", "REJECT") in coded("Lithuania vowed never to recognise Russia's annexation of Crimea.")


def test_another_partys_test_opposed_is_criticised() -> None:
    assert ("CHN", "PRK", "ACCUSE") in coded("China firmly opposed North Korea's nuclear test.")


def test_trade_statistics_are_no_cooperation() -> None:
    assert coded("Belarusian exports to Russia rose by a fifth last year.") == set()


@pytest.mark.parametrize("text, want", [
    ("Russia cautioned Finland against joining NATO.", ("RUS", "FIN", "THREATEN")),
    ("Russia returned Ukrainian children on Friday.", ("RUS", "UKR", "CONCEDE")),
    ("Russia scaled down its embassy in Lithuania.", ("RUS", "LTU", "SANCTION")),
    ("Belarus pinned the blame on Poland for the crisis.", ("BLR", "POL", "ACCUSE")),
])
def test_further_class_wordings_are_coded(text: str, want: tuple[str, str, str]) -> None:
    assert want in coded(text)


@pytest.mark.parametrize("text, want", [
    # irregular pasts of pattern lemmas
    ("Russia upheld the ceasefire with Ukraine.", ("RUS", "UKR", "RETREAT")),
    # a summit skipped is a boycott
    ("Pashinyan skipped the summit in Minsk.", ("ARM", "BLR", "SANCTION")),
])
def test_irregular_forms_and_ceremonies(text: str, want: tuple[str, str, str]) -> None:
    assert want in coded(text)


def test_a_meeting_cancelled_is_not_one_held() -> None:
    assert not any(t == "CONSULT" for _, _, t in coded("North Korea had cancelled a planned meeting with the United States."))


@pytest.mark.parametrize("text, want", [
    # wire-style light verbs give a nominal act its subject
    ("Russia levelled accusations against Ukraine.", ("RUS", "UKR", "ACCUSE")),
    ("Moscow hurled accusations at Kyiv.", ("RUS", "UKR", "ACCUSE")),
    ("Russia ramped up its attacks on Ukraine.", ("RUS", "UKR", "ASSAULT")),
    ("Russia prolonged its embargo on Georgian wine.", ("RUS", "GEO", "SANCTION")),
    ("Russia sounded a warning to Finland.", ("RUS", "FIN", "THREATEN")),
])
def test_light_verbs_of_wire_copy(text: str, want: tuple[str, str, str]) -> None:
    assert want in coded(text)


def test_british_doubled_l_is_inflected() -> None:
    from dyadwatch.coder.lang.en import inflect
    assert {"levelled", "leveled", "annulled", "channelling"} <= set(inflect("level") + inflect("annul") + inflect("channel"))

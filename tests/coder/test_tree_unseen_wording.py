"""General CAMEO families in wording the rules were not written from (sentence classes as pentacode scores
them: the CAMEO root of the first event), unknown actors allowed; and the tree's reading of a joint act whose
parties are not recognised. Sentences written for these tests."""

from __future__ import annotations

import pytest

from dyadwatch.coder import run
from dyadwatch.coder.base import DocState
from dyadwatch.coder.cameo import pentacode

pytestmark = pytest.mark.coder("tree")


def coded(text: str, allow_unknown: bool = True) -> list[tuple[str | None, str | None, str, str]]:
    events = run.code_text(text, "2021-02-01", state=DocState(pub_date="2021-02-01"), allow_unknown=allow_unknown)
    return [(e.source, e.target, e.type, e.cameo) for e in sorted(events, key=lambda e: e.start)]


def sentence_class(text: str) -> int:
    events = coded(text)
    return pentacode(events[0][3]) if events else 0


@pytest.mark.parametrize("text, cls", [
    # verbal conflict: criticism, disagreement, legal action, refusal, alarm
    ("The governor berated the county officials over the late payments.", 3),
    ("The trade union disputed the company's account of the layoffs.", 3),
    ("The federation voiced outrage at the treatment of its players.", 3),
    ("The commission has launched legal proceedings against the carmaker.", 3),
    ("The upper house torpedoed the bill on regional autonomy.", 3),
    ("The constitutional court struck down the emergency decree.", 3),
    ("Church leaders sounded the alarm over the eviction of farmers.", 3),
    ("The veterans' league denounced the pension deal.", 3),
    # material conflict: arrests, repression, violence
    ("Border guards apprehended six men carrying rifles.", 4),
    ("The army vowed to crush the mutiny in the northern garrison.", 4),
    ("The attackers beheaded two villagers.", 4),
    ("A stabbing outside the stadium left one fan dead.", 4),
    ("The militia lobbed mortar rounds at the airport.", 4),
    # material cooperation: aid, yielding, truce kept
    ("The charity handed out food parcels to flood victims.", 2),
    ("The emirate earmarked 300 million dollars for the new clinics.", 2),
    ("The tribunal acquitted the former mayor.", 2),
    ("The junta handed power to an interim civilian council.", 2),
    ("Both militias observed the truce during the festival.", 2),
    # verbal cooperation: meetings, praise
    ("The two mayors had lunch with the investors on Friday.", 1),
    ("The governor extolled the volunteers who rebuilt the bridge.", 1),
])
def test_cameo_families_in_other_words(text: str, cls: int) -> None:
    assert sentence_class(text) == cls


def test_a_joint_act_of_unrecognised_parties_is_coded_with_them_unknown() -> None:
    # the object of the clause's verb, and the purpose of a verb of gathering
    assert ("AGREE" in {e[2] for e in coded("The clan elders signed a peace accord with the militia.")})
    assert ("CONSULT" in {e[2] for e in coded("Envoys of both factions sat down for talks in the port city.")})
    # a nominal meeting in no such phrase stays uncoded ("the talks were long": no one acts)
    assert coded("The talks were long.") == []
    # where actors must be known, nothing changes
    assert coded("The clan elders signed a peace accord with the militia.", allow_unknown=False) == []


def test_a_noun_trigger_read_as_an_adjective_is_no_act() -> None:
    assert not [e for e in coded("The mayor said the cartoons were offensive.") if e[2] == "ASSAULT"]
    assert [e[2] for e in coded("The army's offensive on the northern towns continued.")][:1] == ["ASSAULT"]


def test_an_inquiry_opened_admits_no_one() -> None:
    # "opened ... peacekeepers" is no admission of peacekeepers: the inquiry is the act
    events = coded("The watchdog opened an inquiry into misconduct by peacekeepers.")
    assert events and events[0][2] == "ACCUSE"


def test_a_verb_after_words_shaped_like_adjectives_is_read_from_the_parse() -> None:
    # "tribunal" ends like an adjective; the parse makes it the verb's subject, so the verb is an act
    assert [e[2] for e in coded("The regional tribunal acquitted the journalist.")][:1] == ["CONCEDE"]
    # a participle modifying a noun stays no act of its own
    assert "COERCE" not in {e[2] for e in coded("The seized fishing boats were returned by the coast guard.")}


def test_a_nominal_act_undergoing_another_act_is_its_matter() -> None:
    # the passive subject of another act's verb, with no party of its own: the condemnation is the sentence's act
    events = coded("The bombing was condemned by the regional council.")
    assert events and events[0][2] == "ACCUSE"
    assert sentence_class("Restrictions on the province were eased last week.") == 2
    # also where the noun names its parties: the lifting is the sentence's act
    assert sentence_class("EU sanctions against Belarus were lifted in May.") == 2


def test_a_joint_act_held_by_parties_not_named() -> None:
    assert sentence_class("The negotiations were held behind closed doors in Muscat.") == 1
    assert sentence_class("The decree sparked outrage among farmers.") == 3


def test_a_conflict_noun_naming_a_kind_of_thing_is_no_act() -> None:
    # "attack helicopters", "strike leaders": the noun modifies another as its kind
    assert "ASSAULT" not in {e[2] for e in coded("The ministry bought twelve attack helicopters from the manufacturer.")}
    assert sentence_class("The strike leaders agreed to end the stoppage at the docks.") == 1
    # a cooperative act's noun there is the act: "an aid convoy"
    assert sentence_class("An aid convoy from the agency reached the flooded villages.") in (1, 2)
    # the act itself stays: "the attack on the convoy"
    assert sentence_class("Gunmen carried out an attack on the convoy.") == 4


def test_a_name_is_no_word_of_a_pattern() -> None:
    # "Un" of a Korean name is not the UN whose inspectors are let in
    assert "CONCEDE" not in {e[2] for e in coded("The envoy accepted an offer to meet Kim Jong Un in Hanoi.")}


def test_support_in_kind_is_aid() -> None:
    assert sentence_class("The navy provided logistical support to the relief mission.") == 2
    assert sentence_class("The agency gave support for the reconstruction of two bridges.") == 2
    # praise stays support: "voiced support for the plan"
    assert sentence_class("The senator voiced support for the plan.") == 1


def test_who_backs_an_actor_describes_it() -> None:
    # "militias backed by the army shelled ...": the shelling is the act, the backing describes the militias
    assert sentence_class("Militias backed by the army shelled the rebel district on Monday.") == 4
    # backing as the clause's own act stays support
    assert sentence_class("The governors backed the mayor's reform plan.") == 1


def test_an_act_hoped_for_is_coded_as_cameo_codes_the_hope() -> None:
    # the act keeps its type; its code is the hope's (a statement), as "is considering" gives 014
    events = coded("The ferry company said it hoped to resume crossings next month.")
    assert events and all(e[3] == "020" for e in events)
    assert sentence_class("The mayor said she hoped for new talks with the striking drivers.") == 0
    # the act itself, not hoped for, keeps its code
    assert sentence_class("The mayor held new talks with the striking drivers.") == 1


def test_an_act_told_in_a_claimed_act_s_phrase_is_claimed_too() -> None:
    events = coded("The militia claimed responsibility for the ambush that killed four guards.")
    assert events and events[0][3] == "015" and all(e[3] == "015" for e in events if e[2] == "ASSAULT")


def test_a_call_to_lift_sanctions_is_an_appeal_not_a_demand_for_punishment() -> None:
    events = coded("The farmers' union urged the ministry to lift sanctions on fertiliser imports.")
    assert events and events[0][2] == "REQUEST" and events[0][3] == "020"
    assert [e[3] for e in coded("The union urged Kenya to impose sanctions on the importers.")][:1] == ["100"]


def test_a_noun_s_context_word_may_be_the_verb_it_is_the_object_of() -> None:
    # "set a 30-day deadline": the verb of the deadline stands beyond the words before the noun
    assert sentence_class("The regulator set a 60-day deadline for the airline to refund passengers.") == 3
    assert sentence_class("The council gave the contractor a two-week deadline to finish the road.") == 3

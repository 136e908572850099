"""English trigger candidates read against the parse (coder/tree/triggers.py): the context that makes a matched pattern an act, a trigger's head, the verbs that stop another act."""

from __future__ import annotations

import pytest

from tests.coder.tree.helpers import (
    dyads,
    dyads_status,
    in_order_cameo,
    sentence_class,
    status_by_dyad,
)

pytestmark = pytest.mark.coder("tree")


def test_a_multi_word_verb_pattern_on_a_word_the_parse_reads_as_a_noun_is_not_the_verb():
    # "held a phone call on Monday" is no call on anyone; "a protest in Oslo against" no verbal protest
    got = dyads("Ecuador and Peru held a phone call on Monday.", "2021-03-04")
    assert ("ECU", "PER", "CONSULT") in got and ("PER", "ECU", "CONSULT") in got
    assert not any(t == "REQUEST" for _, _, t in got)
    assert ("ECU", "PER", "REQUEST") in dyads("Ecuador called on Peru to reopen the border.")


def test_a_military_strike_is_an_assault_and_its_adjective_on_the_trigger_s_own_word_its_source():
    # "missile strikes", "strikes on": no labour strike; the parse hangs "Peruvian" on "missile"
    assert ("PER", "ECU", "ASSAULT") in dyads("Peruvian missile strikes on Quito killed ten people.")
    assert ("PER", "ECU", "ASSAULT") in dyads("Peru launched strikes on Ecuadorian towns.")
    assert not any(t == "ASSAULT" for _, _, t in dyads("Teachers in Peru went on strike against the government."))


# ------------------------------------------------------------------ words named after a war or a gun (patterns.yaml)
def test_prisoners_of_war_are_no_war():
    got = dyads("Armenia handed twelve Azerbaijani prisoners of war over to Baku on Tuesday.", "2022-05-06")
    assert not any(ty == "ASSAULT" for _, _, ty in got)
    assert ("ARM", "AZE", "CONCEDE") in got


def test_agreements_signed_initialled_extended_a_word_farther_on():
    got = dyads("Chile and Peru signed a 25-year copper supply deal in Lima.")
    assert ("CHL", "PER", "AGREE") in got and ("PER", "CHL", "AGREE") in got
    got = dyads("Chile and Argentina extended their agreement on border traffic.")
    assert ("CHL", "ARG", "AGREE") in got and ("ARG", "CHL", "AGREE") in got
    got = dyads("Peruvian and Bolivian negotiators initialled a transit agreement in La Paz.")
    assert ("PER", "BOL", "AGREE") in got and ("BOL", "PER", "AGREE") in got


def test_a_threat_whose_subject_is_no_act_gets_no_target_from_it():
    # ("the economy" names no act: nothing to answer)
    assert not any(e[2] == "THREATEN" and e[1] == "POL" for e in dyads_status(
        "Moscow said the economy will not remain without a response to Warsaw's exports."))
    # (control: a decision of Warsaw's is an act to answer)
    assert ("RUS", "POL", "THREATEN") in dyads("Moscow said Warsaw's decision will not remain without a response.")


def test_rejection_idioms_reject():
    assert ("TUR", "GRC", "REJECT") in dyads("Turkey balked at the Greek demands.")
    assert ("RUS", "LTU", "REJECT") in dyads("The Kremlin brushed off Lithuania's protest.")


def test_relations_normalised_in_an_infinitive_read_as_adverbial_are_still_the_accord():
    got = dyads("Kuwait and Israel agreed on Tuesday to normalise relations, making Kuwait the latest Gulf country to set "
                "up formal ties with Israel.", "2024-03-15")
    assert ("KWT", "ISR", "AGREE") in got
    assert not any(t == "SUPPORT" for _, _, t in got)


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
    assert want in dyads(text, "2023-06-01")


@pytest.mark.parametrize("text, not_type", [
    # a missile slamming into a building is no rebuke
    ("A Russian missile slammed into a Ukrainian apartment block.", "ACCUSE"),
    # tariffs paused are eased, not a sanction
    ("The United States paused planned tariffs on Mexican imports.", "SANCTION"),
    # alarm bells rung are no phone call
    ("The move rang alarm bells in Poland and Lithuania.", "CONSULT"),
])
def test_look_alike_is_not_that_type(text: str, not_type: str) -> None:
    assert not any(t == not_type for _, _, t in dyads(text))


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
    assert want in dyads(text, "2023-06-01")


def test_crowd_storming_a_building_protests_and_troops_storming_a_town_attack() -> None:
    assert ("GEO", "GEO", "PROTEST") in dyads("Georgian protesters stormed the parliament in Tbilisi on Monday.",
                                              "2023-06-01")
    assert ("RUS", "UKR", "ASSAULT") in dyads("Russian forces stormed the Ukrainian town.")


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
    assert want in dyads(text, "2023-06-01")


def test_troops_leaving_are_no_deployment() -> None:
    assert not any(t == "MOBILIZE" for _, _, t in dyads("The last American troops left Afghanistan on Monday.",
                                                        "2023-06-01"))
    assert ("USA", "AFG", "RETREAT") in dyads("The last American troops left Afghanistan on Monday.", "2023-06-01")


def test_another_partys_test_opposed_is_criticised() -> None:
    assert ("CHN", "PRK", "ACCUSE") in dyads("China firmly opposed North Korea's nuclear test.")


def test_trade_statistics_are_no_cooperation() -> None:
    assert dyads("Belarusian exports to Russia rose by a fifth last year.", "2023-06-01") == set()


@pytest.mark.parametrize("text, want", [
    ("Russia cautioned Finland against joining NATO.", ("RUS", "FIN", "THREATEN")),
    ("Russia returned Ukrainian children on Friday.", ("RUS", "UKR", "CONCEDE")),
    ("Russia scaled down its embassy in Lithuania.", ("RUS", "LTU", "SANCTION")),
    ("Belarus pinned the blame on Poland for the crisis.", ("BLR", "POL", "ACCUSE")),
])
def test_further_class_wordings_are_coded(text: str, want: tuple[str, str, str]) -> None:
    assert want in dyads(text, "2023-06-01")


@pytest.mark.parametrize("text, want", [
    # irregular pasts of pattern lemmas
    ("Russia upheld the ceasefire with Ukraine.", ("RUS", "UKR", "RETREAT")),
    # a summit skipped is a boycott
    ("Pashinyan skipped the summit in Minsk.", ("ARM", "BLR", "SANCTION")),
])
def test_irregular_forms_and_ceremonies(text: str, want: tuple[str, str, str]) -> None:
    assert want in dyads(text)


def test_a_meeting_cancelled_is_not_one_held() -> None:
    assert not any(t == "CONSULT" for _, _, t in dyads("North Korea had cancelled a planned meeting with the United States."))


@pytest.mark.coder("learned")  # no coder marker in its old file: the default coder
def test_a_state_recognised_is_no_designation_as_a_wrongdoer():
    # the designation pattern's phrases are read by their first word in the predicate: "state sponsor of terrorism"
    # made any recognised "state" a candidate designation, which then found no wrongdoer and hid the recognition
    found = dyads_status("Chile recognised the Palestinian state on Friday, and Israel recalled its envoy from Santiago.", "2026-12-06")
    assert ("CHL", "PSE", "SUPPORT", "occurred") in found
    assert not any(e[2] == "ACCUSE" for e in found)


def test_a_swap_mediated_by_a_third_state_is_no_act_of_it():
    got = status_by_dyad("Kyiv and Moscow exchanged hundreds of prisoners on Wednesday in a swap mediated by Qatar.",
                         "2021-03-04")
    assert {("UKR", "RUS", "CONCEDE"), ("RUS", "UKR", "CONCEDE")} <= set(got)
    assert not any("QAT" in (a, b) for a, b, _ in got)


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
    assert sentence_class(text, "2021-02-01") == cls


def test_a_noun_trigger_read_as_an_adjective_is_no_act() -> None:
    assert not [e for e in in_order_cameo("The mayor said the cartoons were offensive.") if e[2] == "ASSAULT"]
    assert [e[2] for e in in_order_cameo("The army's offensive on the northern towns continued.")][:1] == ["ASSAULT"]


def test_a_conflict_noun_naming_a_kind_of_thing_is_no_act() -> None:
    # "attack helicopters", "strike leaders": the noun modifies another as its kind
    assert "ASSAULT" not in {e[2] for e in in_order_cameo("The ministry bought twelve attack helicopters from the manufacturer.")}
    assert sentence_class("The strike leaders agreed to end the stoppage at the docks.") == 1
    # a cooperative act's noun there is the act: "an aid convoy"
    assert sentence_class("An aid convoy from the agency reached the flooded villages.") in (1, 2)
    # the act itself stays: "the attack on the convoy"
    assert sentence_class("Gunmen carried out an attack on the convoy.") == 4


def test_a_name_is_no_word_of_a_pattern() -> None:
    # "Un" of a Korean name is not the UN whose inspectors are let in
    assert "CONCEDE" not in {e[2] for e in in_order_cameo("The envoy accepted an offer to meet Kim Jong Un in Hanoi.")}


def test_a_noun_s_context_word_may_be_the_verb_it_is_the_object_of() -> None:
    # "set a 30-day deadline": the verb of the deadline stands beyond the words before the noun
    assert sentence_class("The regulator set a 60-day deadline for the airline to refund passengers.") == 3
    assert sentence_class("The council gave the contractor a two-week deadline to finish the road.") == 3


# --- a `with` phrase read in the trigger's object (coder/tree/triggers.py `_with_heads`) ---
def test_a_with_phrase_is_not_read_by_its_first_word_alone():
    # "ambassador to leave", "concerns with", "number of diplomats", "diplomats to leave": the first word heads the
    # object, the rest of the phrase is nowhere
    assert not any(d[2] == "SANCTION" for d in dyads("Moldova asked the Russian ambassador to explain the incident."))
    assert dyads("Kazakhstan addressed the concerns of Russia about the pipeline.") == set()
    assert dyads("Russia limited the number of Ukrainian grain ships in the Black Sea.") == set()
    assert dyads("The Estonian minister told fellow Baltic diplomats in Riga that the talks had gone well.") == set()
    assert dyads("Russia described the conflict in Ukraine as a tragedy for both nations.") == set()
    assert ("MDA", "RUS", "REQUEST") in dyads("Moldova asked the Russian ambassador to explain the incident.")


def test_a_with_phrase_split_by_the_objects_own_words():
    # "ambassador to leave" with the object's conjunct between
    assert ("LTU", "BLR", "SANCTION") in dyads(
        "Lithuania ordered the Belarusian consul and two of his aides to leave the country.")
    assert ("LVA", "RUS", "SANCTION") in dyads("Latvia asked the Russian ambassador to leave the country.")


def test_a_with_phrase_among_the_objects_words_past_the_window():
    assert ("UZB", "KAZ", "CONSULT") in dyads("Astana gave Shavkat Mirziyoyev of Uzbekistan a red-carpet welcome on Monday.", "2024-05-10")


def test_a_with_phrase_whose_first_word_is_a_noun_of_the_act():
    # "drills near": "drills" is itself a MOBILIZE noun
    assert ("BLR", None, "MOBILIZE") in dyads("Belarus stepped up drills after Poland moved troops to the border.")

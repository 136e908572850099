"""English language module: verb inflection for pattern lemmas (see coder/lang/README.md)."""

from __future__ import annotations

IRREGULAR = {
    "be": ["am", "is", "are", "was", "were", "been", "being"],
    "meet": ["met"], "hold": ["held"], "lend": ["lent"], "send": ["sent"], "give": ["gave", "given"],
    "take": ["took", "taken"], "go": ["went", "gone", "goes"], "come": ["came"], "fly": ["flew", "flown", "flies"],
    "speak": ["spoke", "spoken"], "seek": ["sought"], "strike": ["struck", "stricken"], "shoot": ["shot"],
    "fight": ["fought"], "forgive": ["forgave", "forgiven"], "withdraw": ["withdrew", "withdrawn"],
    "withhold": ["withheld"], "undertake": ["undertook", "undertaken"], "break": ["broke", "broken"],
    "beat": ["beaten"], "bring": ["brought"], "buy": ["bought"], "sell": ["sold"], "pay": ["paid"],
    "lay": ["laid"], "cut": ["cut"], "put": ["put"], "hit": ["hit"], "set": ["set"], "shut": ["shut"],
    "let": ["let"], "quit": ["quit"], "freeze": ["froze", "frozen"], "stand": ["stood"], "ring": ["rang", "rung"],
    "blow": ["blew", "blown"], "rise": ["rose", "risen"], "drive": ["drove", "driven"], "write": ["wrote", "written"],
    "tell": ["told"], "say": ["said"], "make": ["made"], "leave": ["left"], "bear": ["bore", "borne"],
    "overthrow": ["overthrew", "overthrown"], "slay": ["slew", "slain"], "mislead": ["misled"],
    "arise": ["arose", "arisen"], "swear": ["swore", "sworn"], "win": ["won"], "lose": ["lost"],
    "deal": ["dealt"], "build": ["built"], "spend": ["spent"], "flee": ["fled"], "sit": ["sat"],
    "fall": ["fell", "fallen"], "grow": ["grew", "grown"], "shrink": ["shrank", "shrunk"],
    "draw": ["drew", "drawn"], "get": ["got", "gotten"], "find": ["found"], "sweep": ["swept"],
    "try": ["tried", "tries"], "deny": ["denied", "denies"], "ally": ["allied", "allies"], "rally": ["rallied", "rallies"],
    "apply": ["applied", "applies"], "supply": ["supplied", "supplies"], "ratify": ["ratified", "ratifies"],
    "occupy": ["occupied", "occupies"], "carry": ["carried", "carries"], "bury": ["buried"],
    "rebut": ["rebutted"], "ban": ["banned", "banning", "bans"], "bar": ["barred", "barring", "bars"],
    "plan": ["planned", "planning", "plans"], "stop": ["stopped", "stopping", "stops"], "ship": ["shipped", "shipping"],
    "embargo": ["embargoed", "embargoes", "embargoing"], "veto": ["vetoed", "vetoes", "vetoing"],
    "commit": ["committed", "committing", "commits"], "admit": ["admitted", "admitting", "admits"],
    "permit": ["permitted", "permitting", "permits"], "submit": ["submitted", "submitting"],
    "slam": ["slammed", "slamming", "slams"], "jail": ["jailed", "jailing", "jails"], "kidnap": ["kidnapped", "kidnapping", "kidnaps", "kidnaped"],
    "target": ["targeted", "targeting", "targets"], "abet": ["abetted"], "refer": ["referred"], "prefer": ["preferred"],
    "grab": ["grabbed"], "drop": ["dropped", "dropping", "drops"], "scrap": ["scrapped", "scrapping", "scraps"],
    "snub": ["snubbed", "snubbing", "snubs"], "rob": ["robbed"], "spur": ["spurred"], "curb": ["curbed", "curbing", "curbs"],
    "dispatch": ["dispatched", "dispatches", "dispatching"], "march": ["marched", "marches", "marching"],
    "reproach": ["reproached", "reproaches"], "impeach": ["impeached"], "breach": ["breached", "breaches", "breaching"],
    "besiege": ["besieged", "besieges", "besieging"], "picket": ["picketed", "picketing", "pickets"],
    "visit": ["visited", "visiting", "visits"], "limit": ["limited", "limiting", "limits"],
    "benefit": ["benefited", "benefitted"], "offer": ["offered", "offering", "offers"], "differ": ["differed"],
    "threaten": ["threatened", "threatening", "threatens"], "open": ["opened", "opening", "opens"],
    "happen": ["happened"], "strengthen": ["strengthened", "strengthening", "strengthens"],
    "shell": ["shelled", "shelling", "shells"], "travel": ["traveled", "travelled", "traveling", "travelling", "travels"],
    "cancel": ["canceled", "cancelled", "canceling", "cancelling", "cancels"], "label": ["labeled", "labelled", "labels"],
    "expel": ["expelled", "expelling", "expels"], "repel": ["repelled", "repels"], "compel": ["compelled", "compels"],
    "control": ["controlled", "controlling", "controls"], "patrol": ["patrolled", "patrolling", "patrols"],
    "model": ["modelled", "modeled"], "signal": ["signalled", "signaled", "signals"],
    "become": ["became"], "begin": ["began", "begun"], "feed": ["fed"], "keep": ["kept"], "lead": ["led"],
    "overrun": ["overran"], "show": ["showed", "shown"], "tear": ["tore", "torn"], "throw": ["threw", "thrown"],
    "forbid": ["forbade", "forbidden"], "bid": ["bid"], "undergo": ["underwent", "undergone"],
    # (irregular pasts of pattern lemmas: "did a u-turn", "shook hands on", "upheld the truce"; not "have": "had"
    # and "has" as light verbs would make every possessed noun an act)
    "do": ["did", "done", "does", "doing"], "shake": ["shook", "shaken"],
    "sink": ["sank", "sunk"], "stick": ["stuck"], "retake": ["retook", "retaken"], "uphold": ["upheld"],
    "underwrite": ["underwrote", "underwritten"], "wind": ["wound", "winding", "winds"], "dig": ["dug", "digging"],
}
VOWELS = set("aeiou")


def inflect(lemma: str, pos: str = "verb") -> list[str]:
    """Surface forms of a verb lemma (lemma, -s, -ed, -ing); nouns get their plural."""
    w = lemma.lower()
    if pos == "noun":
        if w.endswith("s"):
            return [w]
        if w.endswith("y") and len(w) > 1 and w[-2] not in VOWELS:
            return [w, w[:-1] + "ies"]  # "ally" -> "allies", not "allys"
        return [w, w + ("es" if w.endswith(("sh", "ch", "x", "z")) else "s")]
    forms = {w}
    forms.update(IRREGULAR.get(w, []))
    if w in IRREGULAR and any(f.endswith("ed") or f.endswith("ing") for f in IRREGULAR[w]) and w not in ("be",):
        forms.update(_regular_s(w))
        if not any(f.endswith("ing") for f in IRREGULAR[w]):
            forms.update(_ing(w))
        return sorted(forms)
    forms.update(_regular_s(w))
    forms.update(_ing(w))
    if not any(len(f) < len(w) + 4 and f != w and not f.endswith(("s", "ing")) for f in IRREGULAR.get(w, [])):
        forms.update(_ed(w))
    return sorted(forms)


def _regular_s(w: str) -> list[str]:
    if w.endswith(("s", "sh", "ch", "x", "z", "o")):
        return [w + "es"]
    if w.endswith("y") and len(w) > 1 and w[-2] not in VOWELS:
        return [w[:-1] + "ies"]
    return [w + "s"]


DOUBLING = frozenset("admit commit submit permit omit refer occur regret control patrol compel expel repel "
                     "propel rebut equip begin transfer confer defer deter infer incur recur concur acquit extol".split())  # stressed last syllable: "admitted", "expelled"


def _doubles(w: str) -> bool:
    """A final consonant doubled before -ed/-ing: one-syllable "step", "plan", "drop"; "admit"; and a final "l"
    after one vowel, as British spelling doubles it ("levelled", "channelled", "annulled"; both spellings kept)."""
    if w in DOUBLING:
        return True
    if len(w) >= 4 and w[-1] == "l" and w[-2] in VOWELS and w[-3] not in VOWELS:
        return True
    if len(w) < 3 or w[-1] in VOWELS or w[-1] in "wxy" or w[-2] not in VOWELS or w[-3] in VOWELS:
        return False
    return sum(1 for k, c in enumerate(w) if c in VOWELS and (k == 0 or w[k - 1] not in VOWELS)) == 1


def _ed(w: str) -> list[str]:
    if w.endswith("e"):
        return [w + "d"]
    if w.endswith("y") and len(w) > 1 and w[-2] not in VOWELS:
        return [w[:-1] + "ied"]
    if _doubles(w):
        return [w + w[-1] + "ed", w + "ed"]
    return [w + "ed"]


def _ing(w: str) -> list[str]:
    if w.endswith("ie"):
        return [w[:-2] + "ying"]
    if w.endswith("e") and not w.endswith(("ee", "ye", "oe")):
        return [w[:-1] + "ing"]
    if _doubles(w):
        return [w + w[-1] + "ing", w + "ing"]
    return [w + "ing"]


"""Candidate events, casualty figures and demands from the sentences of a release.

Rules, not a model: each candidate says which words triggered it, carries a
confidence, and its title and summary are written by the tool from its parts
(type, actors, place, date, figure), never the sentence itself.

How a sentence is read:

- **Reporting clause.** ", X said today", "X said (that) ...", "according to
  X" are set apart first. They date the statement, not what it reports, and
  their speaker is not an actor of the event. The clause only makes an event
  of its own when it is dated on another day than the release ("said
  yesterday in a briefing", a ``statement``) or names a briefing or report
  published with it (a ``report``).
- **Events.** Trigger words (grouped by event type) are paired with the dates of
  the rest of the sentence, each trigger with its nearest date, so a sentence
  with two dated clauses gives two events. A date gets at most one event of an
  act (attack, veto, ...) and one of speech (report, statement). Attacks and
  crackdowns are never in the future; reports and statements need a date
  narrower than a month and a half ("years ago" dates no report).
- **Figures.** A number of people (or a vague amount: "dozens of", "scores
  more") takes its outcome from the nearest outcome word on either side.
- **Demands.** "calls on / urges X to A, to B and C" (or "to:" and a list) and
  "X must / should A and must B" give one demand per ask; asks are split only at
  list boundaries (";", ", to", "and <verb>"), never inside a noun phrase.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field

import regex

from ..labels import EVENT_TYPE_LABELS, OUTCOME_WORDS, format_span
from .actors import ActorMention
from .dates import DateMention
from .event_cues import cue_theme, cue_type, past_verb

SENTENCE_END = re.compile(r"(?<=[.!?])[”\"’]?\s+(?=[“\"‘]?[A-Z0-9])")
#: Words ending in a full stop that do not end a sentence.
ABBREVIATION = regex.compile(
    r"(?:\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|No|"
    r"Gen|Col|Lt|Sgt|Capt|Prof|Rev|Hon|Jr|Sr|vs|Inc|Ltd|Co|Corp|approx|est)|"
    r"\b\p{Lu}|[;:]\s*\d{1,2})\.[”\"’]?$"
)

# -- reporting clauses -------------------------------------------------------

SPEECH = (
    r"said|says|say|stated|states|added|adds|noted|notes|explained|confirmed|"
    r"confirms|stressed|insisted|estimated?|estimates|believes?|believed|"
    r"reported|reports|shows?|showed|found|finds|warned|warns|argued|argues|"
    r"cautioned|observed|wrote|writes|alleged|recalled|highlighted|emphasi[sz]ed|"
    r"pointed\s+out|announced|announces|declared"
)
#: A date between the reporting verb and what is reported ("stated on Tuesday
#: that", "told reporters on Monday that").
SAID_WHEN = (
    r"(?:\s+(?:on\s+|late\s+on\s+|early\s+on\s+|last\s+)?(?:today|yesterday|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{1,2}\s+\w+|"
    r"\w+\s+\d{1,2}|this\s+week|last\s+week)"
    # "warned in January 2024 that", "said in 2019 that"
    r"|\s+in\s+(?:early\s+|late\s+|mid-)?(?:(?:January|February|March|April|May|"
    r"June|July|August|September|October|November|December)(?:\s+\d{4})?|"
    r"\d{4}))?"
)
#: ", Amnesty International said today, citing ..." / ", said Name, role."
TRAILING_REPORT = regex.compile(
    r",\s*(?P<clause>according\s+to\s+[^,;“”\"]+"
    r"|(?P<speaker>[^,;“”\"]{2,120}?)\s+(?:said|says|stated|added|noted|warned|"
    r"warns|stressed|explained|announced|wrote|"
    r"told\s+[^,;]{2,60}?)\b[^;“”\"]*"
    r"|(?:said|says|added)\s+[^;“”\"]+)$"
)
#: "Local officials say ...", "Witnesses said ...", "Doctors told X that ...",
#: "According to X, ..."
LEADING_REPORT = regex.compile(
    r"^(?P<clause>according\s+to\s+[^,;]{2,80},"
    r"|(?:(?:on|last|earlier|yesterday|today|this|in)\b[^,;“”\"]{0,30},\s+)?"
    r"[^,;“”\"]{2,90}?\s+(?:(?:"
    + SPEECH
    + r")|told\s+[^,;]{2,60}?)"
    + SAID_WHEN
    + r"(?:\s+that)?)\s+(?=\S)",
    regex.I,
)
#: A speaker that is a relative clause ("men who", "whose office"): the speech
#: verb belongs to that clause.
RELATIVE_END = re.compile(
    r"^(?:who|whose|which|whom)\b|\b(?:who|which|that|whom)$", re.I
)
#: A sentence opening that is only a date or a source ("Two weeks ago",
#: "On Monday", "According to relatives").
LEAD_ONLY = re.compile(
    r"\s*(?:according\s+to\s+[^,]{1,60}|(?:\S+\s+){0,4}?(?:ago|today|yesterday|"
    r"week|month|year|\d{4}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|January|February|March|April|May|June|July|August|September|"
    r"October|November|December|\d{1,2}))\s*",
    re.I,
)
#: A date that opens a sentence ("On 31 July", "In March 2024,").
LEADING_DATE = re.compile(
    r"^(?:on|in|by)\s+(?:\d{1,2}\s+\w+|\w+\s+\d{1,2})(?:,?\s+\d{4})?,?\s+|"
    r"^(?:in|by)\s+\w+\s+\d{4},?\s+",
    re.I,
)
#: "men who said they were police ...": the speech verb is in a relative clause.
RELATIVE_SPEECH = re.compile(
    r"\b(?:who|which|that)\s+(?:\w+\s+)?(?:" + SPEECH + r")\b", re.I
)
#: "The court declared the union illegal", "The ministry announced a curfew":
#: the declaration is the act, not a report of another.
DECLARES = re.compile(
    r"\b(?:announced|announces|declared|declares|proclaimed|proclaims)$", re.I
)
PUBLISHED_WITH = re.compile(
    r"\b(?:report|briefing|study|analysis|paper|research)\b[^.;]{0,40}?"
    r"\b(?:published|released|issued|launched|out)\b"
    r"|\b(?:published|released|issued|launched|launching|publishing)\b[^.;]{0,50}?"
    r"\b(?:report|briefing|study|analysis|paper|research)\b"
    # "said today in a briefing based on interviews" (not "in a briefing to
    # diplomats", which is spoken)
    r"|\bin\s+(?:a|an|its|their)\s+(?:new\s+)?(?:report|briefing|study|analysis|"
    r"paper)\b(?!\s+(?:to|for|with)\b)",
    re.I,
)

# -- events --------------------------------------------------------------------

ACT = "act"
SPEECH_FAMILY = "speech"
#: (event type, family, trigger). When two triggers overlap, the earlier wins.
_EVENT_TRIGGERS: list[tuple[str, str, str]] = [
    (
        "statement",
        SPEECH_FAMILY,
        # "called the judgment 'deeply disappointing'", "dismissed the accounts
        # as fabrications": words about an act, not the act
        r"\b(?:called|described|termed|branded|welcomed|critici[sz]ed|"
        r"denounced|condemned|deplored|defended|justified|praised|label{1,2}ed|"
        r"dubbed)\s+(?:the|this|that|these|those|its|their)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:judgment|judgement|ruling|verdict|decision|law|bill|vote|move|"
        r"sentences?|report|attack|strikes?|killings?|bans?|revocations?|"
        r"crackdown|arrests?|detentions?|protests?|raids?|operations?|"
        r"deportations?|expulsions?|executions?|measures?|charges|closures?|"
        r"shutdowns?|curfews?|polic(?:y|ies)|plans?|proposals?|results?|"
        r"demonstrations?|marches|rall(?:y|ies)|sit-ins?)\b|"
        r"\bdismissed\s+[^.;]{0,40}?\bas\b|"
        r"\bdismissed\s+(?:his|her|the)\s+(?:government|cabinet|ministers?|prime\s+"
        r"minister)\b|"
        r"\bdisclosed\b|"
        r"\bcalled\s+(?:both|these|those|the)\s+(?:[\w-]+\s+){0,2}?(?:massacres|"
        r"crimes|killings|events)\b",
    ),
    (
        "statement",
        ACT,
        # a letter: "UN experts wrote to Beijing asking for information"
        r"\bwrote\s+to\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:asking|requesting|"
        r"urging|seeking|to\s+(?:ask|request|urge|seek|express|raise))\b",
    ),
    (
        "finding",
        ACT,
        # a court as the subject of any act: "the High Court on 5 June restored
        # a quota", "the Supreme Court's Appellate Division cut that share"
        r"\b(?:court|chamber(?!\s+of\s+(?:deputies|representatives|commerce))|"
        r"tribunal|appellate\s+division|judges|constitutional\s+council)"
        r"(?:['’]s\s+(?:[A-Z][\w-]*\s+){1,3}?(?:division|chamber))?"
        r"(?:\s+(?:of|in|for)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})?"
        r"\s+(?:on\s+(?:\d{1,2}\s+\w+|\w+day)\s+)?(?:cut|let|upheld|overturned|"
        r"gave|sent|sends|put|found|threw\s+out|struck\s+down|set\s+aside|"
        r"(?!(?:said|added|noted|stated|warned|heard|used|based|called)\b)\w+ed)\b",
    ),
    (
        "threat",
        ACT,
        r"\bthreaten(?:ed|s|ing)?\s+to\s+\w+|"
        r"\b(?:was|were|been)\s+threatened\b|"
        r"\bwarn\w*\s+[^.;]{0,60}?\bof\s+(?:[\w-]+\s+)?(?:prosecution|arrest|punishment|"
        r"sanctions|reprisals)\b|"
        r"\bpromis(?:e|ed|es|ing)\s+(?:[\w\"“”'‘’-]+\s+){0,3}?(?:arrests|crackdown|"
        r"punishment|prosecutions)\b|"
        # "warning that anyone who reoffends will be made to serve the sentence"
        r"\bwarn(?:ed|s|ing)\s+(?:[^.;]{0,40}?\s)?that\s+[^.;]{0,80}?\b(?:will|would)\s+"
        r"(?:be\s+made\s+to\s+|have\s+to\s+)?(?:serve|face|lose|be\s+(?:arrested|"
        r"prosecuted|punished|jailed|detained|charged|expelled|deported|shot|"
        r"sentenced|banned|closed|dissolved|fined|identified))\b|"
        # "warned that permits may be withdrawn", "... will be struck off"
        r"\bwarn(?:ed|s|ing)\s+(?:[^.;]{0,40}?\s)?that\s+[^.;]{0,80}?\b(?:will|would|"
        r"could|may|might)\s+(?:be\s+)?(?:struck\s+off|withdrawn|revoked|removed|"
        r"stripped|applied|confiscated|demolished|evicted|deregistered|"
        r"lose|face|follow|resume)\b|"
        # "gave the families seven days to leave"
        r"\b(?:gave|gives|given)\s+(?:[\w'’-]+\s+){0,4}?(?:\w+\s+)?(?:days|hours|"
        r"weeks)\s+to\s+(?:leave|vacate|move\s+out|clear\s+out|quit)\b|\bultimatum\b",
    ),
    (
        "threat",
        ACT,
        # "warned that his relatives would answer for him", "warned the elders
        # against any gathering on the anniversary"
        r"\bwarn(?:ed|s|ing)\s+(?:[^.;]{0,60}?\s)?that\s+[^.;]{0,100}?\b(?:will|would)\s+"
        r"(?:answer\s+for|pay\s+for|be\s+treated\s+as|suffer|regret)\b|"
        r"\bwarn(?:ed|s|ing)\s+(?:[\w'’-]+\s+){0,4}?against\s+(?:any\s+|holding\s+|"
        r"further\s+)?(?:gatherings?|protests?|rall(?:y|ies)|marches|demonstrations?|"
        r"assembl(?:y|ies)|commemorations?|vigils?)\b",
    ),
    (
        "mission",
        ACT,
        # "the first Marines arrived at Camp Blaz": a force, not a visitor
        r"\b(?:marines|troops|peacekeepers|contingent|battalion|brigade)\b[^.;]{0,30}?"
        r"\b(?:arrived|arrive|arrives|landed|deployed)\b",
    ),
    (
        "rejection",
        ACT,
        # "struck 12 candidates off the ballot", "barred 21 candidates"
        r"\b(?:barred|disqualified|excluded)\s+(?:[\w-]+\s+){0,3}?(?:candidates?|"
        r"lists?|parties)\b|\bstruck\s+[^.;]{0,40}?\boff\s+the\s+(?:ballot|list)\b",
    ),
    (
        "resolution",
        ACT,
        r"\breceived\s+royal\s+assent\b|\b(?:approved|adopted|endorsed)\s+(?:in|by)\s+"
        r"(?:a\s+)?referendum\b|\b(?:issued|signed)\s+(?:an?\s+)?order\s+(?:declaring|"
        r"banning|ordering|dissolving|closing)\b",
    ),
    (
        "crackdown",
        ACT,
        r"\b(?:throttl\w+|slowed|restricted|blocked|shut\s+down|cut)\s+(?:access\s+to\s+)?"
        r"(?:[\w-]+\s+)?(?:social\s+media|internet|mobile\s+(?:data|internet)|"
        r"messaging)\b|\bimposed\s+a\s+(?:[\w-]+\s+)?blockade\b",
    ),
    (
        "statement",
        SPEECH_FAMILY,
        r"\b(?:backed|endorsed)\s+(?:[\w'’-]+\s+){0,3}?(?:plan|proposal|bid|claim|"
        r"position)\b",
    ),
    (
        "veto",
        ACT,
        r"\bveto(?:ed|es|ing)?\b(?!\s+threat)|\bblock(?:ed|s|"
        r"ing)?\b[^.;]{0,60}?\b(?:resolution|draft)\b|\bvot(?:ed|es|"
        r"ing)\s+against\b[^.;]{0,40}?\b(?:resolution|draft)\b|"
        r"\bvoted\s+down\b|\b(?:refused|declined)\s+to\s+(?:sign|proclaim|"
        r"promulgate)\b",
    ),
    (
        "resolution",
        ACT,
        r"\b(?:adopt(?:ed|s)?|pass(?:ed|"
        r"es)?)\b[^.;]{0,40}?\bresolution\b|"
        r"\bresolution\b[^.;]{0,40}?\b(?:adopted|passed)\b|"
        # a law voted: "the bill was passed", "parliament approved amendments"
        r"\b(?:bill|law|amendments?|legislation|decree|constitution)\b[^.;]{0,40}?"
        r"\b(?:was|were|has\s+been|have\s+been)\s+(?:passed|adopted|approved|"
        r"enacted|signed\s+into\s+law|voted\s+through)|\b(?:passed|adopted|"
        r"approved|enacted)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:bill|law|"
        r"amendments?|legislation|act|decree|text|code)\b|"
        r"\bsigned\s+(?:[\w-]+\s+){0,3}?into\s+law|"
        # decrees: "Decree-Law 54, which the president issued in 2022"
        r"\b(?:decree|decree-law|ordinance|executive\s+order)\b[^.;]{0,30}?"
        r"\b(?:issued|signed|enacted|promulgated)\b|\b(?:issued|signed|enacted|"
        r"promulgated)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?(?:decree|decree-law|"
        r"ordinance|executive\s+order)\b|"
        # sanctions imposed: "the EU added two firms to its sanctions list"
        r"\bimposed\s+(?:[\w-]+\s+){0,2}?sanctions|\bunder\s+(?:[\w-]+\s+){0,2}?"
        r"sanctions|\bsanctions\s+list\b|\bsanctioned\b|"
        r"\b(?:put|placed)\s+[^.;]{0,40}?\bunder\s+sanctions|"
        # a decree: "extended the state of exception by decree"
        r"\bby\s+(?:decree|ordinance)\b|\bdecree(?:d|s)\b|"
        r"\bdeclared\s+(?:[\w-]+\s+){0,4}?(?:disaster|emergency|protected|closed|"
        r"military|restricted)\s+(?:areas?|zones?)\b|"
        r"\brevok(?:ed|es)\s+(?:[\w'’-]+\s+){0,4}?(?:special\s+status|autonomy)\b|"
        r"\b(?:ban|curfew|restrictions?|embargo)\b[^.;]{0,40}?\b(?:was|were|is|has\s+"
        r"been)\s+lifted\b|"
        # "A decree of 8 June 2021 widened the terrorism clause"
        r"\b(?:decree|decree-law|ordinance|executive\s+order)\b[^.;]{0,30}?"
        r"\b(?:widened|amended|extended|expanded|broadened|introduced|"
        r"criminali[sz]ed|banned|abolished|replaced|restricted)\b|"
        # measures: "raised the price of diesel", "took effect on 27 March", "in force
        # since 13 June", "issued its protocol on street protests", "signed it in 2008"
        r"\b(?:raised|increased|hiked|cut|doubled)\s+(?:the\s+)?(?:price|prices|tax|"
        r"taxes|tariffs?|fares)\b|\b(?:took|takes|came|comes)\s+(?:effect|into\s+force)\b|"
        r"\b(?:zone|rules|law|suspension|measures?|decree)\b[^.;]{0,30}?\bin\s+force\s+"
        r"since\b|"
        r"\bissued\s+(?:a|an|its|the|new)\s+(?:[\w-]+\s+){0,2}?(?:protocol|regulations?|"
        r"rules|guidelines|directive|circular)\b|"
        r"\bsigned\s+(?:it|the\s+(?:convention|treaty|covenant|protocol|statute))\b|"
        r"\b(?:law|bill|act|decree|text)\s+(?:was\s+)?passed\b|"
        r"\bimpeached\b|\b(?:order|ban|proscription)\b[^.;]{0,30}?\b(?:was|were)\s+"
        r"approved\b|"
        r"\b(?:lowered|raised)\s+the\s+age\s+of\b|\bjoint\s+resolution\b|"
        r"\bpassed\s+(?:its|the|a|an)\s+(?:[\w'’-]+\s+){0,10}?(?-i:Act)\b|"
        r"\bapproved\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?statute\b|"
        # "Arkansas legalised it in April"
        r"\b(?:legali[sz]ed|outlawed|decriminali[sz]ed|criminali[sz]ed)\b|"
        # "designated the group a terrorist organisation"
        r"\bdesignated\s+(?:[\w'’()-]+\s+){1,6}?(?:as\s+)?(?:a|an)\s+"
        r"(?:[\w-]+\s+)?(?:terrorist|extremist|foreign\s+agent|undesirable)\b|"
        # "banned all meetings and marches in the province"
        r"\bbanned\s+(?:all\s+)?(?:[\w-]+\s+){0,2}?(?:meetings|marches|gatherings|"
        r"protests|demonstrations|assemblies|rallies)\b|"
        # "the ordinance, which the Legislative Council passed in March"
        r"\b(?:ordinance|law|bill|act|code)\b,?\s+which\s+(?:[\w'’-]+\s+){1,4}?"
        r"(?:passed|adopted|approved|enacted)\b|"
        # listings and bans on officials: "put Cuba back on the terrorism list"
        r"\b(?:put|puts|placed|added|returned|designated)\s+[^.;]{0,40}?\b(?:on|to)\s+"
        r"(?:the|its|a)\s+(?:[\w-]+\s+){0,4}?list\b|"
        r"\b(?:removed|dropped|delisted|took)\s+[^.;]{0,30}?\b(?:from|off)\s+"
        r"(?:the|its|a)\s+(?:[\w-]+\s+){0,4}?list\b|"
        r"\b(?:visa|travel)\s+(?:restrictions|bans?)\b|"
        # treaties joined: "acceded to the Convention against Torture in 2002"
        r"\b(?:acceded|accedes|ratified|ratifies)\s+(?:to\s+)?(?:the|a|an|it)\b|"
        r"\bacceded\s+to\b|"
        r"\bintroduced\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:minimum\s+wage|law|bill|"
        r"tax|rules?|measure|reform|curfew)\b|"
        r"\bput\s+(?:[\w-]+\s+){0,3}?under\s+a\s+state\s+of\s+(?:emergency|siege)\b|"
        r"\bstate\s+of\s+(?:emergency|siege)\s+(?:was\s+)?(?:declared|imposed)\b|"
        r"\b(?:was|were|has\s+been|had\s+been)\s+repealed\b|"
        # emergencies: "declared a state of emergency"
        r"\b(?:declared|imposed|proclaimed|extended|lifted)\s+(?:a|an|the)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:state\s+of\s+(?:emergency|exception|siege)|"
        r"martial\s+law)|\bstate\s+of\s+(?:emergency|exception|siege)\b[^.;]{0,20}?"
        r"\b(?:was|were|has\s+been)\s+(?:declared|imposed|extended)|"
        # "the Penal Code signed by President X in 2022"
        r"\b(?:code|law|act|bill|decree)\s+(?:was\s+)?signed\s+by\b|"
        # a measure lifted: "the government lifted the social media ban"
        r"\b(?:lifted|lifts|withdrew|withdraws|repealed|repeals|revoked|revokes)\s+"
        r"(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:ban|law|decree|order|curfew)\b|"
        # a legislature or council acting: "the Assembly extended the measure",
        # "the Council's unanimous vote to wind up the mission"
        r"\b(?:parliament|assembly|congress|senate|legislature|lawmakers|council|knesset|"
        r"sejm|duma|majlis|deputies)"
        r"(?:['’]s)?\s+(?:\w+\s+){0,3}?(?:extended|renewed|approved|adopted|passed|"
        r"vote|voted|decision|decided)\b|"
        r"\b(?:approved|authori[sz]ed|endorsed|adopted|passed)\s+by\s+the\s+"
        r"(?:[\w-]+\s+){0,3}?(?:assembly|parliament|senate|congress|legislature)\b|"
        # a council's approval: "a mission approved by the UN Security Council"
        r"\b(?:pushed|rushed|forced|voted|rammed)\s+[^.;]{0,40}?\bthrough\s+"
        r"(?:parliament|the\s+assembly|congress|the\s+senate)\b|"
        r"\b(?:renew(?:ed|s|ing|al\s+of)?|extend(?:ed|s|ing)?|extension\s+of)\s+"
        r"(?:\w+\s+){0,3}?mandate\b|"
        r"\b(?:approved|authori[sz]ed|endorsed)\s+by\s+the\s+(?:UN\s+)?"
        r"(?:Security\s+Council|General\s+Assembly|Human\s+Rights\s+Council|"
        r"parliament|national\s+assembly|senate)|"
        # emergencies declared, lifted or extended, with or without an article
        r"\b(?:declared|proclaimed|imposed|extended|lifted|ended|renewed)\s+"
        r"(?:[\w-]+\s+){0,2}?states?\s+of\s+(?:public\s+)?(?:emergency|exception|"
        r"siege)|\bstates?\s+of\s+(?:public\s+)?(?:emergency|exception|siege)\b"
        r"[^.;]{0,40}?\b(?:declared|proclaimed|imposed|extended|lifted|ended)\b|"
        r"\b(?:extend|prolong)\w*\s+the\s+(?:[\w-]+\s+)?(?:emergency|regime)\b|"
        # votes on a law or a measure, held or due: "is due to vote next week on
        # prolonging the regime", "the House votes on Tuesday on extending it"
        r"\b(?:due|expected|set|scheduled)\s+to\s+(?:vote|debate)\b|"
        r"\bvot(?:e|es|ed)\s+(?:\d+\s+to\s+\d+\s+)?(?:on\s+\w+day\s+)?"
        r"(?:on|to)\s+(?:extend|prolong|approve|adopt|pass|extending|prolonging|"
        r"approving|adopting|passing|(?:the|a)\s+(?:[\w-]+\s+)?(?:bill|law|extension|"
        r"motion))\b|\bfinal\s+vote\b|"
        r"\b(?:at|in)\s+(?:its\s+)?(?:first|second|third|final)\s+reading\b|"
        r"\b(?:wrote|writes|written|put|puts|enshrined)\s+(?:[\w-]+\s+){0,3}?into\s+"
        r"law\b|"
        r"\bgranted\s+(?:[\w-]+\s+)?precautionary\s+measures\b|"
        # "granted the wind licence", "invoked the act", "tightened the Act"
        r"\b(?:grant(?:ed|s)|issu(?:ed|es))\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:licen[cs]e|permit|concession)\b|"
        r"\binvok(?:ed|es)\s+(?:the|a|an|its)\s+(?:[\w'’-]+\s+){0,4}?(?:act|law|"
        r"powers|clause|article)\b|"
        r"\b(?:tightened|amended|relaxed)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?"
        r"(?-i:Act)\b|"
        r"\bsuspended\s+(?:the\s+)?(?:examination|processing|registration)\s+of\b",
    ),
    (
        "setup",
        ACT,
        r"\b(?:set(?:s|ting)?\s+up|establish(?:ed|es)?|creat(?:ed|es)|"
        r"mandat(?:ed|es)|appoint(?:ed|s))\b",
    ),
    (
        "mission",
        ACT,
        r"\bopen(?:ed|s)\s+(?:its\s+own\s+|an?\s+)?(?:[\w-]+\s+)?(?:inquiry|probe)\b|"
        r"\b(?:sent|dispatched)\s+(?:[\w-]+\s+){0,3}?(?:inspectors|jurists|"
        r"investigators|a\s+team|a\s+delegation)\b|"
        r"\b(?:inspectors|jurists|investigators)\b[^.;]{0,30}?\b(?:were\s+sent|went|"
        r"travelled|traveled|arrived)\b|"
        r"\b(?:inspectors|jurists|investigators|experts|observers|monitors)\s+sent\s+"
        r"by\b|\b(?:sent|sends|deployed|deploys)\s+(?:[\w-]+\s+){0,3}?officers\s+to\s+"
        r"(?:help|support|assist|police|patrol|guard|monitor)\b|"
        r"\b(?:board|commission|panel|"
        r"committee)\s+of\s+inquiry\b[^.;]{0,40}?\b(?:would|will|"
        r"to)\s+(?:look|investigate|examine)|\bfact-finding\s+mission\b|"
        r"\b(?:troops|force|peacekeepers)\s+(?:were\s+|was\s+)?(?:deployed|"
        r"dispatched)\b|"
        r"\b(?:flew|flies|sent|deployed)\s+(?:[\w-]+\s+){0,4}?(?:police\s+advisers|"
        r"advisers|troops|personnel)\s+to\b|"
        r"\bmission\s+(?:was|were)\s+in\s+(?-i:[A-Z])|"
        r"\b(?:sent|deployed|dispatched)\b[^.;]{0,30}?\b(?:observers?|"
        r"monitors?|mission)\b|\b(?:observers?|monitors?|"
        r"mission)\b[^.;]{0,30}?\b(?:sent|deployed|dispatched|arrived|left|withdrew|"
        r"pulled\s+out)\b",
    ),
    (
        "finding",
        ACT,
        r"\b(?:(?:jailed|imprisoned)\s+for\s+(?:[\w-]+\s+){0,3}?(?:years?|months?)|"
        r"due\s+back\s+in\s+court|struck\s+(?:[\w-]+\s+){0,3}?from\s+the\s+roll|"
        r"found\s+(?:[\w'’-]+\s+){0,4}?(?:detention|arrest|imprisonment)\s+(?:to\s+be\s+)?"
        r"arbitrary|"
        r"ruled|ruling|judgment|judgement|verdict|convicted|"
        r"sentenced|upheld|overturned|annulled|struck\s+(?:down|out)|acquitted|"
        r"tried\s+(?:\d[\d,]*|them|him|her|the\s+\w+)|arraigned|indicted|"
        r"adjourned|sentences\s+(?:\d|\w+\s+(?:more\s+)?(?:people|civilians|men|"
        r"women|protesters|activists))|"
        r"delivered\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?(?:decision|"
        r"judgment|judgement|ruling|verdict)|"
        # judicial proceedings: "their trial opened", "two closed hearings"
        r"trial\s+(?:opened|began|started|resumed)|hearings?|"
        r"(?:court|judge|tribunal)\b[^.;]{0,30}?\b(?:to|will)\s+hear\b|"
        r"returns?\s+to\s+(?:the\s+)?(?:[\w-]+\s+)?court|"
        r"trial\b[^.;]{0,60}?\b(?:is|are)\s+(?:due|set|scheduled)\s+to\s+(?:open|"
        r"begin|start|resume)|"
        r"trial\s+(?:is|was|are|were)\s+(?:due|set|scheduled)\s+to\s+(?:open|begin|"
        r"start|resume)|trial\s+(?:opens|begins|starts|resumes)|"
        r"(?:is|are)\s+due\s+(?:on\s+[\w\s]{1,20}?\s+)?to\s+(?:rule|hear|decide|"
        r"deliver|take\s+up|examine|consider)|"
        r"(?:due|scheduled|set)\s+to\s+be\s+heard|"
        r"put\s+[^.;]{0,40}?\bthrough\s+(?:[\w-]+\s+){0,2}?trials?\b|"
        r"(?:went|go|goes|stood)\s+on\s+trial|(?:was|were)\s+tried|"
        r"found\s+(?:that|evidence)|concluded\s+(?:[\w\s]{0,30}?\s)?that|"
        r"determined\s+that|"
        r"ordered\s+(?:[\w'’-]+\s+){0,3}?(?:pre-trial\s+detention|remand|"
        r"detention\s+pending\s+trial)|"
        r"hears?\s+(?:[\w'’-]+\s+){0,2}?appeal|"
        r"approved\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:arrest\s+)?warrant|"
        r"granted\s+(?:permission|leave)\s+for\s+(?:a\s+)?judicial\s+review|"
        r"(?:full\s+)?hearing\s+is\s+(?:listed|set|scheduled)|"
        r"lift(?:ed|s)?\s+(?:[\w'’-]+\s+){0,3}?immunity|"
        r"finding)\b",
    ),
    (
        "arms_transfer",
        ACT,
        r"\b(?:(?:patrol|military|combat|armou?red)\s+(?:aircraft|helicopters|jets|"
        r"vehicles|boats|ships)|fighter\s+jets|attack\s+helicopters)\b[^.;]{0,60}?"
        r"\b(?:handed\s+over|delivered|supplied|transferred|sold|shipped)\b|"
        r"\b(?:arms|weapons|munitions|missiles|drones|"
        r"fuel)\b[^.;]{0,30}?\b(?:shipments?|shipped|supplied|supplies|"
        r"supplying|delivered|deliveries|transfers?|transferred|sold|"
        r"sales|exported)\b|\b(?:took|taken|takes|take)\s+delivery\s+of\b|"
        r"\b(?:shipped|delivered|supplied|sold|"
        r"exported|transferred)\b[^.;]{0,30}?\b(?:arms|weapons|"
        r"munitions|drones|missiles)\b|"
        # "received riot shields, batons and pepper-spray launchers"
        r"\b(?:received|was\s+given|were\s+given)\s+(?:[\w,'’-]+\s+){0,8}?"
        r"(?:shields|launchers|rifles|guns|weapons|arms|munitions|ammunition|"
        r"tear\s+gas|riot\s+gear|armou?red\s+vehicles|drones|helicopters)\b|"
        # "riot equipment delivered to the police", "donated tear gas"
        r"\b(?:riot(?:[\s-]+control)?\s+(?:gear|equipment)|tear\s+gas|water\s+cannons?|"
        r"armou?red\s+vehicles)\b[^.;]{0,40}?\b(?:delivered|supplied|donated|"
        r"handed\s+over|sold|shipped)\b|"
        r"\b(?:delivered|supplied|donated|sold|shipped)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:riot(?:[\s-]+control)?\s+(?:gear|equipment)|tear\s+gas|water\s+cannons?|"
        r"armou?red\s+vehicles)\b",
    ),
    (
        "crackdown",
        ACT,
        # people forced across a border: "sent 1,100 people back to Lebanon",
        # "took 28 men from Leipzig to Kabul", "deported", "pushed back"
        r"\b(?:sent|forced|pushed|drove)\s+(?:[\w,'’-]+\s+){1,6}?back\s+(?:to|across|"
        r"into)\b|"
        r"\b(?:returned|took|flew|deported|expelled|carried)\s+(?:at\s+least\s+|more\s+"
        r"than\s+|some\s+|about\s+|nearly\s+)?(?:\d[\d,]*|(?:two|three|four|five|six|"
        r"seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|"
        r"sixty|seventy|eighty|ninety|hundreds|dozens|scores)\b)[^.;]{0,50}?\bto\s+"
        r"(?-i:[A-Z])|"
        r"\b(?:deported|expelled|pushed\s+back|forcibly\s+returned)\b|"
        r"\b(?:forced|pushed|sent|drove|walked|escorted)\s+(?:[\w,'’-]+\s+){1,6}?"
        r"(?:back\s+)?(?:across|over)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:border|"
        r"frontier)\b|\bturned\s+back\s+(?:[\w-]+\s+){0,3}?(?:people|migrants|"
        r"refugees|asylum)|\bpushbacks?\b|"
        r"\bcleared\s+(?:[\w-]+\s+){0,5}?from\s+(?:an?\s+|the\s+|their\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:settlement|camp|homes?|land|square|site)\b|"
        r"\b(?:camp|settlement|encampment)\s+(?:was\s+)?cleared\b|"
        # demolitions: "Bulldozers flattened 90 homes", "cleared six settlements"
        r"\bbulldoz(?:ed|ers?|ing)\b|\bdemolish(?:ed|es|ing)?\b|\bdemolitions?\b|"
        r"\brazed\b|\b(?:tore|torn)\s+down\s+(?:[\w-]+\s+){0,3}?(?:homes|houses|shacks)\b|"
        r"\bcleared\s+(?:[\w-]+\s+){0,4}?(?:settlements?|camps?|encampments?|"
        r"shanty\s*towns?|slums?)\b|"
        # elected officials removed: "the removal on Friday of the co-mayor",
        # "removed Serhatköy's co-mayor and installed a trustee"
        r"\b(?:removed|removes|removal|dismissed|ousted|suspended)\b[^.;]{0,60}?\b"
        r"(?:mayors?|co-mayors?|governors?|councillors?)\b|\b(?:co-)?mayors?\b[^.;]{0,40}?"
        r"\b(?:removed|dismissed|ousted|replaced)\b|\b(?:install(?:ed|s)?|appoint(?:ed|s)?)\s+"
        r"(?:[\w'’-]+\s+){0,5}?(?:as\s+)?trustees?\b|"
        # "97 men removed on a flight", "flown to a prison in El Salvador"
        r"\b(?:removed|deported|expelled|returned)\s+on\s+(?:a|an|the)\s+(?:[\w-]+\s+)?"
        r"(?:flight|plane)\b|\bflown\s+(?:out\s+)?to\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:prison|camp|detention)\b|"
        r"\b(?:crackdown|cracked\s+down|live\s+ammunition|tear\s*gas|"
        r"block(?:ed|s)\s+(?:[\w'’-]+\s+){0,3}?(?:website|websites|site|sites|"
        r"accounts?|platforms|apps)|"
        r"ordered\s+(?:[\w'’-]+\s+){0,4}?(?:blocked|closed|shut|dissolved|out|"
        r"to\s+leave)\b|"
        r"di(?:ed|es)\s+(?:at|in)\s+(?:[\w-]+\s+){0,2}?(?:prison|jail|depots?|"
        r"detention\s+cent(?:re|er)s?|cells?|police\s+stations?)|"
        r"(?:was|were|been)\s+(?:\w+ly\s+)?(?:seized|snatched|grabbed)\b|"
        r"froze\s+(?:[\w'’-]+\s+){0,2}?(?:bank\s+)?accounts|"
        r"withdrew\s+(?:[\w'’-]+\s+){0,2}?accreditation|forced\s+closure|"
        r"abductions|enforced\s+disappearances|"
        r"(?:plans?|planned|set|due|scheduled)\s+to\s+(?:hang|execute)|"
        r"lethal\s+force|shooting\s+(?:at\s+)?(?:protesters|"
        r"demonstrators)|(?:fired|shot|opened\s+fire)\s+(?:on|at|"
        r"into)\s+(?:the\s+)?(?:protesters|demonstrators|crowds?|"
        r"mourners|students|marchers)|dispers(?:ed|al|ing)|broke\s+up|"
        r"shot\s+dead\s+(?:\w+\s+)?(?:protesters|demonstrators|mourners|"
        r"students|marchers)|"
        r"military\s+takeover|coup(?:\s+d['’]état)?|seized\s+power|"
        r"took\s+power|internet\s+(?:shutdown|blackout)|"
        r"shut\s+down\s+the\s+internet|cut\s+(?:off\s+)?(?:mobile\s+|"
        r"the\s+)?(?:internet|phone|telephone|communications?)|"
        r"mass\s+arrests|arrest(?:ed|s)?|round(?:ed)?\s+up|detain(?:ed|"
        r"ing)|abducted|executed|executions?|hanged|taken\s+into\s+custody|"
        r"di(?:ed|es)\s+in\s+(?:[\w-]+\s+)?(?:custody|detention|prison)|deaths?\s+in\s+"
        r"(?:[\w-]+\s+)?(?:custody|detention)|"
        r"forced\s+to\s+(?:close|shut|stop\s+publishing)|"
        r"(?:driven|forced|pushed)\s+into\s+exile|"
        r"campaign\s+of\s+(?:killings|arrests|repression|violence)|"
        r"arbitrary\s+detention|"
        # people taken: "forced their way into a flat and drove away two women"
        r"(?<!supporters\s)(?<!mob\s)(?<!crowd\s)forced\s+(?:their|its|his|her)\s+way\s+into|"
        r"(?:drove|dragged|led|took|carried)\s+(?:\w+\s+){0,3}?away|"
        r"(?:were|was)\s+(?:taken|led|driven|dragged)\s+away|"
        r"picked\s+up\s+(?:at|from|in|by|on)\b|"
        # force against gatherings
        r"pepper\s+spray|water\s+cannons?|rubber\s+bullets|batons|"
        r"beat(?:en)?\s+(?:up\s+)?(?:the\s+)?(?:protesters|demonstrators|"
        r"marchers|students|women|detainees)|"
        r"(?:crushed|suppressed|quelled|quashed|smashed|put\s+down)\s+"
        r"(?:[\w'’-]+\s+){0,4}?"
        r"(?:protests?|demonstrations?|uprising|dissent|opposition|strikes?|"
        r"rall(?:y|ies)|marches)|"
        # curfews, communications cut, media shut
        r"curfew|shoot[- ]on[- ]sight|"
        r"(?:cut|shut|switched\s+off|blocked|restricted)\s+(?:off\s+)?"
        r"(?:[\w-]+\s+){0,3}?(?:internet|mobile\s+data|websites?|social\s+media)|"
        r"(?:announced|imposed|declared|ordered)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
        r"curfew|"
        r"(?:websites?|internet|broadcasts?)\s+(?:were\s+|was\s+)?blocked|"
        r"(?:suspended|banned|closed)\s+[^.;]{0,60}?\bfor\s+(?:broadcasting|"
        r"publishing|reporting|airing)|"
        # people taken from a place, tortured
        r"(?:removed|took|taken|snatched|seized|abducted)\s+(?:[\w-]+\s+){0,4}?from\s+"
        r"(?:a|an|the|their|his|her)\s+(?:[\w-]+\s+){0,3}?(?:hospital|home|"
        r"house|homes|office|school|campus|mosque|church|flat|car|street|bed)s?|"
        r"(?:been|were|was)\s+(?:taken|led|driven|dragged)\s+away|"
        r"tortured|subjected\s+[^.;]{0,60}?\bto\s+(?:[\w-]+\s+){0,2}?(?:torture|"
        r"beatings|examinations|abuse|ill-treatment)|"
        # power taken by force
        r"(?:took|seized|taken|seize|take)\s+control\s+of|took\s+over\s+"
        r"(?:the\s+)?(?:country|capital|city|government)|takeover|"
        # exile, citizenship, death
        r"(?:sent|shipped|flown|flew)\s+[^.;]{0,50}?\bback\s+to\b|"
        r"struck\s+[^.;]{0,40}?\boff\s+the\s+(?:register|registry|list)|"
        r"revocations?|(?:revoked|withdrew)\s+(?:the\s+|their\s+)?(?:citizenship|"
        r"nationality)|"
        r"(?:taken|seized|abducted|picked\s+up)\s+by\s+(?:[\w-]+\s+)?(?:soldiers|police|"
        r"security|agents|officers|gendarmes|men\s+in\s+uniform)|"
        r"picking\s+up\s+(?:men|women|people|activists|students|protesters|"
        r"young\s+men)|(?:they|executions|hangings)\s+resumed|"
        r"put\s+(?:\w+\s+){0,2}?on\s+a\s+(?:[\w-]+\s+)?(?:flight|plane)\b|"
        r"forcibly\s+(?:returned|deported|removed|repatriated|transferred)|"
        r"forced\s+(?:[\w-]+\s+){0,3}?into\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:truck|van|car|vehicle|pick-?up|lorry)|"
        r"(?:internet|mobile\s+data|phone\s+lines?|mobile\s+networks?)\b[^.;]{0,40}?"
        r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:cut|shut|"
        r"switched\s+off|blocked|suspended|restricted)|"
        r"stripp(?:ed|ing)\s+(?:\w+\s+){0,4}?of\s+(?:their\s+|his\s+|her\s+)?"
        r"(?:nationality|citizenship)|expelled|deported|forced\s+into\s+exile|"
        r"banished|put\s+(?:[\w,]+\s+){1,6}?to\s+death|"
        # organisations and media closed
        r"(?:shut|closed)\s+down\s+(?:[\w,.-]+\s+){0,6}?(?:organi[sz]ations|ngos|"
        r"groups|newspapers|outlets|media|stations|channels|parties|unions|"
        r"universities|charities|associations)|"
        r"(?:banned|dissolved|outlawed|deregistered|closed|liquidated)\s+"
        r"(?:[\w,.-]+\s+){0,5}?"
        r"(?:organi[sz]ations?|ngos?|groups?|newspapers?|outlets?|media|"
        r"parties|party|unions?|associations?))\b",
    ),
    (
        "attack",
        ACT,
        r"\b(?:attack(?:ed|s|ing)?|(?:air|drone|missile|rocket|"
        r"artillery)[ -]?strikes?|airstrikes?|"
        r"(?<!hunger\s)(?<!general\s)strikes?|struck|shell(?:ed|ing|s)|"
        r"(?:fire|petrol)[- ]?bomb\w*|molotov|"
        r"bomb(?:ed|ing|ings|ardment|arded)|raid(?:ed|s)?|fired\s+(?:on|"
        r"at|into)|fired\s+[\w\s-]{0,30}?(?:weapons|missiles|rockets|"
        r"shells|mortars|drones)|opened\s+fire|pounded|pounding|"
        r"invasion|invaded|offensive|set\s+[\w\s]{0,20}?alight|"
        r"set\s+fire\s+to|torched|"
        r"burn(?:ed|t)\s+(?:down\s+)?(?:homes|houses|villages)|"
        r"massacred?|"
        # killings and fighting: "shot dead by gunmen", "gangs seized the city"
        r"killed|killings?|murdered|assassinated|gunned\s+down|shot\s+dead|"
        r"stormed|overran|overrun|seized|captured|fighting|clashes|clashed|"
        r"shot\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:blogger|journalist|activist|man|"
        r"woman|boy|girl|student|teacher|lawyer|farmer|defender|leader|organiser|"
        r"protester|reporter)|"
        r"shot\s+(?:[\w-]+\s+){0,2}?(?:residents|villagers|civilians|farmers|"
        r"worshippers|passengers)|"
        r"hostilities)\b",
    ),
    (
        "negotiation",
        ACT,
        r"\b(?:negotiat\w*|talks|peace\s+process|mediat\w+|"
        r"(?:met|meet|meets|meeting)\s+(?:with\s+)?(?:[\w'’-]+\s+){0,6}?"
        r"(?:representatives|delegates|delegation|opposition\s+leaders)|"
        r"(?:ministers|leaders|heads\s+of\s+state)\s+(?:will\s+)?(?:meet|met)\b|"
        r"agreed\s+(?:[\w-]+\s+){0,3}?to\s+(?:return|hand|cede|transfer|withdraw|"
        r"exchange|free|release|swap|end|halt)\b|"
        r"(?:agreed\s+to|held|holds|opened)\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){0,3}?"
        r"dialogue|"
        r"(?:agreement|accord|deal|ceasefire|truce|partnership|memorandum|pact|"
        r"arrangement)s?\b[^.;]{0,40}?\b(?:was|were)\s+(?:signed|agreed|reached)|"
        r"(?:announc\w+|unveil\w+)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:arrangement|"
        r"agreement|deal|accord|pact)|\bagreed\s+(?:on\s+)?the\s+text\s+of|"
        r"(?:agreement|accord|deal|memorandum|pact)\b[^.;]{0,40}?\b(?:roll(?:ed)?\s+over|"
        r"was\s+renewed|was\s+extended)|"
        r"(?:agreement|accord|deal|ceasefire|truce)\s+(?:reached|struck|brokered|"
        r"agreed|signed)\b|(?:struck|cut)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?deal|"
        r"(?:signed|reached|brokered|concluded)\s+"
        r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:partnership|memorandum|pact)\b|"
        r"(?:signed|signs|signing|reached|brokered)\s+(?:(?:a|an|the)\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:agreements?|accords?|deals?|ceasefire|truce)|"
        r"draft(?:ing)?\s+(?:a\s+|the\s+)?(?:new\s+)?resolution)\b",
    ),
    (
        "rejection",
        ACT,
        r"\b(?:reject(?:ed|s)?|dismiss(?:ed|es)|refus(?:ed|es)|"
        r"failed\s+to\s+(?:overturn|override|pass|approve)|"
        r"turned\s+down|denied\s+(?:a|the|their|its)\s+request)\b",
    ),
    (
        "visit",
        ACT,
        r"\b(?:(?:been|was|were)\s+in\s+the\s+country|(?:is|are)\s+(?:due|expected)\s+in\s+"
        r"(?-i:[A-Z])\w+|tour(?:s|ed|ing)?\s+(?:the|a|an|its|their)\b|"
        r"(?:due|expected|set|scheduled|plans?|planned)\s+to\s+send\s+(?:a|an|its)\s+"
        r"(?:[\w-]+\s+)?delegation\b|"
        r"visit(?:s|ed|ing)?(?!\s+(?:are|were|is|was|have\s+been|has\s+been)\s)|travel(?:s|led|ling)?\s+to|arriv(?:e|"
        r"es|ed)\s+in|trip\s+to)\b",
    ),
    (
        "report",
        SPEECH_FAMILY,
        r"(?<!without\s)(?<!not\s)(?<!never\s)"
        r"\b(?:publish(?:ed|es|ing)?|releas(?:e|ed|es|ing)\s+(?:(?:a|"
        r"its|new|the|their)\s+)*(?:report|research|study|briefing|"
        r"findings|evidence)|present(?:s|ed|ing)?\s+(?:her|his|its|their)\s+"
        r"(?:[\w-]+\s+)?(?:report|findings|conclusions)|present(?:s|ed|ing)?\s+(?:a|its|the|"
        r"their)\s+(?:report|briefing|findings)|brief(?:ed|s|"
        r"ing)?\s+(?:the|a|an)|document(?:ed|s)|"
        r"(?:gave|delivered|shared)\s+(?:[\w'’-]+\s+){0,6}?(?:(?:his|her|its|their|"
        r"the)\s+)?(?:preliminary\s+|initial\s+)?(?:findings|conclusions)|"
        r"(?:sent|submitted|filed|lodged)\s+[^.;]{0,80}?\b(?:a|an|its|their)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:brief|report|submission|communication|memorandum|"
        r"opinion)|"
        r"\bin\s+(?:its|their|a)\s+(?:final\s+|latest\s+|annual\s+)?report\s+of\b|"
        r"\b(?:commission|committee|inquiry|report)\b[^.;]{0,60}?\brecommended\b|"
        r"\b(?:committee|council)\b[^.;]{0,40}?\breviewed\b|"
        r"\bgives?\s+evidence\s+to\b|\bgave\s+evidence\s+to\b|"
        r"\b(?:annual|latest|new|its|their)\s+report\b[^.;]{0,40}?\b(?:warned|warns|"
        r"found|finds|showed|shows|documented|recorded)\b|"
        r"\b(?:handed|submitted|presented)\s+(?:over\s+)?(?:its|their|the)\s+"
        r"(?:final\s+)?report\b|"
        r"\breleas(?:e|ed|es|ing)\s+(?:its\s+|the\s+|new\s+)?(?:[\w-]+\s+)?(?:figures|"
        r"data|statistics)\b|"
        r"launch(?:ed|es|ing)?\s+(?:of\s+)?(?:a|an|its|their|the)\s+(?:new\s+)?"
        r"(?:report|study|briefing)|"
        r"report\s+(?:goes|go|is\s+due|will\s+go|will\s+be\s+presented)\s+"
        r"(?:to|before)|issued\s+(?:a|"
        r"its)\s+report|(?<!a\s)(?<!the\s)(?<!its\s)report\s+(?:to|on)\s+the)\b",
    ),
    (
        "statement",
        SPEECH_FAMILY,
        r"\b(?:(?:froze|suspended|halted|withheld|resumed|restored|cut)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:lending|loans|aid|funding|assistance|support)|"
        r"told\s+[^.;]{0,40}?\bnot\s+to\b|"
        r"defended|resigned|stepped\s+down|pardon(?:ed)?|certified|"
        r"apologi[sz](?:ed|es)|"
        r"(?:expressed|expresses|voiced|voices)\s+(?:\w+\s+)?concern|"
        r"(?:televised|public)\s+(?:address|speech)|"
        r"announc(?:ed|es)|declared|proclaimed|warned|pledged|promised|vowed|"
        r"invited|backed\s+the\s+(?:visit|call|request|plan|proposal)|"
        r"praised|hailed|thanked|brushed\s+aside|"
        r"told\s+(?:parliament|the\s+(?:assembly|senate|house|legislature))|"
        r"described\s+(?:it|them|this|that)\s+as|(?:joint|open)\s+letter|"
        r"condemned|denied|claimed|called\s+for|postpon(?:ed|es)|called\s+off|"
        r"cancell?ed)\b",
    ),
]
EVENT_TRIGGERS: list[tuple[str, str, re.Pattern[str]]] = [
    (event_type, family, re.compile(pattern, re.I))
    for event_type, family, pattern in _EVENT_TRIGGERS
]
#: Events that can be scheduled; an attack or a crackdown is never announced
#: ahead.
FUTURE_TYPES = {
    "report", "visit", "negotiation", "resolution", "mission", "statement",
    "finding", "veto",
}  # fmt: skip
#: Harm announced ahead: an execution scheduled.
SCHEDULED = re.compile(
    r"\b(?:plans?|planned|set|due|scheduled)\s+to\b|"
    r"\b(?:set|scheduled|fixed)\s+(?:[\w-]+\s+){0,4}?for\b",
    re.I,
)
#: The widest date a report or a statement may be given ("last week" is fine,
#: "years ago" is not: that is background, not a dated event).
SPEECH_MAX_DAYS = 45
SINCE = re.compile(r"\bsince\b", re.I)
BEGAN = re.compile(r"\b(?:began|begun|started|erupted|broke\s+out)\b", re.I)
COUNCILS = re.compile(
    r"\b(?:council|assembly|parliament\w*|security council|congress|senate)\b", re.I
)
INQUIRY_BODY = re.compile(
    r"\b(?:commission|inquiry|mechanism|mission|panel|tribunal|investigation|"
    r"rapporteur|post\s+of|mandate|envoy|monitors?)\b",
    re.I,
)
CLAUSE_START = re.compile(
    r"[,;:(–—]\s*|\b(?:which|that|who|whom|when|where|while|after|before|as|"
    r"because|during)\s+",
    re.I,
)
WE = re.compile(r"\b(?:we|our|us)\b", re.I)
#: A trigger that is a verb ("arrested", "shot dead") tells what happened more
#: surely than a noun ("raids", "strikes") in the same clause.
VERBAL = re.compile(
    r"(?:\w+ed|struck|shot|burnt|broke|cut|set|took|hit|sent|seized|hanged|"
    r"found|overran|overrun)\b",
    re.I,
)
DOCUMENTED = re.compile(
    r"\b(?:documented|recorded|verified|examined|investigated|counted|tracked|"
    r"monitored|logged)\b(?:\s+\S+){0,4}\s*$",
    re.I,
)
#: A sentence that opens by referring back to an act told before ("The ruling
#: comes as ...", "The attack was the deadliest since ...").
BARE_NOUN = re.compile(r"[a-z]+", re.I)
ANAPHORA = re.compile(r"\s*[“\"]?(?:The|This|That|These|Those|Its|Their)\s+")
#: Killings told with no act ("were killed"): another act trigger in the
#: same clause (a dispersal, live ammunition) says better what happened.
WEAK = re.compile(r"killed|killing|killings|murdered|deaths?", re.I)
#: "those arrested", "anyone detained": the act names people, it is not told.
REFERENTIAL = re.compile(
    r"\b(?:those|anyone|everyone|whoever|somebody|someone|none)\s+(?:\w+ly\s+)?$|"
    # "shocked by the killings", "an inquiry into the attack": told before
    r"\b(?:shocked|appalled|outraged|alarmed|concerned|saddened)\s+(?:by|at|about|over)\s+"
    r"the\s+$|\b(?:inquiry|investigation|probe)\s+into\s+the\s+$",
    re.I,
)
#: Armed men as a subject: their arrival is no visit.
ARMED = re.compile(
    r"\b(?:soldiers|troops|forces|fighters|gunmen|militia\w*|police|army|rebels)\b",
    re.I,
)
#: A force or mission sent somewhere: its arrival is a ``mission``.
FORCE_SENT = re.compile(r"\b(?:force|mission|peacekeepers|observers|monitors)\b", re.I)
#: Armed groups that are not a state: what they do is an ``attack``.
NON_STATE = re.compile(
    r"\b(?:insurgents|militants|rebels|jihadists|gunmen|armed\s+groups?|gangs?)\b",
    re.I,
)
#: Police near a killing: a ``crackdown``, as the sets annotate it.
POLICE = re.compile(
    r"\b(?:police|security\s+forces|riot\s+officers|officers|agents|detectives|"
    r"gendarmes|gendarmerie)\b",
    re.I,
)
#: Protest in the sentence: force used on it is a ``crackdown``.
PROTEST = re.compile(
    r"\b(?:protests?|protesters|demonstrat\w+|rall(?:y|ies)|marches|unrest|"
    r"uprising|riots?|sit-ins?|took\s+to\s+the\s+streets)\b",
    re.I,
)
#: A raid on people's premises: "raids on the reporters' homes and newsroom".
PREMISES = re.compile(
    r"\s+(?:on|of|at)\s+(?:[\w'’-]+\s+){0,4}?(?:homes?|houses?|newsrooms?|offices|"
    r"headquarters|premises|gathering)\b",
    re.I,
)
#: A court as the subject of a declaration: a ``finding``, not a statement.
COURT = re.compile(
    r"\b(?:court|tribunal|judges?|magistrates?|constitutional\s+council|"
    r"chamber(?!\s+of\s+(?:deputies|representatives|commerce)))\b",
    re.I,
)
#: A court as the agent after a passive verb: "rejected by the same court".
BY_COURT = re.compile(
    r"\s+by\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:court|tribunal|"
    r"judges?|magistrates?)\b",
    re.I,
)
SUBORDINATOR = re.compile(r"when|while|as|because|where|after|before", re.I)
THAT_AFTER = re.compile(r"^\s*(?:[^,.;]{0,30}?\s)?that\b", re.I)

PLACE_WORD = r"\p{Lu}[\p{L}'’-]*"
PLACE = regex.compile(
    r"\b(?:in|near|on|at|around|outside|across|into|from)\s+(?:the\s+)?"
    r"(?P<place>(?:(?:northern|southern|eastern|western|central|north|south|east|"
    r"west|north-western|north-eastern|south-western|south-eastern)\s+)?"
    + PLACE_WORD
    + r"(?:[\s-]+(?:al-|el-)?"
    + PLACE_WORD
    + r"){0,3}(?:\s+(?:and|or)\s+"
    + PLACE_WORD
    + r"){0,1})"
)
NOT_PLACES = {
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December", "Monday", "Tuesday",
    "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "The", "This", "That",
}  # fmt: skip

# -- figures -------------------------------------------------------------------

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {"dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000}
NUMBER_WORD = "|".join(sorted([*NUMBER_WORDS, *SCALES], key=len, reverse=True))
_QUALIFIERS = [
    ("more_than", r"(more than|over|well over|well above|in excess of|upwards of)$"),
    ("at_least", r"(at least|no fewer than|no less than|a minimum of)$"),
    (
        "about",
        r"(about|around|some|roughly|approximately|nearly|almost|"
        r"close to|an estimated|estimated|up to|as many as)$",
    ),
]
QUALIFIERS = [(re.compile(pattern, re.I), name) for name, pattern in _QUALIFIERS]
QUALIFIER = (
    r"(?P<qualifier>(?:well over|well above|more than|in excess of|upwards of|over|"
    r"at least|no fewer than|no less than|a minimum of|as many as|up to|about|"
    r"around|some|roughly|approximately|nearly|almost|close to|an estimated|"
    r"the estimated|estimated)\s+)?"
)
VICTIMS = (
    r"people|persons|civilians|children|boys|girls|women|men|protesters|"
    r"demonstrators|detainees|prisoners|residents|patients|journalists|activists|"
    r"refugees|soldiers|fighters|students|workers|doctors|medics|nurses|teachers|"
    r"families|villagers|migrants|worshippers|mourners|passengers|staff|"
    r"individuals|inhabitants|victims|others|hostages|Rohingya|Uyghurs|leaders|"
    r"defenders|lawyers|reporters|relatives|conscripts|critics|members|"
    r"priests|nuns|monks|imams|pastors|clerics|bishops|judges|guards|youths|"
    r"teenagers|minors|pupils|parents|mothers|fathers|sons|daughters|elders|"
    r"babies|infants|nurses|officials|agents|more(?!\s+than)|schoolgirls|schoolboys|"
    r"bodies|"
    r"schoolchildren|girls|boys|households|inmates|convicts|citizens|nationals|"
    r"suspects|accused|dissidents|opponents|candidates|voters|adults|bystanders|"
    r"defendants|adolescents|claimants|participants|occupants|applicants|"
    r"immigrants|parents|residents|inhabitants|Roma|pilgrims|"
    r"Tatars|Kanaks|Uzbeks|Kazakhs|Kurds|Tamils|Sikhs|Arabs|Druze|Copts|Pashtuns|"
    r"[a-z]+(?:ers|ors|ists|ians|ees)(?<!centers)(?<!orders)(?<!numbers)"
    r"(?<!letters)(?<!papers)(?<!containers)(?<!helicopters)(?<!others)|"
    r"[A-Z][a-z]+(?:ans|ians|ese|is|ites)"
)
#: Taken to a place of custody ("moved to a labour camp").
TO_PRISON = (
    r"(?:moved|sent|taken|transferred)\s+to\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:prison|jail|camp|detention|police\s+station)|"
    # "took 63 people ... to the Siglo XXI migration station", "moved to its
    # holding centre", "put on buses to migration stations"
    r"(?:moved|sent|taken|took|transferred|put\s+on\s+buses|marched|frogmarched)"
    r"(?=\s+(?:[^.;]{0,50}?\s)?to\s+"
    r"(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:(?:holding|migration|"
    r"immigration|detention|removal)\s+(?:centres?|centers?|stations?|facilit(?:y|ies))|"
    r"enlistment\s+offices?|police\s+stations?|barracks))"
)
TO_HOSPITAL = (
    r"(?:taken|rushed|went|admitted|sent|flown)\s+to\s+(?:a\s+|the\s+)?hospital|"
    r"treated\s+by\s+(?:[\w-]+\s+)?(?:medics|paramedics|doctors|nurses|"
    r"ambulance\s+(?:crews|staff))"
)
#: Struck with something ("struck with batons", "hit by rubber bullets").
STRUCK = (
    r"(?:struck|hit|clubbed|beaten)\s+(?:with|by)\s+(?:[\w-]+\s+)?(?:batons|"
    r"truncheons|clubs|sticks|rifle\s+butts|rubber\s+bullets|projectiles|"
    r"canisters|stones|water\s+cannon|pellets)|"
    r"(?:burned|burnt)(?!\s+(?:out|down))|scalded|kicked|punched|"
    r"shot\s+in\s+the\s+(?:legs?|arms?|feet|foot|hands?|shoulders?|back|thighs?|knees?)"
)
#: Sent away: over a border, onto a flight, into a shelter, out of a home or off
#: a site ("back over the frontier", "put on charter flights", "sent to
#: evacuation centres", "without a home", "cleared ... from the camp").
SENT_AWAY = (
    r"(?:back\s+)?(?:across|over)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:border|frontier|"
    r"boundary)|turned\s+back|"
    r"(?:put|placed|forced|loaded)\s+(?:on|onto|aboard)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:flights?|planes?|aircraft|buses|boats?|trains|trucks|lorries|wagons)|"
    r"(?:has|have|had)\s+sent\s+back|"
    r"(?:(?:moved|taken|sent|bussed)\s+)?(?:to|in|into)\s+(?:[\w-]+\s+)?"
    r"(?:evacuation|emergency|temporary|care|relief|"
    r"transit)\s+(?:centres?|centers?|"
    r"shelters?|camps?)|without\s+(?:a\s+)?(?:home|homes|shelter|roof)|"
    r"cleared(?=\s+(?:[\w-]+\s+){0,4}?from\b)|"
    # "with nowhere to sleep", "still have no permanent home", "forced off the
    # coast", "have been sent back", "removed to the Comoros", "driven to the
    # ceasefire line and told to walk across"
    r"with\s+nowhere\s+to\s+(?:sleep|live|go|stay)|"
    r"(?:have|has|had)\s+no\s+(?:permanent\s+|proper\s+|safe\s+)?(?:home|homes|roof|"
    r"shelter)\b|forced\s+off\s+(?:the|their)\s+(?:[\w-]+\s+)?(?:coast|land|homes?|"
    r"islands?|beach|farms?)|(?:been|were|was)\s+sent\s+back|"
    r"removed\s+(?:to\s+(?:the\s+)?(?-i:[A-Z])|in\s+this\s+way|from\s+the\s+"
    r"(?:country|island|territory))|"
    r"driven\s+to\s+the\s+(?:[\w-]+\s+)?(?:border|ceasefire\s+line|frontier|"
    r"boundary|line)|driven(?=\s+(?:[\w-]+\s+){1,5}?from\s+their\s+homes)|"
    # "flown to a prison in El Salvador": abroad
    r"flown\s+(?:out\s+)?to\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:prison|camp|centre|"
    r"center|facility|jail)\s+in\s+(?-i:[A-Z])"
)
#: Moved against one's will, when a named place follows ("flown ... to Kabul").
MOVED = (
    r"flown|deported|returned|sent\s+back|forced\s+back|pushed\s+back|expelled|"
    r"bussed|shipped|handed\s+over"
)
TO_A_PLACE = r"(?=[^.;]{0,60}?\b(?:to|into|across)\s+(?:the\s+)?(?-i:[A-Z]))"
OUTCOME_WORD = (
    r"killed|died|found\s+dead|dead|executed|murdered|assassinated|injured|wounded|"
    r"hurt|slain|perished|maimed|scarred|drowned|kidnapped|locked\s+up|taken\s+away|"
    r"assaulted|blinded|lost\s+(?:an|one|both)\s+eyes?|"
    r"(?:had\s+)?no\s+(?:word|news)\s+(?:of|on|about)\s+(?:their|his|her)\s+"
    r"whereabouts|heard\s+nothing|(?:still\s+)?unaccounted\s+for|"
    r"in\s+(?:a|one|the\s+same)\s+(?:single\s+)?cell|"
    r"in\s+(?:a|the)\s+(?:deportation|detention|holding)\s+(?:centre|center|facility)|"
    r"pushed\s+back|treated\s+in\s+(?:hospital|clinics?)|in\s+hospital|moved\s+off|"
    r"with\s+(?:gunshot\s+|bullet\s+|stab\s+)?(?:wounds|injuries)|die|"
    r"treated\s+for\s+(?:\w+\s+)?(?:wounds|injuries|cuts|burns|fractures)|"
    r"evicted|"
    r"relocated|hospitali[sz]ed|needed\s+(?:hospital|medical)\s+(?:care|treatment)|"
    r"made\s+homeless|lost\s+their\s+homes|"
    r"detained|arrested|behind\s+bars|left\s+the\s+country|"
    r"not\s+been\s+(?:seen|heard\s+(?:from|of))|"
    r"imprisoned|jailed|disappeared|missing|abducted|displaced|fled|uprooted|"
    r"forcibly\s+transferred|deported|expelled|hanged|put\s+to\s+death|"
    r"forced\s+(?:from|out\s+of)|remanded|sheltering|beaten|vanished|"
    r"in\s+(?:relief|displacement|idp|refugee)\s+camps|"
    r"in\s+(?!the\b)(?:[\w-]+\s+)?(?:prisons?|jails?|custody|detention)|"
    r"(?:taken|placed|put)\s+into\s+(?:[\w-]+\s+)?custody|"
    r"(?:still\s+|currently\s+|now\s+)?held(?=\s*(?:[,.;]|$|\s+(?:at|in|without|since|on|"
    r"for|under|by|there|today|now|incommunicado)\b))|"
    r"spent\s+(?:[\w-]+\s+){1,3}?(?:days|weeks|months|years|nights)\s+in\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:prison|jail|cells?|detention|custody)|"
    r"passed\s+through\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:detention|holding)\s+"
    r"(?:centres?|centers?|facilit(?:y|ies))|"
    r"confined|on\s+remand|in\s+(?:police\s+|prison\s+|their\s+)?cells\b|"
    + TO_PRISON
    + "|"
    + TO_HOSPITAL
    + "|"
    + STRUCK
    + "|"
    + SENT_AWAY
    + r"|locked\s+(?:up|in|inside|away)|"
    + r"(?:reported|said\s+to\s+be)\s+(?:injured|hurt|wounded|dead|killed|missing)|"
    + rf"(?:{MOVED})\b{TO_A_PLACE}"
)
#: A word before the people counted ("current and former staff"), not one that
#: starts another phrase ("two camps for displaced people").
MODIFIER = (
    r"(?!(?:for|in|to|from|with|by|at|on|since|after|before|during|when|while|"
    r"who|that|which|were|was|have|has|had|are|is|"
    rf"(?:and|or)\s+(?:\d|(?:{NUMBER_WORD})\b)|{NUMBER_WORD})\b)[a-z-]+"
)
FIGURE = re.compile(
    r"(?<![\w-])" + QUALIFIER + r"(?<![\w-])(?P<number>\d{1,3}(?:,\d{3})+|"
    r"\d+(?:\.\d+)?(?:\s+(?:million|thousand))?|half\s+a\s+(?:million|dozen)|"
    rf"(?:an?\s+)?(?:(?:{NUMBER_WORD})(?:[\s-]+(?:and\s+)?)?)+)"
    r"(?:\s+of\s+(?:them|those|whom|the\s+(?:dead|wounded|injured|missing|"
    r"detained|displaced|killings|deaths|executions))\b)?"
    r"(?:(?<=dead)|(?<=wounded)|(?<=injured)|(?<=missing)|(?<=detained)|"
    r"(?<=displaced)|(?<=killings)|(?<=deaths)|(?<=executions)"
    r"|\s+(?P<victims>(?:" + MODIFIER + r"\s+){0,3}?(?:" + VICTIMS + r"))\b"
    r"|(?=\s+(?:(?:were|was|have|has|had|are|is|remain|remained|remains)\s+)?(?:been\s+)?"
    r"(?:(?:still|now|already|back|again|later|then|since|\w+ly)\s+)?"
    r"(?:" + OUTCOME_WORD + r")\b))",
    re.I,
)
VAGUE = re.compile(
    r"\b(?P<vague>(?:hundreds|tens)\s+of\s+thousands|thousands|hundreds|dozens|scores)"
    r"\b(?:\s+(?P<more>more|others)\b|\s+of\s+(?P<them>them|whom)\b"
    r"|\s+of\s+(?P<victims>(?:[\w'’.-]+\s+){0,3}?(?:" + VICTIMS + r"))\b"
    # "made thousands of arrests": acts counted
    r"|\s+of\s+(?P<acts>arrests|detentions|killings|deaths|executions|abductions|"
    r"disappearances|evictions|deportations|expulsions)\b"
    r"|(?=\s+(?:(?:were|have|has|had|are|remain)\s+)?(?:been\s+)?(?:"
    + OUTCOME_WORD
    + r")\b))",
    re.I,
)
#: "several thousand men fled": an amount too vague to count, with its people.
SEVERAL = re.compile(
    r"\b(?P<vague>(?:several|a\s+few|many)\s+(?:hundred|thousand))\s+"
    r"(?P<victims>(?:" + MODIFIER + r"\s+){0,2}?(?:" + VICTIMS + r"))\b",
    re.I,
)
#: A count in digits or words ("1,200", "32", "forty-two"), as group ``number``.
COUNT = (
    r"(?P<number>\d{1,3}(?:,\d{3})+|\d+|"
    rf"(?:{NUMBER_WORD})(?:[\s-]+(?:{NUMBER_WORD}))*)"
)
#: "at least 47 arrests", "342 drug-related killings": acts counted, one person each.
ACT_COUNT = re.compile(
    r"(?<![\w-])" + QUALIFIER + COUNT + r"\s+"
    r"(?:[\w-]+\s+)?(?P<what>arrests|detentions|killings|deaths|executions|"
    r"abductions|disappearances|evictions|deportations|expulsions|murders|"
    r"homicides)\b",
    re.I,
)
ACT_OUTCOMES = {
    "arrests": "detained", "detentions": "detained", "killings": "killed",
    "deaths": "killed", "executions": "killed", "abductions": "disappeared",
    "disappearances": "disappeared", "evictions": "displaced",
    "deportations": "displaced", "expulsions": "displaced", "murders": "killed",
    "homicides": "killed",
}  # fmt: skip
#: "killed 170 people, at least 25 of them children": part of the figure before;
#: "50 of the dead": part of a group named by its outcome.
OF_THEM = re.compile(r"\s+of\s+(?:them|whom)\b", re.I)
OF_THE = re.compile(
    r"\s+of\s+the\s+(?P<what>dead|wounded|injured|missing|"
    r"detained|displaced|killings|deaths|executions)\b",
    re.I,
)
#: "No one", "anyone": not a number of people.
NO_ONE = re.compile(r"\b(?:no|any|some|every)\s*one$", re.I)
#: People counted because they are (to be) freed, not harmed.
TO_BE_FREED = re.compile(
    r"\s+(?:broke\s+out|escaped)\b|"
    r"\s+(?:[\w'’-]+\s+){0,4}?(?:agreed|promised|pledged|decided|plans?|planned|"
    r"undertook|is\s+to|are\s+to)\s+to\s+(?:free|release|pardon)\b|"
    r"\s+(?:were|have\s+been|had\s+been|was|are|will\s+be)\s+(?:\w+ly\s+)?"
    r"(?:released|freed|pardoned)\b",
    re.I,
)
#: People whose name says what happened to them.
HELD_PEOPLE = re.compile(r"\b(?:prisoners|detainees|captives|hostages)\b", re.I)
#: "arrested traders by the hundreds": a vague amount after the people;
#: "and arrested thousands": a vague amount as the object of the outcome.
VAGUE_AFTER = re.compile(
    r"\b(?:by|in)\s+(?:the|their)\s+(?P<vague>hundreds|thousands|dozens|scores)\b"
    r"|\b(?:arrested|detained|killed)\s(?P<object>thousands|hundreds|dozens|"
    r"scores)\b(?!\s+of\b)",
    re.I,
)
#: "Over 100 of those held are children": part of a group named by its outcome.
SUBGROUP = re.compile(
    r"(?<![\w-])" + QUALIFIER + COUNT + r"\s+of\s+"
    r"(?:those|the\s+(?:people|men|women|detainees|prisoners))\s+"
    r"(?:now\s+|still\s+)?"
    r"(?P<what>held|detained|arrested|jailed|imprisoned|inside|in\s+custody|"
    r"picked\s+up|rounded\s+up|swept\s+up|seized|taken|"
    r"killed|injured|wounded|displaced)\b",
    re.I,
)
#: A release just before a count ("a judge released three of the men arrested").
RELEASED_BEFORE = re.compile(
    r"\b(?:released|freed|pardoned|acquitted)\s+(?:\w+\s+){0,1}$", re.I
)
#: A main verb with its outcome, after a participle that only names the people
#: ("Three men arrested in 2022 were hanged on 19 May").
MAIN_OUTCOME = re.compile(
    r"\b(?:(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:\w+ly\s+)?"
    r"(?P<what>" + OUTCOME_WORD + r")|(?P<finite>died|fled|vanished))\b",
    re.I,
)
#: Outcome verbs that are never participles naming people ("21 people died").
FINITE_OUTCOME = re.compile(r"died|fled|vanished|lost\s+their\s+lives", re.I)
#: "attacks killing and injuring civilians": casualties with no amount at all.
QUALITATIVE = re.compile(
    r"\b(?P<what>killing\s+and\s+(?:injuring|wounding)|killing|injuring|wounding)\s+"
    r"(?P<victims>civilians|protesters|demonstrators|children)\b",
    re.I,
)
#: Outcome words; "killed and injured" is one outcome only when adjacent.
_OUTCOMES = [
    (
        "killed_and_injured",
        r"\b(?:(?:killed|killing|dead)\s+(?:and|or)\s+(?:injured|"
        r"injuring|wounded|wounding)|casualties)\b",
    ),
    (
        "killed",
        r"\b(?:killed|killings?|kills|died|die|dead|slain|perished|drowned|"
        r"bodies\s+(?:were\s+|have\s+been\s+|had\s+been\s+)?(?:\w+ly\s+|later\s+)?"
        r"(?:found|recovered|discovered|exhumed|dumped)|"
        r"deaths?(?!\s+(?:sentences?|penalty|row|threats?))|"
        r"lost\s+their\s+lives|massacred|executed|executions?|murdered|"
        r"assassinated|gunned\s+down|shot\s+dead|hanged|put\s+to\s+death|"
        r"beheaded|lynched|(?:stoned|burned|burnt|beaten)\s+to\s+death)\b",
    ),
    (
        "injured",
        r"\b(?:injured|injuring|wounded|wounding|hurt|injuries|gunshot\s+wounds|maimed|"
        r"slashing|slashed|stabbed|stabbing|hacked|"
        r"for\s+(?:\w+\s+)?(?:cuts|burns|fractures)\b|"
        r"assaulted|in\s+hospital|blinded|lost\s+(?:an|one|both)\s+eyes?|"
        r"(?:hit|beaten|struck)\s+by\s+(?:guards|police|officers|soldiers)|"
        r"guards\s+had\s+(?:hit|beaten)|"
        r"treated\s+in\s+(?:hospital|clinics?)|"
        r"scarred|beat|hospitali[sz]ed|need(?:ed|ing)\s+(?:hospital\s+|medical\s+)?"
        r"(?:care|treatment)|"
        r"treated\s+for|beaten|beatings|" + TO_HOSPITAL + "|" + STRUCK + "|"
        r"treated\s+(?:at|in)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:hospitals?|clinics?)|"
        r"hospitals?\s+(?:have\s+|had\s+)?treated|"
        r"(?:officers|police|policemen|guards|soldiers)\s+(?:had\s+|have\s+)?"
        r"(?:hit|beat|beaten|kicked|struck|punched|clubbed))\b",
    ),
    (
        "detained",
        r"\b(?:detained|detaining|arrested|arresting|imprisoned|jailed|locked\s+up|"
        r"among\s+(?:the\s+)?(?:[\d,]+\s+)?(?:detainees|prisoners|those\s+(?:held|"
        r"arrested|detained))|"
        r"arrests?\s+of|taken\s+from\s+(?:their\s+)?(?:wards|homes|beds|cells)|"
        r"dragged\s+from|in\s+(?:a|one|the\s+same)\s+(?:single\s+)?cell|"
        r"in\s+(?:police\s+|prison\s+|their\s+)?cells\b|"
        r"held\s+(?:beyond|for\s+more\s+than|longer\s+than)|"
        r"in\s+(?:a|the)\s+(?:deportation|detention|holding)\s+(?:centre|center|facility)|"
        r"returned\s+(?:them\s+)?to\s+detention|"
        r"remained\s+in\s+custody|"
        r"rounded\s+up|held\s+(?:in|at(?!\s+least)|without)|behind\s+bars|"
        r"incarcerated|held\s+since|held(?=\s+(?:include|includes|included|are|"
        r"were)\b)|(?:currently|still|now)\s+held\b|held\s+(?:under|by)\b|"
        r"spent\s+(?:[\w-]+\s+){1,3}?(?:days|weeks|months|years|nights)\s+in\s+(?:the\s+)?"
        r"(?:[\w-]+\s+){0,3}?(?:prison|jail|cells?|detention|custody)|"
        r"passed\s+through\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:detention|holding)\s+"
        r"(?:centres?|centers?|facilit(?:y|ies))|"
        r"holding(?=\s+(?:more\s+than|over|at\s+least|some|about|nearly|\d))|"
        r"remanded|seized(?!\s+(?:the\s+)?(?:phones?|property|goods|passports?|"
        r"documents|equipment|cameras?|weapons|control|power|land))|"
        r"held(?=\s+(?:at\s+least|more\s+than|over|some|about|nearly|\d|two|three|"
        r"four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|"
        r"forty|fifty|sixty|seventy|eighty|ninety|dozens|scores|hundreds))|"
        r"(?:were|was|been)\s+held\b|bundled|picked\s+up|hauled|snatched|"
        r"(?:are|is)\s+(?:still\s+)?held\s+(?:there|today|now|incommunicado)\b|"
        r"herded|kept\s+(?:in|at)\s+(?!the\s+dark)(?:\w+\s+){0,2}?(?:cells?|"
        r"watch\s+houses?|stations?|camps?|centres?|centers?|barracks|bases?)|"
        r"in\s+(?!the\b)(?:[\w-]+\s+)?(?:prisons?|jails?|custody|"
        r"detention)|into\s+(?:[\w-]+\s+)?custody|"
        r"(?:still|remain|remains|remained)\s+(?:held|detained|in\s+custody)|"
        r"held\s+for\s+(?:over|more\s+than|longer|up\s+to|months|years|weeks|"
        r"(?:\w+\s+)?(?:days|weeks|months|years))|"
        r"confined|kept\s+(?:there|under\s+(?:police\s+)?guard)|on\s+remand|"
        r"locked\s+(?:up|in|inside|away)|(?:were|was)\s+locked\b|" + TO_PRISON + r")\b",
    ),
    (
        "disappeared",
        r"\b(?:disappeared|missing|abducted|vanished|vanish|disappear|kidnapped|"
        r"kidnapping|taken\s+away|(?:(?:have|has|"
        r"had)\s+)?not\s+been\s+(?:heard\s+(?:from|of)|seen)|"
        r"none\s+of\s+whom\s+(?:has|have|had)\s+been\s+(?:heard\s+(?:from|of)|"
        r"seen)|(?:cannot|can['’]t|could\s+not|do\s+not|don['’]t|does\s+not|"
        r"did\s+not)\s+(?:find\s+out|know|learn|discover|be\s+told)\s+(?:in\s+)?"
        r"(?:where|which\s+(?:prison|jail|camp))|"
        r"(?:not\s+been|never\s+been|were\s+not|was\s+not)\s+told\s+where|"
        r"not\s+told\s+(?:their|his|her)\s+famil\w+\s+where|"
        r"whereabouts\s+(?:are\s+|remain\s+)?unknown|"
        r"(?:had\s+)?no\s+(?:word|news)\s+(?:of|on|about)\s+(?:their|his|her)\s+"
        r"whereabouts|heard\s+nothing|unaccounted\s+for|"
        r"(?:have|has|had|with|still\s+have|still\s+has)\s+(?:had\s+)?no\s+(?:word|news)\b|"
        r"told\s+nothing\s+(?:about|of)\s+where|"
        r"no\s+idea\s+(?:where|which)|what\s+(?:has\s+)?become\s+of|"
        r"(?:nothing|nobody|no\s+one|no-one)\s+(?:has|had)\s+(?:been\s+)?"
        r"(?:heard|seen)\s+(?:from|of)?)\b",
    ),
    (
        "displaced",
        r"\b(?:displaced|fled|flee|forced\s+from\s+their\s+homes|"
        r"uprooted|forcibly\s+transferred|deported|driven\s+from|sheltering|"
        r"made\s+homeless|lost\s+their\s+homes|homeless|pushed\s+back|"
        r"(?:gone|went|go|moved|forced|sent|fled|living|live|settled|driven)\s+abroad|"
        r"abroad(?=\s*[.,;])|"
        r"moved\s+off\s+their\s+land|relocated|resettled|back\s+into\s+(?-i:[A-Z])\w+|"
        r"forced\s+(?:them\s+)?back\s+across|returned\s+across|pushbacks?|"
        r"in\s+(?:relief|displacement|idp|refugee)\s+camps|"
        r"taking\s+shelter|"
        r"left\s+the\s+country|into\s+exile|expelled|exiled|banished|evicted|"
        r"thrown\s+out|crossed\s+(?:the\s+border|into)|sought\s+(?:refuge|asylum)|"
        r"forced\s+(?:from|out\s+of)|left\s+(?:the|their)\s+(?:valley|area|region|"
        r"homes?|villages?|town|city|district)|"
        r"on\s+(?:a|the)\s+(?:flight|plane)\s+(?:to|out)|"
        r"(?:back|returned|returns?|returning)\s+to\s+(?-i:[A-Z])\w+|"
        r"(?:prevented|denied|refused)\s+(?:the\s+)?entry|"
        r"(?:left|abandoned|deserted)\s+(?:the|their)\s+(?:[\w-]+\s+)?(?:farms?|"
        r"settlements?|land|camps?|islands?|neighbou?rhoods?|communit(?:y|ies))|"
        + SENT_AWAY
        + r"|"
        r"(?:were|was|have\s+been|had\s+been)\s+(?:forcibly\s+)?returned|"
        rf"(?:{MOVED}|handed|taken|took|carried|drove|driven|flew)\b{TO_A_PLACE})",
    ),
]
OUTCOMES = [(re.compile(pattern, re.I), name) for name, pattern in _OUTCOMES]
#: "N people were killed", "N have been displaced", "N remain missing".
DIRECT_OUTCOME = re.compile(
    r"\s+(?:(?:were|was|have|has|had|are|is|remain|remained)\s+)?(?:been\s+)?"
    r"(?:(?:known|believed|thought|said|reported)\s+to\s+be\s+)?"
    r"(?:\w+ly\s+)?(?P<what>" + OUTCOME_WORD + r")\b",
    re.I,
)
BOTH_OUTCOMES = re.compile(
    r"\s+(?:(?:were|was|have|has|had)\s+)?(?:been\s+)?(?:killed|dead)\s+"
    r"(?:or|and)\s+(?:injured|wounded)\b",
    re.I,
)
#: Verbs whose object is counted people who are not victims ("released over
#: 1,500 prisoners", "interviewed 31 people").
NOT_VICTIMS_BEFORE = re.compile(
    r"\b(?:released|freed|pardoned|interviewed|rescued|evacuated|"
    r"(?<!hospitals\s)(?<!hospital\s)(?<!clinics\s)treated(?![^.;]{0,40}?\bfor\s+(?:\w+\s+)?(?:injuries|wounds|cuts|burns|"
    r"fractures))|"
    r"trained|hosts?|hosting|employs?|need|needs|represents|represented|"
    r"representing|defends|defended|defending)\s+(?:\w+\s+){0,1}$|"
    r"\b(?:lawyers?|representatives?|counsel|advocates?)\s+(?:for|of)\s+$|"
    # "interviews with 61 prisoners", "a sit-in of about 300 people", "acquitted
    # four of them": people met, gathered or tried, not harmed
    r"\binterviews?\s+with\s+(?:\w+\s+){0,1}$|"
    r"\b(?:sit-in|crowd|rally|march|protest|demonstration|gathering|vigil|meeting)"
    r"\s+of\s+(?:\w+\s+){0,1}$|"
    r"\b(?:acquitted|convicted|sentenced|charged|tried|indicted|prosecuted)\s+"
    r"(?:\w+\s+){0,1}$|"
    r"\brelease\s+of\s+(?:all\s+|the\s+)?$|"
    # "reveal where each of the 40 men is held", "X, one of only two candidates":
    # a group named, not people harmed
    r"\beach\s+of\s+(?:the\s+)?$|\bone\s+of\s+(?:only|just)\s+$",
    re.I,
)
#: A death told just before the people it befell: "the deaths of 104 people in
#: custody", "killed those three men in army custody".
KILLED_BEFORE = re.compile(
    r"\b(?:deaths?|killings?|murders?|executions?|remains)\s+of\s+$|"
    r"\b(?:killed|executed|murdered|shot\s+dead)\s+(?:those\s+|these\s+|the\s+)?$",
    re.I,
)
#: "wounded some 7,000", "left an estimated 300,000 homeless": a bare count as
#: the object of an outcome verb.
VERB_COUNT = re.compile(
    r"\b(?:(?P<verb>killed|wounded|injured|detained|arrested|displaced|abducted|"
    r"executed|kidnapped|killing|wounding|injuring|detaining|arresting|"
    r"abducting|executing|holding)|left)\s+(?:the\s+(?=[a-z]+\b(?!\s+of\b)))?"
    + QUALIFIER
    + r"(?P<number>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s+million)?|"
    rf"(?:{NUMBER_WORD})(?:[\s-]+(?:{NUMBER_WORD}))*)"
    r"(?:\s+(?P<homeless>homeless))?\b(?!\s+(?:of|per|years?|days?|months?|%))",
    re.I,
)
#: "The families of at least six say they do not know where ...", "The
#: whereabouts of at least five are unknown": people counted through those who
#: wait for news of them.
KIN_OF = re.compile(
    r"\b(?:(?:the\s+)?(?:families|relatives|parents|mothers|wives)|"
    r"(?P<whereabouts>whereabouts))\s+of\s+" + QUALIFIER + COUNT + r"\b"
    r"(?:\s+(?:of\s+(?:the|them|these|those)\s+)?(?:(?:[\w-]+\s+){0,2}?"
    r"(?:" + VICTIMS + r")\b)?)?",
    re.I,
)
UNKNOWN = re.compile(
    r"\s*(?:are|is|remain|remains)\s+(?:still\s+)?(?:unknown|not\s+known)\b", re.I
)
#: "bring the number of people killed since then to 13".
NUMBER_OF_TO = re.compile(
    r"\b(?:number|total|count)\s+of\s+(?:[\w-]+\s+){0,2}?(?P<what>killed|dead|"
    r"detained|arrested|injured|wounded|missing|disappeared|displaced)\b"
    r"[^.;]{0,40}?\b(?:to|at|reached|is|stands\s+at)\s+" + QUALIFIER + COUNT + r"\b",
    re.I,
)
#: "put the death toll above 260", "the death toll rose to 41".
DEATH_TOLL = re.compile(
    r"\bdeath\s+toll\s+(?:[\w'’]+\s+){0,3}?(?:(?P<above>above|over|past)|at|of|to|"
    r"is|was|stands\s+at|reached|rose\s+to)\s+"
    + QUALIFIER
    + r"(?P<number>\d{1,3}(?:,\d{3})+|\d+)\b",
    re.I,
)
#: "The arrest of 532 people": a count after an act named by a noun.
NOUN_ACT_BEFORE = re.compile(
    r"\b(?P<what>arrest|detention|killing|deportation|abduction|expulsion)s?\s+of\s+$",
    re.I,
)
#: "treated 20 people for injuries": the treated were hurt.
TREATED_FOR = re.compile(
    r"\s+for\s+(?:\w+\s+)?(?:injuries|wounds|cuts|burns|fractures)\b", re.I
)
#: "At least 30 of them have waited a year for trial", "seized four of them":
#: part of a group, with no noun of its own.
PART_OF_THEM = re.compile(
    r"(?<![\w-])" + QUALIFIER + COUNT + r"\s+of\s+(?:them|whom|us|"
    # "Twelve of the 58": part of a number told before
    r"the\s+\d{1,3}(?:,\d{3})*(?=\s*[,;.)]|\s+(?:were|was|are|is|have|has|had|"
    r"remain\w*|still|now|who)\b)|"
    r"(?:her|his|their|our|its)\s+(?:friends|relatives|colleagues|members|clients|"
    r"sons|daughters|children|brothers|sisters|students|staff|supporters|leaders))\b",
    re.I,
)
#: "At least ten people died in the unrest, three in a fire at ...": a part of
#: the figure before, its verb left out.
ELLIPTIC_PART = re.compile(
    r"(?<=,\s)" + QUALIFIER + COUNT + r"\s+(?:in|at|inside|near|during)\s+"
    r"(?:a|an|the)\b",
    re.I,
)
#: "Nobody has seen six of them since": people not seen again.
UNSEEN_BEFORE = re.compile(
    r"\b(?:nobody|no\s+one|no-one)\s+(?:has|had)\s+(?:\w+\s+)?(?:seen|heard\s+from)"
    r"\s+$",
    re.I,
)
#: Between two dates, the same act again with its own count: "arrested 14 people
#: in January 2019 and 28 more in February 2020".
SAME_ACT_AGAIN = re.compile(
    rf"\s*,?\s+and\s+(?:another\s+|a\s+further\s+)?(?:\d[\d,]*|{NUMBER_WORD})"
    r"\s+(?:more|others|other\s+\w+)\s+(?:[\w-]+\s+){0,3}?(?:in|on|at|during)?\s*$",
    re.I,
)
#: An aside about someone else between the people counted and their verb:
#: ", a 34-year-old driver who died in custody, were arrested".
APPOSITIVE = re.compile(
    r",\s+(?:a|an|who|whose|which)\s[^,;.]{3,160}?,"
    r"(?=\s+(?:were|was|have|has|had|are|is)\b)",
    re.I,
)
#: A clause boundary an outcome word is not looked for across, backwards.
CLAUSE_BREAK = re.compile(r",\s+(?:and|but|while|whereas)\s+|;\s*", re.I)
#: How far (characters) an outcome word may sit from its number.
OUTCOME_REACH = 90

# -- demands -------------------------------------------------------------------

CALL = regex.compile(
    r"(?<!\bwould\s)(?<!\bwould\shave\s)(?<!\bcould\s)\b(?P<verb>call(?:s|ed|ing)?\s+(?:on|upon|for)|urg(?:e|es|ed|ing)|"
    r"(?<=\bI\s)want|(?<=\b(?:we|they)\s)want|(?<=\w{3}s\s)want|wants|"
    r"ask(?:s|ed|ing)?|press(?:es|ed|ing)?|appeal(?:s|ed|ing)?\s+to|"
    r"requests|requested|requesting|(?<=\b(?:we|I)\s)request|encourag(?:e|es|ed|ing)|exhort(?:s|ed|ing)?|"
    # "invites the UN Rapporteur to ...": present only ("invited X to visit" is news)
    r"invites|"
    r"implor(?:e|es|ed|ing)|demand(?:s|ed|ing)?)"
    r"(?:,\s*among\s+other\s+things,)?\s+"
    # "has asked to meet detainees, should be given ...": no addressee
    r"(?P<target>(?!to\s)(?:(?!\b(?:should|must)\b|,\s+and\s+(?:we|I|they)\b)"
    r"(?:[^.;:“”\"]|(?<=\d)\.(?=\d))){2,160}?)"
    # "the Special Rapporteur on the rights to freedom of ...": not the ask yet
    r"(?<!\brights?)(?<!\bbeen)\s*[,:]?\s+"
    r"to(?::\s*|\s+)"
    # asks may hold a short quoted phrase ('"war on drugs" killings')
    r"(?P<asks>(?:[^.“”\"]|(?:(?<=\bNo)|(?<=\bNos)|(?<=\bArt)|(?<=\bpara))\.|(?<=\d)\.(?=\d)"
    r"|[“\"][^“”\".]{1,30}[”\"])+)",
    regex.I,
)
MODAL = re.compile(
    r"\b(?:must|should|has\s+to|have\s+to|needs\s+to|need\s+to|ought\s+to|"
    # "is obliged (under the Convention) to", "has a duty to"
    r"(?:is|are)\s+(?:legally\s+|also\s+)?(?:obliged|obligated|required|"
    r"duty[- ]bound|bound)(?:\s+(?:under|by)\s+[^,.;]{1,60}?)?\s+to|"
    r"(?:has|have)\s+(?:a|the|an)\s+(?:\w+\s+)?(?:duty|obligation|"
    r"responsibility)\s+to)\b"
    r"(?P<neg>\s+not|n['’]t)?"
)
#: A fronted adverbial before a subject: "After ten months of killings, ...".
FRONTED = re.compile(
    r"^(?:after|before|in|on|since|given|with|without|despite|during|following|"
    r"as|for|now|today|instead|meanwhile|however|above\s+all|first|finally|if|"
    r"unless|when|once|until|while|whether)\b"
    r"[^;]*,\s*",
    re.I,
)
#: ", X would send a message": a new clause after a list of asks.
NEW_CLAUSE = re.compile(r",\s+[^,;]{1,60}?\b(?:would|will|could|can|may|might)\b", re.I)
PRONOUN = re.compile(r"^(?:he|she)$", re.I)
#: "If Riyadh trusts its verdicts, it should ...": a pronoun for the addressee.
IT = re.compile(r"^(?:it|they)$", re.I)
#: A subject that is a name ("Cameroon", "The NSS", "The African Commission on
#: Human and Peoples' Rights"), not a pronoun or a clause.
NAMED_SUBJECT = regex.compile(
    r"^(?:the\s+)?(?!(?:It|This|That|These|Those|There|We|You|They|He|She|I|Our|"
    r"Their|His|Her|Its|Such|Each|Every|Any|Some|No|One|What)\b)"
    r"\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of|and|for|on|in|the|"
    r"de|al-|el-))*$"
)
AFTER_MODAL = re.compile(
    r"\b(?:must|should|ought\s+to|needs?\s+to)\s+(?:(?:also|now|urgently|"
    r"immediately|publicly)\s+)*$",
    re.I,
)
#: "The Committee, it says, should ...": an aside that is not the subject.
REPORTING_ASIDE = re.compile(
    r",\s+(?:it|he|she|they|we|the\s+\w+)\s+(?:says|said|adds|added|argues|"
    r"argued|believes|insists|insisted)\s*,?$",
    re.I,
)
#: A reporting clause that goes on to ask: "said ... and that she wants X to".
ASK_IN_REPORT = re.compile(
    r"\bthat\s+(?:\w+\s+){0,3}?(?:wants?|must|should|urges?|demands?)\b", re.I
)
#: "The Initiative submits that the Committee should": whose view it is, not
#: whom the ask is made of.
BELIEVES_THAT = re.compile(
    r"^.*?\b(?:submits|submitted|argues|argued|believes|believe|insists|considers|"
    r"maintains|holds|thinks|think|is\s+clear|are\s+clear|agree|agrees|"
    r"(?:says|said|stresses|stressed|notes|noted)\s+(?:again\s+)?)\s*that\s+",
    re.I,
)
#: "..., and must B": the same subject goes on.
JOINED = re.compile(r"(?:,\s*)?\b(?:and|or|but)\s+(?:also\s+)?$", re.I)
#: Where the subject of a must/should clause begins.
BOUNDARY = re.compile(
    r"[.;:!?“”\"]\s*|,\s+(?:and|but|while|whereas)\s+|\s+(?:while|whereas)\s+", re.I
)
#: "X must A and Y must B": a weaker subject boundary, used after a first ask.
WEAK_BOUNDARY = re.compile(
    r"\s+and\s+(?=(?:the\s+)?[A-Z]|(?:everyone|everybody|anyone|all|those)\b)"
)
ADVERBS = re.compile(
    r"^(?:(?:now|also|immediately|urgently|at\s+once|then|still|finally|"
    r"swiftly|promptly)\s+)+",
    re.I,
)
#: Who a demand may be addressed to when no actor is named.
ADDRESSEES = re.compile(
    r"\b(?:governments?|states|countries|authorities|parties|suppliers|members|"
    r"armies|sides?|groups|militias|rebels|troops|soldiers|police|junta|regime|"
    r"government|administration|"
    r"companies|those|perpetrators|commanders|community|council|leaders?|"
    r"officials|forces|army|military|allies|donors|everyone|all|prosecutors?|"
    r"judges?|courts?|ministers?|ministry|president|envoy|body|bodies|whoever|"
    r"platforms?|companies)\b",
    re.I,
)
#: Verbs that start an ask in a list ("... and <verb> ...").
ASK_VERBS = (
    "refer|impose|freeze|release|reveal|allow|let|end|stop|halt|suspend|open|bring|"
    "disclose|return|account|give|use|press|make|secure|extend|include|ensure|back|"
    "support|provide|grant|lift|cease|refrain|investigate|prosecute|protect|respect|"
    "admit|pursue|hold|establish|set|take|withdraw|ratify|comply|cooperate|engage|"
    "commit|adopt|implement|publish|permit|facilitate|restore|repeal|amend|charge|"
    "try|drop|abolish|ban|condemn|sanction|raise|keep|maintain|put|deploy|share|"
    "investigate|prioriti[sz]e|address|guarantee|halt|restrict|block|deny|prevent|"
    "work|act|answer|treat|consider|demand|call|urge|tell|inform|hand|free|close|"
    "quash|overturn|annul|commute|order|renew|scrap|revoke|launch|conduct|appoint|"
    "create|invite|ask|reinstate|compensate|recogni[sz]e|abandon|withhold|review|"
    "examine|vote|fund|fill|spare|cancel|continue|say"
)
LIST_SPLIT = re.compile(
    r"\s*;\s*(?:and\s+|or\s+)?|,\s*(?:and\s+)?to\s+|\s+and\s+to\s+|,\s+and\s+that\s+"
    r"|,?\s+and\s+(?=(?:also\s+|immediately\s+|then\s+)?(?:" + ASK_VERBS + r")\b)"
    r"|,\s+(?=(?:" + ASK_VERBS + r")\s)"
    r"|,?\s+(?:and\s+|or\s+)?(?=\([a-z]\)\s)",
    re.I,
)
#: A list item's marker, after the start, a colon, a semicolon or a line break.
LIST_MARKER = re.compile(
    r"(^\s*|[:;]\s*(?:and\s+|or\s+)?|\n\s*)"
    r"((?:[-*•·]|\(?\d{1,2}[.)]|\([a-z]\)|[a-z]\))\s+)"
)
#: "We are calling for: the release of ...", "renewed its call for an
#: independent investigation", "appeals for a ceasefire": asks named by nouns.
CALL_FOR = re.compile(
    r"(?:\b(?:(?:are|is|am|were|was|be)\s+calling|call(?:s|ed)?|appeal(?:s|ed)?|"
    r"plea)\s+(?:once\s+again\s+|again\s+)?for\s*:?\s+|"
    # "joined the call to free Berfin Aydoğan", "renewed its call for ..."
    r"\b(?:join|echo|renew|repeat)(?:s|ed)?\s+(?:the|its|their|our|a)\s+(?:[\w-]+\s+)?"
    r"calls?\s+(?:for\s+|to\s+(?=(?:free|release|end|stop|halt|open|drop|lift|"
    r"investigate|refer|let|allow)\b))|"
    # "We want an inquiry that Lomé does not control"
    r"\bwe\s+(?:want|need|demand)\s+(?=(?:an?|the)\s)|"
    # a headline's "Rights group urges independent inquiry after ..."
    r"\b(?:urges|seeks|demands)\s+"
    r"(?=(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:inquiry|investigation|probe|"
    r"inquest)\b))(?P<asks>[^.“”\"]+)",
    re.I,
)
#: Where nominal asks part: ";", or "and" before a new ask noun.
NOMINAL_SPLIT = re.compile(
    r"\s*;\s*(?:and\s+)?|,?\s+and\s+(?=(?:an?|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:release|end|investigation|inquiry|access|ceasefire|halt|embargo|"
    r"moratorium|referral|suspension|mandate|prosecution|freeze)\b)",
    re.I,
)
#: "called on X to A, and on the National Police to B": a second addressee.
SECOND_ADDRESSEE = regex.compile(
    r",?\s+and\s+(?:on|upon)\s+(?P<target>(?:the\s+)?[^,;.“”\"]{2,80}?)\s+to\s+(?=\w)"
    # "urges the Commission to A, and the Prosecutor of the ICC to B"
    r"|,\s+and\s+(?P<named>(?:the\s+)?(?-i:\p{Lu})[^,;.“”\"]{1,80}?)\s+to\s+(?=\w)",
    regex.I,
)
#: "recommends that the Moroccan authorities: release ...; open ...".
RECOMMENDS = re.compile(
    r"\brecommend(?:s|ed)?\s+that\s+(?P<target>[^:;.“”\"]{2,80}):\s*"
    r"(?P<asks>[^.“”\"]+)",
    re.I,
)
#: "The Forum urges: the authorities to A; the Council to B": one addressee per item.
ADDRESSED_LIST = re.compile(
    r"\b(?:urg(?:e|es|ed)|calls?\s+on|asks?|"
    r"(?:is|are|['’]re|am)\s+(?:urging|asking|calling\s+on))"
    r"\s*:(?!\s*that\s)\s*(?P<items>[^.“”\"]+)",
    re.I,
)
ADDRESSED_ITEM = re.compile(
    r"^\s*(?:and\s+)?(?P<target>[^;:]{2,120}?)(?:\s+to\s+|\s*:\s*)(?P<ask>.+?)\s*$",
    re.I,
)
#: "The Centre recommends that: the Court review ...; the Prosecutor file ...":
#: each item a named addressee and the verb it is asked to do.
RECOMMENDS_THAT_LIST = re.compile(
    r"(?:\brecommend(?:s|ed)?\s+that\s*:|"
    # "The Collective asks: (a) that the Defender of Rights open ...; (b) that ..."
    r"\b(?:asks?|urges?|demands?|requests?|recommends?)\s*:"
    r"(?=\s*(?:\(?[a-z1-9]\)|[a-z1-9][.)]|[-*•])?\s*that\s))"
    r"\s*(?P<items>[^.“”\"]+)",
    re.I,
)
#: "(a) that ", "that ": what leads an item of such a list.
THAT_ITEM_LEAD = re.compile(
    r"^\s*(?:and\s+)?(?:(?:\(?[a-z1-9]\)|[a-z1-9][.)]|[-*•])\s*)?(?:that\s+)?", re.I
)
SUBJUNCTIVE_ITEM = regex.compile(
    r"^\s*(?:and\s+)?(?P<target>(?:the\s+)?(?-i:\p{Lu})[\w'’-]*"
    r"(?:\s+(?:(?:of|for|on|and|to)\s+(?:the\s+)?)?(?-i:\p{Lu})[\w'’-]*)*)\s+"
    r"(?P<ask>(?-i:[a-z])\w+\b.+?)\s*$",
    regex.I,
)
#: "Our demands to the authorities: - Free X now. - Say where Y is.": a list of
#: bare requests after a lead that names them and whom they are made of.
DEMANDS_LEAD = re.compile(
    r"(?:\b(?:our|its|their|these\s+are\s+our)\s+(?:\w+\s+)?(?:demands|requests|"
    r"recommendations)\s+(?:to|of|for)\s+(?P<target>[^:.;]{2,80}?)"
    # "We want three things, and we want them this week: - ..."
    r"|\b(?:we|I)\s+(?:want|have|demand|need|ask\s+for)\s+(?:\w+\s+)?(?:things|"
    r"demands|requests)\b[^:.;]{0,60}?"
    # "What we demand of the Mexican government:", "asking the Government for
    # three things:"
    r"|\bwhat\s+(?:we|I)\s+(?:demand|want|ask|need)\s+(?:of|from)\s+"
    r"(?P<target2>[^:.;]{2,80}?)"
    r"|\bask(?:s|ing|ed)?\s+(?P<target3>[^:.;]{2,80}?)\s+for\s+(?:\w+\s+)?"
    r"(?:things|measures|steps|commitments)\b)\s*:\s*"
    r"(?P<asks>.+)$",
    re.I,
)
#: Where one bare request of such a list ends and the next begins.
ITEM_BREAK = re.compile(r"[.;]\s+(?:[-*•·]\s+)?|\s+[-*•·]\s+")
#: A request with no subject: a headline ("Country: Stop shelling the camps") or
#: a spokesperson's words ("Free them now.").
IMPERATIVE = regex.compile(
    r"^[“\"‘]?(?:[\p{L}'’ –—-]{2,40}:\s+)?"
    # a fronted phrase in a headline: "Mali: After the veto, let monitors back in"
    r"(?:(?:After|As|With|Now|Before|Amid|Following|If|When|Until|Once|Where|"
    r"Whatever|Wherever|Instead|First|Second|Third|Finally|Above\s+all|So|And)"
    r"\b[^,]{0,50},\s+)?"
    r"[“\"‘]?(?:And\s+)?(?P<asks>(?i:Stop|End|Halt|Free|Release|"
    r"Let|Tell|Give|Allow|Open|Lift|Refer|Protect|Bring|Return|Investigate|Drop|"
    r"Quash|Restore|Reveal|Spare|Cancel|Suspend|Impose|Freeze|Hold|Cease|"
    r"Withdraw|Respect|Put|Grant|Scrap|Repeal|Abolish|Arrest|Prosecute|Charge|"
    r"Try|Punish|Disclose|Ensure|Invite|Send|Tie|Make|Create|Permit|Exhume|Accept|"
    r"Honou?r|Overturn|Renew|Publish|Welcome|Get|Waive|Reopen|Reinstate|Review|"
    r"Examine|Comply|Guarantee|Uphold|Establish|Provide|Compensate|Ratify|Fund|"
    r"Require|Ban|Prohibit|Close|Raise|Use|Reverse|Rescind|Revoke|Halt|Act|"
    r"Keep|Save|Pardon|Commute|Resume|Admit|Stand|Find|Hand|Sit|Seek|Entrust|"
    r"Appoint|Include|Question|Pay|Have(?!\s+(?:you|we|they|I|been|had|not|no)\b))\s+(?!(?:of|is|was|are|were|has|had|will|would|"
    r"us)\b)(?!me\s+(?:say|be|add|explain|stress|repeat)\b)"
    r"[^.!?“”\"]+)"
)
#: "And to Cambodia's donors, Japan among them: tie your aid to ...".
ADDRESSED_IMPERATIVE = re.compile(
    r"^\s*(?:and\s+)?to\s+(?P<target>[^:.;]{2,100}?):\s+", re.I
)
#: An ask told in the passive, maybe after an adverb ("one day be held to account").
PASSIVE = re.compile(
    r"^(?:(?:\w+ly|one\s+day|also|now|then|still|soon|all)\s+)*(?:not\s+)?be\s",
    re.I,
)
#: A passive ask proper ("be released", "be brought to justice"), whose subject
#: is what is to be done, not whom it is asked of ("be prepared to act" is not).
TRUE_PASSIVE = re.compile(
    r"^(?:(?:\w+ly|one\s+day|also|now|then|still|soon|all)\s+)*(?:not\s+)?be\s+"
    r"(?:\w+ly\s+)?(?!(?:prepared|determined|committed|dedicated|engaged|united|"
    r"interested|concerned|involved|guided|seized|informed|equipped|inspired)\b)"
    r"(?:\w+ed|held|brought|made|put|set|kept|told|given|taken|shown|done|paid|sent|"
    r"built|left|let|heard|found|led|met|run|struck|cut|shut|hit|spent|sought|"
    r"taught|thrown|driven|hidden|chosen|beaten|broken|stolen|written|forbidden|"
    r"freed|tried|charged|returned)\b",
    re.I,
)
#: People held, as the subject of an ask to free them ("everyone held must ...").
HELD_SUBJECT = re.compile(
    r"\b(?:held|detained|jailed|imprisoned|detainees|prisoners|captives)\b", re.I
)
#: "They should ...": the subject named in the sentence before.
THEY = re.compile(r"^(?:they|these|those\s+(?:states|governments))$", re.I)
#: "demands that X <verb> ...", "urged that X <verb> ...".
DEMAND_THAT = re.compile(
    r"\b(?:(?:demand|urg|insist|ask|request)\w*|recommends?|(?:is|it['’]s)\s+(?:\w+\s+)?"
    r"(?:imperative|essential|vital|crucial|critical|urgent|necessary|"
    r"important))\s+that\s+(?P<target>[^.;:“”\"]{2,200}?)"
    r"\s+(?:(?:should|must|immediately|urgently)\s+)*"
    # "requests that the Government (a) release ...; (b) ..."
    r"(?:\([a-z1-9]\)\s+)?"
    r"(?P<asks>(?:" + ASK_VERBS + r"|seek|request)(?:e?s)?\b[^.“”\"]*)",
    re.I,
)
#: A joining word left at the end of an ask cut before the next one.
TRAILING_JOIN = re.compile(r",?\s*(?:and|while)?\s*$")
#: "asks that X seek A, and that states on the Council raise B": a second clause.
AND_THAT = re.compile(r",?\s+and\s+that\s+", re.I)
THAT_CLAUSE = re.compile(
    r"(?P<target>[^;:“”\"]{2,200}?)\s+(?:(?:should|must)\s+)?"
    r"(?P<asks>(?:" + ASK_VERBS + r"|seek|request)(?:e?s)?\b.*)$",
    re.I | re.S,
)
_THEMES: list[tuple[str, str]] = [
    (
        "icc_referral",
        r"\b(?:refer\w*\b[^.;]{0,80}?\b(?:international criminal court|"
        r"icc|prosecutor)|(?:international criminal court|"
        r"icc)\b[^.;]{0,40}?\breferral)",
    ),
    (
        "arms_embargo",
        r"\b(?:arms\s+)?embargo\b|\b(?:transfers?|sales?|deliver(?:y|ies)|exports?|"
        r"suppl(?:y|ies)|shipments?|flows?|sending|smuggling|trafficking)\s+of\s+"
        r"(?:\w+\s+){0,2}?(?:arms|weapons|guns|firearms|munitions|bombs|missiles|"
        r"drones|ammunition|tear\s+gas|(?:riot|crowd)-control\s+equipment)\b|"
        r"\b(?:arms|weapons|munitions|drones?|missiles?|"
        r"ammunition|military\s+equipment)\s+(?:transfers|sales|deliveries|exports|"
        r"supplies|shipments|trade)\b|\b(?:supply|supplying|send|sending|sell|"
        r"selling|transfer|transferring|export|exporting|deliver\w*|"
        r"provide|providing)\b[^.;]{0,30}?\b(?:arms|weapons|munitions|"
        r"drones|missiles|bombs|military\s+equipment)\b",
    ),
    (
        "asset_freeze",
        r"\bfreez\w*\b[^.;]*\bassets?\b|\basset\s+freeze|"
        r"\b(?:extend|widen|expand|impose)\w*\s+(?:[\w-]+\s+){0,2}?sanctions\b|"
        r"\btargeted\s+sanctions",
    ),
    (
        "veto_restraint",
        r"\b(?<!\b(?:override|overturn|overrule)\s+(?:the\s+|his\s+|her\s+)?)veto\b|"
        r"\bnot\s+(?:to\s+)?block\b",
    ),
    (
        "stop_assisting_crimes",
        r"\b(?:stop|end|cease|halt|"
        r"suspend)\w*\b[^.;]{0,30}?\b(?:assisting|aiding|helping|funding|financing|paying|"
        r"supporting|supplying|providing|shipments?\s+of|sending|"
        r"selling)\b|\bcomplicit|\baviation\s+fuel|"
        r"\btargeting\s+support|\bmaintenance\b|"
        r"\b(?:suspend|halt|end|withdraw)\w*\s+(?:from\s+)?(?:its|their|all)?\s*"
        r"(?:[\w-]+\s+)?(?:activities|operations|deployment|presence)\b|"
        r"\b(?:tie|ties|tying|condition|link)\w*\s+(?:[\w-]+\s+){0,3}?"
        r"(?:aid|assistance|support|funding|cooperation)\s+(?:for\s+[^.;]{0,50}?)?"
        r"to\b|"
        r"\bwithdraw\w*\s+(?:its\s+|their\s+|all\s+)?(?:[\w-]+\s+)?(?:officers|"
        r"staff|personnel|agents|guards)\s+from\b|"
        r"\b(?:aid|assistance|support|funding)\s+(?:\w+\s+){0,2}?conditional\b|"
        r"\b(?:aid|assistance|support|funding|help|cooperation|training)\s+"
        r"(?:\w+\s+){0,2}?(?:depends?|depend|dependent|conditional)\s+on\b|"
        r"\bno\s+(?:[\w-]+\s+){0,2}?(?:money|funds|funding|aid)\b[^.;]{0,60}?\bpays?\b|"
        r"\b(?:stop|end|cease|halt|suspend|withdraw|withhold|cut)\w*\s+(?:all\s+|"
        r"its\s+|their\s+|your\s+|our\s+|that\s+|this\s+|such\s+|any\s+)?(?:other\s+|"
        r"further\s+|remaining\s+)?(?:military\s+|logistical\s+|"
        r"security\s+|financial\s+)?(?:support|assistance|funding|training|"
        r"cooperation)\b",
    ),
    (
        "un_scrutiny",
        r"\b(?:renew|extend|strengthen)\w*\b[^.;]{0,60}?\bmandate\b|"
        r"\bfollow\w*\s+up\s+(?:on\s+)?(?:[\w-]+\s+){0,4}?(?:assessment|report|"
        r"findings|recommendations|review)\b|\bfollow-up\b|"
        r"\btake\s+up\s+(?:the|these|their|his|her|all)\s+(?:[\w-]+\s+)?cases?\b|"
        r"\b(?:create|establish|set\s+up|appoint)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:special\s+rapporteur|rapporteur|mandate|monitoring\s+mechanism)\b|"
        r"\braise\s+[^.;]{0,60}?\bat\s+the\s+(?:UN\s+)?(?:Human\s+Rights|Security)\s+"
        r"Council\b|\bmonitoring\s+(?:continues|goes\s+on|is\s+kept)\b|"
        r"\bmechanism\b[^.;]{0,30}?\bmonitor|\bmonitor\w*\s+and\s+report|"
        r"\bmonitor\w*\s+(?:compliance|implementation|the\s+situation|the\s+inquiry|"
        r"the\s+investigation|the\s+trials?|the\s+process)|"
        r"\b(?:monitoring|reporting|scrutiny)\b[^.;]{0,40}?\bcontinu\w*|"
        r"\bunder\s+(?:close\s+|international\s+|un\s+|continued\s+)?"
        r"(?:review|scrutiny)|\b(?:renewal|extension)\s+of\s+(?:\w+\s+){0,3}?"
        r"mandate\b|\b(?:rapporteur|mandate|mechanism|post|mission)\b[^.;]{0,40}?"
        r"\b(?:filled|funded|resourced|staffed)\b|\b(?:fill|fund|resource|staff)\w*"
        r"\s+(?:\w+\s+){0,3}?(?:rapporteur|mandate|mechanism|post)\b|"
        r"\bwhen\s+it\s+(?:next\s+)?(?:reviews|examines|considers)\b|\bnext\s+review|"
        r"\b(?:programme|program|schedule)\s+of\s+(?:country\s+)?visits\b|"
        r"\bquestion\s+(?:the\s+)?(?:government|authorities|state|delegation)\s+"
        r"(?:on|about)\b|"
        r"\buniversal\s+periodic\s+review|"
        r"\b(?:use|during|at)\s+(?:the\s+|its\s+|\w+['’]s\s+)?(?:[\w-]+\s+){0,3}?"
        r"review\s+to\b|"
        r"\braise\s+(?:the|these|this|their|his|her)\s+(?:\w+\s+)?(?:detentions?|"
        r"cases?|issue|situation|killings?|abuses|returns)\s+(?:there|at\s+the)\b|"
        r"\breport\s+publicly\s+on\b|"
        # "put the search for the missing on its agenda", "cover the arrests in
        # its next report"
        r"\bon\s+(?:its|their|the\s+\w+['’]s)\s+agenda\b|"
        r"\b(?:cover|include|address|document|raise)\s+[^.;]{0,60}?\bin\s+(?:its|their)\s+"
        r"(?:next|forthcoming|coming|annual)\s+(?:report|update)\b|"
        # "bring up his case at each Council session", "raise the breach at the
        # Committee's next session", "update the Council", "take the case up"
        r"\b(?:raise|bring\s+up|take\s+up)\b[^.;]{0,60}?\bat\s+(?:the\s+|each\s+|every\s+|"
        r"its\s+|their\s+)?(?:[\w-]+['’]s\s+)?(?:[\w-]+\s+){0,5}?sessions?\b|"
        r"\b(?:update|brief)\s+the\s+(?:Human\s+Rights\s+|Security\s+)?Council\b|"
        r"\btake\s+(?:the|this|these|their|his|her)\s+(?:[\w-]+\s+)?cases?\s+up\b",
    ),
    (
        "independent_investigation",
        r"\b(?:appoint|set\s+up|establish|create|name)\w*\s+(?:an?\s+)?"
        r"(?:[\w-]+,?\s+)?(?:independent|impartial|international)\s+(?:investigators?|inquiry|"
        r"commission|investigation|panel|body|prosecutor|experts?)\b|"
        # "have an independent body examine ...", "examined by an independent inquiry"
        r"\bindependent\s+(?:body|inquiry|commission|panel|investigators?|prosecutor|"
        r"experts?|mechanism)\b[^.;]{0,40}?\b(?:examine|investigate|review|probe|"
        r"look\s+(?:into|at))\b|"
        r"\b(?:examined|investigated|reviewed|looked\s+into|probed)\s+by\s+(?:an?\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:body|inquiry|commission|panel|investigators?|"
        r"prosecutors?|experts?|judges?|magistrates?)\b|"
        # "hand this case to someone independent", "take the case away from the police"
        r"\b(?:hand|handed|give|given|entrust\w*|transfer\w*|pass|passed)\s+"
        r"(?:[\w'’-]+\s+){0,3}?(?:case|cases|investigation|inquiry)\s+(?:over\s+)?to\s+"
        r"(?:someone|somebody|an?\s+|the\s+)?(?:[\w'’-]+\s+){0,2}?(?:independent|"
        r"investigat\w*|prosecutors?|body|commission|inquiry)|"
        r"\btake\s+(?:[\w'’-]+\s+){0,2}?case\s+away\s+from\b|"
        r"\bcase\s+(?:be\s+)?(?:handed|given|transferred|passed|entrusted)\s+"
        r"(?:over\s+)?to\s+(?:someone|somebody|an?\s+|the\s+)?(?:[\w'’-]+\s+){0,2}?"
        r"(?:independent|investigat\w*|prosecutors?|body|commission|inquiry)|"
        r"\binvestigators?\s+(?:to\s+)?(?:look|looks|looking)\s+into\b|"
        r"\b(?:examin\w*|review\w*|assess\w*)\s+independently\b|"
        r"\bindependently\s+(?:examin|review|assess)\w*",
    ),
    (
        # "be given unhindered access to bring them food": aid, whoever brings it
        "humanitarian_access",
        r"\baccess\s+to\s+(?:bring|deliver|provide|get)\b[^.;]{0,40}?\b(?:food|"
        r"medicines?|medical|aid|supplies|water|shelter)\b",
    ),
    (
        "access_for_monitors",
        r"\bcommissioner\b[^.;]{0,100}?\b(?:access|visit)\b|"
        r"\binspect\s+(?:the\s+)?(?:cells|detention|prisons?|places\s+of\s+detention|"
        r"conditions)\b|"
        # "inspect Pointe Larue", "inspect the Jericho facility"
        r"\binspect\s+(?:the\s+)?(?-i:\p{Lu})|\binspect\b[^.;]{0,40}?\b(?:centres?|"
        r"centers?|facilit(?:y|ies)|camps?|sites?|stations?|units?)\b|"
        # "It should be invited back", "should be invited to the island"
        r"\binvit\w*\s+(?:[\w'’-]+\s+){0,3}?back\b|\b(?:be|is|are)\s+invited\s+to\s+"
        r"(?:the\s+)?(?:island|islands|country|region|territory|(?-i:\p{Lu}))|"
        r"\bsend\s+(?:[\w'’-]+\s+){0,3}?(?:rapporteurs?|experts?|monitors|observers|"
        r"inspectors|delegation|mission)\s+to\b|"
        r"\b(?:monitors?|observers|investigators|icrc|experts?|unhcr|"
        r"red\s+cross|rapporteurs?|human\s+rights\s+officers|working\s+group|"
        r"ombuds\w*|people['’]s\s+advocate|public\s+defender|provedor|inspectors?|"
        r"delegation|(?:human\s+rights\s+)?league|refugee\s+agency)\b"
        r"[^.;]{0,100}?\b(?:access|into|in\b|admitted|enter|reach|visits?|attend|"
        r"see|meet|come)\b|"
        r"\b(?:on-site|in\s+loco)\s+visit|\bstanding\s+invitation\b|"
        r"\binvited\s+to\s+(?:visit|inspect)\b|"
        r"\bunannounced\s+(?:access|visits?|entry|inspections?)\b|"
        r"\b(?:private|confidential|unsupervised)\s+(?:meetings?|interviews?|"
        r"visits?)\s+with\b|"
        r"\b(?:let|allow|admit)\s+(?:(?!doctors|medics|aid\b|nurses)[\w-]+\s+){0,4}?"
        r"(?:lawyers|journalists|"
        r"reporters|media|monitors|observers)\s+(?:[\w-]+\s+){0,2}?(?:into|in\b|"
        r"to\s+enter)|"
        r"\b(?:let|allow)\s+(?:[\w'’-]+\s+){0,4}?(?:ombuds\w*|monitors?|"
        r"observers|board|inspectors?)\s+(?:to\s+)?(?:watch|observe|monitor|"
        r"attend|inspect|visit|enter)\b|"
        # "enter any part of the prison without notice"
        r"\b(?:visit|visits|enter|access|inspect\w*|go)\b[^.;]{0,80}?\bwithout\s+"
        r"(?:prior\s+|advance\s+)?notice\b|"
        r"\b(?:seek|seeks|request|requests|obtain|gain)\s+access\s+to\s+(?:\w+\s+){0,3}?"
        r"(?:detainees?|prisoners?|places\s+of\s+detention|prisons?|detention)\b|"
        r"\bopen(?:ed)?\b[^.;]{0,40}?\bto\s+(?:an?\s+|the\s+)?(?:UN(?:['’]s)?\s+)?"
        r"(?:delegation|(?:special\s+)?rapporteurs?|working\s+group|experts?|"
        r"ombuds\w*)\b|"
        r"\b(?:rapporteurs?|experts?|mission|commission|committee|working\s+group)\b"
        r"[^.;]{0,60}?\b(?:can|could|may|be\s+able\s+to)\s+(?:come|travel|visit)\b|"
        r"\bopen\s+[^.;]{0,40}?\bto\s+(?:[\w-]+\s+){0,2}?(?:journalists|media|"
        r"reporters)\b|"
        r"\bopen\s+(?:[\w'’-]+\s+){0,3}?doors\s+to\b|"
        r"\bopen\s+[^.;]{0,40}?\bto\s+(?:[\w-]+\s+){0,2}?(?:inspectors|monitors|"
        r"observers|investigators)\b|"
        r"\bvisit\s+by\s+(?:the\s+)?(?:UN\s+)?(?:special\s+)?(?:rapporteurs?|experts?|"
        r"monitors?|commission|mission|working\s+group)\b|"
        r"\b(?:give|grant)\s+(?:[\w'’-]+\s+){0,8}?(?:expert|rapporteur|monitors?|"
        r"investigators|observers|commission|committee|mission|inquiry|prosecutor|group|"
        r"unhcr|icrc|agency|ombuds\w*)\b"
        r"[^.;]{0,50}?\b(?:access|entry)\b|"
        r"\b(?:receive|host|invite|welcome|say\s+yes\s+to|accept),?\s+(?:[\w,-]+\s+){0,8}?"
        r"(?:rapporteurs?|experts?|working\s+group|monitors?|mission|commission|"
        r"committee)\b|"
        r"\b(?:grant|accept|approve|honou?r|agree\s+to)\s+(?:[\w-]+\s+){0,4}?"
        r"(?:visit|visits|invitation|visit\s+requests?|request\s+to\s+visit)\b|"
        r"\b(?:give|grant|allow|ensure)\s+(?:[\w-]+\s+){1,8}?access\s+to\s+(?:\w+\s+){0,3}?"
        r"(?:places?\s+of\s+detention|detention|prisons?|detainees|jails?|cells)|"
        r"\binquiry\b[^.;]{0,100}?\b(?:access|admitted|enter|reach|visit)|\b(?:access|allow|admit|"
        r"let|invite|permit)\b[^.;]{0,60}?\b(?:monitors?|observers|investigators|"
        r"inquiry|icrc|red\s+cross|rapporteurs?|inspectors|commissioner|ohchr|unhcr|"
        r"human\s+rights\s+office|"
        r"(?:human\s+rights\s+|inter-american\s+|african\s+)?commission)\b",
    ),
    (
        "humanitarian_access",
        r"\bhumanitarian\b[^.;]{0,60}?\b(?:access|aid|agencies|"
        r"assistance|corridors?|reach)\b|\bsafe\s+passage\b|"
        r"\blift\w*\s+(?:the\s+)?(?:siege|blockade)|\b(?:food|fuel|"
        r"medicine|medical\s+supplies|supplies)\b[^.;]{0,40}?\b(?:into|in|"
        r"reach|through|access)\b|\baccess\b[^.;]{0,40}?\b(?:aid|"
        r"humanitarian|relief)\b|\b(?:let|allow|admit|open)\b[^.;]{0,60}?\b(?:doctors|"
        r"medics|aid\s+workers|medical\s+teams)\b[^.;]{0,40}?\b(?:into|in|access)\b|"
        r"\bopen\s+(?:[\w-]+\s+){0,3}?to\s+(?:[\w-]+\s+)?(?:medics|doctors|aid\s+"
        r"workers)\b|\b(?:aid|"
        r"relief)\b[^.;]{0,40}?\b(?:reach|into|in\b|access|through|"
        r"deliver)",
    ),
    (
        "accountability",
        r"\buniversal\s+jurisdiction|\b(?:stand|face)\s+(?:trial|justice)\b|"
        r"\bbefore\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:court|judge|tribunal)\b|"
        r"\bon\s+trial\b|\bcivilian\s+courts?\b|\bare\s+tried\b|"
        r"\b(?:allow|authori[sz]e|open|hold)\s+(?:[\w-]+\s+){0,3}?(?:the\s+)?trials?\b|"
        r"\bin\s+the\s+dock\b|\b(?:charge|name)\s+and\s+try\b|"
        r"\bcriminal\s+(?:investigations?|proceedings|charges)\b|"
        r"\b(?:open|bring|file|launch|start|register)\w*\s+(?:a\s+)?criminal\s+cases?\s+"
        r"against\b|"
        r"\bunpunished\b|\bimpunity\b|\bshield\w*\b[^.;]{0,60}?\bfrom\b|"
        r"\b(?:waive|lift)\w*\s+(?:the\s+)?immunity\b|"
        r"\bheld\s+(?:\w+\s+)?to\s+account\b|\banswer\s+(?:in\s+court\s+)?for\b|"
        r"\b(?:face|stand\s+(?:in\s+front\s+of|before))\s+a\s+judge\b|"
        r"\banswer\s+to\s+(?:his|her|their)\s+victims\b|\bindictments?\b|"
        r"\bextradit\w+|\barrest\s+(?:suspected|the\s+suspects|those)\b|"
        r"\bwar\s+crimes\s+(?:court|tribunal)|\bspecial\s+(?:court|tribunal)\b|"
        r"\bsuspend\s+(?:the\s+)?(?:officers|officials|police\s+officers)\b|"
        r"\bbr(?:ing|ought)\b[^.;]{0,60}?\bto\s+justice\b|"
        r"\b(?:are|is|be)\s+(?:\w+ly\s+)?prosecuted\b|"
        # "bring charges against any officer", "open proceedings whenever ..."
        r"\b(?:bring|brings|file|press|lay)\s+(?:criminal\s+)?charges\b|"
        r"\bopen\w*\s+(?:criminal\s+|disciplinary\s+)?proceedings\b|"
        r"\bsuspend\w*\s+from\s+duty\b|\bcriminally\s+(?:responsible|liable)\b|"
        r"\b(?:face|before)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:court|tribunal)\b|"
        # "charge the officers", "decide whether to charge the officers named"
        r"\bcharge\s+(?:the|those|all|every|any)\s+(?:[\w-]+\s+){0,2}?(?:officers?|"
        r"officials?|police(?:men)?|soldiers|guards|suspects|perpetrators|"
        r"commanders?)\b|"
        r"\b(?:officers?|officials?|guards?|commanders?)\s+(?:\w+\s+)?"
        r"(?:be\s+)?suspended\b",
    ),
    (
        "independent_investigation",
        r"\binvestigat(?:e|es|ed|ing|ion|ions)\b|\binquiry\b|"
        r"\binvestigative\s+(?:steps|measures|acts)\b|"
        r"\b(?:autops(?:y|ies)|exhum\w*|post-mortems?|pathologists?|"
        r"forensic\s+(?:experts?|examinations?|teams?|specialists?))\b|"
        r"\bidentify\s+(?:everyone|all|the\s+(?:dead|victims|bodies|remains))\b|"
        r"\b(?:commission|panel|body|mission)\b[^.;]{0,60}?\binto\b|"
        r"\bfact-finding\b|"
        r"\bexamin\w*\s+(?:[\w'’-]+\s+){0,3}?(?:body|bodies|remains)\b|"
        r"\b(?:examin\w*|probe|look\s+into|looks\s+into)\b[^.;]{0,40}?"
        r"\b(?:attacks?|abuses|allegations|killings|deaths|crimes|violations|devices|"
        r"beatings|shootings|injuries|ill-treatment|"
        r"evidence|records|shelling|strikes|raids|executions|torture)\b|"
        r"\binquiries\b|\binquests?\b|\bindependent\s+review\b|"
        r"\bindependent\s+panel\b|"
        r"\b(?:allegations?|claims|complaints)\b[^.;]{0,80}?\b(?:be\s+)?(?:examined|"
        r"investigated|looked\s+into|probed)\b|"
        r"\breview\s+the\s+use\s+of\b|\bremit\s+(?:cover|include)",
    ),
    (
        "end_torture_disappearance",
        r"\b(?:let|allow)\b[^.;]{0,40}?\b(?:see|visit|meet)\s+(?:him|her|them|"
        r"those\s+held|the\s+detainees)\b|"
        r"\b(?:torture|disappearances?|disappeared|whereabouts|abductions|abducting|"
        r"fate\s+of|fate\s+and|account\s+for|remains|reveal\s+where|"
        r"disclose\s+where|bodies|ill-treatment|incommunicado|missing|"
        r"search\s+(?:unit|commission|mechanism))\b|"
        r"\b(?:phone|call|contact|speak\s+to|see|visit|write\s+to)\s+(?:with\s+)?"
        r"(?:their|his|her)\s+(?:families|family|relatives|lawyers?)\b|"
        r"\b(?:let|allow)\s+(?:[\w'’-]+\s+){0,3}?(?:lawyers?|famil(?:y|ies)|relatives)\s+"
        r"(?:to\s+)?(?:see|visit|meet)\b|"
        r"\b(?:disclose|reveal|tell|inform)\w*\b[^.;]{0,40}?\bplaces?\s+of\s+"
        r"(?:detention|imprisonment)\b|"
        # "prompt access to lawyers and family", "a confidential call with a lawyer",
        # "meet lawyers of their choice"
        r"\b(?:access|calls?|contact|visits?)\s+(?:to|with|from)\s+(?:an?\s+|their\s+|"
        r"his\s+|her\s+)?(?:famil(?:y|ies)|relatives|lawyers?)\b|"
        r"\b(?:meet|consult|see)\s+(?:an?\s+)?lawyers?\s+of\s+(?:their|his|her)\s+"
        r"choice\b|\bresidential\s+surveillance\b|"
        r"\b(?:tell|say|inform)\b[^.;]{0,30}?\b(?:whether|if)\b[^.;]{0,40}?"
        r"\b(?:alive|dead)\b|"
        r"\bwhere\b[^.;]{0,40}?\b(?:is|are)\s+(?:being\s+)?(?:held|detained|"
        r"imprisoned|kept)\b|\b(?:tell|told|inform|informed|notify|notified|say|"
        r"disclose|reveal)\b[^.;]{0,40}?\bwhere\s+(?:\w+\s+){0,5}?(?:is|are)\b|\bwhat\s+has\s+become\s+of\b|"
        r"\bwhat\s+became\s+of\b|\bplaces?\s+of\s+detention\s+of\b|"
        r"\bvisits?\s+(?:by|from)\s+(?:their\s+)?(?:lawyers|relatives|famil\w+)\b|"
        r"\b(?:let|allow)\b[^.;]{0,40}?\b(?:see|visit|meet)\s+(?:their|his|her)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:sons|daughters|children|relatives|husbands|wives|"
        r"loved\s+ones|family\s+members|parents)\b|"
        r"\b(?:solitary\s+confinement|contact\s+restrictions|isolation)\b|"
        r"\bisolat\w+\s+(?:residents|detainees|prisoners|inmates|people|them|him|"
        r"her)\b",
    ),
    (
        "release_detainees",
        r"\b(?:releas\w*|free)\b[^.;]{0,60}?\b(?:detain\w*|prisoners?|"
        r"hostages|captives|abductees|held|jailed|activists|imprisoned|"
        r"men|women|people|civilians|everyone|anyone|those|protesters|"
        r"demonstrators|journalists|reporters|students|critics|defenders|"
        r"bloggers|leaders|members|workers|lawyers|children|migrants|refugees)"
        r"|\b(?:be|are)\s+(?:back\s+)?(?:at\s+home|home|free|(?:in|at|with)\s+"
        r"(?:their|his|her)\s+\w+)\b"
        r"[^.;]{0,60}?,\s+not\s+(?:in|behind|serving|starting|spending)\b"
        r"|\blet\s+(?:\w+\s+){1,4}?go\b|\bset\s+(?:\w+\s+){1,4}?free\b"
        # "let them walk out", "give his family back their freedom"
        r"|\blet\s+(?:\w+\s+){1,3}?(?:walk\s+(?:out|free)|come\s+home)\b"
        r"|\bwalk\s+(?:out|free)\b|\bgo\s+free\b|\bopen\s+the\s+cells\b"
        r"|\bgo\s+home\s+to\s+(?:their|his|her)\s+famil"
        r"|\b(?:give|restore|return)\s+(?:[\w'’-]+\s+){0,4}?(?:back\s+)?"
        r"(?:their|his|her)\s+(?:freedom|liberty)\b"
        r"|\b(?:free|release)\s+(?:them|him|her|these|those)\b"
        r"|\bfree\s+(?:the|all|every|our|their)\b"
        r"|\brelease\s+the\s+(?-i:\p{Lu})|\brelease\s+of\s+(?-i:\p{Lu})"
        r"|\b(?:release|free)\s+the\s+(?:\d+|" + NUMBER_WORD + r")\b"
        r"|\b(?:release|free)\s+(?:the|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:monks|nuns|"
        r"teachers|farmers|villagers|residents|fathers?|sons?|brothers?|daughters?|"
        r"mothers?|husbands?|wives|wife|relatives)\b"
        # "must be allowed home", "should be home before that hearing"
        r"|\ballowed\s+(?:to\s+go\s+)?home\b"
        r"|\bbe\s+(?:back\s+)?home\s+(?:before|by|for|in\s+time|today|tonight|now)\b"
        r"|\b(?:held|detained)\b[^.;]{0,60}?\bbe\s+(?:moved|taken|let)\s+out\b"
        r"|\b(?:ask|press|call)\w*\s+for\s+(?:the\s+|their\s+|his\s+|her\s+)?release\b"
        r"|\bdrop\w*\s+(?:all\s+)?(?:the\s+)?charges\b"
        r"|\bcharges\b[^.;]{0,40}?\bbe\s+(?:\w+ly\s+)?(?:dropped|withdrawn)\b"
        r"|\b(?:quash|overturn|annul)\w*\b[^.;]{0,40}?\b(?:convictions?|"
        r"sentences?|verdicts?)\b|\b(?:convictions?|sentences?|"
        r"verdicts?)\b[^.;]{0,40}?\b(?:quashed|overturned|annulled)\b"
        # "release X" (a person): anything released but a document or money
        r"|\b(?:release|free)\s+(?!(?:a|an|the|its|their|this|his|her)\s+"
        r"(?:\w+\s+)?(?:report|findings|data|funds|information|statement|"
        r"results|details|names|bodies|remains|footage|evidence)\b)"
        r"(?:(?-i:\p{Lu})|all\b|every|the\s+(?:[\w-]+\s+){0,2}?(?:activists|journalists|"
        r"lawyers|men|women|students|defenders|protesters|workers|bloggers|members|"
        r"leaders|prisoners|detainees|children|minors|juveniles))|\brelease\s+"
        r"(?:children|minors|juveniles)\b"
        r"|\brelease\s+of\s+(?:all\s+)?(?:\w+\s+){0,2}?(?:imprisoned|"
        r"detained|jailed|political|prisoners|detainees|journalists|activists|"
        r"hostages)"
        r"|\b(?:detain\w*|prisoners?|hostages|held|jailed|imprisoned|convicted|"
        r"sentenced|journalists|activists|reporters)\b[^.;]{0,60}?\b(?:be\s+)?"
        r"(?:released|freed)\b"
        r"|\b(?:jailed|detained|held|imprisoned|prisoners|detainees|arrested)\b[^.;]{0,60}?"
        r"\bbe\s+(?:back\s+)?(?:home|free|with\s+their\s+families)\b"
        r"|\b(?:send|bring)\s+(?:[\w-]+\s+){0,6}?home\b"
        r"|\bend\s+(?:[\w-]+\s+){0,2}?detention\b"
        r"|^(?!.*\b(?:report|findings|data|results|information|names|bodies|remains|"
        r"footage|evidence|details|funds|files)\b).*\bbe\s+(?:\w+ly\s+)?"
        r"(?:released|freed|set\s+free)\b",
    ),
    (
        "accountability",
        r"\b(?:universal\s+jurisdiction|prosecut\w*|to\s+justice|"
        r"stand\s+trial|to\s+trial|answer\s+for|"
        r"held?\s+\w*\s*accountable|hold\s+[^.;]{0,30}?to\s+account|"
        r"accountab\w*|punish\w*)",
    ),
    (
        "end_unlawful_attacks",
        r"\b(?:attacks?|attacking|air\s*strikes?|strikes|striking|"
        r"shelling|bombing|targeting|explosive\s+weapons|lethal\s+force|"
        r"indiscriminate|use\s+of\s+force|firing\s+on|shooting|shoot(?:-on-sight)?|"
        r"live\s+rounds|firing\s+(?:[\w-]+\s+){0,2}?into\s+crowds|"
        r"live\s+ammunition|military\s+weapons|(?:lay|laying|plant|planting)\s+"
        r"(?:new\s+|more\s+|any\s+)?(?:land)?mines|landmines)\b",
    ),
    (
        "un_scrutiny",
        r"\b(?:scrutin\w*|monitoring|under\s+review|on\s+the\s+agenda|"
        r"report(?:ing)?\s+(?:back\s+)?to\s+the)\b",
    ),
    ("binding_sc_action", r"\b(?:binding|resolution|chapter\s+vii)\b"),
    (
        "political_dialogue",
        r"\bsit\s+down\s+with\b|\bto\s+the\s+(?:negotiating\s+)?table\b|"
        r"\b(?:dialogue|talks|negotiat\w*|ceasefire|truce|"
        r"peace\s+process|political\s+solution)\b",
    ),
]
#: An inquiry asked to look into something: "urges the Commission of Inquiry to
#: examine forced conscription".
INQUIRY = re.compile(r"\b(?:inquiry|investigat\w*|fact-finding)\b", re.I)
EXAMINE = re.compile(r"(?:examine|look\s+(?:into|at)|review|probe|investigate)\b")
#: A UN human-rights body asked to act: what it is asked is scrutiny of a state
#: ("asks the UN Committee against Torture to question the government").
UN_SCRUTINY_BODY = regex.compile(
    r"\b(?:UN|U\.N\.|United\s+Nations)(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?"
    r"(?:Committee|Rapporteur|Council|Working\s+Group|Subcommittee|"
    r"High\s+Commissioner|experts?|treaty\s+bod)|"
    r"\b(?:Special\s+Rapporteur|Human\s+Rights\s+(?:Council|Committee)|"
    r"Committee\s+(?:against\s+Torture|on\s+the\s+(?:Elimination|Rights))|"
    r"Subcommittee\s+on\s+(?:the\s+)?Prevention|Working\s+Group\s+on)\b"
)
THEMES: list[tuple[str, regex.Pattern[str]]] = [
    (theme, regex.compile(pattern, regex.I)) for theme, pattern in _THEMES
]
#: "bring every detainee before a court within 24 hours or let them go".
COURT_OR_RELEASE = re.compile(
    r"\bbefore\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:court|judge|magistrate)\b[^.;]{0,40}?"
    r"\bor\s+(?:release|free|let\s+(?:them|him|her)\s+go)\b",
    re.I,
)
#: A missing detainee shown to a judge: "bring him before the judge that day".
HABEAS = re.compile(
    r"\b(?:bring|present|produce)\s+(?:him|her|them)\s+before\s+(?:a|the|an)\s+"
    r"(?:[\w-]+\s+)?(?:judge|court|magistrate)\b",
    re.I,
)
#: An ask that begins by freeing people ("release all those held without charge").
LEADING_RELEASE = re.compile(
    r"^\W*(?:\w+ly\s+)?(?:release|free)\s+(?:all|every|everyone|those|them|him|her)\b",
    re.I,
)
MONITORS = re.compile(
    r"\b(?:monitors?|observers|investigators|icrc|red\s+cross|rapporteurs?|"
    r"experts?|board\s+of\s+inquiry|commission\s+of\s+inquiry)\b",
    re.I,
)
#: Relief bodies that are monitors' words but not monitors beside aid agencies.
RELIEF_BODIES = re.compile(
    r"\b(?:icrc|(?:international\s+committee\s+of\s+the\s+)?red\s+cross)\b", re.I
)
AID = re.compile(r"\b(?:aid|humanitarian|relief)\b", re.I)
ACCESS = re.compile(r"\b(?:access|into|in|admit\w*|allow|let|reach|enter)\b", re.I)
SAID_BY = regex.compile(
    r"\bsaid\s+(?P<name>\p{Lu}[\w'’-]+(?:\s+\p{Lu}[\w'’-]+){1,3})"
    r"|(?P<name2>\p{Lu}[\w'’-]+(?:\s+\p{Lu}[\w'’-]+){1,3})\s+said\b"
)
#: What follows a closing quotation mark when the quote ends the sentence:
#: '"...," said X', '"...", she added'.
SAID_AFTER = regex.compile(
    r"\s*(?:(?:said|says|added|adds|told|explained|warned|urged|insisted)\b|"
    r"[\p{L}'’. -]{2,60}?\s+(?:said|says|added|adds|told|explained|warned|urged|"
    r"insisted)\b)"
)
QUOTE = re.compile(r"[“\"][^”\"]*(?:[”\"]|$)")


@dataclass(frozen=True)
class Sentence:
    """A sentence with its paragraph and where it sits in the document text."""

    paragraph: int
    start: int
    end: int
    text: str
    quoted: bool = False


@dataclass
class Candidate:
    """A proposed row with its provenance and confidence."""

    kind: str
    paragraph: int
    span: tuple[int, int]
    confidence: float
    fields: dict = field(default_factory=dict)


def sentences(paragraphs: list[tuple[int, int, str]]) -> list[Sentence]:
    """Split paragraphs (number, offset, text) into sentences; a sentence is
    ``quoted`` when it lies inside quotation marks (a spokesperson's words)."""
    result = []
    for number, offset, text in paragraphs:
        quotes = [m.span() for m in QUOTE.finditer(text)]
        begin = 0
        cuts = []
        for match in SENTENCE_END.finditer(text):
            if ABBREVIATION.search(text[max(0, match.start() - 12) : match.start()]):
                continue
            cuts.append((match.start(), match.end()))
        for stop, following in [*cuts, (len(text), len(text))]:
            piece = text[begin:stop]
            if piece.strip():
                # inside quotation marks, maybe followed by who said it
                quoted = any(
                    s <= begin + 1 < e and (stop <= e + 1 or SAID_AFTER.match(text, e))
                    for s, e in quotes
                )
                result.append(
                    Sentence(number, offset + begin, offset + stop, piece, quoted)
                )
            begin = following
    return result


def words_to_number(text: str) -> int | None:
    """'two thousand six hundred' → 2600; '2,600' → 2600; '1.2 million' → 1200000."""
    cleaned = text.lower().replace(",", "").strip()
    half = re.fullmatch(r"half\s+an?\s+(\w+)", cleaned)
    if half and half.group(1) in SCALES:
        return SCALES[half.group(1)] // 2
    digits = re.fullmatch(r"(\d+(?:\.\d+)?)(?:\s+(million|thousand))?", cleaned)
    if digits:
        return int(float(digits.group(1)) * SCALES.get(digits.group(2) or "", 1))
    total = current = 0
    seen = False
    for word in re.split(r"[\s-]+", cleaned):
        if word in {"and", "a", "an"} or not word:
            continue
        if word in NUMBER_WORDS:
            current += NUMBER_WORDS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in SCALES:
            total += max(current, 1) * SCALES[word]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def _in(sentence: Sentence, start: int, end: int) -> bool:
    return sentence.start <= start and end <= sentence.end


# -- reporting clauses -----------------------------------------------------------


@dataclass(frozen=True)
class Reading:
    """A sentence split into what it reports (``content``) and the reporting
    clause, both as (start, end) offsets into the sentence text."""

    content: tuple[int, int]
    reporting: tuple[int, int] | None


def read_sentence(text: str) -> Reading:
    """Set the reporting clause of ``text`` apart from what it reports."""
    stripped = text.rstrip()
    end = len(stripped)
    while end and stripped[end - 1] in '.!?”"’':
        end -= 1
    body = stripped[:end]
    trailing = TRAILING_REPORT.search(body)
    if trailing and _trailing_report(body, trailing):
        return Reading((0, trailing.start()), (trailing.start("clause"), end))
    leading = LEADING_REPORT.match(body)
    if leading:
        clause = leading.group("clause")
        if (
            not _has_trigger(clause, act_only=True)
            # "On 31 July the minister said ...": a date may open the clause
            and not re.search(r"\d", LEADING_DATE.sub("", clause, count=1))
            and not RELATIVE_SPEECH.search(clause)
            and not DECLARES.search(clause)
            # "warned that marchers will be fined", "found his detention arbitrary":
            # an act that starts in the clause is the news
            and not any(
                t.family == ACT and t.start < leading.end("clause")
                for t in triggers_in(body)
            )
        ):
            return Reading((leading.end(), end), (0, leading.end("clause")))
    return Reading((0, end), None)


def _trailing_report(body: str, trailing: regex.Match[str]) -> bool:
    """Whether a trailing ", X said ..." really reports what comes before it: not
    when the speaker is a relative clause ("armed men who said they were
    police forced their way in") or when all before it is a date or a source
    ("A fortnight ago, the office announced that ...")."""
    speaker = trailing.group("speaker") or ""
    if _has_trigger(speaker, act_only=True) or RELATIVE_END.search(speaker):
        return False
    if re.match(r"(?:and|but|while|then|before|after|when)\b", speaker, re.I):
        return False  # ", and the next day the US announced sanctions": a new act
    if re.search(
        r"\b(?:said|says|added|argues|believes)\s*,\s+(?:should|must|ought\s+to|"
        r"needs?\s+to|has\s+to|have\s+to)\b",
        trailing.group(0),
    ):
        return False  # "The Committee, it says, should ...": an aside
    before = body[: trailing.start()]
    return _has_trigger(before) or not LEAD_ONLY.fullmatch(before)


def _has_trigger(text: str, act_only: bool = False) -> bool:
    return any(
        pattern.search(text)
        for event_type, family, pattern in EVENT_TRIGGERS
        if family == ACT or not act_only
    )


# -- events --------------------------------------------------------------------


@dataclass(frozen=True)
class Trigger:
    event_type: str
    family: str
    start: int
    end: int
    text: str


def triggers_in(text: str) -> list[Trigger]:
    """Trigger words in ``text``; where two overlap, the earlier type wins."""
    found: list[Trigger] = []
    for event_type, family, pattern in EVENT_TRIGGERS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(t.start < end and start < t.end for t in found):
                continue
            found.append(Trigger(event_type, family, start, end, match.group(0)))
    return sorted(found, key=lambda t: t.start)


def _distance(trigger: Trigger, start: int, end: int) -> int:
    if trigger.end <= start:
        return start - trigger.end
    if end <= trigger.start:
        return trigger.start - end
    return 0


#: Where a clause ends for the fallback reading of an act.
GUESS_CLAUSE_BREAK = re.compile(
    r";|,\s+(?:and|but|while|whereas|when|which|who)\s+|\s+(?:while|whereas)\s+",
    re.I,
)


def _guessed_act(
    mention: DateMention,
    content: str,
    content_start: int,
    base: int,
    published: dt.date | None,
) -> Trigger | None:
    """An act told in words no trigger names, for a date with no trigger: the
    date's clause has a verb in the past tense and cue words of one type
    ("armed men took him from his home on 14 August": a crackdown)."""
    date_start, date_end = mention.start_char - base, mention.end_char - base
    breaks = list(GUESS_CLAUSE_BREAK.finditer(content, content_start))
    low = max([m.end() for m in breaks if m.end() <= date_start] + [content_start])
    high = min([m.start() for m in breaks if m.start() >= date_end] + [len(content)])
    clause = content[low:high]
    if triggers_in(clause):
        return None  # the act has a name; it went to another date
    verb = past_verb(clause)
    event_type = cue_type(clause)
    if verb is None or event_type is None:
        return None
    trigger = Trigger(
        event_type, ACT, low + verb.start(), low + verb.end(), verb.group(0)
    )
    # who acts settles the type as for a named act ("police officers removed
    # 70 families ... and set fire to houses": repression, not war)
    event_type = _setup_type(trigger, content)
    if event_type is None:
        return None
    trigger = dataclasses.replace(trigger, event_type=event_type)
    if not _allowed(event_type, ACT, mention, published, clause):
        return None
    if _background(trigger, mention, content):
        return None
    return trigger


def _clause_distance(trigger: Trigger, start: int, end: int, content: str) -> int:
    """The distance from a trigger to a date, far when a new clause (", and",
    ";") lies between them: "passed a resolution on 13 March, and the next day
    the US announced ..." dates the resolution by 13 March."""
    low, high = (
        sorted((trigger.end, start)) if trigger.end <= start else (end, trigger.start)
    )
    crossing = CLAUSE_BREAK.search(content, low, max(low, high))
    return _distance(trigger, start, end) + (1000 if crossing else 0)


def _width(mention: DateMention) -> int:
    assert mention.start is not None and mention.end is not None
    return (mention.end - mention.start).days


def _allowed(
    event_type: str,
    family: str,
    mention: DateMention,
    published: dt.date | None,
    text: str = "",
) -> bool:
    """Whether a trigger of ``event_type`` (its words ``text``) may be dated by
    ``mention``."""
    assert mention.start is not None
    if published is not None and mention.start > published:
        if event_type not in FUTURE_TYPES and not SCHEDULED.search(text):
            return False
    if family == SPEECH_FAMILY:
        # a report is dated by its year too ("the commission's 2009 final report")
        precise = (
            {"day", "month", "year"} if event_type == "report" else {"day", "month"}
        )
        return mention.precision in precise or _width(mention) <= SPEECH_MAX_DAYS
    return True


def _background(trigger: Trigger, mention: DateMention, content: str) -> bool:
    """'has documented many raids in the past five years': acts counted by a
    monitor over a vague, wide window are background, not a dated event."""
    if mention.precision in {"day", "month", "year"}:
        return False
    if _width(mention) <= SPEECH_MAX_DAYS:
        return False
    return bool(DOCUMENTED.search(content, max(0, trigger.start - 60), trigger.start))


def event_candidates(
    sentence: Sentence,
    dates: list[DateMention],
    actors: list[ActorMention],
    published_mention: DateMention | None,
    published: dt.date | None = None,
    figures: list[Candidate] | None = None,
    publisher_id: str | None = None,
    carried: DateMention | None = None,
) -> list[Candidate]:
    """Events of a sentence: each trigger with its nearest resolved date; each
    actor of the sentence goes to the event whose trigger is nearest. A
    sentence with no date of its own takes ``carried``, the day the sentence
    before named ("The deadliest day was 25 June. Officers fired live
    ammunition.")."""
    reading = read_sentence(sentence.text)
    base = sentence.start
    content_start, content_end = reading.content
    own = [
        d
        for d in dates
        if _in(sentence, d.start_char, d.end_char)
        and d.resolved
        and d is not published_mention
    ]
    found: list[Candidate] = []
    if reading.reporting is not None:
        found += _reporting_event(sentence, reading, own, actors, published)
    content_dates = [
        d
        for d in own
        if base + content_start <= d.start_char and d.end_char <= base + content_end
    ]
    if not content_dates and carried is not None and not own:
        # the day told before, placed at the start of this sentence
        content_dates = [
            dataclasses.replace(
                carried, start_char=base + content_start, end_char=base + content_start
            )
        ]
    if not content_dates:
        return found
    content = sentence.text[:content_end]
    names = [
        (a.start_char - base, a.end_char - base)
        for a in actors
        if _in(sentence, a.start_char, a.end_char)
    ]
    triggers = [
        t
        for t in triggers_in(content)
        if t.start >= content_start
        # "the UN Working Group on Arbitrary Detention" names, it does not tell
        and not any(start <= t.start and t.end <= end for start, end in names)
        # "The ruling comes as ...": told before ("The offensive, which began
        # months ago, ..." tells when it began, so it stays)
        and not (
            BARE_NOUN.fullmatch(t.text)
            and ANAPHORA.fullmatch(content, content_start, t.start)
            and not BEGAN.search(content, t.end, t.end + 40)
        )
        # "could amount to extrajudicial executions": a qualification, no act
        and not re.search(
            r"\b(?:could|may|might|would)\s+(?:amount\s+to|constitute|be)\s+"
            r"(?:[\w-]+\s+){0,2}$",
            content[max(0, t.start - 40) : t.start],
            re.I,
        )
        # "the notice of execution", "a stay of execution": a paper, not the act
        and not re.search(
            r"\b(?:notice|stay|date|warrant)\s+of\s+$",
            content[max(0, t.start - 12) : t.start],
            re.I,
        )
        # "those arrested", "anyone detained": people named by an act told before
        and not (
            t.event_type in {"attack", "crackdown"}
            and REFERENTIAL.search(content, max(0, t.start - 25), t.start)
        )
        # "the power to arrest people": an infinitive tells no act
        and not (
            content[max(0, t.start - 3) : t.start].lower() == "to "
            and not VERBAL.match(t.text)
            and t.event_type in {"attack", "crackdown"}
        )
    ]
    pairs: list[tuple[Trigger, DateMention]] = []
    guesses: list[Trigger] = []
    # each trigger goes to its nearest date; one nearer to a date that cannot
    # be resolved ("on Tuesday" in an undated release) gets none
    unresolved = [
        (d.start_char - base, d.end_char - base)
        for d in dates
        if _in(sentence, d.start_char, d.end_char)
        and not d.resolved
        and base + content_start <= d.start_char
    ]
    by_date: dict[int, list[Trigger]] = {}
    for trigger in triggers:
        if unresolved and min(_distance(trigger, *u) for u in unresolved) < min(
            _distance(trigger, d.start_char - base, d.end_char - base)
            for d in content_dates
        ):
            continue
        nearest = min(
            range(len(content_dates)),
            key=lambda i: _clause_distance(
                trigger,
                content_dates[i].start_char - base,
                content_dates[i].end_char - base,
                content,
            ),
        )
        by_date.setdefault(nearest, []).append(trigger)
    previous_act: Trigger | None = None
    for index, mention in enumerate(content_dates):
        chosen: dict[str, Trigger] = {}
        second_acts: list[Trigger] = []
        span = (mention.start_char - base, mention.end_char - base)
        for trigger in sorted(
            by_date.get(index, []),
            key=lambda t: (
                _subordinate(t, content, content_start),
                bool(WEAK.fullmatch(t.text)) and len(by_date.get(index, [])) > 1,
                not VERBAL.match(t.text),
                _distance(t, *span),
            ),
        ):
            event_type = _setup_type(trigger, content)
            if event_type is None:
                continue
            if trigger.family in chosen:
                first = chosen[trigger.family]
                if (
                    trigger.family == ACT
                    and event_type != first.event_type
                    and event_type not in {t.event_type for t in second_acts}
                    and VERBAL.match(trigger.text)
                    # "arrested on Monday, when soldiers raided the station": one
                    # happening seen twice ("signed hours after gunmen stormed
                    # the studio": two)
                    and not _scene_setting(trigger, content, content_start)
                    and _allowed(event_type, ACT, mention, published, trigger.text)
                    and not _background(trigger, mention, content)
                ):
                    # "signed hours after gunmen stormed a studio": two acts
                    second_acts.append(
                        Trigger(
                            event_type, ACT, trigger.start, trigger.end, trigger.text
                        )
                    )
                continue
            if not _allowed(
                event_type, trigger.family, mention, published, trigger.text
            ):
                continue
            if trigger.family == ACT and _background(trigger, mention, content):
                continue
            chosen[trigger.family] = Trigger(
                event_type, trigger.family, trigger.start, trigger.end, trigger.text
            )
        act = chosen.get(ACT)
        speech = chosen.get(SPEECH_FAMILY)
        if (
            act
            and speech
            and speech.event_type == "statement"
            and (
                0 <= act.start - speech.end <= 3
                or (
                    act.event_type == "resolution"
                    and 0 <= act.start - speech.end <= 40
                    and not re.search(r"[,;]", content[speech.end : act.start])
                )
            )
        ):
            # "announced visa restrictions", "condemned the deportation in a
            # resolution": the act is the news
            speech = None
        if (
            act
            and speech
            and speech.start < act.start
            and re.search(r"recommend", speech.text, re.I)
        ):
            act = None  # "recommended that no child be detained": an ask, not an act
        if act and speech and speech.start < act.start:
            # "announced that a board of inquiry would ...": the act is the news
            # (not when the act sits past the clause: "whose office announced
            # that it was stepping up its inquiry, examines the attacks")
            if (
                THAT_AFTER.match(content[speech.end :])
                and "," not in (content[speech.end : act.start])
            ):
                speech = None
        pairs += [(t, mention) for t in (act, speech) if t is not None]
        pairs += [(t, mention) for t in second_acts]
        before = content_dates[index - 1] if index else None
        if (
            not chosen
            and previous_act is not None
            and before is not None
            and SAME_ACT_AGAIN.match(
                content[before.end_char - base : mention.start_char - base]
            )
            and _allowed(previous_act.event_type, ACT, mention, published, "")
        ):
            # "arrested 14 people in January 2019 and 28 more in February 2020"
            pairs.append((previous_act, mention))
            chosen[ACT] = previous_act
        previous_act = chosen.get(ACT)
        if not chosen:
            guessed = _guessed_act(mention, content, content_start, base, published)
            if guessed is not None:
                guesses.append(guessed)
                pairs.append((guessed, mention))
    rivals = [t for t, _ in pairs]
    for trigger, mention in pairs:
        guessed = any(trigger is g for g in guesses)
        found.append(
            _event(
                sentence,
                trigger,
                mention,
                content,
                content_start,
                _own_actors(trigger, rivals, actors, base, content_start, content),
                published,
                figures or [],
                _we(trigger, content, content_start) and publisher_id,
            )
        )
        if guessed:  # no trigger word: the reviewer should look closer
            found[-1].confidence = round(max(0.2, found[-1].confidence - 0.3), 2)
    return found


def _own_actors(
    trigger: Trigger,
    rivals: list[Trigger],
    actors: list[ActorMention],
    base: int,
    content_start: int,
    content: str,
) -> list[ActorMention]:
    """The actors of the content nearest to ``trigger`` (not to another event's
    trigger in the same sentence)."""
    own = []
    for actor in actors:
        start, end = actor.start_char - base, actor.end_char - base
        if start < content_start or end > len(content):
            continue
        nearest = min(
            rivals, key=lambda t: (_distance(t, start, end), t is not trigger)
        )
        if nearest is trigger:
            own.append(actor)
    return own


def _clause_word(trigger: Trigger, content: str, content_start: int) -> str:
    """The word that opens the clause holding ``trigger`` ("when", "after"), or
    "" when no clause boundary comes before it."""
    boundaries = list(CLAUSE_START.finditer(content, content_start, trigger.start))
    return boundaries[-1].group(0).strip(" ,;:(–—").lower() if boundaries else ""


def _subordinate(trigger: Trigger, content: str, content_start: int) -> bool:
    """Whether ``trigger`` sits in a clause that only sets the scene ("...,
    when soldiers raided a radio station"): the main clause's act comes first."""
    return bool(SUBORDINATOR.fullmatch(_clause_word(trigger, content, content_start)))


def _scene_setting(trigger: Trigger, content: str, content_start: int) -> bool:
    """Whether ``trigger`` sits in a "when", "while", "as" or "where" clause."""
    return _clause_word(trigger, content, content_start) in {
        "when",
        "while",
        "as",
        "where",
    }


def _clause_before(trigger: Trigger, content: str, content_start: int) -> int:
    """Where the clause holding ``trigger`` begins."""
    boundaries = list(CLAUSE_START.finditer(content, content_start, trigger.start))
    return boundaries[-1].end() if boundaries else content_start


def _we(trigger: Trigger, content: str, content_start: int) -> bool:
    """Whether the release's authors are the subject ("our researchers
    documented", "we first warned")."""
    begin = _clause_before(trigger, content, content_start)
    return bool(WE.search(content[begin : trigger.start]))


def _setup_type(trigger: Trigger, content: str) -> str | None:
    """'set up', 'established' make an event only for an inquiry body: a
    council's ``resolution``, else a ``mission``."""
    clause = _clause_before(trigger, content, 0)
    before = content[max(clause, trigger.start - 60) : trigger.start]
    if trigger.event_type == "finding" and re.search(
        r"\b(?:report|study|briefing|analysis)\s+(?:which\s+|that\s+)?$",
        content[max(0, trigger.start - 30) : trigger.start],
        re.I,
    ):
        return "report"  # "a report finding that ...": the report's finding
    if trigger.event_type in {"statement", "rejection"} and (
        COURT.search(before) or BY_COURT.match(content, trigger.end)
    ):
        # "an appeals court declared 94 people traitors", "the application was
        # rejected by the same court"
        return "finding"
    if trigger.event_type == "visit" and FORCE_SENT.search(before):
        return "mission"  # "a regional force sent by the bloc arrived"
    if trigger.event_type == "visit" and ARMED.search(before):
        return None  # "soldiers arrived in the villages": not a visit
    if trigger.event_type == "crackdown" and NON_STATE.search(before):
        return "attack"  # "insurgents abducted six boys": not a state's repression
    if (
        trigger.event_type == "attack"
        and WEAK.fullmatch(trigger.text)
        and POLICE.search(content, max(0, trigger.start - 60), trigger.end + 60)
    ):
        return "crackdown"  # killings by police
    victim = re.search(r"\b(?:was|were)\s+$", content[: trigger.start])
    by_police = re.match(
        r"\s+by\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?(?:police(?:man|men)?|"
        r"gendarmes?|security\s+forces|officers?|agents?|soldiers?|troops)\b",
        content[trigger.end :],
        re.I,
    )
    if trigger.event_type == "attack" and (
        (POLICE.search(before) and not victim)
        or by_police
        or PROTEST.search(content)
        or (
            re.match(r"raid|storm", trigger.text, re.I)
            and PREMISES.match(content, trigger.end)
            and not NON_STATE.search(before)
        )
    ):
        # "police raided the newsroom", "soldiers shot dead ten protesters",
        # "dawn raids on the reporters' homes": repression, not war
        return "crackdown"
    if trigger.event_type != "setup":
        return trigger.event_type
    window = content[max(0, trigger.start - 80) : trigger.end + 60]
    if not INQUIRY_BODY.search(window):
        return None
    return "resolution" if COUNCILS.search(window) else "mission"


def _reporting_event(
    sentence: Sentence,
    reading: Reading,
    own: list[DateMention],
    actors: list[ActorMention],
    published: dt.date | None,
) -> list[Candidate]:
    """The reporting clause as an event: a report published with the release,
    or a statement made on another day than the release."""
    assert reading.reporting is not None
    start, end = reading.reporting
    clause = sentence.text[start:end]
    base = sentence.start
    dated = [
        d for d in own if base + start <= d.start_char and d.end_char <= base + end
    ]
    if not dated:
        return []
    mention = dated[0]
    if re.search(r"\b(?:was|were|been)\s+told\b", clause, re.I):
        return []  # "her colleagues were told on Monday": not a statement
    if PUBLISHED_WITH.search(clause):
        event_type = "report"
    elif published is not None and mention.start != published:
        event_type = "statement"
    else:
        return []
    trigger = Trigger(event_type, SPEECH_FAMILY, end, end, clause)
    speakers = [
        a for a in actors if base + start <= a.start_char and a.end_char <= base + end
    ]
    return [
        _event(
            sentence,
            trigger,
            mention,
            sentence.text[:end],
            start,
            speakers,
            published,
            [],
        )  # fmt: skip
    ]


def _period(trigger: Trigger, mention: DateMention, content: str, base: int) -> bool:
    """Whether the event runs from the date to publication: the act is told
    "since <date>" (outside the since-clause) or "began <date>"."""
    date_start = mention.start_char - base
    before = content[max(0, date_start - 60) : date_start]
    since = list(SINCE.finditer(before))
    if since or mention.text.lower().startswith("since"):
        since_at = date_start - len(before) + since[-1].start() if since else date_start
        if "," in content[since_at:date_start]:
            return False
        comma = content.find(",", mention.end_char - base)
        clause_end = comma if comma >= 0 else len(content)
        inside = since_at <= trigger.start < clause_end
        return not inside
    low, high = sorted((trigger.end, date_start))
    return bool(BEGAN.search(content[low:high]))


def _place(
    content: str, after: int, actors: list[ActorMention], base: int
) -> str | None:
    """'in <Place>', 'near <Place>' after the trigger (else anywhere): not a
    month, a weekday or an actor other than a state."""
    candidates = []
    for match in PLACE.finditer(content):
        place = match.group("place")
        words = place.split()
        if words[0] in NOT_PLACES or words[-1] in NOT_PLACES:
            continue
        start, end = match.span("place")
        if any(
            a.start_char - base < end
            and start < a.end_char - base
            and a.kind not in {None, "state"}
            for a in actors
        ):
            continue
        if any(
            a.known and a.start_char - base < end and start < a.end_char - base
            for a in actors
        ):
            continue
        candidates.append((start, place))
    later = [c for c in candidates if c[0] >= after]
    chosen = later[0] if later else (candidates[0] if candidates else None)
    return chosen[1] if chosen else None


def _event(
    sentence: Sentence,
    trigger: Trigger,
    mention: DateMention,
    content: str,
    content_start: int,
    actors: list[ActorMention],
    published: dt.date | None,
    figures: list[Candidate],
    we: str | None = None,
) -> Candidate:
    base = sentence.start
    assert mention.start is not None and mention.end is not None
    start, end = mention.start, mention.end
    precision = mention.precision
    is_period = False
    if (
        trigger.family == ACT
        and published is not None
        and _period(trigger, mention, content, base)
        and start <= published
    ):
        end, precision, is_period = published, "approximate", True
        if mention.precision == "day":
            precision = "day"
    named = actors
    clause = _clause_before(trigger, content, content_start)
    subject = [
        a
        for a in named
        if base + clause <= a.start_char and a.end_char <= base + trigger.start
    ]
    names = list(dict.fromkeys(a.name for a in subject))
    ids = list(dict.fromkeys(a.actor_id for a in named))
    if we and not subject:
        ids.insert(0, we)
    label = EVENT_TYPE_LABELS.get(trigger.event_type, trigger.event_type)
    place = _place(content, trigger.start, named, base)
    date_precision = (
        precision if precision in {"day", "month", "year"} else ("approximate")
    )
    when = format_span(start, end, "day" if precision == "day" else date_precision)
    who = join_names(names[:3])
    others = join_names(
        list(dict.fromkeys(a.name for a in named if a not in subject))[:3]
    )
    title = event_title(trigger.event_type, label, who, place, others)
    figure = next(
        (f.fields["summary"] for f in figures if f.paragraph == sentence.paragraph),
        None,
    )
    summary = f"{label}"
    summary += f" by {who}" if who else ""
    summary += f" involving {others}" if others else ""
    summary += "" if who or others else " (actors not named)"
    summary += f" in {place}" if place else ""
    summary += f", {when}"
    summary += f"; {figure}." if figure else "."
    confidence = 0.45 + 0.15 * bool(named) + 0.2 * (mention.precision == "day")
    confidence += 0.1 * (trigger.event_type not in {"statement", "report"})
    return Candidate(
        "event",
        sentence.paragraph,
        (sentence.start, sentence.end),
        round(min(confidence, 0.95), 2),
        {
            "start": start,
            "end": end,
            "date_precision": date_precision,
            "date_as_stated": mention.text,
            "is_period": is_period,
            "event_type": trigger.event_type,
            "trigger": trigger.text,
            "title": title,
            "summary": summary,
            "location": place,
            "actors": ids,
        },
    )


def join_names(names: list[str]) -> str:
    """'A', 'A and B', 'A, B and C'."""
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def event_title(
    event_type: str, label: str, who: str, place: str | None, others: str = ""
) -> str:
    """A short title in the tool's words: 'Attack in El Fasher', 'Veto by
    Russia and China', 'Visit to Moscow'."""
    if event_type == "visit" and place:
        return f"Visit to {place}"
    if event_type in {"attack", "crackdown"} and place:
        return f"{label} in {place}"
    if who:
        return f"{label} by {who}"
    if place:
        return f"{label} in {place}"
    if others:
        return f"{label} involving {others}"
    return f"{label} (no actor named)"


#: A date told with a number or a month name is not vague, even as a period.
NAMED_DATE = re.compile(
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.I
)


def _vague(fields: dict) -> bool:
    """Whether an event's date is vague ("in recent weeks"), so that it may be
    the same happening as a dated one told nearby."""
    return fields["date_precision"] == "approximate" and not NAMED_DATE.search(
        fields["date_as_stated"]
    )


def merge_events(events: list[Candidate]) -> list[Candidate]:
    """One event per happening: events of the same type in the same paragraph
    with overlapping dates, or with the same dates anywhere, are one."""
    kept: list[Candidate] = []
    for event in events:
        fields = event.fields
        twin = next(
            (
                k
                for k in kept
                if k.fields["event_type"] == fields["event_type"]
                and (
                    (
                        k.paragraph == event.paragraph
                        and k.fields["start"] <= fields["end"]
                        and fields["start"] <= k.fields["end"]
                        # "In April 2018 police crushed the protests. Since
                        # then they have shut down 3,000 groups": two happenings
                        # told in two sentences with different dates ("fired on
                        # crowds between 16 and 21 July. A curfew has been in
                        # force since 20 July"): two happenings, unless one
                        # date is vague ("in recent weeks")
                        and (
                            k.span == event.span
                            or (
                                _vague(k.fields)
                                or _vague(fields)
                                # "In April 2018 ... Since then ...": two
                                and not (
                                    k.fields["is_period"] != fields["is_period"]
                                    and k.fields["start"] == fields["start"]
                                )
                            )
                        )
                    )
                    or (k.fields["start"], k.fields["end"])
                    == (fields["start"], fields["end"])
                )
            ),
            None,
        )
        if twin is None:
            kept.append(event)
            continue
        event.fields["merged_into"] = twin
        merged = list(dict.fromkeys(twin.fields["actors"] + fields["actors"]))
        twin.fields["actors"] = merged
        if fields["is_period"] and not twin.fields["is_period"]:
            for key in (
                "start",
                "end",
                "date_precision",
                "date_as_stated",
                "is_period",
            ):
                twin.fields[key] = fields[key]
        twin.confidence = max(twin.confidence, event.confidence)
    return kept


# -- figures -------------------------------------------------------------------


def _outcome_near(text: str, start: int, end: int) -> str | None:
    """The outcome word nearest to text[start:end], before or after it; one
    right after it ("... have been displaced") comes first."""
    direct = DIRECT_OUTCOME.match(text, end)
    both = BOTH_OUTCOMES.match(text, end)
    if both:  # "were killed or injured"
        return "killed_and_injured"
    if direct:
        found = next((o for p, o in OUTCOMES if p.search(direct.group("what"))), None)
        bare = (
            not direct.group(0)
            .strip()
            .lower()
            .startswith(
                ("were", "was", "have", "has", "had", "are", "is", "remain", "been")
            )
        )
        main = MAIN_OUTCOME.search(text, direct.end(), direct.end() + 150)
        if (
            found
            and bare
            and main
            and not FINITE_OUTCOME.fullmatch(direct.group("what"))
            and not CLAUSE_BREAK.search(text, direct.end(), main.start())
            # "21 people died and 243 were injured": the verb has its own number
            and not FIGURE.search(text[direct.end() : main.start()])
        ):
            what = main.group("what") or main.group("finite")
            later = next((o for p, o in OUTCOMES if p.search(what)), None)
            return later or found
        if found:
            return found
    best: tuple[int, int, str] | None = None
    # a break right before a count that ends the clause joins objects, not
    # clauses ("arrested the commander, and dozens of his men.")
    joined = re.match(r"\s*(?:[.;:,)]|$)", text[end:]) is not None
    breaks = [
        m.end()
        for m in CLAUSE_BREAK.finditer(text, 0, start)
        if m.end() < start or not joined
    ]
    floor = breaks[-1] if breaks else 0
    asides = [m.span() for m in APPOSITIVE.finditer(text, end)]
    for pattern, outcome in OUTCOMES:
        for match in pattern.finditer(text):
            if match.end() <= start and match.start() < floor:
                continue  # "X were killed ..., and 1.2 million need aid"
            if any(s <= match.start() < e for s, e in asides):
                continue  # "Nine relatives of X, a man who died in custody, were
                # arrested": the aside is about someone else
            if match.end() <= start:
                distance, side = start - match.end(), 1
            elif match.start() >= end:
                skipped = sum(e - s for s, e in asides if e <= match.start())
                distance, side = match.start() - end - skipped, 0
            else:
                continue
            if distance > OUTCOME_REACH:
                continue
            if side == 0 and re.search(
                r"\bof\s+(?:the\s+)?$", text[end : match.start()]
            ):
                continue  # "relatives of missing people have been murdered"
            if best is None or (distance, side) < best[:2]:
                best = (distance, side, outcome)
    return best[2] if best else None


def _outcome_before(
    text: str,
    start: int,
    found: list[Candidate],
    earlier: str | None = None,
    base: int = 0,
) -> str | None:
    """The outcome of the group a part ("11 of them", "hundreds of them") is
    taken from: the figure or the counted acts ("150 arrests") before it, else
    ``earlier``, the outcome of the paragraph's last figure before the sentence
    ("At least 220 people are in prison. At least 30 of them ..."). ``base``
    is where ``text`` starts in the document (the figures' spans are the
    document's)."""
    acts = [m for m in ACT_COUNT.finditer(text, 0, start)]
    # "detained 48 people, six of them under 18, and at least nine needed
    # hospital treatment": the part is of the figure before it, not after
    before = [c for c in found if c.span[0] - base < start]
    if acts and (not before or before[-1].span[0] - base < acts[-1].start()):
        return ACT_OUTCOMES[acts[-1].group("what").lower()]
    return before[-1].fields["outcome"] if before else earlier


ANY_NUMBER = re.compile(rf"\b(?:\d+|{NUMBER_WORD})\b", re.I)
DISAPPEARED = dict((outcome, pattern) for pattern, outcome in OUTCOMES)["disappeared"]


def _unknown_whereabouts_after(text: str, end: int) -> bool:
    """Whether the rest of the clause says nobody knows where the people just
    counted are (no other count in between)."""
    found = DISAPPEARED.search(text, end, end + 150)
    return bool(found) and not ANY_NUMBER.search(text, end, found.start())


def qualifier_of(match: re.Match[str]) -> tuple[str, str]:
    """A figure's qualifier as written ("more than") and its name
    ("more_than"); ``exactly`` when there is none."""
    written = (match.group("qualifier") or "").strip()
    name = next((q for p, q in QUALIFIERS if written and p.search(written)), "exactly")
    return written, name


def figure_candidates(
    sentence: Sentence, earlier: str | None = None
) -> list[Candidate]:
    """Casualty figures: a number (digits or words) or a vague amount of people,
    with the outcome nearest to it; ``earlier`` is the outcome of the last figure
    told before the sentence in its paragraph (what "N of them" is a part of)."""
    text = sentence.text
    found: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    victims_before = "people"

    def free(match: re.Match[str]) -> bool:
        return not any(s < match.end() and match.start() < e for s, e in taken)

    def keep(
        match: re.Match[str],
        count: int,
        outcome: str,
        victims: str = "people",
        qualifier: tuple[str, str] | None = None,
    ) -> None:
        qualifier_text, name = qualifier or qualifier_of(match)
        if outcome == "detained" and _unknown_whereabouts_after(text, match.end()):
            outcome = "disappeared"  # "seized three ...; their parents do not know
            # where they are"
        taken.append(match.span())
        found.append(
            _figure(
                sentence, match.span(), count, name, outcome, victims, qualifier_text
            )
        )

    for match in KIN_OF.finditer(text):
        count = words_to_number(match.group("number"))
        unknown = (
            UNKNOWN.match(text, match.end())
            if match.group("whereabouts")
            else DISAPPEARED.search(text, match.end(), match.end() + 150)
        )
        if count is None or count < 2 or not unknown:
            continue
        if ANY_NUMBER.search(text, match.end(), unknown.start()):
            continue  # another count owns the outcome
        keep(match, count, "disappeared")
    for match in NUMBER_OF_TO.finditer(text):
        count = words_to_number(match.group("number"))
        what = match.group("what").lower()
        outcome = next((o for p, o in OUTCOMES if p.search(what)), None)
        if count is not None and outcome:
            keep(match, count, outcome)
    for match in FIGURE.finditer(text):
        if not free(match):
            continue
        count = words_to_number(match.group("number"))
        if NOT_VICTIMS_BEFORE.search(text, 0, match.start()) and not TREATED_FOR.match(
            text, match.end()
        ):
            continue
        if NO_ONE.search(text, 0, match.end()):
            continue  # "no one has been arrested"
        if re.match(
            r"\s+(?:or\s+more\s+)?(?:days|weeks|months|years|hours|nights)\b",
            text[match.end("number") :],
            re.I,
        ):
            continue  # "nine days after staff found him": a time, not people
        if re.search(r"\b(?:several|a\s+few|many)\s+$", text[: match.start()], re.I):
            continue  # "several hundred people rallied": no count
        if count == 1 and re.match(r"\s+of\b", text[match.end("number") :]):
            continue  # "one of their leaders": a person, not a count
        if count is None or (
            count > 1900
            and count < 2100
            and re.fullmatch(r"\d+", match.group("number").strip())
        ):
            continue  # a year, not a number of people ("two thousand" is not)
        if TO_BE_FREED.match(text, match.end()):
            continue  # "553 prisoners the government agreed to free"
        outcome = _outcome_near(text, match.start(), match.end())
        if KILLED_BEFORE.search(text, 0, match.start()):
            outcome = "killed"  # "the deaths of 104 people in state custody"
        act_before = NOUN_ACT_BEFORE.search(text, 0, match.start())
        if act_before:  # "the arrest of 532 people"
            outcome = {
                "arrest": "detained", "detention": "detained", "killing": "killed",
                "deportation": "displaced", "expulsion": "displaced",
                "abduction": "disappeared",
            }[act_before.group("what").lower()]  # fmt: skip
        of_the = OF_THE.match(text, match.end("number"))
        if of_the:
            what = of_the.group("what").lower()
            outcome = next((o for p, o in OUTCOMES if p.search(what)), outcome)
        elif OF_THEM.match(text, match.end("number")) and match.group("victims"):
            before = _outcome_before(
                text, match.start(), found, earlier, sentence.start
            )
            if before is None:
                continue
            outcome = before  # "25 of them children"
        if outcome is None and HELD_PEOPLE.search(match.group("victims") or ""):
            outcome = "detained"  # "moved 2,000 prisoners"
        if re.search(r"\bbodies$", match.group("victims") or "", re.I):
            outcome = "killed"  # "three bodies were recovered"
        if outcome is None:
            continue
        victims = (match.group("victims") or victims_before).lower()
        victims_before = victims
        keep(match, count, outcome, victims)

    for match in VERB_COUNT.finditer(text):
        start = match.start("qualifier") if match.group("qualifier") else None
        if not free(match) or FIGURE.match(text, start or match.start("number")):
            continue  # a count with its people: read above
        count = words_to_number(match.group("number"))
        if count is None or (1900 < count < 2100 and "," not in match.group("number")):
            continue
        verb = (match.group("verb") or "").lower()
        outcome = (
            "displaced"
            if match.group("homeless")
            else next((o for p, o in OUTCOMES if p.search(verb)), None)
        )
        if outcome is not None:
            keep(match, count, outcome)
    for match in DEATH_TOLL.finditer(text):
        count = words_to_number(match.group("number"))
        if not free(match) or count is None:
            continue
        above = match.group("above")
        keep(match, count, "killed", qualifier=(above, "more_than") if above else None)
    for match in ACT_COUNT.finditer(text):
        count = words_to_number(match.group("number"))
        if not free(match) or count is None:
            continue
        if NOT_VICTIMS_BEFORE.search(text, 0, match.start()):
            continue
        if 1900 < count < 2100 and "," not in match.group("number"):
            continue  # "the January 2022 killings": a year
        keep(match, count, ACT_OUTCOMES[match.group("what").lower()])
    for match in SUBGROUP.finditer(text):
        count = words_to_number(match.group("number"))
        if not free(match) or count is None:
            continue
        if RELEASED_BEFORE.search(text, 0, match.start()):
            continue  # "a judge released three of the men arrested there"
        what = match.group("what").lower()
        outcome = next((o for p, o in OUTCOMES if p.search(what)), "detained")
        own = DIRECT_OUTCOME.match(text, match.end())
        if own:  # "22 of those held were flown to Cap-Haïtien"
            outcome = next(
                (o for p, o in OUTCOMES if p.match(text, own.start("what"))), outcome
            )
        keep(match, count, outcome, f"people {what}")
    for match in PART_OF_THEM.finditer(text):
        count = words_to_number(match.group("number"))
        if not free(match) or count is None or count == 1:
            continue  # "one of them, Naama Asfari": a person, not a count
        if NOT_VICTIMS_BEFORE.search(text, 0, match.start()):
            continue
        outcome = DIRECT_OUTCOME.match(text, match.end()) and _outcome_near(
            text, match.start(), match.end()
        )
        verb = re.search(r"(\w+(?:\s+up)?)\s+$", text[: match.start()])
        if not outcome and verb:  # "held nine of them for a week"
            outcome = next(
                (o for p, o in OUTCOMES if p.match(text, verb.start(1))), None
            )
        if UNSEEN_BEFORE.search(text, 0, match.start()):
            outcome = "disappeared"
        outcome = outcome or _outcome_before(
            text, match.start(), found, earlier, sentence.start
        )
        outcome = outcome or _outcome_near(text, match.start(), match.end())
        if outcome is not None:
            keep(match, count, outcome)
    for match in ELLIPTIC_PART.finditer(text):
        count = words_to_number(match.group("number"))
        before = [c for c in found if c.span[1] - sentence.start <= match.start()]
        if not free(match) or count is None or count < 2 or not before:
            continue
        keep(match, count, before[-1].fields["outcome"])  # "..., three in a fire"
    vague = [
        *VAGUE.finditer(text),
        *VAGUE_AFTER.finditer(text),
        *SEVERAL.finditer(text),
    ]
    for match in vague:
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        inside = match.groupdict().get("victims") or ""
        outcome = next((o for p, o in OUTCOMES if p.search(inside)), None)
        if match.groupdict().get("acts"):
            outcome = ACT_OUTCOMES[match.group("acts").lower()]
        if match.groupdict().get("them"):
            outcome = _outcome_before(
                text, match.start(), found, earlier, sentence.start
            )
        if match.groupdict().get("object"):
            outcome = next((o for p, o in OUTCOMES if p.search(match.group(0))), None)
        if match.re is not SEVERAL:
            outcome = outcome or _outcome_near(text, match.start(), match.end())
        elif not outcome and (direct := DIRECT_OUTCOME.match(text, match.end())):
            # "several thousand men fled", not "several hundred people rallied,
            # and police detained at least 30 more"
            what = direct.group("what")
            outcome = next((o for p, o in OUTCOMES if p.search(what)), None)
        if outcome is None:
            continue
        victims = (match.groupdict().get("victims") or victims_before).lower()
        found.append(
            _figure(
                sentence,
                match.span(),
                None,
                "unspecified",
                outcome,
                victims,
                (match.group("vague") or match.groupdict().get("object") or "").lower(),
            )  # fmt: skip
        )
    if not found:
        for match in QUALITATIVE.finditer(text):
            what = match.group("what").lower()
            outcome = (
                "killed_and_injured"
                if " and " in what
                else next(o for p, o in OUTCOMES if p.search(what))
            )
            found.append(
                _figure(
                    sentence,
                    match.span(),
                    None,
                    "unspecified",
                    outcome,
                    match.group("victims").lower(),
                    "",
                )  # fmt: skip
            )
    return sorted(found, key=lambda c: c.span[0])


#: "They were arrested on Friday": a group told without a number, whose part
#: the next sentence may count ("Six of them are under 18").
GROUP_OUTCOME = re.compile(
    r"^[“\"]?(?:They|These\s+\w+|Those\s+\w+|All\s+of\s+them)\s+(?:were|have\s+been|"
    r"had\s+been|are|remain|remained)\s+(?:still\s+|all\s+)?(?P<what>"
    + OUTCOME_WORD
    + r")\b"
)


def group_outcome(text: str) -> str | None:
    """The outcome of a group a sentence tells without a number ("They were
    arrested on Friday"), or None."""
    match = GROUP_OUTCOME.match(text)
    if match is None:
        return None
    return next((o for p, o in OUTCOMES if p.search(match.group("what"))), None)


def _figure(
    sentence: Sentence,
    span: tuple[int, int],
    count: int | None,
    qualifier: str,
    outcome: str,
    victims: str,
    words: str,
) -> Candidate:
    what = OUTCOME_WORDS.get(outcome, outcome)
    if count is None:
        summary = f"{victims} {what} ({words or 'no number'} given, no count)"
    else:
        summary = f"{words + ' ' if words else ''}{count:,} {victims} {what}"
    return Candidate(
        "figure",
        sentence.paragraph,
        (sentence.start + span[0], sentence.start + span[1]),
        0.85 if count is not None else 0.6,
        {
            "count": count,
            "qualifier": qualifier,
            "outcome": outcome,
            "victims": victims,
            "summary": summary,
        },
    )


# -- demands -------------------------------------------------------------------


def theme_of(text: str) -> str | None:
    """The demand theme a request's words point to."""
    if LEADING_RELEASE.match(text) or COURT_OR_RELEASE.search(text):
        return "release_detainees"  # "release X or bring them before a court"
    if HABEAS.search(text):
        return "end_torture_disappearance"  # "bring him before the judge"
    return next((theme for theme, pattern in THEMES if pattern.search(text)), None)


def themes_of(text: str) -> list[str]:
    """The themes of one ask: one, or two for access asked for both monitors and
    aid ("allow UN investigators and aid agencies into ...")."""
    theme = theme_of(text) or cue_theme(text)
    if theme is None:
        return []
    if theme in {"access_for_monitors", "humanitarian_access"} and (
        MONITORS.search(text) and AID.search(text) and ACCESS.search(text)
    ):
        if not MONITORS.search(RELIEF_BODIES.sub("", text)):
            return ["humanitarian_access"]  # "aid agencies, the ICRC among them"
        return ["access_for_monitors", "humanitarian_access"]
    return [theme]


def _unlist(text: str) -> str:
    """Blank out list markers ("1.", "-", "•") at the start of list items, so
    "urges X to: 1. quash ...; 2. reveal ..." reads as one list of asks; the
    length (and so every offset) is kept."""
    return LIST_MARKER.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)


def split_asks(asks: str) -> list[str]:
    """'refer X, impose Y and freeze Z' → three requests; 'to A; to B' → two;
    a noun phrase ('UN investigators and aid agencies') stays whole."""
    parts = [p.strip(" ,;:") for p in LIST_SPLIT.split(asks)]
    parts = [re.sub(r"^(?:and|or|to)\s+", "", p) for p in parts if p and p.strip()]
    parts = [re.sub(r"^\([a-z]\)\s+", "", p) for p in parts]
    return [p for p in parts if p] or [asks.strip()]


def _tidy(ask: str, subject: str | None = None) -> str:
    """The ask as a short imperative: 'Impose an arms embargo on X'."""
    ask = ADVERBS.sub("", ask.strip(" ,;:.")).strip()
    ask = re.sub(r"\s+", " ", ask)
    if ask.lower().startswith("not "):
        ask = "do " + ask
    if subject and ask.lower().startswith(("be ", "do not be ")):
        ask = f"{_strip_the(subject)} to {ask.removeprefix('do ')}"
    return ask[:1].upper() + ask[1:] if ask else ask


def _same_item(text: str, first: str, second: str) -> bool:
    """Whether two asks sit in one item of a list whose items part at semicolons
    ("to: A; B and C; D"): joined by "and" or a comma, not by a semicolon, a line
    break or a new list marker. Outside such lists every ask counts alone."""
    if ";" not in text:
        return False
    end = text.find(first.split(" and ")[-1])
    start = text.find(second, max(end, 0))
    if end < 0 or start < 0:
        return False
    between = text[end + len(first.split(" and ")[-1]) : start]
    return not re.search(r"[;\n]|\(\w\)", between)


def _joined(text: str, first: str, second: str) -> bool:
    """Whether ``second`` follows ``first`` with only "and" between them ("let
    lawyers see every detainee and say where each is held"): one ask told twice."""
    end = text.find(first)
    if end < 0:
        return False
    start = text.find(second, end + len(first))
    return start >= 0 and bool(
        re.fullmatch(r",?\s+and\s+(?:to\s+)?", text[end + len(first) : start])
    )


def _strip_the(text: str) -> str:
    text = re.sub(
        r",\s+(?:as|including|which|who|whose|like|such\s+as|among)\b.*$", "", text
    )
    text = text.strip(" ,;:")
    text = re.sub(r"^(?:the|all|and|but|while)\s+", "", text, flags=re.I)
    return text[:1].upper() + text[1:] if text else text


def _target(
    sentence: Sentence, start: int, end: int, actors: list[ActorMention]
) -> str | None:
    """The first actor named in sentence.text[start:end]."""
    return next(
        (
            a.actor_id
            for a in actors
            if sentence.start + start <= a.start_char < sentence.start + end
        ),
        None,
    )


def demand_candidates(
    sentence: Sentence,
    actors: list[ActorMention],
    speaker: str | None,
    publisher: str | None = None,
    previous: tuple[str, str | None] | None = None,
    headline: bool = False,
) -> list[Candidate]:
    """One candidate per request in a sentence that calls for, urges, or says
    someone must or should do something, or asks with no subject (a headline,
    a quoted "Free them now"). A request in quotation marks is the
    spokesperson's (``speaker``), else the publisher's, unless the sentence
    names who calls. ``previous`` is the addressee (words, actor id) of the
    sentence before, for "They should also ..."; ``headline`` says the
    sentence may ask with a bare imperative though unquoted: the release's title,
    or a sentence after "We're calling on X to: A. B." in the same paragraph."""
    reading = read_sentence(sentence.text)
    limit = reading.content[1] if reading.reporting and reading.reporting[0] else None
    if limit and ASK_IN_REPORT.search(sentence.text, reading.reporting[0]):
        limit = None  # "X said ... and that she wants whoever fired to stand trial"
    text = _unlist(sentence.text[:limit] if limit else sentence.text)
    by = speaker if sentence.quoted else (publisher or speaker)
    said = SAID_BY.search(sentence.text)
    if said:
        name = said.group("name") or said.group("name2")
        by = next((a.actor_id for a in actors if a.name == name), by)
    #: (ask, its subject or addressee, the actor id, passive, whether the
    #: subject is whom the ask is made of)
    requests: list[tuple[str, str, str | None, bool, bool]] = []
    # "calls on X to ...", "... and urges Y to ...": each call up to the next
    calls = []
    position = 0
    demands_that = list(DEMAND_THAT.finditer(text))
    #: "recommends that the Government ask X to visit": the asking is the ask
    asked_asks = {m.start("asks") for m in demands_that}
    #: "urges: the authorities to A; all states to B", "recommends that: the
    #: Court review ...; the Prosecutor file ...": one addressee per item
    addressed_lists = [
        (list(lead.finditer(text)), item_pattern)
        for lead, item_pattern in (
            (ADDRESSED_LIST, ADDRESSED_ITEM),
            (RECOMMENDS_THAT_LIST, SUBJUNCTIVE_ITEM),
        )
    ]
    #: "calls on: the Ministry to ask the Bureau to examine ...; ...": an item
    items = [m.span("items") for leads, _ in addressed_lists for m in leads]
    while (match := CALL.search(text, position)) is not None:
        position = match.start("asks")
        if AFTER_MODAL.search(text, 0, match.start()):
            continue  # "X should press for Y to ...": X is asked, not calling
        if match.start() in asked_asks:
            continue
        if any(s < match.start() < e for s, e in items):
            continue  # an ask of an item of a list read below
        calls.append(match)
    covered: list[tuple[int, int]] = []
    for index, match in enumerate(calls):
        asks_end = calls[index + 1].start() if index + 1 < len(calls) else len(text)
        asks_end = min(asks_end, match.end("asks"))
        target = match.group("target").strip(" ,")
        if target.lower().startswith("that "):
            continue  # "demanded that X do Y": read below
        covered.append((match.start(), asks_end))
        verb = match.group("verb").lower()
        if re.match(r"an?\s", target) and not verb.endswith("for"):
            continue  # "demanded an immediate halt to ...": not an addressee
        asks = text[match.start("asks") : asks_end]
        asks = NEW_CLAUSE.split(asks)[0]
        asks = TRAILING_JOIN.sub("", asks)
        caller = next(
            (
                a.actor_id
                for a in actors
                if sentence.start + max(0, match.start() - 60)
                <= a.start_char
                < sentence.start + match.start()
            ),
            None,
        )
        target_id = _target(
            sentence, match.start("target"), match.end("target"), actors
        )
        # "called on X to A, and on Y to B", "urges X to A, and Y to B": Y is asked B
        addressees = []
        start, who, who_id = 0, target, target_id
        for second in SECOND_ADDRESSEE.finditer(asks):
            group = "target" if second.group("target") else "named"
            if group == "target" and not verb.startswith("call"):
                continue  # "and on" names a second addressee of a call only
            addressees.append((asks[start : second.start()], who, who_id))
            at = match.start("asks") + second.start(group)
            who = second.group(group)
            who_id = _target(sentence, at, at + len(who), actors)
            start = second.end()
        addressees.append((asks[start:], who, who_id))
        for asks, target, target_id in addressees:
            passive = asks.lower().startswith("be ")
            for ask in split_asks(asks) if not passive else [asks]:
                requests.append((ask, target, target_id, passive, True))
        if caller and not sentence.quoted:
            by = caller
    # "recommends that the authorities: A; B; C"
    for match in RECOMMENDS.finditer(text):
        if any(s <= match.start() < e for s, e in covered):
            continue
        covered.append((match.start(), match.end()))
        target = match.group("target")
        target_id = _target(sentence, *match.span("target"), actors)
        for ask in split_asks(match.group("asks")):
            requests.append((ask, target, target_id, False, True))
    for leads, item_pattern in addressed_lists:
        for match in leads:
            if any(s <= match.start() < e for s, e in covered):
                continue
            covered.append((match.start(), match.end()))
            for item in re.split(r"\s*;\s*", match.group("items")):
                if item_pattern is SUBJUNCTIVE_ITEM:
                    item = item[THAT_ITEM_LEAD.match(item).end() :]
                parts = item_pattern.match(item)
                if not parts:
                    if item_pattern is SUBJUNCTIVE_ITEM and themes_of(item):
                        # "that every child held there be released": no addressee
                        requests.append((item, "", None, True, False))
                    continue
                offset = match.start("items") + text[match.start("items") :].find(item)
                target = parts.group("target")
                end = offset + parts.end("target")
                target_id = _target(sentence, offset, end, actors)
                for ask in split_asks(parts.group("ask")):
                    requests.append((ask, target, target_id, False, True))
    # "Our demands to the authorities: - Free X. - Say where Y is."
    for match in DEMANDS_LEAD.finditer(text):
        if any(s <= match.start() < e for s, e in covered):
            continue
        covered.append((match.start(), match.end()))
        group = next(
            (g for g in ("target", "target2", "target3") if match.group(g)), None
        )
        target = match.group(group) if group else ""
        target_id = _target(sentence, *match.span(group), actors) if group else None
        for item in ITEM_BREAK.split(match.group("asks")):
            for ask in split_asks(item.strip(" .;-")):
                if ask:
                    requests.append((ask, target, target_id, False, True))
    # "We are calling for: the release of ...; an end to ...", "renewed its call
    # for an independent investigation": asks named by nouns, no addressee
    for match in CALL_FOR.finditer(text):
        if any(s <= match.start() < e for s, e in covered):
            continue
        covered.append((match.start(), match.end()))
        asks = NEW_CLAUSE.split(match.group("asks"))[0]
        asks = re.split(r",\s+and\s+(?:we|I|they)\b", asks)[0]  # "and we want to go"
        for ask in NOMINAL_SPLIT.split(asks):
            ask = ask.strip(" ,;:")
            if ask:
                requests.append((ask, "", None, False, True))
    # "demanded that the authorities drop ... and allow ..."
    for match in demands_that:
        if any(s <= match.start() < e for s, e in covered):
            continue
        covered.append((match.start(), len(text)))
        target = match.group("target")
        target_id = _target(
            sentence, match.start("target"), match.end("target"), actors
        )
        asks = match.group("asks")
        later = [c.start() for c in calls if c.start() > match.start("asks")]
        if later:
            asks = TRAILING_JOIN.sub("", asks[: later[0] - match.start("asks")])
        asks = NEW_CLAUSE.split(asks)[0]
        asks, *others = AND_THAT.split(asks)
        for other in others:
            parts = THAT_CLAUSE.match(other)
            if parts:
                at = text.find(other, match.start("asks"))
                other_id = _target(sentence, at, at + parts.end("target"), actors)
                for ask in split_asks(parts.group("asks")):
                    requests.append((ask, parts.group("target"), other_id, False, True))
        for ask in split_asks(asks):
            if not themes_of(ask):
                ask = f"{target} {ask}"  # "insist that UN monitoring continues"
            requests.append((ask, target, target_id, False, True))
    # "X must A and must B", "X should A, and should B", "X must A. Y should B"
    modals = [
        m
        for m in MODAL.finditer(text)
        if not any(s <= m.start() < e for s, e in covered)
    ]
    #: per modal: (where the previous ask ends, where the subject starts, inherit)
    cuts: list[tuple[int, int, bool]] = []
    for index, match in enumerate(modals):
        previous_end = modals[index - 1].end() if index else 0
        before = text[previous_end : match.start()]
        joined = JOINED.search(before) if index else None
        if joined:
            cuts.append((previous_end + joined.start(), match.start(), True))
            continue
        boundaries = list(BOUNDARY.finditer(before))
        if not boundaries and index:
            boundaries = list(WEAK_BOUNDARY.finditer(before))
        if boundaries:
            last = boundaries[-1]
            cuts.append((previous_end + last.start(), previous_end + last.end(), False))
        elif index:
            cuts.append((match.start(), match.start(), True))
        else:
            cuts.append((0, 0, False))
    subject: str | None = None
    subject_span = (0, 0)
    for index, match in enumerate(modals):
        _, subject_start, inherit = cuts[index]
        if not inherit:
            subject = text[subject_start : match.start()].strip(" ,")
            subject = re.sub(r"^(?:and|but|while|or)\s+", "", subject)
            subject = REPORTING_ASIDE.sub("", subject)
            subject = BELIEVES_THAT.sub("", subject)
            fronted = FRONTED.match(subject)
            if fronted:  # "After months of X, clear mechanisms ... must"
                subject_start = match.start() - len(subject) + fronted.end()
                subject = subject[fronted.end() :]
            subject_span = (subject_start, match.start())
        following = cuts[index + 1][0] if index + 1 < len(modals) else len(text)
        following = min([following] + [s for s, _ in covered if s > match.end()])
        ask = re.split(r"[.“”\"]", text[match.end() : following])[0]
        ask = re.sub(r",?\s*(?:and|but|while|or)?\s*$", "", ask).strip()
        if match.group("neg"):
            ask = "not " + ask
        if not subject or not ask:
            continue
        passive = bool(PASSIVE.match(ask))
        target_id = _target(sentence, *subject_span, actors)
        if target_id is None and PRONOUN.match(subject):
            # "He must ...": the last person named before
            people = [
                a
                for a in actors
                if a.kind == "person" and a.end_char <= sentence.start + match.start()
            ]
            target_id = people[-1].actor_id if people else None
        if target_id is None and previous and THEY.match(subject):
            subject, target_id = previous
        elif THEY.match(subject) and "accountability" in themes_of(ask):
            passive = True  # "They must stand trial": the perpetrators
        held_subject = bool(HELD_SUBJECT.search(subject)) and (
            "release_detainees" in themes_of(ask)
        )  # "Everyone held must go home": the held, not whom it is asked of
        if not (
            target_id
            or passive
            or ADDRESSEES.search(subject)
            or NAMED_SUBJECT.match(subject)
            or (
                IT.match(subject)
                and (sentence.quoted or (subject.lower() == "it" and themes_of(ask)))
            )
            # "The gendarme who shot her son should face a judge": the perpetrator
            or "accountability" in themes_of(ask)
            or held_subject
        ):
            continue
        for part in split_asks(ask) if not passive else [ask]:
            if not passive and not themes_of(part) and themes_of(f"{subject} {part}"):
                part = f"{subject} {part}"  # "Aid has to reach these families"
            # "Those responsible must be brought to justice": the subject of a
            # passive ask is what is to be done, not whom it is asked of
            asked = not (passive and TRUE_PASSIVE.match(part)) and not held_subject
            requests.append((part, subject, target_id, passive, asked))
    imperative = IMPERATIVE.match(text) if not requests else None
    addressed = ADDRESSED_IMPERATIVE.match(text) if not requests else None
    if addressed and not imperative:
        imperative = IMPERATIVE.match(text[addressed.end() :])
    if imperative and (sentence.quoted or headline or addressed):
        target = addressed.group("target") if addressed else ""
        target_id = (
            _target(sentence, *addressed.span("target"), actors) if addressed else None
        )
        for part in split_asks(imperative.group("asks")):
            requests.append((part, target, target_id, False, True))
    found: list[Candidate] = []
    for ask, target, target_id, passive, asked in requests:
        words = f"{target} {ask}" if passive else ask
        addressee_id, addressee = (target_id, target) if asked else (None, "")
        themes = themes_of(words)
        if (
            not themes
            and asked
            and ask[:1].islower()  # a verb, not "Namibia, to seek a visit"
            and UN_SCRUTINY_BODY.search(target or "")
        ):
            # "asks the UN Committee ... to raise the case"; "to visit": access
            visit = re.match(r"(?:visit|come|travel)\b|.*\baccess\b", ask, re.I)
            themes = ["access_for_monitors" if visit else "un_scrutiny"]
        if not themes and asked and INQUIRY.search(target or "") and EXAMINE.match(ask):
            # "urges the Commission of Inquiry to examine forced conscription"
            themes = ["independent_investigation"]
        for theme in themes:
            last = found[-1].fields if found else None
            if (
                last
                and (
                    _same_item(text, last["ask"], ask)
                    or _joined(text, last["ask"], ask)
                )
                and last["theme"] == theme
                and last["addressed_to_id"] == addressee_id
                and last["addressed_to"] == _strip_the(addressee)
            ):
                # "quash the verdicts and free them": one release asked twice
                last["text"] += f" and {_tidy(ask)[:1].lower()}{_tidy(ask)[1:]}"
                last["ask"] += f" and {ask}"
                continue
            found.append(
                Candidate(
                    "demand",
                    sentence.paragraph,
                    (sentence.start, sentence.end),
                    0.8 if target_id else 0.6,
                    {
                        "theme": theme,
                        "addressed_to_id": addressee_id,
                        "addressed_to": _strip_the(addressee),
                        "made_by": by,
                        "text": _tidy(ask, target),
                        "ask": ask,
                    },
                )
            )
    return found

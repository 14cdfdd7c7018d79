"""What the knowledge base holds, as frozen dataclasses: entries, red flags, word maps.

Loading and validation live in `loading.py`; this module only says what the data is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from bot.knowledge.learned import LearnedModel

LEVELS = ("emergency", "urgent", "soon")
"""Red-flag levels, most severe first."""

FLOW_WORDS = ("menu", "yes", "no", "not_sure", "next", "back", "stop", "resume")
"""Typed alone, they work like the buttons of the flow in progress, or open the menu."""
CONVERSATION_WORDS = (
    *FLOW_WORDS, "filler",
    # a greeting before a question ("hi, which stretch first?"): the question is answered
    "greeting",
    # follow-ups: a word that points back, and what is asked about the entry just shown
    "refer", "lead", "hold", "reps", "steps", "safe", "purpose", "whats_next",
    # after a warning
    "going", "cannot_go",
    # a caption that talks about the picture or recording it came with
    "picture", "recording",
)
"""The keys of `language.yaml`'s `conversation` section."""


@dataclass(frozen=True, kw_only=True)
class Source:
    """Where facts come from: `url` is the page's address, `read_at` where its text was read
    when that was a republished copy."""

    id: str
    title: str
    publisher: str
    url: str = ""
    read_at: str = ""


@dataclass(frozen=True, kw_only=True)
class Entry:
    """Anything a message can be matched to: it has an id, a title and phrasings."""

    id: str
    kind: str
    title: str
    phrasings: tuple[str, ...]
    sources: tuple[str, ...]
    file: str = ""
    line: int = 0


@dataclass(frozen=True, kw_only=True)
class Faq(Entry):
    answer: str
    related: tuple[str, ...] = ()
    situation: tuple[str, ...] = ()
    """Words that put the writer in the situation this entry is written for ("had the
    operation", "pregnant"): whatever else they ask, this answer is likely the one."""


@dataclass(frozen=True, kw_only=True)
class Shape:
    """What an exercise looks like, as people describe it when they do not know its name
    (bot/engine/shapes.py): where the body starts (`position`: on the back, kneeling,
    against a wall), what moves (`action`: a knee pulled to the chest, the chest pushed up),
    the everyday `pictures` people use for it ("an invisible chair", "a flamingo") and, for
    the exercises told apart by it, how many knees or legs move (`count`: one or both)."""

    position: tuple[str, ...] = ()
    action: tuple[str, ...] = ()
    pictures: tuple[str, ...] = ()
    count: str = ""


SHAPE_COUNTS = ("one", "both")
"""What a shape's `count` may say: one knee or leg moves, or both together."""


@dataclass(frozen=True, kw_only=True)
class Exercise(Entry):
    aliases: tuple[str, ...]
    purpose: str
    steps: tuple[str, ...]
    hold: str
    reps: str
    cautions: tuple[str, ...]
    shape: Shape = field(default_factory=Shape)


@dataclass(frozen=True, kw_only=True)
class RoutineStep:
    exercise: str
    note: str = ""


@dataclass(frozen=True, kw_only=True)
class Repetitions:
    """Gradual progression: start at `start`, add one every `every` routine days, up to
    `most` (used by the companion; see bot/care/progression.py)."""

    start: int
    most: int
    every: int


@dataclass(frozen=True, kw_only=True)
class Routine(Entry):
    intro: str
    warm_up: str
    steps: tuple[RoutineStep, ...]
    dose: str
    progression: str
    stop_if: str
    repetitions: Repetitions | None = None  # None: no personal counts


@dataclass(frozen=True, kw_only=True)
class RedFlag:
    id: str
    level: str
    title: str
    signs: tuple[str, ...]
    advice: str
    questions: tuple[str, ...]
    sources: tuple[str, ...]
    about: str = ""  # what the sign means, said calmly, for a message that only names it
    # A calm line for each risk factor of this flag (`risks` in triage.yaml), by its concept:
    # what to watch for, for someone who has it, told beside ordinary back pain
    risks: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True)
class RedFlagGuide(Entry):
    """The answer to questions *about* warning signs (`/redflags`)."""

    intro: str
    headings: dict[str, str]
    flags: tuple[RedFlag, ...]
    summary: tuple[str, ...] = ()
    """The emergency signs in a few words: the first screen of /redflags."""


@dataclass(frozen=True, kw_only=True)
class Chitchat(Entry):
    answer: str


EXERCISE_NAME = "exercise name"
"""The domain concept an exercise called by one of its names counts as."""


@dataclass(frozen=True, kw_only=True)
class DomainConcept:
    """One kind of evidence that a message is about this bot's domain ("the back", "a nerve
    symptom"): its terms, and how much mentioning one of them counts."""

    name: str
    weight: float
    terms: tuple[str, ...]
    needs: tuple[str, ...] = ()  # counts only when one of these concepts is mentioned too


@dataclass(frozen=True, kw_only=True)
class Referral:
    """Back pain that is another condition's (`name`): said with one of its `terms` (an
    organ or illness whose pain is felt in the back, or the upper back alone) and with one of
    the concepts it `needs` (the back), and with none of the `unless` terms or concepts that
    keep a message ours (the nerve's path down the leg, the condition by name)."""

    name: str
    terms: tuple[str, ...]
    needs: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    unless_concepts: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Sense:
    """Words of ours that another part of the body or another thing has too (`takes`: "disc",
    "stenosis"), and the words that say, in their clause, that it is that one's (`terms`:
    "neck", "valve", "brake"). `kept_by`: concepts that keep a clause ours beside this sense
    besides the condition, a disc and the body (a nerve symptom beside a sport: "my calf
    burns after a run" is the nerve's, "sore calves after a run" the muscles')."""

    name: str
    terms: tuple[str, ...]
    takes: tuple[str, ...]
    kept_by: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Activity:
    """A part of daily life (`name`: work, travel, sleep ...) said in its own nouns ("a
    flight", "the dishwasher", "the school run") and the `entries` written for it: a question
    about it from someone living with the condition is theirs to answer."""

    name: str
    entries: tuple[str, ...]
    terms: tuple[str, ...]
    # Its words name the writer's day only beside the writer's own condition (`lived`:
    # "drowsy at the bridge table on gabapentin"), never beside a word of ours alone: a
    # table's game or a developer's day shares its words with exercises and other topics
    # ("glute bridge", "bridge card game rules"), where they stay another topic's (words56).
    owned: bool = False
    line: int = 0


@dataclass(frozen=True, kw_only=True)
class Domain:
    """What shows a message is ours: the weights of the concepts it mentions (each counted
    once) reach `threshold`; or nothing in it points elsewhere (another body part or
    condition, a word of another topic) and an entry explains it. A word of another topic is
    one the knowledge base never uses that is neither among the `common_words` most frequent
    English words nor `generic`."""

    threshold: float
    concepts: tuple[DomainConcept, ...]
    exercise_names: float = 0.0  # the weight of an exercise called by name
    elsewhere: tuple[str, ...] = ()  # other body parts and conditions
    # words of ours that other body parts and things have too (a disc, a narrowing, a nerve),
    # and the words that, in their clause, make them that other one's ("neck", "valve",
    # "brake"): a clause with nothing else of ours is about that one
    senses: tuple[Sense, ...] = ()
    complaints: tuple[str, ...] = ()  # concepts that say something is wrong (pain, numbness)
    body: tuple[str, ...] = ()  # concepts that name parts of the body (the back, the legs)
    general: tuple[str, ...] = ()  # concepts whose words other topics use too (routine, doctor)
    # concepts that, said in a story, make its situation ours (a story is then read by what
    # it asks: its job, town or party is no other topic)
    situation: tuple[str, ...] = ()
    common_words: int = 0  # how many of the most frequent English words say nothing of a topic
    generic: tuple[str, ...] = ()  # words that say nothing of a topic though the KB never uses them
    # words after a care word that give it to someone ("a mattress for a toddler")
    given_to: tuple[str, ...] = ()
    # goals of another topic, read as `elsewhere` too: an exercise of ours named for one is
    # theirs unless the message says something of ours in its own words
    goals: tuple[str, ...] = ()
    # words that ask a thing of the one named after them ("how much sleep does a teenager
    # need"): an activity asked so of a young child or an animal is theirs
    asked_of: tuple[str, ...] = ()
    # words between a being and what it does ("my toddler won't sleep", "get the baby to
    # nap"): an activity of daily life done by a young child or an animal is theirs
    doing: tuple[str, ...] = ()
    # words that make the writer one who does something in the message ("I", "me"): a
    # message naming a young child or an animal as its subject is theirs without them
    acting: tuple[str, ...] = ()
    # words that stand for the last young child or animal named, as the one a verb acts on
    # ("how do I get him to sleep"): what it does after them is theirs
    objects: tuple[str, ...] = ()
    # the young beyond triage's children ("a teenager", "my 15 year old"): their own sleep,
    # care and things are theirs as a young child's are, though triage reads them as anyone's
    young: tuple[str, ...] = ()
    # words after a number that name someone by their age ("my two year old", "an 18 month
    # old"): a being, young below `numbers.ADULT_FROM` years (`aged_years`) or at any count
    # of months, weeks or days (`aged`)
    aged: tuple[str, ...] = ()
    aged_years: tuple[str, ...] = ()
    # small children, whose own body is never ours: a part of the body said to be theirs
    # ("my toddler ... his legs") is a child's body, as an animal's is ("my dog's hips")
    small: tuple[str, ...] = ()
    # words that rule out what follows in their phrase ("I don't want surgery") and the
    # concepts whose terms they rule out: what is ruled out is not what is asked for
    rejecting: tuple[str, ...] = ()
    rejectable: tuple[str, ...] = ()
    # words that, before a word of the body, a complaint or the condition, ask other people
    # about their own ("what was your nerve pain like?")
    yours: tuple[str, ...] = ()
    # words that end the clause of another body part said beside the writer's own ("a dodgy
    # knee as well"), and words for something of ours done with one ("can I do it with a
    # dodgy knee")
    besides: tuple[str, ...] = ()
    referring: tuple[str, ...] = ()
    # long-term conditions of the bones, joints and muscles lived with beside the condition
    # ("my scoliosis", "a new hip"), and the words that tell one as the writer's own
    # situation ("got osteoporosis", "with a new knee", "plus arthritic knees")
    lived_with: tuple[str, ...] = ()
    owning: tuple[str, ...] = ()
    lived_care: tuple[str, ...] = ()
    # words right before a condition whose care follows that tell the care as what the
    # writer is on ("on blood pressure tablets"): their situation, no question about it
    taking: tuple[str, ...] = ()
    # the writer's own possessive ("my"): a condition after it is the writer's situation
    # ("my knee replacement is swollen"), unless after `aiding` ("help my arthritis")
    mine: tuple[str, ...] = ()
    # words before "with" that make what follows what is treated ("help with arthritis")
    aiding: tuple[str, ...] = ()
    # words of another body part that a synonym's describing gap never holds: "after a hip
    # operation" is no operation of ours, "had my 5th spinal fusion" is
    other_parts: tuple[str, ...] = ()
    # words that open a noun phrase ("a", "my", "this"): the words between one and a body
    # part or the condition describe it ("a dodgy back", "my knackered legs"), and "back"
    # after one and such words is the body ("with a bad back"), not a way back ("get back")
    determiners: tuple[str, ...] = ()
    # words right before a situation that say it is not, or no longer, the writer's ("not
    # pregnant", "when I was pregnant"): no entry is written for it then
    ended: tuple[str, ...] = ()
    # The writer's own words around what is asked, neither ours nor another topic's: the
    # end of a clause after `judging` ("or is that daft", "is that a setback?": how the
    # writer weighs what was said), the words after `self_described` to the clause's first
    # small word ("I'm a keen runner", "as a plasterer": who asks) or before `introducing`
    # in a clause of their own ("newbie here": who asks), and an everyday verb
    # before one of `particles` that ends its clause ("when do they kick in", "I'd rather
    # potter about": how things go).
    judging: tuple[str, ...] = ()
    self_described: tuple[str, ...] = ()
    introducing: tuple[str, ...] = ()
    particles: tuple[str, ...] = ()
    particle_tail: tuple[str, ...] = ()  # words that may follow a particle at a clause's end
    # sayings whose words, read together, say how things go ("back to square one", "from
    # scratch"), though each word alone may name a thing ("a square root", "the cat scratches")
    sayings: tuple[str, ...] = ()
    # words that say when before an activity of daily life ("on my honeymoon")
    timing: tuple[str, ...] = ()
    # words that say the writer does the activity, or goes back to it, before its words
    # ("I bowl fast", "I played 36 holes", "back on the round"): the writer's day, read as
    # `timing` is
    playing: tuple[str, ...] = ()
    # words that say where (`whereabouts`) or when (`whereabouts_times`) the writer is,
    # before the place or time they name ("on the church pew", "before my shift at the
    # bakery"): the writer's whereabouts, not another topic (where only beside the writer's
    # own body or complaint)
    whereabouts: tuple[str, ...] = ()
    whereabouts_times: tuple[str, ...] = ()
    # words that liken what is asked to the writer's own life ("like rows on a scarf"): read
    # as a time is, never after one who likes ("I like knitting")
    likeness: tuple[str, ...] = ()
    # phrases that open a comparison with something of the writer's day ("same as when I'm
    # threading a needle", "as if I was reversing the car"): what follows them is the
    # yardstick, no sense of a shared word (join54)
    likening: tuple[str, ...] = ()
    # words after an activity of daily life that say where it goes on or goes to ("a flight
    # to Lanzarote", "on holiday in Greece", "a day at the beach in Tenerife")
    going_to: tuple[str, ...] = ()
    # verbs of handling a load ("lifting", "carry", "lugging"): the thing named right after
    # one is the load handled ("heavy pots", "buckets of spoil"), no topic of its own where
    # the question asks a kind of answer only we give (Scope.loads; words54)
    handling: tuple[str, ...] = ()
    # ... and of carrying, a load only beside something of ours ("can I carry a pocket knife
    # on a plane" brings it)
    carrying: tuple[str, ...] = ()
    # words before where the writer writes from, in a greeting ("morning from Lagos")
    sent_from: tuple[str, ...] = ()
    # words before a place named with a capital in a story's telling ("my sister in Cork",
    # "a drive to Donegal", "out past Longreach"): where, no topic (words46)
    named_at: tuple[str, ...] = ()
    liking: tuple[str, ...] = ()
    # Where an unknown word says what someone does or how something is ("should I fret",
    # "the nights are brutal"), not what the message is about: after one of `predicating`
    # (a subject, a negation, an adverb), or after one of `linking` (a modal, a linking verb,
    # a word of degree) that neither opens its clause nor follows one of `questioning`
    # ("is traffic bad" names its subject). Such a word is neutral beside something of
    # ours: only an unknown thing named points to another topic.
    predicating: tuple[str, ...] = ()
    linking: tuple[str, ...] = ()
    questioning: tuple[str, ...] = ()
    # What a clause that asks after the writer, as a greeting does, asks with besides its
    # word of `questioning` ("how are you", "how's things"): such a clause asks nothing of
    # the place the writer writes from (words49).
    asking_after: tuple[str, ...] = ()
    # back pain that is another condition's: a GP's to look into, not an entry's
    referred: tuple[Referral, ...] = ()
    # Living with the condition: an activity of daily life asked about (`activities`) by
    # someone who says something of their own condition, a concept of `lived_by` said of
    # the writer or a phrase of `living` ("make it worse", "set it off"), is ours, and the
    # entries written for that activity lean forward.
    activities: tuple[Activity, ...] = ()
    lived_by: tuple[str, ...] = ()
    living: tuple[str, ...] = ()
    # Care the writer is given for the condition (a nerve-pain medicine, a painkiller, an
    # injection, an operation, a scan, physiotherapy): said as the writer's, it ties an
    # activity to their condition as their pain does ("on pregabalin, can I drive to the
    # match?"). Not the exercises, yoga or heat, which sport and daily life use as much.
    treated: tuple[str, ...] = ()
    # Topics with an entry of their own (care given, the pain's course, sleep): beside one
    # of our exercises, the topic is what is asked and the exercise where or when
    # ("paracetamol before the wall sit?", "do I need an MRI before the knee hugs").
    topics: tuple[str, ...] = ()
    # ... unless said in a clause these open: when it is done ("while I wait for my epidural")
    topic_times: tuple[str, ...] = ()
    # The exercises spoken of as several ("each stretch", "the lying down ones"): a word of
    # `several` up to three words before one of `several_of` ("ones" is both).
    several: tuple[str, ...] = ()
    several_of: tuple[str, ...] = ()
    # Asking whether one may still do a thing or go back to it ("can I still go hillwalking"):
    # a tie only where nothing but the activity's own words points elsewhere.
    continuing: tuple[str, ...] = ()
    # Names of other exercises (yoga poses, pilates moves) made of an animal's name ("cat
    # cow", "bird dog", "down dog"): like our exercises' names, their words name no animal,
    # so "cat cow or child's pose for sciatica" is no cat's sciatica.
    other_exercises: tuple[str, ...] = ()
    # Things bought to do the exercises or get through the day (a mat, a strap, a grabber):
    # neutral beside something of ours said with what it needs, as the writer's day is;
    # another topic's otherwise ("the best yoga mat for hot yoga").
    kit: tuple[str, ...] = ()
    # Those who care for animals (a vet): beside an animal named, the message is the
    # animal's care, a hard exception ("the vet thinks my spaniel's disc has gone"); alone
    # they are someone's work or bills ("I do reception at a vets", "vet bills").
    animal_carers: tuple[str, ...] = ()
    # Words after a part of the body that make it a thing's side or part ("the back of my
    # embroidery", "the foot of the bed", "the legs of the table"): no body of anyone's.
    part_of: tuple[str, ...] = ()
    # The illnesses among `elsewhere` said in one word ("stroke", "asthma"): another
    # condition, never a part of the body where one of our exercises is done.
    illnesses: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Intent:
    """Words that ask for a kind of answer ("which exercises", "what should I avoid", "is it
    worth it") and the entries that give it: a question with one of these `cues` leans
    towards those `entries`; what it is about still decides between them."""

    cues: tuple[str, ...]
    entries: tuple[str, ...]
    line: int = 0
    # A choice between two courses ("A&E tonight or wait for my GP?"): the question weighs a
    # cue against one of these, a word of `joined` between them, and none of `unless` said
    # ("which symptoms mean A&E rather than waiting" asks for the signs). Read so, the
    # question's kind decides its entry, whatever words it shares with the others.
    against: tuple[str, ...] = ()
    joined: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    # Its entries only where the message puts the writer in the situation each is written
    # for (faq.yaml `situation`): "normal?" after an operation asks about recovery from it.
    situated: bool = False
    # What follows an activity of daily life ("overdid it at the gym", "flared up after a
    # long drive"): the activity says when, the cue what is asked, so the activity's own
    # entries do not lean forward (Scope.lived).
    follows: bool = False


@dataclass(frozen=True, kw_only=True)
class ShapeWords:
    """How a described shape is read, whatever the exercise (language.yaml `shapes`)."""

    kinds: tuple[str, ...] = ()
    """Words that say a picture names an exercise ("the flamingo one", "the seal stretch")."""
    likeness: tuple[str, ...] = ()
    """Words that liken what is done to a picture ("like sitting on an invisible chair")."""
    soft: tuple[str, ...] = ()
    """Small words a description may hold anywhere ("on my back" is "on back")."""
    counted: tuple[str, ...] = ()
    """The parts whose number tells two exercises apart (a knee, a leg)."""
    one: tuple[str, ...] = ()
    """Words before a counted part that say one moves ("one knee", "the other leg")."""
    both: tuple[str, ...] = ()
    """Words before a counted part that say both move ("both knees", "two legs")."""
    owners: tuple[str, ...] = ()
    """Words before a counted part said once that make it one ("hug your knee"), where no
    number is said."""
    unable: tuple[str, ...] = ()
    """Words before a movement that say it cannot be done ("can't lift my foot"): a sign
    told, not an exercise described; triage reads such words as it always does."""


@dataclass(frozen=True, kw_only=True)
class Language:
    """Word maps applied to every message and phrasing before matching, and the scope."""

    spellings: dict[str, str]
    synonyms: dict[str, str]
    domain: Domain
    intents: tuple[Intent, ...] = ()
    contextual_synonyms: dict[str, str] = field(default_factory=dict)
    """Words that mean the word on the left only in a message already about this domain
    ("move" is exercise in "does moving help", not in "we moved house"): matching reads them
    like `synonyms`, the scope check counts them as no evidence of ours."""
    exceptions: tuple[str, ...] = ()
    stopwords: tuple[str, ...]
    mixed: dict[str, dict[str, str]] = field(default_factory=dict)
    """The everyday words of each language people mix with English (Hindi and Urdu,
    Tagalog, Spanish ...), each read as the English words beside it, language by language:
    a word that is also an English word ("pair", a foot in Hindi) only in a message that
    has a word of that language no English word shares."""
    emoji: dict[str, str] = field(default_factory=dict)
    """Emoji that stand for one word wherever they are used (a body part, a state: "🦵",
    "🤒"), read as that word."""
    grammar: tuple[str, ...] = ()
    """Words of grammar (pronouns, conjunctions, auxiliaries, verbs of saying): how a
    sentence is built, not what it asks about. Few phrasings use them, so they would weigh
    as much as "MRI"; the matcher weighs them lightly ("what are they?" is not about a
    phrasing that happens to say "they")."""
    emphasis: tuple[str, ...] = ()
    """Words of emphasis: said inside a cue ("where do I even begin", "does it actually
    work") they change nothing of what is asked, so a cue is also looked for without them."""
    word_order: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """How a question is asked without English's word order (WORD_ORDER_PARTS): words of
    asking, the auxiliary "do", the other auxiliaries and modals, and the subjects they
    come before. "How long does it take" is also asked "how long it takes", "when should
    I worry" "when I should worry" (French, Russian, Polish, Hindi, Arabic, Chinese ask so):
    an intent's cue is looked for in both orders."""
    reporting: tuple[str, ...] = ()
    """Verbs that report what someone said ("said", "told", "reckons"): the words naming
    who said it ("my GP said ...", "the Dr. said ...") tell where a story comes from, not
    what is asked, and the matcher weighs them as the story's."""
    negative_questions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """How a question is asked in the negative (NEGATIVE_QUESTION_PARTS): an auxiliary
    with its "not" before the subject ("don't injections just mask the pain?"), "not" after
    the subject ("should I not bend?"), a tag after the clause ("..., is there?"). What such
    a question negates is what it asks, not a symptom denied."""
    conversation: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Words that steer a conversation, by meaning (CONVERSATION_WORDS): typed flow words
    ("next", "not sure"), menu words, follow-up cues, what people say after a warning."""
    shapes: ShapeWords = field(default_factory=ShapeWords)
    """The words every exercise's shape is read with (bot/engine/shapes.py)."""


CONTEXT = ("negated", "normal", "historical", "resolved", "earlier", "hypothetical", "asked",
           "possible", "figurative", "explained", "now", "own", "brief", "under_care", "usual",
           "recent")
"""What the words around a sign can say about it (ConText properties, plus chat's own;
`under_care`: pain that has lasted, with a specialist already seeing it, `duration.under`;
`recent`: an act told as done within the last day or so, which `now` does not tell apart
from "years ago ... fine now")."""
EXPERIENCERS = ("patient", "other", "unsure", "animal", "thing")
"""Whose sign it is: the person with the back problem; another person (whose back is not in
question); another person when the message does not say whose back it is; an animal; a
thing."""
SECTIONS = ("historical", "hypothetical", "other", "current")
"""What a heading can make of the signs under it (`sections` in triage.yaml)."""
REPLIES = ("warn", "note", "drop", "warn-now", "keep")
"""What a sign's context does to the reply; `warn-now` warns only for what happens now;
`keep` warns and ends the reading: no property later in the order takes the warning away."""


@dataclass(frozen=True, kw_only=True)
class ContextRule:
    """Trigger words that give the signs within their reach one property (like medspaCy's
    ConTextRule): `direction` forward, backward or both; `scope` words; `within` a clause or
    the whole sentence; `stop` words that end the reach early; `unless` properties that
    cancel this one on the same sign; `generic` rules apply only where the clause names no
    one and no time ("can sciatica cause incontinence?", not "can it cause my leg to ...");
    `needs`: a rule that holds only when the sentence also says one of these words
    ("unchanged" is long-standing beside "for years", not beside "since yesterday");
    `unsaid`: one that holds only when the sentence says none of these ("GP knows" explains
    a sign, unless it is worse or new); `followed_by`: words one of which must start within
    a few words after the trigger, in its clause ("after" + an ordinary activity: "after a 12
    hour shift", "from this 3 hour zoom call"); `whole`: its `unsaid` words are looked for in
    the whole message, since a bout said to have passed may be said to come back in the next
    sentence ("Leg buckled, fine in a second. Third time today.")."""

    category: str
    direction: str
    scope: int
    within: str
    terms: tuple[str, ...]
    stop: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    generic: bool = False
    anchors: bool = True  # a `now` trigger that makes a clause a report for `generic` rules
    question: bool = False  # holds only in a sentence that starts like a question
    weak: bool = False  # a `now` that never cancels a time said around the sign ("can't")
    contrast: bool = False  # reaches back past "but": the contrast corrects what came before
    only: tuple[str, ...] = ()  # the concepts it applies to (all when empty)
    never: tuple[str, ...] = ()  # concepts it never applies to ("she is fine": a past cancer)
    needs: tuple[str, ...] = ()  # words the sentence must also say for it to hold
    unsaid: tuple[str, ...] = ()  # words the sentence must not say for it to hold
    followed_by: tuple[str, ...] = ()  # words that must come right after the trigger
    lists: bool = False  # reaches every item of a list, across commas, slashes and asides
    ends: bool = False  # holds only where it ends its clause ("saddle numbness: no")
    alone: bool = False  # ... and starts it: a clause of its own ("fever 39, finish.")
    opens: bool = False  # a list is its own only when it ends its clause or names a sign in it
    closed: bool = False  # ... and only when a joiner closes it ("no X, Y or Z")
    whole: bool = False  # its `unsaid` words bar it anywhere in the message, not only its sentence
    cause: bool = False  # a reason the sign has, as `explained` is: denied, it gives none
    inside: bool = False  # reaches its own words too: a sign named by its kind ("fatty lump")
    years: bool = False  # a year before this one ("in 2015") triggers it too, as its terms do
    line: int = 0


@dataclass(frozen=True, kw_only=True)
class People:
    """Words that say whose sign it is. `back` names the concepts of a back problem: the
    person who has one is the patient, the writer or the one a carer writes about."""

    writer: tuple[str, ...]
    others: tuple[str, ...]
    animals: tuple[str, ...]
    things: tuple[str, ...]
    pronouns: tuple[str, ...]
    back: tuple[str, ...]
    anyone: tuple[str, ...] = ()  # nobody in particular: "can it make you wet yourself?"
    neutral: tuple[str, ...] = ()  # words that name no one ("it"): back to the writer
    of: tuple[str, ...] = ()  # words that place a sign on someone: "a bump on (my spine)"
    at: tuple[str, ...] = ()  # ... of them, those that place an event, never on a body
    children: tuple[str, ...] = ()  # a child's signs are a child's, unless their back is named
    own: tuple[str, ...] = ()  # concepts of the writer's own symptoms: the writer is the patient
    gone: tuple[str, ...] = ()
    """Concepts that say someone has died ("she passed years ago"): no one a carer writes
    for, so never the patient whose back it is ("my nan had cancer in her spine")."""
    shares: tuple[str, ...] = ()
    """The people (their `same` group) who share the writer's home and may write of their own
    back beside the writer's: a partner. A friend's back beside one's own is a worry."""
    shares_by: tuple[str, ...] = ()  # ... told by these concepts: a back that hurts, sciatica
    sciatic: tuple[str, ...] = ()
    """Concepts of a pain told going down a leg with no word for the back ("down his leg"):
    the one who has it is one whose back it is, for a carer who writes of them."""
    together: tuple[str, ...] = ()
    """Concepts that say the writer and another share the back problem ("both of us have
    sciatica"): each person told of is then a patient too, not a bystander."""
    programme: tuple[str, ...] = ()
    """Concepts of the writer's own care for the back ("my exercises", "me stretches"): the
    writer is the patient, even in a question ("can I still do me exercises while I look
    after her?"), so another's sign is that person's."""
    programme_for: tuple[str, ...] = ()
    """Concepts that ask a programme for another ("what exercises could help him?"): in their
    sentence, a programme is no sign that the back is the writer's."""
    impersonal: tuple[str, ...] = ()  # "they" before anyone is named: the writer's carers
    by_subject: tuple[str, ...] = ()
    """Concepts of what a body does (leaking, slapping): whoever or whatever does it owns the
    sign, never where it lands ("the nappy leaked all over me", "the dog peed on my leg")."""
    pressed: tuple[str, ...] = ()
    """Concepts of a thing pressed by a limb and the effort of it (a pedal): a thing as their
    subject is what is pressed ("the clutch is hard to press with my leg"), not whose it is."""
    determiners: tuple[str, ...] = ()  # small words before a person word ("the", "his")
    reporting: tuple[str, ...] = ()  # words after a person who tells of someone: "says"
    beside: tuple[str, ...] = ()
    """The writer as a place beside someone named ("the guy in the bed next to me", "lives 3
    hours from me"), or as the one they passed a sign on to ("mum texted me"): where they
    are or whom they told, not whose the words after are."""
    heading: tuple[str, ...] = ()
    """Words that say where someone is going ("on the way to", "walking to"): a thing in the
    next word or two is a place, not one whose words follow ("on the way to the market the
    leg failed me")."""
    tools: tuple[str, ...] = ()
    """Words that make a thing the tool or the substance that did the harm ("sliced his leg
    with the chainsaw", "hit with a bottle"): what did it, not whose the sign after it is,
    when a harm (`tools_for`) is said before them in their clause ("trouble with the pump,
    it keeps cutting out" is still the pump's)."""
    tools_for: tuple[str, ...] = ()
    described: tuple[str, ...] = ()
    """Words that say who the writer is ("I'm a", "work as a"): a thing or an animal named
    in the next word or two is part of the writer's trade ("I'm a tap dancer", "I work as a
    dog walker"), not one whose words follow."""
    kind_of: tuple[str, ...] = ()
    """Words right after an animal word that make it say only what kind a trade, a season, a
    place or a vehicle is ("a goat farmer", "lambing nights", "the sheep shed", "the cattle
    truck"): the work with animals, no animal whose words follow."""
    kind_of_bare: tuple[str, ...] = ()
    """... and words that do so only after an animal word with no small word before it
    ("does pet sitting", "a dog boarding business"): "my dog sitting by me" is the dog."""
    described_as: tuple[str, ...] = ()
    """Words before a person word that make that person the writer ("I was a passenger",
    "I was the driver"): who the writer was, not someone else named."""
    named_by: tuple[str, ...] = ()
    """Words that follow a name written with a capital as its verb ("Len wets himself",
    "Ivy didn't ..."): the name is a person's, not a shop's or a day's ("Tesco and")."""
    named_owns: tuple[str, ...] = ()
    """What a name written with a capital owns as a person does ("Terry's legs", "Jean's
    appointments"), not a shop's car park ("Sainsbury's car park")."""
    unsaid_i: tuple[str, ...] = ()
    """Verbs that open a sentence with "I" left out ("Feel dizzy.", "Feeling sick now"): the
    sentence is the writer's, whoever was named before."""
    unsaid_i_own: tuple[str, ...] = ()
    """Words that open a sentence with "I've" left out ("Been stockpiling my codeine"): such
    a sentence that names only the writer's own is the writer's, whoever was named before."""
    turns: tuple[str, ...] = ()
    """Words that open a sentence turning back to the writer's own ("anyway, back question:
    ..."): such a sentence that names no one is the writer's, whoever was named before."""
    by_age: tuple[str, ...] = ()
    """Owner words before an age said as a noun ("my 16-year-old", "our 8yo"): the age names
    a person, a child when under 18."""
    likeness: tuple[str, ...] = ()
    """Words of a comparison ("as a", "like a"): a being named in the next word or two is a
    likeness ("sick as a dog", "weak as a kitten"), no one whose words follow."""
    looked_after: tuple[str, ...] = ()
    """The writer's part in who someone is, right after naming them ("the resident I look
    after", "the man I care for"): still the one named."""
    roles: tuple[str, ...] = ()
    """What people are to those responsible for them, said bare ("player", "postie"): a
    person, unless said first with nothing but these after it (`introduced_by`, or a comma):
    then who the writer is ("Rugby player, disc issue", "postie here")."""
    introduced_by: tuple[str, ...] = ()
    companions: tuple[str, ...] = ()  # words before one who is company: "with the missus"
    handled: tuple[str, ...] = ()  # a verb whose object is the one named: "lifting my grandson"
    dating: tuple[str, ...] = ()
    addressed: tuple[str, ...] = ()
    """Words after "you" that make it the one answered ("you suggested"): not whose."""
    """Words before one who dates what is told ("after my second baby"): a time, not whose."""
    dated_by: tuple[str, ...] = ()  # words that may stand between: "second", "youngest"
    dating_not: tuple[str, ...] = ()  # verbs whose "after" is theirs: "look after my mum"
    dated_then: tuple[str, ...] = ()  # what may follow one who dates: "in 2018", "was born"
    for_whom: tuple[str, ...] = ()
    """Words before the one a thing is for, later in its clause ("which incontinence pads are
    best for my mum?"): the sign named with it is that person's."""
    objects: tuple[str, ...] = ()
    """Pronouns that may be the object of what the writer does ("her"): followed by one of
    `after_object` or a clause's end ("carrying her about, back's sore", "up all night
    with her, back stiff"), they name who was done to, and the words after stay the
    subject's."""
    after_object: tuple[str, ...] = ()  # words that never follow a possessive "her"
    done_to: tuple[str, ...] = ()
    """The writer as the object right after a sign someone unnamed did ("someone rear-ended
    me"): the writer's, not that someone's."""
    introduces: tuple[str, ...] = ()
    """Words after which the writer names the one they write for ("support worker for Anna",
    "writing for Craig"): that name is a person wherever the message says it."""
    male: tuple[str, ...] = ()
    """Words for a man or boy and "he": "she" never refers to a husband ("my neighbour's
    husband died ..., she's upset": she is the neighbour)."""
    female: tuple[str, ...] = ()  # ... for a woman or girl and "she"
    plural: tuple[str, ...] = ()
    """Words for many beings at once ("dogs", "the animals"): "he" or "she" never refers to
    them ("walks dogs for a living ... he's been scuffing": he is the walker)."""
    same: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Words that may name the same person ("mum", "mother", "mam"), by a name for them: two
    people named in words of different groups (or a word of no group) are two people."""
    chat_writer: tuple[str, ...] = ()
    """Labels of a pasted chat that name the writer's own line ("Me: ...", "[21:40] me:"):
    its "I" is the writer. Another speaker's label ("Mum:", "Keith:") makes its line theirs:
    "I" there is that speaker and "you" the writer (`chat_you`)."""
    chat_you: tuple[str, ...] = ()  # "you" in another speaker's line: the writer they answer
    chat_not: tuple[str, ...] = ()  # labels that are headings, never a speaker: "Update:"
    chat_about: tuple[str, ...] = ()
    """Labels of a line the writer gives another person in a list of cases ("me: sore back.
    him: weaker each day ..."): the line is about them, a case put to the bot as the
    writer's own is, while "I" in it is still the writer."""


@dataclass(frozen=True, kw_only=True)
class ReplyRules:
    """What each property does to the reply (`REPLIES`), checked in `order`; `flags`
    changes the default for one red flag, `concepts` for one concept (a cancer in the past
    is itself the sign), `flag_concepts` for one concept of one red flag only (a fall from a
    roof told of someone else is an emergency now, while the same words are only a note for
    the flag of the back's serious signs). "warn" for a property means it takes nothing
    away; "keep" means it warns whatever follows it in `order` (an overdose told as taken
    last night is one now, however well the writer says they feel after it)."""

    order: tuple[str, ...]
    default: dict[str, str]
    flags: dict[str, dict[str, str]]
    concepts: dict[str, dict[str, str]]
    flag_concepts: dict[str, dict[str, dict[str, str]]] = field(default_factory=dict)
    places: frozenset[str] = frozenset()
    """Concepts that only say where or what (a foot, the bladder, a car): no sign alone."""
    local: frozenset[str] = frozenset()
    """Places a sign must be said of (the saddle, the buttocks): a sign word told in another
    clause, beside another part of the body (`elsewhere`), is that part's ("severe pain in my
    butt ... my leg goes numb" is no numb bottom)."""
    elsewhere: frozenset[str] = frozenset()
    own: frozenset[str] = frozenset()
    """Signs said right before a `local` place that tell what it has ("pain in my left
    buttock"): a sign word said right before another part in the same clause ("numbness in
    my left foot and pain in my left buttock") is then that part's, not the place's."""

    def action(self, flag_id: str, concept: str, properties: set[str] | frozenset[str]) -> str:
        """The reply one mention of `concept` gets for `flag_id`: the first property in
        `order` that takes something away, or keeps the warning (`keep`), decides; none:
        warn."""
        for prop in self.order:
            if prop not in properties:
                continue
            action = self.flag_concepts.get(flag_id, {}).get(concept, {}).get(
                prop, self.concepts.get(concept, {}).get(
                    prop, self.flags.get(flag_id, {}).get(prop, self.default.get(prop, "warn"))
                ))
            if action == "keep":
                return "warn"
            if action != "warn":
                return action
        return "warn"


@dataclass(frozen=True)
class Kinds:
    """A warning sign read by its clinical categories (`kinds` in triage.yaml): which
    categories a message says, each by any of its signs (a sign: concepts said together),
    and which two categories together are the sign wherever each is said. Kept as sets, not
    expanded into every pair of signs: a message is read for its categories once."""

    signs: dict[str, tuple[tuple[str, ...], ...]]
    together: tuple[tuple[str, str], ...]
    # The same categories said by key words (a means word, an intent word), each sign's
    # words in one clause, in any order: two categories in `within` said in one sentence
    # are the sign, whatever phrase carries them ("saved up the meds ... enough to do it").
    words: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    within: tuple[tuple[str, str], ...] = ()
    # Signs of a category whose key words must stand in one clause ("sat at the top of the
    # multi storey", never "sat down. ... the bridge exercise"), and that then count for the
    # category anywhere in the message, beside any category `together` pairs it with. Each
    # is read as the concept `clause_sign(kind)`, which `signs` lists for the category.
    in_clause: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)


def clause_sign(kind: str) -> str:
    """The concept a category's sign said within one clause (`Kinds.in_clause`) is read as."""
    return f"{kind}_in_clause"


@dataclass(frozen=True, kw_only=True)
class Homophone:
    """A word voice to text writes for a sign's word ("we" for "wee"), read as `means` only
    where the words beside it say so: one of `after` just before it or one of `before` just
    after it (both when `both`), none of `not_before` right after it and none of `not_after`
    right before it ("I wee a bit": a verb, never small). `before_endings`:
    the word just after it ends so (a contraction read by the word after it: "I'd leaked"
    is "I had", where "I'd leak" is "I would"), a `before` of a kind rather than a list.
    `capitals`: only as typed in capitals, an abbreviation ("my ED started", never the name
    in "my Ed started physio")."""

    said: str
    means: str
    after: tuple[str, ...] = ()
    before: tuple[str, ...] = ()
    before_endings: tuple[str, ...] = ()
    not_before: tuple[str, ...] = ()
    not_after: tuple[str, ...] = ()
    both: bool = False
    capitals: bool = False


@dataclass(frozen=True, kw_only=True)
class CourseWords:
    """How triage reads the course of a pain as told (`course` in triage.yaml).

    Which way it went: `worse`, `better`, `same`; a direction after one of `negations` is
    the same ("no better"); one a few words after one of `unreal`, or in a part opening with
    one of `asking`, is not told ("will it get better"); a part opening with one of
    `contrast` takes back a direction said before it with no time; worse before one of
    `worse_then` is worse at a time or in a position, not over weeks; `same` counts at the
    end of a part or before one of `same_then` ("still the same routine" is no pain's); a
    part with one of `partial` tells of some of the time only ("some days a bit better"),
    no direction of the course.
    Its points in time: `start` (day one), `now`, "N weeks" before one of `later` (into the
    course) or of `ago` (before now), `before` (phrases of a time before now, in days).
    What it usually takes: a part with one of `usual`. `about`: the concepts a course must
    be of (a pain, the back). `worse_days`, `same_days`: how long a course that gets worse,
    or stays the same, must have run to be persistent pain; `outlasted_days`: how long one
    that runs past its usual time; `history_days`: from this long, a history, not a
    course.
    What a score is of: the pain, unless its part or one before it in its sentence names a
    measure of `strength_words` (higher is better) or of `deficit_words` (higher is worse)
    and no word of `pain_words`. Readings of such a measure that go the way of a deficit
    ("mon 5/5, wed 4/5, fri 3/5 lifting my foot") are `deficit_flag` when the writer's own
    concept of `deficit_about` is in the message, and no word of `effort_words` (a workout,
    its tiredness) is."""

    worse: tuple[str, ...] = ()
    better: tuple[str, ...] = ()
    same: tuple[str, ...] = ()
    negations: tuple[str, ...] = ()
    usual: tuple[str, ...] = ()
    now: tuple[str, ...] = ()
    start: tuple[str, ...] = ()
    later: tuple[str, ...] = ()
    ago: tuple[str, ...] = ()
    before: dict[str, int] = field(default_factory=dict)
    about: tuple[str, ...] = ()
    same_then: tuple[str, ...] = ()
    unreal: tuple[str, ...] = ()
    asking: tuple[str, ...] = ()
    contrast: tuple[str, ...] = ()
    worse_then: tuple[str, ...] = ()
    partial: tuple[str, ...] = ()
    events: tuple[str, ...] = ()
    """Words that make a holiday or a season said right before them an event ("the Christmas
    do", "the summer fete"): a point of the course only where its part says a score or a
    direction of the pain then (time54: "fell over at the Christmas do ... sciatica no
    different" dates no course)."""
    things: tuple[str, ...] = ()
    """Measures that rise and fall besides the pain (weight, a dose, blood pressure): a
    direction said right after one ("my weight's gone up") is that thing's, no point of the
    pain's course (time51)."""
    history_days: int = 0
    worse_days: int = 0
    same_days: int = 0
    outlasted_days: int = 0
    spread_days: int = 0
    """How long a course that gets worse must have run when the writer's own pain is also
    told going further (`spread`: "down to my foot now, further than before")."""
    spread: tuple[str, ...] = ()
    others: tuple[str, ...] = ()
    """Concepts of a course's change (worse, no better): a sentence that tells them only of
    someone else ("my nan's memory has got worse over months") is that person's course, not
    the writer's (alarms45)."""
    pain_words: tuple[str, ...] = ()
    strength_words: tuple[str, ...] = ()
    deficit_words: tuple[str, ...] = ()
    effort_words: tuple[str, ...] = ()
    counted_words: tuple[str, ...] = ()
    """Tests whose count a physio asks for ("single leg sit-to-stand"): named in a sentence,
    they are what the bare readings of the sentences after it count ("3 weeks ago 8. Today
    1."), until a sentence names a measure of its own (misses50)."""
    sides: tuple[str, ...] = ()
    """The words of a side ("left", "right"): readings of a measure are compared side by side."""
    deficit_flag: str = ""
    deficit_about: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Dictation:
    """How triage reads a message dictated or typed in one breath (`dictated` in
    triage.yaml): a stretch of `min_words` or more with no clause mark gets a mark where a
    new statement starts (one of `joins` before one of `starts`, one of `opens` alone, one
    of `times` before one of `starts`, or one of these typed with a capital mid-line), never
    right after one of `binds` nor after one of `holds` ("if"); `starts` that are `owners`
    ("my") start a statement only with one of `verbs` in the next words, and none starts one
    with one of `reflects` after it ("and i'm scared" is about what came before). No context
    trigger reaches across the mark, except those of the properties in `crosses` (a cause).
    `heard`: the words voice to text writes for a sign's words; `skip` the small words that
    may stand between one and what follows it."""

    min_words: int = 0
    joins: tuple[str, ...] = ()
    opens: tuple[str, ...] = ()
    starts: tuple[str, ...] = ()
    times: tuple[str, ...] = ()
    binds: tuple[str, ...] = ()
    owners: tuple[str, ...] = ()
    verbs: tuple[str, ...] = ()
    reflects: tuple[str, ...] = ()
    holds: tuple[str, ...] = ()
    crosses: tuple[str, ...] = ()  # properties whose triggers reach across a new statement
    skip: tuple[str, ...] = ()
    heard: tuple[Homophone, ...] = ()
    whole: tuple[str, ...] = ()  # phrases never cut ("now and then" is sometimes)


@dataclass(frozen=True, kw_only=True)
class Frames:
    """How a message is put as something other than the writer's own account: a case for
    study or a test (a vignette, an exam, OSCE or placement question, a case study). A sign
    of the case is asked about, not told; a clause that speaks of the writer (`own`, outside
    the frame's words and the writer's `said` words about the case: "I said fever", "how do I
    phrase"), tells a time that is now (`now`), or names one of the writer's own people (a
    `kin` group of `people.same`) is no part of it, and a case owned up to is no case."""

    marks: tuple[str, ...] = ()
    said: tuple[str, ...] = ()
    own: tuple[str, ...] = ()
    now: tuple[str, ...] = ()
    kin: tuple[str, ...] = ()
    cases: tuple[str, ...] = ()  # words before a `kin` word that make it a case's ("a man")


@dataclass(frozen=True, kw_only=True)
class Corrections:
    """How a writer takes back what they just said ("my foot's numb, no wait, more tingly",
    "I wet myself - I mean I nearly did"). A `markers` phrase corrects the clause with a sign
    just before it (the sentence before, when the marker opens its sentence); what follows
    it, up to a break, is the replacement. The replacement's verdict (a denial, "fine", a
    time, a wish: its triggers of `carries`) is said of the corrected sign too, when the
    trigger reaches only the same sign said again, words of `pro_forms` ("I nearly did") or
    nothing; a replacement that names one of `worse` or says one of `also` ("no wait, both
    legs", "not just the left") makes the sign no smaller, so it takes nothing back. A marker
    that starts with a denial ("no actually") is one only before a mark or one of `opens`:
    "no actual problems down there" denies."""

    markers: tuple[str, ...] = ()
    takes_back: tuple[str, ...] = ()
    """Markers that, with nothing after them ("..., scratch that"), take the clause back."""
    opens: tuple[str, ...] = ()
    pro_forms: tuple[str, ...] = ()
    negatives: tuple[str, ...] = ()
    auxiliaries: tuple[str, ...] = ()  # a bare reply has one ("I could"; not "I mean that")
    not_after: tuple[str, ...] = ()  # no marker right after one ("know what I mean")
    back_refs: tuple[str, ...] = ()  # words that point back at the sign ("I had one")
    interjections: tuple[str, ...] = ()  # markers only as a word of their own ("well,")
    openers: tuple[str, ...] = ()
    """Markers only where a clause starts, before a word one starts with ("can't pee!! ok I
    can"; never "I'm ok with it")."""
    milder: tuple[str, ...] = ()
    """Everyday complaints and words of less: a replacement that says one in the sign's
    stead ("Pooed myself. Well, a bit of wind", "I meant I can't SLEEP") takes back the words
    of the sign it does not say again."""
    glosses: tuple[str, ...] = ()
    """Markers by which a writer puts right a word they pass on or quote ("she says dead but
    she means achy", "an 'accident', by which I mean ..."): the replacement is what the word
    stood for, so it keeps the word's question or condition, and a pain said in its stead
    (`gloss_milder`) is milder too."""
    gloss_milder: tuple[str, ...] = ()
    hedges: tuple[str, ...] = ()
    """Words a swap may say beside the word it swaps in ("a bit of wind", "more like the
    thigh"): a replacement with others tells more than a swap."""
    broad: tuple[str, ...] = ()
    """Concepts of places too broad to tell one from another ("the toilet" of a pee and of
    a poo): a replacement that names another place swaps it for the one corrected."""
    degrees: tuple[str, ...] = ()
    """Words that grade a sign: a denial that reaches the sign across one ("I mean not a big
    crash") says how much, never that it did not happen, so it takes nothing back."""
    keeps: tuple[str, ...] = ()
    """Concepts of where, which side or when: a retraction followed by only these ("no
    wait, the right one") moves the sign; anything else told after it is another account
    ("scratch that, the hot water bottle leaked"), which takes the sign back."""
    """Words that make a bare reply a denial ("I didn't", "I nearly did"): one of the other
    polarity from the sign it corrects takes it back ("couldn't feel it, no wait, I could")."""
    carries: tuple[str, ...] = ()
    worse: tuple[str, ...] = ()
    also: tuple[str, ...] = ()
    excess: tuple[str, ...] = ()
    """"Too" of too much, no `also` ("I sat down too fast")."""


@dataclass(frozen=True)
class Measured:
    """A concept said by a number of at least `least` right before one of `units` (a height
    fallen: "about 4m", "25 feet"), unless one of `not_after` comes right before the number
    (a person's own height: "I'm 6 foot") or one of `not_before` right after the unit (a
    habit: "... a day"). With `after`, only a number told after a concept of those, at most
    `within` words between in its clause: an act told as done ("took about 20 ...", never
    "can I take 12 ... ?")."""

    concept: str
    least: int
    units: tuple[str, ...]
    not_after: tuple[str, ...] = ()
    after: tuple[str, ...] = ()
    within: int = 0
    not_before: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class TriageRules:
    concepts: dict[str, tuple[str, ...]]
    patterns: dict[str, tuple[tuple[str, ...], ...]]
    # patterns whose concepts may be said anywhere in the message, not only in one sentence
    # or the next
    across: dict[str, tuple[tuple[str, ...], ...]]
    # patterns whose concepts must be said in one clause: a part of the body and a change
    # named in words common enough to mean nothing apart ("my knee | folds", "the bum | cold")
    in_clause: dict[str, tuple[tuple[str, ...], ...]]
    # risk factors (a weak immune system, long-term steroids, injecting drugs): said beside
    # what they need, they only add a calm line (the flag's `risks`); the patterns name
    # what makes them a warning (a temperature, a small knock, pain told as new or bad)
    risks: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    kinds: dict[str, Kinds] = field(default_factory=dict)
    context: tuple[ContextRule, ...]
    breaks: tuple[str, ...]
    filler: tuple[str, ...]
    pseudo: tuple[str, ...]
    idioms: tuple[str, ...]
    people: People
    reply: ReplyRules
    duration_flag: str
    duration_min_days: int
    duration_needs: tuple[str, ...]
    duration_alone_words: int = 0
    duration_unless: tuple[str, ...] = ()
    duration_steady: tuple[str, ...] = ()
    """Concepts that say a sign has held steady ("the same for months", "hasn't changed"):
    a numbness or weakness told so, with no pain anywhere in the message (`steady_pain`),
    is a known, stable deficit, not pain that goes on."""
    duration_steady_pain: tuple[str, ...] = ()
    duration_steady_signs: tuple[str, ...] = ()  # the numbness or weakness that held steady
    duration_under: tuple[str, ...] = ()
    duration_under_for: tuple[str, ...] = ()
    """Concepts of what the pain stops ("can't sleep", "stops me working"): persistent pain
    found from these alone gets the calm note, as a duration does, when a specialist already
    has the pain in hand (`under`)."""
    duration_under_unless: tuple[str, ...] = ()
    duration_under_past: tuple[str, ...] = ()
    """Concepts that say the pain is no better (`under_unless`), beside care told only with
    these context properties, a step dated back (`under_past`): care that has not helped is
    no reason for the calm note ("had the injection 6 weeks ago, zero improvement")."""
    duration_asked_care: tuple[str, ...] = ()
    duration_asked_unless: tuple[str, ...] = ()
    """Concepts of a step of care for pain that lasts (an operation, coping with it), asked
    about in a question: the writer already asks what a clinician would take up, so the
    answer and a calm line to see the GP, not the warning; never beside these
    (`asked_unless`: getting worse, no better, stopping work or life)."""
    duration_names: tuple[str, ...] = ()
    """Concepts whose phrases are the names of things taken (a medicine): a sign's word read
    inside such a name ("pain" in amitriptyline, a nerve pain antidepressant) lasted nothing."""
    duration_earlier_for: tuple[str, ...] = ()
    duration_began_with: tuple[str, ...] = ()
    """Concepts of how a back goes (a lift, a twist, a slip): a clause that dates one "N ago"
    dates when the pain began, so what lasted is told in the clause or sentence after it."""
    duration_began_days: int = 0  # ... under this many days (longer is a history)
    duration_began_unless: tuple[str, ...] = ()  # ... unless what lasted has a time of its own
    duration_earlier_days: int = 0
    duration_chronic_for: tuple[str, ...] = ()
    duration_chronic_days: int = 0
    duration_history_days: int = 0
    """A pain said to have lasted this long or longer ("sciatica since 2016", "on and off for
    20 years") is the person's history, not pain that goes on now, unless the message also
    says one of `duration_history_needs` (no better, constant, worse, what it stops)."""
    duration_history_needs: tuple[str, ...] = ()
    duration_neutral: tuple[str, ...] = ()  # concepts that say nothing of what lasted
    duration_pregnancy: tuple[str, ...] = ()  # words of a pregnancy: "34 weeks" is how far along
    duration_short_for: tuple[str, ...] = ()
    """Concepts that a short time said in their clause makes a short bout ("off sick for a
    week"): not pain that stops one's life."""
    duration_short_days: int = 0
    duration_short_easing: tuple[str, ...] = ()
    """Concepts that say the pain is easing: beside them a stop told with no time of its own,
    in a message whose every time is short ("stopped my walks ... only a week, and easing"),
    is a short bout too."""
    duration_intense_for: tuple[str, ...] = ()
    """Concepts that tell how bad the pain is, not how long ("unbearable tonight", "10/10"):
    a short bout where every time the message says is under `duration_intense_days` (time54:
    an intense pain is not a long one)."""
    duration_intense_days: int = 0
    duration_intense_unless: tuple[str, ...] = ()
    """... never where the message tells work, study or life the pain stops."""
    duration_timed_for: tuple[str, ...] = ()
    """Concepts that tell a stop only with its time ("haven't been able to work for a
    fortnight"): a bout unless their clause says `duration_timed_days` or more."""
    duration_timed_days: int = 0
    duration_unchanged: tuple[str, ...] = ()
    duration_unchanged_days: int = 0
    """Concepts that say outright the pain is no better or worse, and the shorter time that
    is then enough ("4 weeks and no better")."""
    duration_dated: tuple[str, ...] = ()
    """Concepts that say when something began, days ago ("on Monday", "this morning"): a
    sign dated so in another part of the clause did not last the duration said there."""
    duration_begun: tuple[str, ...] = ()
    """Words that open a part of a clause after a join and tell what it says as new ("...
    for three months and now my back hurts"): the sign there began after the time said, as
    one dated does."""
    duration_owned: tuple[str, ...] = ()
    """Concepts of a change the writer meant or gave a cause of its own (weight lost on
    purpose): told so in the part of a clause that says how long, while every lasting sign
    is in another part of it, the time is the change's ("dropped two dress sizes since
    Easter on purpose and my back is sore")."""
    duration_owned_unless: tuple[str, ...] = ()
    """... unless the part that tells of the pain says a time of its own with one of these
    ("and my back has hurt ever since")."""
    duration_light: tuple[str, ...] = ()
    duration_continuing: tuple[str, ...] = ()
    duration_aged: tuple[str, ...] = ()
    """Words for a pain whose age is how long it has lasted ("my sciatica is 10 weeks old")."""
    """Words of going on that name nothing ("it's been", "the same", "since I started it"):
    what lasted is what the clause names besides them."""
    duration_part_ends: tuple[str, ...] = ()
    """Words that end the part of a clause that says how long something lasted ("we're
    coming up to seven weeks and I'd say it's back to square one")."""
    duration_refers: tuple[str, ...] = ()
    """Words that point back at something named before a duration ("had it for years",
    "which I've had"): what lasted is what the clause before names."""
    duration_self: tuple[str, ...] = ()
    """Words that say a duration is of the writer's life, not of a sign ("been a driver for
    15 years", "worked as a plumber for 20 years", "married 10 years")."""
    """Words that say nothing of what lasted ("been", "off", "almost"): a clause with a
    duration and other words besides these tells what lasted ("lost 10 kg since January")."""
    soft_words: tuple[str, ...] = ()
    phrase_tails: tuple[str, ...] = ()
    """Prepositions and articles a sign's phrase may end in ("started in the"): a context
    trigger of `tail_readings` that begins on them and runs past the phrase ("in the fall")
    is said over the phrase, not inside it (time52)."""
    tail_readings: tuple[str, ...] = ()
    """The readings (context categories) such a trigger may have: a season named ("in the
    fall": figurative), never a place the sign's own preposition names ("hit my head on the
    ward floor")."""
    dropped_words: tuple[str, ...] = ()
    """Small words a message typed fast leaves out of a sign's phrase ("hit head" for "hit
    my head"): a concept term is found without them too."""
    dropped_inside: tuple[str, ...] = ()
    """Articles that speakers of languages without them leave out ("leg bent wrong way"): a
    concept term is found without them too, when they stand inside it, three words left."""
    dropped_into: tuple[str, ...] = ()
    """Words of motion after which two words left are enough ("drive car into tree")."""
    as_written: tuple[str, ...] = ()
    """Concepts found in the words as written, not by their stems: a number that stemming
    loses ("legs" is said of both legs, "leg" of one)."""
    new_after: tuple[str, ...] = ()
    """A sentence of these words alone says what the sentence before told is new ("Never
    used to."): a cause that was always there (footwear that slaps) explains no sign that
    was not."""
    where_only: tuple[str, ...] = ()
    """Concepts that only say where: a sentence of a few words of them ("Right leg.") lets
    the sentences either side of it be read as neighbours."""
    measured: tuple[Measured, ...] = ()
    """Concepts said by a number and a unit ("fell about 4m", "25 feet"): see `Measured`."""
    readings: tuple[str, ...] = ()
    """Two concepts: a unit (a weight's kg or pounds) and what readings in it falling over a
    sentence say ("jan 84kg, mar 78kg, now 74": weight lost), told as the later reading."""
    compared_years: tuple[str, ...] = ()
    """Words that make a year after them a yardstick, not a time ("worse than 2019"): no
    year before this one for the context rules, with only `compared_glue` words between."""
    compared_glue: tuple[str, ...] = ()
    spellings: dict[str, str] = field(default_factory=dict)
    topics: tuple[str, ...] = ()  # concepts of a sign's setting, not symptoms ("I don't drive")
    symptoms: tuple[str, ...] = ()
    """The red flags whose signs are the body's: only a sign of theirs that a message denies
    ("no numbness") is context for matching. A crisis's signs are thoughts and plans said in
    everyday words ("no way of", "don't want to"): denying one denies no symptom."""
    stems_checked: tuple[str, ...] = ()  # common words sharing a term's stem, found harmless
    confirm: tuple[str, ...] = ()  # a short answer that says the sign before it is so ("It has.")
    deny: tuple[str, ...] = ()  # one that says it is not ("No, nothing like that")
    plain_no: tuple[str, ...] = ()
    """The words of a plain no, which may lead a reply that says what it was instead ("nah my
    knee just clicks")."""
    no_turned: tuple[str, ...] = ()
    """Words that turn a "no" round ("no, it's still there", "nope, happening again")."""
    item_no: tuple[str, ...] = ()
    """Words that open a no answering a checklist item in the clause just before it ("numbness
    down below - none at all", "suicidal thoughts - no definitely not")."""
    item_trouble: tuple[str, ...] = ()
    """Words of trouble in general that a no may deny as the answer to an item ("- no issues")."""
    plain_yes: tuple[str, ...] = ()
    """The words of a plain yes, which may lead a reply that goes on ("- yes actually, ...")."""
    yes_turned: tuple[str, ...] = ()
    """Words that keep a yes from making what it answers so ("yes but only after the gym")."""
    report: tuple[str, ...] = ()  # one that tells the writer has it ("I did.", "same here")
    report_start: tuple[str, ...] = ()  # a clause starting so does too ("because I did ...")
    told_by: tuple[str, ...] = ()
    mine: tuple[str, ...] = ()
    """Words that stand for the writer's own of what a question asked about ("mine", "mines"):
    a clause opening with one answers the question with the writer's own case."""
    mine_leads: tuple[str, ...] = ()  # words that may open that clause ("because", "asking cos")
    mine_verbs: tuple[str, ...] = ()  # verbs that stand for the predicate asked ("does", "has")
    mine_then: tuple[str, ...] = ()  # what may follow such a verb ("it", "too", "since")
    mine_turned: tuple[str, ...] = ()  # words that turn it into no report ("fine", "only")
    mine_ends: tuple[str, ...] = ()  # "mine"'s clause ends at one ("and im panicking")
    mine_selves: tuple[str, ...] = ()  # ... right before the writer as a subject ("i", "im")
    mine_recent: tuple[str, ...] = ()  # a recent start ("yesterday", "days ago")
    mine_dated: tuple[str, ...] = ()  # turned words a recent start says no more ("started")
    mine_lost: tuple[str, ...] = ()  # words that say a function asked lost is gone ("gone")
    mine_lasting: tuple[str, ...] = ()  # theirs said not to have gone ("mine hasn't gone")
    mine_lasting_then: tuple[str, ...] = ()  # ... with only these after it ("yet", "away")
    mine_lost_of: tuple[str, ...] = ()  # the concepts of losing it asked ("lose", "lost")
    told_alone: tuple[str, ...] = ()  # ... the whole rest of its clause: "my sister did"
    """What someone named tells of the sign just asked about, after their name ("Dad
    mentioned it today", "she says she has it"): theirs, now, a report."""
    views: tuple[str, ...] = ()
    """Words of an opinion ("thinks", "reckons"): a bare denial after someone's view said in the
    sentence before ("He thinks it's funny. I don't.") is the writer's view, not a denial of
    the signs said before that."""
    made_light: tuple[str, ...] = ()
    """Words of a sign made light of ("laughing it off"): a view as `views` are, but only
    someone else's (a clause that names no writer): "I laughed, I'm not" is the writer's own
    denial."""
    admits: tuple[str, ...] = ()
    """A clause of its own that owns up to a case put as a what-if or someone else's ("ok
    it's me", "(it's my leg)"): the case is the writer's, going on."""
    admits_after: tuple[str, ...] = ()  # words that may lead it: "and yeah it's me"
    taken_since: tuple[str, ...] = ()
    """Concepts that date a sign of the writer's own to a start just gone ("since last
    week", "until this week"): told in the sentence right after words passed on from a
    source that name a place ("Leaflet asks about ejaculation problems."), the writer tells
    of that place."""
    returned: tuple[str, ...] = ()
    """What a sentence opens with when what was just said to be over came back ("It went
    again today."): the sentence before that said it was over ends nothing."""
    returned_after: tuple[str, ...] = ()
    """Words that may come before `returned` at the start of its clause ("and then it went
    again"); any other word there ("if it happened again") makes it no return."""
    not_started: tuple[str, ...] = ()
    """Concepts a clause of when it started never reports: an illness asked about ("more
    likely to be cancer? ... it came on after gardening" tells of the pain, not a cancer)."""
    telling: tuple[str, ...] = ()
    """Small words that still say something in a short answer ("Mine is just the left": one
    side, no "mine is" that reports the sign asked about), though phrases may skip them."""
    functions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Concepts that tell of one body function (peeing, the legs): a later sentence saying
    the function is normal now ends an earlier episode of it ("couldn't pee ... normal
    since")."""
    ages: tuple[str, ...] = ()  # a number after these is an age long past: "when I was 15"
    age_before: tuple[str, ...] = ()  # a number after these is an age now: "I'm 63"
    age_after: tuple[str, ...] = ()  # ... or before these: "a 15 year old"
    age_is_from: int = 0  # after "is" alone, a smaller number is a score, not an age
    age_groups: dict[str, tuple[int, int]] = field(default_factory=dict)
    """Concepts that are ranges of ages ("age_older": 50 to 120), found by number."""
    age_tags: tuple[str, ...] = ()  # a sex beside a number said alone: "(56M)", "F, 71"
    age_opens_from: int = 0  # a number from this up opening a sentence before "and"
    age_opening: tuple[str, ...] = ()  # ... or after these at a clause's start: "at 68 I"
    age_own: tuple[str, ...] = ()  # the writer's own age now after these: "I'm 37", "now 41"
    age_then: tuple[str, ...] = ()
    """A number after these below the writer's own age now is an age long past ("At 24 I
    had whiplash ... Now 41"), as "when I was 24" is."""
    age_decades: tuple[str, ...] = ()  # a decade after these is an age: "in my sixties"
    age_later: tuple[str, ...] = ()  # ... its second half after these: "in my late 60s"
    age_ordinal: tuple[str, ...] = ()  # an ordinal before these is an age: "my 72nd birthday"
    sections: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Headings of a pasted letter, report or notes ("PMH", "family history", "safety
    netting"), by what they make of the signs under them: a property (`historical`,
    `hypothetical`), `other` (someone else's: a family history) or `current` (a heading that
    only ends the section before it: "presenting complaint", "examination", "plan")."""
    conditions: tuple[str, ...] = ()  # words that start a condition: "if", "unless"
    whether_after: tuple[str, ...] = ()
    """Words before a condition's word that make it "whether" or a manner ("see if", "as if"),
    not a condition."""
    condition_joins: tuple[str, ...] = ()
    """Words before a subject that keep it inside the condition ("if I sit and I ...")."""
    main_opens: tuple[str, ...] = ()
    """Words right before the main clause's subject that open it ("if ..., then I",
    "if my leg went weak how would I know"): the main clause starts at them."""
    supposing: tuple[str, ...] = ()
    """Words that open a clause as "suppose" does before one of `supposing_before` ("Say my
    foot started dragging, what then?"; never "says", "I'd say" or "as I say")."""
    supposing_before: tuple[str, ...] = ()
    condition_times: tuple[str, ...] = ()
    """Words right after a condition's word that only say when it would hold ("if one day
    I ...", "if ever I ..."): they say nothing of the condition, so a subject after them is
    still inside it."""
    condition_ellipses: tuple[str, ...] = ()
    """Words that say a whole condition alone right after its word ("if not, I'm done", "if
    so I ..."): the main clause may start at the subject right after them."""
    condition_weighed: tuple[str, ...] = ()
    """Words that weigh what follows their "if" ("worry if", "bad if"): in a clause that
    tells, a condition with a main clause of its own is still supposed ("I worry if my leg
    gets weak I lose my job"), never one asked of ("is it bad if my foot drags?")."""
    condition_dated: tuple[str, ...] = ()
    """Words that date a start in a condition ("is it ok to do the stretch if my bum's been
    numb since the weekend"): no supposition has begun already, so the condition tells of a
    sign had."""
    list_joins: tuple[str, ...] = ()
    """Words that join the items of a list ("retention, incontinence or weakness")."""
    list_denies: tuple[str, ...] = ()
    """Words that deny what follows them in a list ("no numbness or tingling")."""
    list_clauses: tuple[str, ...] = ()
    """Verbs that make a list's item a clause of its own ("no fever, lost control of my
    bladder"): the list ends before it."""
    list_states: tuple[str, ...] = ()
    """States that, said after another word of a list's item, make it a clause of its own
    (a part and its state: "no pain, bum numb or tingly")."""
    cause_denies: tuple[str, ...] = ()
    """Words that deny a cause said after them in its clause ("she isn't even on a diet",
    "not on any jab or diet"): a cause denied explains no sign."""
    fine_before: tuple[str, ...] = ()
    """Words of a time before that a forward denial may end on, right before a break ("no
    problem peeing before, but since yesterday I can't go"): the denial is of that time, so
    a sign whose words go on past the break is not denied (left54)."""
    list_alternatives: tuple[str, ...] = ()
    """Words that offer a denial's items as alternatives ("not numb or not working"): the
    denial reaches into the next item past the denying word that opens its sign."""
    goes_on: tuple[str, ...] = ()
    """Words that the sign goes on or came back ("still", "back again"): opening the clause
    right after a denial that ends an item ("numb bum - no, still there"), they take it back."""
    goes_on_with: tuple[str, ...] = ()
    """The only other words that clause may have: words that point back at the sign or say
    when or how it goes on ("there", "the same", "unfortunately")."""
    returns: tuple[str, ...] = ()
    """Concepts of a return ("came back", "it's back"): told after the word that ended a
    sign in its sentence, the sign is no longer over."""
    returns_bare: tuple[str, ...] = ()
    """Words that tell a return alone where they open their clause right before a time of
    `returns_when` (", back since Sunday"), after a mark or one of `returns_after`."""
    returns_after: tuple[str, ...] = ()
    returns_when: tuple[str, ...] = ()
    returns_gone: tuple[str, ...] = ()
    """Words that a sign went ("went away", "wore off"): a return told after one undoes the
    ordinary cause the sign was put down to (a night on the sofa)."""
    counted: tuple[str, ...] = ()
    """Units a number right before counts ("40 mins", "39 weeks", "10k steps"): a number a
    rule must not see beside it (a reading: "38", "40") is no reading then."""
    subjects: tuple[str, ...] = ()
    """Words that start a main clause after a condition ("if it doesn't ease I'm ...")."""
    asking: tuple[str, ...] = ()
    """Words a clause after a comma starts with when it asks for the writer ("..., any tips?")."""
    not_asking: tuple[str, ...] = ()
    """Words after one of `asking` that show the clause tells, its subject left out ("...,
    can barely walk to the loo"): no question."""
    question_starts: tuple[str, ...] = ()
    """Words a clause that asks something starts with ("what", "can", "is"): a rule marked
    `question` holds only in such a clause."""
    about_them: tuple[str, ...] = ()
    """How a yes-or-no question about the one just told of starts ("is", "could", "did")."""
    refers: tuple[str, ...] = ()
    """Words that point back at the one just told of, after `about_them` ("is that", "is he")."""
    corrections: Corrections = field(default_factory=Corrections)
    frames: Frames = field(default_factory=Frames)
    likened: tuple[str, ...] = ()
    """Words that open a comparison ("like", "as if"): a cause said right after one
    describes how a sign feels ("like sitting on a bag of frozen peas"), it explains nothing."""
    dictated: Dictation = field(default_factory=Dictation)
    course: CourseWords = field(default_factory=CourseWords)
    changed: tuple[str, ...] = ()
    """Words that say a sign is new, worse, different or now ("new", "worse", "since"): a
    message that says one outside a clause about the back itself takes the `usual` property
    from every sign in it (new or changed in someone with a known condition still warns)."""
    unchanged: tuple[str, ...] = ()
    """Words that deny the change word after them ("nothing new", "no worse", "hasn't
    changed"): no change said."""
    same_as: tuple[str, ...] = ()
    """Phrases of a comparison of sameness ("same as", "no different to"): a time said just
    after one (`same_times`, within `same_reach` words) is what it is the same as ("same as
    the last 2 years"), no change."""
    same_times: tuple[str, ...] = ()
    same_reach: int = 0
    tied: tuple[str, ...] = ()
    """Words before the back in a clause that tie what it tells to the back's start ("since
    the back went", "after my disc went"): a change."""

    def words(self) -> list[str]:
        """Every phrase the triage reads, for the spelling corrector's vocabulary."""
        people = self.people
        return [
            *(t for terms in self.concepts.values() for t in terms),
            *(t for rule in self.context for t in (*rule.terms, *rule.stop, *rule.needs,
                                                      *rule.unsaid, *rule.followed_by)),
            *self.breaks, *self.pseudo, *self.idioms, *people.writer, *people.others,
            *people.animals, *people.things, *people.pronouns, *people.anyone,
            *people.neutral, *people.of, *people.children, *people.impersonal, *self.confirm,
            *self.deny, *self.plain_no, *self.no_turned, *self.item_no, *self.item_trouble,
            *self.plain_yes, *self.yes_turned,
            *self.report, *self.report_start, *self.told_by, *self.told_alone, *self.telling,
            *self.mine, *self.mine_leads, *self.mine_verbs, *self.mine_then, *self.mine_turned,
            *self.mine_ends, *self.mine_selves, *self.mine_recent, *self.mine_dated,
            *self.mine_lost, *self.mine_lasting, *self.mine_lasting_then,
            *self.views,
            *self.admits, *self.admits_after,
            *self.returned, *self.returned_after,
            *self.duration_pregnancy, *self.duration_light, *self.duration_self,
            *self.duration_refers,
            *self.duration_part_ends,
            *self.duration_continuing, *self.duration_aged,
            *self.changed, *self.unchanged, *self.same_as, *self.same_times,
            *self.tied, *self.ages,
            *self.age_before, *self.age_after,
            *self.age_tags, *self.age_opening, *self.age_decades, *self.age_later,
            *self.age_own, *self.age_then,
            *self.conditions, *self.whether_after, *self.condition_joins, *self.condition_times,
            *self.condition_ellipses, *self.condition_weighed, *self.condition_dated,
            *self.main_opens,
            *self.supposing, *self.supposing_before,
            *self.list_joins, *self.list_denies, *self.list_clauses, *self.list_states,
            *self.list_alternatives, *self.cause_denies,
            *self.fine_before,
            *self.goes_on, *self.goes_on_with, *self.returns_bare, *self.returns_after,
            *self.returns_when, *self.returns_gone,
            *self.counted,
            *self.subjects, *self.asking, *self.not_asking, *self.about_them, *self.refers,
            *self.question_starts, *self.likened,
            *self.corrections.markers, *self.corrections.takes_back,
            *self.corrections.opens, *self.corrections.pro_forms,
            *self.corrections.negatives, *self.corrections.also,
            *self.corrections.auxiliaries, *self.corrections.not_after,
            *self.corrections.back_refs, *self.corrections.interjections,
            *self.corrections.openers, *self.corrections.degrees,
            *self.corrections.milder, *self.corrections.excess, *self.corrections.hedges,
            *self.corrections.glosses, *self.corrections.gloss_milder,
            *(t for terms in self.sections.values() for t in terms),
            *self.frames.marks, *self.frames.said, *self.frames.cases,
        ]


@dataclass(frozen=True, kw_only=True)
class Knowledge:
    directory: Path
    sources: dict[str, Source]
    faqs: tuple[Faq, ...]
    exercises: tuple[Exercise, ...]
    routine: Routine
    redflags: RedFlagGuide
    chitchat: tuple[Chitchat, ...]
    language: Language
    triage: TriageRules
    messages: dict[str, str]
    emergency_number: str
    entries: dict[str, Entry] = field(default_factory=dict)
    # The learned second reader of triage (learned.yaml and its model file), or None: the
    # rules alone. Tools read with the rules alone by `dataclasses.replace(kb, learned=None)`.
    learned: LearnedModel | None = None

    def entry(self, entry_id: str) -> Entry | None:
        return self.entries.get(entry_id)

    def flag(self, flag_id: str) -> RedFlag | None:
        return next((f for f in self.redflags.flags if f.id == flag_id), None)

    def message(self, key: str, **values: str) -> str:
        """A UI text from messages.yaml with the emergency number filled in."""
        return fill(self.messages[key], emergency_number=self.emergency_number, **values)


def fill(template: str, **values: str) -> str:
    """Replace {name} placeholders without tripping over other braces."""
    for name, value in values.items():
        template = template.replace("{" + name + "}", value)
    return template

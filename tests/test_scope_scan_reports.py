"""A scan report's or a specialist letter's words (stop 22, issue 8, holdout24): a disc named
by its kind without the word "disc" (a protrusion, an extrusion, a sequestrated fragment),
a disc that has aged (degenerative changes, desiccation, Modic or endplate changes), what
narrows the canal (a thickened ligamentum flavum, facet arthropathy) and a disc meeting a
nerve root (abutting, contacting the root) are ours and find the disc, stenosis or nerve
entries; the letter or report itself, its radiologist and a Google search say where a
question comes from. The same words beside another body part, a machine or a job
application are another topic's."""

from __future__ import annotations

import pytest
from triage_asserts import assert_offered


@pytest.mark.parametrize(("text", "entry"), [
    ("whats the difference between a sequestration and an extrusion", "slipped-disc"),
    ("what does a sequestered fragment mean for me", "slipped-disc"),
    ("my report says endplate changes at L4/5, what are they", "slipped-disc"),
    ("why do i have degenerative changes at 30", "slipped-disc"),
    ("the radiologist says the disc is abutting the S1 root, what does that mean",
     "slipped-disc"),
    ("thickened ligamentum flavum and canal narrowing, meaning?", "spinal-stenosis"),
    ("my letter says neurogenic claudication, what is that", "spinal-stenosis"),
    ("letter says conservative management, what does that involve", "best-treatment"),
    ("the letter says to take simple analgesia, which ones", "painkillers"),
])
def test_a_reports_words_find_their_entry(ask, text, entry):
    assert_offered(ask(text), entry)


@pytest.mark.parametrize("text", [
    "my 3d printer is under extrusion on the first layer, how do i fix it",
    "aluminium extrusion profiles for a workbench frame",
    "knee mri says degenerative changes in the meniscus, what now",
    "the house survey says degenerative mortar in the gable wall",
    "can you help me write a cover letter for a warehouse job",
    "someone stole my bike from the station, do i report it",
    "dentist says my front teeth protrusion needs braces",
])
def test_the_same_words_about_something_else_are_not_ours(ask, text):
    assert ask(text).kind == "fallback"


@pytest.mark.parametrize(("text", "entry"), [
    # what the clinical picture is consistent with is what the writer has
    ("my letter says clinical picture consistent with S1 radicular pain, what does that mean",
     "what-is-lumbar-radiculopathy"),
    # how a report describes the MRI picture is the MRI's
    ("what is a t2 hyperintense signal on my mri", "mri"),
    ("hypointense signal on the report, is that bad", "mri"),
    # a letter's painkillers
    ("consultant says take simple analgesia, which ones", "painkillers"),
])
def test_a_letters_phrases_are_read_as_what_they_say(ask, text, entry):
    assert_offered(ask(text), entry)

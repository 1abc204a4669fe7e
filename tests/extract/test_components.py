"""The extraction steps are spaCy components that declare what they assign and require."""

from arahan.extract.pipeline import build_pipeline


def test_analyze_pipes_finds_no_problem_in_the_component_order():
    analysis = build_pipeline("blank").components.analyze_pipes(pretty=False)
    assert list(analysis["problems"].values()) == [[]] * len(analysis["problems"])
    assert analysis["summary"]["arahan_spans"]["assigns"] == ["doc.spans"]


def test_findings_are_span_groups_and_step_attributes():
    doc = build_pipeline("blank")("Bupati Sleman Kustini Sri Purnomo melarang ASN berpolitik praktis.", {})
    assert [(s.text, s.label_) for s in doc.spans["arahan_officials"]] == [("Bupati Sleman Kustini Sri Purnomo", "Bupati")]
    assert [(s.text, s.label_) for s in doc.spans["arahan_directives"]] == [("melarang", "prohibition")]
    assert [s.label_ for s in doc.spans["arahan_regions"]] == ["kabupaten"]
    assert doc._.arahan_officials[0].name == "Kustini Sri Purnomo"

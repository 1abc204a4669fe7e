"""Every row of every vocabulary table (extract/vocab/*.csv) parses and fires on an example sentence,
through the real extraction: a row that does nothing is caught here, not by a user."""

import re

import pytest

from arahan.extract import vocab
from arahan.extract.pipeline import extract_document


def extract(text: str) -> dict:
    result, _ = extract_document({"id": "t", "text": text, "published": "2024-06-03"})
    return result


def targets_asked(group: str) -> list[str]:
    """The targets of a request to `group` ("Bupati ... meminta <group> menjaga kebersihan lingkungan.")."""
    text = f"Bupati Sleman Kustini meminta {group} menjaga kebersihan lingkungan."
    return [t for d in extract(text)["directives"] for t in d["targets"]]


def ids(rows, key):
    return [f"{i}:{r[key][:30]}" for i, r in enumerate(rows)]


CUES = vocab.rows("directive_cues.csv")


@pytest.mark.parametrize("row", CUES, ids=ids(CUES, "pattern"))
def test_cue_row_fires_on_its_example(row):
    pattern = vocab.fill(row["pattern"])
    assert re.search(pattern, row["example"], re.IGNORECASE), "the pattern does not match its own example"
    types = [d["type"] for d in extract(row["example"])["directives"]]
    assert row["type"] in types, types


def test_instrument_rows_fire_in_a_policy_cue():
    for row in vocab.rows("instruments.csv"):
        text = f"Bupati Sleman Kustini menerbitkan {row['example']} tentang netralitas ASN."
        assert "policy" in [d["type"] for d in extract(text)["directives"]], row


TARGETS = vocab.rows("targets.csv")


@pytest.mark.parametrize("row", TARGETS, ids=ids(TARGETS, "target"))
def test_target_row_fires_on_its_example(row):
    assert re.fullmatch(row["pattern"], row["example"], re.IGNORECASE), "the pattern does not match its own example"
    targets = targets_asked(row["example"])
    assert row["target"] in targets, targets


QUALIFIERS = vocab.rows("target_qualifiers.csv")


@pytest.mark.parametrize("row", QUALIFIERS, ids=ids(QUALIFIERS, "example"))
def test_target_qualifier_row_fires_on_its_example(row):
    targets = targets_asked(row["example"])
    assert any(re.search(row["pattern"] + "$", t, re.IGNORECASE) for t in targets), targets


COMPOUNDS = vocab.rows("target_compounds.csv")


@pytest.mark.parametrize("row", COMPOUNDS, ids=ids(COMPOUNDS, "example"))
def test_target_compound_row_fires_on_its_example(row):
    targets = targets_asked(row["example"])
    assert row["example"] in targets, targets


PLACES = vocab.rows("target_places.csv")


@pytest.mark.parametrize("row", PLACES, ids=ids(PLACES, "target"))
def test_target_place_row_is_a_target_and_not_addressed_when_gone_to(row):
    assert row["target"] in {r["target"] for r in TARGETS}
    targets = [t for d in extract(row["example"])["directives"] for t in d["targets"]]
    assert targets and row["target"] not in targets, targets


TITLES = vocab.rows("office_titles.csv")


@pytest.mark.parametrize("row", TITLES, ids=ids(TITLES, "example"))
def test_office_row_fires_on_its_example(row):
    assert re.fullmatch(row["pattern"], row["example"]), "the pattern does not match its own example"
    place = {"national": "", "kota": " Yogyakarta", "provinsi": " Jawa Tengah", "desa": " Sukamaju,",
             "kelurahan": " Sukamaju,"}.get(row["level"], " Sleman")
    officials = extract(f"{row['example']}{place} Budi Santoso meminta warga menjaga kebersihan.")["officials"]
    budi = [o for o in officials if o["name"] == "Budi Santoso"]
    assert budi, officials
    assert (row["title"] or row["example"]) in budi[0]["title"], budi


MARKERS = vocab.rows("office_markers.csv")


@pytest.mark.parametrize("row", MARKERS, ids=ids(MARKERS, "marker"))
def test_marker_row_fires_on_its_example(row):
    officials = extract(f"{row['example']} Bupati Sleman Budi Santoso meminta warga tenang.")["officials"]
    assert [o["title"] for o in officials] == [f"{row['marker']} Bupati"], officials


MINISTERS = vocab.rows("ministers.csv")


@pytest.mark.parametrize("row", MINISTERS, ids=ids(MINISTERS, "written"))
def test_minister_row_fires(row):
    officials = extract(f"{row['written']} Budi Santoso meminta pemerintah daerah bersiap.")["officials"]
    assert [o["title"] for o in officials if o["name"] == "Budi Santoso"] == [row["title"]], officials


VERBS = vocab.rows("say_verbs.csv")


@pytest.mark.parametrize("row", VERBS, ids=ids(VERBS, "verb"))
def test_say_verb_makes_the_speaker_the_issuer(row):
    text = f"Bupati Sleman Budi Santoso {row['verb']}, ASN harus netral dalam pilkada."
    issuers = [d["issuer"] for d in extract(text)["directives"]]
    assert issuers and set(issuers) == {"Budi Santoso"}, issuers


def test_a_stray_comma_is_reported_with_its_row(tmp_path, monkeypatch):
    (tmp_path / "bad.csv").write_text("type,pattern,example\nappeal,a{0,2},b,c\n", encoding="utf-8")
    monkeypatch.setattr(vocab, "TABLES", tmp_path)
    with pytest.raises(ValueError, match="bad.csv: row 2"):
        vocab.rows.__wrapped__("bad.csv")


ACTS = vocab.rows("oversight_acts.csv")


@pytest.mark.parametrize("row", ACTS, ids=ids(ACTS, "pattern"))
def test_oversight_act_turns_its_order_into_oversight(row):
    assert re.search(row["pattern"], row["example"], re.IGNORECASE)
    assert [d["type"] for d in extract(row["example"])["directives"]] == ["oversight"]
    alone = re.sub(r"^.*?(?:meminta|memerintahkan)\s+\w+(?:\s+(?:PP|segera))*\s+", "Kemarin warga ", row["example"])
    assert extract(alone)["directives"] == [], alone  # no cue on its own


THREATS = vocab.rows("threat_outcomes.csv")


@pytest.mark.parametrize("row", THREATS, ids=ids(THREATS, "pattern"))
def test_threat_outcome_row_fires_on_its_example(row):
    assert re.search(vocab.fill(row["pattern"]), row["example"], re.IGNORECASE), "the pattern does not match its own example"
    assert "sanction_warning" in [d["type"] for d in extract(row["example"])["directives"]]


ORGANIZATIONS = vocab.rows("organizations.csv")


@pytest.mark.parametrize("row", ORGANIZATIONS, ids=ids(ORGANIZATIONS, "abbr"))
def test_organization_row_is_found_by_its_abbreviation(row):
    # regional bodies (Polda, Pemkab ...) count only with their region, so try the bare form, then with one
    for where in ("", " Kabupaten Sleman", " Jawa Tengah"):
        names = [o["name"] for o in extract(f"Perwakilan {row['abbr']}{where} hadir dalam rapat.")["organizations"]]
        if any(row["abbr"] in name for name in names):
            return
    raise AssertionError(f"{row['abbr']} is not found: {names}")


def test_other_forms_of_a_body_point_at_a_listed_body():
    listed = {r["abbr"] for r in ORGANIZATIONS}
    assert all(r["abbr"] in listed for r in vocab.rows("organization_forms.csv"))


RANKS = vocab.rows("ranks.csv")


@pytest.mark.parametrize("row", RANKS, ids=ids(RANKS, "rank"))
def test_rank_row_is_an_honorific_before_a_name(row):
    officials = extract(f"Kapolres Sleman {row['written']} Budi Santoso meminta warga tidak terprovokasi.")["officials"]
    assert [o["name"] for o in officials] == ["Budi Santoso"], officials
    # and no place name after a unit swallows it: "Polsek Metro <rank> Budi Santoso"
    officials = extract(f"Kapolsek Metro {row['written']} Budi Santoso meminta warga tenang.")["officials"]
    assert [o["name"] for o in officials] == ["Budi Santoso"], officials


UNITS = vocab.rows("regional_units.csv")


@pytest.mark.parametrize("row", UNITS, ids=ids(UNITS, "unit"))
def test_regional_unit_row_takes_its_place(row):
    unit = row["unit"]
    if row["with_region"] == "yes":
        orgs = [o["name"] for o in extract(f"Petugas {unit} Kabupaten Sleman meminta warga tetap waspada.")["organizations"]]
        assert any(name.startswith(unit) and "Sleman" in name for name in orgs), orgs
    if row["with_place"] == "yes":
        orgs = [o["name"] for o in extract(f"Petugas {unit} Kedungwuni meminta warga tetap waspada.")["organizations"]]
        assert f"{unit} Kedungwuni" in orgs, orgs
    if row["names_region"] == "yes":
        for word in [unit, *filter(None, row["heads"].split("|"))]:
            regions = extract(f"Menurut {word} Kudus, warga diminta tetap waspada.")["regions"]
            assert any("Kudus" in r["name"] for r in regions), (word, regions)


ACTORS = vocab.rows("public_actors.csv")


@pytest.mark.parametrize("row", ACTORS, ids=ids(ACTORS, "pattern"))
def test_public_actor_row_keeps_their_demand_from_the_official(row):
    first, second = row["example"].split(". ", 1)
    actor = re.match(row["pattern"], second, re.IGNORECASE)
    assert actor, "the pattern does not match the subject of its example's second sentence"
    assert extract(row["example"])["directives"] == []
    # the same act with the official as its subject is the official's directive
    assert extract(f"{first}. Ia{second[actor.end():]}")["directives"], "the example has no cue the rules know"


ABBREVIATIONS = vocab.rows("office_abbreviations.csv")


@pytest.mark.parametrize("row", ABBREVIATIONS, ids=ids(ABBREVIATIONS, "abbr"))
def test_office_abbreviation_row_is_read_as_its_title(row):
    titles = [o["title"] for o in extract(row["example"])["officials"]]
    assert any(t and t.startswith(row["title"]) for t in titles), titles


HEADLINE_VERBS = vocab.rows("headline_verbs.csv")


@pytest.mark.parametrize("row", HEADLINE_VERBS, ids=ids(HEADLINE_VERBS, "verb"))
def test_headline_verb_ends_a_name(row):
    # Without the row, "Rico Waas Sowan" would be read as a three-word name.
    text = f"Wali Kota Medan Rico Waas {row['verb']} Lurah\nMEDAN - Wali Kota Medan Rico Waas mengatakan warga harus tenang."
    assert {o["name"] for o in extract(text)["officials"]} == {"Rico Waas"}


NOT_NAME_WORDS = vocab.rows("not_name_words.csv")


@pytest.mark.parametrize("row", NOT_NAME_WORDS, ids=ids(NOT_NAME_WORDS, "word"))
def test_not_name_word_is_never_part_of_a_name(row):
    names = {o["name"] for o in extract(f"Bupati Sleman Sri Wahyuni {row['word']} mengatakan warga harus tenang.")["officials"]}
    assert "Sri Wahyuni" in names and not any(n and row["word"] in n.split() for n in names), names


UNIT_WORDS = vocab.rows("unit_words.csv")


@pytest.mark.parametrize("row", UNIT_WORDS, ids=ids(UNIT_WORDS, "word"))
def test_unit_word_continues_an_office(row):
    text = f"Kepala Bidang Sosial {row['word']} Pendidikan Kabupaten Sleman, Sri Wahyuni, mengatakan warga harus tenang."
    titles = [o["title"] or "" for o in extract(text)["officials"]]
    assert any(f"Sosial {row['word']} Pendidikan" in t for t in titles), titles


HEADS = vocab.rows("organization_heads.csv")


@pytest.mark.parametrize("row", HEADS, ids=ids(HEADS, "head"))
def test_organization_head_row_names_a_body(row):
    names = [o["name"] for o in extract(row["example"])["organizations"]]
    # a head of one or two words is generic alone ("Dinas"); "Satuan Polisi Pamong Praja" is a name already
    assert any(name.startswith(row["head"]) and (name != row["head"] or len(name.split()) > 2) for name in names), names


NAME_ABBREVIATIONS = vocab.rows("name_abbreviations.csv")


@pytest.mark.parametrize("row", NAME_ABBREVIATIONS, ids=ids(NAME_ABBREVIATIONS, "abbr"))
def test_name_abbreviation_row_goes_on_to_the_rest_of_the_name(row):
    names = [o["name"] for o in extract(row["example"])["officials"]]
    assert len(names) == 1 and f"{row['abbr']}. " in names[0] and len(names[0].split(f"{row['abbr']}. ")[1]) > 2, names


EVENT_WORDS = vocab.rows("event_words.csv")


@pytest.mark.parametrize("row", EVENT_WORDS, ids=ids(EVENT_WORDS, "word"))
def test_event_word_row_makes_the_office_an_events_name(row):
    assert row["word"] in row["example"].split()
    assert extract(row["example"])["officials"] == []


RELATIONS = vocab.rows("relation_words.csv")


@pytest.mark.parametrize("row", RELATIONS, ids=ids(RELATIONS, "pattern"))
def test_relation_row_keeps_the_relatives_name_from_the_office(row):
    assert re.match(row["pattern"], row["example"], re.IGNORECASE)
    found = extract(row["example"])["officials"]
    assert all(o["name"] is None for o in found) and len(found) == 1, found


NOT_ORGANIZATIONS = vocab.rows("not_organizations.csv")


@pytest.mark.parametrize("row", NOT_ORGANIZATIONS, ids=ids(NOT_ORGANIZATIONS, "acronym"))
def test_not_organization_row_names_no_body(row):
    assert row["acronym"] in row["example"].split()
    names = [o["name"] for o in extract(row["example"])["organizations"]]
    assert not any(name.split()[0] == row["acronym"] for name in names), names


HOPES = vocab.rows("hoped_events.csv")


@pytest.mark.parametrize("row", HOPES, ids=ids(HOPES, "pattern"))
def test_hoped_event_row_makes_its_hope_no_appeal(row):
    assert re.search(row["pattern"], row["example"], re.IGNORECASE), "the pattern does not match its own example"
    assert "appeal" not in [d["type"] for d in extract(row["example"])["directives"]]
    asked = re.sub(r"berharap\s+.*$", "berharap warga ikut menjaga kebersihan.", row["example"])
    assert "appeal" in [d["type"] for d in extract(asked)["directives"]], asked


FUNCTION_WORDS = vocab.rows("function_words.csv")


@pytest.mark.parametrize("row", FUNCTION_WORDS, ids=ids(FUNCTION_WORDS, "word"))
def test_function_word_row_does_its_grammar(row):
    """Each class does its one job in its example, and the sentence without the word does not."""
    assert re.search(rf"\b{row['word']}\b", row["example"]), "the example does not contain the word"
    without = re.sub(rf"\s*\b{row['word']}\b", "", row["example"], count=1)
    found, bare = extract(row["example"])["directives"], extract(without)["directives"]
    if row["class"] == "negation":  # "ASN tidak boleh memihak" forbids, "ASN boleh memihak" does not
        assert [d["type"] for d in found] == ["prohibition"] and not bare
    elif row["class"] == "negation_other":  # "belum diminta pindah" asks nobody, "diminta pindah" does
        assert not found and bare
    elif row["class"] == "condition":  # "jika ASN melanggar, akan dicopot" threatens
        assert "sanction_warning" in [d["type"] for d in found]
    elif row["class"] == "past":  # "sudah dicopot" reports a sanction, "dicopot" with its breach threatens
        assert "sanction_warning" not in [d["type"] for d in found]
        assert "sanction_warning" in [d["type"] for d in bare]
    elif row["class"] == "breach":  # "toko yang nekat buka akan disegel" threatens, "toko yang buka akan disegel" closes
        assert "sanction_warning" in [d["type"] for d in found]
        assert "sanction_warning" not in [d["type"] for d in bare]
    elif row["class"] == "quantifier":  # "kepada seluruh pedagang agar ...": the group is "pedagang"
        assert [d["targets"] for d in found] == [["pedagang"]]
    else:
        pytest.fail(f"unknown class {row['class']!r}")

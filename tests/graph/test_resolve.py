"""Person resolution across articles: variants merge, namesakes never, decisions persist."""

from __future__ import annotations

from arahan.store.graph import GraphTables
from arahan.extract.graph.build import load_graph, update_graph
from arahan.extract.graph.manual import merge_persons, split_person
from tests.graph.conftest import BONDOWOSO, JEMBER, MALANG, directive, official


def persons(store) -> dict[str, str]:
    G = load_graph(store)
    return {n: d["label"] for n, d in G.nodes(data=True) if d["type"] == "Person"}


def person_of(store, name_fragment: str) -> list[str]:
    return sorted(n for n, label in persons(store).items() if name_fragment.lower() in label.lower())


def test_name_variants_with_honorifics_degrees_and_short_forms_merge(store, corpus):
    corpus.article("Pj Bupati Bondowoso Dr. H. Bambang Setiawan, M.Si. membuka rapat koordinasi ASN.",
                   "2024-02-10", officials=[official("Dr. H. Bambang Setiawan, M.Si.", "Pj Bupati", BONDOWOSO)])
    corpus.article("Penjabat (Pj) Bupati Bondowoso Bambang Setiawan meninjau banjir di Tamanan.", "2024-03-02",
                   outlet="suarakaltim", officials=[official("Bambang Setiawan", "Penjabat (Pj) Bupati", BONDOWOSO)])
    corpus.article("\"ASN harus netral,\" tegas Bambang, Pj Bupati Bondowoso.", "2024-03-20", outlet="lombokpos",
                   officials=[official("Bambang", "Pj Bupati", BONDOWOSO)])
    corpus.article("Bupati Malang HM Sanusi meresmikan pasar. Sanusi meminta pedagang tertib.", "2024-01-05",
                   officials=[official("HM Sanusi", "Bupati", MALANG)])
    corpus.article("Bupati Malang, M. Sanusi, mengimbau warga waspada banjir.", "2024-01-20",
                   officials=[official("M. Sanusi", "Bupati", MALANG)])
    corpus.article("Sanusi, Bupati Malang, melarang ASN bolos.", "2024-02-01", officials=[official("Sanusi", "Bupati", MALANG)])
    update_graph(store)
    assert len(person_of(store, "Bambang")) == 1
    assert len(person_of(store, "Sanusi")) == 1
    pid = person_of(store, "Bambang")[0]
    G = load_graph(store)
    assert G.nodes[pid]["label"] == "Bambang Setiawan"
    assert set(G.nodes[pid]["honorifics"]) >= {"Dr.", "H.", "M.Si."}
    # Each merge says why.
    rules = {a["name_key"]: a["rule"] for a in GraphTables(store).aliases_of(pid)}
    assert rules["bambang"].startswith("short/long form")
    holds = [d for _, _, d in G.out_edges(pid, data=True) if d["type"] == "HOLDS"]
    assert len(holds) == 1 and holds[0]["acting"] == "Pj"
    assert (holds[0]["first_seen"], holds[0]["last_seen"]) == ("2024-02-10", "2024-03-20")


def test_namesakes_in_different_regencies_are_never_merged(store, corpus):
    corpus.article("Pj Bupati Bondowoso Bambang Setiawan melarang ASN berkampanye.", "2024-06-21",
                   officials=[official("Bambang Setiawan", "Pj Bupati", BONDOWOSO)])
    corpus.article("Kepala Dinas Pendidikan Jember Bambang Setiawan meminta guru disiplin.", "2024-06-22",
                   officials=[official("Bambang Setiawan", "Kepala Dinas Pendidikan", JEMBER)])
    corpus.article("Sekda Jember Bambang membuka apel pagi.", "2024-06-23", officials=[official("Bambang", "Sekda", JEMBER)])
    update_graph(store)
    ids = person_of(store, "Bambang")
    assert len(ids) == 3
    assert {i.split("@")[1] for i in ids} == {"35.11", "35.09"}


def test_ambiguous_short_name_is_left_unresolved(store, corpus):
    corpus.article("Camat Tamanan Bambang Hariyanto dan Kepala Dinas Sosial Bambang Suryo hadir.", "2024-05-01",
                   officials=[official("Bambang Hariyanto", "Camat", BONDOWOSO),
                              official("Bambang Suryo", "Kepala Dinas Sosial", BONDOWOSO)])
    doc = corpus.article("Bambang mengajak warga kerja bakti.", "2024-05-03",
                         officials=[official("Bambang", None, BONDOWOSO)])
    update_graph(store)
    assert len(person_of(store, "Bambang")) == 2
    assert all(doc not in GraphTables(store).documents_of_node(p) for p in person_of(store, "Bambang"))


def test_same_full_name_in_other_office_family_is_another_person(store, corpus):
    corpus.article("Camat Tamanan Agus Santoso membuka musrenbang.", "2024-05-01",
                   officials=[official("Agus Santoso", "Camat", BONDOWOSO)])
    corpus.article("Kapolres Bondowoso AKBP Agus Santoso memimpin apel.", "2024-05-02",
                   officials=[official("AKBP Agus Santoso", "Kapolres", BONDOWOSO)])
    corpus.article("Agus Santoso kini menjabat Sekda Bondowoso.", "2024-09-02",
                   officials=[official("Agus Santoso", "Sekda", BONDOWOSO)])
    update_graph(store)
    ids = person_of(store, "Agus Santoso")
    assert len(ids) == 2  # the Camat who became Sekda is one person; the Kapolres another


def test_title_only_mention_resolved_by_date_and_left_unresolved_otherwise(store, corpus):
    text = "Bambang Setiawan resmi dilantik sebagai Pj Bupati Bondowoso oleh Pj Gubernur Jatim."
    corpus.article(text, "2024-02-05", officials=[official("Bambang Setiawan", "Pj Bupati", BONDOWOSO)])
    corpus.article("Pj Bupati Bondowoso Bambang Setiawan melarang ASN memberi like pada unggahan calon.", "2024-06-21",
                   officials=[official("Bambang Setiawan", "Pj Bupati", BONDOWOSO)],
                   directives=[directive("Bambang Setiawan", "Pj Bupati", BONDOWOSO, "prohibition", ["ASN"], "melarang",
                                         "2024-06-21")])
    corpus.article("Pj Bupati Bondowoso menginstruksikan camat memantau posko banjir.", "2024-04-10",
                   officials=[official(None, "Pj Bupati", BONDOWOSO)],
                   directives=[directive("Pj Bupati Bondowoso", "Pj Bupati", BONDOWOSO, "instruction", ["camat"],
                                         "menginstruksikan", "2024-04-10")])
    corpus.article("Pj Bupati Bondowoso meminta kepala desa netral.", "2019-03-01",
                   officials=[official(None, "Pj Bupati", BONDOWOSO)],
                   directives=[directive("Pj Bupati Bondowoso", "Pj Bupati", BONDOWOSO, "appeal", ["kepala desa"],
                                         "meminta", "2019-03-01")])
    update_graph(store)
    G = load_graph(store)
    pid = person_of(store, "Bambang")[0]
    holds = [d for _, _, d in G.out_edges(pid, data=True) if d["type"] == "HOLDS"][0]
    assert holds["started"] == "2024-02-05"  # "dilantik"
    via_tenure = {v: d for _, v, d in G.out_edges(pid, data=True) if d["type"] == "ISSUED" and d.get("via") == "tenure"}
    assert len(via_tenure) == 1
    (directive_id, edge), = via_tenure.items()
    assert G.nodes[directive_id]["directive_type"] == "instruction"
    assert 0 < edge["confidence"] < 1 and edge["tenure_confidence"] == 0.9
    # 2019: nobody known in office then; the office keeps it, no person is guessed.
    old = [n for n, d in G.nodes(data=True) if d.get("date") == "2019-03-01"][0]
    issuers = [u for u, _, d in G.in_edges(old, data=True) if d["type"] == "ISSUED"]
    assert issuers == ["office:bupati@35.11"]


def test_manual_merge_survives_reextraction_and_full_rebuild(store, corpus):
    a = corpus.article("Wali Kota Pasuruan Saifullah Yusuf meminta ASN disiplin.", "2024-01-08",
                       officials=[official("Saifullah Yusuf", "Wali Kota", {"region": "Kota Pasuruan", "region_code": "35.75"})])
    b_text = "Gus Ipul mengimbau warga Kota Pasuruan menjaga kebersihan."
    b = corpus.article(b_text, "2024-01-09",
                       officials=[official("Gus Ipul", "Wali Kota", {"region": "Kota Pasuruan", "region_code": "35.75"})])
    update_graph(store)
    ids = person_of(store, "Saifullah") + person_of(store, "Ipul")
    assert len(ids) == 2
    merge_persons(store, ids[0], [ids[1]], note="Gus Ipul is Saifullah Yusuf")
    assert len(persons(store)) == 1
    # Re-extraction of the nickname article (a new result) keeps the merge.
    corpus.extract(b, b_text, officials=[official("Gus Ipul", "Wali Kota", {"region": "Kota Pasuruan", "region_code": "35.75"}),
                                        official(None, "Sekda", {"region": "Kota Pasuruan", "region_code": "35.75"})],
                   backend="test-v2")
    stats = update_graph(store)
    assert stats["documents"] == 1 and stats["removed"] == 1
    assert list(persons(store)) == [ids[0]]
    update_graph(store, full=True)
    assert list(persons(store)) == [ids[0]]
    assert {d for d in GraphTables(store).documents_of_node(ids[0])} == {a, b}


def test_manual_split_survives_reextraction(store, corpus):
    where = {"region": "Kabupaten Bondowoso", "region_code": "35.11"}
    corpus.article("Sekda Bondowoso Bambang Setiawan memimpin apel.", "2024-01-02",
                   officials=[official("Bambang Setiawan", "Sekda", where)])
    t = "Sekda Bondowoso Bambang Setiawan membuka lomba desa."
    b = corpus.article(t, "2024-01-03", officials=[official("Bambang Setiawan", "Sekda", where)])
    update_graph(store)
    (pid,) = person_of(store, "Bambang")
    new_id, _ = split_person(store, pid, documents=[b], note="another Bambang Setiawan")
    assert sorted(persons(store)) == sorted([pid, new_id])
    corpus.extract(b, t, officials=[official("Bambang Setiawan", "Sekda", where, former=False)], backend="v2")
    update_graph(store)
    assert GraphTables(store).documents_of_node(new_id) == [b]
    update_graph(store, full=True)
    assert GraphTables(store).documents_of_node(new_id) == [b]


def test_a_nickname_the_article_gives_is_learnt(store, corpus):
    jabar = {"region": "Provinsi Jawa Barat", "region_code": "32"}
    corpus.article("Gubernur Jawa Barat Ridwan Kamil, yang akrab disapa Emil, meminta ASN netral.", "2023-05-02",
                   officials=[official("Ridwan Kamil", "Gubernur", jabar, aliases=["Emil"])])
    corpus.article("Gubernur Emil melarang ASN mudik memakai mobil dinas.", "2023-05-09",
                   officials=[official("Emil", "Gubernur", jabar)],
                   directives=[directive("Emil", "Gubernur", jabar, "prohibition", ["ASN"], "melarang", "2023-05-09")])
    update_graph(store)
    assert list(persons(store).values()) == ["Ridwan Kamil"]

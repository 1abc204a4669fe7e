"""Normalisation behind the canonical ids: names, titles, laws, target groups, organisations; tenure cues."""

from __future__ import annotations

import pytest

from arahan.extract.graph import entities as E
from arahan.extract.graph.tenure import Occupancy, holder_on, tenure_cues


@pytest.mark.parametrize("raw, name, key", [
    ("Dr. H. Bambang Soekwanto, S.Sos., M.Si.", "Bambang Soekwanto", "bambang sukwanto"),
    ("HM Sanusi", "M. Sanusi", "m sanusi"),
    ("H. Muhammad Sanusi", "Muhammad Sanusi", "m sanusi"),
    ("KH Salwa Arifin", "Salwa Arifin", "salwa arifin"),
    ("Lalu Alwan Basri", "Lalu Alwan Basri", "lalu alwan basri"),
    ("Hj. Baiq Asnayati, S.E.", "Baiq Asnayati", "baiq asnayati"),
    ("I Nyoman Giri Prasta", "I Nyoman Giri Prasta", "i nyoman giri prasta"),
    ("Andi Ony", "Andi Ony", "andi ony"),
])
def test_names_lose_honorifics_and_degrees_but_keep_name_particles(raw, name, key):
    assert E.split_name(raw)[0] == name
    assert E.name_key(raw) == key


def test_short_forms():
    assert E.names_compatible("sanusi", "m sanusi")
    assert E.names_compatible("andi ony", "andi ony prihartono")
    assert E.names_compatible("b setiawan", "bambang setiawan")
    assert not E.names_compatible("bambang hariyanto", "bambang setiawan")
    assert not E.names_compatible("b", "bambang setiawan")


@pytest.mark.parametrize("title, office, acting", [
    ("Penjabat (Pj) Bupati", "Bupati", "Pj"), ("Pj. Bupati", "Bupati", "Pj"), ("Plt Bupati", "Bupati", "Plt"),
    ("Pjs Wali Kota", "Wali Kota", "Pjs"), ("Penjabat Sementara (Pjs) Bupati", "Bupati", "Pjs"),
    ("Plh Sekda", "Sekda", "Plh"), ("Walikota", "Wali Kota", None), ("Kepala BKPSDM", "Kepala BKPSDM", None),
])
def test_titles_split_into_office_and_acting_form(title, office, acting):
    assert E.split_title(title)[:2] == (office, acting)
    assert E.office_id(title, "35.11") == f"office:{E.slug(office)}@35.11"


@pytest.mark.parametrize("raw, law", [
    ("Undang-Undang Nomor 20 Tahun 2023", "UU 20/2023"), ("UU No. 5 Tahun 2014", "UU 5/2014"),
    ("UU 20/2023", "UU 20/2023"), ("PP Nomor 94 Tahun 2021", "PP 94/2021"),
    ("Peraturan Pemerintah (PP) Nomor 53 Tahun 2010", "PP 53/2010"),
    ("SE Bupati No. 800/123/2024", "SE Bupati No. 800/123/2024"),
    ("Permendagri Nomor 1 Tahun 2020", "Permendagri 1/2020"),
])
def test_laws_are_normalised(raw, law):
    assert E.normalise_law(raw) == law


@pytest.mark.parametrize("raw, group", [
    ("para ASN", "ASN"), ("seluruh ASN di lingkungan Pemkab", "ASN"), ("tenaga honorer", "non-ASN"),
    ("non-ASN", "non-ASN"), ("kades", "kepala desa"), ("Kepala Desa", "kepala desa"), ("warga", "masyarakat"),
    ("kepala OPD", "OPD"), ("P3K", "PPPK"),
])
def test_target_groups(raw, group):
    assert E.normalise_target(raw) == group


def test_organisations_and_regions():
    assert E.org_id("Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan") == E.org_id("Kemenko Polhukam")
    assert E.canonical_org("Bawaslu Kabupaten Garut") == "Bawaslu Kabupaten Garut"
    assert E.canonical_org("Kementerian Dalam Negeri (Kemendagri)") == "Kemendagri"
    assert E.org_id("Pemerintah Kota (Pemkot) Magelang") == E.org_id("Pemerintah Kota Magelang") == \
        E.org_id("Pemkot Magelang")
    assert E.canonical_org("Komisi Aparatur Sipil Negara") == "KASN"
    # Every form the organization lexicon knows resolves, the longest full form first.
    assert E.org_id("Dindik Kabupaten Malang") == E.org_id("Dinas Pendidikan Kabupaten Malang") == \
        E.org_id("Disdik Kabupaten Malang")
    assert E.canonical_org("Dinas Pendidikan dan Kebudayaan Kota Batu") == "Disdikbud Kota Batu"
    assert E.canonical_org("Kepolisian Resor Blora") == "Polres Blora"
    assert E.canonical_org("Kementerian Luar Negeri") == E.canonical_org("Kemenlu") == "Kemenlu"
    by_code, by_name = E.region_table()
    if by_code:  # the compiled Kemendagri table is in the repo
        assert by_name[E.slug("Kabupaten Bondowoso")] == "35.11"
        assert by_code["35.11"][2] == "35"
    assert E.parent_code("35.11.02") == "35.11" and E.parent_code("35") is None


def test_tenure_cues_and_holder_by_date():
    assert tenure_cues("Ia menjabat sejak 12 Maret 2024 menggantikan pejabat lama.", "2024-06-01") == \
        {"started": "2024-03-12"}
    assert tenure_cues("Bambang resmi dilantik di Gedung Negara Grahadi.", "2024-02-05") == {"started": "2024-02-05"}
    assert tenure_cues("Ia diberhentikan dengan hormat.", "2024-09-01") == {"ended": "2024-09-01"}
    assert tenure_cues("Era Bupati Salwa Arifin.", "2023-05-01", former=True) == {"ended": "2023-05-01"}
    occ = [Occupancy("person:a", "office:bupati@35.11", "Pj", "2024-02-05", "2024-08-30", started="2024-02-05"),
           Occupancy("person:b", "office:bupati@35.11", "Pj", "2024-10-01", "2024-12-01", started="2024-10-01"),
           Occupancy("person:c", "office:bupati@35.11", None, "2021-02-26", "2023-12-20")]
    assert holder_on(occ, "2024-05-01", "Pj") == ("person:a", 0.9)
    assert holder_on(occ, "2024-11-11", "Pj") == ("person:b", 0.9)
    assert holder_on(occ, "2024-05-01", None) is None          # the elected Bupati had left
    person, conf = holder_on(occ, "2024-09-10", "Pj")            # after a's last sighting, before b started
    assert person == "person:a" and 0 < conf < 0.9
    assert holder_on(occ, "2020-01-01", "Pj") is None
    assert holder_on(occ, None, "Pj") is None
    assert holder_on(occ, "2024-06", "Pj") == ("person:a", 0.9)  # month precision: its first day
    assert holder_on(occ, "kemarin", "Pj") is None

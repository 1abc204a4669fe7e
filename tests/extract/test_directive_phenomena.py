"""Directive phenomena of Indonesian regional news, one test per phenomenon, on sentences we wrote
(several wordings each): what is a directive, of which type, and whose."""

from tests.extract.conftest import directives


def test_a_danger_that_threatens_is_no_sanction_warning(run):
    for text in ("Bupati Sleman Kustini Sri Purnomo mengimbau warga menghindari hal-hal yang bisa mengancam keselamatan.",
                 "Wali Kota Bogor Dedie Rachim mengatakan banjir mengancam permukiman di bantaran sungai.",
                 "Gubernur Jambi Al Haris mengatakan kebakaran lahan mengancam kesehatan anak-anak."):
        assert "sanction_warning" not in {t for _, t in directives(run(text))}, text
    for text in ("Bupati Sleman Kustini Sri Purnomo mengancam akan mencabut izin toko yang menjual miras.",
                 "Wali Kota Bogor Dedie Rachim mengancam memecat pegawai yang terlibat pungli."):
        assert "sanction_warning" in {t for _, t in directives(run(text))}, text

"""IKU, Perjanjian Kinerja and IKU realisasi services: scope, validation in Indonesian,
all-or-nothing writes and the audit trail. Negative cases assert that nothing changed."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied

from renjana.apps.audit.models import AuditEntry
from renjana.apps.errors import Rejected
from renjana.apps.kinerja import selectors, services
from renjana.apps.kinerja.models import Iku, PerjanjianKinerja, RealisasiIku
from renjana.apps.perencanaan.services import renstra as renstra_services
from renjana.core.capaian import Agregasi, Polaritas
from renjana.core.quantity import Quantity
from tests.apps.conftest import Office

pytestmark = pytest.mark.django_db

SASARAN = "Meningkatnya kualitas hidup PPKS"


def make_iku(office: Office, **extra: object) -> Iku:
    values: dict[str, object] = {
        "uraian": "Persentase PPKS yang memperoleh bansos",
        "satuan": "Persen",
        "sasaran_teks": SASARAN,
    }
    values.update(extra)
    return services.create_iku(user=office.operator, pd=office.pd, **values)  # type: ignore[arg-type]


def test_operator_creates_an_iku_with_normalised_unit_and_audit(sulbar: Office) -> None:
    iku = make_iku(
        sulbar, formulasi="(Jumlah PPKS dibantu / Jumlah PPKS) × 100%", agregasi="nilai_akhir"
    )
    iku.refresh_from_db()
    assert (iku.satuan, iku.polaritas, iku.agregasi, iku.urutan) == ("%", "naik", "nilai_akhir", 1)
    assert iku.pemda_id == sulbar.pemda.pk
    assert iku.sasaran_label == SASARAN
    entry = AuditEntry.objects.get(objek_tipe="Iku", objek_id=str(iku.pk))
    assert entry.aksi == "buat_iku"
    assert entry.pengguna == sulbar.operator
    assert entry.sesudah["uraian"] == "Persentase PPKS yang memperoleh bansos"
    second = make_iku(sulbar, uraian="Jumlah KPM")
    assert second.urutan == 2


def test_an_iku_under_a_renstra_sasaran_of_the_office(sulbar: Office, tarakan: Office) -> None:
    renstra = renstra_services.create_renstra(
        user=sulbar.operator, pd=sulbar.pd, tahun_awal=2021, tahun_akhir=2026
    )
    tujuan = renstra_services.add_tujuan(user=sulbar.operator, renstra=renstra, uraian="Tujuan")
    sasaran = renstra_services.add_sasaran(user=sulbar.operator, tujuan=tujuan, uraian=SASARAN)
    iku = make_iku(sulbar, sasaran_id=sasaran.pk, sasaran_teks="")
    assert iku.sasaran == sasaran
    assert iku.sasaran_label == SASARAN
    assert selectors.sasaran_choices(sulbar.pd)[0][0] == sasaran.pk
    with pytest.raises(Rejected) as refused:
        make_iku(tarakan, sasaran_id=sasaran.pk, sasaran_teks="")
    assert [p.code for p in refused.value.problems] == ["IKU_SASARAN_LUAR"]
    assert not Iku.objects.filter(perangkat_daerah=tarakan.pd).exists()


def test_invalid_iku_is_refused_with_every_reason_and_nothing_is_written(sulbar: Office) -> None:
    with pytest.raises(Rejected) as refused:
        services.create_iku(
            user=sulbar.operator, pd=sulbar.pd, uraian="  ", polaritas="atas", agregasi="jumlah"
        )
    codes = [p.code for p in refused.value.problems]
    assert codes == ["IKU_URAIAN_KOSONG", "IKU_SASARAN_KOSONG", "IKU_POLARITAS", "IKU_AGREGASI"]
    assert "sasaran strategis" in refused.value.problems[1].message
    assert not Iku.objects.exists()
    assert not AuditEntry.objects.filter(objek_tipe="Iku").exists()


@pytest.mark.parametrize("who", ["pimpinan", "verifikator", "other_operator"])
def test_only_the_office_operator_or_admin_writes(
    sulbar: Office, tarakan: Office, who: str
) -> None:
    user = {
        "pimpinan": sulbar.pimpinan,
        "verifikator": sulbar.verifikator,
        "other_operator": tarakan.operator,
    }[who]
    with pytest.raises(PermissionDenied):
        services.create_iku(user=user, pd=sulbar.pd, uraian="X", sasaran_teks=SASARAN)
    assert not Iku.objects.exists()
    iku = make_iku(sulbar)
    with pytest.raises(PermissionDenied):
        services.set_perjanjian_kinerja(user=user, iku=iku, tahun=2025, target_nilai=Decimal(70))
    with pytest.raises(PermissionDenied):
        services.record_realisasi_iku(
            user=user, iku=iku, tahun=2025, periode="tw1", nilai=Decimal(10)
        )
    with pytest.raises(PermissionDenied):
        services.delete_iku(user=user, iku=iku)
    assert not PerjanjianKinerja.objects.exists()
    assert not RealisasiIku.objects.exists()
    assert Iku.objects.filter(pk=iku.pk).exists()


def test_admin_of_the_pemda_may_write(sulbar: Office) -> None:
    iku = services.create_iku(user=sulbar.admin, pd=sulbar.pd, uraian="X", sasaran_teks=SASARAN)
    assert iku.pk is not None


def test_update_iku_changes_fields_and_audits_before_and_after(sulbar: Office) -> None:
    iku = make_iku(sulbar)
    services.update_iku(
        user=sulbar.operator,
        iku=iku,
        changes={"uraian": "Persentase PPKS terlayani", "polaritas": "turun"},
    )
    iku.refresh_from_db()
    assert (iku.uraian, iku.polaritas) == ("Persentase PPKS terlayani", "turun")
    entry = AuditEntry.objects.get(aksi="ubah_iku")
    assert entry.sebelum["polaritas"] == "naik"
    assert entry.sesudah["polaritas"] == "turun"
    with pytest.raises(Rejected):
        services.update_iku(user=sulbar.operator, iku=iku, changes={"uraian": ""})
    iku.refresh_from_db()
    assert iku.uraian == "Persentase PPKS terlayani"


def test_perjanjian_kinerja_with_triwulan_targets_that_add_up(sulbar: Office) -> None:
    iku = make_iku(sulbar, satuan="KPM", uraian="Jumlah KPM penerima bansos")
    pk = services.set_perjanjian_kinerja(
        user=sulbar.operator,
        iku=iku,
        tahun=2025,
        target_nilai=Decimal(1000),
        target_triwulan=[Decimal(100), Decimal(300), Decimal(300), Decimal(300)],
    )
    assert pk is not None
    pk.refresh_from_db()
    assert (pk.target_nilai, pk.target_tw1, pk.target_tw4) == (
        Decimal(1000),
        Decimal(100),
        Decimal(300),
    )
    assert AuditEntry.objects.get(aksi="ubah_perjanjian_kinerja").sesudah["target_tw2"] == "300"
    [data] = selectors.iku_data(sulbar.pd, 2025)
    assert data.ada_pk
    assert data.target == Quantity(Decimal(1000), "KPM")
    assert data.target_triwulan[1] == Quantity(Decimal(300), "KPM")
    assert (data.polaritas, data.agregasi) == (Polaritas.NAIK, Agregasi.KUMULATIF)


def test_triwulan_targets_that_do_not_add_up_are_refused(sulbar: Office) -> None:
    iku = make_iku(sulbar, satuan="KPM", uraian="Jumlah KPM penerima bansos")
    services.set_perjanjian_kinerja(
        user=sulbar.operator, iku=iku, tahun=2025, target_nilai=Decimal(900)
    )
    with pytest.raises(Rejected) as refused:
        services.set_perjanjian_kinerja(
            user=sulbar.operator,
            iku=iku,
            tahun=2025,
            target_nilai=Decimal(1000),
            target_triwulan=[Decimal(100), Decimal(200), Decimal(300), Decimal(300)],
        )
    [problem] = refused.value.problems
    assert problem.code == "PK_TARGET_TRIWULAN_TIDAK_SAMA"
    assert "900" in problem.message or "target tahunan" in problem.message
    pk = PerjanjianKinerja.objects.get(iku=iku, tahun=2025)
    assert pk.target_nilai == Decimal(900)
    assert pk.target_tw1 is None  # unchanged


def test_nilai_akhir_triwulan_targets_end_at_the_annual_target(sulbar: Office) -> None:
    iku = make_iku(sulbar, agregasi="nilai_akhir")
    quarters = [Decimal(20), Decimal(40), Decimal(60), Decimal(70)]
    assert services.set_perjanjian_kinerja(
        user=sulbar.operator,
        iku=iku,
        tahun=2025,
        target_nilai=Decimal(70),
        target_triwulan=quarters,
    )
    with pytest.raises(Rejected):
        services.set_perjanjian_kinerja(
            user=sulbar.operator,
            iku=iku,
            tahun=2026,
            target_nilai=Decimal(80),
            target_triwulan=quarters,
        )
    assert not PerjanjianKinerja.objects.filter(tahun=2026).exists()


@pytest.mark.parametrize(
    ("target", "teks", "quarters", "code"),
    [
        (Decimal(100), "", [Decimal(50), None, None, Decimal(50)], "PK_TARGET_TRIWULAN_KURANG"),
        (None, "", [Decimal(25)] * 4, "PK_TARGET_TAHUNAN_KOSONG"),
        (Decimal(-1), "", [None] * 4, "PK_TARGET_NEGATIF"),
        (Decimal(5), "Baik", [None] * 4, "PK_TARGET_GANDA"),
    ],
)
def test_incomplete_or_contradictory_targets_are_refused(
    sulbar: Office, target: Decimal | None, teks: str, quarters: list[Decimal | None], code: str
) -> None:
    iku = make_iku(sulbar)
    with pytest.raises(Rejected) as refused:
        services.set_perjanjian_kinerja(
            user=sulbar.operator,
            iku=iku,
            tahun=2025,
            target_nilai=target,
            target_teks=teks,
            target_triwulan=quarters,
        )
    assert code in [p.code for p in refused.value.problems]
    assert not PerjanjianKinerja.objects.exists()


def test_qualitative_target_and_clearing_the_pk(sulbar: Office) -> None:
    iku = make_iku(sulbar, satuan="", uraian="Kategori kelurahan")
    services.set_perjanjian_kinerja(
        user=sulbar.operator, iku=iku, tahun=2025, target_nilai=None, target_teks="Cepat Berkembang"
    )
    [data] = selectors.iku_data(sulbar.pd, 2025)
    assert data.target == Quantity(None, "", "Cepat Berkembang")
    assert (
        services.set_perjanjian_kinerja(
            user=sulbar.operator, iku=iku, tahun=2025, target_nilai=None
        )
        is None
    )
    assert not PerjanjianKinerja.objects.exists()
    assert AuditEntry.objects.filter(aksi="hapus_perjanjian_kinerja").count() == 1


def test_realisasi_per_triwulan_is_recorded_replaced_and_cleared(sulbar: Office) -> None:
    iku = make_iku(sulbar)
    services.record_realisasi_iku(
        user=sulbar.operator,
        iku=iku,
        tahun=2025,
        periode="tw1",
        nilai=Decimal("22.5"),
        keterangan="Data DTKS Maret",
    )
    services.record_realisasi_iku(
        user=sulbar.operator, iku=iku, tahun=2025, periode="tw1", nilai=Decimal(23)
    )
    entry = RealisasiIku.objects.get(iku=iku, tahun=2025, periode="tw1")
    assert entry.nilai == Decimal(23)
    assert entry.dicatat_oleh == sulbar.operator
    [data] = selectors.iku_data(sulbar.pd, 2025)
    assert data.realisasi_triwulan[0] == Quantity(Decimal(23), "%")
    assert data.terakhir_dicatat is not None
    audits = AuditEntry.objects.filter(aksi="catat_realisasi_iku").order_by("id")
    assert [a.sebelum and a.sebelum["nilai"] for a in audits] == [None, "22.5000"]
    services.record_realisasi_iku(
        user=sulbar.operator, iku=iku, tahun=2025, periode="tw1", nilai=None
    )
    assert not RealisasiIku.objects.exists()


@pytest.mark.parametrize(
    ("periode", "nilai", "teks", "code"),
    [
        ("tw5", Decimal(1), "", "PERIODE_TIDAK_DIKENAL"),
        ("tw1", Decimal(-3), "", "REALISASI_NEGATIF"),
        ("tw1", Decimal(3), "Baik", "REALISASI_GANDA"),
    ],
)
def test_bad_realisasi_is_refused(
    sulbar: Office, periode: str, nilai: Decimal, teks: str, code: str
) -> None:
    iku = make_iku(sulbar)
    with pytest.raises(Rejected) as refused:
        services.record_realisasi_iku(
            user=sulbar.operator, iku=iku, tahun=2025, periode=periode, nilai=nilai, teks=teks
        )
    assert [p.code for p in refused.value.problems] == [code]
    assert not RealisasiIku.objects.exists()


def test_delete_iku_removes_its_targets_and_realisasi(sulbar: Office) -> None:
    iku = make_iku(sulbar)
    services.set_perjanjian_kinerja(
        user=sulbar.operator, iku=iku, tahun=2025, target_nilai=Decimal(70)
    )
    services.record_realisasi_iku(
        user=sulbar.operator, iku=iku, tahun=2025, periode="tahun", nilai=Decimal(71)
    )
    services.delete_iku(user=sulbar.operator, iku=iku)
    assert not Iku.objects.exists()
    assert not PerjanjianKinerja.objects.exists()
    assert not RealisasiIku.objects.exists()
    gone = AuditEntry.objects.get(aksi="hapus_iku")
    assert gone.sebelum["jumlah_pk"] == 1
    assert gone.sebelum["jumlah_realisasi"] == 1


def test_iku_of_another_office_is_not_found(sulbar: Office, tarakan: Office) -> None:
    from django.http import Http404

    iku = make_iku(sulbar)
    with pytest.raises(Http404):
        selectors.get_iku(tarakan.pd, iku.pk)
    assert selectors.get_iku(sulbar.pd, iku.pk) == iku
    assert selectors.iku_years(sulbar.pd) == []

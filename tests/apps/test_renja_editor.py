"""Editing a Renja through the services: nomenclature rules, roll-up inputs, audit, locks."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied

from renjana.apps.audit.models import AuditEntry
from renjana.apps.errors import Rejected
from renjana.apps.perencanaan.models import Indikator, Renja, RenjaBaris, RenjaSnapshot
from renjana.apps.perencanaan.selectors.renja import renja_rows, renja_tree
from renjana.apps.perencanaan.services import editor, workflow
from tests.apps.conftest import Office

pytestmark = pytest.mark.django_db


def new_renja(office: Office, tahun: int = 2025) -> Renja:
    return editor.create_renja(user=office.operator, pd=office.pd, tahun=tahun)


def test_add_sub_kegiatan_adds_parents_and_the_official_indicator(tarakan: Office) -> None:
    renja = new_renja(tarakan)
    sub = editor.add_baris(user=tarakan.operator, renja=renja, kode="1.06.04.2.01.0001")
    assert list(RenjaBaris.objects.filter(renja=renja).values_list("kode", "level")) == [
        ("1.06.04", "program"),
        ("1.06.04.2.01", "kegiatan"),
        ("1.06.04.2.01.0001", "subkegiatan"),
    ]
    assert sub.nama == "Penyediaan Permakanan"
    ind = sub.indikator.get()
    assert ind.uraian.startswith("Jumlah Orang yang Mendapatkan Pemenuhan Kebutuhan Permakanan")
    assert (ind.satuan, ind.is_lokal) == ("Orang", False)
    # a second sub kegiatan under the same kegiatan reuses the parents
    editor.add_baris(user=tarakan.operator, renja=renja, kode="1.06.04.2.01.02")
    assert RenjaBaris.objects.filter(renja=renja).count() == 4


def test_other_tingkat_and_other_urusan_are_refused_and_nothing_is_written(
    tarakan: Office,
) -> None:
    renja = new_renja(tarakan)
    with pytest.raises(Rejected) as err:
        editor.add_baris(user=tarakan.operator, renja=renja, kode="1.06.04.1.01.0001")
    assert err.value.problems[0].code == "TINGKAT_KODE_SALAH"
    with pytest.raises(Rejected) as err:
        editor.add_baris(user=tarakan.operator, renja=renja, kode="2.13.04.2.01.0018")
    assert err.value.problems[0].code == "URUSAN_BUKAN_KEWENANGAN"
    with pytest.raises(Rejected):
        editor.add_baris(user=tarakan.operator, renja=renja, kode="1.06.04.2.01.0099")
    assert not RenjaBaris.objects.filter(renja=renja).exists()


def test_pagu_edits_roll_up_and_are_audited(sulbar: Office) -> None:
    renja = new_renja(sulbar)
    a = editor.add_baris(user=sulbar.operator, renja=renja, kode="1.06.04.1.02.0002")
    b = editor.add_baris(user=sulbar.operator, renja=renja, kode="1.06.04.1.02.0003")
    editor.update_baris(user=sulbar.operator, baris=a, changes={"pagu": Decimal("70000000")})
    editor.update_baris(user=sulbar.operator, baris=b, changes={"pagu": Decimal("60000000.50")})
    tree = renja_tree(renja)
    assert tree.find("1.06.04.1.02").totals["pagu"] == Decimal("130000000.50")
    assert tree.totals["pagu"] == Decimal("130000000.50")
    entry = AuditEntry.objects.filter(
        objek_tipe="RenjaBaris", objek_id=str(b.pk), aksi="ubah_baris"
    )
    assert entry.get().sebelum == {"pagu": None}
    assert entry.get().sesudah == {"pagu": "60000000.50"}
    assert entry.get().pengguna == sulbar.operator
    kegiatan = RenjaBaris.objects.get(renja=renja, kode="1.06.04.1.02")
    with pytest.raises(Rejected):
        editor.update_baris(user=sulbar.operator, baris=kegiatan, changes={"pagu": Decimal(1)})
    kegiatan.refresh_from_db()
    assert kegiatan.pagu is None


def test_local_indicator_lokasi_and_sumber_dana(sulbar: Office) -> None:
    renja = new_renja(sulbar)
    sub = editor.add_baris(user=sulbar.operator, renja=renja, kode="1.06.04.1.02.0002")
    editor.add_indikator(user=sulbar.operator, baris=sub, uraian="Jumlah Anak Asuh", satuan="Orang")
    editor.set_lokasi(user=sulbar.operator, baris=sub, items=[("76.02", ""), (None, "")])
    editor.set_sumber_dana(
        user=sulbar.operator, baris=sub, items=[("1.2.01.01.02", Decimal("70000000"))]
    )
    row = next(r for r in renja_rows(renja) if r.kode == sub.kode)
    assert [(i.uraian, i.is_lokal) for i in row.indikator][1] == ("Jumlah Anak Asuh", True)
    assert row.lokasi == ("Kabupaten Mamuju", "Seluruh Provinsi Sulawesi Barat")
    assert [(s.kode, s.jumlah) for s in row.sumber_dana] == [("1.2.01.01.02", Decimal(70000000))]
    with pytest.raises(Rejected):
        editor.set_lokasi(user=sulbar.operator, baris=sub, items=[("65.71", "")])
    assert RenjaBaris.objects.get(pk=sub.pk).lokasi.count() == 2


def test_read_only_roles_and_other_offices_cannot_write(sulbar: Office, tarakan: Office) -> None:
    renja = new_renja(sulbar)
    sub = editor.add_baris(user=sulbar.operator, renja=renja, kode="1.06.04.1.02.0002")
    for user in (sulbar.verifikator, sulbar.pimpinan, tarakan.operator, tarakan.admin):
        with pytest.raises(PermissionDenied):
            editor.update_baris(user=user, baris=sub, changes={"pagu": Decimal(5)})
        with pytest.raises(PermissionDenied):
            editor.add_baris(user=user, renja=renja, kode="1.06.04.1.02.0003")
    sub.refresh_from_db()
    assert sub.pagu is None
    assert RenjaBaris.objects.filter(renja=renja).count() == 3


def test_workflow_submit_return_approve_lock_unlock_and_next_stage(sulbar: Office) -> None:
    renja = new_renja(sulbar)
    sub = editor.add_baris(user=sulbar.operator, renja=renja, kode="1.06.04.1.02.0002")
    editor.update_baris(user=sulbar.operator, baris=sub, changes={"pagu": Decimal("70000000")})
    Indikator.objects.filter(baris=sub).update(target_nilai=Decimal(70))
    editor.set_lokasi(user=sulbar.operator, baris=sub, items=[("76.02", "")])
    editor.set_sumber_dana(
        user=sulbar.operator, baris=sub, items=[("1.2.01.01.02", Decimal("70000000"))]
    )
    for kode, uraian in (("1.06.04", "Persentase PPKS"), ("1.06.04.1.02", "Persentase Anak")):
        parent = RenjaBaris.objects.get(renja=renja, kode=kode)
        editor.add_indikator(
            user=sulbar.operator, baris=parent, uraian=uraian, satuan="%", target_nilai=100
        )
    workflow.submit_renja(user=sulbar.operator, renja=renja)
    assert renja.status == "diajukan"
    with pytest.raises(PermissionDenied):
        editor.update_baris(user=sulbar.operator, baris=sub, changes={"catatan": "x"})
    workflow.return_renja(
        user=sulbar.verifikator, renja=renja, per_baris=[(sub.pk, "Target terlalu rendah")]
    )
    assert sub.catatan_verifikasi.get().teks == "Target terlalu rendah"
    editor.update_baris(user=sulbar.operator, baris=sub, changes={"catatan": "dinaikkan"})
    workflow.submit_renja(user=sulbar.operator, renja=renja)
    workflow.approve_renja(user=sulbar.verifikator, renja=renja)
    assert (renja.status, renja.tahap) == ("disetujui", "rancangan_awal")
    snapshot = RenjaSnapshot.objects.get(renja=renja)
    assert snapshot.data[-1]["pagu"] == "70000000.00"
    with pytest.raises(PermissionDenied):
        editor.update_baris(user=sulbar.admin, baris=sub, changes={"catatan": "y"})
    with pytest.raises(PermissionDenied):
        workflow.unlock_renja(user=sulbar.verifikator, renja=renja, alasan="salah")
    with pytest.raises(Rejected):
        workflow.unlock_renja(user=sulbar.admin, renja=renja, alasan=" ")
    workflow.unlock_renja(user=sulbar.admin, renja=renja, alasan="Koreksi plafon RKPD")
    assert AuditEntry.objects.get(aksi="buka_kunci").alasan == "Koreksi plafon RKPD"
    workflow.submit_renja(user=sulbar.operator, renja=renja)
    workflow.approve_renja(user=sulbar.verifikator, renja=renja)
    workflow.advance_tahap(user=sulbar.operator, renja=renja)
    assert (renja.tahap, renja.status, renja.versi) == ("rancangan", "disusun", 2)


def test_submission_is_blocked_by_check_errors(sulbar: Office) -> None:
    renja = new_renja(sulbar)
    sub = editor.add_baris(user=sulbar.operator, renja=renja, kode="1.06.04.1.02.0002")
    editor.update_baris(user=sulbar.operator, baris=sub, changes={"pagu": Decimal("70000000")})
    with pytest.raises(Rejected) as err:
        workflow.submit_renja(user=sulbar.operator, renja=renja)
    assert any(p.location.kode == "1.06.04.1.02.0002" for p in err.value.problems)
    renja.refresh_from_db()
    assert renja.status == "disusun"


def test_carry_over_from_previous_year_uses_its_forward_estimates(sulbar: Office) -> None:
    old = new_renja(sulbar, 2024)
    sub = editor.add_baris(user=sulbar.operator, renja=old, kode="1.06.04.1.02.0002")
    editor.update_baris(
        user=sulbar.operator, baris=sub, changes={"pagu": Decimal(10), "pagu_n1": Decimal(25)}
    )
    Indikator.objects.filter(baris=sub).update(target_nilai=60, target_n1_nilai=75)
    new = editor.create_renja(user=sulbar.operator, pd=sulbar.pd, tahun=2025, salin_dari=2024)
    copied = RenjaBaris.objects.get(renja=new, kode="1.06.04.1.02.0002")
    assert copied.pagu == Decimal(25)
    assert copied.indikator.get().target_nilai == Decimal(75)
    assert RenjaBaris.objects.filter(renja=new).count() == 3


def test_create_from_the_renstra_takes_rows_targets_and_pagu_of_the_year(sulbar: Office) -> None:
    from renjana.apps.perencanaan.models import RenstraIndikator
    from renjana.apps.perencanaan.services import renstra as renstra_service
    from renjana.apps.perencanaan.services import renstra_baris, renstra_indikator
    from renjana.core.renja import RenstraTahunInput, TargetValue

    with pytest.raises(Rejected) as err:
        editor.create_renja(user=sulbar.operator, pd=sulbar.pd, tahun=2025, dari_renstra=True)
    assert err.value.problems[0].code == "RENSTRA_TIDAK_ADA"
    assert not Renja.objects.filter(tahun=2025).exists()
    renstra = renstra_service.create_renstra(
        user=sulbar.operator, pd=sulbar.pd, tahun_awal=2022, tahun_akhir=2026
    )
    sub = renstra_baris.add_baris(user=sulbar.operator, renstra=renstra, kode="1.06.04.1.02.0002")
    renstra_baris.set_pagu(
        user=sulbar.operator, baris=sub, pagu={2025: Decimal("45000000"), 2026: Decimal("50000000")}
    )
    ind = RenstraIndikator.objects.get(baris=sub)
    renstra_indikator.update_indikator(
        user=sulbar.operator,
        indikator=ind,
        data=renstra_indikator.IndikatorData(
            uraian=ind.uraian,
            satuan="Orang",
            target=(
                RenstraTahunInput(2025, TargetValue(Decimal(90), "", "Orang")),
                RenstraTahunInput(2026, TargetValue(Decimal(95), "", "Orang")),
            ),
        ),
    )
    renja = editor.create_renja(user=sulbar.operator, pd=sulbar.pd, tahun=2025, dari_renstra=True)
    row = RenjaBaris.objects.get(renja=renja, kode="1.06.04.1.02.0002")
    assert (row.pagu, row.pagu_n1) == (Decimal(45000000), Decimal(50000000))
    target = row.indikator.get()
    assert (target.target_nilai, target.target_n1_nilai) == (Decimal(90), Decimal(95))
    assert RenjaBaris.objects.get(renja=renja, kode="1.06.04.1.02").pagu is None
    assert renja_tree(renja).totals["pagu"] == Decimal(45000000)


def test_negative_pagu_empty_indicator_and_nul_text_are_refused(sulbar: Office) -> None:
    renja = new_renja(sulbar)
    sub = editor.add_baris(user=sulbar.operator, renja=renja, kode="1.06.04.1.02.0002")
    ind = sub.indikator.get()
    with pytest.raises(Rejected) as err:
        editor.update_baris(user=sulbar.operator, baris=sub, changes={"pagu": Decimal(-1)})
    assert err.value.problems[0].code == "PAGU_NEGATIF"
    with pytest.raises(Rejected) as err:
        editor.update_indikator(user=sulbar.operator, indikator=ind, changes={"uraian": " "})
    assert err.value.problems[0].code == "INDIKATOR_KOSONG"
    with pytest.raises(Rejected) as err:
        editor.update_baris(user=sulbar.operator, baris=sub, changes={"catatan": "a\x00b"})
    assert err.value.problems[0].code == "TEKS_TIDAK_SAH"
    sub.refresh_from_db()
    ind.refresh_from_db()
    assert (sub.pagu, sub.catatan, ind.uraian.startswith("Jumlah")) == (None, "", True)

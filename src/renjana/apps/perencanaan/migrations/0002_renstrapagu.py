# Pagu of a Renstra sub kegiatan per year (one amount per row and year, not per indicator).

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('organisasi', '0001_initial'),
        ('perencanaan', '0001_initial'),
    ]

    operations = [
        migrations.CreateModel(
            name='RenstraPagu',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('tahun', models.PositiveSmallIntegerField()),
                ('pagu', models.DecimalField(decimal_places=2, max_digits=18, verbose_name='pagu')),
                ('baris', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='pagu_tahunan', to='perencanaan.renstrabaris')),
                ('pemda', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='organisasi.pemda')),
            ],
            options={
                'verbose_name': 'pagu Renstra',
                'verbose_name_plural': 'pagu Renstra',
                'ordering': ['baris', 'tahun'],
                'constraints': [models.UniqueConstraint(fields=('baris', 'tahun'), name='renstra_pagu_unik')],
            },
        ),
    ]

from __future__ import annotations

from django.db import models


class Organisation(models.Model):
    """The hospital itself: one row, edited by Admins.

    Its name and handle are what the platform previews show as the author.
    """

    name = models.CharField(max_length=120, default="General Hospital")
    x_handle = models.CharField(
        "X handle", max_length=15, default="GeneralHospital", help_text="Without the @."
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "organisation"

    def __str__(self) -> str:
        return self.name

    @classmethod
    def current(cls) -> Organisation:
        organisation, _ = cls.objects.get_or_create(pk=1)
        return organisation

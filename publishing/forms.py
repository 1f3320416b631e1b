from __future__ import annotations

from django import forms
from django.conf import settings

from publishing.models import ConnectedAccount, Publication
from socialcare.lib.platforms import Platform


class AccountChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: ConnectedAccount) -> str:
        return f"{obj.get_platform_display()} · {obj.display_name}"


class ScheduleForm(forms.Form):
    """Publish now, or at a time, on some of the connected accounts."""

    WHEN = [("now", "Publish now"), ("at", "Schedule at…")]

    accounts = AccountChoiceField(
        queryset=ConnectedAccount.objects.filter(state=ConnectedAccount.State.ACTIVE),
        widget=forms.CheckboxSelectMultiple(attrs={"class": "form-check-input"}),
        error_messages={"required": "Choose at least one account."},
    )
    when = forms.ChoiceField(
        choices=WHEN, initial="now", widget=forms.RadioSelect(attrs={"class": "form-check-input"})
    )
    at = forms.DateTimeField(
        label="Date and time",
        required=False,
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M"],
        widget=forms.DateTimeInput(
            attrs={"type": "datetime-local", "class": "form-control"}, format="%Y-%m-%dT%H:%M"
        ),
        help_text="In the hospital's time zone.",
    )
    lateness_minutes = forms.IntegerField(
        label="Lateness window (minutes)",
        required=False,
        min_value=1,
        max_value=7 * 24 * 60,
        widget=forms.NumberInput(attrs={"class": "form-control"}),
        help_text="If it cannot go out within this long after its time (a pause, an "
        "outage), it is marked missed instead of going out late.",
    )
    emergency_broadcast = forms.BooleanField(
        required=False,
        widget=forms.CheckboxInput(attrs={"class": "form-check-input"}),
        label="Emergency or public-service broadcast",
        help_text="Only then may the same text go to several X accounts (X's automation rules).",
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        default = settings.PUBLISH_LATENESS_MINUTES
        self.fields["lateness_minutes"].widget.attrs["placeholder"] = str(default)
        self.fields["lateness_minutes"].help_text += f" Default: {default} minutes."

    def clean(self) -> dict:
        data = super().clean()
        if data.get("when") == "at" and not data.get("at"):
            self.add_error("at", "Give the date and time to publish at.")
        return data


class PublicationFilterForm(forms.Form):
    state = forms.ChoiceField(
        choices=[("", "Any state"), *Publication.State.choices], required=False
    )
    platform = forms.ChoiceField(choices=[("", "Any platform"), *Platform.choices], required=False)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.widget.attrs["class"] = "form-select"


class ResolveForm(forms.Form):
    found = forms.TypedChoiceField(
        choices=[("yes", "It is there"), ("no", "It is not there")],
        coerce=lambda v: v == "yes",
    )
    permalink = forms.URLField(required=False, max_length=500, assume_scheme="https")

from django import forms
from django.utils import timezone

from socialcare.models import Organisation


class OrganisationForm(forms.ModelForm):
    pause_publishing = forms.BooleanField(
        required=False,
        label="Pause all publishing (crisis pause)",
        help_text="Every publication that falls due while paused is held with the reason, "
        "not sent.",
    )

    class Meta:
        model = Organisation
        fields = [
            "name",
            "x_handle",
            "review_policy",
            "phone_numbers",
            "addresses",
            "domains",
            "handles",
            "publishing_pause_reason",
        ]
        widgets = {
            "phone_numbers": forms.Textarea(attrs={"rows": 3}),
            "addresses": forms.Textarea(attrs={"rows": 3}),
            "domains": forms.Textarea(attrs={"rows": 2}),
            "handles": forms.Textarea(attrs={"rows": 2}),
        }
        help_texts = {
            "phone_numbers": "The hospital's own numbers, one per line: the PHI scanner "
            "never flags them.",
        }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["pause_publishing"].initial = bool(self.instance.publishing_paused_at)
        self.fields["publishing_pause_reason"].label = "Reason for the pause"

    def clean(self) -> dict:
        data = super().clean()
        if data.get("pause_publishing") and not data.get("publishing_pause_reason", "").strip():
            self.add_error("publishing_pause_reason", "Say why publishing is paused.")
        return data

    def save(self, commit: bool = True) -> Organisation:
        organisation = super().save(commit=False)
        if not self.cleaned_data["pause_publishing"]:
            organisation.publishing_paused_at = None
            organisation.publishing_pause_reason = ""
        elif organisation.publishing_paused_at is None:
            organisation.publishing_paused_at = timezone.now()
        if commit:
            organisation.save()
        return organisation

    def clean_x_handle(self) -> str:
        handle = self.cleaned_data["x_handle"].lstrip("@")
        if not handle.replace("_", "").isalnum():
            raise forms.ValidationError("Use letters, digits and underscores only.")
        return handle

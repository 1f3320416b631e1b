from __future__ import annotations

from django import forms
from django.conf import settings

from compliance.models import AuditEvent, PatientRelease
from compliance.services import ReleaseDocument
from posts.media import ImageRejected, clean_image

DOCUMENT_TYPES = "application/pdf,image/jpeg,image/png"


def clean_release_document(upload) -> ReleaseDocument:
    """A signed form: a PDF, or a JPEG/PNG scan or photo of the paper form."""
    limit = settings.RELEASE_DOCUMENT_MAX_BYTES
    head = upload.read(limit + 1)
    upload.seek(0)
    if not head:
        raise forms.ValidationError("The file is empty.")
    if len(head) > limit:
        raise forms.ValidationError(f"The signed form must be under {limit // (1024 * 1024)} MB.")
    if head.startswith(b"%PDF-"):
        if b"%%EOF" not in head[-2048:]:
            raise forms.ValidationError(
                "This PDF is incomplete or damaged. Scan or export the form again."
            )
        return ReleaseDocument(head, "application/pdf")
    try:
        image = clean_image(head, max_bytes=limit)
    except ImageRejected as exc:
        raise forms.ValidationError(
            "Upload the signed form as a PDF, JPEG or PNG. " + exc.message
        ) from exc
    if image.content_type not in ("image/jpeg", "image/png"):
        raise forms.ValidationError("Upload the signed form as a PDF, JPEG or PNG.")
    return ReleaseDocument(image.content, image.content_type)


class DateInput(forms.DateInput):
    input_type = "date"


class ReleaseForm(forms.ModelForm):
    document_upload = forms.FileField(
        label="Signed form",
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": DOCUMENT_TYPES}),
        help_text="PDF, JPEG or PNG. Stored encrypted; every download is recorded.",
    )

    class Meta:
        model = PatientRelease
        fields = [
            "patient_name",
            "aliases",
            "description",
            "covers_text",
            "covers_photos",
            "covers_video",
            "discloser",
            "platform_x",
            "platform_facebook",
            "purpose",
            "expires_on",
            "expiry_event",
            "expiry_event_occurred_on",
            "signed_on",
            "signer_name",
            "signed_by_representative",
            "representative_authority",
            "states_right_to_revoke",
            "states_no_conditioning",
            "states_redisclosure",
            "third_party_payment",
            "states_third_party_payment",
            "copy_given_on",
        ]
        widgets = {
            "aliases": forms.Textarea(attrs={"rows": 2}),
            "description": forms.Textarea(attrs={"rows": 3}),
            "expires_on": DateInput,
            "expiry_event_occurred_on": DateInput,
            "signed_on": DateInput,
            "copy_given_on": DateInput,
        }
        labels = {
            "patient_name": "Patient's name as it may appear",
            "platform_x": "May be published on X",
            "platform_facebook": "May be published on Facebook",
            "states_right_to_revoke": "The form states the right to revoke in writing",
            "signer_name": "Signed by",
            "states_third_party_payment": "The form says a third party pays",
        }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["discloser"].initial = "The hospital's communications office"

    def clean_document_upload(self) -> ReleaseDocument | None:
        upload = self.cleaned_data.get("document_upload")
        return clean_release_document(upload) if upload else None

    def clean(self) -> dict:
        data = super().clean()
        signed, expires = data.get("signed_on"), data.get("expires_on")
        if signed and expires and expires < signed:
            self.add_error("expires_on", "The expiry date is before the date it was signed.")
        return data


class RevokeForm(forms.Form):
    note = forms.CharField(
        label="How the revocation was received",
        max_length=300,
        help_text="E.g. 'Written request from the patient's mother, received by phone "
        "and confirmed by letter'. No medical details.",
    )


class ApproveForm(forms.Form):
    password = forms.CharField(
        label="Your password",
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    confirm = forms.BooleanField(label="I have read the statement above and sign this approval.")


class RequestChangesForm(forms.Form):
    reason = forms.CharField(
        label="What needs to change", widget=forms.Textarea(attrs={"rows": 3}), max_length=2000
    )


class AuditFilterForm(forms.Form):
    actor = forms.CharField(required=False, label="Who (username)")
    action = forms.CharField(required=False, help_text="E.g. compliance.release")
    object_type = forms.ChoiceField(required=False, label="Object", choices=[])
    object_id = forms.CharField(required=False, label="Object id")
    since = forms.DateField(required=False, widget=DateInput)
    until = forms.DateField(required=False, widget=DateInput)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        types = AuditEvent.objects.order_by().values_list("object_type", flat=True).distinct()
        self.fields["object_type"].choices = [("", "Any")] + [(t, t) for t in sorted(types) if t]

from __future__ import annotations

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model

from posts.media import CleanImage, ImageRejected, clean_image
from posts.models import ContentTemplate, MediaAsset, Post, Topic
from posts.services import MediaChange, NewImage, PostContent

ACCEPTED_IMAGES = "image/jpeg,image/png,image/gif,image/webp"
SHOWS_PATIENT_CHOICES = [
    ("no", "No: no patient and no patient information"),
    ("yes", "Yes: a patient, a patient's relative, or patient information"),
]
SHOWS_PATIENT_LABEL = "Does this image show a patient or patient information?"


def _shows_patient(value: str) -> bool | None:
    return {"yes": True, "no": False}.get(value)


class PostForm(forms.Form):
    """The editor: text for every platform, and the post's images.

    Existing images get an alt-text field and a remove box each (`alt_<id>`,
    `remove_<id>`); one new image can be added per save.
    """

    title = forms.CharField(
        label="Internal title", max_length=200, help_text="Only your team sees this."
    )
    topic = forms.ModelChoiceField(queryset=Topic.objects.all())
    body = forms.CharField(
        label="Text",
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text="Used on every platform unless you write a platform's own text below.",
    )
    link = forms.URLField(required=False, assume_scheme="https")
    hashtags = forms.CharField(
        required=False,
        max_length=300,
        help_text="Separated by spaces, e.g. #FluSeason #GetVaccinated",
    )
    x_text = forms.CharField(
        label="Text for X",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Leave blank to use the text above.",
    )
    facebook_text = forms.CharField(
        label="Text for Facebook",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Leave blank to use the text above.",
    )
    new_image = forms.FileField(
        label="Add an image",
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": ACCEPTED_IMAGES}),
        help_text="JPEG, PNG, GIF or WebP, up to 5 MB. Location and camera data are removed.",
    )
    new_image_alt = forms.CharField(
        label="Alt text for the new image",
        required=False,
        max_length=1000,
        help_text="Describe the image for people who use a screen reader.",
    )
    new_image_shows_patient = forms.ChoiceField(
        label=SHOWS_PATIENT_LABEL,
        required=False,
        choices=SHOWS_PATIENT_CHOICES,
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, media: list[MediaAsset] | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.media_assets = list(media or [])
        for asset in self.media_assets:
            # Required unless the image is being removed (checked in clean()).
            self.fields[f"alt_{asset.pk}"] = forms.CharField(
                label="Alt text", max_length=1000, initial=asset.alt_text, required=False
            )
            self.fields[f"patient_{asset.pk}"] = forms.ChoiceField(
                label=SHOWS_PATIENT_LABEL,
                required=False,
                choices=SHOWS_PATIENT_CHOICES,
                widget=forms.RadioSelect,
                initial={True: "yes", False: "no"}.get(asset.shows_patient),
            )
            self.fields[f"remove_{asset.pk}"] = forms.BooleanField(
                label="Remove this image", required=False
            )

    def media_rows(self) -> list[tuple[MediaAsset, list[forms.BoundField]]]:
        return [
            (a, [self[f"alt_{a.pk}"], self[f"patient_{a.pk}"], self[f"remove_{a.pk}"]])
            for a in self.media_assets
        ]

    def clean_hashtags(self) -> str:
        return " ".join(self.cleaned_data["hashtags"].split())

    def clean_new_image(self) -> CleanImage | None:
        upload = self.cleaned_data.get("new_image")
        if not upload:
            return None
        try:
            return clean_image(upload)
        except ImageRejected as exc:
            raise forms.ValidationError(exc.message) from exc

    def clean(self) -> dict:
        data = super().clean()
        if data.get("new_image") and not data.get("new_image_alt", "").strip():
            self.add_error(
                "new_image_alt", "Add alt text so that everyone can understand the image."
            )
        kept = [a for a in self.media_assets if not data.get(f"remove_{a.pk}")]
        for asset in kept:
            if f"alt_{asset.pk}" in data and not data[f"alt_{asset.pk}"].strip():
                self.add_error(f"alt_{asset.pk}", "Alt text is required for every image.")
        limit = settings.MEDIA_MAX_IMAGES_PER_POST
        if data.get("new_image") and len(kept) >= limit:
            self.add_error(
                "new_image", f"A post can have at most {limit} images. Remove one first."
            )
        return data

    def content(self) -> PostContent:
        d = self.cleaned_data
        return PostContent(
            title=d["title"],
            topic=d["topic"],
            body=d["body"],
            link=d["link"],
            hashtags=d["hashtags"],
            x_text=d["x_text"],
            facebook_text=d["facebook_text"],
        )

    def new_images(self) -> list[NewImage]:
        image = self.cleaned_data.get("new_image")
        if not image:
            return []
        return [
            NewImage(
                image,
                self.cleaned_data["new_image_alt"].strip(),
                _shows_patient(self.cleaned_data["new_image_shows_patient"]),
            )
        ]

    def media_changes(self) -> list[MediaChange]:
        return [
            MediaChange(
                media_id=a.pk,
                alt_text=self.cleaned_data[f"alt_{a.pk}"],
                remove=self.cleaned_data[f"remove_{a.pk}"],
                shows_patient=_shows_patient(self.cleaned_data[f"patient_{a.pk}"]),
            )
            for a in self.media_assets
        ]


class AnalyzeForm(forms.Form):
    """Unsaved editor text sent by the live counters (POST: text never goes in a URL)."""

    body = forms.CharField(required=False)
    link = forms.CharField(required=False)
    hashtags = forms.CharField(required=False)
    x_text = forms.CharField(required=False)
    facebook_text = forms.CharField(required=False)


class PostFilterForm(forms.Form):
    q = forms.CharField(label="Text", required=False)
    state = forms.ChoiceField(required=False, choices=[("", "Any state"), *Post.State.choices])
    topic = forms.ModelChoiceField(
        queryset=Topic.objects.all(), required=False, empty_label="Any topic"
    )
    author = forms.ModelChoiceField(
        queryset=get_user_model()
        .objects.filter(posts__isnull=False)
        .distinct()
        .order_by("username"),
        required=False,
        empty_label="Anyone",
    )


class ContentTemplateForm(forms.ModelForm):
    link = forms.URLField(required=False, assume_scheme="https")

    class Meta:
        model = ContentTemplate
        fields = ["name", "description", "topic", "body", "link", "hashtags"]
        widgets = {"body": forms.Textarea(attrs={"rows": 6})}
